"""The English label of every field the core checks, by field name, for the messages that name a field; the
interface translates them in the "Fields" context (ui/messages.py).

A field of a described record (the person, a session, a goal) is labelled by its description, so a field added
there needs no entry here. The table below words the rest, and the names several records share that a message
names without its record ("name", "title", "good"): there the plain word serves every record."""

from __future__ import annotations

from trajectapp.domain.case import CASE_FIELDS
from trajectapp.domain.columns import LABEL_CONTEXT
from trajectapp.domain.plan import GOAL_FIELDS
from trajectapp.domain.sessions import SESSION_FIELDS
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

CONTEXT = LABEL_CONTEXT

# One name, one label: where two records use a name for nearly the same thing ("note", "status"), one word serves.
_WORDED_HERE: dict[str, str] = {
    # the person (domain.case) and the traject
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "closing_reason": QT_TRANSLATE_NOOP("Fields", "Reason for closing"),
    "to_prison": QT_TRANSLATE_NOOP("Fields", "To prison"),
    "reasons": QT_TRANSLATE_NOOP("Fields", "Reasons"),
    "allowed": QT_TRANSLATE_NOOP("Fields", "May be shared"),
    "not_allowed": QT_TRANSLATE_NOOP("Fields", "May not be shared"),
    "case_id": QT_TRANSLATE_NOOP("Fields", "Case"),
    # the partner directory and the services involved
    "organisation": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "contact_people": QT_TRANSLATE_NOOP("Fields", "Contact people"),
    "contact_person": QT_TRANSLATE_NOOP("Fields", "Contact person"),
    "needs": QT_TRANSLATE_NOOP("Fields", "Needs they work on"),
    # sessions and follow-up actions
    "session": QT_TRANSLATE_NOOP("Fields", "Session"),
    "period": QT_TRANSLATE_NOOP("Fields", "Period"),
    "starts_at": QT_TRANSLATE_NOOP("Fields", "Date and time"),
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
    "participants": QT_TRANSLATE_NOOP("Fields", "Who took part"),
    "domains": QT_TRANSLATE_NOOP("Fields", "Life domains"),
    "factors": QT_TRANSLATE_NOOP("Fields", "Factors"),
    "goods": QT_TRANSLATE_NOOP("Fields", "Primary goods"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Who does it"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due on"),
    # push and pull factors, strengths, the Good Lives lens and the perspective
    "direction": QT_TRANSLATE_NOOP("Fields", "Direction"),
    "category_id": QT_TRANSLATE_NOOP("Fields", "Category"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "domain_id": QT_TRANSLATE_NOOP("Fields", "Life domain"),
    "first_noted_on": QT_TRANSLATE_NOOP("Fields", "First noted on"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "since": QT_TRANSLATE_NOOP("Fields", "Since"),
    "pick_up": QT_TRANSLATE_NOOP("Fields", "Picking it up again"),
    "good": QT_TRANSLATE_NOOP("Fields", "Primary good"),
    "importance": QT_TRANSLATE_NOOP("Fields", "How important to them"),
    "pursued_before": QT_TRANSLATE_NOOP("Fields", "How they pursued it before"),
    "prosocial_route": QT_TRANSLATE_NOOP("Fields", "A pro-social route"),
    "noted_on": QT_TRANSLATE_NOOP("Fields", "Noted on"),
    "want_to_do": QT_TRANSLATE_NOOP("Fields", "What they want to do"),
    "wish_to_be": QT_TRANSLATE_NOOP("Fields", "Who they wish to be"),
    # needs and risk assessments
    "sensitivity": QT_TRANSLATE_NOOP("Fields", "Sensitivity"),
    "assessed_on": QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    "assessment_id": QT_TRANSLATE_NOOP("Fields", "Assessment"),
    "situation": QT_TRANSLATE_NOOP("Fields", "Where things stand"),
    "person_situation": QT_TRANSLATE_NOOP("Fields", "The person's own score"),
    "motivation": QT_TRANSLATE_NOOP("Fields", "Motivation to change"),
    "views": QT_TRANSLATE_NOOP("Fields", "Views"),
    "person_view": QT_TRANSLATE_NOOP("Fields", "The person's view"),
    "consultant_view": QT_TRANSLATE_NOOP("Fields", "The consultant's view"),
    "own_words": QT_TRANSLATE_NOOP("Fields", "In their own words"),
    "support_needed": QT_TRANSLATE_NOOP("Fields", "Support needed"),
    "next_step": QT_TRANSLATE_NOOP("Fields", "Next step"),
    "next_step_service_id": QT_TRANSLATE_NOOP("Fields", "Service that owns it"),
    "tool": QT_TRANSLATE_NOOP("Fields", "Instrument"),
    "other_tool": QT_TRANSLATE_NOOP("Fields", "Other instrument"),
    "done_on": QT_TRANSLATE_NOOP("Fields", "Done on"),
    "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    "held_at": QT_TRANSLATE_NOOP("Fields", "Held at"),
    # the reintegration plan
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "domain_ids": QT_TRANSLATE_NOOP("Fields", "Life domains"),
    "goal_id": QT_TRANSLATE_NOOP("Fields", "Goal"),
    "what": QT_TRANSLATE_NOOP("Fields", "What"),
    "party": QT_TRANSLATE_NOOP("Fields", "Who"),
    "party_name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "service_id": QT_TRANSLATE_NOOP("Fields", "Partner service"),
    "made_on": QT_TRANSLATE_NOOP("Fields", "Made on"),
    "goal_ids": QT_TRANSLATE_NOOP("Fields", "Goals in this version"),
    "version_id": QT_TRANSLATE_NOOP("Fields", "Version"),
    "answer": QT_TRANSLATE_NOOP("Fields", "Answer"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "answered_on": QT_TRANSLATE_NOOP("Fields", "Answered on"),
    # the disclosure register and what is shared
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "basis_explanation": QT_TRANSLATE_NOOP("Fields", "Explanation of the basis"),
    "override_reason": QT_TRANSLATE_NOOP("Fields", "Reason for sharing all the same"),
    "items": QT_TRANSLATE_NOOP("Fields", "Items"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File name"),
    "document": QT_TRANSLATE_NOOP("Fields", "Document"),
}

FIELD_LABELS: dict[str, str] = {
    **{
        column.name: column.label
        for fields in (CASE_FIELDS, SESSION_FIELDS, GOAL_FIELDS)
        for column in fields
        if column.label
    },
    **_WORDED_HERE,
}
