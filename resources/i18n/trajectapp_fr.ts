<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/action_dialog.py" line="+36" />
            <source>Follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>From the session of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>For example: the consultant, the person, VDAB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Say what needs to be done.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/agenda_model.py" line="+64" />
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tomorrow, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Step: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(goal: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Action: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This week and next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No sessions planned and nothing due until %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Releases within %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Released today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Released tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Released in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No contact for more than %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No contact for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>appointment on %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>nothing planned in these two weeks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/agenda_page.py" line="+40" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Plan a session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose a person and plan a session with them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back to where you were (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>This week and next: %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Nothing planned or due in this week and the next, no releases coming up and no one waiting too long for a contact. Plan a session with the button above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Plan a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>There are no active cases. Add a person with Case → New case (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_dialogs.py" line="+129" />
            <source>Does everyone agree?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The plan version of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who answers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In their own words: write down what they said, as they said it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>an unknown date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 answered already: %2 (%3). Saving replaces that answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Write down why they do not agree, in their words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write down why no answer could be given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This is before the plan version itself (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/app.py" line="+147" />
            <source>Create your vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Cases: %1 · Locks after %2 min without use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>Changing the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Passphrase changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use the new passphrase from now on. Your recovery key stays the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The passphrase could not be changed (%1). The old one still works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Open a vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Not a vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>That folder is not a Trajectapp vault. A vault folder holds vault.db and vault.key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>About Trajectapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trajectapp %1
Encrypted case files for disengagement consultants. Works offline; nothing leaves this laptop unless you export it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <location filename="../../src/trajectapp/ui/ask.py" line="+102" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/assessment_dialogs.py" line="+58" />
            <source>New assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Date and note of the assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For example how the assessment came about, or who took part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The scores and notes of each domain stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>It starts as a copy of the assessment of %1, so that you only change what has changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No assessment is dated before it: it starts empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The first assessment of this case: it starts empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentItemDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/item_dialog.py" line="+42" />
            <source>Needs: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>In the assessment of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Everything here is %1: hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No score given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person's own score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Motivation to change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Views:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How the person sees it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How you see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Do they see it the same way?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>In their own words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the person said about it, as they said it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Support needed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next step:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Service that owns it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>(a service no longer listed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="+64" />
            <source>Life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Own score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Motivation to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next step (service)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The score the person gives the domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Whether the person and you see the domain the same way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>a service no longer listed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/attention_panel.py" line="+25" />
            <source>released today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>released tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>released in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no contact for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>no decision yet on taking part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>consent asked, no answer yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Releases within %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No contact for more than %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Decisions pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Nothing needs your attention today.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BasisFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/basis_fields.py" line="+35" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Why it is shared, in a sentence: for example, to prepare the release with the justice house</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose the basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Which basis, in a sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Purpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Say why, in a sentence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the basis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explain the basis, in a sentence.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BasisPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/basis_page.py" line="+48" />
            <source>Why, and on what basis?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The register keeps the purpose and the basis with the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>For example: preparing the reintegration plan with the justice house before release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose the basis…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Which basis, in a sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Share all the same, for the reason below (the register keeps it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For example: a written request from the public prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Purpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explain:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>A copy of their own data, as they asked (right of access).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Consent is not asked for: this is the person's own data, which they have the right to receive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The person's recorded consent covers sharing with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The person's recorded consent is about partner services: it does not cover handing the case to another consultant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The person's recorded consent does not cover sharing with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No consent to share with anyone is in force for this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the recorded consent does allow:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>To share all the same, tick the box and give the reason: a legal obligation, say, or a danger to someone's life.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1, given on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>May be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Say what it is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose the basis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Explain the basis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tick the box to share beyond the recorded consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for sharing beyond the recorded consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Too long: %1 characters, where %2 is the most kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The recorded consent does not cover this recipient: record the consent in the Traject tab first, or choose the basis you share on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Still to do: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseDocuments</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/case_documents.py" line="+41" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Open a case first: the documents to print or save are those of one case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Leave presentation mode to save a PDF: the save dialog shows the names of other files. Printing is possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>session-notes-%1.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session notes of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>session-notes-%1-to-%2.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Session notes from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Session notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Include tags about religion or ideology, health and offences</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseFileFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+40" />
            <source>Check the year: use one between %1 and %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <location line="+11" />
            <source>Not a date: use 2027-03-01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>There is no %1: check the day and the month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Too long: %1 characters, where %2 is the most this field keeps.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/case_file_view.py" line="+65" />
            <source>Close case file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Case summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Take part of this case out of the vault, recorded in the disclosure register (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unsaved changes from before the lock were restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+138" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-115" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Traject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Save the person's details (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Every change to this case file, newest first. A summary names the fields or the kind of record, never what they hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>The person's details have changes that are not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A hidden field needs correcting. Leave presentation mode to see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+93" />
            <source>not recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phase: %1    Participation: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseSummary</name>
        <message>
            <location filename="../../src/trajectapp/documents/case_summary.py" line="+41" />
            <source>Case summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Some sensitive items (religion or ideology, health, offences) were left out of this summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The case file as it stood on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Printed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: holds personal data from a case file. Do not copy or pass it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The traject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+152" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-151" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>May be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>May not be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No needs assessment yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Latest assessment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Motivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 (latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 (first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not enough domains scored to draw a chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Push and pull factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>No factors recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+94" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-93" />
            <location line="+17" />
            <location line="+102" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-113" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Strengths, goods and perspective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>How to pick it up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No strengths recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pursued before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>In their own words, on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>What I want to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who I wish to be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Reintegration plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Latest plan version: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No goals to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Partner services involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No partner services involved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Works on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/case_summary_layout.py" line="+24" />
            <source>First contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Building trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exploring needs and strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Critical reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reintegration planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Release preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aftercare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent to share with a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent to statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>asked, no answer yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>refused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/summary_preview.py" line="+50" />
            <source>Case summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>case-summary-%1.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case summary of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/caseload_model.py" line="+36" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expected release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overdue actions</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-6" />
            <location line="+12" />
            <source>in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="-4" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+171" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last contact on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Expected release: today, %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>, about %n week(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Expected release on %1: in %2%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Expected release was on %1: %2 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Open actions past their due date: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadView</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/caseload_view.py" line="+66" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Which cases to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+120" />
            <source>No case has this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No case shown here has this name. Choose Show: All to search every case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No active cases. Add a person with Case → New case (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No cases here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CategoryNameDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/factor_categories.py" line="+25" />
            <source>New category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rename category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>There is already a hidden category with this name: show it again instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>There is already a category with this name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/change_dialog.py" line="+15" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The change is instant; your recovery key stays the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Current passphrase:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChooseCaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/choose_case_dialog.py" line="+55" />
            <source>Plan a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type part of a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No active case has this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Plan a session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>With whom?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/compare_dialog.py" line="+31" />
            <source>Compare plan versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Version %1, of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Choose two different versions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/consent_dialogs.py" line="+44" />
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Consent is asked per purpose and can be revoked at any time. Nothing is shared with a service without consent in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Purpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose a partner service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Partner service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Asked on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answered on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>May be shared:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the person agrees may be shared, in plain words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>May not be shared:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>(a service no longer listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Choose the partner service this consent is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This is before it was asked (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentsModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/record_models.py" line="+26" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Asked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Sharing with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>a partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/contacts_panel.py" line="+69" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From the session of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Presentation mode: the notes are hidden until you leave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Plan a session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record a session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+165" />
            <source>Cancel session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-164" />
            <source>Add action…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open the session's note (or double-click the session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The planned session took place: mark it held and write its note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>(overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>Still to come</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This session is planned for %1. Mark it held once it has taken place, or change its date with Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Cancel the session of %1? It stays in the list as cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session notes are hidden in presentation mode. Leave presentation mode to open the note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Focus: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>With: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+15" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>For example 2027-03-01 or 01/03/2027; leave empty if not known.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/directory_dialog.py" line="+43" />
            <source>Partner services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Show hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Your unsaved changes from before the vault locked are back: save them or revert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>the new service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You changed %1 without saving. Save the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>New partner service: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New partner service</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosureDetails</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_details.py" line="+43" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+50" />
            <source>To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-49" />
            <source>Purpose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Choose an entry above to see it in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1, recorded in the vault this case came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1
%2, %3 (%4 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>What arrived (%n items):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>What left (%n items):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — special: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Special-category data: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosuresPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/disclosures_panel.py" line="+39" />
            <source>Everything of this case that left the vault, or arrived in it, newest first: to whom, why, on what basis, and the fingerprint of the file. Entries cannot be changed or removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Nothing of this case has left the vault. Each PDF saved and each export will be listed here: to whom, why, on what basis, and the fingerprint of the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentChooser</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/chooser.py" line="+60" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The notes of one session:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The notes of the sessions from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The case summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Which document?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>No sessions yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The first day comes after the last: change one of them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/preview.py" line="+72" />
            <source>Include religion or ideology, health and offences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not in presentation mode: the save dialog shows other files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>The document could not be made (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Making the document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The printer could not take the document. Check that it is switched on and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/life_domains.py" line="+39" />
            <source>New life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ordinary data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Special category: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Everything recorded under the domain is treated as this kind of data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This domain comes with Trajectapp: its sensitivity is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Records are filed under this domain: its sensitivity can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sensitivity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is already a hidden life domain with this name: show it again instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>There is already a life domain with this name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DomainsDialog</name>
        <message>
            <location line="+16" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The life domains that needs are assessed in. Whatever is recorded under a domain with a sensitivity is special-category data: hidden in presentation mode and never shared unless chosen. A hidden domain is not offered for new assessments; what is recorded under it stays. A domain in use is never deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1”? Nothing is recorded under it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Needs are recorded under “%1”, so it stays: hide it instead, and it is no longer offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This domain comes with Trajectapp: it cannot be deleted, but you can hide it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sensitivity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryListDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/entry_list.py" line="+110" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-73" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>comes with Trajectapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <location line="+7" />
            <source>Not deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryNameDialog</name>
        <message>
            <location line="-184" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Type a name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/export_wizard.py" line="+38" />
            <source>Export case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExternalAssessmentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/assessment_dialogs.py" line="+51" />
            <source>Risk assessment made elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trajectapp does not score risk: note only that the assessment exists, and where to find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Instrument:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Its name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For example: the psychosocial service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Made by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For example: PSD file, prison of Brugge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where it is held:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Type the name of the instrument.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FactorCategoriesDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/factor_categories.py" line="+15" />
            <source>Factor categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The categories offered for push and pull factors. A hidden category is not offered for new factors; the factors that have it keep it. A category can only be deleted while no factor uses it, and one that comes with Trajectapp can only be hidden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the category “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Factors use “%1”, so it cannot be deleted. Hide it instead: the factors keep it, and it is no longer offered for new ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This category comes with Trajectapp: hide it instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FactorDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/factors/factor_dialog.py" line="+53" />
            <source>New factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A factor that drew the person towards extremism, or that draws them away from it. Describe it in your own words; nothing here is a score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Direction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Push: what drives someone out of where they are. Pull: what attracts them. Personal: something in the person themselves. Protective: what keeps them from harm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+13" />
            <source>%1 (hidden from the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Missing one? Add it with “Categories…” on the Factors tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Life domain:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First noted on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Status now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In your own words: what you saw or heard that shows it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Presentation mode: the evidence is hidden. Leave presentation mode to see or change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Choose whether it draws towards extremism or away from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose the kind of factor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose a category.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FactorsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/factors/factors_panel.py" line="+57" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>What drew the person towards extremism, and what draws them away from it: push and pull factors, personal and protective ones. Click a column to sort; double-click a factor to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Presentation mode: factors linked to a special-category life domain, and the evidence of every factor, are hidden until you leave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add factor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Categories…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add, rename or hide the categories offered for factors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>No factors recorded yet. Add what drew the person towards extremism, and what draws them away from it, in your own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Every factor of this case is hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Leave presentation mode to open this factor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Kept for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A factor you were changing before the lock is hidden in presentation mode. Its form comes back when you leave presentation mode.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldInput</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/field_inputs.py" line="+76" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <location line="+21" />
            <source>This cannot be left empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Give a whole number from %1 to %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+52" />
            <source>Special-category data: hidden in presentation mode and never shared unless chosen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../src/trajectapp/domain/case.py" line="+50" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Detention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Key dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+39" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-33" />
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wants to be called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prisoner number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Legal status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Offence category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>In detention since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limited detention from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Electronic monitoring from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Conditional release from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expected release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/field_labels.py" line="+21" />
            <location line="+67" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-66" />
            <source>Reason for closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To prison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>May be shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>May not be shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs they work on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+72" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+43" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <source>Factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Primary goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First noted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Picking it up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Primary good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How important to them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How they pursued it before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Noted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What they want to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who they wish to be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sensitivity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assessed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person's own score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Motivation to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person's view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The consultant's view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Service that owns it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Held at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/plan.py" line="+87" />
            <location line="+6" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Made on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goals in this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explanation of the basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason for sharing all the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/plan.py" line="+1" />
            <source>Success looks like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+6" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answers the need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Builds on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serves the good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/sessions.py" line="-1" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/finish_page.py" line="+17" />
            <source>Written, and in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing else has left the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1 is written in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The disclosure register of this case has the entry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On %1, to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purpose: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Basis: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 bytes, fingerprint (SHA-256) %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The entry cannot be changed or removed. File ▸ Disclosure register shows it with the others.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/form_dialog.py" line="+47" />
            <source>Type the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This date is still to come: record it when it has happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+252" />
            <location line="+12" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goal_dialogs.py" line="+30" />
            <source>health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>religion or ideology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>offences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>New goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What the person wants to reach, in their own words where they like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 (special category: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Special-category data: a goal linked to this domain is hidden in presentation mode and left out of the plan document unless you include it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No particular need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No particular strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No particular good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>How the person will know they got there, in their words if they like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For example: the person chose another way, or it can no longer happen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>For example: a place of my own to live after release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>One or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Domains about health, religion or offences are hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domains:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>(as linked before)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Say what the goal is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tick at least one life domain the goal is about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Say why the goal was dropped.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goals_section.py" line="+73" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <location line="+48" />
            <location line="+113" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-154" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Show achieved and dropped goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No goals yet. Add what the person wants to reach, in their own words, and link it to the life domains it is about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Goals about health, religion or offences are hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No progress notes for this goal yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Progress note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add step…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Progress notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Steps towards: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The steps towards a goal show here: who does what, by when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose a goal to see its steps and progress notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No steps yet. Add what needs doing, who does it and by when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>no steps yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>(overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+104" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoodDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="+121" />
            <source>Good Lives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>How important to them:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>How they pursued it before:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Including through the extremist milieu, if that is how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A pro-social route:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A way towards the same good that harms no one, as you and the person see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Presentation mode: how they pursued it before is hidden. Leave presentation mode to see or change it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoodsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strengths_panel.py" line="+167" />
            <source>Primary good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How important to them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How they pursued it before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The eleven primary goods of the Good Lives Model: what everyone seeks in life. Note what each means to the person, how they sought it before, and a route to it that harms no one. Nothing has to be filled in or scored. Double-click a good to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Presentation mode: spirituality, and how each good was pursued before, are hidden until you leave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Leave presentation mode to open this good.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuardedFormDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/guarded_dialog.py" line="+55" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>You changed this form. Save the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../src/trajectapp/documents/handover.py" line="+26" />
            <source>Handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing from the case file was chosen for this document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+113" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-112" />
            <location filename="../../src/trajectapp/documents/handover_record.py" line="+143" />
            <source>Made on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>A copy of your data from the case file that your consultant keeps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This document holds only the parts of the case file chosen for this handover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Parts marked “special category” hold data about religion or ideology, health or offences, which the law protects more strictly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>How long your data is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Made %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: your personal data. Keep it in a safe place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: personal data shared for the purpose on page 1 only. Do not copy or pass it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Who received your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nobody has received data from this case file so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Where your case file came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Earlier disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sent to or received from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location filename="../../src/trajectapp/documents/handover_record.py" line="-107" />
            <location filename="../../src/trajectapp/documents/handover_work.py" line="+73" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You: a copy of your own data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Basis: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_layout.py" line="+80" />
            <source>special category: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_record.py" line="-8" />
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+170" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-169" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The traject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Phase: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Participation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Consent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>May be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+103" />
            <location line="+31" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-133" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Works on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Partner services involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Assessment of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Needs assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>As the person sees it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Motivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person's view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The consultant's view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Views compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>In their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Report kept at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Risk assessments made elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/documents/handover_work.py" line="-42" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What shows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Push and pull factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>How to pick it up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Strengths and old passions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pursued before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The Good Lives lens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>As said on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>What I want to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who I wish to be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Perspective, in the person's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_work.py" line="-8" />
            <source>Planned, not held yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+89" />
            <location line="+104" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-192" />
            <location line="+193" />
            <source>By when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-185" />
            <source>Goals and steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+141" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-116" />
            <source>Progress note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The plan of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Plan versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Who agrees to this plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sessions and their notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Taking part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 (family)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/record_models.py" line="+21" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="+38" />
            <source>Life domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The person's own score: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/history_words.py" line="+18" />
            <source>Session notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session notes of a period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reintegration plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>From a transfer package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>now %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n goal(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>A life domain since deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Started from the assessment before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>with a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>without a password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/transfer/import_dialog.py" line="+72" />
            <source>Import transfer package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Open the package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import as a new case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>File: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Type the passphrase from the slip that came with the package, separately from the file: six groups of five letters and digits. Small letters, spaces and dashes make no difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Checking the passphrase… this takes a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The package's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>It holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where it came from (kept in the disclosure register)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The consultant who sent it, and their prison or team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Why it came, in a sentence: for example, taking over the case after a transfer to this prison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The case is added as a new case file, whole or not at all; the case's history and the register say where it came from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>This package cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Type the passphrase from the slip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>The package could not be opened (%1). Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The case of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Made on %1 with Trajectapp %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The person's details</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n fields</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Type who sent it: the consultant's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPackage</name>
        <message>
            <location filename="../../src/trajectapp/ui/transfer/import_flow.py" line="+25" />
            <source>Import transfer package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Transfer packages (*%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The disclosure register cannot keep this: %1 Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvolvementDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/involvement_dialog.py" line="+40" />
            <source>Involve a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Service involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Choose a partner service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Leave empty while the service is still involved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Contact person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Needs they work on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In your own words, for example: housing after release, debts, a training course.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>(a service no longer listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Choose the partner service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This is before the date since when the service is involved (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvolvementsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/involvements_panel.py" line="+37" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>(a service no longer listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs they work on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>May receive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No partner service is involved in this case yet. Involve one to record who works on which needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"May receive" follows the consents on the Traject tab: nothing is shared with a service without consent in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Involve a service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>consent given (what is not written down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>not: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>consent asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>nothing: no consent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/trajectapp/domain/case.py" line="-75" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Accused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Convicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Interned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Released under conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/data_categories.py" line="+14" />
            <source>religion or ideology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>health data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>criminal-offence data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/disclosures.py" line="+15" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location filename="../../src/trajectapp/domain/plan.py" line="-62" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="-47" />
            <source>A partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The person themself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The person's consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A legal obligation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A legally regulated case consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Vital interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="-19" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Covered by the recorded consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not covered by consent: shared with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Consent not asked for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>PDF with a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF without a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transfer package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/factors.py" line="+12" />
            <source>Towards extremism</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Away from extremism</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Push factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pull factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Personal factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/strengths.py" line="+17" />
            <source>Protective factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location filename="../../src/trajectapp/domain/traject.py" line="+45" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Weakening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/languages.py" line="+10" />
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/needs.py" line="+21" />
            <source>Not talking about this yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Starting to look at it, and to name it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Working on it, with a lot of support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Moving forward, some support still needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stable, manages with little support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Does not want to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sees no reason to change anything here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not sure whether to change anything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wants to change it, not yet sure how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Already taking steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wants to hold on to what has been reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not compared yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>They see it the same way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>They partly agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>They see it differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>VERA-2R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ERG 22+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Another instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/plan.py" line="-11" />
            <source>For later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Working on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+18" />
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The consultant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+2" />
            <source>Family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+1" />
            <source>Someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be done yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Agrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Does not agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Could not answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/sessions.py" line="-26" />
            <source>Individual conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Family contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Multi-agency meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone or video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Building the relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/traject.py" line="-29" />
            <source>Critical reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Practical support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/strengths.py" line="-5" />
            <source>Passion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Achievement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Life: staying healthy, safe and well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge: learning and understanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Excellence in play: being good at a pastime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Excellence in work: doing work well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agency: making one's own choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inner peace: calm, free of turmoil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Relatedness: close bonds with others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Community: belonging to a wider group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Spirituality: meaning and purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pleasure: feeling good, enjoying things</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Creativity: making something new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not important to them now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Somewhat important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Very important</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/traject.py" line="-3" />
            <source>First contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Building trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exploring needs and strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reintegration planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Release preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aftercare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+27" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-23" />
            <source>Offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+20" />
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sharing with a partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Asked, no answer yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/labels.py" line="+23" />
            <source>Case created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Person's details changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partner service involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partner service involvement changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phase changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transfer recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Session note saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assessment started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assessment date or note changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domain assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domain assessment changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment elsewhere noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment elsewhere changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Factor added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Factor changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Strength added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Strength changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives entry recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives entry changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Perspective recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goal added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goal changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Progress note added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Step added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Step changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan version recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer to the plan recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer to the plan changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Document printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Document saved as a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosure recorded in the register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case imported from a transfer package</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/main_window.py" line="+52" />
            <source>&amp;New case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a person to the caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Case&amp;load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Back to the caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Presentation mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Hide the caseload and sensitive fields while the screen faces the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Partner &amp;services…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Life domains…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The life domains assessments use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Factor categories…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sessions, due actions, releases and cases without contact in this week and the next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find in notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search every note and free-text field of the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Print the notes of a session, of a period, or a case summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Export case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Hand over chosen parts of this case: an encrypted PDF for a service or the person, or a transfer package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import transfer package…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Open a case another consultant handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Disclosure register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Everything that left the vault: who received what, when and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Save as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save a document of this case as a PDF file, protected by a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open another vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Trajectapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>V&amp;iew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Presentation mode: other people's data and sensitive fields are hidden. Ctrl+Shift+P to leave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Presentation mode</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/trajectapp/ui/messages.py" line="+21" />
            <source>%1 holds an invisible control character, perhaps pasted from another program. Remove it and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too long: keep it under %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 must be a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be right: use a date between %2 and %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 must be a date and time between %2 and %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1: choose one of the options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 must be a number of minutes, at most a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This session is not part of the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose factors of this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>That need is not one of this person's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>That strength is not one of this person's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The first day of the period comes after the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only a partner service is chosen from the directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write down at least one of the two answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Link the goal to at least one life domain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the partner service that does this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A plan needs at least one goal that is not dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the partner service that answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Say who answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>An answer cannot come before the plan version it answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There is already a category with this name (it may be hidden).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A category that comes with Trajectapp can be hidden, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Factors use this category: hide it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>There is already a life domain with this name (it may be hidden).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A life domain that comes with Trajectapp can be hidden, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Records are filed under this life domain: hide it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sensitivity of a life domain that comes with Trajectapp is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Records are filed under this life domain: its sensitivity can be added, but not taken away or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This case is no longer in the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This consent is no longer in the case file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This partner service is no longer in the directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This partner service is no longer involved in the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This factor category is no longer there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This factor is no longer in the case file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This strength is no longer in the case file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This life domain is no longer there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This assessment is no longer in the case file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This risk assessment record is no longer in the case file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This goal is no longer in the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This step is no longer in the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This version of the plan is no longer there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The case has changed since the items were chosen: choose them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recipient: choose a partner service from the directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The case's recorded consent does not cover this recipient: give the reason for sharing all the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one item to share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Items: name each item by its key and label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>File name: give the file's name only, without its folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Document: give its title, such as Session notes of 2026-11-06.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Document: name it by its key, such as session_note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A transfer package opens as a case, and a case needs a name: select the person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This case is too large for a transfer package (more than %1 MiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This case cannot go into a transfer package (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The vault is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The current passphrase is not correct. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>That recovery key does not open this vault. Check each group and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>There is already a vault in %1. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 already holds other files. Choose an empty folder for the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Trajectapp vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The vault's key file (vault.key) is missing, so the vault cannot be opened. Put vault.key back from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) cannot be read, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) is damaged, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (the database file is missing or empty). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (it cannot be read). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (some pages fail their integrity check). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (the first page cannot be read). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (its structure is inconsistent). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (it holds no Trajectapp data). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This vault was made by a newer version of Trajectapp. Open it with that version. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This vault could not be updated to the current version of Trajectapp (%1). Its data is as it was, and a copy from before the update is kept next to it. Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The file could not be read (%1). Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This file is too large to be a Trajectapp transfer package (more than %1 MiB). Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This file is not a Trajectapp transfer package. Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This package has been cut short: it ends before its content begins. Ask for it to be sent again. Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This package was made by a newer version of Trajectapp. Update Trajectapp and import it again. Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This package has a version number no version of Trajectapp has made: it is damaged. Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This package asks for more memory or time to open than any Trajectapp package needs: it is damaged or not genuine. Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A package's passphrase has %1 letters and digits, in %2 groups of %3; what was typed is not like that. Check it against the slip and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This passphrase does not open the package. Check it against the slip, group by group, and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase is right, but the package has been cut short or changed since it was made. Ask for it to be sent again. Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This package cannot be imported: its content is not what Trajectapp expects (%1). Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The package's case does not fit in this vault (%1). Nothing has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This could not be done (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedsChart</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/chart_view.py" line="+28" />
            <source>Add the person's own scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The scores the person gave, for the chosen assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Special-category domains are left out while presentation mode is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Compare with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>%1, the person's own scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 (latest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 (first)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_panel.py" line="+70" />
            <source>New assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date and note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No assessment yet. Start one with New assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Assessment of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Where things stood in each life domain at each assessment, from 1 (not talking about it yet) to 10 (stable, manages with little support). Hover over a score for its words and the person's own score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessments elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>Note: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Special-category domains are left out while presentation mode is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; special-category data: hidden in presentation mode</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedsTables</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="-177" />
            <source>(hidden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Hidden in the catalogue of life domains: shown here because it was used.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedsWords</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_words.py" line="+30" />
            <source>Special-category data (%1): hidden in presentation mode and never shared unless chosen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/new_case_dialog.py" line="+21" />
            <source>New case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Legal name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wants to be called:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Type the person's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/fields.py" line="+61" />
            <source>New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Repeat it:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Use at least %n characters; a short sentence works well.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is one of the first passphrases anyone would try.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use more different characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess. Try a few unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Choose a passphrase of at least %n characters.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Very strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/note_editor.py" line="+66" />
            <source>Session note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This is the note as you were writing it, not saved yet. The saved note stays as it was until you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Show the saved note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Throw away the unsaved text and show the note as it was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What happened, what was said, what comes next.

# A heading
- an item of a list
*emphasis*</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+22" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Add action…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Save the note (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Follow-up actions from this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>%1 words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet; kept as a draft at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>The note holds an invisible character that cannot be kept, perhaps pasted from another program. Remove it and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Unsaved note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The note has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/note_text.py" line="+69" />
            <source>Heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A line as a heading: # at its start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Subheading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A line as a subheading: ## at its start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lines as a list: - at their start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Emphasis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>*Emphasis* on the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>**Strong** text for the selection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutputPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/output_page.py" line="+43" />
            <source>Write the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No file chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write the PDF without a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Without a password, anyone who gets hold of the file (a forwarded e-mail, a lost USB stick, a shared folder) can read everything in it. Tick this only when the recipient cannot open a PDF with a password, and hand the file over in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>A transfer package for %1, encrypted (AES-256) under a one-time passphrase, for their Trajectapp to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A PDF for %1, without a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A PDF for %1, locked with a strong password (AES-256) that every PDF reader asks for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The passphrase is shown once, after writing, with a slip to print; Trajectapp does not keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The password is shown once, after writing, with a slip to print; Trajectapp does not keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Write saves the file and, in the same step, an entry in the case's disclosure register: the date, the recipient, the purpose and basis, the %1 items, the file's name, size and fingerprint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Transfer packages (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>own-data-%1.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>handover-%1.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <location line="+11" />
            <source>Not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>The file could not be written there (%1). Nothing has left the vault and the register has no entry: choose another folder, such as your Documents folder or a USB stick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Nothing has left the vault and the register has no entry.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipationDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="+118" />
            <source>Participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taking part is voluntary. A person who declines stays on the caseload as declined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reasons:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The person's reasons in their own words: write down what they said, as they said it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartyFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/party_fields.py" line="+31" />
            <source>Choose a partner service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Partner service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Who:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>(a service no longer listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>For example: his sister Samira</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>For example: the imam of the prison, a lawyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Choose the partner service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Say who it is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/fields.py" line="-79" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="+67" />
            <source>The password of the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The PDF is saved and can only be opened with this password. Give it to the reader another way than the file (by phone or in person). Trajectapp does not keep it: note it now if you need it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>I have noted it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordSlip</name>
        <message>
            <location filename="../../src/trajectapp/documents/password_slip.py" line="+38" />
            <source>Passphrase of a transfer package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Password of a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Made on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Hand this slip over apart from the file: not in the same envelope, e-mail or bag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trajectapp asks for it when the package is imported; the dashes may be left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type it exactly as printed when the PDF reader asks for a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trajectapp does not keep it. Destroy the slip once the file has been opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>cut along the line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPagesView</name>
        <message numerus="yes">
            <location filename="../../src/trajectapp/ui/documents/pdf_pages.py" line="+48" />
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/person_form.py" line="+98" />
            <source>Dates as 2027-03-01 or 01/03/2027. Leave a date empty when it is not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+82" />
            <source>Type the person's legal name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The date of birth is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Detention cannot start before the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is before detention started (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PerspectiveDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="+41" />
            <source>New version of the perspective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>It starts from the version of %1: change what the person says differently now. Earlier versions stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Write the answers down in the person's own words, as they said them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What do you want to do?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Who do you wish to be?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Write down at least one of the two answers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PerspectiveSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/perspective_section.py" line="+85" />
            <source>No perspective recorded yet. Ask the person: what do you want to do? Who do you wish to be? Then write the answers down in their own words. Each version is dated and kept; none is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+46" />
            <source>New version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <source>Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>What do you want to do?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Who do you wish to be?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>%1 (current)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Write it down…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The current version, of %1, in the person's own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>An earlier version, of %1. The current one is at the top of the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(not answered in this version)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="-95" />
            <source>Change phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>no phase recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New phase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reason for closing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why the traject ends, for example released and aftercare finished, or moved abroad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Say why the traject is closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanDocument</name>
        <message>
            <location filename="../../src/trajectapp/documents/plan_document.py" line="+37" />
            <source>My plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>For later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>I am working on it now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Busy with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be done yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Agrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Does not agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Could not answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>My consultant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>My family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>This is my plan of %1. It says what I want to reach, and who does what to get there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>What I want to reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>There are no goals in this printed plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Some goals may be left out of this printed plan, for example goals about health, religion or the case against me. My consultant can tell me about them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>It has worked when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+42" />
            <source>By when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <location line="+42" />
            <source>Where it stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Steps: who does what, by when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No steps yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Who agrees with this plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nobody has answered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why, in their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+57" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>By signing, we say that we have read this plan together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Plan of %1, printed %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Confidential: for me and the people who sign this plan. Do not copy or pass it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanDocumentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/document_preview.py" line="+47" />
            <source>Plan document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Include goals about health, religion or offences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Version %1, of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>plan-%1.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan, version of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/plan_panel.py" line="+51" />
            <source>Goals and steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What you were typing before the vault locked is about health, religion or offences: it comes back when presentation mode ends.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_text.py" line="+33" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Success looks like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>No answers yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the person: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Plan of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Who agrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nobody has answered yet. Use Agreement… to record each party’s answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+98" />
            <source>Goals and steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-90" />
            <source>target %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Success looks like:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Why dropped:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No steps in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>From the plan of %1 to the plan of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No goal or step changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unchanged: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nobody answered either version.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanVersionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_dialogs.py" line="-150" />
            <source>Record a plan version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A plan version keeps the goals and their steps as they are today. Every version is kept; ask each party afterwards whether they agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Goals for later and those being worked on are ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Goals hidden in presentation mode are included when they are still on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goals in this version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Printed at the top of the plan document, for example: agreed at the meeting of 1 March with the justice house.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Tick at least one goal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/preferences_dialog.py" line="+18" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A new language is used from the next start of Trajectapp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lock the vault after this long without use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call for attention to releases within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call for attention after no contact for more than:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/preview_page.py" line="+43" />
            <source>What will leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>A transfer package for %1: their Trajectapp imports it as a new case. Nothing is written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>These are the exact pages that will leave, for %1. Nothing is written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>The document could not be made (%1). Go back and try again, or choose fewer items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Making the document…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of a special category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>In the package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Of a special category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>all %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The whole case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>locked with a one-time passphrase, shown once after writing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/print_flow.py" line="+32" />
            <source>Print preview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressNoteDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goal_dialogs.py" line="+37" />
            <source>Progress note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Progress towards: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What moved, what got in the way; the person's own words where they matter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Write the note.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="-48" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Protect with a password (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trajectapp makes a strong password and shows it once, after saving. Only someone with the password can open the file. Without a password, anyone who gets hold of the file can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose where to save…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RadarChartWidget</name>
        <message>
            <location filename="../../src/trajectapp/ui/charts/radar_widget.py" line="+119" />
            <source>Not enough domains scored to draw a chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not scored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/recipient_dialog.py" line="+53" />
            <source>Who is it for?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“%1” leaves the vault as a file. The disclosure register of the case keeps who it is for, why, on what basis and the fingerprint of the file; never the password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose who it is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A partner service in the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Another service or professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person themself (their own copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Myself, to take to a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>For:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Why it is shared all the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The consultant of this case (own copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The consultant's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The service, or the person and their service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>A copy of their own data: no consent is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The person's recorded consent does not cover sharing with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No recorded consent covers %1: consent is recorded for partner services in the directory only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>You may share all the same: say why below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The person's consent covers sharing with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>May be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not to be shared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Choose who it is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The recorded consent does not cover this: say why it is shared all the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/recipient_page.py" line="+31" />
            <source>Who receives it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Only what you choose in the next steps leaves the vault, and the disclosure register keeps a record of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A partner service from the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant, who takes over the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The person themself: a copy of their own data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Type to find a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The directory lists no partner services yet: add them with Case ▸ Partner services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Their name, and where they work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>They get a transfer package that their Trajectapp imports as a case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A copy of everything held about them (their right of access), with the list of everyone their data went to and how long the case is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/unlock/recovery_dialog.py" line="+16" />
            <source>Open with the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Type the recovery key from your recovery sheet (the groups may be separated by spaces or dashes), then choose a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Recovery key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>A recovery key has 8 groups of 4 letters and digits (2–7).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_dialog.py" line="+21" />
            <source>Disclosure register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Every time case data left this vault, or arrived in it: to whom or from whom, why, on what basis, whether the person's consent covered it, and the name, size and fingerprint (SHA-256) of the file. Entries cannot be changed or removed. Passwords are never kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Filter: a name, a service, a purpose, a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Filter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Nothing has left this vault yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 entries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_model.py" line="+23" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To or from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 (earlier vault)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Not covered: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Recorded in the vault this case came from, and brought along with the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_view.py" line="+61" />
            <source>Disclosure register</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../src/trajectapp/domain/retention.py" line="+20" />
            <source>This case file is kept until %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This case file is kept until %1 years after the case is closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/consent_dialogs.py" line="+63" />
            <source>Revoke consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 no longer allows anything from the date of revocation on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoked on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This is before the consent was given (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskAssessmentsView</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/risk_assessments_view.py" line="+33" />
            <source>Risk assessments made elsewhere are not scored here: note that one exists, when it was made, by whom and where it is held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Made by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where it is held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveAsPdf</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="+83" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <location line="+11" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>The PDF could not be written there (%1). Nothing was saved: choose another folder, such as your Documents folder or a USB stick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The disclosure register cannot keep this: %1 Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/search/search_page.py" line="+65" />
            <source>Find in notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in the session notes and every free-text field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back to where you were (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+98" />
            <source>Type a word or a name to search the notes and free-text fields of every case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keep typing, or press Enter to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Type letters or digits to search for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No notes contain “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The best %1 results. Add a word to find fewer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/search/results_model.py" line="+18" />
            <source>Session note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes on the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phase change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Life domain in an assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Push or pull factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Perspective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Progress note on a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Found in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/secret_dialog.py" line="+53" />
            <source>The passphrase of the package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The password of the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The transfer package %1 is written. Their Trajectapp asks for this passphrase when they import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is written and opens only with this password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Give it to %1 another way than the file: on the printed slip, by phone or in person. Trajectapp does not keep it: this is the only time it is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Print slip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>I have noted it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The printer could not take the slip. Check that it is switched on and try again, or note the password by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The slip has gone to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Selection</name>
        <message>
            <location filename="../../src/trajectapp/services/case_selection.py" line="+33" />
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The traject: phases, transfers, participation and consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+79" />
            <source>Partner services involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Needs assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+2" />
            <source>Risk assessments made elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Push and pull factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Strengths and old passions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The Good Lives lens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Perspective, in the person's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goals and steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+6" />
            <source>Plan versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sessions and their notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+2" />
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Earlier disclosures (the register)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Assessment of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Step: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Progress note of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Goal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1, made on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1: %2, noted on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Perspective of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Plan version of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 on %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Action: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Phase: %1, from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Transfer to %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Participation: %1, on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Consent to share with %1: %2, asked on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Consent to anonymised statistics: %1, asked on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sent to %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Received from %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/trajectapp/services/transfer.py" line="-17" />
            <source>Phase changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transfers between prisons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Life domains assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Good Lives entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Perspective versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Progress notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Earlier disclosures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/selection_page.py" line="+37" />
            <source>What leaves?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Select none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Everything held about them is chosen: their right of access covers all of it. Leave out only what would tell them about someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A colleague who takes over the case usually needs all of it: Select all. The package opens as a case, so the person's name goes with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Nothing is chosen yet. Tick only what %1 needs for this purpose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Purple items hold special-category data (religion or ideology, health, offences): ticking them asks you to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>“%1” holds special-category data (%2). Send it all the same?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n of these items hold special-category data (%1). Send them all the same?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n item(s) chosen</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of a special category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Choose at least one item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tick the person's name: the package opens as a case, and a case needs a name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectionTreeModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/selection_model.py" line="+42" />
            <source>What can leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Special category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 of a special category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Special-category data (%1): it leaves only if you tick it and confirm.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceForm</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/service_form.py" line="+50" />
            <source>for example: welfare, employment, mental health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>One person a line, with their role if it helps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>name@organisation.be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Hide from lists (kept for past cases)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A hidden service is no longer offered when you involve a service in a case; cases it worked on keep showing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind of service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact people:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Type the name of the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This does not look like an e-mail address: use name@organisation.be</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceListModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/service_list_model.py" line="+46" />
            <source>%1 (hidden)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionChoices</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/choices.py" line="+55" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>First noted on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/session_dialog.py" line="+70" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Plan a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>14:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>60</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No particular focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>For example: interview room 2, wing B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Who took part:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>What it touched:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Names are optional; separate several with commas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Names, if you like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Who: a lawyer, an imam, a friend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Partner services:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Factors of this case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>No factors recorded for this case yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tick what the session was about; none is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tags about health, religion or offences are hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Those in purple are special-category data (health, religion, offences): hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Not a time: use 14:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Type the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This date has passed: record the session as held instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This date is still to come: plan the session instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Give the minutes as a number, for example 60.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The duration must be between 1 and %1 minutes (a day).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>A name is too long: keep each under %1 characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionNotes</name>
        <message>
            <location filename="../../src/trajectapp/documents/session_notes.py" line="+32" />
            <source>Session notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tags about religion or ideology, health and offences were left out of these notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Planned, not held yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>No sessions in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Printed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: holds personal data from a case file. Do not copy or pass it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The notes of one session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The notes of the sessions from %1 to %2: %3 in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The notes of the sessions from %1 to %2: one in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Taking part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Life domains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Good Lives goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 (family)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>No note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/trajectapp/ui/setup/setup_wizard.py" line="+88" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+162" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-154" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Welcome to Trajectapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Trajectapp keeps your case files in an encrypted vault on this laptop. Nothing leaves it unless you export it yourself.

First, choose where the vault will live. The suggested folder is fine for most people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Choose another folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Choose a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You will type it each time you open the vault. A short sentence that only you would think of is easier to remember and harder to guess than a complicated word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>If you ever forget your passphrase, this key is the only way back into the vault. Copy it by hand or print the recovery sheet, and keep it locked away, apart from this laptop. It is shown only now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Print recovery sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save recovery sheet as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>I have copied or printed the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Check your copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>To be sure the copy is right, type group %1 of your recovery key from your copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Create vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>There is already a vault in this folder. Choose an empty folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This folder already holds other files. Choose an empty folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Folder for the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Save recovery sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The sheet could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The recovery sheet was saved. Print it, then move the file off this laptop: anyone who has it and the vault folder can open your case files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>That is not group %1 of the recovery key. Check your copy; you can go back to see the key again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The vault could not be created (%1). Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Vault not created</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/step_dialog.py" line="+35" />
            <source>New step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A step towards: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>For example: ask the social service about a rent deposit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who does it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Say what the step is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="-165" />
            <source>New strength or old passion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Strength or old passion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What it is:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In the person's own words where you can: what they were good at, loved, or held on to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>For example: since primary school, 2015–2018, before prison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since when:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Picking it up again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How it could be picked up again, in prison or after release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Choose what kind of strength this is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Describe the strength or passion.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strengths_panel.py" line="+41" />
            <source>Strengths and old passions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Perspective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Kept for later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A good you were changing before the lock is hidden in presentation mode. Its form comes back when you leave presentation mode.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthsSection</name>
        <message>
            <location line="-245" />
            <source>What it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Strength or old passion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Since when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How it could be picked up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No strengths or old passions recorded yet. What was the person good at, what did they love doing, who and what did they hold on to? Each can be a way forward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/timeline_view.py" line="+63" />
            <source>Consent for sharing with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>a partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Consent for anonymised statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Traject closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phase reached: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Transfer from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Transfer to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Participation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>May be shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>May not be shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Nothing recorded yet. Record the first contact with “Change phase…”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrajectTab</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_tab.py" line="+60" />
            <source>Change phase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record transfer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Decide…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="+18" />
            <source>Record a transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>To prison:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Type the prison the person moves to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That is the prison the person is in now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../src/trajectapp/ui/unlock/unlock_screen.py" line="+46" />
            <source>Trajectapp is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vault: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Forgot passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open another vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Create a new vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Opening with the recovery key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>New passphrase set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The vault is open and your new passphrase is set. Your recovery key stays the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Next try possible in %1 s.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnsavedNotes</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/unsaved_notes.py" line="+27" />
            <source>A note you were writing on %1 was not saved.

It is the note of the session of %2 with %3. Open it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Unsaved note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/versions_section.py" line="+61" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>No plan version yet. When the goals and steps are ready, record a version, then ask the person, yourself and each partner service whether they agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Record plan version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agreement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compare…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Versions of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The chosen version, as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>A recorded version shows here as it was on its date, with every party's answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a version to see its goals, steps and answers as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Goals about health, religion or offences are hidden in presentation mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>No goals yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A plan version holds goals and their steps. Add a goal on the Goals and steps page first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/workspace.py" line="+88" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+136" />
            <source>Export case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open a case first: an export takes what leaves from one case file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The person's details have changes that are not saved, and an export takes what is saved. Save them first?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PresentationPlaceholder</name>
        <message>
            <location line="-198" />
            <source>Presentation mode

No case is open. Leave presentation mode to see the caseload.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
