"""The 45-step procedure: templates and new projects on them (``templates``), the rules of a
project's steps (``steps``), their materials and attachments (``materials``), the residents'
consent gate (``gates``), the read-only picture the window shows (``snapshots``) and the
progress report of ``supervisor status`` (``status``).
"""
