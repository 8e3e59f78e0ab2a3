<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/action_dialog.py" line="+37" />
            <source>Follow-up action</source>
            <translation>Action de suivi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the session of %1.</source>
            <translation>Issue de l'entretien du %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What:</source>
            <translation>Action :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For example: the consultant, the person, VDAB</source>
            <translation>Par exemple : le consultant, la personne, le VDAB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who:</source>
            <translation>Qui :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due on:</source>
            <translation>Échéance :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Say what needs to be done.</source>
            <translation>Indiquez ce qui doit être fait.</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/agenda_model.py" line="+65" />
            <source>Today, %1</source>
            <translation>Aujourd'hui, %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tomorrow, %1</source>
            <translation>Demain, %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>appointment today at %1</source>
            <translation>rendez-vous aujourd'hui à %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>appointment tomorrow at %1</source>
            <translation>rendez-vous demain à %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>appointment on %1 at %2</source>
            <translation>rendez-vous le %1 à %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Step: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(goal: %1)</source>
            <translation>(objectif : %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action: %1</source>
            <translation>Action : %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due %1</source>
            <comment>an overdue action or step: the day it was due</comment>
            <translation>Échéance le %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Due</source>
            <comment>an action or step due on this day</comment>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This week and next</source>
            <translation>Cette semaine et la suivante</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No sessions planned and nothing due until %1.</source>
            <translation>Aucun entretien planifié et rien à faire jusqu'au %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Releases within %1</source>
            <translation>Libérations dans les %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Released today</source>
            <translation>Libération aujourd'hui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Released tomorrow</source>
            <translation>Libération demain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Released in %1</source>
            <translation>Libération dans %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No contact for more than %1</source>
            <translation>Sans contact depuis plus de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No contact for %1</source>
            <translation>Sans contact depuis %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nothing planned in these two weeks</source>
            <translation>rien de prévu ces deux semaines</translation>
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
            <translation>Planifier un entretien…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a person and plan a session with them</source>
            <translation>Choisissez une personne et planifiez un entretien avec elle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to where you were (Esc)</source>
            <translation>Revenir à l'écran précédent (Esc)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>This week and next: %1 to %2</source>
            <translation>Cette semaine et la suivante : du %1 au %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing planned or due in this week and the next, no releases coming up and no one waiting too long for a contact. Plan a session with the button above.</source>
            <translation>Rien de prévu ni à faire cette semaine et la suivante, aucune libération en vue et personne n'attend trop longtemps un contact. Planifiez un entretien avec le bouton ci-dessus.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Plan a session</source>
            <translation>Planifier un entretien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There are no active cases. Add a person with Case → New case (Ctrl+N).</source>
            <translation>Il n'y a aucun dossier actif. Ajoutez une personne avec Dossier → Nouveau dossier (Ctrl+N).</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_dialogs.py" line="+130" />
            <source>Does everyone agree?</source>
            <translation>Tout le monde est-il d'accord ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The plan version of %1.</source>
            <translation>La version du plan du %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who answers:</source>
            <translation>Qui répond :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer:</source>
            <translation>Réponse :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why:</source>
            <translation>Pourquoi :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In their own words: write down what they said, as they said it.</source>
            <translation>Avec ses propres mots : notez ce qui a été dit, tel quel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On:</source>
            <translation>Le :</translation>
        </message>
        <message>
            <location line="+25" />
            <source>an unknown date</source>
            <translation>une date inconnue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 answered already: %2 (%3). Saving replaces that answer.</source>
            <translation>%1 a déjà répondu : %2 (%3). L'enregistrement remplace cette réponse.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write down why they do not agree, in their words.</source>
            <translation>Notez avec ses propres mots pourquoi cette partie n'est pas d'accord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down why no answer could be given.</source>
            <translation>Notez pourquoi aucune réponse n'a pu être donnée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This is before the plan version itself (%1).</source>
            <translation>Cette date précède celle de la version du plan (%1).</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/app.py" line="+168" />
            <source>Create your vault</source>
            <translation>Créez votre coffre-fort</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location line="+44" />
            <source>The vault is damaged</source>
            <translation>Le coffre-fort est endommagé</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cases: %1 · Locks after %2 min without use</source>
            <translation>Dossiers : %1 · Verrouillage après %2 min d'inactivité</translation>
        </message>
        <message>
            <location line="+115" />
            <source>Changing the passphrase…</source>
            <translation>Modification de la phrase secrète…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Passphrase changed</source>
            <translation>Phrase secrète modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the new passphrase from now on. Your recovery key stays the same.</source>
            <translation>Utilisez désormais la nouvelle phrase secrète. Votre clé de récupération reste la même.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The passphrase could not be changed (%1). The old one still works.</source>
            <translation>La phrase secrète n'a pas pu être modifiée (%1). L'ancienne fonctionne toujours.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase not changed</source>
            <translation>Phrase secrète non modifiée</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open a vault</source>
            <translation>Ouvrir un coffre-fort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not a vault</source>
            <translation>Pas un coffre-fort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That folder is not a Trajectapp vault. A vault folder holds vault.db and vault.key.</source>
            <translation>Ce répertoire n'est pas un coffre-fort Trajectapp. Le répertoire d'un coffre-fort contient vault.db et vault.key.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>About Trajectapp</source>
            <translation>À propos de Trajectapp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trajectapp %1
Encrypted case files for disengagement consultants. Works offline; nothing leaves this laptop unless you export it.</source>
            <translation>Trajectapp %1
Dossiers chiffrés pour les consultants en désengagement. Fonctionne hors ligne ; rien ne quitte cet ordinateur, sauf si vous l'exportez.</translation>
        </message>
    </context>
    <context>
        <name>ApproximateDateEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+128" />
            <source>DD/MM/YYYY, MM/YYYY or YYYY</source>
            <translation>JJ/MM/AAAA, MM/AAAA ou AAAA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A day (01/03/2027), a month (03/2027) or only a year (2027); leave empty if not known.</source>
            <translation>Un jour (01/03/2027), un mois (03/2027) ou seulement une année (2027) ; laissez vide si la date est inconnue.</translation>
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <location filename="../../src/trajectapp/ui/ask.py" line="+102" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/assessment_dialogs.py" line="+59" />
            <source>New assessment</source>
            <translation>Nouvelle évaluation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date and note of the assessment</source>
            <translation>Date et note de l'évaluation</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example how the assessment came about, or who took part.</source>
            <translation>Par exemple comment l'évaluation s'est déroulée, ou qui y a participé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The scores and notes of each domain stay as they are.</source>
            <translation>Les scores et les notes de chaque domaine restent inchangés.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>It starts as a copy of the assessment of %1, so that you only change what has changed.</source>
            <translation>Elle part d'une copie de l'évaluation du %1 : vous ne modifiez que ce qui a changé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No assessment is dated before it: it starts empty.</source>
            <translation>Aucune évaluation n'est antérieure à cette date : elle commence vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first assessment of this case: it starts empty.</source>
            <translation>Première évaluation de ce dossier : elle commence vide.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentItemDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/item_dialog.py" line="+44" />
            <source>Needs: %1</source>
            <translation>Besoins : %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In the assessment of %1.</source>
            <translation>Dans l'évaluation du %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything here is special-category data (%1): hidden in presentation mode.</source>
            <translation>Tout ce qui figure ici relève des données sensibles (%1) : masqué en mode présentation.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not scored</source>
            <translation>Sans score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand:</source>
            <translation>Situation actuelle :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No score given</source>
            <translation>Aucun score donné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's own score:</source>
            <translation>Score donné par la personne :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Motivation to change:</source>
            <translation>Motivation au changement :</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Views:</source>
            <translation>Points de vue :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How the person sees it</source>
            <translation>Comment la personne le voit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How you see it</source>
            <translation>Comment vous le voyez</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Do they see it the same way?</source>
            <translation>Avez-vous le même point de vue ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In their own words:</source>
            <translation>Avec ses propres mots :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the person said about it, as they said it.</source>
            <translation>Ce que la personne en a dit, tel quel.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Support needed:</source>
            <translation>Soutien nécessaire :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next step:</source>
            <translation>Prochaine étape :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No partner service</source>
            <translation>Aucun service partenaire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Service that owns it:</source>
            <translation>Service responsable :</translation>
        </message>
        <message>
            <location line="+29" />
            <source>(a service no longer listed)</source>
            <translation>(service qui ne figure plus au répertoire)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="+64" />
            <source>Life domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand</source>
            <translation>Situation actuelle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own score</source>
            <translation>Score de la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation to change</source>
            <translation>Motivation au changement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Views</source>
            <translation>Points de vue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step (service)</source>
            <translation>Prochaine étape (service)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The score the person gives the domain</source>
            <translation>Le score que la personne donne elle-même au domaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether the person and you see the domain the same way</source>
            <translation>Si la personne et vous voyez ce domaine de la même manière</translation>
        </message>
        <message>
            <location line="+38" />
            <source>not scored</source>
            <translation>sans score</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a service no longer listed</source>
            <translation>service qui ne figure plus au répertoire</translation>
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/attention_panel.py" line="+26" />
            <source>released today</source>
            <translation>libération aujourd'hui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>released tomorrow</source>
            <translation>libération demain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>released in %1</source>
            <translation>libération dans %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no contact for %1</source>
            <translation>sans contact depuis %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no decision yet on taking part</source>
            <translation>pas encore de décision sur la participation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>consent asked, no answer yet</source>
            <translation>consentement demandé, pas encore de réponse</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Releases within %1</source>
            <translation>Libérations dans les %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No contact for more than %1</source>
            <translation>Sans contact depuis plus de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decisions pending</source>
            <translation>Décisions en attente</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Needs attention</source>
            <translation>Points d'attention</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing needs your attention today.</source>
            <translation>Rien ne demande votre attention aujourd'hui.</translation>
        </message>
    </context>
    <context>
        <name>BasisFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/basis_fields.py" line="+35" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation>Ce texte contient un caractère qui ne peut pas être enregistré. Supprimez-le et réessayez.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Why it is shared, in a sentence: for example, to prepare the release with the justice house</source>
            <translation>Pourquoi ces données sont communiquées, en une phrase : par exemple, pour préparer la libération avec la maison de justice</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the basis</source>
            <translation>Choisir la base juridique</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which basis, in a sentence</source>
            <translation>Quelle base juridique, en une phrase</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Purpose:</source>
            <translation>Finalité :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation>Base juridique :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explanation:</source>
            <translation>Explication :</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why, in a sentence.</source>
            <translation>Indiquez pourquoi, en une phrase.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the basis.</source>
            <translation>Choisissez la base juridique.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain the basis, in a sentence.</source>
            <translation>Expliquez la base juridique en une phrase.</translation>
        </message>
    </context>
    <context>
        <name>BasisPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/basis_page.py" line="+51" />
            <source>Why, and on what basis?</source>
            <translation>Pourquoi, et sur quelle base juridique ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The register keeps the purpose and the basis with the entry.</source>
            <translation>Le registre conserve la finalité et la base juridique avec l'inscription.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For example: preparing the reintegration plan with the justice house before release</source>
            <translation>Par exemple : préparer le plan de réinsertion avec la maison de justice avant la libération</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the basis…</source>
            <translation>Choisir la base juridique…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which basis, in a sentence</source>
            <translation>Quelle base juridique, en une phrase</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share all the same, for the reason below (the register keeps it)</source>
            <translation>Partager malgré tout, pour le motif ci-dessous (le registre le conserve)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example: a written request from the public prosecutor</source>
            <translation>Par exemple : une demande écrite du parquet</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Purpose:</source>
            <translation>Finalité :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation>Base juridique :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain:</source>
            <translation>Explication :</translation>
        </message>
        <message>
            <location line="+25" />
            <source>A copy of their own data, as they asked (right of access).</source>
            <translation>Une copie de ses propres données, à sa demande (droit d'accès).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Consent is not asked for: this is the person's own data, which they have the right to receive.</source>
            <translation>Le consentement n'est pas requis : il s'agit des propres données de la personne, qu'elle a le droit de recevoir.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The person's recorded consent covers sharing with %1.</source>
            <translation>Le consentement enregistré de la personne couvre le partage avec %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The person's recorded consent is about partner services: it does not cover handing the case to another consultant.</source>
            <translation>Le consentement enregistré de la personne porte sur les services partenaires : il ne couvre pas la transmission du dossier à un autre consultant.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The person's recorded consent does not cover sharing with %1.</source>
            <translation>Le consentement enregistré de la personne ne couvre pas le partage avec %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No consent to share with anyone is in force for this case.</source>
            <translation>Aucun consentement au partage n'est en vigueur pour ce dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the recorded consent does allow:</source>
            <translation>Ce que le consentement enregistré autorise :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>To share all the same, tick the box and give the reason: a legal obligation, say, or a danger to someone's life.</source>
            <translation>Pour partager malgré tout, cochez la case et indiquez le motif : par exemple une obligation légale ou un danger pour la vie d'une personne.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, given on %2</source>
            <translation>%1, donné le %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>May be shared: %1</source>
            <translation>Ce qui peut être partagé : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation>Ce qui ne peut pas être partagé : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Say what it is for.</source>
            <translation>Indiquez la finalité.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the basis.</source>
            <translation>Choisissez la base juridique.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explain the basis.</source>
            <translation>Précisez la base juridique.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick the box to share beyond the recorded consent.</source>
            <translation>Cochez la case pour partager au-delà du consentement enregistré.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the reason for sharing beyond the recorded consent.</source>
            <translation>Indiquez le motif du partage au-delà du consentement enregistré.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too long: %1 characters, where %2 is the most kept.</source>
            <translation>Trop long : %1 caractères, pour un maximum de %2.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The recorded consent does not cover this recipient: record the consent in the Traject tab first, or choose the basis you share on.</source>
            <translation>Le consentement enregistré ne couvre pas ce destinataire : enregistrez d'abord le consentement dans l'onglet Accompagnement, ou choisissez la base juridique du partage.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Still to do: %1</source>
            <translation>Reste à faire : %1</translation>
        </message>
    </context>
    <context>
        <name>CaseDocuments</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/case_documents.py" line="+43" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open a case first: the documents to print or save are those of one case.</source>
            <translation>Ouvrez d'abord un dossier : les documents à imprimer ou à enregistrer sont ceux d'un seul dossier.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leave presentation mode to save a PDF: the save dialog shows the names of other files. Printing is possible.</source>
            <translation>Quittez le mode présentation pour enregistrer un PDF : la fenêtre d'enregistrement affiche les noms d'autres fichiers. L'impression reste possible.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>session-notes-%1.pdf</source>
            <translation>notes-entretien-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session notes of %1</source>
            <translation>Notes d'entretien du %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>session-notes-%1-to-%2.pdf</source>
            <translation>notes-entretien-%1-au-%2.pdf</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Session notes from %1 to %2</source>
            <translation>Notes d'entretien du %1 au %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Session notes</source>
            <translation>Notes d'entretien</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Include tags about religion or ideology, health and offences</source>
            <translation>Inclure les étiquettes relatives à la religion ou l'idéologie, à la santé et aux infractions</translation>
        </message>
    </context>
    <context>
        <name>CaseFileFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="-96" />
            <source>Check the year: use one between %1 and %2.</source>
            <translation>Vérifiez l'année : elle doit être comprise entre %1 et %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no %1: check the day and the month.</source>
            <translation>Le %1 n'existe pas : vérifiez le jour et le mois.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a date: use 01/03/2027, 03/2027 or 2027</source>
            <translation>Date non valable : utilisez la forme 01/03/2027, 03/2027 ou 2027</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a date: use 01/03/2027</source>
            <translation>Date non valable : utilisez la forme 01/03/2027</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Too long: %1 characters, where %2 is the most this field keeps.</source>
            <translation>Trop long : %1 caractères, alors que ce champ en accepte %2 au maximum.</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/case_file_view.py" line="+69" />
            <source>Close case file</source>
            <translation>Fermer le dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case summary…</source>
            <translation>Synthèse du dossier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take part of this case out of the vault, recorded in the disclosure register (Ctrl+E)</source>
            <translation>Sortir une partie de ce dossier du coffre-fort, avec inscription au registre des communications (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsaved changes from before the lock were restored</source>
            <translation>Les modifications non enregistrées d'avant le verrouillage ont été récupérées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revert</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+138" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Traject</source>
            <translation>Accompagnement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save the person's details (Ctrl+S)</source>
            <translation>Enregistrer les données de la personne (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Every change to this case file, newest first. A summary names the fields or the kind of record, never what they hold.</source>
            <translation>Chaque modification de ce dossier, la plus récente en premier. Le résumé cite les champs ou le type d'élément, jamais leur contenu.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The person's details have changes that are not saved.</source>
            <translation>Des modifications des données de la personne ne sont pas enregistrées.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+11" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="-10" />
            <source>A hidden field needs correcting. Leave presentation mode to see it.</source>
            <translation>Un champ masqué doit être corrigé. Quittez le mode présentation pour le voir.</translation>
        </message>
        <message>
            <location line="+99" />
            <source>not recorded yet</source>
            <translation>pas encore noté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phase: %1    Participation: %2</source>
            <translation>Phase : %1    Participation : %2</translation>
        </message>
    </context>
    <context>
        <name>CaseSummary</name>
        <message>
            <location filename="../../src/trajectapp/documents/case_summary.py" line="+42" />
            <source>Case summary</source>
            <translation>Synthèse du dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some sensitive items (religion or ideology, health, offences) were left out of this summary.</source>
            <translation>Certains éléments sensibles (religion ou idéologie, santé, infractions) ont été omis de cette synthèse.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The case file as it stood on %1.</source>
            <translation>Le dossier tel qu'il se présentait le %1.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Printed %1</source>
            <translation>Imprimé le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: holds personal data from a case file. Do not copy or pass it on.</source>
            <translation>Confidentiel : contient des données personnelles d'un dossier. Ne pas copier ni transmettre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit seal when this file was made: %1 (entry %2)</source>
            <translation>Sceau de l'historique à la création de ce fichier : %1 (entrée %2)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The person</source>
            <translation>La personne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The traject</source>
            <translation>Le trajet d'accompagnement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing recorded yet.</source>
            <translation>Rien n'a encore été enregistré.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+154" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location line="-153" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Transfer</source>
            <translation>Transfèrement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>revoked</source>
            <translation>retiré</translation>
        </message>
        <message>
            <location line="+5" />
            <source>May be shared: %1</source>
            <translation>Ce qui peut être partagé : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May not be shared: %1</source>
            <translation>Ce qui ne peut pas être partagé : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No needs assessment yet.</source>
            <translation>Pas encore d'évaluation des besoins.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Latest assessment: %1</source>
            <translation>Dernière évaluation : %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation>Soutien nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (latest)</source>
            <translation>%1 (dernière)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (first)</source>
            <translation>%1 (première)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not enough domains scored to draw a chart</source>
            <translation>Trop peu de domaines ont un score pour tracer un graphique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not scored</source>
            <translation>sans score</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Push and pull factors</source>
            <translation>Facteurs de poussée et d'attraction</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No factors recorded.</source>
            <translation>Aucun facteur enregistré.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+99" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+17" />
            <location line="+113" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location line="-124" />
            <source>Evidence</source>
            <translation>Éléments observés</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Strengths, goods and perspective</source>
            <translation>Forces, biens primaires et perspective d'avenir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength</source>
            <translation>Force</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to pick it up again</source>
            <translation>Comment s'y remettre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No strengths recorded.</source>
            <translation>Aucune force enregistrée.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Good</source>
            <translation>Bien primaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance</source>
            <translation>Importance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pursued before</source>
            <translation>Recherché auparavant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Voie prosociale</translation>
        </message>
        <message>
            <location line="+15" />
            <source>In their own words, on %1</source>
            <translation>Avec ses propres mots, le %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What I want to do</source>
            <translation>Ce que je veux faire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who I wish to be</source>
            <translation>Qui je souhaite être</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reintegration plan</source>
            <translation>Plan de réinsertion</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Latest plan version: %1</source>
            <translation>Dernière version du plan : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No goals to show.</source>
            <translation>Aucun objectif à afficher.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Partner services involved</source>
            <translation>Services partenaires associés</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No partner services involved yet.</source>
            <translation>Aucun service partenaire associé pour l'instant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Works on</source>
            <translation>Travaille sur</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/case_summary_layout.py" line="+27" />
            <source>First contact</source>
            <translation>Premier contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Building trust</source>
            <translation>Construire la confiance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exploring needs and strengths</source>
            <translation>Explorer les besoins et les forces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical reflection</source>
            <translation>Réflexion critique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reintegration planning</source>
            <translation>Planifier la réinsertion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release preparation</source>
            <translation>Préparer la libération</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aftercare</source>
            <translation>Suivi post-libération</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Clôturé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation offered</source>
            <translation>Participation proposée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation accepted</source>
            <translation>Participation acceptée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation declined</source>
            <translation>Participation déclinée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation paused</source>
            <translation>Participation suspendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation withdrawn</source>
            <translation>Participation interrompue par la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to share with a service</source>
            <translation>Consentement au partage avec un service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent to anonymised statistics</source>
            <translation>Consentement aux statistiques anonymisées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asked, no answer yet</source>
            <translation>demandé, pas encore de réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>given</source>
            <translation>donné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused</source>
            <translation>refusé</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/summary_preview.py" line="+49" />
            <source>Case summary</source>
            <translation>Synthèse du dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>case-summary-%1.pdf</source>
            <translation>synthese-dossier-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case summary of %1</source>
            <translation>Synthèse du dossier du %1</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/caseload_model.py" line="+35" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next appointment</source>
            <translation>Prochain rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected release</source>
            <translation>Libération prévue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue actions</source>
            <translation>Actions en retard</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <location line="-6" />
            <location line="+12" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="-4" />
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+171" />
            <source>Status: %1</source>
            <translation>Statut : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last contact on %1</source>
            <translation>Dernier contact le %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Expected release: today, %1</source>
            <translation>Libération prévue : aujourd'hui, %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>, about %n week(s)</source>
            <translation>
                <numerusform>, environ %n semaine</numerusform>
                <numerusform>, environ %n semaines</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Expected release on %1: in %2%3</source>
            <translation>Libération prévue le %1 : dans %2%3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Expected release was on %1: %2 ago</source>
            <translation>Libération prévue le %1 : il y a %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open actions past their due date: %1</source>
            <translation>Actions ouvertes dont l'échéance est dépassée : %1</translation>
        </message>
    </context>
    <context>
        <name>CaseloadView</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/caseload_view.py" line="+66" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which cases to show</source>
            <translation>Dossiers à afficher</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search by name</source>
            <translation>Rechercher par nom</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <location line="+120" />
            <source>No case has this name.</source>
            <translation>Aucun dossier ne porte ce nom.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No case shown here has this name. Choose Show: All to search every case.</source>
            <translation>Aucun des dossiers affichés ici ne porte ce nom. Choisissez « Tous » dans « Afficher » pour chercher dans tous les dossiers.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No active cases. Add a person with Case → New case (Ctrl+N).</source>
            <translation>Aucun dossier actif. Ajoutez une personne avec Dossier → Nouveau dossier (Ctrl+N).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No cases here.</source>
            <translation>Aucun dossier ici.</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../../src/trajectapp/domain/shipped_catalogues.py" line="+28" />
            <source>Prison regime and detention</source>
            <translation>Régime carcéral et détention</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal situation and conditions</source>
            <translation>Situation juridique et conditions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Housing</source>
            <translation>Logement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education, training and work</source>
            <translation>Enseignement, formation et emploi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finances and paperwork</source>
            <translation>Finances et démarches administratives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family, partner and children</source>
            <translation>Famille, partenaire et enfants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network, friends and community</source>
            <translation>Réseau, amis et communauté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leisure, passions and talents</source>
            <translation>Loisirs, passions et talents</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Physical health and self-care</source>
            <translation>Santé physique et soin de soi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mental health and trauma</source>
            <translation>Santé mentale et traumatismes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alcohol and drugs</source>
            <translation>Alcool et drogues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thinking, behaviour and emotions</source>
            <translation>Pensées, comportement et émotions</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Worldview, religion and ideology</source>
            <translation>Vision du monde, religion et idéologie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Identity, belonging and meaning</source>
            <translation>Identité, appartenance et sens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resilience and coping</source>
            <translation>Résilience et capacité à faire face</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Group belonging</source>
            <translation>Appartenance à un groupe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quest for significance</source>
            <translation>Quête d'importance et de reconnaissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adventure</source>
            <translation>Aventure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injustice, felt or experienced</source>
            <translation>Injustice ressentie ou vécue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discrimination and exclusion</source>
            <translation>Discrimination et exclusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search for identity</source>
            <translation>Quête d'identité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ideological or religious conviction</source>
            <translation>Conviction idéologique ou religieuse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A charismatic figure or recruiter</source>
            <translation>Une figure charismatique ou un recruteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online contacts and propaganda</source>
            <translation>Contacts en ligne et propagande</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Disillusionment with the group or its leaders</source>
            <translation>Désillusion envers le groupe ou ses dirigeants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Burnout</source>
            <translation>Épuisement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work or study opportunities</source>
            <translation>Perspectives de travail ou d'études</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maturing</source>
            <translation>Prise de maturité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejection of violence</source>
            <translation>Rejet de la violence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support from family or community</source>
            <translation>Soutien de la famille ou de la communauté</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new relationship or becoming a parent</source>
            <translation>Une nouvelle relation ou devenir parent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The experience of prison</source>
            <translation>L'expérience de la prison</translation>
        </message>
        <message>
            <location line="+14" />
            <source>CAW – Justitieel Welzijnswerk</source>
            <translation>CAW – Justitieel Welzijnswerk (aide sociale aux justiciables)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>welfare</source>
            <translation>aide sociale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Centrum Algemeen Welzijnswerk</source>
            <translation>Centrum Algemeen Welzijnswerk (centre d'action sociale globale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welfare work for detainees and their families, inside and after prison.</source>
            <translation>Aide sociale aux détenus et à leurs proches, pendant la détention et après.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Psychosociale Dienst (PSD)</source>
            <translation>Service psychosocial (SPS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>psychosocial service</source>
            <translation>service psychosocial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FOD Justitie, gevangenis</source>
            <translation>SPF Justice, prison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The prison's psychosocial service: reports for the sentence implementation court.</source>
            <translation>Le service psychosocial de la prison : rapports pour le tribunal de l'application des peines (TAP).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>VDAB – trajectbegeleiding gedetineerden</source>
            <translation>VDAB – accompagnement des détenus vers l'emploi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employment</source>
            <translation>emploi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VDAB</source>
            <translation>VDAB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work and training guidance during detention and after release.</source>
            <translation>Accompagnement vers l'emploi et la formation pendant la détention et après la libération. Le VDAB est le service public flamand de l'emploi, comme Actiris à Bruxelles et le Forem en Wallonie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Centrum voor Volwassenenonderwijs</source>
            <translation>Centrum voor Volwassenenonderwijs (enseignement pour adultes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>education</source>
            <translation>enseignement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CVO</source>
            <translation>CVO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adult education and language courses in prison.</source>
            <translation>Enseignement pour adultes et cours de langue en prison.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Justitiehuis</source>
            <translation>Maison de justice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>justice house</source>
            <translation>maison de justice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Departement Justitie en Handhaving</source>
            <translation>Departement Justitie en Handhaving (Communauté flamande)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Justice assistants: social inquiries and supervision of release conditions.</source>
            <translation>Assistants de justice : enquêtes sociales et suivi des conditions de libération.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Centrum Geestelijke Gezondheidszorg (CGG)</source>
            <translation>Service de santé mentale (CGG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mental health</source>
            <translation>santé mentale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CGG</source>
            <translation>CGG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mental-health care, including forensic teams.</source>
            <translation>Soins de santé mentale, y compris les équipes de psychiatrie légale.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Drughulp – Centrum Alcohol- en andere Drugproblemen</source>
            <translation>Drughulp – Centre alcool et autres drogues (CAD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>addiction care</source>
            <translation>aide aux assuétudes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CAD</source>
            <translation>CAD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help with alcohol and drugs, in prison and after.</source>
            <translation>Aide en cas de problèmes d'alcool et de drogues, en prison et après.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Islamitisch consulent</source>
            <translation>Conseiller islamique</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>counsellor</source>
            <translation>conseiller</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Executief van de Moslims van België</source>
            <translation>Exécutif des Musulmans de Belgique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Islamic counsellor in the prison.</source>
            <translation>Conseiller islamique en prison.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Moreel consulent</source>
            <translation>Conseiller moral laïque</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vrijzinnig humanistische morele bijstand</source>
            <translation>Assistance morale laïque</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-confessional moral counsellor in the prison.</source>
            <translation>Conseiller moral non confessionnel en prison.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lokale Integrale Veiligheidscel (LIVC-R)</source>
            <translation>Cellule de sécurité intégrale locale (CSIL-R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>local integrated security cell</source>
            <translation>cellule de sécurité intégrale locale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gemeente / stad</source>
            <translation>Commune / ville</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The municipality's case-level cell for radicalisation: prevention and aftercare after release.</source>
            <translation>La cellule communale de concertation de cas en matière de radicalisme : prévention et suivi post-libération.</translation>
        </message>
    </context>
    <context>
        <name>CategoryNameDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/factor_categories.py" line="+25" />
            <source>New category</source>
            <translation>Nouvelle catégorie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename category</source>
            <translation>Renommer la catégorie</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is already a hidden category with this name: show it again instead.</source>
            <translation>Une catégorie masquée porte déjà ce nom : affichez-la plutôt à nouveau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is already a category with this name.</source>
            <translation>Une catégorie porte déjà ce nom.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/change_dialog.py" line="+15" />
            <source>Change passphrase</source>
            <translation>Modifier la phrase secrète</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The change is instant; your recovery key stays the same.</source>
            <translation>La modification est immédiate ; votre clé de récupération reste la même.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Current passphrase:</source>
            <translation>Phrase secrète actuelle :</translation>
        </message>
    </context>
    <context>
        <name>ChooseCaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/agenda/choose_case_dialog.py" line="+55" />
            <source>Plan a session</source>
            <translation>Planifier un entretien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type part of a name</source>
            <translation>Tapez une partie d'un nom</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No active case has this name.</source>
            <translation>Aucun dossier actif ne porte ce nom.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan a session…</source>
            <translation>Planifier un entretien…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With whom?</source>
            <translation>Avec qui ?</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/compare_dialog.py" line="+32" />
            <source>Compare plan versions</source>
            <translation>Comparer des versions du plan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Version %1, made on %2</source>
            <translation>Version %1, établie le %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>From:</source>
            <translation>De :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To:</source>
            <translation>À :</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose two different versions.</source>
            <translation>Choisissez deux versions différentes.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/consent_dialogs.py" line="+46" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record the answer</source>
            <translation>Noter la réponse</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Consent is asked per purpose and can be revoked at any time. Nothing is shared with a service without consent in force.</source>
            <translation>Le consentement est demandé par finalité et peut être retiré à tout moment. Rien n'est partagé avec un service sans consentement en vigueur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Purpose:</source>
            <translation>Finalité :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a partner service…</source>
            <translation>Choisir un service partenaire…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner service:</source>
            <translation>Service partenaire :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer:</source>
            <translation>Réponse :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked on:</source>
            <translation>Date de la demande :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on:</source>
            <translation>Date de la réponse :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>May be shared:</source>
            <translation>Ce qui peut être partagé :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the person agrees may be shared, in plain words.</source>
            <translation>Ce que la personne accepte de partager, en termes simples.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May not be shared:</source>
            <translation>Ce qui ne peut pas être partagé :</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(a service no longer listed)</source>
            <translation>(service qui ne figure plus au répertoire)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Choose the partner service this consent is for.</source>
            <translation>Choisissez le service partenaire concerné par ce consentement.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This is before it was asked (%1).</source>
            <translation>Cette date précède la demande (%1).</translation>
        </message>
    </context>
    <context>
        <name>ConsentsModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/record_models.py" line="+27" />
            <source>For</source>
            <comment>column: what the consent is for</comment>
            <translation>Objet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked on</source>
            <translation>Date de la demande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation>Date de la réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoked on</source>
            <translation>Date du retrait</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sharing with %1</source>
            <translation>Partage avec %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a partner service</source>
            <translation>un service partenaire</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoked</source>
            <translation>Retiré</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/contacts_panel.py" line="+74" />
            <source>Planned</source>
            <comment>a session's status</comment>
            <translation>Planifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <comment>a session's status: it took place</comment>
            <translation>Réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <comment>a session's status</comment>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Focus</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <comment>column: the day a follow-up action is due</comment>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <comment>column: the day a follow-up action was done</comment>
            <translation>Terminée le</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the session of</source>
            <translation>Issue de l'entretien du</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Presentation mode: the notes are hidden until you leave it.</source>
            <translation>Mode présentation : les notes sont masquées jusqu'à ce que vous quittiez ce mode.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan a session…</source>
            <translation>Planifier un entretien…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a session…</source>
            <translation>Noter un entretien…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write note…</source>
            <translation>Rédiger la note…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation>Marquer comme réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+166" />
            <source>Cancel session</source>
            <translation>Annuler l'entretien</translation>
        </message>
        <message>
            <location line="-165" />
            <source>Add action…</source>
            <translation>Ajouter une action…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark done</source>
            <translation>Marquer comme terminée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the session's note (or double-click the session)</source>
            <translation>Ouvrir la note de l'entretien (ou double-cliquer sur l'entretien)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The planned session took place: mark it held and write its note</source>
            <translation>L'entretien planifié a eu lieu : le marquer comme réalisé et rédiger sa note</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sessions</source>
            <translation>Entretiens</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <location line="+23" />
            <source>(overdue)</source>
            <translation>(en retard)</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Still to come</source>
            <translation>À venir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This session is planned for %1. Mark it held once it has taken place, or change its date with Edit…</source>
            <translation>Cet entretien est planifié le %1. Marquez-le comme réalisé une fois qu'il a eu lieu, ou changez sa date avec Modifier…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cancel the session of %1? It stays in the list as cancelled.</source>
            <translation>Annuler l'entretien du %1 ? Il reste dans la liste comme annulé.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Hidden</source>
            <translation>Masqué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session notes are hidden in presentation mode. Leave presentation mode to open the note.</source>
            <translation>Les notes d'entretien sont masquées en mode présentation. Quittez le mode présentation pour ouvrir la note.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Focus: %1</source>
            <translation>Axe de travail : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With: %1</source>
            <translation>Avec : %1</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+43" />
            <source>DD/MM/YYYY</source>
            <translation>JJ/MM/AAAA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example 01/03/2027; leave empty if not known.</source>
            <translation>Par exemple 01/03/2027 ; laissez vide si la date est inconnue.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../src/trajectapp/domain/dates.py" line="+27" />
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <location line="+1" />
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1</source>
            <translation>1er</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/directory_dialog.py" line="+45" />
            <source>Partner services</source>
            <translation>Services partenaires</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show hidden</source>
            <translation>Afficher les masqués</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New service</source>
            <translation>Nouveau service</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your unsaved changes from before the vault locked are back: save them or revert.</source>
            <translation>Vos modifications non enregistrées d'avant le verrouillage du coffre-fort sont de retour : enregistrez-les ou annulez-les.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revert</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <location line="+77" />
            <source>the new service</source>
            <translation>le nouveau service</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You changed %1 without saving. Save the changes?</source>
            <translation>Vous avez modifié %1 sans enregistrer. Enregistrer les modifications ?</translation>
        </message>
        <message>
            <location line="+94" />
            <source>New partner service: %1</source>
            <translation>Nouveau service partenaire : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New partner service</source>
            <translation>Nouveau service partenaire</translation>
        </message>
    </context>
    <context>
        <name>DisclosureDetails</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_details.py" line="+45" />
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+51" />
            <source>To:</source>
            <translation>Destinataire :</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Purpose:</source>
            <translation>Finalité :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis:</source>
            <translation>Base juridique :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent:</source>
            <translation>Consentement :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose an entry above to see it in full.</source>
            <translation>Choisissez une inscription ci-dessus pour la voir en entier.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>From:</source>
            <translation>Expéditeur :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, recorded in the vault this case came from</source>
            <translation>%1, enregistré dans le coffre-fort d'origine de ce dossier</translation>
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
%2, %3 (%4 octets)</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>What arrived (%n items):</source>
            <translation>
                <numerusform>Ce qui a été reçu (%n élément) :</numerusform>
                <numerusform>Ce qui a été reçu (%n éléments) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>What left (%n items):</source>
            <translation>
                <numerusform>Ce qui a été communiqué (%n élément) :</numerusform>
                <numerusform>Ce qui a été communiqué (%n éléments) :</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 — special: %2</source>
            <translation>%1 — données sensibles : %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category data: %1</source>
            <translation>Données sensibles : %1</translation>
        </message>
    </context>
    <context>
        <name>DisclosuresPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/disclosures_panel.py" line="+39" />
            <source>Everything of this case that left the vault, or arrived in it, newest first: to whom, why, on what basis, and the fingerprint of the file. Entries cannot be changed or removed.</source>
            <translation>Tout ce qui, dans ce dossier, a quitté le coffre-fort ou y est entré, du plus récent au plus ancien : à qui, pourquoi, sur quelle base juridique, et l'empreinte du fichier. Les inscriptions ne peuvent être ni modifiées ni supprimées.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing of this case has left the vault. Each PDF saved and each export will be listed here: to whom, why, on what basis, and the fingerprint of the file.</source>
            <translation>Rien de ce dossier n'a quitté le coffre-fort. Chaque PDF enregistré et chaque exportation figureront ici : à qui, pourquoi, sur quelle base juridique, et l'empreinte du fichier.</translation>
        </message>
    </context>
    <context>
        <name>DocumentChooser</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/chooser.py" line="+61" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes of one session:</source>
            <translation>Les notes d'un entretien :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The notes of the sessions of a period:</source>
            <translation>Les notes des entretiens d'une période :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The case summary</source>
            <translation>La synthèse du dossier</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The first day of the period, included</source>
            <translation>Le premier jour de la période, inclus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last day of the period, included</source>
            <translation>Le dernier jour de la période, inclus</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Which document?</source>
            <translation>Quel document ?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No sessions yet</source>
            <translation>Pas encore d'entretiens</translation>
        </message>
        <message>
            <location line="+16" />
            <source>planned</source>
            <translation>planifié</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The first day comes after the last: change one of them.</source>
            <translation>Le premier jour tombe après le dernier : modifiez l'un des deux.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/preview.py" line="+81" />
            <source>Include religion or ideology, health and offences</source>
            <translation>Inclure la religion ou l'idéologie, la santé et les infractions</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not in presentation mode.</source>
            <translation>Non disponible en mode présentation.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not in presentation mode: the save dialog shows other files.</source>
            <translation>Non disponible en mode présentation : la fenêtre d'enregistrement affiche d'autres fichiers.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>The document could not be made (%1).</source>
            <translation>Le document n'a pas pu être créé (%1).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making the document…</source>
            <translation>Création du document…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not printed</source>
            <translation>Non imprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The printer could not take the document. Check that it is switched on and try again.</source>
            <translation>L'imprimante n'a pas pu recevoir le document. Vérifiez qu'elle est allumée et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>DomainDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/life_domains.py" line="+39" />
            <source>New life domain</source>
            <translation>Nouveau domaine de vie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Life domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ordinary data</source>
            <translation>Données ordinaires</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Special category: %1</source>
            <translation>Catégorie particulière : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Everything recorded under the domain is treated as this kind of data.</source>
            <translation>Tout ce qui est noté sous ce domaine est traité comme ce type de données.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This domain comes with Trajectapp: its sensitivity is fixed.</source>
            <translation>Ce domaine est fourni avec Trajectapp : sa sensibilité est fixe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records are filed under this domain: its sensitivity can no longer change.</source>
            <translation>Des données sont déjà classées sous ce domaine : sa sensibilité ne peut plus changer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sensitivity:</source>
            <translation>Sensibilité :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a hidden life domain with this name: show it again instead.</source>
            <translation>Un domaine de vie masqué porte déjà ce nom : affichez-le plutôt à nouveau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is already a life domain with this name.</source>
            <translation>Un domaine de vie porte déjà ce nom.</translation>
        </message>
    </context>
    <context>
        <name>DomainsDialog</name>
        <message>
            <location line="+16" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The life domains that needs are assessed in. Whatever is recorded under a domain with a sensitivity is special-category data: hidden in presentation mode and never shared unless chosen. A hidden domain is not offered for new assessments; what is recorded under it stays. A domain in use is never deleted.</source>
            <translation>Les domaines de vie dans lesquels les besoins sont évalués. Tout ce qui est noté sous un domaine doté d'une sensibilité constitue des données sensibles : masquées en mode présentation et jamais partagées, sauf si vous le choisissez. Un domaine masqué n'est plus proposé pour les nouvelles évaluations ; ce qui y est noté est conservé. Un domaine utilisé n'est jamais supprimé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Life domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete life domain</source>
            <translation>Supprimer le domaine de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1”? Nothing is recorded under it.</source>
            <translation>Supprimer « %1 » ? Rien n'y est noté.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs are recorded under “%1”, so it stays: hide it instead, and it is no longer offered.</source>
            <translation>Des besoins sont notés sous « %1 », le domaine est donc conservé : masquez-le plutôt, il ne sera plus proposé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This domain comes with Trajectapp: it cannot be deleted, but you can hide it.</source>
            <translation>Ce domaine est fourni avec Trajectapp : il ne peut pas être supprimé, mais vous pouvez le masquer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
    </context>
    <context>
        <name>EntryListDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/entry_list.py" line="+122" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location line="-73" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Shown</source>
            <translation>Affiché</translation>
        </message>
        <message>
            <location line="+0" />
            <source>hidden</source>
            <translation>masqué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>shown</source>
            <translation>affiché</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location line="+0" />
            <source>comes with Trajectapp</source>
            <translation>standard Trajectapp</translation>
        </message>
        <message>
            <location line="+0" />
            <source>added</source>
            <translation>votre ajout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In use</source>
            <translation>En usage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in use</source>
            <translation>en usage</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+9" />
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
    </context>
    <context>
        <name>EntryNameDialog</name>
        <message>
            <location line="-190" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type a name.</source>
            <translation>Saisissez un nom.</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/export_wizard.py" line="+39" />
            <source>Export case</source>
            <translation>Exporter le dossier</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>ExternalAssessmentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/assessment_dialogs.py" line="+51" />
            <source>Risk assessment made elsewhere</source>
            <translation>Évaluation des risques externe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trajectapp does not score risk: note only that the assessment exists, and where to find it.</source>
            <translation>Trajectapp n'évalue pas le risque : notez seulement que l'évaluation existe, et où la trouver.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Instrument:</source>
            <translation>Instrument :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Its name:</source>
            <translation>Nom de l'instrument :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: the psychosocial service</source>
            <translation>Par exemple : le service psychosocial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by:</source>
            <translation>Réalisée par :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: PSD file, prison of Brugge</source>
            <translation>Par exemple : dossier SPS, prison de Bruges</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it is held:</source>
            <translation>Lieu de conservation :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Type the name of the instrument.</source>
            <translation>Saisissez le nom de l'instrument.</translation>
        </message>
    </context>
    <context>
        <name>FactorCategoriesDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/catalogues/factor_categories.py" line="+15" />
            <source>Factor categories</source>
            <translation>Catégories de facteurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The categories offered for push and pull factors. A hidden category is not offered for new factors; the factors that have it keep it. A category can only be deleted while no factor uses it, and one that comes with Trajectapp can only be hidden.</source>
            <translation>Les catégories proposées pour les facteurs de poussée et d'attraction. Une catégorie masquée n'est plus proposée pour les nouveaux facteurs ; les facteurs qui l'ont déjà la conservent. Une catégorie ne peut être supprimée que si aucun facteur ne l'utilise, et une catégorie fournie avec Trajectapp peut seulement être masquée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete category</source>
            <translation>Supprimer la catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the category “%1”?</source>
            <translation>Supprimer la catégorie « %1 » ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Factors use “%1”, so it cannot be deleted. Hide it instead: the factors keep it, and it is no longer offered for new ones.</source>
            <translation>Des facteurs utilisent « %1 », elle ne peut donc pas être supprimée. Masquez-la plutôt : les facteurs la conservent, et elle n'est plus proposée pour les nouveaux.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This category comes with Trajectapp: hide it instead.</source>
            <translation>Cette catégorie est fournie avec Trajectapp : masquez-la plutôt.</translation>
        </message>
    </context>
    <context>
        <name>FactorDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/factors/factor_dialog.py" line="+54" />
            <source>New factor</source>
            <translation>Nouveau facteur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Factor</source>
            <translation>Facteur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A factor that drew the person towards extremism, or that draws them away from it. Describe it in your own words; nothing here is a score.</source>
            <translation>Un facteur qui a attiré la personne vers l'extrémisme, ou qui l'en éloigne. Décrivez-le avec vos propres mots ; rien ici n'est un score.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Direction:</source>
            <translation>Sens :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Push: what drives someone out of where they are. Pull: what attracts them. Personal: something in the person themselves. Protective: what keeps them from harm.</source>
            <translation>Poussée : ce qui pousse quelqu'un à quitter sa situation. Attraction : ce qui l'attire. Personnel : quelque chose qui tient à la personne elle-même. Protection : ce qui la préserve du danger.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+15" />
            <source>%1 (hidden from the list)</source>
            <translation>%1 (masqué dans la liste)</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Category:</source>
            <translation>Catégorie :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing one? Add it with “Categories…” on the Factors tab.</source>
            <translation>Il en manque une ? Ajoutez-la avec « Catégories… » dans l'onglet Facteurs.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No life domain</source>
            <translation>Aucun domaine de vie</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Life domain:</source>
            <translation>Domaine de vie :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First noted on:</source>
            <translation>Première observation le :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status now:</source>
            <translation>Statut actuel :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Evidence:</source>
            <translation>Éléments observés :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your own words: what you saw or heard that shows it.</source>
            <translation>Avec vos propres mots : ce que vous avez vu ou entendu qui le montre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Presentation mode: the evidence is hidden. Leave presentation mode to see or change it.</source>
            <translation>Mode présentation : les éléments observés sont masqués. Quittez le mode présentation pour les voir ou les modifier.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose whether it draws towards extremism or away from it.</source>
            <translation>Indiquez si le facteur attire vers l'extrémisme ou en éloigne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the kind of factor.</source>
            <translation>Choisissez le type de facteur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a category.</source>
            <translation>Choisissez une catégorie.</translation>
        </message>
    </context>
    <context>
        <name>FactorsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/factors/factors_panel.py" line="+58" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First noted</source>
            <translation>Première observation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Éléments observés</translation>
        </message>
        <message>
            <location line="+59" />
            <source>What drew the person towards extremism, and what draws them away from it: push and pull factors, personal and protective ones. Click a column to sort; double-click a factor to change it.</source>
            <translation>Ce qui a attiré la personne vers l'extrémisme, et ce qui l'en éloigne : facteurs de poussée et d'attraction, facteurs personnels et de protection. Cliquez sur une colonne pour trier ; double-cliquez sur un facteur pour le modifier.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Presentation mode: factors linked to a special-category life domain, and the evidence of every factor, are hidden until you leave it.</source>
            <translation>Mode présentation : les facteurs liés à un domaine de vie relevant des données sensibles, ainsi que les éléments observés de chaque facteur, sont masqués jusqu'à ce que vous quittiez ce mode.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add factor…</source>
            <translation>Ajouter un facteur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set status</source>
            <translation>Changer le statut</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Categories…</source>
            <translation>Catégories…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add, rename or hide the categories offered for factors.</source>
            <translation>Ajouter, renommer ou masquer les catégories proposées pour les facteurs.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>No factors recorded yet. Add what drew the person towards extremism, and what draws them away from it, in your own words.</source>
            <translation>Aucun facteur noté pour l'instant. Ajoutez, avec vos propres mots, ce qui a attiré la personne vers l'extrémisme et ce qui l'en éloigne.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every factor of this case is hidden in presentation mode.</source>
            <translation>Tous les facteurs de ce dossier sont masqués en mode présentation.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Hidden</source>
            <translation>Masqué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave presentation mode to open this factor.</source>
            <translation>Quittez le mode présentation pour ouvrir ce facteur.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Kept for later</source>
            <translation>Conservé pour plus tard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A factor you were changing before the lock is hidden in presentation mode. Its form comes back when you leave presentation mode.</source>
            <translation>Un facteur que vous modifiiez avant le verrouillage est masqué en mode présentation. Son formulaire réapparaîtra quand vous quitterez le mode présentation.</translation>
        </message>
    </context>
    <context>
        <name>FieldInput</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/field_inputs.py" line="+33" />
            <source>%1:</source>
            <comment>a field's label before its input</comment>
            <translation>%1 :</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location line="+64" />
            <location line="+21" />
            <source>This cannot be left empty.</source>
            <translation>Ce champ ne peut pas rester vide.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation>Ce texte contient un caractère qui ne peut pas être enregistré. Supprimez-le et réessayez.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Give a whole number from %1 to %2.</source>
            <translation>Indiquez un nombre entier de %1 à %2.</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/fields.py" line="+78" />
            <source>Special-category data: hidden in presentation mode and never shared unless chosen.</source>
            <translation>Données sensibles : masquées en mode présentation et jamais partagées, sauf si vous le choisissez.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../src/trajectapp/domain/case.py" line="+54" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detention</source>
            <translation>Détention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key dates</source>
            <translation>Dates clés</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+53" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Legal name</source>
            <translation>Nom officiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wants to be called</source>
            <translation>Se fait appeler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reads their documents in</source>
            <translation>Lit ses documents en</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prison</source>
            <translation>Prison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prisoner number</source>
            <translation>Numéro d'écrou</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Legal status</source>
            <translation>Statut juridique</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Offence category</source>
            <translation>Catégorie d'infraction</translation>
        </message>
        <message>
            <location line="+8" />
            <source>First conviction</source>
            <translation>Première condamnation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In detention since</source>
            <translation>En détention depuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limited detention from</source>
            <translation>Début de la détention limitée</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Electronic monitoring from</source>
            <translation>Début de la surveillance électronique</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conditional release from</source>
            <translation>Début de la libération conditionnelle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected release</source>
            <translation>Libération prévue</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/field_labels.py" line="+21" />
            <location line="+67" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Reason for closing</source>
            <translation>Motif de clôture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To prison</source>
            <translation>Prison de destination</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reasons</source>
            <translation>Raisons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be shared</source>
            <translation>Ce qui peut être partagé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May not be shared</source>
            <translation>Ce qui ne peut pas être partagé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact people</source>
            <translation>Personnes de contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs they work on</source>
            <translation>Besoins pris en charge</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+72" />
            <source>Session</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who took part</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+43" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Factors</source>
            <translation>Facteurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary goods</source>
            <translation>Biens primaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation>Qui s'en charge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due on</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First noted on</source>
            <translation>Première observation le</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Éléments observés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Picking it up again</source>
            <translation>Comment s'y remettre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary good</source>
            <translation>Bien primaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How important to them</source>
            <translation>Importance pour la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How they pursued it before</source>
            <translation>Comment la personne le recherchait auparavant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Voie prosociale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Noted on</source>
            <translation>Noté le</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they want to do</source>
            <translation>Ce que la personne veut faire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who they wish to be</source>
            <translation>Qui la personne souhaite être</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed on</source>
            <translation>Date de l'évaluation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where things stand</source>
            <translation>Situation actuelle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's own score</source>
            <translation>Score donné par la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation to change</source>
            <translation>Motivation au changement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Views</source>
            <translation>Points de vue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's view</source>
            <translation>Point de vue de la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The consultant's view</source>
            <translation>Point de vue du consultant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation>Avec ses propres mots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation>Soutien nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service that owns it</source>
            <translation>Service responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other instrument</source>
            <translation>Autre instrument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done on</source>
            <translation>Date de réalisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held at</source>
            <translation>Lieu de conservation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/plan.py" line="+87" />
            <location line="+6" />
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partner service</source>
            <translation>Service partenaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made on</source>
            <translation>Établi le</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals in this version</source>
            <translation>Objectifs de cette version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation>Date de la réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explanation of the basis</source>
            <translation>Explication de la base juridique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for sharing all the same</source>
            <translation>Justification du partage malgré tout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/plan.py" line="+1" />
            <source>Success looks like</source>
            <translation>Signes de réussite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+6" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why dropped</source>
            <translation>Motif de l'abandon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers the need</source>
            <translation>Répond au besoin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Builds on</source>
            <translation>S'appuie sur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serves the good</source>
            <translation>Sert le bien primaire</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/sessions.py" line="-1" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Focus</source>
            <translation>Axe de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/finish_page.py" line="+20" />
            <source>Written, and in the register</source>
            <translation>Enregistré et inscrit au registre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing else has left the vault.</source>
            <translation>Rien d'autre n'a quitté le coffre-fort.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is written in %2.</source>
            <translation>%1 est enregistré dans %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disclosure register of this case has the entry:</source>
            <translation>Le registre des communications de ce dossier contient désormais l'inscription :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On %1, to %2</source>
            <translation>Le %1, à %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose: %1</source>
            <translation>Finalité : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Basis: %1</source>
            <translation>Base juridique : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 bytes, fingerprint (SHA-256) %2</source>
            <translation>%1 octets, empreinte (SHA-256) %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The entry cannot be changed or removed. File ▸ Disclosure register shows it with the others.</source>
            <translation>L'inscription ne peut être ni modifiée ni supprimée. Fichier ▸ Registre des communications l'affiche avec les autres.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/form_dialog.py" line="+56" />
            <source>Type the date.</source>
            <translation>Saisissez la date.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This date is still to come: record it when it has happened.</source>
            <translation>Cette date est dans le futur : ne la notez qu'une fois l'événement passé.</translation>
        </message>
        <message>
            <location line="+259" />
            <location line="+12" />
            <location filename="../../src/trajectapp/ui/refusals.py" line="+23" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goal_dialogs.py" line="+30" />
            <source>health</source>
            <translation>santé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>religion or ideology</source>
            <translation>religion ou idéologie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offences</source>
            <translation>infractions</translation>
        </message>
        <message>
            <location line="+22" />
            <source>New goal</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the person wants to reach, in their own words where they like.</source>
            <translation>Ce que la personne veut atteindre, avec ses propres mots si elle le souhaite.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 (special category: %2)</source>
            <translation>%1 (catégorie particulière : %2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Special-category data: a goal linked to this domain is hidden in presentation mode and left out of the plan document unless you include it.</source>
            <translation>Données sensibles : un objectif lié à ce domaine est masqué en mode présentation et omis du document du plan, sauf si vous l'incluez.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No particular need</source>
            <translation>Aucun besoin particulier</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No particular strength</source>
            <translation>Aucune force particulière</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No particular good</source>
            <translation>Aucun bien primaire particulier</translation>
        </message>
        <message>
            <location line="+28" />
            <source>How the person will know they got there, in their words if they like.</source>
            <translation>Comment la personne saura qu'elle y est arrivée, avec ses propres mots si elle le souhaite.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: the person chose another way, or it can no longer happen.</source>
            <translation>Par exemple : la personne a choisi une autre voie, ou ce n'est plus possible.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>For example: a place of my own to live after release</source>
            <translation>Par exemple : un logement à moi après ma libération</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One or more.</source>
            <translation>Un ou plusieurs.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Domains about health, religion or offences are hidden in presentation mode.</source>
            <translation>Les domaines liés à la santé, à la religion ou aux infractions sont masqués en mode présentation.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domains:</source>
            <translation>Domaines de vie :</translation>
        </message>
        <message>
            <location line="+20" />
            <source>(as linked before)</source>
            <translation>(lien conservé)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Say what the goal is.</source>
            <translation>Indiquez l'objectif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick at least one life domain the goal is about.</source>
            <translation>Cochez au moins un domaine de vie concerné par l'objectif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say why the goal was dropped.</source>
            <translation>Indiquez pourquoi l'objectif a été abandonné.</translation>
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goals_section.py" line="+74" />
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+48" />
            <location line="+113" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location line="-154" />
            <source>What</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <comment>column: the day a step is due</comment>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Show achieved and dropped goals</source>
            <translation>Afficher les objectifs atteints et abandonnés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No goals yet. Add what the person wants to reach, in their own words, and link it to the life domains it is about.</source>
            <translation>Pas encore d'objectifs. Ajoutez ce que la personne veut atteindre, avec ses propres mots, et reliez-le aux domaines de vie concernés.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Goals about health, religion or offences are hidden in presentation mode.</source>
            <translation>Les objectifs liés à la santé, à la religion ou aux infractions sont masqués en mode présentation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No progress notes for this goal yet.</source>
            <translation>Pas encore de note de suivi pour cet objectif.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add goal…</source>
            <translation>Ajouter un objectif…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Progress note…</source>
            <translation>Note de suivi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add step…</source>
            <translation>Ajouter une étape…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark done</source>
            <translation>Marquer comme terminée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set status</source>
            <translation>Changer le statut</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Progress notes</source>
            <translation>Notes de suivi</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Steps towards: %1</source>
            <translation>Étapes vers : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The steps towards a goal show here: who does what, by when.</source>
            <translation>Les étapes vers un objectif s'affichent ici : qui fait quoi, pour quand.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a goal to see its steps and progress notes.</source>
            <translation>Choisissez un objectif pour voir ses étapes et ses notes de suivi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No steps yet. Add what needs doing, who does it and by when.</source>
            <translation>Pas encore d'étapes. Ajoutez ce qu'il faut faire, qui s'en charge et pour quand.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>no steps yet</source>
            <translation>pas encore d'étapes</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of %1 done</source>
            <translation>
                <numerusform>%n sur %1 faite</numerusform>
                <numerusform>%n sur %1 faites</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 overdue</source>
            <translation>%1 en retard</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(overdue)</source>
            <translation>(en retard)</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
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
            <translation>Importance pour la personne :</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How they pursued it before:</source>
            <translation>Comment la personne le recherchait auparavant :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Including through the extremist milieu, if that is how.</source>
            <translation>Y compris par le milieu extrémiste, si c'était le cas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A pro-social route:</source>
            <translation>Voie prosociale :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A way towards the same good that harms no one, as you and the person see it.</source>
            <translation>Une voie vers le même bien qui ne nuit à personne, telle que vous et la personne la voyez.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Presentation mode: how they pursued it before is hidden. Leave presentation mode to see or change it.</source>
            <translation>Mode présentation : la manière dont la personne le recherchait auparavant est masquée. Quittez le mode présentation pour la voir ou la modifier.</translation>
        </message>
    </context>
    <context>
        <name>GoodsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strengths_panel.py" line="+167" />
            <source>Primary good</source>
            <translation>Bien primaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How important to them</source>
            <translation>Importance pour la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How they pursued it before</source>
            <translation>Comment la personne le recherchait auparavant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Voie prosociale</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The eleven primary goods of the Good Lives Model: what everyone seeks in life. Note what each means to the person, how they sought it before, and a route to it that harms no one. Nothing has to be filled in or scored. Double-click a good to open it.</source>
            <translation>Les onze biens primaires du modèle Good Lives : ce que chacun recherche dans la vie. Notez ce que chacun représente pour la personne, comment elle le recherchait auparavant, et une voie pour l'atteindre qui ne nuit à personne. Aucun champ ni aucun score n'est obligatoire. Double-cliquez sur un bien pour l'ouvrir.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Presentation mode: spirituality, and how each good was pursued before, are hidden until you leave it.</source>
            <translation>Mode présentation : la spiritualité, ainsi que la manière dont chaque bien était recherché auparavant, restent masquées jusqu'à ce que vous quittiez ce mode.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Hidden</source>
            <translation>Masqué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave presentation mode to open this good.</source>
            <translation>Quittez le mode présentation pour ouvrir ce bien.</translation>
        </message>
    </context>
    <context>
        <name>GuardedFormDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/forms/guarded_dialog.py" line="+55" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+0" />
            <source>You changed this form. Save the changes?</source>
            <translation>Vous avez modifié ce formulaire. Enregistrer les modifications ?</translation>
        </message>
        <message>
            <location line="+88" />
            <source>This holds a character that cannot be kept. Remove it and try again.</source>
            <translation>Ce texte contient un caractère qui ne peut pas être enregistré. Supprimez-le et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../src/trajectapp/documents/handover.py" line="+27" />
            <source>Handover</source>
            <translation>Document de transmission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data</source>
            <translation>Vos données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing from the case file was chosen for this document.</source>
            <translation>Rien du dossier n'a été choisi pour ce document.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+116" />
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <location line="-115" />
            <location filename="../../src/trajectapp/documents/handover_record.py" line="+152" />
            <source>Made on</source>
            <translation>Établi le</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A copy of your data from the case file that your consultant keeps.</source>
            <translation>Une copie de vos données, issues du dossier tenu par votre consultant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This document holds only the parts of the case file chosen for this handover.</source>
            <translation>Ce document ne contient que les parties du dossier choisies pour cette transmission.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Parts marked “special category” hold data about religion or ideology, health or offences, which the law protects more strictly.</source>
            <translation>Les parties marquées « catégorie particulière » contiennent des données relatives à la religion ou l'idéologie, à la santé ou aux infractions, que la loi protège plus strictement.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>How long your data is kept</source>
            <translation>Durée de conservation de vos données</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Made %1</source>
            <translation>Établi le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: your personal data. Keep it in a safe place.</source>
            <translation>Confidentiel : vos données personnelles. Conservez ce document en lieu sûr.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: personal data shared for the purpose on page 1 only. Do not copy or pass it on.</source>
            <translation>Confidentiel : données personnelles communiquées uniquement pour la finalité indiquée en page 1. Ne pas copier ni transmettre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit seal when this file was made: %1 (entry %2)</source>
            <translation>Sceau de l'historique à la création de ce fichier : %1 (entrée %2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Who received your data</source>
            <translation>Qui a reçu vos données</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody has received data from this case file so far.</source>
            <translation>Jusqu'à présent, personne n'a reçu de données de ce dossier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where your case file came from</source>
            <translation>D'où vient votre dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Earlier disclosures</source>
            <translation>Communications antérieures</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent to or received from</source>
            <translation>Communiqué à ou reçu de</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../src/trajectapp/documents/handover_record.py" line="-115" />
            <location filename="../../src/trajectapp/documents/handover_work.py" line="+75" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You: a copy of your own data</source>
            <translation>Vous : une copie de vos propres données</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis: %1</source>
            <translation>Base juridique : %1</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_layout.py" line="+92" />
            <source>special category: %1</source>
            <translation>catégorie particulière : %1</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_record.py" line="-8" />
            <source>The person</source>
            <translation>La personne</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+178" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location line="-177" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The traject</source>
            <translation>Le trajet d'accompagnement</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Phase: %1</source>
            <translation>Phase : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Transfer</source>
            <translation>Transfèrement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participation: %1</source>
            <translation>Participation : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent: %1</source>
            <translation>Consentement : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revoked</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May be shared: %1</source>
            <translation>Ce qui peut être partagé : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation>Ce qui ne peut pas être partagé : %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+111" />
            <location line="+31" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location line="-141" />
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Works on</source>
            <translation>Travaille sur</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Partner services involved</source>
            <translation>Services partenaires associés</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Assessment of %1</source>
            <translation>Évaluation du %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Needs assessments</source>
            <translation>Évaluations des besoins</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 of 10</source>
            <translation>%1 sur 10</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As the person sees it</source>
            <translation>Selon la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivation</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's view</source>
            <translation>Point de vue de la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The consultant's view</source>
            <translation>Point de vue du consultant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Views compared</source>
            <translation>Points de vue comparés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In their own words</source>
            <translation>Avec ses propres mots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Support needed</source>
            <translation>Soutien nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report kept at</source>
            <translation>Rapport conservé auprès de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Risk assessments made elsewhere</source>
            <translation>Évaluations des risques réalisées ailleurs</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Factor</source>
            <translation>Facteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/documents/handover_work.py" line="-42" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What shows it</source>
            <translation>Ce qui le montre</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Push and pull factors</source>
            <translation>Facteurs de poussée et d'attraction</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Strength</source>
            <translation>Force</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to pick it up again</source>
            <translation>Comment s'y remettre</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Strengths and old passions</source>
            <translation>Forces et anciennes passions</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Good</source>
            <translation>Bien primaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importance</source>
            <translation>Importance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pursued before</source>
            <translation>Recherché auparavant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A pro-social route</source>
            <translation>Voie prosociale</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The Good Lives lens</source>
            <translation>Biens primaires (modèle Good Lives)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>As said on %1</source>
            <translation>Tel qu'exprimé le %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What I want to do</source>
            <translation>Ce que je veux faire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who I wish to be</source>
            <translation>Qui je souhaite être</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Perspective, in the person's own words</source>
            <translation>Perspective d'avenir, avec les mots de la personne</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/documents/handover_work.py" line="-8" />
            <source>Planned, not held yet</source>
            <translation>Planifié, pas encore réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+97" />
            <location line="+108" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="-204" />
            <location line="+205" />
            <source>By when</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="-197" />
            <source>Goals and steps</source>
            <translation>Objectifs et étapes</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+149" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="-124" />
            <source>Progress note</source>
            <translation>Note de suivi</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The plan of %1</source>
            <translation>Le plan du %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Plan versions</source>
            <translation>Versions du plan</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered on</source>
            <translation>Date de la réponse</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Who agrees to this plan</source>
            <translation>Qui est d'accord avec ce plan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sessions and their notes</source>
            <translation>Entretiens et leurs notes</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Taking part</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Factors</source>
            <translation>Facteurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives goods</source>
            <translation>Biens primaires</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 (family)</source>
            <translation>%1 (famille)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Follow-up action</source>
            <translation>Action de suivi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done on</source>
            <translation>Terminée le</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/record_models.py" line="+21" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="+38" />
            <source>Life domain</source>
            <translation>Domaine de vie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Not scored</source>
            <translation>Sans score</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The person's own score: %1</source>
            <translation>Score donné par la personne : %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/history_words.py" line="+18" />
            <source>Session notes</source>
            <translation>Notes d'entretien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session notes of a period</source>
            <translation>Notes d'entretien d'une période</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case summary</source>
            <translation>Synthèse du dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reintegration plan</source>
            <translation>Plan de réinsertion</translation>
        </message>
        <message>
            <location line="+30" />
            <source>From a transfer package</source>
            <translation>Issu d'un paquet de transfert</translation>
        </message>
        <message>
            <location line="+18" />
            <source>now %1</source>
            <translation>désormais %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>A life domain since deleted</source>
            <translation>Un domaine de vie supprimé depuis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Started from the assessment before</source>
            <translation>Repris de l'évaluation précédente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>with a password</source>
            <translation>avec un mot de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>without a password</source>
            <translation>sans mot de passe</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/transfer/import_dialog.py" line="+74" />
            <source>Import transfer package</source>
            <translation>Importer un paquet de transfert</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open the package</source>
            <translation>Ouvrir le paquet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import as a new case</source>
            <translation>Importer comme nouveau dossier</translation>
        </message>
        <message>
            <location line="+18" />
            <source>File: %1</source>
            <translation>Fichier : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the passphrase from the slip that came with the package, separately from the file: six groups of five letters and digits. Small letters, spaces and dashes make no difference.</source>
            <translation>Saisissez la phrase secrète inscrite sur la fiche remise avec le paquet, séparément du fichier : six groupes de cinq lettres et chiffres. Les minuscules, les espaces et les tirets ne changent rien.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
            <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Checking the passphrase… this takes a few seconds.</source>
            <translation>Vérification de la phrase secrète… cela prend quelques secondes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The package's passphrase</source>
            <translation>La phrase secrète du paquet</translation>
        </message>
        <message>
            <location line="+18" />
            <source>It holds:</source>
            <translation>Il contient :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it came from (kept in the disclosure register)</source>
            <translation>Provenance (conservée dans le registre des communications)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The consultant who sent it, and their prison or team</source>
            <translation>Le consultant qui l'a envoyé, avec sa prison ou son équipe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From:</source>
            <translation>Expéditeur :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why it came, in a sentence: for example, taking over the case after a transfer to this prison</source>
            <translation>Pourquoi il a été reçu, en une phrase : par exemple, reprise du dossier après un transfèrement vers cette prison</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The case is added as a new case file, whole or not at all; the case's history and the register say where it came from.</source>
            <translation>Le dossier est ajouté comme nouveau dossier, en entier ou pas du tout ; l'historique du dossier et le registre indiquent sa provenance.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This package cannot be imported</source>
            <translation>Ce paquet ne peut pas être importé</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Type the passphrase from the slip.</source>
            <translation>Saisissez la phrase secrète inscrite sur la fiche.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The package could not be opened (%1). Nothing has been imported.</source>
            <translation>Le paquet n'a pas pu être ouvert (%1). Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The case of %1</source>
            <translation>Le dossier de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Made on %1 with Trajectapp %2.</source>
            <translation>Créé le %1 avec Trajectapp %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The person's details</source>
            <translation>Données de la personne</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n fields</source>
            <translation>
                <numerusform>%n champ</numerusform>
                <numerusform>%n champs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Type who sent it: the consultant's name.</source>
            <translation>Indiquez qui l'a envoyé : le nom du consultant.</translation>
        </message>
    </context>
    <context>
        <name>ImportPackage</name>
        <message>
            <location filename="../../src/trajectapp/ui/transfer/import_flow.py" line="+25" />
            <source>Import transfer package</source>
            <translation>Importer un paquet de transfert</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Transfer packages (*%1);;All files (*)</source>
            <translation>Paquets de transfert (*%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The disclosure register cannot keep this: %1 Nothing has been imported.</source>
            <translation>Le registre des communications ne peut pas conserver ceci : %1 Rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>InvolvementDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/involvement_dialog.py" line="+42" />
            <source>Involve a service</source>
            <translation>Associer un service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service involved</source>
            <translation>Service associé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a partner service…</source>
            <translation>Choisir un service partenaire…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Service:</source>
            <translation>Service :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since:</source>
            <translation>Début :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until:</source>
            <translation>Fin :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave empty while the service is still involved.</source>
            <translation>Laissez vide tant que le service intervient encore.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact person:</source>
            <translation>Personne de contact :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Needs they work on:</source>
            <translation>Besoins pris en charge :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your own words, for example: housing after release, debts, a training course.</source>
            <translation>Avec vos propres mots, par exemple : logement après la libération, dettes, une formation.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(a service no longer listed)</source>
            <translation>(service qui ne figure plus au répertoire)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Choose the partner service.</source>
            <translation>Choisissez le service partenaire.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is before the service became involved (%1).</source>
            <translation>Cette date précède le début de l'intervention du service (%1).</translation>
        </message>
    </context>
    <context>
        <name>InvolvementsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/involvements_panel.py" line="+39" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(a service no longer listed)</source>
            <translation>(service qui ne figure plus au répertoire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs they work on</source>
            <translation>Besoins pris en charge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May receive</source>
            <translation>Peut recevoir</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No partner service is involved in this case yet. Involve one to record who works on which needs.</source>
            <translation>Aucun service partenaire n'est encore associé à ce dossier. Associez-en un pour noter qui travaille sur quels besoins.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"May receive" follows the consents on the Traject tab: nothing is shared with a service without consent in force.</source>
            <translation>« Peut recevoir » suit les consentements de l'onglet Accompagnement : rien n'est partagé avec un service sans consentement en vigueur.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Involve a service…</source>
            <translation>Associer un service…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+43" />
            <source>consent given, without a note of what it covers</source>
            <translation>consentement donné, sans note de ce qu'il couvre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not: %1</source>
            <translation>sauf : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>consent asked</source>
            <translation>consentement demandé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing: no consent</source>
            <translation>rien : pas de consentement</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/trajectapp/domain/case.py" line="-91" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accused</source>
            <translation>Prévenu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Convicted</source>
            <translation>Condamné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interned</source>
            <translation>Interné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Released under conditions</source>
            <translation>Libéré sous conditions</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/data_categories.py" line="+14" />
            <source>religion or ideology</source>
            <translation>religion ou idéologie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>health data</source>
            <translation>données de santé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criminal-offence data</source>
            <translation>données pénales</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/disclosures.py" line="+16" />
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../src/trajectapp/domain/plan.py" line="-62" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="-47" />
            <source>A partner service</source>
            <translation>Un service partenaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant</source>
            <translation>Un autre consultant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The person themself</source>
            <translation>La personne elle-même</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The person's consent</source>
            <translation>Consentement de la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A legal obligation</source>
            <translation>Une obligation légale</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A legally regulated case consultation</source>
            <translation>Une concertation de cas prévue par la loi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vital interest</source>
            <translation>Intérêt vital</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="-19" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Covered by the recorded consent</source>
            <translation>Couvert par le consentement enregistré</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not covered by consent: shared with a reason</source>
            <translation>Non couvert par le consentement : partagé avec justification</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent not asked for</source>
            <translation>Consentement non demandé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF with a password</source>
            <translation>PDF avec mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF without a password</source>
            <translation>PDF sans mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer package</source>
            <translation>Paquet de transfert</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/factors.py" line="+12" />
            <source>Towards extremism</source>
            <translation>Vers l'extrémisme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Away from extremism</source>
            <translation>Loin de l'extrémisme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Push factor</source>
            <translation>Facteur de poussée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pull factor</source>
            <translation>Facteur d'attraction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal factor</source>
            <translation>Facteur personnel</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/strengths.py" line="+17" />
            <source>Protective factor</source>
            <translation>Facteur de protection</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../src/trajectapp/domain/traject.py" line="+45" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weakening</source>
            <translation>En recul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gone</source>
            <translation>Disparu</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/languages.py" line="+10" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/needs.py" line="+21" />
            <source>Not talking about this yet</source>
            <translation>N'en parle pas encore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starting to look at it, and to name it</source>
            <translation>Commence à s'y pencher et à le nommer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Working on it, with a lot of support</source>
            <translation>Y travaille, avec beaucoup de soutien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Moving forward, some support still needed</source>
            <translation>Progresse, a encore besoin d'un peu de soutien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stable, manages with little support</source>
            <translation>Stable, s'en sort avec peu de soutien</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Does not want to answer</source>
            <translation>Ne souhaite pas répondre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sees no reason to change anything here</source>
            <translation>Ne voit aucune raison de changer quoi que ce soit ici</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not sure whether to change anything</source>
            <translation>Hésite à changer quelque chose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wants to change it, not yet sure how</source>
            <translation>Veut changer les choses, ne sait pas encore comment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already taking steps</source>
            <translation>Fait déjà des démarches</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wants to hold on to what has been reached</source>
            <translation>Veut préserver ce qui a été atteint</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not compared yet</source>
            <translation>Pas encore comparés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They see it the same way</source>
            <translation>Ils voient les choses de la même façon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They partly agree</source>
            <translation>Ils sont en partie d'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They see it differently</source>
            <translation>Ils voient les choses différemment</translation>
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
            <translation>Un autre instrument</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/plan.py" line="-11" />
            <source>For later</source>
            <translation>Pour plus tard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working on it</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achieved</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+18" />
            <source>The person</source>
            <translation>La personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The consultant</source>
            <translation>Le consultant</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+2" />
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/sessions.py" line="+1" />
            <source>Someone else</source>
            <translation>Quelqu'un d'autre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not started</source>
            <translation>Pas commencée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be done yet</source>
            <translation>Pas encore possible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation>Plus nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Agrees</source>
            <translation>Est d'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does not agree</source>
            <translation>N'est pas d'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not answer</source>
            <translation>N'a pas pu répondre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/sessions.py" line="-26" />
            <source>Individual conversation</source>
            <translation>Entretien individuel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family contact</source>
            <translation>Contact avec la famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multi-agency meeting</source>
            <translation>Concertation en réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case consultation</source>
            <translation>Concertation de cas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone or video</source>
            <translation>Téléphone ou vidéo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Building the relation</source>
            <translation>Construire la relation</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/domain/traject.py" line="-29" />
            <source>Critical reflection</source>
            <translation>Réflexion critique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practical support</source>
            <translation>Soutien pratique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/strengths.py" line="-5" />
            <source>Passion</source>
            <translation>Passion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skill</source>
            <translation>Compétence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievement</source>
            <translation>Réalisation</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Life: staying healthy, safe and well</source>
            <translation>Vie : rester en bonne santé, en sécurité et en forme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge: learning and understanding</source>
            <translation>Savoir : apprendre et comprendre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Excellence in play: being good at a pastime</source>
            <translation>Excellence dans le jeu : exceller dans un loisir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excellence in work: doing work well</source>
            <translation>Excellence au travail : bien faire son travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency: making one's own choices</source>
            <translation>Autonomie : faire ses propres choix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inner peace: calm, free of turmoil</source>
            <translation>Paix intérieure : calme, libre de tourments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relatedness: close bonds with others</source>
            <translation>Relations : liens étroits avec les autres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community: belonging to a wider group</source>
            <translation>Communauté : appartenir à un groupe plus large</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spirituality: meaning and purpose</source>
            <translation>Spiritualité : sens et but</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pleasure: feeling good, enjoying things</source>
            <translation>Plaisir : se sentir bien, profiter des choses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creativity: making something new</source>
            <translation>Créativité : créer quelque chose de nouveau</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not important to them now</source>
            <translation>Pas important pour la personne en ce moment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Somewhat important</source>
            <translation>Moyennement important</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Important</source>
            <translation>Important</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very important</source>
            <translation>Très important</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/domain/traject.py" line="-3" />
            <source>First contact</source>
            <translation>Premier contact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Building trust</source>
            <translation>Construire la confiance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exploring needs and strengths</source>
            <translation>Explorer les besoins et les forces</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reintegration planning</source>
            <translation>Planifier la réinsertion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release preparation</source>
            <translation>Préparer la libération</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aftercare</source>
            <translation>Suivi post-libération</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+27" />
            <source>Closed</source>
            <translation>Clôturé</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Offered</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+20" />
            <source>Declined</source>
            <translation>Décliné</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Paused</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Interrompu par la personne</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sharing with a partner service</source>
            <translation>Partage avec un service partenaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised statistics</source>
            <translation>Statistiques anonymisées</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Asked, no answer yet</source>
            <translation>Demandé, pas encore de réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given</source>
            <translation>Donné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/labels.py" line="+41" />
            <source>Case created</source>
            <translation>Dossier créé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person's details changed</source>
            <translation>Données de la personne modifiées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner service involved</source>
            <translation>Service partenaire associé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner service involvement changed</source>
            <translation>Intervention d'un service partenaire modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase changed</source>
            <translation>Phase modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer recorded</source>
            <translation>Transfèrement enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation recorded</source>
            <translation>Participation enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent recorded</source>
            <translation>Consentement enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent decided</source>
            <translation>Décision sur le consentement enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent revoked</source>
            <translation>Consentement retiré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session recorded</source>
            <translation>Entretien enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session planned</source>
            <translation>Entretien planifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session held</source>
            <translation>Entretien réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session cancelled</source>
            <translation>Entretien annulé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session changed</source>
            <translation>Entretien modifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session note saved</source>
            <translation>Note d'entretien enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action added</source>
            <translation>Action de suivi ajoutée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action done</source>
            <translation>Action de suivi terminée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment started</source>
            <translation>Évaluation commencée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment date or note changed</source>
            <translation>Date ou note d'une évaluation modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain assessed</source>
            <translation>Domaine de vie évalué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain assessment changed</source>
            <translation>Évaluation d'un domaine de vie modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment elsewhere noted</source>
            <translation>Évaluation des risques externe notée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessment elsewhere changed</source>
            <translation>Évaluation des risques externe modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factor added</source>
            <translation>Facteur ajouté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factor changed</source>
            <translation>Facteur modifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength added</source>
            <translation>Force ajoutée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength changed</source>
            <translation>Force modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives entry recorded</source>
            <translation>Bien primaire renseigné (Good Lives)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives entry changed</source>
            <translation>Bien primaire modifié (Good Lives)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective recorded</source>
            <translation>Perspective d'avenir enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal added</source>
            <translation>Objectif ajouté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal changed</source>
            <translation>Objectif modifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress note added</source>
            <translation>Note de suivi ajoutée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step added</source>
            <translation>Étape ajoutée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step changed</source>
            <translation>Étape modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan version recorded</source>
            <translation>Version du plan enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer to the plan recorded</source>
            <translation>Réponse au plan enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer to the plan changed</source>
            <translation>Réponse au plan modifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document printed</source>
            <translation>Document imprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document saved as a PDF file</source>
            <translation>Document enregistré en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosure recorded in the register</source>
            <translation>Communication inscrite au registre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Case imported from a transfer package</source>
            <translation>Dossier importé depuis un paquet de transfert</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <location filename="../../src/trajectapp/ui/language_choice.py" line="+23" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/main_window.py" line="+57" />
            <source>&amp;New case…</source>
            <translation>&amp;Nouveau dossier…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a person to the caseload</source>
            <translation>Ajouter une personne à vos dossiers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case&amp;load</source>
            <translation>&amp;Mes dossiers</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the caseload</source>
            <translation>Revenir à vos dossiers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Presentation mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the caseload and sensitive fields while the screen faces the person</source>
            <translation>Masquer vos dossiers et les champs sensibles quand l'écran est tourné vers la personne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner &amp;services…</source>
            <translation>&amp;Services partenaires…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Life domains…</source>
            <translation>&amp;Domaines de vie…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The life domains under which needs are assessed</source>
            <translation>Les domaines de vie dans lesquels les besoins sont évalués</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Factor categories…</source>
            <translation>&amp;Catégories de facteurs…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sessions, due actions, releases and cases without contact in this week and the next</source>
            <translation>Entretiens, actions de suivi à échéance, libérations et dossiers sans contact, cette semaine et la suivante</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find in notes…</source>
            <translation>&amp;Rechercher dans les notes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search every note and free-text field of the vault</source>
            <translation>Rechercher dans toutes les notes et tous les champs de texte libre du coffre-fort</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the notes of a session, of a period, or a case summary</source>
            <translation>Imprimer les notes d'un entretien ou d'une période, ou la synthèse du dossier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Export case…</source>
            <translation>&amp;Exporter le dossier…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hand over chosen parts of this case: an encrypted PDF for a service or the person, or a transfer package</source>
            <translation>Transmettre des parties choisies de ce dossier : un PDF chiffré pour un service ou pour la personne, ou un paquet de transfert</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import transfer package…</source>
            <translation>Importer un paquet de &amp;transfert…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open a case another consultant handed over</source>
            <translation>Ouvrir un dossier transmis par un autre consultant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Disclosure register</source>
            <translation>&amp;Registre des communications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything that left the vault: who received what, when and why</source>
            <translation>Tout ce qui a quitté le coffre-fort : qui a reçu quoi, quand et pourquoi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as P&amp;DF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a document of this case as a PDF file, protected by a password</source>
            <translation>Enregistrer un document de ce dossier en fichier PDF, protégé par un mot de passe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock the vault now</source>
            <translation>Verrouiller le coffre-fort maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Modifier la phrase secrète…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open another vault…</source>
            <translation>&amp;Ouvrir un autre coffre-fort…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Trajectapp</source>
            <translation>À &amp;propos de Trajectapp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Case</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <location line="+9" />
            <source>V&amp;iew</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>Éd&amp;ition</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Presentation mode: other people's data and sensitive fields are hidden. Ctrl+Shift+P to leave.</source>
            <translation>Mode présentation : les données d'autres personnes et les champs sensibles sont masqués. Appuyez sur Ctrl+Shift+P pour en sortir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presentation mode</source>
            <translation>Mode présentation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Locking in %1 s — move the mouse to stay</source>
            <translation>Verrouillage dans %1 s — bougez la souris pour rester</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/trajectapp/ui/messages.py" line="+22" />
            <source>There is an invisible control character in “%1”, perhaps pasted from another program. Remove it and save again.</source>
            <translation>« %1 » contient un caractère de contrôle invisible, peut-être collé depuis un autre programme. Supprimez-le et enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fill in “%1”: it cannot be left empty.</source>
            <translation>Remplissez « %1 » : ce champ ne peut pas rester vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shorten “%1” to at most %2 characters.</source>
            <translation>Raccourcissez « %1 » à %2 caractères au maximum.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fill in “%1”.</source>
            <translation>Remplissez « %1 ».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give a date in “%1”.</source>
            <translation>Indiquez une date dans « %1 ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date in “%1” cannot be right: use a date between %2 and %3.</source>
            <translation>La date de « %1 » n'est pas plausible : indiquez une date entre %2 et %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In “%1”, give a date and time between %2 and %3.</source>
            <translation>Dans « %1 », indiquez une date et une heure entre %2 et %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In “%1”, give a whole number from %2 to %3.</source>
            <translation>Dans « %1 », indiquez un nombre entier de %2 à %3.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In “%1”, choose one of the options.</source>
            <translation>Dans « %1 », choisissez l'une des options proposées.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In “%1”, give a number of minutes, at most a day.</source>
            <translation>Dans « %1 », indiquez un nombre de minutes, une journée au maximum.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This session is not part of the case.</source>
            <translation>Cet entretien ne fait pas partie du dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose factors of this case.</source>
            <translation>Choisissez des facteurs de ce dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That need is not one of this person's.</source>
            <translation>Ce besoin ne figure pas parmi ceux de cette personne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That strength is not one of this person's.</source>
            <translation>Cette force ne figure pas parmi celles de cette personne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first day of the period comes after the last.</source>
            <translation>Le premier jour de la période tombe après le dernier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a partner service can be chosen from the directory.</source>
            <translation>Seul un service partenaire peut être choisi dans le répertoire des partenaires.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down at least one of the two answers.</source>
            <translation>Notez au moins l'une des deux réponses.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link the goal to at least one life domain.</source>
            <translation>Liez l'objectif à au moins un domaine de vie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the partner service that does this step.</source>
            <translation>Choisissez le service partenaire qui se charge de cette étape.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A plan needs at least one goal that is not dropped.</source>
            <translation>Un plan doit compter au moins un objectif qui n'est pas abandonné.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the partner service that answers.</source>
            <translation>Choisissez le service partenaire qui répond.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say who answers.</source>
            <translation>Indiquez qui répond.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An answer cannot come before the plan version it answers.</source>
            <translation>Une réponse ne peut pas être antérieure à la version du plan à laquelle elle répond.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already a category with this name (it may be hidden).</source>
            <translation>Il existe déjà une catégorie portant ce nom (elle est peut-être masquée).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A category that comes with Trajectapp can be hidden, not deleted.</source>
            <translation>Une catégorie fournie avec Trajectapp peut être masquée, mais pas supprimée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Factors use this category: hide it instead.</source>
            <translation>Des facteurs utilisent cette catégorie : masquez-la plutôt que de la supprimer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is already a life domain with this name (it may be hidden).</source>
            <translation>Il existe déjà un domaine de vie portant ce nom (il est peut-être masqué).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A life domain that comes with Trajectapp can be hidden, not deleted.</source>
            <translation>Un domaine de vie fourni avec Trajectapp peut être masqué, mais pas supprimé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records are filed under this life domain: hide it instead.</source>
            <translation>Des données sont classées sous ce domaine de vie : masquez-le plutôt que de le supprimer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sensitivity of a life domain that comes with Trajectapp is fixed.</source>
            <translation>La sensibilité d'un domaine de vie fourni avec Trajectapp ne peut pas être modifiée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records are filed under this life domain: its sensitivity can be added, but not taken away or changed.</source>
            <translation>Des données sont classées sous ce domaine de vie : vous pouvez lui attribuer une sensibilité, mais pas la retirer ni la modifier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This case is no longer in the vault.</source>
            <translation>Ce dossier ne se trouve plus dans le coffre-fort.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This consent is no longer in the case file.</source>
            <translation>Ce consentement ne figure plus dans le dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This partner service is no longer in the directory.</source>
            <translation>Ce service partenaire ne figure plus dans le répertoire des partenaires.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This partner service is no longer involved in the case.</source>
            <translation>Ce service partenaire n'intervient plus dans le dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This factor category is no longer there.</source>
            <translation>Cette catégorie de facteurs n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This factor is no longer in the case file.</source>
            <translation>Ce facteur ne figure plus dans le dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This strength is no longer in the case file.</source>
            <translation>Cette force ne figure plus dans le dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This life domain is no longer there.</source>
            <translation>Ce domaine de vie n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This assessment is no longer in the case file.</source>
            <translation>Cette évaluation ne figure plus dans le dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This risk assessment record is no longer in the case file.</source>
            <translation>Cette mention d'une évaluation des risques ne figure plus dans le dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This goal is no longer in the plan.</source>
            <translation>Cet objectif ne figure plus dans le plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This step is no longer in the plan.</source>
            <translation>Cette étape ne figure plus dans le plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This version of the plan is no longer there.</source>
            <translation>Cette version du plan n'existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The case has changed since the items were chosen: choose them again.</source>
            <translation>Le dossier a été modifié depuis le choix des éléments : choisissez-les à nouveau.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recipient: choose a partner service from the directory.</source>
            <translation>Destinataire : choisissez un service partenaire dans le répertoire des partenaires.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The case's recorded consent does not cover this recipient: give the reason for sharing all the same.</source>
            <translation>Le consentement enregistré dans ce dossier ne couvre pas ce destinataire : indiquez pourquoi vous partagez malgré tout.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one item to share.</source>
            <translation>Choisissez au moins un élément à partager.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items: name each item by its key and label.</source>
            <translation>Éléments : indiquez chaque élément par sa clé et son libellé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File name: give the file's name only, without its folder.</source>
            <translation>Nom du fichier : indiquez uniquement le nom du fichier, sans son chemin d'accès.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Document: give its title, such as Session notes of 2026-11-06.</source>
            <translation>Document : indiquez son titre, par exemple Notes d'entretien du 2026-11-06.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document: name it by its key, such as session_notes.</source>
            <translation>Document : désignez-le par sa clé, par exemple session_notes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A transfer package opens as a case, and a case needs a name: select the person's name.</source>
            <translation>Un paquet de transfert s'ouvre comme un dossier, et un dossier doit avoir un nom : sélectionnez le nom de la personne.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This case is too large for a transfer package (more than %1 MiB).</source>
            <translation>Ce dossier est trop volumineux pour un paquet de transfert (plus de %1 Mio).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This case cannot go into a transfer package (%1).</source>
            <translation>Ce dossier ne peut pas être placé dans un paquet de transfert (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The vault is locked.</source>
            <translation>Le coffre-fort est verrouillé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation>Cette phrase secrète n'ouvre pas ce coffre-fort. Vérifiez-la et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The current passphrase is not correct. Nothing has been changed.</source>
            <translation>La phrase secrète actuelle est incorrecte. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That recovery key does not open this vault. Check each group and try again.</source>
            <translation>Cette clé de récupération n'ouvre pas ce coffre-fort. Vérifiez chaque groupe et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is already a vault in %1. Nothing has been changed.</source>
            <translation>Il y a déjà un coffre-fort dans %1. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 already holds other files. Choose an empty folder for the vault.</source>
            <translation>%1 contient déjà d'autres fichiers. Choisissez un répertoire vide pour le coffre-fort.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Trajectapp vault.</source>
            <translation>%1 n'est pas un coffre-fort Trajectapp.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault's key file (vault.key) is missing, so the vault cannot be opened. Put vault.key back from a backup. Nothing has been changed.</source>
            <translation>Le fichier de clé du coffre-fort (vault.key) est introuvable : le coffre-fort ne peut donc pas être ouvert. Remettez vault.key en place à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) cannot be read, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation>Le fichier de clé du coffre-fort (vault.key) est illisible : le coffre-fort ne peut donc pas être ouvert. Restaurez vault.key à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) is damaged, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation>Le fichier de clé du coffre-fort (vault.key) est endommagé : le coffre-fort ne peut donc pas être ouvert. Restaurez vault.key à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's key file (vault.key) asks for key settings that Trajectapp never uses: it is damaged or has been tampered with, so the vault cannot be opened. Restore vault.key from a backup. Nothing has been changed.</source>
            <translation>Le fichier de clé du coffre-fort (vault.key) demande des réglages de clé que Trajectapp n'utilise jamais : il est endommagé ou a été falsifié, le coffre-fort ne peut donc pas être ouvert. Restaurez vault.key à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The vault's database is damaged (the database file is missing or empty). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (le fichier de la base de données est absent ou vide). Votre phrase secrète est correcte. Restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (it cannot be read). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (elle est illisible). Votre phrase secrète est correcte. Restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (some pages fail their integrity check). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (certaines pages échouent au contrôle d'intégrité). Votre phrase secrète est correcte. Restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (the first page cannot be read). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (la première page est illisible). Votre phrase secrète est correcte. Restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (its structure is inconsistent). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (sa structure est incohérente). Votre phrase secrète est correcte. Restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (it holds no Trajectapp data). Your passphrase is correct. Restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (elle ne contient aucune donnée Trajectapp). Votre phrase secrète est correcte. Restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault's database is damaged (the file of its latest changes, vault.db-wal, is damaged, and changes saved after the damage cannot be read). Your passphrase is correct. Keep a copy of the vault folder as it is, and restore the vault folder from a backup. Nothing has been changed.</source>
            <translation>La base de données du coffre-fort est endommagée (le fichier de ses dernières modifications, vault.db-wal, est endommagé, et les modifications enregistrées après le dommage ne peuvent pas être lues). Votre phrase secrète est correcte. Conservez une copie du dossier du coffre-fort tel quel, et restaurez le dossier du coffre-fort à partir d'une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This vault was made by a newer version of Trajectapp. Open it with that version. Nothing has been changed.</source>
            <translation>Ce coffre-fort a été créé avec une version plus récente de Trajectapp. Ouvrez-le avec cette version. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This vault could not be updated to the current version of Trajectapp (%1). Its data is as it was, and a copy from before the update is kept next to it. Nothing has been changed.</source>
            <translation>Ce coffre-fort n'a pas pu être mis à jour vers la version actuelle de Trajectapp (%1). Ses données sont restées telles quelles, et une copie d'avant la mise à jour est conservée à côté. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp checked this vault after opening it and found damage: some pages of its database fail their integrity check, so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault folder from a backup.</source>
            <translation>Trajectapp a contrôlé ce coffre-fort après son ouverture et y a trouvé des dommages : certaines pages de sa base de données échouent au contrôle d'intégrité, si bien qu'une partie de ce que vous voyez ou enregistrez peut être perdue. Cessez de travailler dans ce coffre-fort, verrouillez-le et restaurez le répertoire du coffre-fort à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp checked this vault after opening it and found damage: the structure of its database is inconsistent, so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault folder from a backup.</source>
            <translation>Trajectapp a contrôlé ce coffre-fort après son ouverture et y a trouvé des dommages : la structure de sa base de données est incohérente, si bien qu'une partie de ce que vous voyez ou enregistrez peut être perdue. Cessez de travailler dans ce coffre-fort, verrouillez-le et restaurez le répertoire du coffre-fort à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp checked this vault after opening it and found damage: part of its database cannot be read, so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault folder from a backup.</source>
            <translation>Trajectapp a contrôlé ce coffre-fort après son ouverture et y a trouvé des dommages : une partie de sa base de données est illisible, si bien qu'une partie de ce que vous voyez ou enregistrez peut être perdue. Cessez de travailler dans ce coffre-fort, verrouillez-le et restaurez le répertoire du coffre-fort à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp is not allowed to read or write in %1. The vault is not damaged: check that this folder and its files belong to your account (your IT support can help), or choose another folder. Nothing has been changed.</source>
            <translation>Trajectapp n'est pas autorisé à lire ou à écrire dans %1. Le coffre-fort n'est pas endommagé : vérifiez que ce répertoire et ses fichiers appartiennent à votre compte (votre service informatique peut vous aider), ou choisissez un autre emplacement. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is on a disk that cannot be written to. The vault is not damaged: make the disk writable (a USB stick may have a lock switch) or use a folder on another disk, then try again. Nothing has been changed.</source>
            <translation>%1 se trouve sur un disque en lecture seule. Le coffre-fort n'est pas endommagé : rendez le disque accessible en écriture (une clé USB peut avoir un verrou de protection) ou utilisez un emplacement sur un autre disque, puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk that holds %1 is full. The vault is not damaged: free some space on that disk, then try again. Nothing has been changed.</source>
            <translation>Le disque qui contient %1 est plein. Le coffre-fort n'est pas endommagé : libérez de l'espace sur ce disque, puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The vault in %1 is open in another running copy of Trajectapp. Lock the vault or close Trajectapp there, then try again. Nothing has been changed.</source>
            <translation>Le coffre-fort dans %1 est ouvert dans une autre copie de Trajectapp en cours d'exécution. Verrouillez-le ou fermez Trajectapp à cet endroit, puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no room left on the disk for %1. Nothing was saved; what you typed is still here. Free some space on the disk, then save again.</source>
            <translation>Il n'y a plus de place sur le disque pour %1. Rien n'a été enregistré ; ce que vous avez tapé est toujours là. Libérez de l'espace sur le disque, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trajectapp may not write to %1: the folder or the disk is read-only. Nothing was saved; what you typed is still here. Make the folder writable (or ask your IT support), then save again.</source>
            <translation>Trajectapp ne peut pas écrire dans %1 : le dossier ou le disque est en lecture seule. Rien n'a été enregistré ; ce que vous avez tapé est toujours là. Rendez le dossier accessible en écriture (ou demandez-le à votre support informatique), puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disk could not write to %1, or the vault folder is no longer there. Nothing was saved; what you typed is still here. Check that the disk is connected, then save again.</source>
            <translation>Le disque n'a pas pu écrire dans %1, ou le dossier du coffre-fort n'existe plus. Rien n'a été enregistré ; ce que vous avez tapé est toujours là. Vérifiez que le disque est bien connecté, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The file could not be read (%1). Nothing has been imported.</source>
            <translation>Le fichier n'a pas pu être lu (%1). Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file is too large to be a Trajectapp transfer package (more than %1 MiB). Nothing has been imported.</source>
            <translation>Ce fichier est trop volumineux pour être un paquet de transfert Trajectapp (plus de %1 Mio). Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This file is not a Trajectapp transfer package. Nothing has been imported.</source>
            <translation>Ce fichier n'est pas un paquet de transfert Trajectapp. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This package has been cut short: it ends before its content begins. Ask for it to be sent again. Nothing has been imported.</source>
            <translation>Ce paquet est tronqué : il s'arrête avant le début de son contenu. Demandez qu'il vous soit renvoyé. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package was made by a newer version of Trajectapp. Update Trajectapp and import it again. Nothing has been imported.</source>
            <translation>Ce paquet a été créé avec une version plus récente de Trajectapp. Mettez Trajectapp à jour et importez-le à nouveau. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package has a version number no version of Trajectapp has made: it is damaged. Nothing has been imported.</source>
            <translation>Ce paquet porte un numéro de version qu'aucune version de Trajectapp n'a jamais produit : il est endommagé. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package asks for more memory or time to open than any Trajectapp package needs: it is damaged or not genuine. Nothing has been imported.</source>
            <translation>Pour s'ouvrir, ce paquet demande plus de mémoire ou de temps que n'en exige un paquet Trajectapp : il est endommagé ou n'est pas authentique. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A package's passphrase has %1 letters and digits, in %2 groups of %3; what was typed is not like that. Check it against the slip and type it again.</source>
            <translation>La phrase secrète d'un paquet compte %1 lettres et chiffres, en %2 groupes de %3 ; ce qui a été saisi ne correspond pas à ce format. Comparez avec la fiche et saisissez-la à nouveau.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This passphrase does not open the package. Check it against the slip, group by group, and type it again.</source>
            <translation>Cette phrase secrète n'ouvre pas le paquet. Comparez-la groupe par groupe avec la fiche et saisissez-la à nouveau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase is right, but the package has been cut short or changed since it was made. Ask for it to be sent again. Nothing has been imported.</source>
            <translation>La phrase secrète est correcte, mais le paquet a été tronqué ou modifié depuis sa création. Demandez qu'il vous soit renvoyé. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This package cannot be imported: its content is not what Trajectapp expects (%1). Nothing has been imported.</source>
            <translation>Ce paquet ne peut pas être importé : son contenu ne correspond pas à ce que Trajectapp attend (%1). Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The package's case does not fit in this vault (%1). Nothing has been imported.</source>
            <translation>Le dossier du paquet ne peut pas être intégré à ce coffre-fort (%1). Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This could not be done (%1).</source>
            <translation>Cette opération n'a pas pu être effectuée (%1).</translation>
        </message>
    </context>
    <context>
        <name>NeedsChart</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/chart_view.py" line="+30" />
            <source>Add the person's own scores</source>
            <translation>Ajouter les scores donnés par la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The scores the person gave, for the chosen assessment.</source>
            <translation>Les scores donnés par la personne, pour l'évaluation choisie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category domains are left out while presentation mode is on.</source>
            <translation>Les domaines à données sensibles sont omis tant que le mode présentation est actif.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare with:</source>
            <translation>Comparer avec :</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Nothing</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1, the person's own scores</source>
            <translation>%1, scores donnés par la personne</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 (latest)</source>
            <translation>%1 (dernière)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (first)</source>
            <translation>%1 (première)</translation>
        </message>
    </context>
    <context>
        <name>NeedsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_panel.py" line="+72" />
            <source>New assessment…</source>
            <translation>Nouvelle évaluation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and note…</source>
            <translation>Date et note…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No assessment yet. Start one with New assessment…</source>
            <translation>Pas encore d'évaluation. Commencez-en une avec Nouvelle évaluation…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Assessment of:</source>
            <translation>Évaluation du :</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Where things stood in each life domain at each assessment, from 1 (not talking about it yet) to 10 (stable, manages with little support). Hover over a score for its words and the person's own score.</source>
            <translation>La situation dans chaque domaine de vie à chaque évaluation, de 1 (n'en parle pas encore) à 10 (stable, s'en sort avec peu de soutien). Survolez un score pour voir sa description et le score donné par la personne.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk assessments elsewhere</source>
            <translation>Évaluations des risques externes</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Note: %1</source>
            <translation>Note : %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Special-category domains are left out while presentation mode is on.</source>
            <translation>Les domaines à données sensibles sont omis tant que le mode présentation est actif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; special-category data: hidden in presentation mode</source>
            <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; données sensibles : masquées en mode présentation</translation>
        </message>
    </context>
    <context>
        <name>NeedsTables</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_models.py" line="-176" />
            <source>(hidden)</source>
            <translation>(masqué)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hidden in the catalogue of life domains: shown here because it was used.</source>
            <translation>Masqué dans le catalogue des domaines de vie : affiché ici parce qu'il a été utilisé.</translation>
        </message>
    </context>
    <context>
        <name>NeedsWords</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/needs_words.py" line="+30" />
            <source>Special-category data (%1): hidden in presentation mode and never shared unless chosen.</source>
            <translation>Données sensibles (%1) : masquées en mode présentation et jamais partagées, sauf si vous le choisissez.</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/caseload/new_case_dialog.py" line="+22" />
            <source>New case</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Legal name:</source>
            <translation>Nom officiel :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wants to be called:</source>
            <translation>Se fait appeler :</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Type the person's name.</source>
            <translation>Saisissez le nom de la personne.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/fields.py" line="+61" />
            <source>New passphrase:</source>
            <translation>Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat it:</source>
            <translation>Confirmation :</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Use at least %n characters; a short sentence works well.</source>
            <translation>
                <numerusform>Utilisez au moins %n caractère ; une courte phrase convient bien.</numerusform>
                <numerusform>Utilisez au moins %n caractères ; une courte phrase convient bien.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is one of the first passphrases anyone would try.</source>
            <translation>C'est l'une des premières phrases secrètes que n'importe qui essaierait.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use more different characters.</source>
            <translation>Utilisez des caractères plus variés.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too easy to guess. Try a few unrelated words.</source>
            <translation>Trop facile à deviner. Essayez quelques mots sans rapport entre eux.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Choose a passphrase of at least %n characters.</source>
            <translation>
                <numerusform>Choisissez une phrase secrète d'au moins %n caractère.</numerusform>
                <numerusform>Choisissez une phrase secrète d'au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Very strong</source>
            <translation>Très forte</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/note_editor.py" line="+69" />
            <source>Session note</source>
            <translation>Note d'entretien</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This is the note as you were writing it, not saved yet. The saved note stays as it was until you save.</source>
            <translation>Voici la note telle que vous étiez en train de l'écrire, pas encore enregistrée. La note enregistrée reste inchangée jusqu'à ce que vous enregistriez.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show the saved note</source>
            <translation>Afficher la note enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Throw away the unsaved text and show the note as it was saved.</source>
            <translation>Abandonner le texte non enregistré et afficher la note telle qu'elle a été enregistrée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What happened, what was said, what comes next.

# A heading
- an item of a list
*emphasis*</source>
            <translation>Ce qui s'est passé, ce qui a été dit, la suite.

# Un titre
- un élément de liste
*italique*</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="-18" />
            <source>What</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <comment>column: the day a follow-up action is due</comment>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done</source>
            <comment>column: the day a follow-up action was done</comment>
            <translation>Terminée le</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add action…</source>
            <translation>Ajouter une action…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Save the note (%1)</source>
            <translation>Enregistrer la note (%1)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Follow-up actions from this session</source>
            <translation>Actions de suivi issues de cet entretien</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet; kept as a draft at %1</source>
            <translation>Pas encore enregistrée ; conservée comme brouillon à %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet</source>
            <translation>Pas encore enregistrée</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The note holds an invisible character that cannot be kept, perhaps pasted from another program. Remove it and save again.</source>
            <translation>La note contient un caractère invisible qui ne peut pas être conservé, peut-être collé depuis un autre programme. Supprimez-le et enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Unsaved note</source>
            <translation>Note non enregistrée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The note has changes that are not saved. Save them?</source>
            <translation>La note contient des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/note_text.py" line="+69" />
            <source>Heading</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A line as a heading: # at its start</source>
            <translation>Une ligne en titre : # au début</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Subheading</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A line as a subheading: ## at its start</source>
            <translation>Une ligne en sous-titre : ## au début</translation>
        </message>
        <message>
            <location line="+5" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines as a list: - at their start</source>
            <translation>Des lignes en liste : - au début</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Emphasis</source>
            <translation>Italique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*Emphasis* on the selection</source>
            <translation>*Italique* pour la sélection</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Strong</source>
            <translation>Gras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>**Strong** text for the selection</source>
            <translation>**Gras** pour la sélection</translation>
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
            <translation>%1 h</translation>
        </message>
    </context>
    <context>
        <name>OutputPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/output_page.py" line="+45" />
            <source>Write the file</source>
            <translation>Enregistrer le fichier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No file chosen yet</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the PDF without a password</source>
            <translation>Enregistrer le PDF sans mot de passe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Without a password, anyone who gets hold of the file (a forwarded e-mail, a lost USB stick, a shared folder) can read everything in it. Tick this only when the recipient cannot open a PDF with a password, and hand the file over in person.</source>
            <translation>Sans mot de passe, toute personne qui obtient le fichier (un e-mail transféré, une clé USB perdue, un répertoire partagé) peut en lire tout le contenu. Ne cochez cette case que si le destinataire ne peut pas ouvrir un PDF protégé par mot de passe, et remettez-lui alors le fichier en main propre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A transfer package for %1, encrypted (AES-256) under a one-time passphrase, for their Trajectapp to import.</source>
            <translation>Un paquet de transfert pour %1, chiffré (AES-256) avec une phrase secrète à usage unique, à importer dans son propre Trajectapp.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A PDF for %1, without a password.</source>
            <translation>Un PDF pour %1, sans mot de passe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A PDF for %1, locked with a strong password (AES-256) that every PDF reader asks for.</source>
            <translation>Un PDF pour %1, protégé par un mot de passe fort (AES-256) que tout lecteur PDF demande.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The passphrase is shown once, after writing, with a slip to print; Trajectapp does not keep it.</source>
            <translation>La phrase secrète s'affiche une seule fois, après l'enregistrement, avec une fiche à imprimer ; Trajectapp ne la conserve pas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The password is shown once, after writing, with a slip to print; Trajectapp does not keep it.</source>
            <translation>Le mot de passe s'affiche une seule fois, après l'enregistrement, avec une fiche à imprimer ; Trajectapp ne le conserve pas.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Write saves the file and, in the same step, an entry in the case's disclosure register: the date, the recipient, the purpose and basis, the %n item(s), the file's name, size and fingerprint.</source>
            <translation>
                <numerusform>Le bouton « Enregistrer » crée le fichier et, dans la même étape, une inscription au registre des communications du dossier : la date, le destinataire, la finalité et la base juridique, %n élément, ainsi que le nom, la taille et l'empreinte du fichier.</numerusform>
                <numerusform>Le bouton « Enregistrer » crée le fichier et, dans la même étape, une inscription au registre des communications du dossier : la date, le destinataire, la finalité et la base juridique, les %n éléments, ainsi que le nom, la taille et l'empreinte du fichier.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Transfer packages (*%1)</source>
            <translation>Paquets de transfert (*%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>own-data-%1.pdf</source>
            <translation>donnees-personnelles-%1.pdf</translation>
        </message>
        <message>
            <location line="+0" />
            <source>handover-%1.pdf</source>
            <translation>transmission-%1.pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+11" />
            <source>Not written</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="-9" />
            <source>The file could not be written there (%1). Nothing has left the vault and the register has no entry: choose another folder, such as your Documents folder or a USB stick.</source>
            <translation>Le fichier n'a pas pu être enregistré à cet endroit (%1). Rien n'a quitté le coffre-fort et le registre ne contient aucune inscription : choisissez un autre emplacement, par exemple Documents ou une clé USB.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing has left the vault and the register has no entry.</source>
            <translation>Rien n'a quitté le coffre-fort et le registre ne contient aucune inscription.</translation>
        </message>
    </context>
    <context>
        <name>ParticipationDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="+118" />
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taking part is voluntary. A person who declines stays on the caseload as declined.</source>
            <translation>La participation est volontaire. Une personne qui décline reste dans vos dossiers, avec le statut « Décliné ».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation:</source>
            <translation>Participation :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation>Le :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reasons:</source>
            <translation>Raisons :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The person's reasons in their own words: write down what they said, as they said it.</source>
            <translation>Les raisons de la personne, avec ses propres mots : notez ce qu'elle a dit, comme elle l'a dit.</translation>
        </message>
    </context>
    <context>
        <name>PartyFields</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/party_fields.py" line="+31" />
            <source>Choose a partner service…</source>
            <translation>Choisir un service partenaire…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partner service:</source>
            <translation>Service partenaire :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who:</source>
            <translation>Qui :</translation>
        </message>
        <message>
            <location line="+14" />
            <source>(a service no longer listed)</source>
            <translation>(service qui ne figure plus au répertoire)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For example: his sister Samira</source>
            <translation>Par exemple : sa sœur Samira</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For example: the imam of the prison, a lawyer</source>
            <translation>Par exemple : l'imam de la prison, un avocat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose the partner service.</source>
            <translation>Choisissez le service partenaire.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say who it is.</source>
            <translation>Indiquez de qui il s'agit.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <location filename="../../src/trajectapp/ui/passphrase/fields.py" line="-79" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="+68" />
            <source>The password of the PDF</source>
            <translation>Le mot de passe du PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The PDF is saved and can only be opened with this password. Give it to the reader separately from the file (by phone or in person). Trajectapp does not keep it: note it now if you need it.</source>
            <translation>Le PDF est enregistré et ne peut être ouvert qu'avec ce mot de passe. Transmettez-le au lecteur séparément du fichier (par téléphone ou en personne). Trajectapp ne le conserve pas : notez-le maintenant si vous en avez besoin.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I have noted it</source>
            <translation>Je l'ai noté</translation>
        </message>
    </context>
    <context>
        <name>PasswordSlip</name>
        <message>
            <location filename="../../src/trajectapp/documents/password_slip.py" line="+39" />
            <source>Passphrase of a transfer package</source>
            <translation>Phrase secrète d'un paquet de transfert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password of a PDF file</source>
            <translation>Mot de passe d'un fichier PDF</translation>
        </message>
        <message>
            <location line="+13" />
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made on</source>
            <translation>Établi le</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hand this slip over apart from the file: not in the same envelope, e-mail or bag.</source>
            <translation>Remettez cette fiche séparément du fichier : jamais dans la même enveloppe, le même e-mail ou le même sac.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trajectapp asks for it when the package is imported; the dashes may be left out.</source>
            <translation>Trajectapp la demande à l'importation du paquet ; les tirets peuvent être omis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type it exactly as printed when the PDF reader asks for a password.</source>
            <translation>Saisissez-le exactement tel qu'imprimé quand le lecteur PDF demande un mot de passe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trajectapp does not keep it. Destroy the slip once the file has been opened.</source>
            <translation>Trajectapp n'en garde aucune copie. Détruisez la fiche dès que le fichier a été ouvert.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cut along the line</source>
            <translation>découper le long de la ligne</translation>
        </message>
    </context>
    <context>
        <name>PdfPagesView</name>
        <message numerus="yes">
            <location filename="../../src/trajectapp/ui/documents/pdf_pages.py" line="+48" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/person_form.py" line="+99" />
            <source>Dates as 01/03/2027. Leave a date empty when it is not known.</source>
            <translation>Dates au format 01/03/2027. Laissez une date vide si elle n'est pas connue.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Type the person's legal name.</source>
            <translation>Saisissez le nom officiel de la personne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date of birth is in the future.</source>
            <translation>La date de naissance est dans le futur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first conviction is in the future.</source>
            <translation>La première condamnation est dans le futur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Detention cannot start before the date of birth.</source>
            <translation>La détention ne peut pas commencer avant la date de naissance.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is before detention started (%1).</source>
            <translation>Cette date précède le début de la détention (%1).</translation>
        </message>
    </context>
    <context>
        <name>PerspectiveDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="+41" />
            <source>New version of the perspective</source>
            <translation>Nouvelle version de la perspective d'avenir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It starts from the version of %1: change what the person says differently now. Earlier versions stay as they are.</source>
            <translation>Elle part de la version du %1 : modifiez ce que la personne dit autrement aujourd'hui. Les versions précédentes restent inchangées.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write the answers down in the person's own words, as they said them.</source>
            <translation>Notez les réponses avec les mots de la personne, tels qu'elle les a dits.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What do you want to do?</source>
            <translation>Que voulez-vous faire ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who do you wish to be?</source>
            <translation>Qui souhaitez-vous être ?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Write down at least one of the two answers.</source>
            <translation>Notez au moins l'une des deux réponses.</translation>
        </message>
    </context>
    <context>
        <name>PerspectiveSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/perspective_section.py" line="+86" />
            <source>No perspective recorded yet. Ask the person: what do you want to do? Who do you wish to be? Then write the answers down in their own words. Each version is dated and kept; none is overwritten.</source>
            <translation>Pas encore de perspective d'avenir notée. Demandez à la personne : que voulez-vous faire ? Qui souhaitez-vous être ? Notez ensuite les réponses avec ses propres mots. Chaque version est datée et conservée ; aucune n'est écrasée.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+46" />
            <source>New version…</source>
            <translation>Nouvelle version…</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What do you want to do?</source>
            <translation>Que voulez-vous faire ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who do you wish to be?</source>
            <translation>Qui souhaitez-vous être ?</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 (current)</source>
            <translation>%1 (actuelle)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write it down…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The current version, of %1, in the person's own words.</source>
            <translation>La version actuelle, du %1, avec les mots de la personne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An earlier version, of %1. The current one is at the top of the list.</source>
            <translation>Une version antérieure, du %1. La version actuelle est en haut de la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(not answered in this version)</source>
            <translation>(sans réponse dans cette version)</translation>
        </message>
    </context>
    <context>
        <name>PhaseDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="-95" />
            <source>Change phase</source>
            <translation>Changer de phase</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no phase recorded yet</source>
            <translation>aucune phase notée pour l'instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now: %1.</source>
            <translation>Actuellement : %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New phase:</source>
            <translation>Nouvelle phase :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Since:</source>
            <translation>Depuis le :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason for closing:</source>
            <translation>Motif de clôture :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the traject ends, for example released and aftercare finished, or moved abroad.</source>
            <translation>Pourquoi l'accompagnement prend fin, par exemple libération et suivi post-libération terminé, ou départ à l'étranger.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Say why the traject is closed.</source>
            <translation>Indiquez pourquoi l'accompagnement est clôturé.</translation>
        </message>
    </context>
    <context>
        <name>PlanDocument</name>
        <message>
            <location filename="../../src/trajectapp/documents/plan_document.py" line="+39" />
            <source>My plan</source>
            <translation>Mon plan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For later</source>
            <translation>Pour plus tard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I am working on it now</source>
            <translation>J'y travaille maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reached</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stopped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not started</source>
            <translation>Pas commencée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Busy with it</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be done yet</source>
            <translation>Pas encore possible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation>Plus nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Agrees</source>
            <translation>D'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does not agree</source>
            <translation>Pas d'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not answer</source>
            <translation>N'a pas pu répondre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My consultant</source>
            <translation>Mon consultant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A partner service</source>
            <translation>Un service partenaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My family</source>
            <translation>Ma famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else</source>
            <translation>Quelqu'un d'autre</translation>
        </message>
        <message>
            <location line="+32" />
            <source>This is my plan of %1. It says what I want to reach, and who does what to get there.</source>
            <translation>Voici mon plan du %1. Il dit ce que je veux atteindre, et qui fait quoi pour y arriver.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What I want to reach</source>
            <translation>Ce que je veux atteindre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There are no goals in this printed plan.</source>
            <translation>Ce plan imprimé ne contient aucun objectif.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Some goals may be left out of this printed plan, for example goals about health, religion or the case against me. My consultant can tell me about them.</source>
            <translation>Certains objectifs peuvent ne pas figurer dans ce plan imprimé, par exemple ceux qui concernent la santé, la religion ou l'affaire judiciaire me concernant. Mon consultant peut m'en parler.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>It has worked when</source>
            <translation>C'est réussi quand</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <source>By when</source>
            <translation>Pour quand</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Where it stands</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location line="-43" />
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Steps: who does what, by when</source>
            <translation>Étapes : qui fait quoi, pour quand</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No steps yet.</source>
            <translation>Pas encore d'étapes.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation>Qui le fait</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Who agrees with this plan</source>
            <translation>Qui est d'accord avec ce plan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nobody has answered yet.</source>
            <translation>Personne n'a encore répondu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why, in their own words</source>
            <translation>Pourquoi, avec leurs propres mots</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+59" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By signing, we say that we have read this plan together.</source>
            <translation>En signant, nous déclarons avoir lu ce plan ensemble.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Plan of %1, printed %2</source>
            <translation>Plan du %1, imprimé le %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Confidential: for me and the people who sign this plan. Do not copy or pass it on.</source>
            <translation>Confidentiel : pour moi et les personnes qui signent ce plan. Ne pas copier ni transmettre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>PlanDocumentDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/document_preview.py" line="+52" />
            <source>Plan document</source>
            <translation>Document du plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include goals about health, religion or offences</source>
            <translation>Inclure les objectifs liés à la santé, à la religion ou aux infractions</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Version %1, made on %2</source>
            <translation>Version %1, établie le %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Version:</source>
            <translation>Version :</translation>
        </message>
        <message>
            <location line="+10" />
            <source>plan-%1.pdf</source>
            <translation>plan-reinsertion-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan, version of %1</source>
            <translation>Plan de réinsertion, version du %1</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/plan_panel.py" line="+51" />
            <source>Goals and steps</source>
            <translation>Objectifs et étapes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan versions</source>
            <translation>Versions du plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What you were typing before the vault locked is about health, religion or offences: it comes back when presentation mode ends.</source>
            <translation>Ce que vous saisissiez avant le verrouillage du coffre-fort concerne la santé, la religion ou des infractions : cela réapparaîtra à la fin du mode présentation.</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_text.py" line="+34" />
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Success looks like</source>
            <translation>Signes de réussite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why dropped</source>
            <translation>Motif de l'abandon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Bien primaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it</source>
            <translation>Qui s'en charge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Goal added: %1</source>
            <translation>Objectif ajouté : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal removed: %1</source>
            <translation>Objectif retiré : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal changed: %1</source>
            <translation>Objectif modifié : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step added: %1</source>
            <translation>Étape ajoutée : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step removed: %1</source>
            <translation>Étape retirée : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Step changed: %1</source>
            <translation>Étape modifiée : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the person does not agree</source>
            <translation>la personne n'est pas d'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the person could not answer</source>
            <translation>la personne n'a pas pu répondre</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No answers yet</source>
            <translation>Pas encore de réponse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 agree</source>
            <translation>%1 sur %2 d'accord</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Plan of %1</source>
            <translation>Plan du %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Who agrees</source>
            <translation>Qui est d'accord</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody has answered yet. Use Agreement… to record each party’s answer.</source>
            <translation>Personne n'a encore répondu. Utilisez « Accord… » pour noter la réponse de chaque partie.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+110" />
            <source>Goals and steps</source>
            <translation>Objectifs et étapes</translation>
        </message>
        <message>
            <location line="-102" />
            <source>target %1</source>
            <translation>date visée : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Success looks like:</source>
            <translation>Signes de réussite :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why dropped:</source>
            <translation>Motif de l'abandon :</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No steps in this version.</source>
            <translation>Aucune étape dans cette version.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location line="+68" />
            <source>From the plan of %1 to the plan of %2</source>
            <translation>Du plan du %1 au plan du %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No goal or step changed.</source>
            <translation>Aucun objectif ni aucune étape n'a changé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unchanged: %1</source>
            <translation>Sans changement : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nobody answered either version.</source>
            <translation>Personne n'a répondu à aucune des deux versions.</translation>
        </message>
    </context>
    <context>
        <name>PlanVersionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/version_dialogs.py" line="-150" />
            <source>Record a plan version</source>
            <translation>Enregistrer une version du plan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A plan version keeps the goals and their steps as they are today. Every version is kept; ask each party afterwards whether they agree.</source>
            <translation>Une version du plan fige les objectifs et leurs étapes tels qu'ils sont aujourd'hui. Chaque version est conservée ; demandez ensuite à chaque partie si elle est d'accord.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Goals for later and those being worked on are ticked.</source>
            <translation>Les objectifs pour plus tard et ceux en cours sont cochés.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goals hidden in presentation mode are included when they are still on.</source>
            <translation>Les objectifs masqués en mode présentation sont inclus s'ils sont toujours d'actualité.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals in this version:</source>
            <translation>Objectifs de cette version :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printed at the top of the plan document, for example: agreed at the meeting of 1 March with the justice house.</source>
            <translation>Imprimée en haut du document du plan, par exemple : convenu lors de la réunion du 1er mars avec la maison de justice.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Tick at least one goal.</source>
            <translation>Cochez au moins un objectif.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/preferences_dialog.py" line="+19" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new language is used from the next start of Trajectapp.</source>
            <translation>La nouvelle langue s'applique au prochain démarrage de Trajectapp.</translation>
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
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lock the vault after this long without use:</source>
            <translation>Verrouiller le coffre-fort après une inactivité de :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call for attention to releases within:</source>
            <translation>Signaler les libérations prévues dans les :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call for attention after no contact for more than:</source>
            <translation>Signaler l'absence de contact depuis plus de :</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/preview_page.py" line="+48" />
            <source>What will leave</source>
            <translation>Ce qui quittera le coffre-fort</translation>
        </message>
        <message>
            <location line="+47" />
            <source>A transfer package for %1: their Trajectapp imports it as a new case. Nothing is written yet.</source>
            <translation>Un paquet de transfert pour %1 : le destinataire l'importe dans Trajectapp comme un nouveau dossier. Rien n'est encore enregistré.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These are the exact pages that will leave, for %1. Nothing is written yet.</source>
            <translation>Voici exactement les pages qui seront transmises à %1. Rien n'est encore enregistré.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The document could not be made (%1). Go back and try again, or choose fewer items.</source>
            <translation>Le document n'a pas pu être créé (%1). Revenez en arrière et réessayez, ou choisissez moins d'éléments.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Making the document…</source>
            <translation>Création du document…</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of a special category</source>
            <translation>dont %1 avec des données sensibles</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Section</source>
            <translation>Rubrique</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the package</source>
            <translation>Dans le paquet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Of a special category</source>
            <translation>Données sensibles</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>all %n</source>
            <translation>
                <numerusform>%n sur %n</numerusform>
                <numerusform>les %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The whole case</source>
            <translation>Le dossier complet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked with a one-time passphrase, shown once after writing</source>
            <translation>protégé par une phrase secrète à usage unique, affichée une seule fois après l'enregistrement</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/print_flow.py" line="+32" />
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
    </context>
    <context>
        <name>ProgressNoteDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/goal_dialogs.py" line="+37" />
            <source>Progress note</source>
            <translation>Note de suivi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Progress towards: %1</source>
            <translation>Progrès vers : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation>Le :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What moved, what got in the way; the person's own words where they matter.</source>
            <translation>Ce qui a avancé, ce qui a fait obstacle ; les mots de la personne quand ils comptent.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Write the note.</source>
            <translation>Rédigez la note.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="-48" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protect with a password (recommended)</source>
            <translation>Protéger par un mot de passe (recommandé)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trajectapp makes a strong password and shows it once, after saving. Only someone with the password can open the file. Without a password, anyone who gets hold of the file can read it.</source>
            <translation>Trajectapp crée un mot de passe fort et l'affiche une seule fois, après l'enregistrement. Seule une personne qui dispose du mot de passe peut ouvrir le fichier. Sans mot de passe, quiconque obtient le fichier peut le lire.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose where to save…</source>
            <translation>Choisir l'emplacement…</translation>
        </message>
    </context>
    <context>
        <name>RadarChartWidget</name>
        <message>
            <location filename="../../src/trajectapp/ui/charts/radar_widget.py" line="+119" />
            <source>Not enough domains scored to draw a chart</source>
            <translation>Trop peu de domaines ont un score pour tracer un graphique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not scored</source>
            <translation>sans score</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/recipient_dialog.py" line="+55" />
            <source>Who is it for?</source>
            <translation>À qui est-ce destiné ?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” leaves the vault as a file. The disclosure register of the case keeps who it is for, why, on what basis and the fingerprint of the file; never the password.</source>
            <translation>« %1 » quitte le coffre-fort sous forme de fichier. Le registre des communications du dossier conserve le destinataire, la finalité, la base juridique et l'empreinte du fichier ; jamais le mot de passe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose who it is for</source>
            <translation>Choisir le destinataire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A partner service in the directory</source>
            <translation>Un service partenaire du répertoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another service or professional</source>
            <translation>Un autre service ou professionnel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant</source>
            <translation>Un autre consultant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person themself (their own copy)</source>
            <translation>La personne elle-même (copie personnelle)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Myself, to take to a meeting</source>
            <translation>Moi-même, pour une réunion</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For:</source>
            <translation>Destinataire :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the service</source>
            <translation>Choisir le service</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Service:</source>
            <translation>Service :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why it is shared all the same</source>
            <translation>Pourquoi ces données sont partagées malgré tout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation>Justification :</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The consultant of this case (own copy)</source>
            <translation>Le consultant de ce dossier (son propre exemplaire)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The consultant's name</source>
            <translation>Nom du consultant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The service, or the professional and their service</source>
            <translation>Le service, ou le professionnel et son service</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A copy of their own data: no consent is needed.</source>
            <translation>Une copie de ses propres données : aucun consentement n'est nécessaire.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The person's recorded consent does not cover sharing with %1.</source>
            <translation>Le consentement enregistré de la personne ne couvre pas le partage avec %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No recorded consent covers %1: consent is recorded for partner services in the directory only.</source>
            <translation>Aucun consentement enregistré ne couvre %1 : le consentement n'est enregistré que pour les services partenaires du répertoire.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You may share all the same: say why below.</source>
            <translation>Vous pouvez partager malgré tout : indiquez pourquoi ci-dessous.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The person's consent covers sharing with %1.</source>
            <translation>Le consentement de la personne couvre le partage avec %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>May be shared: %1</source>
            <translation>Ce qui peut être partagé : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>May not be shared: %1</source>
            <translation>Ce qui ne peut pas être partagé : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose who it is for.</source>
            <translation>Choisissez le destinataire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the service.</source>
            <translation>Choisissez le service.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the name.</source>
            <translation>Saisissez le nom.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The recorded consent does not cover this: say why it is shared all the same.</source>
            <translation>Le consentement enregistré ne couvre pas ce partage : indiquez pourquoi vous partagez malgré tout.</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/recipient_page.py" line="+31" />
            <source>Who receives it?</source>
            <translation>Qui le reçoit ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only what you choose in the next steps leaves the vault, and the disclosure register keeps a record of it.</source>
            <translation>Seul ce que vous choisissez aux étapes suivantes quitte le coffre-fort, et le registre des communications en garde la trace.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A partner service from the directory</source>
            <translation>Un service partenaire du répertoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another consultant, who takes over the case</source>
            <translation>Un autre consultant, qui reprend le dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person themself: a copy of their own data</source>
            <translation>La personne elle-même : une copie de ses propres données</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type to find a service</source>
            <translation>Tapez pour trouver un service</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The directory lists no partner services yet: add them with Case ▸ Partner services.</source>
            <translation>Le répertoire ne contient encore aucun service partenaire : ajoutez-en via Dossier ▸ Services partenaires.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Their name, and where they work</source>
            <translation>Nom et lieu de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>They get a transfer package that their Trajectapp imports as a case.</source>
            <translation>Le consultant reçoit un paquet de transfert, que son Trajectapp importe comme dossier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A copy of everything held about them (their right of access), with the list of everyone their data went to and how long the case is kept.</source>
            <translation>Une copie de tout ce qui est conservé à son sujet (droit d'accès), avec la liste de tous ceux à qui ses données ont été communiquées et la durée de conservation du dossier.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/unlock/recovery_dialog.py" line="+16" />
            <source>Open with the recovery key</source>
            <translation>Ouvrir avec la clé de récupération</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the recovery key from your recovery sheet (the groups may be separated by spaces or dashes), then choose a new passphrase.</source>
            <translation>Saisissez la clé de récupération figurant sur votre feuille de récupération (les groupes peuvent être séparés par des espaces ou des tirets), puis choisissez une nouvelle phrase secrète.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
            <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recovery key:</source>
            <translation>Clé de récupération :</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A recovery key has 8 groups of 4 letters and digits (2–7).</source>
            <translation>Une clé de récupération compte 8 groupes de 4 lettres et chiffres (2–7).</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <location filename="../../src/trajectapp/documents/recovery_sheet.py" line="+48" />
            <source>Trajectapp recovery sheet</source>
            <translation>Feuille de récupération Trajectapp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This sheet holds no case data. Do not keep a copy of it on any computer.</source>
            <translation>Cette feuille ne contient aucune donnée de dossier. N'en gardez de copie sur aucun ordinateur.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Keep this page as carefully as the case files themselves.</source>
            <translation>Conservez cette page avec autant de soin que les dossiers eux-mêmes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What this key does</source>
            <translation>À quoi sert cette clé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If the passphrase is ever forgotten, this recovery key opens the vault and lets you set a new passphrase. Nothing else can do that.</source>
            <translation>Si la phrase secrète est oubliée, cette clé de récupération ouvre le coffre-fort et vous permet d'en choisir une nouvelle. Rien d'autre ne le permet.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Anyone who holds this key together with the vault folder can read every case file in it, without knowing the passphrase.</source>
            <translation>Quiconque détient cette clé et le répertoire du coffre-fort peut lire tous les dossiers qu'il contient, sans connaître la phrase secrète.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>RECOVERY KEY</source>
            <translation>CLÉ DE RÉCUPÉRATION</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the groups in order. Dashes and spaces are optional.</source>
            <translation>Saisissez les groupes dans l'ordre. Les tirets et les espaces sont facultatifs.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How to keep it</source>
            <translation>Comment la conserver</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Vault folder</source>
            <translation>Répertoire du coffre-fort</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Created</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep this page locked away, in a different place from the laptop.</source>
            <translation>Gardez cette page sous clé, à un autre endroit que l'ordinateur portable.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never photograph it, scan it, copy it out or store it digitally in any form.</source>
            <translation>Ne la photographiez, ne la scannez et ne la recopiez jamais, et ne la conservez sous aucune forme numérique.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When the vault is retired, destroy this page: shred it, do not just throw it away.</source>
            <translation>Quand le coffre-fort n'est plus utilisé, détruisez cette page : passez-la au broyeur, ne la jetez pas simplement.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Stored at:</source>
            <translation>Lieu de conservation :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature:</source>
            <translation>Signature :</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_dialog.py" line="+21" />
            <source>Disclosure register</source>
            <translation>Registre des communications</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every time case data left this vault, or arrived in it: to whom or from whom, why, on what basis, whether the person's consent covered it, and the name, size and fingerprint (SHA-256) of the file. Entries cannot be changed or removed. Passwords are never kept.</source>
            <translation>Chaque fois que des données d'un dossier ont quitté ce coffre-fort ou y sont entrées : à qui ou de qui, pourquoi, sur quelle base juridique, si le consentement de la personne le couvrait, ainsi que le nom, la taille et l'empreinte (SHA-256) du fichier. Les inscriptions ne peuvent être ni modifiées ni supprimées. Les mots de passe ne sont jamais conservés.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter: a name, a service, a purpose, a file…</source>
            <translation>Filtrer : un nom, un service, une finalité, un fichier…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter:</source>
            <translation>Filtrer :</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing has left this vault yet.</source>
            <translation>Rien n'a encore quitté ce coffre-fort.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n inscription</numerusform>
                <numerusform>%n inscriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 sur %n inscription</numerusform>
                <numerusform>%1 sur %n inscriptions</numerusform>
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
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To or from</source>
            <translation>Destinataire ou expéditeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 (earlier vault)</source>
            <translation>%1 (coffre-fort précédent)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not covered: %1</source>
            <translation>Non couvert : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Covered</source>
            <translation>Couvert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not needed</source>
            <translation>Non nécessaire</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Recorded in the vault this case came from, and brought along with the case.</source>
            <translation>Enregistré dans le coffre-fort d'origine de ce dossier, et transmis avec lui.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <location filename="../../src/trajectapp/ui/disclosures/register_view.py" line="+61" />
            <source>Disclosure register</source>
            <translation>Registre des communications</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../src/trajectapp/domain/retention.py" line="+21" />
            <source>This case file is kept until %1.</source>
            <translation>Ce dossier est conservé jusqu'au %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This case file is kept until %1 years after the case is closed.</source>
            <translation>Ce dossier est conservé jusqu'à %1 ans après sa clôture.</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/consent_dialogs.py" line="+63" />
            <source>Revoke consent</source>
            <translation>Retirer le consentement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the date it is revoked, the consent for “%1” no longer allows anything.</source>
            <translation>À partir de la date du retrait, le consentement pour « %1 » n'autorise plus rien.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Revoked on:</source>
            <translation>Date du retrait :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This is before the consent was given (%1).</source>
            <translation>Cette date précède la date du consentement (%1).</translation>
        </message>
    </context>
    <context>
        <name>RiskAssessmentsView</name>
        <message>
            <location filename="../../src/trajectapp/ui/needs/risk_assessments_view.py" line="+34" />
            <source>Risk assessments made elsewhere are not scored here: note that one exists, when it was made, by whom and where it is held.</source>
            <translation>Les évaluations des risques externes ne sont pas réalisées ici : notez seulement qu'il en existe une, quand et par qui elle a été réalisée, et où elle se trouve.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not known</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by</source>
            <translation>Réalisée par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where it is held</source>
            <translation>Lieu de conservation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation>Aucune évaluation notée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
    </context>
    <context>
        <name>SaveAsPdf</name>
        <message>
            <location filename="../../src/trajectapp/ui/documents/save_flow.py" line="+84" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+11" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location line="-10" />
            <source>The PDF could not be written there (%1). Nothing was saved: choose another folder, such as your Documents folder or a USB stick.</source>
            <translation>Le PDF n'a pas pu être enregistré à cet endroit (%1). Rien n'a été enregistré : choisissez un autre emplacement, par exemple Documents ou une clé USB.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The disclosure register cannot keep this: %1 Nothing was saved.</source>
            <translation>Le registre des communications ne peut pas conserver ceci : %1 Rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/search/search_page.py" line="+65" />
            <source>Find in notes</source>
            <translation>Rechercher dans les notes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Words to find in the session notes and every free-text field</source>
            <translation>Mots à rechercher dans les notes d'entretien et tous les champs de texte libre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to where you were (Esc)</source>
            <translation>Revenir à l'écran précédent (Esc)</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Type a word or a name to search the notes and free-text fields of every case.</source>
            <translation>Tapez un mot ou un nom pour rechercher dans les notes et les champs de texte libre de tous les dossiers.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep typing, or press Enter to search.</source>
            <translation>Continuez à taper, ou appuyez sur Entrée pour lancer la recherche.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type letters or digits to search for.</source>
            <translation>Tapez des lettres ou des chiffres à rechercher.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes contain “%1”.</source>
            <translation>Aucune note ne contient « %1 ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The best %1 results. Add a word to find fewer.</source>
            <translation>Les %1 meilleurs résultats. Ajoutez un mot pour affiner la recherche.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/search/results_model.py" line="+19" />
            <source>Session note</source>
            <translation>Note d'entretien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes on the person</source>
            <translation>Notes sur la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase change</source>
            <translation>Changement de phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation decision</source>
            <translation>Décision de participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer to another prison</source>
            <translation>Transfèrement vers une autre prison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs assessment</source>
            <translation>Évaluation des besoins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life domain in an assessment</source>
            <translation>Domaine de vie dans une évaluation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Push or pull factor</source>
            <translation>Facteur de poussée ou d'attraction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength</source>
            <translation>Force</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives</source>
            <translation>Good Lives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective</source>
            <translation>Perspective d'avenir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress note on a goal</source>
            <translation>Note de suivi sur un objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up action</source>
            <translation>Action de suivi</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Found in</source>
            <translation>Trouvé dans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/secret_dialog.py" line="+60" />
            <source>The passphrase of the package</source>
            <translation>Phrase secrète du paquet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The password of the PDF</source>
            <translation>Mot de passe du PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The transfer package %1 is written. Their Trajectapp asks for this passphrase when they import it.</source>
            <translation>Le paquet de transfert %1 est enregistré. Le Trajectapp du destinataire demandera cette phrase secrète lors de l'importation.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is written and opens only with this password.</source>
            <translation>%1 est enregistré et ne s'ouvre qu'avec ce mot de passe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give it to %1 separately from the file: on the printed slip, by phone or in person. Trajectapp does not keep it: this is the only time it is shown.</source>
            <translation>À transmettre à %1 séparément du fichier : sur la fiche imprimée, par téléphone ou en personne. Trajectapp n'en garde aucune copie : cet affichage est le seul.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Print slip…</source>
            <translation>Imprimer la fiche…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>I have noted it</source>
            <translation>Je l'ai noté</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not printed</source>
            <translation>Non imprimé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The printer could not take the slip. Check that it is switched on and try again, or note the passphrase by hand.</source>
            <translation>L'imprimante n'a pas pu imprimer la fiche. Vérifiez qu'elle est allumée et réessayez, ou notez la phrase secrète à la main.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The printer could not take the slip. Check that it is switched on and try again, or note the password by hand.</source>
            <translation>L'imprimante n'a pas pu imprimer la fiche. Vérifiez qu'elle est allumée et réessayez, ou notez le mot de passe à la main.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The slip has gone to the printer.</source>
            <translation>La fiche a été envoyée à l'imprimante.</translation>
        </message>
    </context>
    <context>
        <name>Selection</name>
        <message>
            <location filename="../../src/trajectapp/services/case_selection.py" line="+35" />
            <source>The person</source>
            <translation>La personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The traject: phases, transfers, participation and consent</source>
            <translation>Le trajet d'accompagnement : phases, transfèrements, participation et consentement</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+79" />
            <source>Partner services involved</source>
            <translation>Services partenaires associés</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Needs assessments</source>
            <translation>Évaluations des besoins</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+2" />
            <source>Risk assessments made elsewhere</source>
            <translation>Évaluations des risques réalisées ailleurs</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Push and pull factors</source>
            <translation>Facteurs de poussée et d'attraction</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+1" />
            <source>Strengths and old passions</source>
            <translation>Forces et anciennes passions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Good Lives lens</source>
            <translation>Biens primaires (modèle Good Lives)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective, in the person's own words</source>
            <translation>Perspective d'avenir, avec les mots de la personne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals and steps</source>
            <translation>Objectifs et étapes</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+6" />
            <source>Plan versions</source>
            <translation>Versions du plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions and their notes</source>
            <translation>Entretiens et leurs notes</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../src/trajectapp/services/transfer.py" line="+2" />
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier disclosures (the register)</source>
            <translation>Communications antérieures (le registre)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>planned</source>
            <translation>planifié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held</source>
            <translation>réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Assessment of %1</source>
            <translation>Évaluation du %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Step: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Progress note of %1</source>
            <translation>Note de suivi du %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Goal: %1</source>
            <translation>Objectif : %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1, made on %2</source>
            <translation>%1, en date du %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: %2, noted on %3</source>
            <translation>%1 : %2, noté le %3</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Perspective of %1</source>
            <translation>Perspective d'avenir du %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Plan version of %1</source>
            <translation>Version du plan du %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 on %2, %3</source>
            <translation>%1 le %2, %3</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Action: %1</source>
            <translation>Action de suivi : %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Phase: %1, from %2</source>
            <translation>Phase : %1, à partir du %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Transfer to %1 on %2</source>
            <translation>Transfèrement vers %1 le %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participation: %1, on %2</source>
            <translation>Participation : %1, le %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Consent to share with %1: %2, asked on %3</source>
            <translation>Consentement au partage avec %1 : %2, demandé le %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Consent to anonymised statistics: %1, asked on %2</source>
            <translation>Consentement aux statistiques anonymisées : %1, demandé le %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sent to %1 on %2</source>
            <translation>Communiqué à %1 le %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received from %1 on %2</source>
            <translation>Reçu de %1 le %2</translation>
        </message>
        <message>
            <location filename="../../src/trajectapp/services/transfer.py" line="-17" />
            <source>Phase changes</source>
            <translation>Changements de phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfers between prisons</source>
            <translation>Transfèrements entre prisons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation decisions</source>
            <translation>Décisions de participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Life domains assessed</source>
            <translation>Domaines de vie évalués</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Good Lives entries</source>
            <translation>Biens primaires (Good Lives)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective versions</source>
            <translation>Versions de la perspective d'avenir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress notes</source>
            <translation>Notes de suivi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sessions</source>
            <translation>Entretiens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Earlier disclosures</source>
            <translation>Communications antérieures</translation>
        </message>
    </context>
    <context>
        <name>SelectionPage</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/selection_page.py" line="+39" />
            <source>What leaves?</source>
            <translation>Qu'est-ce qui quitte le coffre-fort ?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select none</source>
            <translation>Tout désélectionner</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Everything held about them is chosen: their right of access covers all of it. Leave out only what would tell them about someone else.</source>
            <translation>Tout ce qui est conservé à son sujet est sélectionné : son droit d'accès couvre l'ensemble. N'omettez que ce qui révélerait des informations sur quelqu'un d'autre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A colleague who takes over the case usually needs all of it: Select all. The package opens as a case, so the person's name goes with it.</source>
            <translation>Un collègue qui reprend le dossier a généralement besoin de tout : cliquez sur « Tout sélectionner ». Le paquet s'ouvre comme un dossier, le nom de la personne en fait donc partie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing is chosen yet. Tick only what %1 needs for this purpose.</source>
            <translation>Rien n'est encore sélectionné. Ne cochez que ce dont %1 a besoin pour cette finalité.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Purple items hold special-category data (religion or ideology, health, offences): ticking them asks you to confirm.</source>
            <translation>Les éléments en violet contiennent des données sensibles (religion ou idéologie, santé, infractions) : si vous les cochez, une confirmation vous est demandée.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” holds special-category data (%2). Send it all the same?</source>
            <translation>« %1 » contient des données sensibles (%2). L'envoyer malgré tout ?</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n of these items hold special-category data (%1). Send them all the same?</source>
            <translation>
                <numerusform>%n de ces éléments contient des données sensibles (%1). L'envoyer malgré tout ?</numerusform>
                <numerusform>%n de ces éléments contiennent des données sensibles (%1). Les envoyer malgré tout ?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Special-category data</source>
            <translation>Données sensibles</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n item(s) chosen</source>
            <translation>
                <numerusform>%n élément sélectionné</numerusform>
                <numerusform>%n éléments sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of a special category</source>
            <translation>dont %1 avec des données sensibles</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose at least one item.</source>
            <translation>Choisissez au moins un élément.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick the person's name: the package opens as a case, and a case needs a name.</source>
            <translation>Cochez le nom de la personne : le paquet s'ouvre comme un dossier, et un dossier a besoin d'un nom.</translation>
        </message>
    </context>
    <context>
        <name>SelectionTreeModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/export/selection_model.py" line="+42" />
            <source>What can leave</source>
            <translation>Ce qui peut être transmis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Special category</source>
            <translation>Données sensibles</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 of a special category</source>
            <translation>%1 avec données sensibles</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Special-category data (%1): it leaves only if you tick it and confirm.</source>
            <translation>Données sensibles (%1) : cet élément n'est transmis que si vous le cochez et confirmez.</translation>
        </message>
    </context>
    <context>
        <name>ServiceForm</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/service_form.py" line="+53" />
            <source>for example: welfare, employment, mental health</source>
            <translation>par exemple : aide sociale, emploi, santé mentale</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One person a line, with their role if it helps</source>
            <translation>Une personne par ligne, avec sa fonction si c'est utile</translation>
        </message>
        <message>
            <location line="+3" />
            <source>name@organisation.be</source>
            <translation>nom@organisation.be</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide from lists (kept for past cases)</source>
            <translation>Masquer dans les listes (conservé pour les dossiers passés)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden service is no longer offered when you involve a service in a case; cases it worked on keep showing it.</source>
            <translation>Un service masqué n'est plus proposé lorsque vous associez un service à un dossier ; les dossiers où il est intervenu continuent de l'afficher.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of service:</source>
            <translation>Type de service :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation:</source>
            <translation>Organisation :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact people:</source>
            <translation>Personnes de contact :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Type the name of the service.</source>
            <translation>Saisissez le nom du service.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This does not look like an e-mail address: use name@organisation.be</source>
            <translation>Ceci ne ressemble pas à une adresse e-mail : utilisez nom@organisation.be</translation>
        </message>
    </context>
    <context>
        <name>ServiceListModel</name>
        <message>
            <location filename="../../src/trajectapp/ui/directory/service_list_model.py" line="+48" />
            <source>%1 (hidden)</source>
            <translation>%1 (masqué)</translation>
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
            <translation>Première observation le %1</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/session_dialog.py" line="+72" />
            <source>Session</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record a session</source>
            <translation>Noter un entretien</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan a session</source>
            <translation>Planifier un entretien</translation>
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
            <translation>à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for</source>
            <translation>pendant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No particular focus</source>
            <translation>Aucun axe de travail particulier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>For example: interview room 2, wing B</source>
            <translation>Par exemple : local d'entretien 2, aile B</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who took part:</source>
            <translation>Participants :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What it touched:</source>
            <translation>Sujets abordés :</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Names are optional; separate several with commas.</source>
            <translation>Les noms sont facultatifs ; séparez-les par des virgules.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Names, if you like</source>
            <translation>Noms, si vous le souhaitez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who: a lawyer, an imam, a friend…</source>
            <translation>Qui : un avocat, un imam, un ami…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Partner services:</source>
            <translation>Services partenaires :</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factors of this case</source>
            <translation>Facteurs de ce dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives goods</source>
            <translation>Biens primaires (Good Lives)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No factors recorded for this case yet.</source>
            <translation>Aucun facteur noté pour ce dossier.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick what the session was about; none is needed.</source>
            <translation>Cochez les sujets de l'entretien ; ce n'est pas obligatoire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags about health, religion or offences are hidden in presentation mode.</source>
            <translation>Les étiquettes liées à la santé, à la religion ou aux infractions sont masquées en mode présentation.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Those in purple are special-category data (health, religion, offences): hidden in presentation mode.</source>
            <translation>Les éléments en violet sont des données sensibles (santé, religion, infractions) : masqués en mode présentation.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Not a time: use 14:30</source>
            <translation>Heure non valide : utilisez 14:30</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Type the date.</source>
            <translation>Saisissez la date.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This date has passed: record the session as held instead.</source>
            <translation>Cette date est passée : notez plutôt l'entretien comme réalisé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This date is still to come: plan the session instead.</source>
            <translation>Cette date est à venir : planifiez plutôt l'entretien.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the minutes as a number, for example 60.</source>
            <translation>Indiquez les minutes en chiffres, par exemple 60.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The duration must be between 1 and %1 minutes (a day).</source>
            <translation>La durée doit être comprise entre 1 et %1 minutes (une journée).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A name is too long: keep each to at most %1 characters.</source>
            <translation>Un nom est trop long : %1 caractères au maximum par nom.</translation>
        </message>
    </context>
    <context>
        <name>SessionNotes</name>
        <message>
            <location filename="../../src/trajectapp/documents/session_notes.py" line="+34" />
            <source>Session notes</source>
            <translation>Notes d'entretien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags about religion or ideology, health and offences were left out of these notes.</source>
            <translation>Les étiquettes relatives à la religion ou l'idéologie, à la santé et aux infractions ont été omises de ces notes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Planned, not held yet</source>
            <translation>Planifié, pas encore réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No sessions in this period.</source>
            <translation>Aucun entretien pendant cette période.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Printed %1</source>
            <translation>Imprimé le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential: holds personal data from a case file. Do not copy or pass it on.</source>
            <translation>Confidentiel : contient des données personnelles d'un dossier. Ne pas copier ni transmettre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit seal when this file was made: %1 (entry %2)</source>
            <translation>Sceau de l'historique à la création de ce fichier : %1 (entrée %2)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The notes of one session.</source>
            <translation>Les notes d'un entretien.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes of the sessions from %1 to %2: %3 in all.</source>
            <translation>Les notes des entretiens du %1 au %2 : %3 au total.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes of the sessions from %1 to %2: one in all.</source>
            <translation>Les notes des entretiens du %1 au %2 : un au total.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Taking part</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Life domains</source>
            <translation>Domaines de vie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factors</source>
            <translation>Facteurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Good Lives goods</source>
            <translation>Biens primaires</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 (family)</source>
            <translation>%1 (famille)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No note.</source>
            <translation>Aucune note.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Follow-up action</source>
            <translation>Action de suivi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Terminée le</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/trajectapp/ui/setup/setup_wizard.py" line="+96" />
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+160" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location line="-152" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Welcome to Trajectapp</source>
            <translation>Bienvenue dans Trajectapp</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Trajectapp keeps your case files in an encrypted vault on this laptop. Nothing leaves it unless you export it yourself.

First, choose where the vault will live. The suggested folder is fine for most people.</source>
            <translation>Trajectapp conserve vos dossiers dans un coffre-fort chiffré sur cet ordinateur portable. Rien n'en sort, sauf si vous l'exportez vous-même.

Choisissez d'abord l'emplacement du coffre-fort. L'emplacement proposé convient dans la plupart des cas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose another folder…</source>
            <translation>Choisir un autre emplacement…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose a passphrase</source>
            <translation>Choisissez une phrase secrète</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You will type it each time you open the vault. A short sentence that only you would think of is easier to remember and harder to guess than a complicated word.</source>
            <translation>Vous la saisirez chaque fois que vous ouvrirez le coffre-fort. Une courte phrase à laquelle personne d'autre ne penserait est plus facile à retenir et plus difficile à deviner qu'un mot compliqué.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
        <message>
            <location line="+4" />
            <source>If you ever forget your passphrase, this key is the only way back into the vault. Copy it by hand or print the recovery sheet, and keep it locked away, apart from this laptop. It is shown only now.</source>
            <translation>Si vous oubliez un jour votre phrase secrète, cette clé est le seul moyen de rouvrir le coffre-fort. Recopiez-la à la main ou imprimez la feuille de récupération, et conservez-la sous clé, à l'écart de cet ordinateur. Elle n'est affichée que maintenant.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Print recovery sheet…</source>
            <translation>Imprimer la feuille de récupération…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save recovery sheet as PDF…</source>
            <translation>Enregistrer la feuille de récupération en PDF…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I have copied or printed the recovery key</source>
            <translation>J'ai recopié ou imprimé la clé de récupération</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Check your copy</source>
            <translation>Vérifiez votre copie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To be sure the copy is right, type group %1 of your recovery key from your copy.</source>
            <translation>Pour vérifier que votre copie est correcte, saisissez le groupe %1 de votre clé de récupération tel qu'il figure sur votre copie.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Group %1</source>
            <translation>Groupe %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Create vault</source>
            <translation>Créer le coffre-fort</translation>
        </message>
        <message>
            <location line="+39" />
            <source>There is already a vault in this folder. Choose an empty folder.</source>
            <translation>Il y a déjà un coffre-fort dans ce répertoire. Choisissez un répertoire vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This folder already holds other files. Choose an empty folder.</source>
            <translation>Ce répertoire contient déjà d'autres fichiers. Choisissez un répertoire vide.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Folder for the vault</source>
            <translation>Répertoire du coffre-fort</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save recovery sheet</source>
            <translation>Enregistrer la feuille de récupération</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not saved</source>
            <translation>Feuille non enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet could not be saved: %1</source>
            <translation>La feuille n'a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved</source>
            <translation>Feuille enregistrée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The recovery sheet was saved. Print it, then move the file off this laptop: anyone who has it and the vault folder can open your case files.</source>
            <translation>La feuille de récupération a été enregistrée. Imprimez-la, puis retirez le fichier de cet ordinateur : quiconque dispose de ce fichier et du coffre-fort peut ouvrir vos dossiers.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That is not group %1 of the recovery key. Check your copy; you can go back to see the key again.</source>
            <translation>Ce n'est pas le groupe %1 de la clé de récupération. Vérifiez votre copie ; vous pouvez revenir en arrière pour revoir la clé.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The vault could not be created (%1). Nothing was written.</source>
            <translation>Le coffre-fort n'a pas pu être créé (%1). Rien n'a été enregistré.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vault not created</source>
            <translation>Coffre-fort non créé</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/step_dialog.py" line="+35" />
            <source>New step</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A step towards: %1</source>
            <translation>Une étape vers : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For example: ask the social service about a rent deposit</source>
            <translation>Par exemple : se renseigner auprès du service social pour une garantie locative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What:</source>
            <translation>Description :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who does it:</source>
            <translation>Qui s'en charge :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due:</source>
            <translation>Échéance :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say what the step is.</source>
            <translation>Indiquez l'étape.</translation>
        </message>
    </context>
    <context>
        <name>StrengthDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strength_dialogs.py" line="-165" />
            <source>New strength or old passion</source>
            <translation>Nouvelle force ou ancienne passion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strength or old passion</source>
            <translation>Force ou ancienne passion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it is:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Description:</source>
            <translation>Description :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In the person's own words where you can: what they were good at, loved, or held on to.</source>
            <translation>Avec les mots de la personne si possible : ce en quoi elle était douée, ce qu'elle aimait ou ce à quoi elle tenait.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For example: since primary school, 2015–2018, before prison</source>
            <translation>Par exemple : depuis l'école primaire, 2015–2018, avant la prison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since when:</source>
            <translation>Depuis quand :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Picking it up again:</source>
            <translation>Comment s'y remettre :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How it could be picked up again, in prison or after release.</source>
            <translation>Comment la personne pourrait s'y remettre, en prison ou après sa libération.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose what kind of strength this is.</source>
            <translation>Choisissez le type de force.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Describe the strength or passion.</source>
            <translation>Décrivez la force ou la passion.</translation>
        </message>
    </context>
    <context>
        <name>StrengthsPanel</name>
        <message>
            <location filename="../../src/trajectapp/ui/strengths/strengths_panel.py" line="+41" />
            <source>Strengths and old passions</source>
            <translation>Forces et anciennes passions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good Lives</source>
            <translation>Good Lives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perspective</source>
            <translation>Perspective d'avenir</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Kept for later</source>
            <translation>Conservé pour plus tard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A good you were changing before the lock is hidden in presentation mode. Its form comes back when you leave presentation mode.</source>
            <translation>Un bien que vous modifiiez avant le verrouillage est masqué en mode présentation. Son formulaire réapparaîtra quand vous quitterez le mode présentation.</translation>
        </message>
    </context>
    <context>
        <name>StrengthsSection</name>
        <message>
            <location line="-245" />
            <source>What it is</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strength or old passion</source>
            <translation>Force ou ancienne passion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since when</source>
            <translation>Depuis quand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it could be picked up again</source>
            <translation>Comment s'y remettre</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No strengths or old passions recorded yet. What was the person good at, what did they love doing, who and what did they hold on to? Each can be a way forward.</source>
            <translation>Pas encore de forces ni d'anciennes passions notées. En quoi la personne était-elle douée, qu'aimait-elle faire, à qui et à quoi tenait-elle ? Chacune peut ouvrir une voie.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/timeline_view.py" line="+64" />
            <source>Consent for sharing with %1</source>
            <translation>Consentement au partage avec %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a partner service</source>
            <translation>un service partenaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent to anonymised statistics</source>
            <translation>Consentement aux statistiques anonymisées</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Traject closed</source>
            <translation>Accompagnement clôturé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phase reached: %1</source>
            <translation>Phase atteinte : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Transfer from %1 to %2</source>
            <translation>Transfèrement de %1 vers %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Transfer to %1</source>
            <translation>Transfèrement vers %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Participation: %1</source>
            <translation>Participation : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation>Avec ses propres mots</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 revoked</source>
            <translation>%1 retiré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May be shared</source>
            <translation>Ce qui peut être partagé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>May not be shared</source>
            <translation>Ce qui ne peut pas être partagé</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing recorded yet. Record the first contact with “Change phase…”.</source>
            <translation>Rien n'est encore noté. Notez le premier contact avec « Changer de phase… ».</translation>
        </message>
    </context>
    <context>
        <name>TrajectTab</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_tab.py" line="+61" />
            <source>Change phase…</source>
            <translation>Changer de phase…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record transfer…</source>
            <translation>Noter un transfèrement…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participation…</source>
            <translation>Participation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent…</source>
            <translation>Consentement…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Decide…</source>
            <translation>Noter la réponse…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoke…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/trajectapp/ui/casefile/traject_dialogs.py" line="+18" />
            <source>Record a transfer</source>
            <translation>Noter un transfèrement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not recorded</source>
            <translation>non renseignée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From:</source>
            <translation>Prison actuelle :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To prison:</source>
            <translation>Vers la prison :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On:</source>
            <translation>Le :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note:</source>
            <translation>Note :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type the prison the person moves to.</source>
            <translation>Saisissez la prison vers laquelle la personne est transférée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is the prison the person is in now.</source>
            <translation>C'est la prison où la personne se trouve actuellement.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <location filename="../../src/trajectapp/ui/unlock/unlock_screen.py" line="+57" />
            <source>Trajectapp is locked</source>
            <translation>Trajectapp est verrouillé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vault: %1</source>
            <translation>Coffre-fort : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The last seconds of typing before the lock could not be saved: the disk refused to write them (it may be full or read-only). Free some space on the disk before you go on.</source>
            <translation>Les dernières secondes de frappe avant le verrouillage n'ont pas pu être enregistrées : le disque a refusé de les écrire (il est peut-être plein ou en lecture seule). Libérez de l'espace sur le disque avant de continuer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Forgot passphrase…</source>
            <translation>Phrase secrète oubliée…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another vault…</source>
            <translation>Ouvrir un autre coffre-fort…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create a new vault…</source>
            <translation>Créer un nouveau coffre-fort…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening with the recovery key…</source>
            <translation>Ouverture avec la clé de récupération…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>New passphrase set</source>
            <translation>Nouvelle phrase secrète définie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vault is open and your new passphrase is set. Your recovery key stays the same.</source>
            <translation>Le coffre-fort est ouvert et votre nouvelle phrase secrète est définie. Votre clé de récupération reste la même.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation>Le coffre-fort n'a pas pu être ouvert (%1). Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Next try possible in %1 s.</source>
            <translation>Nouvel essai possible dans %1 s.</translation>
        </message>
    </context>
    <context>
        <name>UnsavedNotes</name>
        <message>
            <location filename="../../src/trajectapp/ui/sessions/unsaved_notes.py" line="+29" />
            <source>A note you were writing on %1 was not saved.

It is the note of the session of %2 with %3. Open it?</source>
            <translation>Une note que vous rédigiez le %1 n'a pas été enregistrée.

Il s'agit de la note de l'entretien du %2 avec %3. L'ouvrir ?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unsaved note</source>
            <translation>Note non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>VersionsSection</name>
        <message>
            <location filename="../../src/trajectapp/ui/plan/versions_section.py" line="+63" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No plan version yet. When the goals and steps are ready, record a version, then ask the person, yourself and each partner service whether they agree.</source>
            <translation>Pas encore de version du plan. Quand les objectifs et les étapes sont prêts, enregistrez une version, puis demandez à la personne, à vous-même et à chaque service partenaire s'ils sont d'accord.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record plan version…</source>
            <translation>Enregistrer une version…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement…</source>
            <translation>Accord…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan document…</source>
            <translation>Document du plan…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Versions of the plan</source>
            <translation>Versions du plan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chosen version, as it was</source>
            <translation>La version choisie, telle qu'elle était</translation>
        </message>
        <message>
            <location line="+48" />
            <source>A recorded version shows here as it was on its date, with every party's answer.</source>
            <translation>Une version enregistrée s'affiche ici telle qu'elle était à sa date, avec la réponse de chaque partie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a version to see its goals, steps and answers as they were.</source>
            <translation>Choisissez une version pour voir ses objectifs, étapes et réponses tels qu'ils étaient.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Goals about health, religion or offences are hidden in presentation mode.</source>
            <translation>Les objectifs liés à la santé, à la religion ou aux infractions sont masqués en mode présentation.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No goals yet</source>
            <translation>Pas encore d'objectifs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A plan version holds goals and their steps. Add a goal on the Goals and steps page first.</source>
            <translation>Une version du plan contient des objectifs et leurs étapes. Ajoutez d'abord un objectif dans l'onglet Objectifs et étapes.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/trajectapp/ui/shell/workspace.py" line="+89" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Factors</source>
            <translation>Facteurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strengths</source>
            <translation>Forces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disclosures</source>
            <translation>Communications</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Export case</source>
            <translation>Exporter le dossier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open a case first: an export takes what leaves from one case file.</source>
            <translation>Ouvrez d'abord un dossier : une exportation porte toujours sur un seul dossier.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The person's details have changes that are not saved, and an export takes what is saved. Save them first?</source>
            <translation>Les données de la personne comportent des modifications non enregistrées, et une exportation ne reprend que ce qui est enregistré. Les enregistrer d'abord ?</translation>
        </message>
    </context>
    <context>
        <name>_PresentationPlaceholder</name>
        <message>
            <location line="-198" />
            <source>Presentation mode

No case is open. Leave presentation mode to see the caseload.</source>
            <translation>Mode présentation

Aucun dossier n'est ouvert. Quittez le mode présentation pour voir vos dossiers.</translation>
        </message>
    </context>
</TS>
