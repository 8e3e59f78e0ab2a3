"""One entry of the disclosure register in full: who, why, on what basis, the consent or the reason for going
beyond it, the file, the language of a document and the file's whole fingerprint, and every item that left (or
arrived), special categories marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trajectapp.domain.disclosures import Disclosure, DisclosureDirection
from trajectapp.ui.disclosures.register_model import file_size, local_time
from trajectapp.ui.labels import label, party_name
from trajectapp.ui.numbers import whole_number

SPECIAL_COLOUR = "#6c3483"  # as the special-category marks of the forms


class DisclosureDetails(QWidget):
    """Empty until show_entry(); read-only, and every text can be selected and copied."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, QLabel] = {}
        # The entry's words scroll when a purpose or a reason runs long: nothing is cut off.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.scroll_area)
        self.form = form = QFormLayout(inner)
        form.setContentsMargins(0, 0, 6, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption in (
            ("when", self.tr("Date:")),
            ("party", self.tr("To:")),
            ("purpose", self.tr("Purpose:")),
            ("basis", self.tr("Basis:")),
            ("consent", self.tr("Consent:")),
            ("file", self.tr("File:")),
            ("language", self.tr("Language:")),
            ("fingerprint", self.tr("SHA-256:")),
        ):
            value = QLabel(inner)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names and purposes are typed text
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.fields[name] = value
        party_caption = form.labelForField(self.fields["party"])
        assert isinstance(party_caption, QLabel), "addRow() puts a caption given as text in a label"
        self.party_caption = party_caption
        self.fields["fingerprint"].setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fields["fingerprint"].setWordWrap(False)
        self.items_caption = QLabel(self)
        self.items = QListWidget(self)
        self.items.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.items.setWordWrap(True)
        items_column = QVBoxLayout()
        items_column.addWidget(self.items_caption)
        items_column.addWidget(self.items, 1)
        self.placeholder = QLabel(self.tr("Choose an entry above to see it in full."), self)
        self.placeholder.setStyleSheet("QLabel { color: #555; }")
        self.scroll_area.setWidget(inner)
        self.scroll_area.viewport().setAutoFillBackground(False)  # the page's own background, in a tab as in a dialog
        inner.setAutoFillBackground(False)
        columns = QHBoxLayout()
        columns.addWidget(self.scroll_area, 3)
        columns.addLayout(items_column, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addLayout(columns, 1)
        self.show_entry(None)

    def show_entry(self, entry: Disclosure | None) -> None:
        shown = entry is not None
        self.placeholder.setVisible(not shown)
        for widget in (self.scroll_area, self.items, self.items_caption):
            widget.setVisible(shown)
        self.items.clear()
        if entry is None:
            for value in self.fields.values():
                value.clear()
            return
        received = entry.direction is DisclosureDirection.RECEIVED
        self.party_caption.setText(self.tr("From:") if received else self.tr("To:"))
        when = local_time(entry.disclosed_at)
        if entry.carried_over:
            when = self.tr("%1, recorded in the vault this case came from").replace("%1", when)
        self.fields["when"].setText(when)
        # Typed text goes in last, so that a "%2" in it stays as typed.
        self.fields["party"].setText(
            self.tr("%1\n%2").replace("%2", label(entry.party.kind)).replace("%1", party_name(entry.party))
        )
        self.fields["purpose"].setText(entry.purpose)
        self.fields["basis"].setText("\n".join(part for part in (label(entry.basis), entry.basis_explanation) if part))
        self.fields["consent"].setText(
            "\n".join(part for part in (label(entry.consent), entry.override_reason) if part)
        )
        self.fields["file"].setText(
            self.tr("%1\n%2, %3 (%4 bytes)")
            .replace("%2", label(entry.output_format))
            .replace("%3", file_size(entry.file_size))
            .replace("%4", whole_number(entry.file_size))
            .replace("%1", entry.file_name)
        )
        # A transfer package and what was received have no language of their own: no row rather than an empty one.
        self.fields["language"].setText(label(entry.language))
        self.form.setRowVisible(self.fields["language"], entry.language is not None)
        self.fields["fingerprint"].setText(entry.file_sha256)
        count = len(entry.items)
        self.items_caption.setText(
            self.tr("What arrived (%n items):", "", count) if received else self.tr("What left (%n items):", "", count)
        )
        for item in entry.items:
            shown_item = QListWidgetItem(item.label)
            if item.categories:
                marks = ", ".join(sorted(label(category) for category in item.categories))
                shown_item.setText(self.tr("%1 — special: %2").replace("%2", marks).replace("%1", item.label))
                shown_item.setForeground(QColor(SPECIAL_COLOUR))
                shown_item.setToolTip(self.tr("Special-category data: %1").replace("%1", marks))
            self.items.addItem(shown_item)
