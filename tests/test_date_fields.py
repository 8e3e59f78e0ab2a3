"""The date fields of every form: typed day first and rewritten as the application shows dates, approximate where a
date may be, and a calendar whose weeks start on Monday."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from trajectapp.domain.dates import ApproximateDate
from trajectapp.ui.forms.fields import ApproximateDateEdit, DateEdit, picked_date_edit


def test_a_date_field_reads_a_day_and_shows_it_day_first(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "DD/MM/YYYY"
    edit.setText("1.3.2027")
    assert (edit.date_value(), edit.problem()) == (date(2027, 3, 1), "")
    edit.editingFinished.emit()
    assert edit.text() == "01/03/2027"
    edit.setText("2019")
    assert edit.date_value() is None and edit.problem() == "Not a date: use 01/03/2027"
    edit.editingFinished.emit()
    assert edit.text() == "2019"  # what cannot be read stays as typed


def test_an_approximate_date_field_keeps_what_is_known(qtbot):
    edit = ApproximateDateEdit()
    qtbot.addWidget(edit)
    edit.set_date(ApproximateDate(2019, 3))
    assert edit.text() == "03/2019"
    edit.setText("2019-3")
    edit.editingFinished.emit()
    assert (edit.text(), edit.checked_date()) == ("03/2019", ApproximateDate(2019, 3))


def test_a_picked_date_shows_day_first_in_a_calendar_from_monday(qtbot):
    edit = picked_date_edit(QDate(2026, 3, 14))
    qtbot.addWidget(edit)
    assert edit.text() == "14/03/2026"
    assert edit.calendarPopup()
    assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
