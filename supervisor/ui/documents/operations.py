"""What the window does with the printed documents' settings: the letterhead (issuing unit,
supervision firm, logo) printed at the head of every form."""

from __future__ import annotations

from supervisor.db.models import Setting
from supervisor.db.records import part
from supervisor.documents import letterhead as letterheads
from supervisor.ui.controller import Operations


class DocumentOperations(Operations):
    def letterhead(self) -> letterheads.Letterhead:
        return self.read(letterheads.letterhead)

    def set_letterhead(self, unit: str, firm: str, logo: bytes | None) -> letterheads.Letterhead:
        """Store the letterhead (``logo`` None: none), undoable."""
        return self.undoable_write(
            self.tr("Change the form letterhead"),
            lambda session: letterheads.set_letterhead(session, unit=unit, firm=firm, logo=logo),
            lambda _result: [part(Setting, Setting.key == letterheads.KEY)],
        )
