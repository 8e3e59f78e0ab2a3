<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaseloadModel</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, about %n week(s)</source>
            <translation>
                <numerusform>, about %n week</numerusform>
                <numerusform>, about %n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisclosureDetails</name>
        <message numerus="yes">
            <source>What arrived (%n items):</source>
            <translation>
                <numerusform>What arrived (%n item):</numerusform>
                <numerusform>What arrived (%n items):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What left (%n items):</source>
            <translation>
                <numerusform>What left (%n item):</numerusform>
                <numerusform>What left (%n items):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message numerus="yes">
            <source>%n of %1 done</source>
            <translation>
                <numerusform>%n of %1 done</numerusform>
                <numerusform>%n of %1 done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n fields</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <source>Use at least %n characters; a short sentence works well.</source>
            <translation>
                <numerusform>Use at least %n character; a short sentence works well.</numerusform>
                <numerusform>Use at least %n characters; a short sentence works well.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose a passphrase of at least %n characters.</source>
            <translation>
                <numerusform>Choose a passphrase of at least %n character.</numerusform>
                <numerusform>Choose a passphrase of at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutputPage</name>
        <message numerus="yes">
            <source>Write saves the file and, in the same step, an entry in the case's disclosure register: the date, the recipient, the purpose and basis, the %n item(s), the file's name, size and fingerprint.</source>
            <translation>
                <numerusform>Write saves the file and, in the same step, an entry in the case's disclosure register: the date, the recipient, the purpose and basis, the %n item, the file's name, size and fingerprint.</numerusform>
                <numerusform>Write saves the file and, in the same step, an entry in the case's disclosure register: the date, the recipient, the purpose and basis, the %n items, the file's name, size and fingerprint.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPagesView</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>all %n</source>
            <translation>
                <numerusform>%n of %n</numerusform>
                <numerusform>all %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 of %n entry</numerusform>
                <numerusform>%1 of %n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message numerus="yes">
            <source>%n of these items hold special-category data (%1). Send them all the same?</source>
            <translation>
                <numerusform>%n of these items holds special-category data (%1). Send it all the same?</numerusform>
                <numerusform>%n of these items hold special-category data (%1). Send them all the same?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) chosen</source>
            <translation>
                <numerusform>%n item chosen</numerusform>
                <numerusform>%n items chosen</numerusform>
            </translation>
        </message>
    </context>
</TS>