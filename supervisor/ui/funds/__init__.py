"""The Funds tab: budget and sources, payments along their path, retention and deadlines,
the residents' share and urgent repairs."""
