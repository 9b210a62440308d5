"""Projects: area projects and their parties (``project``), their places from compound to unit
(``places``), and the people named on records (``people``). Everything else hangs off a project.
"""
