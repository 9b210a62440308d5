"""Payment rules a project follows (a city's rule is a template; the project picks one).

``progress``: progress payments of at most a percentage of the value of work measured and
accepted (at least 80 % must be paid for government works since 2022-08-01, so the cap is 80 %
or more); ``milestone``: fixed percentages of the contract price at stages of the works, each
signed off by a resident quality supervisor. Every rule also caps all payments at the contract
price less retention."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Milestone:
    code: str
    name: str  # Chinese, as printed
    percent: Decimal  # of the contract price


@dataclass(frozen=True)
class Rule:
    code: str
    name: str  # Chinese, as printed
    label: str  # English, translated by the window in context "funds"
    percent: Decimal | None = None  # progress rules: cap on cumulative payments, % of accepted value
    milestones: tuple[Milestone, ...] = ()

    @property
    def by_milestone(self) -> bool:
        return bool(self.milestones)

    def milestone(self, code: str) -> Milestone | None:
        return next((m for m in self.milestones if m.code == code), None)

    def percent_through(self, code: str) -> Decimal:
        """The cumulative percentage of the contract price payable once ``code`` is reached."""
        reached = Decimal(0)
        for milestone in self.milestones:
            reached += milestone.percent
            if milestone.code == code:
                return reached
        return Decimal(0)


def _m(code: str, name: str, percent: str) -> Milestone:
    return Milestone(code, name, Decimal(percent))


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule("progress", "按进度支付（已完成合格工程价款的80%）",
             QT_TRANSLATE_NOOP("funds", "Progress payments: 80 % of the accepted work"), Decimal("80")),
        Rule("progress-90", "按进度支付（已完成合格工程价款的90%）",
             QT_TRANSLATE_NOOP("funds", "Progress payments: 90 % of the accepted work"), Decimal("90")),
        Rule("monthly-70", "按月支付（当月审核合格工程量的70%）",
             QT_TRANSLATE_NOOP("funds", "Monthly payments: 70 % of the audited work"), Decimal("70")),
        Rule("milestone", "按节点支付（进场10%、完成30%/50%/70%/90%各20%、验收5%）",
             QT_TRANSLATE_NOOP("funds", "Milestones: 10 % at site entry, 20 % at 30/50/70/90 % complete, 5 % at acceptance"),
             milestones=(
                 _m("entry", "进场", "10"), _m("30", "完成30%", "20"), _m("50", "完成50%", "20"),
                 _m("70", "完成70%", "20"), _m("90", "完成90%", "20"), _m("acceptance", "竣工验收", "5"),
             )),
    )
}


def rule(code: str) -> Rule:
    try:
        return RULES[code]
    except KeyError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{code}” is not a payment rule; the rules are: {rules}."),
            field="payment_rule", code=code, rules=", ".join(RULES),
        ) from None
