"""The money of a renovation project (资金拨付): budget by class and by source, contracts, payments
from the contractor's application to disbursement and publicity, the gates a payment must pass
before it is certified, retention and the final-account deadlines, residents' contributions and
the urgent-repair fund. Amounts are ``Decimal`` with two places (fen), never floats."""
