"""What the window does with residents' records: the household roster and its import, the
consultation rounds, opinions, supervision days, satisfaction surveys and the local rules."""

from __future__ import annotations

from sqlalchemy import select

from supervisor.db.models import (
    Building,
    Consultation,
    Household,
    Opinion,
    PhotoLink,
    Rectification,
    RectificationEvent,
    Setting,
    SupervisionDay,
    SupervisionIssue,
    Survey,
    Unit,
)
from supervisor.db.records import CREATED, part
from supervisor.procedure import gates
from supervisor.projects import places
from supervisor.residents import consultation, opinions, roster, roster_xlsx, rules, supervision_days, surveys
from supervisor.site import resident_issues
from supervisor.ui.controller import Operations


def _roster_parts(compound_id: int, household_id):
    """A household and the buildings and units of its compound (adding or moving one may make
    a building or unit)."""
    buildings = select(Building.id).where(Building.compound_id == compound_id)
    return [
        part(Building, Building.compound_id == compound_id, links=CREATED),
        part(Unit, Unit.building_id.in_(buildings), links=CREATED),
        part(Household, Household.id == household_id, links=CREATED),
    ]


def _answer_parts(household_ids, round_: int):
    return [part(Consultation, Consultation.household_id.in_(list(household_ids)), Consultation.round == round_)]


def _day_parts(day_id):
    return [
        part(SupervisionDay, SupervisionDay.id == day_id),
        part(SupervisionIssue, SupervisionIssue.day_id == day_id),
    ]


