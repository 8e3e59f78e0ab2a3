<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/action_dialog.py" line="+37" />
            <source>Follow-up action</source>
            <translation>Opvolgactie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the session of %1.</source>
            <translation>Uit het gesprek van %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What:</source>
            <translation>Wat:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For example: the consultant, the person, VDAB</source>
            <translation>Bijvoorbeeld: de consulent, de persoon, VDAB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who:</source>
            <translation>Wie:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due on:</source>
            <translation>Uiterste datum:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Say what needs to be done.</source>
            <translation>Geef aan wat er moet gebeuren.</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/agenda_model.py" line="+65" />
            <source>Today, %1</source>
            <translation>Vandaag, %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tomorrow, %1</source>
            <translation>Morgen, %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>appointment today at %1</source>
            <translation>afspraak vandaag om %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>appointment tomorrow at %1</source>
            <translation>afspraak morgen om %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>appointment on %1 at %2</source>
            <translation>afspraak op %1 om %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Step: %1</source>
            <translation>Stap: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(goal: %1)</source>
            <translation>(doel: %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action: %1</source>
            <translation>Opvolgactie: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due %1</source>
            <comment>an overdue action or step: the day it was due</comment>
            <translation>Uiterlijk %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Due</source>
            <comment>an action or step due on this day</comment>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This week and next</source>
            <translation>Deze week en volgende week</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No sessions planned and nothing due until %1.</source>
            <translation>Geen gesprekken gepland en niets te doen tot en met %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Releases within %1</source>
            <translation>Vrijlatingen binnen %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Released today</source>
            <translation>Komt vandaag vrij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Released tomorrow</source>
            <translation>Komt morgen vrij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Released in %1</source>
            <translation>Komt vrij over %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No contact for more than %1</source>
            <translation>Langer dan %1 geen contact</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No contact for %1</source>
            <translation>Al %1 geen contact</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nothing planned in these two weeks</source>
            <translation>niets gepland in deze twee weken</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/agenda_page.py" line="+40" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan a session…</source>
            <translation>Gesprek plannen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a person and plan a session with them</source>
            <translation>Kies een persoon en plan een gesprek in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to where you were (Esc)</source>
            <translation>Terug naar waar je was (Esc)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>This week and next: %1 to %2</source>
            <translation>Deze week en volgende week: %1 tot en met %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing planned or due in this week and the next, no releases coming up and no one waiting too long for a contact. Plan a session with the button above.</source>
            <translation>Deze week en volgende week is er niets gepland of te doen, komt er niemand binnenkort vrij en wacht niemand te lang op contact. Plan een gesprek met de knop hierboven.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Plan a session</source>
            <translation>Gesprek plannen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There are no active cases. Add a person with Case → New case (Ctrl+N).</source>
            <translation>Er zijn geen actieve dossiers. Voeg een persoon toe met Dossier ▸ Nieuw dossier (Ctrl+N).</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_dialogs.py" line="+130" />
            <source>Does everyone agree?</source>
            <translation>Gaat iedereen akkoord?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The plan version of %1.</source>
            <translation>De planversie van %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who answers:</source>
            <translation>Wie antwoordt:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer:</source>
            <translation>Antwoord:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why:</source>
            <translation>Waarom:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In their own words: write down what they said, as they said it.</source>
            <translation>In eigen woorden: noteer wat er gezegd werd, zo letterlijk mogelijk.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On:</source>
            <translation>Op:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>an unknown date</source>
            <translation>een onbekende datum</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 answered already: %2 (%3). Saving replaces that answer.</source>
            <translation>%1 heeft al geantwoord: %2 (%3). Opslaan vervangt dat antwoord.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write down why they do not agree, in their words.</source>
            <translation>Noteer in eigen woorden waarom er geen akkoord is.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why no answer could be given.</source>
            <translation>Noteer waarom er geen antwoord gegeven kon worden.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This is before the plan version itself (%1).</source>
            <translation>Dat is vóór de datum van de planversie zelf (%1).</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/app.py" line="+168" />
            <source>Create your vault</source>
            <translation>Maak je kluis aan</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Locked</source>
            <translation>Vergrendeld</translation>
        </message>
        <message>
            <location line="+44" />
            <source>The vault is damaged</source>
            <translation>De kluis is beschadigd</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cases: %1 · Locks after %2 min without use</source>
            <translation>Dossiers: %1 · Vergrendelt na %2 min zonder gebruik</translation>
        </message>
        <message>
            <location line="+115" />
            <source>Changing the passphrase…</source>
            <translation>De wachtzin wordt gewijzigd…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Passphrase changed</source>
            <translation>Wachtzin gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the new passphrase from now on. Your recovery key stays the same.</source>
            <translation>Gebruik vanaf nu de nieuwe wachtzin. Je herstelsleutel blijft dezelfde.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The passphrase could not be changed (%1). The old one still works.</source>
            <translation>De wachtzin kon niet worden gewijzigd (%1). De oude wachtzin werkt nog.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase not changed</source>
            <translation>Wachtzin niet gewijzigd</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open a vault</source>
            <translation>Kluis openen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not a vault</source>
            <translation>Geen kluis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That folder is not a Trajectapp vault. A vault folder holds vault.db and vault.key.</source>
            <translation>Die map is geen Trajectapp-kluis. Een kluismap bevat vault.db en vault.key.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>About Trajectapp</source>
            <translation>Over Trajectapp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trajectapp %1
Encrypted case files for disengagement consultants. Works offline; nothing leaves this laptop unless you export it.</source>
            <translation>Trajectapp %1
Versleutelde dossiers voor disengagementconsulenten. Werkt offline; niets verlaat deze laptop, tenzij je het exporteert.</translation>
        </message>
    </context>
    <context>
        <name>ApproximateDateEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+128" />
            <source>DD/MM/YYYY, MM/YYYY or YYYY</source>
            <translation>DD/MM/JJJJ, MM/JJJJ of JJJJ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A day (01/03/2027), a month (03/2027) or only a year (2027); leave empty if not known.</source>
            <translation>Een dag (01/03/2027), een maand (03/2027) of alleen een jaar (2027); laat leeg als je het niet weet.</translation>
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <location filename="../../src/trajectapp/ui/ask.py" line="+102" />
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/assessment_dialogs.py" line="+59" />
            <source>New assessment</source>
            <translation>Nieuwe inschatting</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date and note of the assessment</source>
            <translation>Datum en notitie van de inschatting</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example how the assessment came about, or who took part.</source>
            <translation>Bijvoorbeeld hoe de inschatting tot stand kwam, of wie eraan deelnam.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The scores and notes of each domain stay as they are.</source>
            <translation>De scores en notities van elk domein blijven zoals ze zijn.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>It starts as a copy of the assessment of %1, so that you only change what has changed.</source>
            <translation>Ze begint als kopie van de inschatting van %1, zodat je alleen aanpast wat veranderd is.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No assessment is dated before it: it starts empty.</source>
            <translation>Er is geen eerdere inschatting: ze begint leeg.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first assessment of this case: it starts empty.</source>
            <translation>De eerste inschatting in dit dossier: ze begint leeg.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentItemDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/item_dialog.py" line="+44" />
            <source>Needs: %1</source>
            <translation>Noden: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In the assessment of %1.</source>
            <translation>In de inschatting van %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything here is special-category data (%1): hidden in presentation mode.</source>
            <translation>Alles hier zijn bijzondere persoonsgegevens (%1): verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not scored</source>
            <translation>Niet gescoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand:</source>
            <translation>Stand van zaken:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No score given</source>
            <translation>Geen score gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's own score:</source>
            <translation>Eigen score van de persoon:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Motivation to change:</source>
            <translation>Motivatie om te veranderen:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not recorded</source>
            <translation>Niet ingevuld</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Views:</source>
            <translation>Visies:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How the person sees it</source>
            <translation>Hoe de persoon het ziet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How you see it</source>
            <translation>Hoe jij het ziet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Do they see it the same way?</source>
            <translation>Zien jullie het op dezelfde manier?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In their own words:</source>
            <translation>In eigen woorden:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the person said about it, as they said it.</source>
            <translation>Wat de persoon erover zei, zo letterlijk mogelijk.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Support needed:</source>
            <translation>Nodige ondersteuning:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next step:</source>
            <translation>Volgende stap:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No partner service</source>
            <translation>Geen partnerdienst</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Service that owns it:</source>
            <translation>Verantwoordelijke dienst:</translation>
        </message>
        <message>
            <location line="+29" />
            <source>(a service no longer listed)</source>
            <translation>(een dienst die niet meer in de partnerlijst staat)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="+64" />
            <source>Life domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own score</source>
            <translation>Eigen score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation to change</source>
            <translation>Motivatie om te veranderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Views</source>
            <translation>Visies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step (service)</source>
            <translation>Volgende stap (dienst)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The score the person gives the domain</source>
            <translation>De score die de persoon zelf aan het domein geeft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether the person and you see the domain the same way</source>
            <translation>Of de persoon en jij het domein op dezelfde manier zien</translation>
        </message>
        <message>
            <location line="+38" />
            <source>not scored</source>
            <translation>niet gescoord</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a service no longer listed</source>
            <translation>een dienst die niet meer in de partnerlijst staat</translation>
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/attention_panel.py" line="+26" />
            <source>released today</source>
            <translation>komt vandaag vrij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>released tomorrow</source>
            <translation>komt morgen vrij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>released in %1</source>
            <translation>komt vrij over %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no contact for %1</source>
            <translation>al %1 geen contact</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no decision yet on taking part</source>
            <translation>nog geen beslissing over deelname</translation>
        </message>
        <message>
            <location line="+2" />
            <source>consent asked, no answer yet</source>
            <translation>toestemming gevraagd, nog geen antwoord</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Releases within %1</source>
            <translation>Vrijlatingen binnen %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No contact for more than %1</source>
            <translation>Langer dan %1 geen contact</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decisions pending</source>
            <translation>Openstaande beslissingen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Needs attention</source>
            <translation>Vraagt aandacht</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing needs your attention today.</source>
            <translation>Vandaag vraagt niets je aandacht.</translation>
        </message>
    </context>
    <context>
        <name>BasisFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/basis_fields.py" line="+35" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation>Hier staat een teken in dat niet bewaard kan worden. Verwijder het en probeer opnieuw.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Why it is shared, in a sentence: for example, to prepare the release with the justice house</source>
            <translation>Waarom het gedeeld wordt, in één zin: bijvoorbeeld om de vrijlating voor te bereiden met het justitiehuis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the basis</source>
            <translation>Kies de rechtsgrond</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which basis, in a sentence</source>
            <translation>Welke rechtsgrond, in één zin</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Purpose:</source>
            <translation>Doeleinde:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation>Rechtsgrond:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explanation:</source>
            <translation>Toelichting:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why, in a sentence.</source>
            <translation>Geef in één zin aan waarom.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the basis.</source>
            <translation>Kies de rechtsgrond.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain the basis, in a sentence.</source>
            <translation>Licht de rechtsgrond toe in één zin.</translation>
        </message>
    </context>
    <context>
        <name>BasisPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/basis_page.py" line="+51" />
            <source>Why, and on what basis?</source>
            <translation>Waarom, en op welke rechtsgrond?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The register keeps the purpose and the basis with the entry.</source>
            <translation>Het register bewaart het doeleinde en de rechtsgrond bij de registratie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For example: preparing the reintegration plan with the justice house before release</source>
            <translation>Bijvoorbeeld: het re-integratieplan voorbereiden met het justitiehuis vóór de vrijlating</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the basis…</source>
            <translation>Kies de rechtsgrond…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which basis, in a sentence</source>
            <translation>Welke rechtsgrond, in één zin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share all the same, for the reason below (the register keeps it)</source>
            <translation>Toch delen, om de reden hieronder (het register bewaart ze)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example: a written request from the public prosecutor</source>
            <translation>Bijvoorbeeld: een schriftelijk verzoek van het parket</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Purpose:</source>
            <translation>Doeleinde:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation>Rechtsgrond:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain:</source>
            <translation>Toelichting:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>A copy of their own data, as they asked (right of access).</source>
            <translation>Een kopie van de eigen gegevens, op vraag van de persoon (recht op inzage).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Consent is not asked for: this is the person's own data, which they have the right to receive.</source>
            <translation>Er is geen toestemming nodig: het gaat om de eigen gegevens van de persoon, die het recht heeft ze te ontvangen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The person's recorded consent covers sharing with %1.</source>
            <translation>De geregistreerde toestemming van de persoon dekt het delen met %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The person's recorded consent is about partner services: it does not cover handing the case to another consultant.</source>
            <translation>De geregistreerde toestemming van de persoon gaat over partnerdiensten: ze dekt niet de overdracht van het dossier aan een andere consulent.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The person's recorded consent does not cover sharing with %1.</source>
            <translation>De geregistreerde toestemming van de persoon dekt het delen met %1 niet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No consent to share with anyone is in force for this case.</source>
            <translation>Voor dit dossier geldt geen enkele toestemming om te delen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the recorded consent does allow:</source>
            <translation>Wat de geregistreerde toestemming wel toelaat:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>To share all the same, tick the box and give the reason: a legal obligation, say, or a danger to someone's life.</source>
            <translation>Wil je toch delen, vink dan het vakje aan en geef de reden: bijvoorbeeld een wettelijke verplichting of levensgevaar voor iemand.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, given on %2</source>
            <translation>%1, gegeven op %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>May be shared: %1</source>
            <translation>Mag gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation>Mag niet gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Say what it is for.</source>
            <translation>Vermeld het doeleinde.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the basis.</source>
            <translation>Kies de rechtsgrond.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explain the basis.</source>
            <translation>Licht de rechtsgrond toe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick the box to share beyond the recorded consent.</source>
            <translation>Vink het vakje aan om te delen buiten de geregistreerde toestemming.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for sharing beyond the recorded consent.</source>
            <translation>Geef de reden om te delen buiten de geregistreerde toestemming.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too long: %1 characters, where %2 is the most kept.</source>
            <translation>Te lang: %1 tekens, het maximum is %2.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The recorded consent does not cover this recipient: record the consent in the Traject tab first, or choose the basis you share on.</source>
            <translation>De geregistreerde toestemming dekt deze ontvanger niet: registreer eerst de toestemming op het tabblad Traject, of kies de rechtsgrond waarop je deelt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Still to do: %1</source>
            <translation>Nog te doen: %1</translation>
        </message>
    </context>
    <context>
        <name>CaseDocuments</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/case_documents.py" line="+43" />
            <source>Save as PDF</source>
            <translation>Opslaan als pdf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open a case first: the documents to print or save are those of one case.</source>
            <translation>Open eerst een dossier: je drukt altijd de documenten van één dossier af of slaat ze op.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leave presentation mode to save a PDF: the save dialog shows the names of other files. Printing is possible.</source>
            <translation>Verlaat de presentatiemodus om een pdf op te slaan: het venster om op te slaan toont de namen van andere bestanden. Afdrukken kan wel.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>session-notes-%1.pdf</source>
            <translation>gespreksnotities-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session notes of %1</source>
            <translation>Gespreksnotities van %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>session-notes-%1-to-%2.pdf</source>
            <translation>gespreksnotities-%1-tot-%2.pdf</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Session notes from %1 to %2</source>
            <translation>Gespreksnotities van %1 tot %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Session notes</source>
            <translation>Gespreksnotities</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Include tags about religion or ideology, health and offences</source>
            <translation>Labels over religie of ideologie, gezondheid en misdrijven opnemen</translation>
        </message>
    </context>
    <context>
        <name>CaseFileFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="-96" />
            <source>Check the year: use one between %1 and %2.</source>
            <translation>Controleer het jaar: kies een jaar tussen %1 en %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no %1: check the day and the month.</source>
            <translation>%1 bestaat niet: controleer de dag en de maand.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a date: use 01/03/2027, 03/2027 or 2027</source>
            <translation>Geen geldige datum: gebruik de vorm 01/03/2027, 03/2027 of 2027</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a date: use 01/03/2027</source>
            <translation>Geen geldige datum: gebruik de vorm 01/03/2027</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Too long: %1 characters, where %2 is the most this field keeps.</source>
            <translation>Te lang: %1 tekens, terwijl dit veld er hoogstens %2 bewaart.</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/case_file_view.py" line="+69" />
            <source>Close case file</source>
            <translation>Dossier sluiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case summary…</source>
            <translation>Dossiersamenvatting…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take part of this case out of the vault, recorded in the disclosure register (Ctrl+E)</source>
            <translation>Een deel van dit dossier uit de kluis halen, met registratie in het register van verstrekkingen (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsaved changes from before the lock were restored</source>
            <translation>Niet-opgeslagen wijzigingen van vóór de vergrendeling zijn teruggehaald</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revert</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+138" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Traject</source>
            <translation>Traject</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save the person's details (Ctrl+S)</source>
            <translation>De gegevens van de persoon opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Every change to this case file, newest first. A summary names the fields or the kind of record, never what they hold.</source>
            <translation>Elke wijziging aan dit dossier, de nieuwste eerst. Een samenvatting noemt de velden of het soort gegevens, nooit wat erin staat.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The person's details have changes that are not saved.</source>
            <translation>Er zijn wijzigingen in de gegevens van de persoon die nog niet zijn opgeslagen.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+11" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="-10" />
            <source>A hidden field needs correcting. Leave presentation mode to see it.</source>
            <translation>Een verborgen veld moet nog verbeterd worden. Verlaat de presentatiemodus om het te zien.</translation>
        </message>
        <message>
            <location line="+99" />
            <source>not recorded yet</source>
            <translation>nog niet geregistreerd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phase: %1    Participation: %2</source>
            <translation>Fase: %1    Deelname: %2</translation>
        </message>
    </context>
    <context>
        <name>CaseSummary</name>
        <message>
            <location filename="../../src/trajectapp/documents/case_summary.py" line="+42" />
            <source>Case summary</source>
            <translation>Dossiersamenvatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some sensitive items (religion or ideology, health, offences) were left out of this summary.</source>
            <translation>Sommige gevoelige gegevens (religie of ideologie, gezondheid, misdrijven) zijn uit deze samenvatting weggelaten.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The case file as it stood on %1.</source>
            <translation>Het dossier zoals het er op %1 uitzag.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Printed %1</source>
            <translation>Afgedrukt op %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: holds personal data from a case file. Do not copy or pass it on.</source>
            <translation>Vertrouwelijk: bevat persoonsgegevens uit een dossier. Niet kopiëren of doorgeven.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit seal when this file was made: %1 (entry %2)</source>
            <translation>Zegel van de geschiedenis bij het maken van dit bestand: %1 (vermelding %2)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The person</source>
            <translation>De persoon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The traject</source>
            <translation>Het traject</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing recorded yet.</source>
            <translation>Nog niets geregistreerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+154" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="-153" />
            <source>Details</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Transfer</source>
            <translation>Overplaatsing</translation>
        </message>
        <message>
            <location line="+8" />
            <source>revoked</source>
            <translation>ingetrokken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>May be shared: %1</source>
            <translation>Mag gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May not be shared: %1</source>
            <translation>Mag niet gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Needs</source>
            <translation>Noden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No needs assessment yet.</source>
            <translation>Nog geen inschatting van de noden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Latest assessment: %1</source>
            <translation>Laatste inschatting: %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation</source>
            <translation>Motivatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation>Nodige ondersteuning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (latest)</source>
            <translation>%1 (laatste)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (first)</source>
            <translation>%1 (eerste)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not enough domains scored to draw a chart</source>
            <translation>Te weinig domeinen gescoord om een grafiek te tekenen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not scored</source>
            <translation>niet gescoord</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Push and pull factors</source>
            <translation>Push- en pullfactoren</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No factors recorded.</source>
            <translation>Geen factoren geregistreerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+99" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+17" />
            <location line="+113" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location line="-124" />
            <source>Evidence</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Strengths, goods and perspective</source>
            <translation>Sterktes, levensdoelen en toekomstperspectief</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Sterkte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to pick it up again</source>
            <translation>Hoe het opnieuw oppakken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No strengths recorded.</source>
            <translation>Geen sterktes geregistreerd.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Good</source>
            <translation>Levensdoel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance</source>
            <translation>Belang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pursued before</source>
            <translation>Vroeger nagestreefd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Een prosociale weg</translation>
        </message>
        <message>
            <location line="+15" />
            <source>In their own words, on %1</source>
            <translation>In eigen woorden, op %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What I want to do</source>
            <translation>Wat ik wil doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who I wish to be</source>
            <translation>Wie ik wil zijn</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reintegration plan</source>
            <translation>Re-integratieplan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Latest plan version: %1</source>
            <translation>Laatste planversie: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No goals to show.</source>
            <translation>Geen doelen om te tonen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>Tegen wanneer</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Partner services involved</source>
            <translation>Betrokken partnerdiensten</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No partner services involved yet.</source>
            <translation>Nog geen partnerdiensten betrokken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Works on</source>
            <translation>Werkt aan</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/case_summary_layout.py" line="+27" />
            <source>First contact</source>
            <translation>Eerste contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Building trust</source>
            <translation>Vertrouwen opbouwen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exploring needs and strengths</source>
            <translation>Noden en sterktes verkennen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical reflection</source>
            <translation>Kritische reflectie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reintegration planning</source>
            <translation>Re-integratie plannen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release preparation</source>
            <translation>Vrijlating voorbereiden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aftercare</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation offered</source>
            <translation>Deelname aangeboden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation accepted</source>
            <translation>Deelname aanvaard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation declined</source>
            <translation>Deelname geweigerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation paused</source>
            <translation>Deelname onderbroken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation withdrawn</source>
            <translation>Deelname teruggetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to share with a service</source>
            <translation>Toestemming om te delen met een dienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to anonymised statistics</source>
            <translation>Toestemming voor geanonimiseerde statistieken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asked, no answer yet</source>
            <translation>gevraagd, nog geen antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>given</source>
            <translation>gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused</source>
            <translation>geweigerd</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/summary_preview.py" line="+49" />
            <source>Case summary</source>
            <translation>Dossiersamenvatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>case-summary-%1.pdf</source>
            <translation>dossiersamenvatting-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case summary of %1</source>
            <translation>Dossiersamenvatting van %1</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/caseload_model.py" line="+35" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next appointment</source>
            <translation>Volgende afspraak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected release</source>
            <translation>Verwachte vrijlating</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue actions</source>
            <translation>Achterstallige acties</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message numerus="yes">
            <location line="-6" />
            <location line="+12" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>over %n dag</numerusform>
                <numerusform>over %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location line="-4" />
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>gisteren</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+171" />
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last contact on %1</source>
            <translation>Laatste contact op %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Expected release: today, %1</source>
            <translation>Verwachte vrijlating: vandaag, %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>, about %n week(s)</source>
            <translation>
                <numerusform>, ongeveer %n week</numerusform>
                <numerusform>, ongeveer %n weken</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Expected release on %1: in %2%3</source>
            <translation>Verwachte vrijlating op %1: over %2%3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Expected release was on %1: %2 ago</source>
            <translation>Verwachte vrijlating was op %1: %2 geleden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open actions past their due date: %1</source>
            <translation>Openstaande acties waarvan de uiterste datum voorbij is: %1</translation>
        </message>
    </context>
    <context>
        <name>CaseloadView</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/caseload_view.py" line="+66" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which cases to show</source>
            <translation>Welke dossiers je wilt zien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search by name</source>
            <translation>Zoeken op naam</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Show:</source>
            <translation>&amp;Tonen:</translation>
        </message>
        <message>
            <location line="+120" />
            <source>No case has this name.</source>
            <translation>Geen enkel dossier heeft deze naam.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No case shown here has this name. Choose Show: All to search every case.</source>
            <translation>Geen van de dossiers die hier staan, heeft deze naam. Kies Tonen: Alle om in alle dossiers te zoeken.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No active cases. Add a person with Case → New case (Ctrl+N).</source>
            <translation>Geen actieve dossiers. Voeg een persoon toe met Dossier ▸ Nieuw dossier (Ctrl+N).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No cases here.</source>
            <translation>Hier zijn geen dossiers.</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../../src/trajectapp/domain/shipped_catalogues.py" line="+28" />
            <source>Prison regime and detention</source>
            <translation>Gevangenisregime en detentie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal situation and conditions</source>
            <translation>Juridische situatie en voorwaarden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Housing</source>
            <translation>Huisvesting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education, training and work</source>
            <translation>Onderwijs, opleiding en werk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finances and paperwork</source>
            <translation>Financiën en administratie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family, partner and children</source>
            <translation>Gezin, partner en kinderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network, friends and community</source>
            <translation>Netwerk, vrienden en gemeenschap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leisure, passions and talents</source>
            <translation>Vrije tijd, passies en talenten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Physical health and self-care</source>
            <translation>Lichamelijke gezondheid en zelfzorg</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mental health and trauma</source>
            <translation>Geestelijke gezondheid en trauma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alcohol and drugs</source>
            <translation>Alcohol en drugs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thinking, behaviour and emotions</source>
            <translation>Denken, gedrag en emoties</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Worldview, religion and ideology</source>
            <translation>Levensbeschouwing, religie en ideologie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Identity, belonging and meaning</source>
            <translation>Identiteit, erbij horen en zingeving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resilience and coping</source>
            <translation>Veerkracht en omgaan met tegenslag</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Group belonging</source>
            <translation>Ergens bij horen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quest for significance</source>
            <translation>Zoektocht naar betekenis en erkenning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adventure</source>
            <translation>Avontuur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injustice, felt or experienced</source>
            <translation>Onrecht, gevoeld of ervaren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discrimination and exclusion</source>
            <translation>Discriminatie en uitsluiting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search for identity</source>
            <translation>Zoektocht naar identiteit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideological or religious conviction</source>
            <translation>Ideologische of religieuze overtuiging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A charismatic figure or recruiter</source>
            <translation>Een charismatische figuur of ronselaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online contacts and propaganda</source>
            <translation>Onlinecontacten en propaganda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Disillusionment with the group or its leaders</source>
            <translation>Ontgoocheling in de groep of haar leiders</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Burnout</source>
            <translation>Opgebrand zijn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work or study opportunities</source>
            <translation>Kansen op werk of studie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maturing</source>
            <translation>Ouder en rijper worden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejection of violence</source>
            <translation>Afwijzing van geweld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support from family or community</source>
            <translation>Steun van familie of gemeenschap</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new relationship or becoming a parent</source>
            <translation>Een nieuwe relatie of ouder worden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The experience of prison</source>
            <translation>De ervaring van de gevangenis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>CAW – Justitieel Welzijnswerk</source>
            <translation>CAW – Justitieel Welzijnswerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>welfare</source>
            <translation>welzijnswerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Centrum Algemeen Welzijnswerk</source>
            <translation>Centrum Algemeen Welzijnswerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welfare work for detainees and their families, inside and after prison.</source>
            <translation>Welzijnswerk voor gedetineerden en hun familie, in de gevangenis en daarna.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Psychosociale Dienst (PSD)</source>
            <translation>Psychosociale Dienst (PSD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>psychosocial service</source>
            <translation>psychosociale dienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FOD Justitie, gevangenis</source>
            <translation>FOD Justitie, gevangenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The prison's psychosocial service: reports for the sentence implementation court.</source>
            <translation>De psychosociale dienst van de gevangenis: verslagen voor de strafuitvoeringsrechtbank (SURB).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>VDAB – trajectbegeleiding gedetineerden</source>
            <translation>VDAB – trajectbegeleiding gedetineerden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employment</source>
            <translation>werk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VDAB</source>
            <translation>VDAB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work and training guidance during detention and after release.</source>
            <translation>Begeleiding naar werk en opleiding tijdens de detentie en na de vrijlating.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Centrum voor Volwassenenonderwijs</source>
            <translation>Centrum voor Volwassenenonderwijs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>education</source>
            <translation>onderwijs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CVO</source>
            <translation>CVO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adult education and language courses in prison.</source>
            <translation>Volwassenenonderwijs en taallessen in de gevangenis.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Justitiehuis</source>
            <translation>Justitiehuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>justice house</source>
            <translation>justitiehuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Departement Justitie en Handhaving</source>
            <translation>Departement Justitie en Handhaving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Justice assistants: social inquiries and supervision of release conditions.</source>
            <translation>Justitieassistenten: maatschappelijke enquêtes en opvolging van de voorwaarden bij vrijlating.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Centrum Geestelijke Gezondheidszorg (CGG)</source>
            <translation>Centrum Geestelijke Gezondheidszorg (CGG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mental health</source>
            <translation>geestelijke gezondheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CGG</source>
            <translation>CGG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental-health care, including forensic teams.</source>
            <translation>Geestelijke gezondheidszorg, ook de forensische teams.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Drughulp – Centrum Alcohol- en andere Drugproblemen</source>
            <translation>Drughulp – Centrum Alcohol- en andere Drugproblemen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>addiction care</source>
            <translation>verslavingszorg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CAD</source>
            <translation>CAD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help with alcohol and drugs, in prison and after.</source>
            <translation>Hulp bij alcohol- en drugproblemen, in de gevangenis en daarna.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Islamitisch consulent</source>
            <translation>Islamitisch consulent</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>counsellor</source>
            <translation>consulent</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Executief van de Moslims van België</source>
            <translation>Executief van de Moslims van België</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Islamic counsellor in the prison.</source>
            <translation>Islamitisch consulent in de gevangenis.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Moreel consulent</source>
            <translation>Moreel consulent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vrijzinnig humanistische morele bijstand</source>
            <translation>Vrijzinnig humanistische morele bijstand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-confessional moral counsellor in the prison.</source>
            <translation>Niet-confessioneel moreel consulent in de gevangenis.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lokale Integrale Veiligheidscel (LIVC-R)</source>
            <translation>Lokale Integrale Veiligheidscel (LIVC-R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>local integrated security cell</source>
            <translation>lokale integrale veiligheidscel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gemeente / stad</source>
            <translation>Gemeente / stad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The municipality's case-level cell for radicalisation: prevention and aftercare after release.</source>
            <translation>De casusgerichte cel van de gemeente rond radicalisering: preventie en nazorg na de vrijlating.</translation>
        </message>
    </context>
    <context>
        <name>CategoryNameDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/factor_categories.py" line="+25" />
            <source>New category</source>
            <translation>Nieuwe categorie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename category</source>
            <translation>Categorie hernoemen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is already a hidden category with this name: show it again instead.</source>
            <translation>Er is al een verborgen categorie met deze naam: toon die liever opnieuw.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is already a category with this name.</source>
            <translation>Er is al een categorie met deze naam.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/change_dialog.py" line="+15" />
            <source>Change passphrase</source>
            <translation>Wachtzin wijzigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The change is instant; your recovery key stays the same.</source>
            <translation>De wijziging geldt meteen; je herstelsleutel blijft dezelfde.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Current passphrase:</source>
            <translation>Huidige wachtzin:</translation>
        </message>
    </context>
    <context>
        <name>ChooseCaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/choose_case_dialog.py" line="+55" />
            <source>Plan a session</source>
            <translation>Gesprek plannen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type part of a name</source>
            <translation>Typ een deel van een naam</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No active case has this name.</source>
            <translation>Geen enkel actief dossier heeft deze naam.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan a session…</source>
            <translation>Gesprek plannen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With whom?</source>
            <translation>Met wie?</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/compare_dialog.py" line="+32" />
            <source>Compare plan versions</source>
            <translation>Planversies vergelijken</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Version %1, made on %2</source>
            <translation>Versie %1, gemaakt op %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>From:</source>
            <translation>Van:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To:</source>
            <translation>Naar:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose two different versions.</source>
            <translation>Kies twee verschillende versies.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/consent_dialogs.py" line="+46" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record the answer</source>
            <translation>Antwoord registreren</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Consent is asked per purpose and can be revoked at any time. Nothing is shared with a service without consent in force.</source>
            <translation>Toestemming wordt per doeleinde gevraagd en kan altijd worden ingetrokken. Zonder geldige toestemming wordt niets met een dienst gedeeld.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Purpose:</source>
            <translation>Doeleinde:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a partner service…</source>
            <translation>Kies een partnerdienst…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner service:</source>
            <translation>Partnerdienst:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer:</source>
            <translation>Antwoord:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked on:</source>
            <translation>Gevraagd op:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on:</source>
            <translation>Beantwoord op:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>May be shared:</source>
            <translation>Mag gedeeld worden:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the person agrees may be shared, in plain words.</source>
            <translation>Wat volgens de persoon gedeeld mag worden, in gewone woorden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May not be shared:</source>
            <translation>Mag niet gedeeld worden:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a service no longer listed)</source>
            <translation>(een dienst die niet meer in de partnerlijst staat)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Choose the partner service this consent is for.</source>
            <translation>Kies de partnerdienst waarvoor deze toestemming geldt.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This is before it was asked (%1).</source>
            <translation>Dat is vóór de datum van de vraag (%1).</translation>
        </message>
    </context>
    <context>
        <name>ConsentsModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/record_models.py" line="+27" />
            <source>For</source>
            <comment>column: what the consent is for</comment>
            <translation>Waarvoor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked on</source>
            <translation>Gevraagd op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation>Beantwoord op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoked on</source>
            <translation>Ingetrokken op</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sharing with %1</source>
            <translation>Delen met %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a partner service</source>
            <translation>een partnerdienst</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoked</source>
            <translation>Ingetrokken</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/contacts_panel.py" line="+74" />
            <source>Planned</source>
            <comment>a session's status</comment>
            <translation>Gepland</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <comment>a session's status: it took place</comment>
            <translation>Doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <comment>a session's status</comment>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Focus</source>
            <translation>Focus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <comment>column: the day a follow-up action is due</comment>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <comment>column: the day a follow-up action was done</comment>
            <translation>Afgerond op</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the session of</source>
            <translation>Uit het gesprek van</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Presentation mode: the notes are hidden until you leave it.</source>
            <translation>Presentatiemodus: de notities zijn verborgen tot je de presentatiemodus verlaat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan a session…</source>
            <translation>Gesprek plannen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a session…</source>
            <translation>Gesprek registreren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write note…</source>
            <translation>Notitie schrijven…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation>Markeren als doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+166" />
            <source>Cancel session</source>
            <translation>Gesprek annuleren</translation>
        </message>
        <message>
            <location line="-165" />
            <source>Add action…</source>
            <translation>Actie toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark done</source>
            <translation>Markeren als afgerond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the session's note (or double-click the session)</source>
            <translation>De notitie van het gesprek openen (of dubbelklik op het gesprek)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The planned session took place: mark it held and write its note</source>
            <translation>Het geplande gesprek heeft plaatsgevonden: markeer het als doorgegaan en schrijf de notitie</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sessions</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow-up actions</source>
            <translation>Opvolgacties</translation>
        </message>
        <message>
            <location line="+23" />
            <source>(overdue)</source>
            <translation>(te laat)</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Still to come</source>
            <translation>Staat nog gepland</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This session is planned for %1. Mark it held once it has taken place, or change its date with Edit…</source>
            <translation>Dit gesprek is gepland op %1. Markeer het als doorgegaan zodra het heeft plaatsgevonden, of wijzig de datum met Bewerken…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cancel the session of %1? It stays in the list as cancelled.</source>
            <translation>Het gesprek van %1 annuleren? Het blijft in de lijst staan als geannuleerd.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Hidden</source>
            <translation>Verborgen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session notes are hidden in presentation mode. Leave presentation mode to open the note.</source>
            <translation>Gespreksnotities zijn verborgen in presentatiemodus. Verlaat de presentatiemodus om de notitie te openen.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Focus: %1</source>
            <translation>Focus: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With: %1</source>
            <translation>Met: %1</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+43" />
            <source>DD/MM/YYYY</source>
            <translation>DD/MM/JJJJ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example 01/03/2027; leave empty if not known.</source>
            <translation>Bijvoorbeeld 01/03/2027; laat leeg als je de datum niet kent.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../src/trajectapp/domain/dates.py" line="+27" />
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <location line="+1" />
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <location line="+1" />
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <location line="+1" />
            <source>December</source>
            <translation>december</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1</source>
            <translation>1</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/directory_dialog.py" line="+45" />
            <source>Partner services</source>
            <translation>Partnerdiensten</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show hidden</source>
            <translation>Verborgen tonen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New service</source>
            <translation>Nieuwe dienst</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your unsaved changes from before the vault locked are back: save them or revert.</source>
            <translation>Je niet-opgeslagen wijzigingen van vóór de vergrendeling van de kluis zijn terug: sla ze op of maak ze ongedaan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revert</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location line="+77" />
            <source>the new service</source>
            <translation>de nieuwe dienst</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You changed %1 without saving. Save the changes?</source>
            <translation>Je hebt %1 gewijzigd zonder op te slaan. Wijzigingen opslaan?</translation>
        </message>
        <message>
            <location line="+94" />
            <source>New partner service: %1</source>
            <translation>Nieuwe partnerdienst: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New partner service</source>
            <translation>Nieuwe partnerdienst</translation>
        </message>
    </context>
    <context>
        <name>DisclosureDetails</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_details.py" line="+45" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+51" />
            <source>To:</source>
            <translation>Aan:</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Purpose:</source>
            <translation>Doeleinde:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation>Rechtsgrond:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent:</source>
            <translation>Toestemming:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File:</source>
            <translation>Bestand:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Taal:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose an entry above to see it in full.</source>
            <translation>Kies hierboven een registratie om ze volledig te zien.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>From:</source>
            <translation>Van:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, recorded in the vault this case came from</source>
            <translation>%1, geregistreerd in de kluis waaruit dit dossier komt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1
%2, %3 (%4 bytes)</source>
            <translation>%1
%2, %3 (%4 bytes)</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>What arrived (%n items):</source>
            <translation>
                <numerusform>Wat binnenkwam (%n onderdeel):</numerusform>
                <numerusform>Wat binnenkwam (%n onderdelen):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>What left (%n items):</source>
            <translation>
                <numerusform>Wat verstrekt werd (%n onderdeel):</numerusform>
                <numerusform>Wat verstrekt werd (%n onderdelen):</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — special: %2</source>
            <translation>%1 — bijzondere persoonsgegevens: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category data: %1</source>
            <translation>Bijzondere persoonsgegevens: %1</translation>
        </message>
    </context>
    <context>
        <name>DisclosuresPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/disclosures_panel.py" line="+39" />
            <source>Everything of this case that left the vault, or arrived in it, newest first: to whom, why, on what basis, and the fingerprint of the file. Entries cannot be changed or removed.</source>
            <translation>Alles van dit dossier dat de kluis verliet of erin binnenkwam, het nieuwste eerst: aan wie, waarom, op welke rechtsgrond, en de vingerafdruk van het bestand. Registraties kunnen niet gewijzigd of verwijderd worden.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing of this case has left the vault. Each PDF saved and each export will be listed here: to whom, why, on what basis, and the fingerprint of the file.</source>
            <translation>Niets van dit dossier heeft de kluis verlaten. Elke opgeslagen pdf en elke export komt hier te staan: aan wie, waarom, op welke rechtsgrond, en de vingerafdruk van het bestand.</translation>
        </message>
    </context>
    <context>
        <name>DocumentChooser</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/chooser.py" line="+61" />
            <source>Save as PDF</source>
            <translation>Opslaan als pdf</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes of one session:</source>
            <translation>De notities van één gesprek:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The notes of the sessions of a period:</source>
            <translation>De notities van de gesprekken in een periode:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The case summary</source>
            <translation>De dossiersamenvatting</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The first day of the period, included</source>
            <translation>De eerste dag van de periode, inbegrepen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last day of the period, included</source>
            <translation>De laatste dag van de periode, inbegrepen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview…</source>
            <translation>Voorbeeld…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Which document?</source>
            <translation>Welk document?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No sessions yet</source>
            <translation>Nog geen gesprekken</translation>
        </message>
        <message>
            <location line="+16" />
            <source>planned</source>
            <translation>gepland</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The first day comes after the last: change one of them.</source>
            <translation>De eerste dag valt na de laatste: pas een van beide aan.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/preview.py" line="+81" />
            <source>Include religion or ideology, health and offences</source>
            <translation>Religie of ideologie, gezondheid en misdrijven opnemen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not in presentation mode.</source>
            <translation>Niet beschikbaar in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF…</source>
            <translation>Opslaan als pdf…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not in presentation mode: the save dialog shows other files.</source>
            <translation>Niet beschikbaar in presentatiemodus: het venster om op te slaan toont andere bestanden.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>The document could not be made (%1).</source>
            <translation>Het document kon niet gemaakt worden (%1).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making the document…</source>
            <translation>Het document wordt gemaakt…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not printed</source>
            <translation>Niet afgedrukt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The printer could not take the document. Check that it is switched on and try again.</source>
            <translation>De printer kon het document niet ontvangen. Controleer of hij aanstaat en probeer opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>DomainDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/life_domains.py" line="+39" />
            <source>New life domain</source>
            <translation>Nieuw levensdomein</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Life domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ordinary data</source>
            <translation>Gewone gegevens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Special category: %1</source>
            <translation>Bijzondere categorie: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Everything recorded under the domain is treated as this kind of data.</source>
            <translation>Alles wat onder dit domein genoteerd wordt, geldt als dit soort gegevens.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This domain comes with Trajectapp: its sensitivity is fixed.</source>
            <translation>Dit domein hoort standaard bij Trajectapp: de gevoeligheid ligt vast.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records are filed under this domain: its sensitivity can no longer change.</source>
            <translation>Er zijn al gegevens onder dit domein genoteerd: de gevoeligheid kan niet meer veranderen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sensitivity:</source>
            <translation>Gevoeligheid:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a hidden life domain with this name: show it again instead.</source>
            <translation>Er is al een verborgen levensdomein met deze naam: toon dat liever opnieuw.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is already a life domain with this name.</source>
            <translation>Er is al een levensdomein met deze naam.</translation>
        </message>
    </context>
    <context>
        <name>DomainsDialog</name>
        <message>
            <location line="+16" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The life domains that needs are assessed in. Whatever is recorded under a domain with a sensitivity is special-category data: hidden in presentation mode and never shared unless chosen. A hidden domain is not offered for new assessments; what is recorded under it stays. A domain in use is never deleted.</source>
            <translation>De levensdomeinen waarin de noden ingeschat worden. Alles wat onder een domein met een gevoeligheid genoteerd wordt, zijn bijzondere persoonsgegevens: verborgen in presentatiemodus en nooit gedeeld, tenzij je daarvoor kiest. Een verborgen domein wordt niet meer aangeboden voor nieuwe inschattingen; wat eronder genoteerd is, blijft bewaard. Een domein dat in gebruik is, wordt nooit verwijderd.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Life domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete life domain</source>
            <translation>Levensdomein verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1”? Nothing is recorded under it.</source>
            <translation>“%1” verwijderen? Er is niets onder genoteerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs are recorded under “%1”, so it stays: hide it instead, and it is no longer offered.</source>
            <translation>Onder “%1” zijn noden genoteerd, dus het domein blijft: verberg het liever, dan wordt het niet meer aangeboden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This domain comes with Trajectapp: it cannot be deleted, but you can hide it.</source>
            <translation>Dit domein hoort standaard bij Trajectapp: je kunt het niet verwijderen, wel verbergen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sensitivity</source>
            <translation>Gevoeligheid</translation>
        </message>
    </context>
    <context>
        <name>EntryListDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/entry_list.py" line="+122" />
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Hernoemen…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <location line="-73" />
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Shown</source>
            <translation>Zichtbaar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>shown</source>
            <translation>zichtbaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Origin</source>
            <translation>Herkomst</translation>
        </message>
        <message>
            <location line="+0" />
            <source>comes with Trajectapp</source>
            <translation>standaard in Trajectapp</translation>
        </message>
        <message>
            <location line="+0" />
            <source>added</source>
            <translation>toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in use</source>
            <translation>in gebruik</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+9" />
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
        </message>
    </context>
    <context>
        <name>EntryNameDialog</name>
        <message>
            <location line="-190" />
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type a name.</source>
            <translation>Vul een naam in.</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/export_wizard.py" line="+39" />
            <source>Export case</source>
            <translation>Dossier exporteren</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ExternalAssessmentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/assessment_dialogs.py" line="+51" />
            <source>Risk assessment made elsewhere</source>
            <translation>Externe risicotaxatie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trajectapp does not score risk: note only that the assessment exists, and where to find it.</source>
            <translation>Trajectapp schat zelf geen risico in: noteer alleen dat de risicotaxatie bestaat en waar ze te vinden is.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Instrument:</source>
            <translation>Instrument:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Its name:</source>
            <translation>Naam van het instrument:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: the psychosocial service</source>
            <translation>Bijvoorbeeld: de psychosociale dienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by:</source>
            <translation>Opgemaakt door:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: PSD file, prison of Brugge</source>
            <translation>Bijvoorbeeld: PSD-dossier, gevangenis van Brugge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it is held:</source>
            <translation>Vindplaats:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Type the name of the instrument.</source>
            <translation>Vul de naam van het instrument in.</translation>
        </message>
    </context>
    <context>
        <name>FactorCategoriesDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/factor_categories.py" line="+15" />
            <source>Factor categories</source>
            <translation>Factorcategorieën</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The categories offered for push and pull factors. A hidden category is not offered for new factors; the factors that have it keep it. A category can only be deleted while no factor uses it, and one that comes with Trajectapp can only be hidden.</source>
            <translation>De categorieën die je kunt kiezen voor push- en pullfactoren. Een verborgen categorie wordt niet meer aangeboden voor nieuwe factoren; factoren die ze al hebben, houden ze. Je kunt een categorie alleen verwijderen zolang geen enkele factor ze gebruikt, en een categorie die standaard bij Trajectapp hoort, kun je alleen verbergen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete category</source>
            <translation>Categorie verwijderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the category “%1”?</source>
            <translation>De categorie “%1” verwijderen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Factors use “%1”, so it cannot be deleted. Hide it instead: the factors keep it, and it is no longer offered for new ones.</source>
            <translation>Er zijn factoren met “%1”, dus je kunt de categorie niet verwijderen. Verberg ze liever: de factoren houden ze, en ze wordt niet meer aangeboden voor nieuwe factoren.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This category comes with Trajectapp: hide it instead.</source>
            <translation>Deze categorie hoort standaard bij Trajectapp: verberg ze liever.</translation>
        </message>
    </context>
    <context>
        <name>FactorDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/factors/factor_dialog.py" line="+54" />
            <source>New factor</source>
            <translation>Nieuwe factor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A factor that drew the person towards extremism, or that draws them away from it. Describe it in your own words; nothing here is a score.</source>
            <translation>Een factor die de persoon naar extremisme toe trok, of die de persoon er nu van wegtrekt. Beschrijf hem in je eigen woorden; niets hier is een score.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Direction:</source>
            <translation>Richting:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Push: what drives someone out of where they are. Pull: what attracts them. Personal: something in the person themselves. Protective: what keeps them from harm.</source>
            <translation>Push: wat iemand wegduwt uit de situatie waarin die zit. Pull: wat iemand aantrekt. Persoonlijk: iets in de persoon zelf. Beschermend: wat iemand tegen schade behoedt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind:</source>
            <translation>Soort:</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+15" />
            <source>%1 (hidden from the list)</source>
            <translation>%1 (verborgen in de lijst)</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Category:</source>
            <translation>Categorie:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing one? Add it with “Categories…” on the Factors tab.</source>
            <translation>Ontbreekt er een categorie? Voeg ze toe met “Categorieën…” op het tabblad Factoren.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No life domain</source>
            <translation>Geen levensdomein</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Life domain:</source>
            <translation>Levensdomein:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First noted on:</source>
            <translation>Voor het eerst opgemerkt op:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status now:</source>
            <translation>Huidige status:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Evidence:</source>
            <translation>Onderbouwing:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your own words: what you saw or heard that shows it.</source>
            <translation>In je eigen woorden: wat je zag of hoorde dat het aantoont.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Presentation mode: the evidence is hidden. Leave presentation mode to see or change it.</source>
            <translation>Presentatiemodus: de onderbouwing is verborgen. Verlaat de presentatiemodus om ze te zien of te wijzigen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose whether it draws towards extremism or away from it.</source>
            <translation>Kies of de factor naar extremisme toe trekt of ervan weg.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the kind of factor.</source>
            <translation>Kies het soort factor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a category.</source>
            <translation>Kies een categorie.</translation>
        </message>
    </context>
    <context>
        <name>FactorsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/factors/factors_panel.py" line="+58" />
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First noted</source>
            <translation>Voor het eerst opgemerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <location line="+59" />
            <source>What drew the person towards extremism, and what draws them away from it: push and pull factors, personal and protective ones. Click a column to sort; double-click a factor to change it.</source>
            <translation>Wat de persoon naar extremisme toe trok, en wat de persoon er nu van wegtrekt: push- en pullfactoren, persoonlijke en beschermende factoren. Klik op een kolom om te sorteren; dubbelklik op een factor om hem te wijzigen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Presentation mode: factors linked to a special-category life domain, and the evidence of every factor, are hidden until you leave it.</source>
            <translation>Presentatiemodus: factoren die gekoppeld zijn aan een levensdomein met bijzondere persoonsgegevens, en de onderbouwing van elke factor, zijn verborgen tot je de presentatiemodus verlaat.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add factor…</source>
            <translation>Factor toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set status</source>
            <translation>Status wijzigen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Categories…</source>
            <translation>Categorieën…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add, rename or hide the categories offered for factors.</source>
            <translation>De categorieën voor factoren toevoegen, hernoemen of verbergen.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>No factors recorded yet. Add what drew the person towards extremism, and what draws them away from it, in your own words.</source>
            <translation>Nog geen factoren geregistreerd. Voeg in je eigen woorden toe wat de persoon naar extremisme toe trok, en wat de persoon er nu van wegtrekt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every factor of this case is hidden in presentation mode.</source>
            <translation>Alle factoren van dit dossier zijn verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Hidden</source>
            <translation>Verborgen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave presentation mode to open this factor.</source>
            <translation>Verlaat de presentatiemodus om deze factor te openen.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Kept for later</source>
            <translation>Bewaard voor later</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A factor you were changing before the lock is hidden in presentation mode. Its form comes back when you leave presentation mode.</source>
            <translation>Een factor die je aan het wijzigen was vóór de vergrendeling, is verborgen in presentatiemodus. Het formulier komt terug zodra je de presentatiemodus verlaat.</translation>
        </message>
    </context>
    <context>
        <name>FieldInput</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/field_inputs.py" line="+33" />
            <source>%1:</source>
            <comment>a field's label before its input</comment>
            <translation>%1:</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Not recorded</source>
            <translation>Niet ingevuld</translation>
        </message>
        <message>
            <location line="+64" />
            <location line="+21" />
            <source>This cannot be left empty.</source>
            <translation>Dit mag niet leeg blijven.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation>Hier staat een teken in dat niet bewaard kan worden. Verwijder het en probeer opnieuw.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Give a whole number from %1 to %2.</source>
            <translation>Geef een geheel getal van %1 tot %2.</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+78" />
            <source>Special-category data: hidden in presentation mode and never shared unless chosen.</source>
            <translation>Bijzondere persoonsgegevens: verborgen in presentatiemodus en nooit gedeeld, tenzij je daarvoor kiest.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../src/trajectapp/domain/case.py" line="+54" />
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detention</source>
            <translation>Detentie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key dates</source>
            <translation>Belangrijke datums</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+53" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Legal name</source>
            <translation>Officiële naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wants to be called</source>
            <translation>Wil aangesproken worden als</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nationaliteit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reads their documents in</source>
            <translation>Leest documenten in het</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prison</source>
            <translation>Gevangenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prisoner number</source>
            <translation>Rolnummer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Legal status</source>
            <translation>Juridisch statuut</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Offence category</source>
            <translation>Soort misdrijf</translation>
        </message>
        <message>
            <location line="+8" />
            <source>First conviction</source>
            <translation>Eerste veroordeling</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In detention since</source>
            <translation>In detentie sinds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limited detention from</source>
            <translation>Beperkte detentie vanaf</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Electronic monitoring from</source>
            <translation>Elektronisch toezicht vanaf</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conditional release from</source>
            <translation>Voorwaardelijke invrijheidstelling vanaf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected release</source>
            <translation>Verwachte vrijlating</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/field_labels.py" line="+21" />
            <location line="+67" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Reason for closing</source>
            <translation>Reden van afsluiting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To prison</source>
            <translation>Naar gevangenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reasons</source>
            <translation>Redenen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be shared</source>
            <translation>Mag gedeeld worden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May not be shared</source>
            <translation>Mag niet gedeeld worden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact people</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs they work on</source>
            <translation>Noden waaraan de dienst werkt</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+72" />
            <source>Session</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>Datum en uur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Location</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+43" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Factors</source>
            <translation>Factoren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary goods</source>
            <translation>Primaire levensdoelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation>Wie doet het</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due on</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First noted on</source>
            <translation>Voor het eerst opgemerkt op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Picking it up again</source>
            <translation>Opnieuw oppakken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary good</source>
            <translation>Primair levensdoel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How important to them</source>
            <translation>Belang voor de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How they pursued it before</source>
            <translation>Hoe de persoon het vroeger nastreefde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Een prosociale weg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Noted on</source>
            <translation>Genoteerd op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they want to do</source>
            <translation>Wat de persoon wil doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who they wish to be</source>
            <translation>Wie de persoon wil zijn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sensitivity</source>
            <translation>Gevoeligheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed on</source>
            <translation>Ingeschat op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment</source>
            <translation>Inschatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's own score</source>
            <translation>Eigen score van de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation to change</source>
            <translation>Motivatie om te veranderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Views</source>
            <translation>Visies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's view</source>
            <translation>Visie van de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The consultant's view</source>
            <translation>Visie van de consulent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation>In eigen woorden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation>Nodige ondersteuning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service that owns it</source>
            <translation>Verantwoordelijke dienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other instrument</source>
            <translation>Ander instrument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done on</source>
            <translation>Uitgevoerd op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author</source>
            <translation>Opgemaakt door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held at</source>
            <translation>Vindplaats</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/plan.py" line="+87" />
            <location line="+6" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partner service</source>
            <translation>Partnerdienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made on</source>
            <translation>Opgemaakt op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals in this version</source>
            <translation>Doelen in deze versie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation>Beantwoord op</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>Doeleinde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explanation of the basis</source>
            <translation>Toelichting bij de rechtsgrond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for sharing all the same</source>
            <translation>Motivering om toch te delen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items</source>
            <translation>Onderdelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation>Bestandsnaam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/plan.py" line="+1" />
            <source>Success looks like</source>
            <translation>Geslaagd als</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+6" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why dropped</source>
            <translation>Waarom stopgezet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers the need</source>
            <translation>Komt tegemoet aan de nood</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Builds on</source>
            <translation>Bouwt voort op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serves the good</source>
            <translation>Dient het levensdoel</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/sessions.py" line="-1" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Focus</source>
            <translation>Focus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/finish_page.py" line="+20" />
            <source>Written, and in the register</source>
            <translation>Opgeslagen en geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing else has left the vault.</source>
            <translation>Verder heeft niets de kluis verlaten.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is written in %2.</source>
            <translation>%1 is opgeslagen in %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disclosure register of this case has the entry:</source>
            <translation>Het register van verstrekkingen van dit dossier bevat nu deze registratie:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On %1, to %2</source>
            <translation>Op %1, aan %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose: %1</source>
            <translation>Doeleinde: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Basis: %1</source>
            <translation>Rechtsgrond: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n onderdeel</numerusform>
                <numerusform>%n onderdelen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 bytes, fingerprint (SHA-256) %2</source>
            <translation>%1 bytes, vingerafdruk (SHA-256) %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The entry cannot be changed or removed. File ▸ Disclosure register shows it with the others.</source>
            <translation>De registratie kan niet gewijzigd of verwijderd worden. Bestand ▸ Register van verstrekkingen toont ze samen met de andere.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/form_dialog.py" line="+56" />
            <source>Type the date.</source>
            <translation>Vul de datum in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This date is still to come: record it when it has happened.</source>
            <translation>Deze datum ligt in de toekomst: noteer het pas als het gebeurd is.</translation>
        </message>
        <message>
            <location line="+259" />
            <location line="+12" />
            <location filename="../../src/trajectapp/ui/refusals.py" line="+23" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goal_dialogs.py" line="+30" />
            <source>health</source>
            <translation>gezondheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>religion or ideology</source>
            <translation>religie of ideologie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offences</source>
            <translation>misdrijven</translation>
        </message>
        <message>
            <location line="+22" />
            <source>New goal</source>
            <translation>Nieuw doel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the person wants to reach, in their own words where they like.</source>
            <translation>Wat de persoon wil bereiken, in eigen woorden als die dat wil.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 (special category: %2)</source>
            <translation>%1 (bijzondere categorie: %2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Special-category data: a goal linked to this domain is hidden in presentation mode and left out of the plan document unless you include it.</source>
            <translation>Bijzondere persoonsgegevens: een doel dat aan dit domein gekoppeld is, wordt verborgen in presentatiemodus en weggelaten uit het plandocument, tenzij je het opneemt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No particular need</source>
            <translation>Geen specifieke nood</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No particular strength</source>
            <translation>Geen specifieke sterkte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No particular good</source>
            <translation>Geen specifiek levensdoel</translation>
        </message>
        <message>
            <location line="+28" />
            <source>How the person will know they got there, in their words if they like.</source>
            <translation>Waaraan de persoon zal merken dat het gelukt is, in eigen woorden als die dat wil.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: the person chose another way, or it can no longer happen.</source>
            <translation>Bijvoorbeeld: de persoon koos een andere weg, of het kan niet meer.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>For example: a place of my own to live after release</source>
            <translation>Bijvoorbeeld: een eigen woonplek na mijn vrijlating</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One or more.</source>
            <translation>Eén of meer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Domains about health, religion or offences are hidden in presentation mode.</source>
            <translation>Domeinen over gezondheid, religie of misdrijven zijn verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domains:</source>
            <translation>Levensdomeinen:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>(as linked before)</source>
            <translation>(zoals eerder gekoppeld)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Say what the goal is.</source>
            <translation>Geef aan wat het doel is.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick at least one life domain the goal is about.</source>
            <translation>Vink minstens één levensdomein aan waarover het doel gaat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say why the goal was dropped.</source>
            <translation>Geef aan waarom het doel stopgezet werd.</translation>
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goals_section.py" line="+74" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+48" />
            <location line="+113" />
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <location line="-154" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <comment>column: the day a step is due</comment>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Show achieved and dropped goals</source>
            <translation>Bereikte en stopgezette doelen tonen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No goals yet. Add what the person wants to reach, in their own words, and link it to the life domains it is about.</source>
            <translation>Nog geen doelen. Voeg toe wat de persoon wil bereiken, in eigen woorden, en koppel het aan de levensdomeinen waarover het gaat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Goals about health, religion or offences are hidden in presentation mode.</source>
            <translation>Doelen over gezondheid, religie of misdrijven zijn verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No progress notes for this goal yet.</source>
            <translation>Nog geen voortgangsnotities bij dit doel.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add goal…</source>
            <translation>Doel toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Progress note…</source>
            <translation>Voortgangsnotitie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add step…</source>
            <translation>Stap toevoegen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark done</source>
            <translation>Markeren als afgerond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set status</source>
            <translation>Status wijzigen</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Progress notes</source>
            <translation>Voortgangsnotities</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Steps towards: %1</source>
            <translation>Stappen naar: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The steps towards a goal show here: who does what, by when.</source>
            <translation>Hier verschijnen de stappen naar een doel: wie doet wat, tegen wanneer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a goal to see its steps and progress notes.</source>
            <translation>Kies een doel om de stappen en voortgangsnotities te zien.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No steps yet. Add what needs doing, who does it and by when.</source>
            <translation>Nog geen stappen. Voeg toe wat er moet gebeuren, wie het doet en tegen wanneer.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>no steps yet</source>
            <translation>nog geen stappen</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of %1 done</source>
            <translation>
                <numerusform>%n van %1 gedaan</numerusform>
                <numerusform>%n van %1 gedaan</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 overdue</source>
            <translation>%1 te laat</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(overdue)</source>
            <translation>(te laat)</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>GoodDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="+122" />
            <source>Good Lives</source>
            <translation>Good Lives</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How important to them:</source>
            <translation>Belang voor de persoon:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation>Niet gezegd</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How they pursued it before:</source>
            <translation>Hoe de persoon het vroeger nastreefde:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Including through the extremist milieu, if that is how.</source>
            <translation>Ook via het extremistische milieu, als dat zo was.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A pro-social route:</source>
            <translation>Een prosociale weg:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A way towards the same good that harms no one, as you and the person see it.</source>
            <translation>Een weg naar hetzelfde levensdoel die niemand schaadt, zoals jij en de persoon die zien.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Presentation mode: how they pursued it before is hidden. Leave presentation mode to see or change it.</source>
            <translation>Presentatiemodus: hoe de persoon het vroeger nastreefde, is verborgen. Verlaat de presentatiemodus om het te zien of te wijzigen.</translation>
        </message>
    </context>
    <context>
        <name>GoodsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strengths_panel.py" line="+167" />
            <source>Primary good</source>
            <translation>Primair levensdoel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How important to them</source>
            <translation>Belang voor de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How they pursued it before</source>
            <translation>Hoe de persoon het vroeger nastreefde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Een prosociale weg</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The eleven primary goods of the Good Lives Model: what everyone seeks in life. Note what each means to the person, how they sought it before, and a route to it that harms no one. Nothing has to be filled in or scored. Double-click a good to open it.</source>
            <translation>De elf primaire levensdoelen van het Good Lives-model: wat iedereen in het leven zoekt. Noteer wat elk ervan voor de persoon betekent, hoe die het vroeger nastreefde, en een weg ernaartoe die niemand schaadt. Niets hoeft ingevuld of gescoord te worden. Dubbelklik op een levensdoel om het te openen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Presentation mode: spirituality, and how each good was pursued before, are hidden until you leave it.</source>
            <translation>Presentatiemodus: spiritualiteit, en hoe elk levensdoel vroeger nagestreefd werd, blijven verborgen tot je de presentatiemodus verlaat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Hidden</source>
            <translation>Verborgen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave presentation mode to open this good.</source>
            <translation>Verlaat de presentatiemodus om dit levensdoel te openen.</translation>
        </message>
    </context>
    <context>
        <name>GuardedFormDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/guarded_dialog.py" line="+55" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>You changed this form. Save the changes?</source>
            <translation>Je hebt dit formulier gewijzigd. Wijzigingen opslaan?</translation>
        </message>
        <message>
            <location line="+88" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation>Hier staat een teken in dat niet bewaard kan worden. Verwijder het en probeer opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../src/trajectapp/documents/handover.py" line="+27" />
            <source>Handover</source>
            <translation>Overdracht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data</source>
            <translation>Jouw gegevens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing from the case file was chosen for this document.</source>
            <translation>Voor dit document is niets uit het dossier gekozen.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+116" />
            <source>Purpose</source>
            <translation>Doeleinde</translation>
        </message>
        <message>
            <location line="-115" />
            <location filename="../../src/trajectapp/documents/handover_record.py" line="+152" />
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A copy of your data from the case file that your consultant keeps.</source>
            <translation>Een kopie van jouw gegevens uit het dossier dat je consulent bijhoudt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This document holds only the parts of the case file chosen for this handover.</source>
            <translation>Dit document bevat alleen de delen van het dossier die voor deze overdracht gekozen zijn.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Parts marked “special category” hold data about religion or ideology, health or offences, which the law protects more strictly.</source>
            <translation>Delen met de markering “bijzondere categorie” bevatten gegevens over religie of ideologie, gezondheid of misdrijven, die de wet strenger beschermt.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>How long your data is kept</source>
            <translation>Hoelang jouw gegevens bewaard worden</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Made %1</source>
            <translation>Gemaakt op %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: your personal data. Keep it in a safe place.</source>
            <translation>Vertrouwelijk: jouw persoonsgegevens. Bewaar dit document op een veilige plaats.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: personal data shared for the purpose on page 1 only. Do not copy or pass it on.</source>
            <translation>Vertrouwelijk: persoonsgegevens, alleen gedeeld voor het doeleinde op pagina 1. Niet kopiëren of doorgeven.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Page %1 of %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit seal when this file was made: %1 (entry %2)</source>
            <translation>Zegel van de geschiedenis bij het maken van dit bestand: %1 (vermelding %2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Who received your data</source>
            <translation>Wie jouw gegevens ontvangen heeft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient</source>
            <translation>Ontvanger</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody has received data from this case file so far.</source>
            <translation>Tot nu toe heeft niemand gegevens uit dit dossier ontvangen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where your case file came from</source>
            <translation>Waar jouw dossier vandaan komt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Afzender</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Earlier disclosures</source>
            <translation>Eerdere verstrekkingen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent to or received from</source>
            <translation>Verstrekt aan of ontvangen van</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../src/trajectapp/documents/handover_record.py" line="-115" />
            <location filename="../../src/trajectapp/documents/handover_work.py" line="+75" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You: a copy of your own data</source>
            <translation>Jij: een kopie van je eigen gegevens</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis: %1</source>
            <translation>Rechtsgrond: %1</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_layout.py" line="+92" />
            <source>special category: %1</source>
            <translation>bijzondere categorie: %1</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_record.py" line="-8" />
            <source>The person</source>
            <translation>De persoon</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+178" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="-177" />
            <source>Details</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The traject</source>
            <translation>Het traject</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Phase: %1</source>
            <translation>Fase: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Transfer</source>
            <translation>Overplaatsing</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participation: %1</source>
            <translation>Deelname: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent: %1</source>
            <translation>Toestemming: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revoked</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May be shared: %1</source>
            <translation>Mag gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation>Mag niet gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+111" />
            <location line="+31" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location line="-141" />
            <source>Until</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Works on</source>
            <translation>Werkt aan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Partner services involved</source>
            <translation>Betrokken partnerdiensten</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Assessment of %1</source>
            <translation>Inschatting van %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Needs assessments</source>
            <translation>Inschattingen van de noden</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 of 10</source>
            <translation>%1 op 10</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Situation</source>
            <translation>Situatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As the person sees it</source>
            <translation>Zoals de persoon het ziet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation</source>
            <translation>Motivatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's view</source>
            <translation>Visie van de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The consultant's view</source>
            <translation>Visie van de consulent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Views compared</source>
            <translation>Visies vergeleken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In their own words</source>
            <translation>In eigen woorden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation>Nodige ondersteuning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report kept at</source>
            <translation>Verslag bewaard bij</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Risk assessments made elsewhere</source>
            <translation>Externe risicotaxaties</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/documents/handover_work.py" line="-42" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What shows it</source>
            <translation>Waaruit het blijkt</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Push and pull factors</source>
            <translation>Push- en pullfactoren</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Strength</source>
            <translation>Sterkte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to pick it up again</source>
            <translation>Hoe het opnieuw oppakken</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Strengths and old passions</source>
            <translation>Sterktes en vroegere passies</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Good</source>
            <translation>Levensdoel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance</source>
            <translation>Belang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pursued before</source>
            <translation>Vroeger nagestreefd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Een prosociale weg</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The Good Lives lens</source>
            <translation>Primaire levensdoelen (Good Lives-model)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>As said on %1</source>
            <translation>Zoals gezegd op %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What I want to do</source>
            <translation>Wat ik wil doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who I wish to be</source>
            <translation>Wie ik wil zijn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Perspective, in the person's own words</source>
            <translation>Toekomstperspectief, in de eigen woorden van de persoon</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_work.py" line="-8" />
            <source>Planned, not held yet</source>
            <translation>Gepland, nog niet doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation>Doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+97" />
            <location line="+108" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="-204" />
            <location line="+205" />
            <source>By when</source>
            <translation>Tegen wanneer</translation>
        </message>
        <message>
            <location line="-197" />
            <source>Goals and steps</source>
            <translation>Doelen en stappen</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+149" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="-124" />
            <source>Progress note</source>
            <translation>Voortgangsnotitie</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The plan of %1</source>
            <translation>Het plan van %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Plan versions</source>
            <translation>Planversies</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation>Beantwoord op</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Who agrees to this plan</source>
            <translation>Wie akkoord gaat met dit plan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sessions and their notes</source>
            <translation>Gesprekken en hun notities</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 minutes</source>
            <translation>%1 minuten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Taking part</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Factors</source>
            <translation>Factoren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives goods</source>
            <translation>Primaire levensdoelen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 (family)</source>
            <translation>%1 (familie)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow-up actions</source>
            <translation>Opvolgacties</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Follow-up action</source>
            <translation>Opvolgactie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done on</source>
            <translation>Afgerond op</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/record_models.py" line="+21" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="+38" />
            <source>Life domain</source>
            <translation>Levensdomein</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Evolutie</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Not scored</source>
            <translation>Niet gescoord</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The person's own score: %1</source>
            <translation>Eigen score van de persoon: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/history_words.py" line="+18" />
            <source>Session notes</source>
            <translation>Gespreksnotities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session notes of a period</source>
            <translation>Gespreksnotities van een periode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case summary</source>
            <translation>Dossiersamenvatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reintegration plan</source>
            <translation>Re-integratieplan</translation>
        </message>
        <message>
            <location line="+30" />
            <source>From a transfer package</source>
            <translation>Uit een overdrachtspakket</translation>
        </message>
        <message>
            <location line="+18" />
            <source>now %1</source>
            <translation>nu %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n doel</numerusform>
                <numerusform>%n doelen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>A life domain since deleted</source>
            <translation>Een intussen verwijderd levensdomein</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Started from the assessment before</source>
            <translation>Gestart vanuit de vorige inschatting</translation>
        </message>
        <message>
            <location line="+9" />
            <source>with a password</source>
            <translation>met een wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>without a password</source>
            <translation>zonder wachtwoord</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/transfer/import_dialog.py" line="+74" />
            <source>Import transfer package</source>
            <translation>Overdrachtspakket importeren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open the package</source>
            <translation>Pakket openen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import as a new case</source>
            <translation>Importeren als nieuw dossier</translation>
        </message>
        <message>
            <location line="+18" />
            <source>File: %1</source>
            <translation>Bestand: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the passphrase from the slip that came with the package, separately from the file: six groups of five letters and digits. Small letters, spaces and dashes make no difference.</source>
            <translation>Typ de wachtzin over van het wachtwoordbriefje dat bij het pakket hoort en dat je los van het bestand kreeg: zes groepen van vijf letters en cijfers. Kleine letters, spaties en streepjes maken geen verschil.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
            <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Checking the passphrase… this takes a few seconds.</source>
            <translation>De wachtzin wordt gecontroleerd… dit duurt enkele seconden.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The package's passphrase</source>
            <translation>De wachtzin van het pakket</translation>
        </message>
        <message>
            <location line="+18" />
            <source>It holds:</source>
            <translation>Het bevat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it came from (kept in the disclosure register)</source>
            <translation>Herkomst (bewaard in het register van verstrekkingen)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The consultant who sent it, and their prison or team</source>
            <translation>De consulent die het stuurde, met gevangenis of team</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From:</source>
            <translation>Van:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why it came, in a sentence: for example, taking over the case after a transfer to this prison</source>
            <translation>Waarom het kwam, in één zin: bijvoorbeeld het dossier overnemen na een overplaatsing naar deze gevangenis</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The case is added as a new case file, whole or not at all; the case's history and the register say where it came from.</source>
            <translation>Het dossier wordt als nieuw dossier toegevoegd, volledig of helemaal niet; de geschiedenis van het dossier en het register vermelden waar het vandaan komt.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This package cannot be imported</source>
            <translation>Dit pakket kan niet geïmporteerd worden</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Type the passphrase from the slip.</source>
            <translation>Typ de wachtzin over van het wachtwoordbriefje.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The package could not be opened (%1). Nothing has been imported.</source>
            <translation>Het pakket kon niet geopend worden (%1). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The case of %1</source>
            <translation>Het dossier van %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Made on %1 with Trajectapp %2.</source>
            <translation>Gemaakt op %1 met Trajectapp %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The person's details</source>
            <translation>Gegevens van de persoon</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n fields</source>
            <translation>
                <numerusform>%n veld</numerusform>
                <numerusform>%n velden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Type who sent it: the consultant's name.</source>
            <translation>Vul in wie het stuurde: de naam van de consulent.</translation>
        </message>
    </context>
    <context>
        <name>ImportPackage</name>
        <message>
            <location filename="../../src/trajectapp/ui/transfer/import_flow.py" line="+25" />
            <source>Import transfer package</source>
            <translation>Overdrachtspakket importeren</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Transfer packages (*%1);;All files (*)</source>
            <translation>Overdrachtspakketten (*%1);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not imported</source>
            <translation>Niet geïmporteerd</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The disclosure register cannot keep this: %1 Nothing has been imported.</source>
            <translation>Het register van verstrekkingen kan dit niet bewaren: %1 Er is niets geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>InvolvementDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/involvement_dialog.py" line="+42" />
            <source>Involve a service</source>
            <translation>Dienst betrekken</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service involved</source>
            <translation>Betrokken dienst</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a partner service…</source>
            <translation>Kies een partnerdienst…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Service:</source>
            <translation>Dienst:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since:</source>
            <translation>Sinds:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until:</source>
            <translation>Tot:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave empty while the service is still involved.</source>
            <translation>Leeg laten zolang de dienst nog betrokken is.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact person:</source>
            <translation>Contactpersoon:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Needs they work on:</source>
            <translation>Noden waaraan de dienst werkt:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your own words, for example: housing after release, debts, a training course.</source>
            <translation>In je eigen woorden, bijvoorbeeld: huisvesting na de vrijlating, schulden, een opleiding.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(a service no longer listed)</source>
            <translation>(een dienst die niet meer in de partnerlijst staat)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Choose the partner service.</source>
            <translation>Kies de partnerdienst.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is before the service became involved (%1).</source>
            <translation>Dat is vóór de datum waarop de dienst betrokken werd (%1).</translation>
        </message>
    </context>
    <context>
        <name>InvolvementsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/involvements_panel.py" line="+39" />
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(a service no longer listed)</source>
            <translation>(een dienst die niet meer in de partnerlijst staat)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs they work on</source>
            <translation>Noden waaraan de dienst werkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May receive</source>
            <translation>Mag ontvangen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No partner service is involved in this case yet. Involve one to record who works on which needs.</source>
            <translation>Er is nog geen partnerdienst betrokken bij dit dossier. Betrek er een om bij te houden wie aan welke noden werkt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"May receive" follows the consents on the Traject tab: nothing is shared with a service without consent in force.</source>
            <translation>“Mag ontvangen” volgt de toestemmingen op het tabblad Traject: zonder geldige toestemming wordt niets met een dienst gedeeld.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Involve a service…</source>
            <translation>Dienst betrekken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+43" />
            <source>consent given, without a note of what it covers</source>
            <translation>toestemming gegeven, zonder notitie van wat ze dekt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not: %1</source>
            <translation>niet: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>consent asked</source>
            <translation>toestemming gevraagd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing: no consent</source>
            <translation>niets: geen toestemming</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/trajectapp/domain/case.py" line="-91" />
            <source>Not recorded</source>
            <translation>Niet ingevuld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accused</source>
            <translation>Verdachte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Convicted</source>
            <translation>Veroordeeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interned</source>
            <translation>Geïnterneerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Released under conditions</source>
            <translation>Vrij onder voorwaarden</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/data_categories.py" line="+14" />
            <source>religion or ideology</source>
            <translation>religie of ideologie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>health data</source>
            <translation>gezondheidsgegevens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criminal-offence data</source>
            <translation>strafrechtelijke gegevens</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/disclosures.py" line="+16" />
            <source>Sent</source>
            <translation>Verstrekt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../src/trajectapp/domain/plan.py" line="-62" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="-47" />
            <source>A partner service</source>
            <translation>Een partnerdienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant</source>
            <translation>Een andere consulent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The person themself</source>
            <translation>De persoon zelf</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The person's consent</source>
            <translation>Toestemming van de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A legal obligation</source>
            <translation>Een wettelijke verplichting</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A legally regulated case consultation</source>
            <translation>Een wettelijk geregeld casusoverleg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vital interest</source>
            <translation>Vitaal belang</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="-19" />
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Covered by the recorded consent</source>
            <translation>Gedekt door de geregistreerde toestemming</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not covered by consent: shared with a reason</source>
            <translation>Niet gedekt door toestemming: gedeeld met motivering</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent not asked for</source>
            <translation>Geen toestemming gevraagd</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF with a password</source>
            <translation>Pdf met wachtwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF without a password</source>
            <translation>Pdf zonder wachtwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer package</source>
            <translation>Overdrachtspakket</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/factors.py" line="+12" />
            <source>Towards extremism</source>
            <translation>Richting extremisme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Away from extremism</source>
            <translation>Weg van extremisme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Push factor</source>
            <translation>Pushfactor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pull factor</source>
            <translation>Pullfactor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal factor</source>
            <translation>Persoonlijke factor</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/strengths.py" line="+17" />
            <source>Protective factor</source>
            <translation>Beschermende factor</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../src/trajectapp/domain/traject.py" line="+45" />
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weakening</source>
            <translation>Neemt af</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gone</source>
            <translation>Verdwenen</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/languages.py" line="+10" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/needs.py" line="+21" />
            <source>Not talking about this yet</source>
            <translation>Praat hier nog niet over</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starting to look at it, and to name it</source>
            <translation>Begint ernaar te kijken en het te benoemen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Working on it, with a lot of support</source>
            <translation>Werkt eraan, met veel ondersteuning</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Moving forward, some support still needed</source>
            <translation>Gaat vooruit, nog wat ondersteuning nodig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stable, manages with little support</source>
            <translation>Stabiel, redt zich met weinig ondersteuning</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Does not want to answer</source>
            <translation>Wil niet antwoorden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sees no reason to change anything here</source>
            <translation>Ziet geen reden om hier iets te veranderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not sure whether to change anything</source>
            <translation>Twijfelt of er iets moet veranderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wants to change it, not yet sure how</source>
            <translation>Wil het veranderen, weet nog niet hoe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already taking steps</source>
            <translation>Zet al stappen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wants to hold on to what has been reached</source>
            <translation>Wil behouden wat bereikt is</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not compared yet</source>
            <translation>Nog niet vergeleken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They see it the same way</source>
            <translation>Ze zien het op dezelfde manier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They partly agree</source>
            <translation>Ze zijn het gedeeltelijk eens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They see it differently</source>
            <translation>Ze zien het anders</translation>
        </message>
        <message>
            <location line="+6" />
            <source>VERA-2R</source>
            <translation>VERA-2R</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ERG 22+</source>
            <translation>ERG 22+</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another instrument</source>
            <translation>Een ander instrument</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/plan.py" line="-11" />
            <source>For later</source>
            <translation>Voor later</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working on it</source>
            <translation>Aan de slag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achieved</source>
            <translation>Bereikt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Stopgezet</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+18" />
            <source>The person</source>
            <translation>De persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The consultant</source>
            <translation>De consulent</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+2" />
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+1" />
            <source>Someone else</source>
            <translation>Iemand anders</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not started</source>
            <translation>Niet begonnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be done yet</source>
            <translation>Nog niet mogelijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation>Niet meer nodig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Agrees</source>
            <translation>Akkoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does not agree</source>
            <translation>Niet akkoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not answer</source>
            <translation>Kon niet antwoorden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>Toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation>Ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/sessions.py" line="-26" />
            <source>Individual conversation</source>
            <translation>Individueel gesprek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family contact</source>
            <translation>Contact met familie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multi-agency meeting</source>
            <translation>Netwerkoverleg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case consultation</source>
            <translation>Casusoverleg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or video</source>
            <translation>Telefoon of video</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Building the relation</source>
            <translation>Relatie opbouwen</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/traject.py" line="-29" />
            <source>Critical reflection</source>
            <translation>Kritische reflectie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practical support</source>
            <translation>Praktische ondersteuning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/strengths.py" line="-5" />
            <source>Passion</source>
            <translation>Passie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skill</source>
            <translation>Vaardigheid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievement</source>
            <translation>Verwezenlijking</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Life: staying healthy, safe and well</source>
            <translation>Leven: gezond, veilig en wel blijven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge: learning and understanding</source>
            <translation>Kennis: leren en begrijpen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Excellence in play: being good at a pastime</source>
            <translation>Uitblinken in spel: goed zijn in een hobby</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excellence in work: doing work well</source>
            <translation>Uitblinken in werk: goed werk leveren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency: making one's own choices</source>
            <translation>Autonomie: eigen keuzes maken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inner peace: calm, free of turmoil</source>
            <translation>Innerlijke rust: kalm, vrij van onrust</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relatedness: close bonds with others</source>
            <translation>Verbondenheid: hechte banden met anderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community: belonging to a wider group</source>
            <translation>Gemeenschap: deel uitmaken van een grotere groep</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spirituality: meaning and purpose</source>
            <translation>Spiritualiteit: zingeving en doel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pleasure: feeling good, enjoying things</source>
            <translation>Plezier: zich goed voelen, genieten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creativity: making something new</source>
            <translation>Creativiteit: iets nieuws maken</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not important to them now</source>
            <translation>Nu niet belangrijk voor de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Somewhat important</source>
            <translation>Enigszins belangrijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Important</source>
            <translation>Belangrijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very important</source>
            <translation>Heel belangrijk</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/traject.py" line="-3" />
            <source>First contact</source>
            <translation>Eerste contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Building trust</source>
            <translation>Vertrouwen opbouwen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exploring needs and strengths</source>
            <translation>Noden en sterktes verkennen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reintegration planning</source>
            <translation>Re-integratie plannen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release preparation</source>
            <translation>Vrijlating voorbereiden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aftercare</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+27" />
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Offered</source>
            <translation>Aangeboden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Aanvaard</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+20" />
            <source>Declined</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Paused</source>
            <translation>Onderbroken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Teruggetrokken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sharing with a partner service</source>
            <translation>Delen met een partnerdienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised statistics</source>
            <translation>Geanonimiseerde statistieken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Asked, no answer yet</source>
            <translation>Gevraagd, nog geen antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/labels.py" line="+41" />
            <source>Case created</source>
            <translation>Dossier aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person's details changed</source>
            <translation>Gegevens van de persoon gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner service involved</source>
            <translation>Partnerdienst betrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner service involvement changed</source>
            <translation>Betrokkenheid van een partnerdienst gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase changed</source>
            <translation>Fase gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer recorded</source>
            <translation>Overplaatsing geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation recorded</source>
            <translation>Deelname geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent recorded</source>
            <translation>Toestemming geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent decided</source>
            <translation>Beslissing over toestemming geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent revoked</source>
            <translation>Toestemming ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session recorded</source>
            <translation>Gesprek geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session planned</source>
            <translation>Gesprek gepland</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session held</source>
            <translation>Gesprek doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session cancelled</source>
            <translation>Gesprek geannuleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session changed</source>
            <translation>Gesprek gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session note saved</source>
            <translation>Gespreksnotitie opgeslagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action added</source>
            <translation>Opvolgactie toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action done</source>
            <translation>Opvolgactie afgerond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment started</source>
            <translation>Inschatting gestart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment date or note changed</source>
            <translation>Datum of notitie van een inschatting gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain assessed</source>
            <translation>Levensdomein ingeschat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain assessment changed</source>
            <translation>Inschatting van een levensdomein gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment elsewhere noted</source>
            <translation>Externe risicotaxatie genoteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment elsewhere changed</source>
            <translation>Externe risicotaxatie gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factor added</source>
            <translation>Factor toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factor changed</source>
            <translation>Factor gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength added</source>
            <translation>Sterkte toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength changed</source>
            <translation>Sterkte gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives entry recorded</source>
            <translation>Primair levensdoel genoteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives entry changed</source>
            <translation>Primair levensdoel gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective recorded</source>
            <translation>Toekomstperspectief genoteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal added</source>
            <translation>Doel toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal changed</source>
            <translation>Doel gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress note added</source>
            <translation>Voortgangsnotitie toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step added</source>
            <translation>Stap toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step changed</source>
            <translation>Stap gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan version recorded</source>
            <translation>Versie van het plan geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer to the plan recorded</source>
            <translation>Antwoord op het plan geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer to the plan changed</source>
            <translation>Antwoord op het plan gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document printed</source>
            <translation>Document afgedrukt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document saved as a PDF file</source>
            <translation>Document opgeslagen als pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosure recorded in the register</source>
            <translation>Verstrekking opgenomen in het register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case imported from a transfer package</source>
            <translation>Dossier geïmporteerd uit een overdrachtspakket</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../src/trajectapp/ui/language_choice.py" line="+23" />
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/main_window.py" line="+57" />
            <source>&amp;New case…</source>
            <translation>&amp;Nieuw dossier…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a person to the caseload</source>
            <translation>Een persoon toevoegen aan je caseload</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case&amp;load</source>
            <translation>&amp;Caseload</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the caseload</source>
            <translation>Terug naar je caseload</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentatiemodus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the caseload and sensitive fields while the screen faces the person</source>
            <translation>De caseload en gevoelige velden verbergen terwijl de persoon het scherm ziet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner &amp;services…</source>
            <translation>&amp;Partnerdiensten…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Life domains…</source>
            <translation>&amp;Levensdomeinen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The life domains under which needs are assessed</source>
            <translation>De levensdomeinen waarin de noden ingeschat worden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Factor categories…</source>
            <translation>&amp;Factorcategorieën…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sessions, due actions, releases and cases without contact in this week and the next</source>
            <translation>Gesprekken, opvolgacties met een uiterste datum, vrijlatingen en dossiers zonder contact, deze week en volgende week</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find in notes…</source>
            <translation>&amp;Zoeken in notities…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search every note and free-text field of the vault</source>
            <translation>In alle notities en vrije tekstvelden van de kluis zoeken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Print…</source>
            <translation>&amp;Afdrukken…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the notes of a session, of a period, or a case summary</source>
            <translation>De notities van een gesprek of van een periode afdrukken, of een dossiersamenvatting</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Export case…</source>
            <translation>Dossier &amp;exporteren…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hand over chosen parts of this case: an encrypted PDF for a service or the person, or a transfer package</source>
            <translation>Gekozen delen van dit dossier overdragen: een versleutelde pdf voor een dienst of voor de persoon, of een overdrachtspakket</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import transfer package…</source>
            <translation>Overdrachtspakket &amp;importeren…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open a case another consultant handed over</source>
            <translation>Een dossier openen dat een andere consulent heeft overgedragen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Disclosure register</source>
            <translation>&amp;Register van verstrekkingen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything that left the vault: who received what, when and why</source>
            <translation>Alles wat de kluis verliet: wie wat ontving, wanneer en waarom</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as P&amp;DF…</source>
            <translation>Opslaan als &amp;pdf…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a document of this case as a PDF file, protected by a password</source>
            <translation>Een document van dit dossier opslaan als pdf-bestand, beveiligd met een wachtwoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault now</source>
            <translation>De kluis nu vergrendelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Wachtzin wijzigen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open another vault…</source>
            <translation>Andere kluis &amp;openen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Voorkeuren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>Af&amp;sluiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Trajectapp</source>
            <translation>&amp;Over Trajectapp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Case</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <location line="+9" />
            <source>V&amp;iew</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Presentation mode: other people's data and sensitive fields are hidden. Ctrl+Shift+P to leave.</source>
            <translation>Presentatiemodus: gegevens van anderen en gevoelige velden zijn verborgen. Druk op Ctrl+Shift+P om de modus te verlaten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presentation mode</source>
            <translation>Presentatiemodus</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Locking in %1 s — move the mouse to stay</source>
            <translation>Vergrendelt over %1 s — beweeg de muis om te blijven</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/trajectapp/ui/messages.py" line="+22" />
            <source>There is an invisible control character in “%1”, perhaps pasted from another program. Remove it and save again.</source>
            <translation>In “%1” staat een onzichtbaar stuurteken, misschien geplakt uit een ander programma. Verwijder het en sla opnieuw op.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fill in “%1”: it cannot be left empty.</source>
            <translation>Vul “%1” in: het mag niet leeg blijven.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shorten “%1” to at most %2 characters.</source>
            <translation>Kort “%1” in tot hoogstens %2 tekens.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fill in “%1”.</source>
            <translation>Vul “%1” in.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give a date in “%1”.</source>
            <translation>Vul in “%1” een datum in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date in “%1” cannot be right: use a date between %2 and %3.</source>
            <translation>De datum in “%1” kan niet kloppen: gebruik een datum tussen %2 en %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In “%1”, give a date and time between %2 and %3.</source>
            <translation>Geef in “%1” een datum en uur tussen %2 en %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In “%1”, give a whole number from %2 to %3.</source>
            <translation>Geef in “%1” een geheel getal van %2 tot %3.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In “%1”, choose one of the options.</source>
            <translation>Kies in “%1” een van de mogelijkheden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In “%1”, give a number of minutes, at most a day.</source>
            <translation>Geef in “%1” een aantal minuten, hoogstens een dag.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This session is not part of the case.</source>
            <translation>Dit gesprek hoort niet bij het dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose factors of this case.</source>
            <translation>Kies factoren uit dit dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That need is not one of this person's.</source>
            <translation>Die nood hoort niet bij deze persoon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That strength is not one of this person's.</source>
            <translation>Die sterkte hoort niet bij deze persoon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first day of the period comes after the last.</source>
            <translation>De eerste dag van de periode valt na de laatste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a partner service can be chosen from the directory.</source>
            <translation>Alleen een partnerdienst kun je uit de partnerlijst kiezen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down at least one of the two answers.</source>
            <translation>Noteer minstens een van de twee antwoorden.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link the goal to at least one life domain.</source>
            <translation>Koppel het doel aan minstens één levensdomein.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the partner service that does this step.</source>
            <translation>Kies de partnerdienst die deze stap uitvoert.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A plan needs at least one goal that is not dropped.</source>
            <translation>Een plan heeft minstens één doel nodig dat niet stopgezet is.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the partner service that answers.</source>
            <translation>Kies de partnerdienst die antwoordt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who answers.</source>
            <translation>Geef aan wie antwoordt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An answer cannot come before the plan version it answers.</source>
            <translation>Een antwoord kan niet vroeger gedateerd zijn dan de versie van het plan waarop het antwoordt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already a category with this name (it may be hidden).</source>
            <translation>Er bestaat al een categorie met deze naam (misschien is ze verborgen).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A category that comes with Trajectapp can be hidden, not deleted.</source>
            <translation>Een categorie die standaard bij Trajectapp hoort, kun je verbergen, maar niet verwijderen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Factors use this category: hide it instead.</source>
            <translation>Er zijn factoren met deze categorie: verberg ze in plaats van ze te verwijderen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is already a life domain with this name (it may be hidden).</source>
            <translation>Er bestaat al een levensdomein met deze naam (misschien is het verborgen).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A life domain that comes with Trajectapp can be hidden, not deleted.</source>
            <translation>Een levensdomein dat standaard bij Trajectapp hoort, kun je verbergen, maar niet verwijderen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records are filed under this life domain: hide it instead.</source>
            <translation>Er zijn gegevens opgeslagen onder dit levensdomein: verberg het in plaats van het te verwijderen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sensitivity of a life domain that comes with Trajectapp is fixed.</source>
            <translation>De gevoeligheid van een levensdomein dat standaard bij Trajectapp hoort, ligt vast.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records are filed under this life domain: its sensitivity can be added, but not taken away or changed.</source>
            <translation>Er zijn gegevens opgeslagen onder dit levensdomein: je kunt er een gevoeligheid aan toekennen, maar die niet weghalen of wijzigen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This case is no longer in the vault.</source>
            <translation>Dit dossier staat niet meer in de kluis.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This consent is no longer in the case file.</source>
            <translation>Deze toestemming staat niet meer in het dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This partner service is no longer in the directory.</source>
            <translation>Deze partnerdienst staat niet meer in de partnerlijst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This partner service is no longer involved in the case.</source>
            <translation>Deze partnerdienst is niet meer betrokken bij het dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This factor category is no longer there.</source>
            <translation>Deze factorcategorie bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This factor is no longer in the case file.</source>
            <translation>Deze factor staat niet meer in het dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This strength is no longer in the case file.</source>
            <translation>Deze sterkte staat niet meer in het dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This life domain is no longer there.</source>
            <translation>Dit levensdomein bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This assessment is no longer in the case file.</source>
            <translation>Deze inschatting staat niet meer in het dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This risk assessment record is no longer in the case file.</source>
            <translation>Deze vermelding van een risicotaxatie staat niet meer in het dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This goal is no longer in the plan.</source>
            <translation>Dit doel staat niet meer in het plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This step is no longer in the plan.</source>
            <translation>Deze stap staat niet meer in het plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This version of the plan is no longer there.</source>
            <translation>Deze versie van het plan bestaat niet meer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The case has changed since the items were chosen: choose them again.</source>
            <translation>Het dossier is gewijzigd sinds de onderdelen gekozen werden: kies ze opnieuw.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recipient: choose a partner service from the directory.</source>
            <translation>Ontvanger: kies een partnerdienst uit de partnerlijst.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The case's recorded consent does not cover this recipient: give the reason for sharing all the same.</source>
            <translation>De geregistreerde toestemming in dit dossier dekt deze ontvanger niet: geef aan waarom je toch deelt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one item to share.</source>
            <translation>Kies minstens één onderdeel om te delen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items: name each item by its key and label.</source>
            <translation>Onderdelen: geef elk onderdeel op met zijn sleutel en label.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File name: give the file's name only, without its folder.</source>
            <translation>Bestandsnaam: geef alleen de naam van het bestand op, zonder de map.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Document: give its title, such as Session notes of 2026-11-06.</source>
            <translation>Document: geef de titel op, zoals Gespreksnotities van 2026-11-06.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document: name it by its key, such as session_notes.</source>
            <translation>Document: geef het op met zijn sleutel, zoals session_notes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A transfer package opens as a case, and a case needs a name: select the person's name.</source>
            <translation>Een overdrachtspakket wordt geopend als dossier, en een dossier heeft een naam nodig: vink de naam van de persoon aan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This case is too large for a transfer package (more than %1 MiB).</source>
            <translation>Dit dossier is te groot voor een overdrachtspakket (meer dan %1 MiB).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This case cannot go into a transfer package (%1).</source>
            <translation>Dit dossier kan niet in een overdrachtspakket worden opgenomen (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault is locked.</source>
            <translation>De kluis is vergrendeld.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation>Met die wachtzin gaat deze kluis niet open. Controleer de wachtzin en probeer opnieuw.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The current passphrase is not correct. Nothing has been changed.</source>
            <translation>De huidige wachtzin is niet juist. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That recovery key does not open this vault. Check each group and try again.</source>
            <translation>Met die herstelsleutel gaat deze kluis niet open. Controleer elke groep en probeer opnieuw.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a vault in %1. Nothing has been changed.</source>
            <translation>Er staat al een kluis in %1. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 already holds other files. Choose an empty folder for the vault.</source>
            <translation>In %1 staan al andere bestanden. Kies een lege map voor de kluis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Trajectapp vault.</source>
            <translation>%1 is geen Trajectapp-kluis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault's key file (vault.key) is missing, so the vault cannot be opened. Put vault.key back from a backup. Nothing has been changed.</source>
            <translation>Het sleutelbestand van de kluis (vault.key) ontbreekt, waardoor de kluis niet open kan. Zet vault.key terug uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) cannot be read, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation>Het sleutelbestand van de kluis (vault.key) kan niet gelezen worden, waardoor de kluis niet open kan. Herstel vault.key uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) is damaged, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation>Het sleutelbestand van de kluis (vault.key) is beschadigd, waardoor de kluis niet open kan. Herstel vault.key uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) asks for key settings that Trajectapp never uses: it is damaged or has been tampered with, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation>Het sleutelbestand van de kluis (vault.key) vraagt sleutelinstellingen die Trajectapp nooit gebruikt: het is beschadigd of er is mee geknoeid, waardoor de kluis niet open kan. Herstel vault.key uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The vault's database is damaged (the database file is missing or empty). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (het databasebestand ontbreekt of is leeg). Je wachtzin is juist. Herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (it cannot be read). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (ze kan niet gelezen worden). Je wachtzin is juist. Herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (some pages fail their integrity check). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (sommige pagina's doorstaan de integriteitscontrole niet). Je wachtzin is juist. Herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (the first page cannot be read). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (de eerste pagina kan niet gelezen worden). Je wachtzin is juist. Herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (its structure is inconsistent). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (de structuur is inconsistent). Je wachtzin is juist. Herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (it holds no Trajectapp data). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (ze bevat geen Trajectapp-gegevens). Je wachtzin is juist. Herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (the file of its latest changes, vault.db-wal, is damaged, and changes saved after the damage cannot be read). Your passphrase is correct. Keep a copy of the vault folder as it is, and restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>De database van de kluis is beschadigd (het bestand met de laatste wijzigingen, vault.db-wal, is beschadigd, en wijzigingen die na de beschadiging bewaard zijn, kunnen niet gelezen worden). Je wachtzin is juist. Bewaar een kopie van de kluismap zoals ze is, en herstel de kluismap uit een back-up. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This vault was made by a newer version of Trajectapp. Open it with that version. Nothing has been changed.</source>
            <translation>Deze kluis is gemaakt met een nieuwere versie van Trajectapp. Open ze met die versie. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This vault could not be updated to the current version of Trajectapp (%1). Its data is as it was, and a copy from before the update is kept next to it. Nothing has been changed.</source>
            <translation>Deze kluis kon niet bijgewerkt worden naar de huidige versie van Trajectapp (%1). De gegevens zijn zoals ze waren en er staat een kopie van vóór de update naast. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp checked this vault after opening it and found damage: some pages of its database fail their integrity check, so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault folder from a backup.</source>
            <translation>Trajectapp heeft deze kluis na het openen gecontroleerd en schade gevonden: sommige pagina's van de database doorstaan de integriteitscontrole niet, dus een deel van wat je ziet of bewaart, kan verloren gaan. Werk niet verder in deze kluis, vergrendel ze en herstel de kluismap uit een back-up.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp checked this vault after opening it and found damage: the structure of its database is inconsistent, so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault folder from a backup.</source>
            <translation>Trajectapp heeft deze kluis na het openen gecontroleerd en schade gevonden: de structuur van de database is inconsistent, dus een deel van wat je ziet of bewaart, kan verloren gaan. Werk niet verder in deze kluis, vergrendel ze en herstel de kluismap uit een back-up.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp checked this vault after opening it and found damage: part of its database cannot be read, so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault folder from a backup.</source>
            <translation>Trajectapp heeft deze kluis na het openen gecontroleerd en schade gevonden: een deel van de database kan niet gelezen worden, dus een deel van wat je ziet of bewaart, kan verloren gaan. Werk niet verder in deze kluis, vergrendel ze en herstel de kluismap uit een back-up.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp is not allowed to read or write in %1. The vault is not damaged: check that this folder and its files belong to your account (your IT support can help), or choose another folder. Nothing has been changed.</source>
            <translation>Trajectapp mag niet lezen of schrijven in %1. De kluis is niet beschadigd: kijk na of deze map en de bestanden erin van je eigen account zijn (je IT-dienst kan helpen), of kies een andere map. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is on a disk that cannot be written to. The vault is not damaged: make the disk writable (a USB stick may have a lock switch) or use a folder on another disk, then try again. Nothing has been changed.</source>
            <translation>%1 staat op een schijf waarop niet geschreven kan worden. De kluis is niet beschadigd: maak de schijf beschrijfbaar (een USB-stick kan een schuifje voor schrijfbeveiliging hebben) of gebruik een map op een andere schijf, en probeer het dan opnieuw. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk that holds %1 is full. The vault is not damaged: free some space on that disk, then try again. Nothing has been changed.</source>
            <translation>De schijf waarop %1 staat, is vol. De kluis is niet beschadigd: maak wat ruimte vrij op die schijf en probeer het dan opnieuw. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The vault in %1 is open in another running copy of Trajectapp. Lock the vault or close Trajectapp there, then try again. Nothing has been changed.</source>
            <translation>De kluis in %1 is geopend in een ander exemplaar van Trajectapp dat nog draait. Vergrendel de kluis daar of sluit daar Trajectapp af, en probeer het dan opnieuw. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no room left on the disk for %1. Nothing was saved; what you typed is still here. Free some space on the disk, then save again.</source>
            <translation>Er is geen ruimte meer op de schijf voor %1. Er is niets opgeslagen; wat je typte, staat er nog. Maak ruimte vrij op de schijf en sla daarna opnieuw op.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp may not write to %1: the folder or the disk is read-only. Nothing was saved; what you typed is still here. Make the folder writable (or ask your IT support), then save again.</source>
            <translation>Trajectapp mag niet schrijven naar %1: de map of de schijf is alleen-lezen. Er is niets opgeslagen; wat je typte, staat er nog. Maak de map beschrijfbaar (of vraag het aan je IT-ondersteuning) en sla daarna opnieuw op.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk could not write to %1, or the vault folder is no longer there. Nothing was saved; what you typed is still here. Check that the disk is connected, then save again.</source>
            <translation>De schijf kon niet schrijven naar %1, of de map van de kluis is er niet meer. Er is niets opgeslagen; wat je typte, staat er nog. Controleer of de schijf aangesloten is en sla daarna opnieuw op.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The file could not be read (%1). Nothing has been imported.</source>
            <translation>Het bestand kon niet gelezen worden (%1). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file is too large to be a Trajectapp transfer package (more than %1 MiB). Nothing has been imported.</source>
            <translation>Dit bestand is te groot voor een overdrachtspakket van Trajectapp (meer dan %1 MiB). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This file is not a Trajectapp transfer package. Nothing has been imported.</source>
            <translation>Dit bestand is geen overdrachtspakket van Trajectapp. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This package has been cut short: it ends before its content begins. Ask for it to be sent again. Nothing has been imported.</source>
            <translation>Dit pakket is onvolledig: het houdt op voordat de inhoud begint. Vraag om het opnieuw te sturen. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package was made by a newer version of Trajectapp. Update Trajectapp and import it again. Nothing has been imported.</source>
            <translation>Dit pakket is gemaakt met een nieuwere versie van Trajectapp. Werk Trajectapp bij en importeer het opnieuw. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package has a version number no version of Trajectapp has made: it is damaged. Nothing has been imported.</source>
            <translation>Dit pakket heeft een versienummer dat geen enkele versie van Trajectapp ooit gemaakt heeft: het is beschadigd. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package asks for more memory or time to open than any Trajectapp package needs: it is damaged or not genuine. Nothing has been imported.</source>
            <translation>Dit pakket vraagt meer geheugen of tijd om te openen dan een Trajectapp-pakket ooit nodig heeft: het is beschadigd of niet authentiek. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A package's passphrase has %1 letters and digits, in %2 groups of %3; what was typed is not like that. Check it against the slip and type it again.</source>
            <translation>De wachtzin van een pakket bestaat uit %1 letters en cijfers, in %2 groepen van %3; wat je typte, komt daar niet mee overeen. Vergelijk met het wachtwoordbriefje en typ de wachtzin opnieuw.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This passphrase does not open the package. Check it against the slip, group by group, and type it again.</source>
            <translation>Deze wachtzin opent het pakket niet. Vergelijk groep per groep met het wachtwoordbriefje en typ de wachtzin opnieuw.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase is right, but the package has been cut short or changed since it was made. Ask for it to be sent again. Nothing has been imported.</source>
            <translation>De wachtzin is juist, maar het pakket is onvolledig of gewijzigd sinds het gemaakt werd. Vraag om het opnieuw te sturen. Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package cannot be imported: its content is not what Trajectapp expects (%1). Nothing has been imported.</source>
            <translation>Dit pakket kan niet geïmporteerd worden: de inhoud is niet wat Trajectapp verwacht (%1). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The package's case does not fit in this vault (%1). Nothing has been imported.</source>
            <translation>Het dossier uit het pakket past niet in deze kluis (%1). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This could not be done (%1).</source>
            <translation>Dit kon niet uitgevoerd worden (%1).</translation>
        </message>
    </context>
    <context>
        <name>NeedsChart</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/chart_view.py" line="+30" />
            <source>Add the person's own scores</source>
            <translation>Eigen scores van de persoon toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The scores the person gave, for the chosen assessment.</source>
            <translation>De scores die de persoon zelf gaf, bij de gekozen inschatting.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category domains are left out while presentation mode is on.</source>
            <translation>Domeinen met bijzondere persoonsgegevens worden weggelaten zolang de presentatiemodus aan staat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare with:</source>
            <translation>Vergelijken met:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Nothing</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1, the person's own scores</source>
            <translation>%1, eigen scores van de persoon</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 (latest)</source>
            <translation>%1 (laatste)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (first)</source>
            <translation>%1 (eerste)</translation>
        </message>
    </context>
    <context>
        <name>NeedsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_panel.py" line="+72" />
            <source>New assessment…</source>
            <translation>Nieuwe inschatting…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and note…</source>
            <translation>Datum en notitie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No assessment yet. Start one with New assessment…</source>
            <translation>Nog geen inschatting. Begin er een met Nieuwe inschatting…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Assessment of:</source>
            <translation>Inschatting van:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Where things stood in each life domain at each assessment, from 1 (not talking about it yet) to 10 (stable, manages with little support). Hover over a score for its words and the person's own score.</source>
            <translation>De stand van zaken in elk levensdomein bij elke inschatting, van 1 (praat er nog niet over) tot 10 (stabiel, redt zich met weinig ondersteuning). Wijs een score aan met de muis voor de omschrijving en de eigen score van de persoon.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assessment</source>
            <translation>Inschatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart</source>
            <translation>Grafiek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessments elsewhere</source>
            <translation>Externe risicotaxaties</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Note: %1</source>
            <translation>Notitie: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Special-category domains are left out while presentation mode is on.</source>
            <translation>Domeinen met bijzondere persoonsgegevens worden weggelaten zolang de presentatiemodus aan staat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; special-category data: hidden in presentation mode</source>
            <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; bijzondere persoonsgegevens: verborgen in presentatiemodus</translation>
        </message>
    </context>
    <context>
        <name>NeedsTables</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="-176" />
            <source>(hidden)</source>
            <translation>(verborgen)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hidden in the catalogue of life domains: shown here because it was used.</source>
            <translation>Verborgen in de lijst van levensdomeinen: hier getoond omdat het gebruikt werd.</translation>
        </message>
    </context>
    <context>
        <name>NeedsWords</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_words.py" line="+30" />
            <source>Special-category data (%1): hidden in presentation mode and never shared unless chosen.</source>
            <translation>Bijzondere persoonsgegevens (%1): verborgen in presentatiemodus en nooit gedeeld, tenzij je daarvoor kiest.</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/new_case_dialog.py" line="+22" />
            <source>New case</source>
            <translation>Nieuw dossier</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Legal name:</source>
            <translation>Officiële naam:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wants to be called:</source>
            <translation>Wil aangesproken worden als:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Type the person's name.</source>
            <translation>Vul de naam van de persoon in.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/fields.py" line="+61" />
            <source>New passphrase:</source>
            <translation>Nieuwe wachtzin:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat it:</source>
            <translation>Herhaal de wachtzin:</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Use at least %n characters; a short sentence works well.</source>
            <translation>
                <numerusform>Gebruik minstens %n teken; een korte zin werkt goed.</numerusform>
                <numerusform>Gebruik minstens %n tekens; een korte zin werkt goed.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is one of the first passphrases anyone would try.</source>
            <translation>Dit is een van de eerste wachtzinnen die iedereen zou proberen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use more different characters.</source>
            <translation>Gebruik meer verschillende tekens.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess. Try a few unrelated words.</source>
            <translation>Te makkelijk te raden. Probeer een paar woorden die niets met elkaar te maken hebben.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Choose a passphrase of at least %n characters.</source>
            <translation>
                <numerusform>Kies een wachtzin van minstens %n teken.</numerusform>
                <numerusform>Kies een wachtzin van minstens %n tekens.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak</source>
            <translation>Zwak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Good</source>
            <translation>Goed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strong</source>
            <translation>Sterk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Very strong</source>
            <translation>Zeer sterk</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtzinnen zijn niet dezelfde.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/note_editor.py" line="+69" />
            <source>Session note</source>
            <translation>Gespreksnotitie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This is the note as you were writing it, not saved yet. The saved note stays as it was until you save.</source>
            <translation>Dit is de notitie zoals je ze aan het schrijven was, nog niet opgeslagen. De opgeslagen notitie blijft ongewijzigd tot je opslaat.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show the saved note</source>
            <translation>Opgeslagen notitie tonen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Throw away the unsaved text and show the note as it was saved.</source>
            <translation>De niet-opgeslagen tekst weggooien en de notitie tonen zoals ze werd opgeslagen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What happened, what was said, what comes next.

# A heading
- an item of a list
*emphasis*</source>
            <translation>Wat er gebeurde, wat er gezegd werd, wat er nu volgt.

# Een kop
- een punt in een lijst
*cursief*</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="-18" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <comment>column: the day a follow-up action is due</comment>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done</source>
            <comment>column: the day a follow-up action was done</comment>
            <translation>Afgerond op</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add action…</source>
            <translation>Actie toevoegen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Save the note (%1)</source>
            <translation>De notitie opslaan (%1)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Follow-up actions from this session</source>
            <translation>Opvolgacties uit dit gesprek</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n woord</numerusform>
                <numerusform>%n woorden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet; kept as a draft at %1</source>
            <translation>Nog niet opgeslagen; om %1 als concept bewaard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet</source>
            <translation>Nog niet opgeslagen</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The note holds an invisible character that cannot be kept, perhaps pasted from another program. Remove it and save again.</source>
            <translation>De notitie bevat een onzichtbaar teken dat niet bewaard kan worden, misschien geplakt uit een ander programma. Verwijder het en sla opnieuw op.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Unsaved note</source>
            <translation>Niet-opgeslagen notitie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The note has changes that are not saved. Save them?</source>
            <translation>De notitie heeft wijzigingen die niet zijn opgeslagen. Wil je ze opslaan?</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/note_text.py" line="+69" />
            <source>Heading</source>
            <translation>Kop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A line as a heading: # at its start</source>
            <translation>Een regel als kop: # vooraan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Subheading</source>
            <translation>Subkop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A line as a subheading: ## at its start</source>
            <translation>Een regel als subkop: ## vooraan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>List</source>
            <translation>Lijst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines as a list: - at their start</source>
            <translation>Regels als lijst: - vooraan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Emphasis</source>
            <translation>Cursief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*Emphasis* on the selection</source>
            <translation>*Cursief* voor de selectie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Strong</source>
            <translation>Vet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>**Strong** text for the selection</source>
            <translation>**Vet** voor de selectie</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <location filename="../../src/trajectapp/ui/numbers.py" line="+19" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 h</source>
            <translation>%1 uur</translation>
        </message>
    </context>
    <context>
        <name>OutputPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/output_page.py" line="+45" />
            <source>Write the file</source>
            <translation>Het bestand opslaan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No file chosen yet</source>
            <translation>Nog geen bestand gekozen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the PDF without a password</source>
            <translation>De pdf zonder wachtwoord opslaan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Without a password, anyone who gets hold of the file (a forwarded e-mail, a lost USB stick, a shared folder) can read everything in it. Tick this only when the recipient cannot open a PDF with a password, and hand the file over in person.</source>
            <translation>Zonder wachtwoord kan iedereen die het bestand in handen krijgt (een doorgestuurde e-mail, een verloren usb-stick, een gedeelde map) alles lezen wat erin staat. Vink dit alleen aan als de ontvanger geen pdf met een wachtwoord kan openen, en geef het bestand dan persoonlijk af.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>File:</source>
            <translation>Bestand:</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A transfer package for %1, encrypted (AES-256) under a one-time passphrase, for their Trajectapp to import.</source>
            <translation>Een overdrachtspakket voor %1, versleuteld (AES-256) met een eenmalige wachtzin, om in de eigen Trajectapp te importeren.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A PDF for %1, without a password.</source>
            <translation>Een pdf voor %1, zonder wachtwoord.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A PDF for %1, locked with a strong password (AES-256) that every PDF reader asks for.</source>
            <translation>Een pdf voor %1, beveiligd met een sterk wachtwoord (AES-256) waar elke pdf-lezer om vraagt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The passphrase is shown once, after writing, with a slip to print; Trajectapp does not keep it.</source>
            <translation>De wachtzin wordt één keer getoond, na het opslaan, met een wachtwoordbriefje om af te drukken; Trajectapp bewaart de wachtzin niet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The password is shown once, after writing, with a slip to print; Trajectapp does not keep it.</source>
            <translation>Het wachtwoord wordt één keer getoond, na het opslaan, met een wachtwoordbriefje om af te drukken; Trajectapp bewaart het niet.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Write saves the file and, in the same step, an entry in the case's disclosure register: the date, the recipient, the purpose and basis, the %n item(s), the file's name, size and fingerprint.</source>
            <translation>
                <numerusform>Met Opslaan bewaar je het bestand en, in dezelfde stap, een registratie in het register van verstrekkingen van het dossier: de datum, de ontvanger, het doeleinde en de rechtsgrond, %n onderdeel, en de naam, grootte en vingerafdruk van het bestand.</numerusform>
                <numerusform>Met Opslaan bewaar je het bestand en, in dezelfde stap, een registratie in het register van verstrekkingen van het dossier: de datum, de ontvanger, het doeleinde en de rechtsgrond, de %n onderdelen, en de naam, grootte en vingerafdruk van het bestand.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Transfer packages (*%1)</source>
            <translation>Overdrachtspakketten (*%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>own-data-%1.pdf</source>
            <translation>eigen-gegevens-%1.pdf</translation>
        </message>
        <message>
            <location line="+0" />
            <source>handover-%1.pdf</source>
            <translation>overdracht-%1.pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export to</source>
            <translation>Exporteren naar</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+11" />
            <source>Not written</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="-9" />
            <source>The file could not be written there (%1). Nothing has left the vault and the register has no entry: choose another folder, such as your Documents folder or a USB stick.</source>
            <translation>Het bestand kon daar niet worden opgeslagen (%1). Niets heeft de kluis verlaten en het register bevat geen registratie: kies een andere map, zoals je map Documenten of een usb-stick.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing has left the vault and the register has no entry.</source>
            <translation>Niets heeft de kluis verlaten en het register bevat geen registratie.</translation>
        </message>
    </context>
    <context>
        <name>ParticipationDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="+118" />
            <source>Participation</source>
            <translation>Deelname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taking part is voluntary. A person who declines stays on the caseload as declined.</source>
            <translation>Deelname is vrijwillig. Wie weigert, blijft in de caseload staan met de status geweigerd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation:</source>
            <translation>Deelname:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation>Op:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reasons:</source>
            <translation>Redenen:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The person's reasons in their own words: write down what they said, as they said it.</source>
            <translation>De redenen van de persoon, in eigen woorden: noteer wat die zei, zo letterlijk mogelijk.</translation>
        </message>
    </context>
    <context>
        <name>PartyFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/party_fields.py" line="+31" />
            <source>Choose a partner service…</source>
            <translation>Kies een partnerdienst…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner service:</source>
            <translation>Partnerdienst:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who:</source>
            <translation>Wie:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>(a service no longer listed)</source>
            <translation>(een dienst die niet meer in de partnerlijst staat)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For example: his sister Samira</source>
            <translation>Bijvoorbeeld: zijn zus Samira</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example: the imam of the prison, a lawyer</source>
            <translation>Bijvoorbeeld: de imam van de gevangenis, een advocaat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the partner service.</source>
            <translation>Kies de partnerdienst.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say who it is.</source>
            <translation>Geef aan wie het is.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/fields.py" line="-79" />
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="+68" />
            <source>The password of the PDF</source>
            <translation>Het wachtwoord van de pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The PDF is saved and can only be opened with this password. Give it to the reader separately from the file (by phone or in person). Trajectapp does not keep it: note it now if you need it.</source>
            <translation>De pdf is opgeslagen en kan alleen met dit wachtwoord geopend worden. Geef het wachtwoord los van het bestand aan de lezer (telefonisch of persoonlijk). Trajectapp bewaart het niet: noteer het nu als je het nodig hebt.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I have noted it</source>
            <translation>Ik heb het genoteerd</translation>
        </message>
    </context>
    <context>
        <name>PasswordSlip</name>
        <message>
            <location filename="../../src/trajectapp/documents/password_slip.py" line="+39" />
            <source>Passphrase of a transfer package</source>
            <translation>Wachtzin van een overdrachtspakket</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password of a PDF file</source>
            <translation>Wachtwoord van een pdf-bestand</translation>
        </message>
        <message>
            <location line="+13" />
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hand this slip over apart from the file: not in the same envelope, e-mail or bag.</source>
            <translation>Geef dit briefje apart van het bestand af: niet in dezelfde envelop, e-mail of tas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trajectapp asks for it when the package is imported; the dashes may be left out.</source>
            <translation>Trajectapp vraagt erom bij het importeren van het pakket; de streepjes mag je weglaten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type it exactly as printed when the PDF reader asks for a password.</source>
            <translation>Typ het precies zoals afgedrukt wanneer de pdf-lezer om een wachtwoord vraagt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trajectapp does not keep it. Destroy the slip once the file has been opened.</source>
            <translation>Trajectapp bewaart geen kopie. Vernietig het briefje zodra het bestand geopend is.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cut along the line</source>
            <translation>langs de lijn knippen</translation>
        </message>
    </context>
    <context>
        <name>PdfPagesView</name>
        <message numerus="yes">
            <location filename="../../src/trajectapp/ui/documents/pdf_pages.py" line="+48" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/person_form.py" line="+99" />
            <source>Dates as 01/03/2027. Leave a date empty when it is not known.</source>
            <translation>Datums als 01/03/2027. Laat een datum leeg als die niet bekend is.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Type the person's legal name.</source>
            <translation>Vul de officiële naam van de persoon in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date of birth is in the future.</source>
            <translation>De geboortedatum ligt in de toekomst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first conviction is in the future.</source>
            <translation>De eerste veroordeling ligt in de toekomst.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Detention cannot start before the date of birth.</source>
            <translation>De detentie kan niet vóór de geboortedatum beginnen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is before detention started (%1).</source>
            <translation>Dat is vóór het begin van de detentie (%1).</translation>
        </message>
    </context>
    <context>
        <name>PerspectiveDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="+41" />
            <source>New version of the perspective</source>
            <translation>Nieuwe versie van het toekomstperspectief</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It starts from the version of %1: change what the person says differently now. Earlier versions stay as they are.</source>
            <translation>Ze vertrekt van de versie van %1: pas aan wat de persoon nu anders zegt. Eerdere versies blijven zoals ze zijn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write the answers down in the person's own words, as they said them.</source>
            <translation>Noteer de antwoorden in de eigen woorden van de persoon, zo letterlijk mogelijk.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What do you want to do?</source>
            <translation>Wat wil je doen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who do you wish to be?</source>
            <translation>Wie wil je zijn?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Write down at least one of the two answers.</source>
            <translation>Noteer minstens een van de twee antwoorden.</translation>
        </message>
    </context>
    <context>
        <name>PerspectiveSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/perspective_section.py" line="+86" />
            <source>No perspective recorded yet. Ask the person: what do you want to do? Who do you wish to be? Then write the answers down in their own words. Each version is dated and kept; none is overwritten.</source>
            <translation>Nog geen toekomstperspectief genoteerd. Vraag de persoon: wat wil je doen? Wie wil je zijn? Noteer de antwoorden dan in de eigen woorden van de persoon. Elke versie krijgt een datum en wordt bewaard; geen enkele wordt overschreven.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+46" />
            <source>New version…</source>
            <translation>Nieuwe versie…</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Versions</source>
            <translation>Versies</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What do you want to do?</source>
            <translation>Wat wil je doen?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who do you wish to be?</source>
            <translation>Wie wil je zijn?</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 (current)</source>
            <translation>%1 (huidige)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write it down…</source>
            <translation>Noteren…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The current version, of %1, in the person's own words.</source>
            <translation>De huidige versie, van %1, in de eigen woorden van de persoon.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An earlier version, of %1. The current one is at the top of the list.</source>
            <translation>Een eerdere versie, van %1. De huidige staat bovenaan de lijst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(not answered in this version)</source>
            <translation>(niet beantwoord in deze versie)</translation>
        </message>
    </context>
    <context>
        <name>PhaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="-95" />
            <source>Change phase</source>
            <translation>Fase wijzigen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no phase recorded yet</source>
            <translation>nog geen fase geregistreerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now: %1.</source>
            <translation>Nu: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New phase:</source>
            <translation>Nieuwe fase:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Since:</source>
            <translation>Sinds:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason for closing:</source>
            <translation>Reden van afsluiting:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the traject ends, for example released and aftercare finished, or moved abroad.</source>
            <translation>Waarom het traject eindigt, bijvoorbeeld vrijgelaten en nazorg afgerond, of verhuisd naar het buitenland.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Say why the traject is closed.</source>
            <translation>Geef aan waarom het traject wordt afgesloten.</translation>
        </message>
    </context>
    <context>
        <name>PlanDocument</name>
        <message>
            <location filename="../../src/trajectapp/documents/plan_document.py" line="+39" />
            <source>My plan</source>
            <translation>Mijn plan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For later</source>
            <translation>Voor later</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I am working on it now</source>
            <translation>Ik werk er nu aan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reached</source>
            <translation>Bereikt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stopped</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not started</source>
            <translation>Niet begonnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Busy with it</source>
            <translation>Ermee bezig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be done yet</source>
            <translation>Nog niet mogelijk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation>Niet meer nodig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Agrees</source>
            <translation>Akkoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does not agree</source>
            <translation>Niet akkoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not answer</source>
            <translation>Kon niet antwoorden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Me</source>
            <translation>Ik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My consultant</source>
            <translation>Mijn consulent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A partner service</source>
            <translation>Een partnerdienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My family</source>
            <translation>Mijn familie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else</source>
            <translation>Iemand anders</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This is my plan of %1. It says what I want to reach, and who does what to get there.</source>
            <translation>Dit is mijn plan van %1. Er staat in wat ik wil bereiken, en wie wat doet om daar te komen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What I want to reach</source>
            <translation>Wat ik wil bereiken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There are no goals in this printed plan.</source>
            <translation>Er staan geen doelen in dit afgedrukte plan.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Some goals may be left out of this printed plan, for example goals about health, religion or the case against me. My consultant can tell me about them.</source>
            <translation>Misschien staan niet alle doelen in dit afgedrukte plan, bijvoorbeeld doelen over gezondheid, religie of mijn strafzaak. Mijn consulent kan me er meer over vertellen.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>It has worked when</source>
            <translation>Het is gelukt als</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>By when</source>
            <translation>Tegen wanneer</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Where it stands</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <location line="-43" />
            <source>About</source>
            <translation>Gaat over</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Steps: who does what, by when</source>
            <translation>Stappen: wie doet wat, tegen wanneer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No steps yet.</source>
            <translation>Nog geen stappen.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation>Wie doet het</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Who agrees with this plan</source>
            <translation>Wie akkoord gaat met dit plan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody has answered yet.</source>
            <translation>Nog niemand heeft geantwoord.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why, in their own words</source>
            <translation>Waarom, in eigen woorden</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+59" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Signatures</source>
            <translation>Handtekeningen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By signing, we say that we have read this plan together.</source>
            <translation>Met onze handtekening bevestigen we dat we dit plan samen gelezen hebben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Plan of %1, printed %2</source>
            <translation>Plan van %1, afgedrukt op %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Confidential: for me and the people who sign this plan. Do not copy or pass it on.</source>
            <translation>Vertrouwelijk: voor mij en de mensen die dit plan ondertekenen. Niet kopiëren of doorgeven.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
    </context>
    <context>
        <name>PlanDocumentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/document_preview.py" line="+52" />
            <source>Plan document</source>
            <translation>Plandocument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include goals about health, religion or offences</source>
            <translation>Doelen over gezondheid, religie of misdrijven opnemen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version %1, made on %2</source>
            <translation>Versie %1, gemaakt op %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Version:</source>
            <translation>Versie:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>plan-%1.pdf</source>
            <translation>re-integratieplan-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan, version of %1</source>
            <translation>Re-integratieplan, versie van %1</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/plan_panel.py" line="+51" />
            <source>Goals and steps</source>
            <translation>Doelen en stappen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan versions</source>
            <translation>Planversies</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What you were typing before the vault locked is about health, religion or offences: it comes back when presentation mode ends.</source>
            <translation>Wat je aan het typen was voor de kluis vergrendeld werd, gaat over gezondheid, religie of misdrijven: het komt terug zodra de presentatiemodus stopt.</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_text.py" line="+34" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Success looks like</source>
            <translation>Geslaagd als</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why dropped</source>
            <translation>Waarom stopgezet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Levensdoel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation>Wie doet het</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Goal added: %1</source>
            <translation>Doel toegevoegd: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal removed: %1</source>
            <translation>Doel verwijderd: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal changed: %1</source>
            <translation>Doel gewijzigd: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step added: %1</source>
            <translation>Stap toegevoegd: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step removed: %1</source>
            <translation>Stap verwijderd: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step changed: %1</source>
            <translation>Stap gewijzigd: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the person does not agree</source>
            <translation>de persoon is niet akkoord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the person could not answer</source>
            <translation>de persoon kon niet antwoorden</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No answers yet</source>
            <translation>Nog geen antwoorden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 agree</source>
            <translation>%1 van %2 akkoord</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Plan of %1</source>
            <translation>Plan van %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Who agrees</source>
            <translation>Wie gaat akkoord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody has answered yet. Use Agreement… to record each party’s answer.</source>
            <translation>Nog niemand heeft geantwoord. Noteer met Akkoord… het antwoord van elke partij.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+110" />
            <source>Goals and steps</source>
            <translation>Doelen en stappen</translation>
        </message>
        <message>
            <location line="-102" />
            <source>target %1</source>
            <translation>streefdatum %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Success looks like:</source>
            <translation>Geslaagd als:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why dropped:</source>
            <translation>Waarom stopgezet:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No steps in this version.</source>
            <translation>Geen stappen in deze versie.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>nothing</source>
            <translation>niets</translation>
        </message>
        <message>
            <location line="+68" />
            <source>From the plan of %1 to the plan of %2</source>
            <translation>Van het plan van %1 naar het plan van %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No goal or step changed.</source>
            <translation>Er is geen doel of stap gewijzigd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unchanged: %1</source>
            <translation>Ongewijzigd: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Antwoorden</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>no answer</source>
            <translation>geen antwoord</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nobody answered either version.</source>
            <translation>Op geen van beide versies heeft iemand geantwoord.</translation>
        </message>
    </context>
    <context>
        <name>PlanVersionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_dialogs.py" line="-150" />
            <source>Record a plan version</source>
            <translation>Planversie vastleggen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A plan version keeps the goals and their steps as they are today. Every version is kept; ask each party afterwards whether they agree.</source>
            <translation>Een planversie legt de doelen en hun stappen vast zoals ze vandaag zijn. Elke versie wordt bewaard; vraag daarna aan elke partij of ze akkoord gaat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Goals for later and those being worked on are ticked.</source>
            <translation>Doelen voor later en doelen waaraan gewerkt wordt, zijn aangevinkt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goals hidden in presentation mode are included when they are still on.</source>
            <translation>Doelen die in presentatiemodus verborgen zijn, worden meegenomen als ze nog lopen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals in this version:</source>
            <translation>Doelen in deze versie:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed at the top of the plan document, for example: agreed at the meeting of 1 March with the justice house.</source>
            <translation>Wordt bovenaan het plandocument afgedrukt, bijvoorbeeld: afgesproken op het overleg van 1 maart met het justitiehuis.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Tick at least one goal.</source>
            <translation>Vink minstens één doel aan.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/preferences_dialog.py" line="+19" />
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new language is used from the next start of Trajectapp.</source>
            <translation>Een nieuwe taal geldt vanaf de volgende keer dat je Trajectapp start.</translation>
        </message>
        <message>
            <location line="+3" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lock the vault after this long without use:</source>
            <translation>De kluis vergrendelen na zoveel tijd zonder gebruik:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call for attention to releases within:</source>
            <translation>Aandacht vragen voor vrijlatingen binnen:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call for attention after no contact for more than:</source>
            <translation>Aandacht vragen bij geen contact gedurende meer dan:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/preview_page.py" line="+48" />
            <source>What will leave</source>
            <translation>Wat de kluis zal verlaten</translation>
        </message>
        <message>
            <location line="+47" />
            <source>A transfer package for %1: their Trajectapp imports it as a new case. Nothing is written yet.</source>
            <translation>Een overdrachtspakket voor %1: de ontvanger importeert het in Trajectapp als een nieuw dossier. Er is nog niets opgeslagen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These are the exact pages that will leave, for %1. Nothing is written yet.</source>
            <translation>Dit zijn precies de pagina's die naar %1 gaan. Er is nog niets opgeslagen.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The document could not be made (%1). Go back and try again, or choose fewer items.</source>
            <translation>Het document kon niet worden gemaakt (%1). Ga terug en probeer opnieuw, of kies minder onderdelen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Making the document…</source>
            <translation>Het document wordt gemaakt…</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n onderdeel</numerusform>
                <numerusform>%n onderdelen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of a special category</source>
            <translation>%1 met bijzondere persoonsgegevens</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Section</source>
            <translation>Rubriek</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the package</source>
            <translation>In het pakket</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Of a special category</source>
            <translation>Bijzondere persoonsgegevens</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>all %n</source>
            <translation>
                <numerusform>%n van %n</numerusform>
                <numerusform>alle %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The whole case</source>
            <translation>Het volledige dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked with a one-time passphrase, shown once after writing</source>
            <translation>beveiligd met een eenmalige wachtzin, die één keer getoond wordt na het opslaan</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/print_flow.py" line="+32" />
            <source>Print preview</source>
            <translation>Afdrukvoorbeeld</translation>
        </message>
    </context>
    <context>
        <name>ProgressNoteDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goal_dialogs.py" line="+37" />
            <source>Progress note</source>
            <translation>Voortgangsnotitie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Progress towards: %1</source>
            <translation>Voortgang bij: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation>Op:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What moved, what got in the way; the person's own words where they matter.</source>
            <translation>Wat vooruitging, wat in de weg stond; de eigen woorden van de persoon waar die ertoe doen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Write the note.</source>
            <translation>Schrijf de notitie.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="-48" />
            <source>Save as PDF</source>
            <translation>Opslaan als pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect with a password (recommended)</source>
            <translation>Beveiligen met een wachtwoord (aanbevolen)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trajectapp makes a strong password and shows it once, after saving. Only someone with the password can open the file. Without a password, anyone who gets hold of the file can read it.</source>
            <translation>Trajectapp maakt een sterk wachtwoord en toont het één keer, na het opslaan. Alleen wie het wachtwoord heeft, kan het bestand openen. Zonder wachtwoord kan iedereen die het bestand in handen krijgt, het lezen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose where to save…</source>
            <translation>Locatie kiezen…</translation>
        </message>
    </context>
    <context>
        <name>RadarChartWidget</name>
        <message>
            <location filename="../../src/trajectapp/ui/charts/radar_widget.py" line="+119" />
            <source>Not enough domains scored to draw a chart</source>
            <translation>Te weinig domeinen gescoord om een grafiek te tekenen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not scored</source>
            <translation>niet gescoord</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/recipient_dialog.py" line="+55" />
            <source>Who is it for?</source>
            <translation>Voor wie is het?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” leaves the vault as a file. The disclosure register of the case keeps who it is for, why, on what basis and the fingerprint of the file; never the password.</source>
            <translation>“%1” verlaat de kluis als bestand. Het register van verstrekkingen van het dossier houdt bij voor wie het is, waarom, op welke rechtsgrond en de vingerafdruk van het bestand; nooit het wachtwoord.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose who it is for</source>
            <translation>Kies voor wie het is</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A partner service in the directory</source>
            <translation>Een partnerdienst uit de partnerlijst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another service or professional</source>
            <translation>Een andere dienst of hulpverlener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant</source>
            <translation>Een andere consulent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person themself (their own copy)</source>
            <translation>De persoon zelf (eigen exemplaar)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Myself, to take to a meeting</source>
            <translation>Mezelf, om mee te nemen naar een overleg</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For:</source>
            <translation>Voor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the service</source>
            <translation>Kies de dienst</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Service:</source>
            <translation>Dienst:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why it is shared all the same</source>
            <translation>Waarom het toch gedeeld wordt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation>Motivering:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The consultant of this case (own copy)</source>
            <translation>De consulent van dit dossier (eigen exemplaar)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The consultant's name</source>
            <translation>Naam van de consulent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The service, or the professional and their service</source>
            <translation>De dienst, of de hulpverlener en zijn of haar dienst</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A copy of their own data: no consent is needed.</source>
            <translation>Een kopie van de eigen gegevens: er is geen toestemming nodig.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The person's recorded consent does not cover sharing with %1.</source>
            <translation>De geregistreerde toestemming van de persoon dekt het delen met %1 niet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No recorded consent covers %1: consent is recorded for partner services in the directory only.</source>
            <translation>Geen enkele geregistreerde toestemming dekt %1: toestemming wordt alleen geregistreerd voor partnerdiensten uit de partnerlijst.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You may share all the same: say why below.</source>
            <translation>Je mag toch delen: geef hieronder aan waarom.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The person's consent covers sharing with %1.</source>
            <translation>De toestemming van de persoon dekt het delen met %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May be shared: %1</source>
            <translation>Mag gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation>Mag niet gedeeld worden: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose who it is for.</source>
            <translation>Kies voor wie het is.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the service.</source>
            <translation>Kies de dienst.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the name.</source>
            <translation>Vul de naam in.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The recorded consent does not cover this: say why it is shared all the same.</source>
            <translation>De geregistreerde toestemming dekt dit niet: geef aan waarom het toch gedeeld wordt.</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/recipient_page.py" line="+31" />
            <source>Who receives it?</source>
            <translation>Wie ontvangt het?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only what you choose in the next steps leaves the vault, and the disclosure register keeps a record of it.</source>
            <translation>Alleen wat je in de volgende stappen kiest, verlaat de kluis, en het register van verstrekkingen houdt dat bij.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A partner service from the directory</source>
            <translation>Een partnerdienst uit de partnerlijst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant, who takes over the case</source>
            <translation>Een andere consulent, die het dossier overneemt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person themself: a copy of their own data</source>
            <translation>De persoon zelf: een kopie van de eigen gegevens</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type to find a service</source>
            <translation>Typ om een dienst te zoeken</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The directory lists no partner services yet: add them with Case ▸ Partner services.</source>
            <translation>De partnerlijst bevat nog geen partnerdiensten: voeg ze toe via Dossier ▸ Partnerdiensten.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Their name, and where they work</source>
            <translation>Naam en werkplek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They get a transfer package that their Trajectapp imports as a case.</source>
            <translation>De consulent krijgt een overdrachtspakket dat Trajectapp als dossier importeert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A copy of everything held about them (their right of access), with the list of everyone their data went to and how long the case is kept.</source>
            <translation>Een kopie van alles wat over de persoon bewaard wordt (recht op inzage), met de lijst van iedereen aan wie de gegevens verstrekt werden en hoelang het dossier bewaard blijft.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/unlock/recovery_dialog.py" line="+16" />
            <source>Open with the recovery key</source>
            <translation>Openen met de herstelsleutel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the recovery key from your recovery sheet (the groups may be separated by spaces or dashes), then choose a new passphrase.</source>
            <translation>Typ de herstelsleutel over van je herstelblad (de groepen mogen gescheiden zijn door spaties of streepjes) en kies daarna een nieuwe wachtzin.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
            <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recovery key:</source>
            <translation>Herstelsleutel:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A recovery key has 8 groups of 4 letters and digits (2–7).</source>
            <translation>Een herstelsleutel bestaat uit 8 groepen van 4 letters en cijfers (2–7).</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <location filename="../../src/trajectapp/documents/recovery_sheet.py" line="+48" />
            <source>Trajectapp recovery sheet</source>
            <translation>Herstelblad van Trajectapp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This sheet holds no case data. Do not keep a copy of it on any computer.</source>
            <translation>Dit blad bevat geen dossiergegevens. Bewaar er op geen enkele computer een kopie van.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Keep this page as carefully as the case files themselves.</source>
            <translation>Bewaar dit blad even zorgvuldig als de dossiers zelf.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What this key does</source>
            <translation>Waarvoor deze sleutel dient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If the passphrase is ever forgotten, this recovery key opens the vault and lets you set a new passphrase. Nothing else can do that.</source>
            <translation>Als de wachtzin ooit vergeten is, opent deze herstelsleutel de kluis en kun je een nieuwe wachtzin kiezen. Niets anders kan dat.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Anyone who holds this key together with the vault folder can read every case file in it, without knowing the passphrase.</source>
            <translation>Wie deze sleutel samen met de kluismap heeft, kan elk dossier erin lezen, zonder de wachtzin te kennen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>RECOVERY KEY</source>
            <translation>HERSTELSLEUTEL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the groups in order. Dashes and spaces are optional.</source>
            <translation>Typ de groepen in volgorde. Streepjes en spaties mogen weg.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How to keep it</source>
            <translation>Hoe je het bewaart</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Vault folder</source>
            <translation>Kluismap</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Created</source>
            <translation>Aangemaakt op</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep this page locked away, in a different place from the laptop.</source>
            <translation>Bewaar dit blad achter slot, op een andere plaats dan de laptop.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never photograph it, scan it, copy it out or store it digitally in any form.</source>
            <translation>Fotografeer, scan of kopieer het nooit, en bewaar het in geen enkele digitale vorm.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When the vault is retired, destroy this page: shred it, do not just throw it away.</source>
            <translation>Vernietig dit blad wanneer de kluis niet meer gebruikt wordt: versnipper het, gooi het niet zomaar weg.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Stored at:</source>
            <translation>Bewaarplaats:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature:</source>
            <translation>Handtekening:</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_dialog.py" line="+21" />
            <source>Disclosure register</source>
            <translation>Register van verstrekkingen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every time case data left this vault, or arrived in it: to whom or from whom, why, on what basis, whether the person's consent covered it, and the name, size and fingerprint (SHA-256) of the file. Entries cannot be changed or removed. Passwords are never kept.</source>
            <translation>Elke keer dat dossiergegevens deze kluis verlieten of erin binnenkwamen: aan of van wie, waarom, op welke rechtsgrond, of de toestemming van de persoon het dekte, en de naam, grootte en vingerafdruk (SHA-256) van het bestand. Registraties kunnen niet gewijzigd of verwijderd worden. Wachtwoorden worden nooit bewaard.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter: a name, a service, a purpose, a file…</source>
            <translation>Filter: een naam, een dienst, een doeleinde, een bestand…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter:</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing has left this vault yet.</source>
            <translation>Er heeft nog niets deze kluis verlaten.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n registratie</numerusform>
                <numerusform>%n registraties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 van %n registratie</numerusform>
                <numerusform>%1 van %n registraties</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_model.py" line="+25" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To or from</source>
            <translation>Aan of van</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>Doeleinde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis</source>
            <translation>Rechtsgrond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation>Bestandsnaam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 (earlier vault)</source>
            <translation>%1 (vorige kluis)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not covered: %1</source>
            <translation>Niet gedekt: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Covered</source>
            <translation>Gedekt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not needed</source>
            <translation>Niet nodig</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Recorded in the vault this case came from, and brought along with the case.</source>
            <translation>Geregistreerd in de kluis waaruit dit dossier komt, en met het dossier meegekomen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_view.py" line="+61" />
            <source>Disclosure register</source>
            <translation>Register van verstrekkingen</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../src/trajectapp/domain/retention.py" line="+21" />
            <source>This case file is kept until %1.</source>
            <translation>Dit dossier wordt bewaard tot %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This case file is kept until %1 years after the case is closed.</source>
            <translation>Dit dossier wordt bewaard tot %1 jaar nadat het afgesloten is.</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/consent_dialogs.py" line="+63" />
            <source>Revoke consent</source>
            <translation>Toestemming intrekken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the date it is revoked, the consent for “%1” no longer allows anything.</source>
            <translation>Vanaf de datum van intrekking staat de toestemming voor “%1” niets meer toe.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoked on:</source>
            <translation>Ingetrokken op:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This is before the consent was given (%1).</source>
            <translation>Dat is vóór de datum waarop de toestemming werd gegeven (%1).</translation>
        </message>
    </context>
    <context>
        <name>RiskAssessmentsView</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/risk_assessments_view.py" line="+34" />
            <source>Risk assessments made elsewhere are not scored here: note that one exists, when it was made, by whom and where it is held.</source>
            <translation>Externe risicotaxaties worden hier niet gescoord: noteer alleen dat er een is, wanneer en door wie ze opgemaakt werd, en waar ze te vinden is.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by</source>
            <translation>Opgemaakt door</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it is held</source>
            <translation>Vindplaats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation>Nog niets genoteerd.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record…</source>
            <translation>Noteren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
    </context>
    <context>
        <name>SaveAsPdf</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="+84" />
            <source>Save as PDF</source>
            <translation>Opslaan als pdf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+11" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="-10" />
            <source>The PDF could not be written there (%1). Nothing was saved: choose another folder, such as your Documents folder or a USB stick.</source>
            <translation>De pdf kon daar niet weggeschreven worden (%1). Er is niets opgeslagen: kies een andere map, zoals je map Documenten of een usb-stick.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The disclosure register cannot keep this: %1 Nothing was saved.</source>
            <translation>Het register van verstrekkingen kan dit niet bewaren: %1 Er is niets opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/search/search_page.py" line="+65" />
            <source>Find in notes</source>
            <translation>Zoeken in notities</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in the session notes and every free-text field</source>
            <translation>Woorden om te zoeken in de gespreksnotities en alle vrije tekstvelden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to where you were (Esc)</source>
            <translation>Terug naar waar je was (Esc)</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Type a word or a name to search the notes and free-text fields of every case.</source>
            <translation>Typ een woord of een naam om te zoeken in de notities en vrije tekstvelden van alle dossiers.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep typing, or press Enter to search.</source>
            <translation>Typ verder, of druk op Enter om te zoeken.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type letters or digits to search for.</source>
            <translation>Typ letters of cijfers om naar te zoeken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes contain “%1”.</source>
            <translation>Geen enkele notitie bevat “%1”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The best %1 results. Add a word to find fewer.</source>
            <translation>De %1 beste resultaten. Voeg een woord toe om gerichter te zoeken.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultaat</numerusform>
                <numerusform>%n resultaten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/search/results_model.py" line="+19" />
            <source>Session note</source>
            <translation>Gespreksnotitie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes on the person</source>
            <translation>Notities over de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase change</source>
            <translation>Fasewijziging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation decision</source>
            <translation>Beslissing over deelname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer to another prison</source>
            <translation>Overplaatsing naar een andere gevangenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs assessment</source>
            <translation>Inschatting van de noden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain in an assessment</source>
            <translation>Levensdomein in een inschatting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Push or pull factor</source>
            <translation>Push- of pullfactor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength</source>
            <translation>Sterkte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives</source>
            <translation>Good Lives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective</source>
            <translation>Toekomstperspectief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress note on a goal</source>
            <translation>Voortgangsnotitie bij een doel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action</source>
            <translation>Opvolgactie</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Found in</source>
            <translation>Gevonden in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/secret_dialog.py" line="+60" />
            <source>The passphrase of the package</source>
            <translation>De wachtzin van het pakket</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The password of the PDF</source>
            <translation>Het wachtwoord van de pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The transfer package %1 is written. Their Trajectapp asks for this passphrase when they import it.</source>
            <translation>Het overdrachtspakket %1 is opgeslagen. Trajectapp vraagt de ontvanger om deze wachtzin bij het importeren.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is written and opens only with this password.</source>
            <translation>%1 is opgeslagen en opent alleen met dit wachtwoord.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give it to %1 separately from the file: on the printed slip, by phone or in person. Trajectapp does not keep it: this is the only time it is shown.</source>
            <translation>Geef het aan %1, los van het bestand: op het afgedrukte briefje, telefonisch of persoonlijk. Trajectapp bewaart het niet: dit is de enige keer dat het getoond wordt.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Print slip…</source>
            <translation>Wachtwoordbriefje afdrukken…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>I have noted it</source>
            <translation>Ik heb het genoteerd</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not printed</source>
            <translation>Niet afgedrukt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The printer could not take the slip. Check that it is switched on and try again, or note the passphrase by hand.</source>
            <translation>De printer kon het briefje niet afdrukken. Controleer of hij aanstaat en probeer opnieuw, of noteer de wachtzin met de hand.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The printer could not take the slip. Check that it is switched on and try again, or note the password by hand.</source>
            <translation>De printer kon het wachtwoordbriefje niet afdrukken. Controleer of hij aanstaat en probeer opnieuw, of noteer het wachtwoord met de hand.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The slip has gone to the printer.</source>
            <translation>Het wachtwoordbriefje is naar de printer gestuurd.</translation>
        </message>
    </context>
    <context>
        <name>Selection</name>
        <message>
            <location filename="../../src/trajectapp/services/case_selection.py" line="+35" />
            <source>The person</source>
            <translation>De persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The traject: phases, transfers, participation and consent</source>
            <translation>Het traject: fasen, overplaatsingen, deelname en toestemming</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+79" />
            <source>Partner services involved</source>
            <translation>Betrokken partnerdiensten</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Needs assessments</source>
            <translation>Inschattingen van de noden</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+2" />
            <source>Risk assessments made elsewhere</source>
            <translation>Externe risicotaxaties</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Push and pull factors</source>
            <translation>Push- en pullfactoren</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Strengths and old passions</source>
            <translation>Sterktes en vroegere passies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Good Lives lens</source>
            <translation>Primaire levensdoelen (Good Lives-model)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective, in the person's own words</source>
            <translation>Toekomstperspectief, in de eigen woorden van de persoon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals and steps</source>
            <translation>Doelen en stappen</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+6" />
            <source>Plan versions</source>
            <translation>Planversies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions and their notes</source>
            <translation>Gesprekken en hun notities</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+2" />
            <source>Follow-up actions</source>
            <translation>Opvolgacties</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier disclosures (the register)</source>
            <translation>Eerdere verstrekkingen (het register)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>planned</source>
            <translation>gepland</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held</source>
            <translation>doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Assessment of %1</source>
            <translation>Inschatting van %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Step: %1</source>
            <translation>Stap: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Progress note of %1</source>
            <translation>Voortgangsnotitie van %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Goal: %1</source>
            <translation>Doel: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1, made on %2</source>
            <translation>%1, opgemaakt op %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: %2, noted on %3</source>
            <translation>%1: %2, genoteerd op %3</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Perspective of %1</source>
            <translation>Toekomstperspectief van %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Plan version of %1</source>
            <translation>Planversie van %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 on %2, %3</source>
            <translation>%1 op %2, %3</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Action: %1</source>
            <translation>Opvolgactie: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Phase: %1, from %2</source>
            <translation>Fase: %1, vanaf %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Transfer to %1 on %2</source>
            <translation>Overplaatsing naar %1 op %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participation: %1, on %2</source>
            <translation>Deelname: %1, op %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Consent to share with %1: %2, asked on %3</source>
            <translation>Toestemming om te delen met %1: %2, gevraagd op %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Consent to anonymised statistics: %1, asked on %2</source>
            <translation>Toestemming voor geanonimiseerde statistieken: %1, gevraagd op %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sent to %1 on %2</source>
            <translation>Verstrekt aan %1 op %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received from %1 on %2</source>
            <translation>Ontvangen van %1 op %2</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/services/transfer.py" line="-17" />
            <source>Phase changes</source>
            <translation>Fasewijzigingen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfers between prisons</source>
            <translation>Overplaatsingen tussen gevangenissen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation decisions</source>
            <translation>Beslissingen over deelname</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Toestemmingen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Life domains assessed</source>
            <translation>Ingeschatte levensdomeinen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Good Lives entries</source>
            <translation>Primaire levensdoelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective versions</source>
            <translation>Versies van het toekomstperspectief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress notes</source>
            <translation>Voortgangsnotities</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sessions</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Earlier disclosures</source>
            <translation>Eerdere verstrekkingen</translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/selection_page.py" line="+39" />
            <source>What leaves?</source>
            <translation>Wat verlaat de kluis?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select all</source>
            <translation>Alles selecteren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select none</source>
            <translation>Niets selecteren</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Everything held about them is chosen: their right of access covers all of it. Leave out only what would tell them about someone else.</source>
            <translation>Alles wat over de persoon bewaard wordt, is gekozen: het recht op inzage geldt voor alles. Laat alleen weg wat iets over iemand anders zou onthullen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A colleague who takes over the case usually needs all of it: Select all. The package opens as a case, so the person's name goes with it.</source>
            <translation>Een collega die het dossier overneemt, heeft meestal alles nodig: kies Alles selecteren. Het pakket opent als een dossier, dus de naam van de persoon gaat mee.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing is chosen yet. Tick only what %1 needs for this purpose.</source>
            <translation>Er is nog niets gekozen. Vink alleen aan wat %1 nodig heeft voor dit doeleinde.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Purple items hold special-category data (religion or ideology, health, offences): ticking them asks you to confirm.</source>
            <translation>Paarse onderdelen bevatten bijzondere persoonsgegevens (religie of ideologie, gezondheid, misdrijven): als je ze aanvinkt, moet je dat bevestigen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” holds special-category data (%2). Send it all the same?</source>
            <translation>“%1” bevat bijzondere persoonsgegevens (%2). Toch meesturen?</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n of these items hold special-category data (%1). Send them all the same?</source>
            <translation>
                <numerusform>%n van deze onderdelen bevat bijzondere persoonsgegevens (%1). Toch meesturen?</numerusform>
                <numerusform>%n van deze onderdelen bevatten bijzondere persoonsgegevens (%1). Toch meesturen?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category data</source>
            <translation>Bijzondere persoonsgegevens</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n item(s) chosen</source>
            <translation>
                <numerusform>%n onderdeel gekozen</numerusform>
                <numerusform>%n onderdelen gekozen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of a special category</source>
            <translation>%1 met bijzondere persoonsgegevens</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose at least one item.</source>
            <translation>Kies minstens één onderdeel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick the person's name: the package opens as a case, and a case needs a name.</source>
            <translation>Vink de naam van de persoon aan: het pakket opent als een dossier, en een dossier heeft een naam nodig.</translation>
        </message>
    </context>
    <context>
        <name>SelectionTreeModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/selection_model.py" line="+42" />
            <source>What can leave</source>
            <translation>Wat de kluis kan verlaten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Special category</source>
            <translation>Bijzondere persoonsgegevens</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 of a special category</source>
            <translation>%1 met bijzondere persoonsgegevens</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Special-category data (%1): it leaves only if you tick it and confirm.</source>
            <translation>Bijzondere persoonsgegevens (%1): dit onderdeel gaat alleen mee als je het aanvinkt en bevestigt.</translation>
        </message>
    </context>
    <context>
        <name>ServiceForm</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/service_form.py" line="+53" />
            <source>for example: welfare, employment, mental health</source>
            <translation>bijvoorbeeld: welzijn, werk, geestelijke gezondheid</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One person a line, with their role if it helps</source>
            <translation>Eén persoon per regel, eventueel met functie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>name@organisation.be</source>
            <translation>naam@organisatie.be</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide from lists (kept for past cases)</source>
            <translation>Verbergen in lijsten (blijft bewaard voor vroegere dossiers)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden service is no longer offered when you involve a service in a case; cases it worked on keep showing it.</source>
            <translation>Een verborgen dienst wordt niet meer voorgesteld als je een dienst bij een dossier betrekt; dossiers waarin de dienst werkte, blijven hem tonen.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of service:</source>
            <translation>Soort dienst:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation:</source>
            <translation>Organisatie:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact people:</source>
            <translation>Contactpersonen:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone:</source>
            <translation>Telefoon:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation>Notities:</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Type the name of the service.</source>
            <translation>Vul de naam van de dienst in.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This does not look like an e-mail address: use name@organisation.be</source>
            <translation>Dit lijkt geen e-mailadres: gebruik naam@organisatie.be</translation>
        </message>
    </context>
    <context>
        <name>ServiceListModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/service_list_model.py" line="+48" />
            <source>%1 (hidden)</source>
            <translation>%1 (verborgen)</translation>
        </message>
    </context>
    <context>
        <name>SessionChoices</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/choices.py" line="+57" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First noted on %1</source>
            <translation>Voor het eerst opgemerkt op %1</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/session_dialog.py" line="+72" />
            <source>Session</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record a session</source>
            <translation>Gesprek registreren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan a session</source>
            <translation>Gesprek plannen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>14:30</source>
            <translation>14:30</translation>
        </message>
        <message>
            <location line="+2" />
            <source>60</source>
            <translation>60</translation>
        </message>
        <message>
            <location line="+9" />
            <source>at</source>
            <translation>om</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for</source>
            <translation>gedurende</translation>
        </message>
        <message>
            <location line="+2" />
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No particular focus</source>
            <translation>Geen specifieke focus</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For example: interview room 2, wing B</source>
            <translation>Bijvoorbeeld: gesprekslokaal 2, vleugel B</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who took part:</source>
            <translation>Deelnemers:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What it touched:</source>
            <translation>Waarover het ging:</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Names are optional; separate several with commas.</source>
            <translation>Namen zijn niet verplicht; scheid meerdere namen met komma's.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Names, if you like</source>
            <translation>Namen, als je wilt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who: a lawyer, an imam, a friend…</source>
            <translation>Wie: een advocaat, een imam, een vriend…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Partner services:</source>
            <translation>Partnerdiensten:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factors of this case</source>
            <translation>Factoren van dit dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives goods</source>
            <translation>Primaire levensdoelen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No factors recorded for this case yet.</source>
            <translation>Nog geen factoren geregistreerd voor dit dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick what the session was about; none is needed.</source>
            <translation>Vink aan waarover het gesprek ging; dat is niet verplicht.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags about health, religion or offences are hidden in presentation mode.</source>
            <translation>Labels over gezondheid, religie of misdrijven zijn verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Those in purple are special-category data (health, religion, offences): hidden in presentation mode.</source>
            <translation>Wat in het paars staat, zijn bijzondere persoonsgegevens (gezondheid, religie, misdrijven): verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Not a time: use 14:30</source>
            <translation>Geen geldig uur: gebruik 14:30</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Type the date.</source>
            <translation>Vul de datum in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This date has passed: record the session as held instead.</source>
            <translation>Deze datum ligt in het verleden: registreer het gesprek dan als doorgegaan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This date is still to come: plan the session instead.</source>
            <translation>Deze datum ligt in de toekomst: plan het gesprek dan in.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the minutes as a number, for example 60.</source>
            <translation>Geef het aantal minuten als getal, bijvoorbeeld 60.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The duration must be between 1 and %1 minutes (a day).</source>
            <translation>De duur moet tussen 1 en %1 minuten liggen (een dag).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A name is too long: keep each to at most %1 characters.</source>
            <translation>Een naam is te lang: gebruik per naam hoogstens %1 tekens.</translation>
        </message>
    </context>
    <context>
        <name>SessionNotes</name>
        <message>
            <location filename="../../src/trajectapp/documents/session_notes.py" line="+34" />
            <source>Session notes</source>
            <translation>Gespreksnotities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags about religion or ideology, health and offences were left out of these notes.</source>
            <translation>Labels over religie of ideologie, gezondheid en misdrijven zijn uit deze notities weggelaten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Planned, not held yet</source>
            <translation>Gepland, nog niet doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation>Doorgegaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No sessions in this period.</source>
            <translation>Geen gesprekken in deze periode.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Printed %1</source>
            <translation>Afgedrukt op %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: holds personal data from a case file. Do not copy or pass it on.</source>
            <translation>Vertrouwelijk: bevat persoonsgegevens uit een dossier. Niet kopiëren of doorgeven.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit seal when this file was made: %1 (entry %2)</source>
            <translation>Zegel van de geschiedenis bij het maken van dit bestand: %1 (vermelding %2)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The notes of one session.</source>
            <translation>De notities van één gesprek.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes of the sessions from %1 to %2: %3 in all.</source>
            <translation>De notities van de gesprekken van %1 tot %2: %3 in totaal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes of the sessions from %1 to %2: one in all.</source>
            <translation>De notities van de gesprekken van %1 tot %2: één in totaal.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 minutes</source>
            <translation>%1 minuten</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Taking part</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Life domains</source>
            <translation>Levensdomeinen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factors</source>
            <translation>Factoren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Good Lives goods</source>
            <translation>Primaire levensdoelen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 (family)</source>
            <translation>%1 (familie)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No note.</source>
            <translation>Geen notitie.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Follow-up action</source>
            <translation>Opvolgactie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>Tegen wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Afgerond op</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/trajectapp/ui/setup/setup_wizard.py" line="+96" />
            <source>Back</source>
            <translation>Vorige</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+160" />
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <location line="-152" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Welcome to Trajectapp</source>
            <translation>Welkom bij Trajectapp</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Trajectapp keeps your case files in an encrypted vault on this laptop. Nothing leaves it unless you export it yourself.

First, choose where the vault will live. The suggested folder is fine for most people.</source>
            <translation>Trajectapp bewaart je dossiers in een versleutelde kluis op deze laptop. Niets verlaat die kluis, tenzij je het zelf exporteert.

Kies eerst waar de kluis komt. De voorgestelde map is voor de meeste mensen prima.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose another folder…</source>
            <translation>Andere map kiezen…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose a passphrase</source>
            <translation>Kies een wachtzin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You will type it each time you open the vault. A short sentence that only you would think of is easier to remember and harder to guess than a complicated word.</source>
            <translation>Je typt de wachtzin telkens wanneer je de kluis opent. Een korte zin die alleen jij zou bedenken, is makkelijker te onthouden en moeilijker te raden dan een ingewikkeld woord.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Your recovery key</source>
            <translation>Je herstelsleutel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>If you ever forget your passphrase, this key is the only way back into the vault. Copy it by hand or print the recovery sheet, and keep it locked away, apart from this laptop. It is shown only now.</source>
            <translation>Als je ooit je wachtzin vergeet, is deze sleutel de enige weg terug in de kluis. Schrijf hem met de hand over of druk het herstelblad af, en berg hem veilig achter slot op, niet bij deze laptop. Hij wordt alleen nu getoond.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Print recovery sheet…</source>
            <translation>Herstelblad afdrukken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save recovery sheet as PDF…</source>
            <translation>Herstelblad opslaan als pdf…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I have copied or printed the recovery key</source>
            <translation>Ik heb de herstelsleutel overgeschreven of afgedrukt</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Check your copy</source>
            <translation>Controleer je kopie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To be sure the copy is right, type group %1 of your recovery key from your copy.</source>
            <translation>Typ groep %1 van je herstelsleutel over van je kopie, om zeker te zijn dat die klopt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Group %1</source>
            <translation>Groep %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Create vault</source>
            <translation>Kluis aanmaken</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is already a vault in this folder. Choose an empty folder.</source>
            <translation>Er staat al een kluis in deze map. Kies een lege map.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This folder already holds other files. Choose an empty folder.</source>
            <translation>Deze map bevat al andere bestanden. Kies een lege map.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Folder for the vault</source>
            <translation>Map voor de kluis</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save recovery sheet</source>
            <translation>Herstelblad opslaan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation>Pdf (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet could not be saved: %1</source>
            <translation>Het herstelblad kon niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The recovery sheet was saved. Print it, then move the file off this laptop: anyone who has it and the vault folder can open your case files.</source>
            <translation>Het herstelblad is opgeslagen. Druk het af en zet het bestand daarna ergens anders dan op deze laptop: wie het bestand en de kluismap heeft, kan je dossiers openen.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That is not group %1 of the recovery key. Check your copy; you can go back to see the key again.</source>
            <translation>Dat is niet groep %1 van de herstelsleutel. Controleer je kopie; je kunt teruggaan om de sleutel opnieuw te zien.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The vault could not be created (%1). Nothing was written.</source>
            <translation>De kluis kon niet worden aangemaakt (%1). Er is niets opgeslagen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vault not created</source>
            <translation>Kluis niet aangemaakt</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/step_dialog.py" line="+35" />
            <source>New step</source>
            <translation>Nieuwe stap</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A step towards: %1</source>
            <translation>Een stap naar: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For example: ask the social service about a rent deposit</source>
            <translation>Bijvoorbeeld: bij de sociale dienst informeren naar een huurwaarborg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What:</source>
            <translation>Wat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it:</source>
            <translation>Wie doet het:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due:</source>
            <translation>Uiterste datum:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say what the step is.</source>
            <translation>Geef aan wat de stap is.</translation>
        </message>
    </context>
    <context>
        <name>StrengthDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="-165" />
            <source>New strength or old passion</source>
            <translation>Nieuwe sterkte of vroegere passie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strength or old passion</source>
            <translation>Sterkte of vroegere passie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it is:</source>
            <translation>Soort:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Description:</source>
            <translation>Omschrijving:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In the person's own words where you can: what they were good at, loved, or held on to.</source>
            <translation>Waar het kan in de eigen woorden van de persoon: waar die goed in was, wat die graag deed of waaraan die zich vasthield.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For example: since primary school, 2015–2018, before prison</source>
            <translation>Bijvoorbeeld: sinds de lagere school, 2015–2018, voor de gevangenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since when:</source>
            <translation>Sinds wanneer:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Picking it up again:</source>
            <translation>Opnieuw oppakken:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How it could be picked up again, in prison or after release.</source>
            <translation>Hoe de persoon het opnieuw kan oppakken, in de gevangenis of na de vrijlating.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose what kind of strength this is.</source>
            <translation>Kies wat voor sterkte dit is.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Describe the strength or passion.</source>
            <translation>Omschrijf de sterkte of passie.</translation>
        </message>
    </context>
    <context>
        <name>StrengthsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strengths_panel.py" line="+41" />
            <source>Strengths and old passions</source>
            <translation>Sterktes en vroegere passies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives</source>
            <translation>Good Lives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective</source>
            <translation>Toekomstperspectief</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Kept for later</source>
            <translation>Bewaard voor later</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A good you were changing before the lock is hidden in presentation mode. Its form comes back when you leave presentation mode.</source>
            <translation>Een levensdoel dat je aan het wijzigen was vóór de vergrendeling, is verborgen in presentatiemodus. Het formulier komt terug zodra je de presentatiemodus verlaat.</translation>
        </message>
    </context>
    <context>
        <name>StrengthsSection</name>
        <message>
            <location line="-245" />
            <source>What it is</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength or old passion</source>
            <translation>Sterkte of vroegere passie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since when</source>
            <translation>Sinds wanneer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it could be picked up again</source>
            <translation>Hoe opnieuw oppakken</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No strengths or old passions recorded yet. What was the person good at, what did they love doing, who and what did they hold on to? Each can be a way forward.</source>
            <translation>Nog geen sterktes of vroegere passies genoteerd. Waar was de persoon goed in, wat deed die graag, aan wie en wat hield die zich vast? Elk ervan kan een weg vooruit zijn.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/timeline_view.py" line="+64" />
            <source>Consent for sharing with %1</source>
            <translation>Toestemming om te delen met %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a partner service</source>
            <translation>een partnerdienst</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent to anonymised statistics</source>
            <translation>Toestemming voor geanonimiseerde statistieken</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Traject closed</source>
            <translation>Traject afgesloten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phase reached: %1</source>
            <translation>Fase bereikt: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Transfer from %1 to %2</source>
            <translation>Overplaatsing van %1 naar %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Transfer to %1</source>
            <translation>Overplaatsing naar %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participation: %1</source>
            <translation>Deelname: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation>In eigen woorden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 revoked</source>
            <translation>%1 ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be shared</source>
            <translation>Mag gedeeld worden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>May not be shared</source>
            <translation>Mag niet gedeeld worden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing recorded yet. Record the first contact with “Change phase…”.</source>
            <translation>Nog niets geregistreerd. Registreer het eerste contact met “Fase wijzigen…”.</translation>
        </message>
    </context>
    <context>
        <name>TrajectTab</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_tab.py" line="+61" />
            <source>Change phase…</source>
            <translation>Fase wijzigen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record transfer…</source>
            <translation>Overplaatsing registreren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation…</source>
            <translation>Deelname…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent…</source>
            <translation>Toestemming…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Decide…</source>
            <translation>Antwoord registreren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoke…</source>
            <translation>Intrekken…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Consents</source>
            <translation>Toestemmingen</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="+18" />
            <source>Record a transfer</source>
            <translation>Overplaatsing registreren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not recorded</source>
            <translation>niet ingevuld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From:</source>
            <translation>Van:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To prison:</source>
            <translation>Naar gevangenis:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation>Op:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the prison the person moves to.</source>
            <translation>Vul de gevangenis in waarnaar de persoon overgeplaatst wordt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is the prison the person is in now.</source>
            <translation>Dat is de gevangenis waar de persoon nu verblijft.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../src/trajectapp/ui/unlock/unlock_screen.py" line="+57" />
            <source>Trajectapp is locked</source>
            <translation>Trajectapp is vergrendeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vault: %1</source>
            <translation>Kluis: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The last seconds of typing before the lock could not be saved: the disk refused to write them (it may be full or read-only). Free some space on the disk before you go on.</source>
            <translation>De laatste seconden typwerk voor het vergrendelen konden niet worden opgeslagen: de schijf weigerde ze te schrijven (ze is misschien vol of alleen-lezen). Maak ruimte vrij op de schijf voor je verdergaat.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Forgot passphrase…</source>
            <translation>Wachtzin vergeten…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another vault…</source>
            <translation>Andere kluis openen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create a new vault…</source>
            <translation>Nieuwe kluis aanmaken…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Passphrase:</source>
            <translation>Wachtzin:</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unlocking…</source>
            <translation>De kluis wordt ontgrendeld…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening with the recovery key…</source>
            <translation>De kluis wordt geopend met de herstelsleutel…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>New passphrase set</source>
            <translation>Nieuwe wachtzin ingesteld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vault is open and your new passphrase is set. Your recovery key stays the same.</source>
            <translation>De kluis is open en je nieuwe wachtzin is ingesteld. Je herstelsleutel blijft dezelfde.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation>De kluis kon niet worden geopend (%1). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Next try possible in %1 s.</source>
            <translation>Nieuwe poging mogelijk over %1 s.</translation>
        </message>
    </context>
    <context>
        <name>UnsavedNotes</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/unsaved_notes.py" line="+29" />
            <source>A note you were writing on %1 was not saved.

It is the note of the session of %2 with %3. Open it?</source>
            <translation>Een notitie die je op %1 aan het schrijven was, is niet opgeslagen.

Het is de notitie van het gesprek van %2 met %3. Openen?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unsaved note</source>
            <translation>Niet-opgeslagen notitie</translation>
        </message>
    </context>
    <context>
        <name>VersionsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/versions_section.py" line="+63" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Antwoorden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No plan version yet. When the goals and steps are ready, record a version, then ask the person, yourself and each partner service whether they agree.</source>
            <translation>Nog geen planversie. Zodra de doelen en stappen klaar zijn, leg je een versie vast. Vraag dan de persoon, jezelf en elke partnerdienst of ze akkoord gaan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record plan version…</source>
            <translation>Planversie vastleggen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement…</source>
            <translation>Akkoord…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare…</source>
            <translation>Vergelijken…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan document…</source>
            <translation>Plandocument…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Versions of the plan</source>
            <translation>Versies van het plan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chosen version, as it was</source>
            <translation>De gekozen versie, zoals ze was</translation>
        </message>
        <message>
            <location line="+48" />
            <source>A recorded version shows here as it was on its date, with every party's answer.</source>
            <translation>Een vastgelegde versie verschijnt hier zoals ze was op haar datum, met het antwoord van elke partij.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a version to see its goals, steps and answers as they were.</source>
            <translation>Kies een versie om de doelen, stappen en antwoorden te zien zoals ze toen waren.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Goals about health, religion or offences are hidden in presentation mode.</source>
            <translation>Doelen over gezondheid, religie of misdrijven zijn verborgen in presentatiemodus.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No goals yet</source>
            <translation>Nog geen doelen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A plan version holds goals and their steps. Add a goal on the Goals and steps page first.</source>
            <translation>Een planversie bevat doelen en hun stappen. Voeg eerst een doel toe op het tabblad Doelen en stappen.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/workspace.py" line="+89" />
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs</source>
            <translation>Noden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factors</source>
            <translation>Factoren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strengths</source>
            <translation>Sterktes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosures</source>
            <translation>Verstrekkingen</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Export case</source>
            <translation>Dossier exporteren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open a case first: an export takes what leaves from one case file.</source>
            <translation>Open eerst een dossier: een export haalt de gegevens uit één dossier.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The person's details have changes that are not saved, and an export takes what is saved. Save them first?</source>
            <translation>De gegevens van de persoon bevatten wijzigingen die niet zijn opgeslagen, en een export neemt alleen wat opgeslagen is. Eerst opslaan?</translation>
        </message>
    </context>
    <context>
        <name>_PresentationPlaceholder</name>
        <message>
            <location line="-198" />
            <source>Presentation mode

No case is open. Leave presentation mode to see the caseload.</source>
            <translation>Presentatiemodus

Er is geen dossier open. Verlaat de presentatiemodus om je caseload te zien.</translation>
        </message>
    </context>
</TS>
