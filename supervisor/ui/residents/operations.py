"""What the window does with residents' records: the household roster and its import, the
consultation rounds, opinions, supervision days, satisfaction surveys and the local rules."""

from __future__ import annotations

from supervisor.procedure import gates
from supervisor.projects import places
from supervisor.residents import consultation, opinions, roster, roster_xlsx, rules, supervision_days, surveys
from supervisor.site import resident_issues
from supervisor.ui.controller import Operations


class ResidentOperations(Operations):
    # --- the roster ---

    def households(self, compound_id: int):
        return self.read(lambda s: roster.list_households(s, compound_id))

    def add_household(self, compound_id: int, data) -> int:
        return self.write(lambda s: roster.add_household(s, places.get_compound(s, compound_id), data).id)

    def update_household(self, household_id: int, data) -> None:
        self.write(lambda s: roster.update_household(s, roster.get_household(s, household_id), data))

    def remove_households(self, household_ids: list[int]) -> None:
        def remove(session):
            for household_id in household_ids:
                roster.remove_household(session, roster.get_household(session, household_id))

        self.write(remove)

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
        """Record the same answer for several households (one transaction)."""
        def save(session):
            for household_id in household_ids:
                consultation.set_answer(session, roster.get_household(session, household_id), round_, data)

        self.write(save)

    def clear_answers(self, household_ids: list[int], round_: int) -> None:
        def clear(session):
            for household_id in household_ids:
                consultation.clear_answer(session, household_id, round_)

        self.write(clear)

    # --- the local rules ---

    def resident_settings(self):
        return self.read(lambda s: (rules.consent_settings(s), rules.opinion_settings(s)))

    def set_resident_settings(self, consent, opinion) -> None:
        def save(session):
            rules.set_consent_settings(session, consent)
            rules.set_opinion_settings(session, opinion)

        self.write(save)

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

        return self.write(save)

    def close_opinion(self, opinion_id: int, closed: bool) -> None:
        self.write(lambda s: opinions.set_closed(s, opinions.get_opinion(s, opinion_id), closed))

    def remove_opinion(self, opinion_id: int) -> None:
        self.write(lambda s: opinions.remove_opinion(s, opinions.get_opinion(s, opinion_id)))

    # --- supervision days ---

    def supervision_days(self, project_id: int):
        return self.read(lambda s: supervision_days.list_days(s, project_id))

    def save_day(self, day_id: int | None, data) -> int:
        return self.write(
            lambda s: supervision_days.save_day(s, data, supervision_days.get_day(s, day_id) if day_id else None).id
        )

    def remove_day(self, day_id: int) -> None:
        self.write(lambda s: supervision_days.remove_day(s, supervision_days.get_day(s, day_id)))

    def issue_to_opinion(self, issue_id: int) -> int:
        return self.write(lambda s: supervision_days.issue_to_opinion(s, issue_id).id)

    def issue_rectification_data(self, issue_id: int):
        return self.read(lambda s: resident_issues.issue_rectification_data(s, issue_id))

    def rectification_from_issue(self, issue_id: int, data) -> int:
        return self.write(lambda s: resident_issues.issue_to_rectification(s, issue_id, data).id)

    # --- satisfaction surveys ---

    def surveys(self, compound_id: int):
        return self.read(lambda s: surveys.list_surveys(s, compound_id))

    def survey_data(self, survey_id: int):
        return self.read(lambda s: surveys.survey_data(surveys.get_survey(s, survey_id)))

    def save_survey(self, survey_id: int | None, data) -> int:
        return self.write(
            lambda s: surveys.save_survey(s, data, surveys.get_survey(s, survey_id) if survey_id else None).id
        )

    def remove_survey(self, survey_id: int) -> None:
        self.write(lambda s: surveys.remove_survey(s, surveys.get_survey(s, survey_id)))

    def compound_satisfaction(self, compound_id: int):
        return self.read(lambda s: surveys.compound_satisfaction(s, compound_id))

    def project_satisfaction(self, project_id: int):
        return self.read(lambda s: surveys.project_satisfaction(s, project_id))

    def compare_projects(self):
        return self.read(surveys.compare_projects)