class ResidentOperations(Operations):
    # --- the roster ---

    def households(self, compound_id: int):
        return self.read(lambda s: roster.list_households(s, compound_id))

    def add_household(self, compound_id: int, data) -> int:
        return self.undoable_write(
            self.tr("Add household {household}").format(household=roster.label(*data.key())),
            lambda s: roster.add_household(s, places.get_compound(s, compound_id), data).id,
            lambda household_id: _roster_parts(compound_id, household_id),
        )

    def update_household(self, household_id: int, data) -> None:
        compound_id = self.read(lambda s: roster.compound_of(roster.get_household(s, household_id)).id)
        self.undoable_write(
            self.tr("Edit household {household}").format(household=roster.label(*data.key())),
            lambda s: roster.update_household(s, roster.get_household(s, household_id), data),
            lambda _result: _roster_parts(compound_id, household_id),
        )

    def household_removal(self, household_ids: list[int]):
        """What removing the households takes with them (``roster.HouseholdRemoval``)."""
        return self.read(lambda s: roster.removal_summary(s, household_ids))

    def remove_households(self, household_ids: list[int]) -> None:
        """Remove households with their answers, as one undoable step (undo puts them back with
        their answers, and relinks the opinions, surveys and checks that named them)."""
        ids = list(household_ids)

        def remove(session):
            for household_id in ids:
                roster.remove_household(session, roster.get_household(session, household_id))

        self.undoable_write(
            self.tr("Remove %n household(s)", "", len(ids)),
            remove,
            lambda _result: [
                part(Household, Household.id.in_(ids)),
                part(Consultation, Consultation.household_id.in_(ids)),
            ],
        )

    def existing_households(self, compound_id: int):
        return self.read(lambda s: roster_xlsx.existing_households(s, compound_id))

    def import_roster(self, compound_id: int, rows):
        return self.write(lambda s: roster_xlsx.import_rows(s, places.get_compound(s, compound_id), rows))

    def gates_lost_by_import(self, compound_id: int, rows):
        """The completed steps whose residents' consent importing ``rows`` would lose. The
        import is tried and undone (nothing is written, nothing announced); it may run in a
        worker thread."""
        with self.controller.database.write() as session:
            compound = places.get_compound(session, compound_id)
            return gates.gates_lost_by(
                session, compound.project_id, lambda s: roster_xlsx.import_rows(s, compound, rows)
            )

    def unmet_gates(self, compound_id: int):
        """Completed steps whose residents' consent the compound's project no longer has."""
        return self.read(lambda s: gates.unmet_gates(s, places.get_compound(s, compound_id).project_id))

    # --- consultation ---

    def consultation_register(self, compound_id: int, round_: int):
        return self.read(lambda s: consultation.register(s, compound_id, round_))

    def tally(self, compound_id: int, round_: int):
        return self.read(lambda s: consultation.tally(s, places.get_compound(s, compound_id), round_))

    def project_tallies(self, project_id: int, round_: int):
        return self.read(lambda s: consultation.project_tallies(s, project_id, round_))

    def wanted_counts(self, compound_id: int, round_: int):
        return self.read(lambda s: consultation.wanted_counts(s, compound_id, round_))

    def set_answers(self, household_ids: list[int], round_: int, data) -> None:
        """Record the same answer for several households (one transaction, one undo step)."""
        ids = list(household_ids)

        def save(session):
            for household_id in ids:
                consultation.set_answer(session, roster.get_household(session, household_id), round_, data)

        self.undoable_write(
            self.tr("Record the answer of %n household(s)", "", len(ids)),
            save,
            lambda _result: _answer_parts(ids, round_),
        )

    def mark_answers(self, answers: dict, round_: int, text: str) -> None:
        """Record each household's answer (``{household id: AnswerData}``) in one transaction,
        as one undo step named ``text``."""
        answers = dict(answers)

        def save(session):
            for household_id, data in answers.items():
                consultation.set_answer(session, roster.get_household(session, household_id), round_, data)

        self.undoable_write(text, save, lambda _result: _answer_parts(answers, round_))

    def clear_answers(self, household_ids: list[int], round_: int) -> None:
        ids = list(household_ids)

        def clear(session):
            for household_id in ids:
                consultation.clear_answer(session, household_id, round_)

        self.undoable_write(
            self.tr("Clear the answers of %n household(s)", "", len(ids)),
            clear,
            lambda _result: _answer_parts(ids, round_),
        )

    # --- the local rules ---

    def resident_settings(self):
        return self.read(lambda s: (rules.consent_settings(s), rules.opinion_settings(s)))

    def set_resident_settings(self, consent, opinion) -> None:
        def save(session):
            rules.set_consent_settings(session, consent)
            rules.set_opinion_settings(session, opinion)

        self.undoable_write(
            self.tr("Change the resident participation rules"),
            save,
            lambda _result: [part(Setting, Setting.key.in_([rules.CONSENT_KEY, rules.OPINIONS_KEY]))],
        )

    # --- opinions ---

    def opinions(self, opinion_filter):
        return self.read(lambda s: opinions.list_opinions(s, opinion_filter))

    def opinion_data(self, opinion_id: int):
        return self.read(lambda s: opinions.opinion_data(opinions.get_opinion(s, opinion_id)))

    def save_opinion(self, opinion_id: int | None, data) -> int:
        def save(session):
            if opinion_id is None:
                return opinions.create_opinion(session, data).id
            opinions.update_opinion(session, opinions.get_opinion(session, opinion_id), data)
            return opinion_id

        return self.undoable_write(
            self.tr("New opinion") if opinion_id is None else self.tr("Edit opinion"),
            save,
            lambda saved_id: [part(Opinion, Opinion.id == (opinion_id or saved_id), links=CREATED)],
        )

    def close_opinion(self, opinion_id: int, closed: bool) -> None:
        self.undoable_write(
            self.tr("Close opinion") if closed else self.tr("Reopen opinion"),
            lambda s: opinions.set_closed(s, opinions.get_opinion(s, opinion_id), closed),
            lambda _result: [part(Opinion, Opinion.id == opinion_id, links=False)],
        )

    def remove_opinion(self, opinion_id: int) -> None:
        """Undoable: undo puts it back, linked again to the supervision-day issue it came from."""
        self.undoable_write(
            self.tr("Remove opinion"),
            lambda s: opinions.remove_opinion(s, opinions.get_opinion(s, opinion_id)),
            lambda _result: [part(Opinion, Opinion.id == opinion_id)],
        )

    # --- supervision days ---

    def supervision_days(self, project_id: int):
        return self.read(lambda s: supervision_days.list_days(s, project_id))

    def save_day(self, day_id: int | None, data) -> int:
        return self.undoable_write(
            self.tr("New supervision day") if day_id is None else self.tr("Edit supervision day"),
            lambda s: supervision_days.save_day(s, data, supervision_days.get_day(s, day_id) if day_id else None).id,
            lambda saved_id: _day_parts(day_id or saved_id),
        )

    def remove_day(self, day_id: int) -> None:
        """Undoable: undo puts the day back with its issues and their links."""
        self.undoable_write(
            self.tr("Remove supervision day"),
            lambda s: supervision_days.remove_day(s, supervision_days.get_day(s, day_id)),
            lambda _result: _day_parts(day_id),
        )

    def issue_to_opinion(self, issue_id: int) -> int:
        return self.undoable_write(
            self.tr("Register the issue as an opinion"),
            lambda s: supervision_days.issue_to_opinion(s, issue_id).id,
            lambda opinion_id: [
                part(Opinion, Opinion.id == opinion_id),
                part(SupervisionIssue, SupervisionIssue.id == issue_id, links=False),
            ],
        )

    def issue_rectification_data(self, issue_id: int):
        return self.read(lambda s: resident_issues.issue_rectification_data(s, issue_id))

    def rectification_from_issue(self, issue_id: int, data) -> int:
        return self.undoable_write(
            lambda s, rect_id: self.tr("Raise rectification {number}").format(
                number=s.get(Rectification, rect_id).number),
            lambda s: resident_issues.issue_to_rectification(s, issue_id, data).id,
            lambda rect_id: [
                part(Rectification, Rectification.id == rect_id),
                part(RectificationEvent, RectificationEvent.rectification_id == rect_id),
                part(PhotoLink, PhotoLink.rectification_id == rect_id),
                part(SupervisionIssue, SupervisionIssue.id == issue_id, links=False),
            ],
        )

    # --- satisfaction surveys ---

    def surveys(self, compound_id: int):
        return self.read(lambda s: surveys.list_surveys(s, compound_id))

    def survey_data(self, survey_id: int):
        return self.read(lambda s: surveys.survey_data(surveys.get_survey(s, survey_id)))

    def save_survey(self, survey_id: int | None, data) -> int:
        return self.undoable_write(
            self.tr("New survey form") if survey_id is None else self.tr("Edit survey form"),
            lambda s: surveys.save_survey(s, data, surveys.get_survey(s, survey_id) if survey_id else None).id,
            lambda saved_id: [part(Survey, Survey.id == (survey_id or saved_id), links=CREATED)],
        )

    def remove_survey(self, survey_id: int) -> None:
        self.undoable_write(
            self.tr("Remove survey form"),
            lambda s: surveys.remove_survey(s, surveys.get_survey(s, survey_id)),
            lambda _result: [part(Survey, Survey.id == survey_id)],
        )

    def compound_satisfaction(self, compound_id: int):
        return self.read(lambda s: surveys.compound_satisfaction(s, compound_id))

    def project_satisfaction(self, project_id: int):
        return self.read(lambda s: surveys.project_satisfaction(s, project_id))

    def compare_projects(self):
        return self.read(surveys.compare_projects)
