"""Sessions with the person: the Contacts tab, the session form, the note editor and its follow-up actions."""
