"""Work on site: site checks (``checks``) with their checklists and drafts, photos as evidence
(``photos``), the rectification loop (``rectifications``) and its evidence warnings
(``evidence``), issues from resident supervision days (``resident_issues``), the completion
acceptance record (``acceptance``), and text search over checks and rectifications (``search``).
"""
