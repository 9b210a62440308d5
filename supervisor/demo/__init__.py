"""The demo database: a sample district to look around in (``database.write_demo``), with its
residents (``residents``) and site work (``site``).
"""
