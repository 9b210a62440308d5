"""People who sign in, their roles and what each role may change.

``roles``: the roles and the permission map (which records each role may change);
``passwords``: argon2id hashing; ``people``: adding, listing, disabling users, changing
passwords, signing in; ``guard``: the signed-in ``Person`` whose check every write passes
(installed in ``supervisor.db.audit``'s flush hooks, so no write can skip it).
"""
