<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddMatchDialog</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="37"/>
        <source>Add a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="39"/>
        <source>Match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="40"/>
        <source>from your coordinator, e.g. M-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="43"/>
        <source>only ever shown on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="46"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="49"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="50"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="51"/>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="41"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="43"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="48"/>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="60"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="62"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="69"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="70"/>
        <source>Record a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="73"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="76"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="78"/>
        <source>What was seen or said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="79"/>
        <source>What you saw, or what they said, in their own words where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="81"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="81"/>
        <source>What you know for certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="83"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="83"/>
        <source>What you think or worry about, kept apart from facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="85"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="85"/>
        <source>What you did about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="86"/>
        <source>I have already reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="87"/>
        <source>Already reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="89"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="93"/>
        <source>Who to report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="95"/>
        <source>Report this to your safeguarding lead today: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="98"/>
        <source>Report this today to your organisation&apos;s safeguarding lead. If you do not know who that is, ask your coordinator now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="109"/>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="110"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="113"/>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="114"/>
        <source>&amp;Seen or said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="115"/>
        <source>&amp;Facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="116"/>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="117"/>
        <source>&amp;Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="121"/>
        <source>Reported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <location filename="../../ui/models/concerns.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="56"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="57"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="58"/>
        <source>What was seen or said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="75"/>
        <source>NOT YET REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="77"/>
        <source>to {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernsScreen</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="186"/>
        <source>Safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="197"/>
        <source>Safeguarding concerns are kept apart from your notes. Only the fact that a concern was raised, and whether it was reported, is ever sent to your organisation in a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="203"/>
        <source>&amp;Raise a concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="204"/>
        <source>Mark &amp;reported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="205"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="252"/>
        <source>Save concern as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="30"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="31"/>
        <source>e.g. your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="36"/>
        <source>&amp;Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="37"/>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="39"/>
        <location filename="../../ui/screens/create_profile.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="44"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="46"/>
        <source>Everything you write is encrypted on this laptop with your passphrase. Choose one only you know: several words are easier to remember and harder to guess than a short password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="50"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="84"/>
        <source>Name: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="95"/>
        <source>Creating your encrypted profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="164"/>
        <source>Join your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="165"/>
        <source>This enrolment file is signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="168"/>
        <source>Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="169"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="177"/>
        <source>Does this match, group by group, what your coordinator read to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="183"/>
        <source>If any group is different, choose No and tell your coordinator: the file may not be theirs. Nothing changes until you say yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="190"/>
        <source>&amp;Yes, join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="193"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../ui/models/entries.py" line="113"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="113"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="113"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="113"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="81"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="81"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="88"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="95"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="99"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="105"/>
        <location filename="../../ui/screens/entry_editor.py" line="109"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="112"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="114"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>I want to follow something up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="126"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="126"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="127"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="127"/>
        <source>Record a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="128"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="128"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="129"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="129"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="130"/>
        <source>How the person seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="131"/>
        <source>Your own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="131"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="132"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="144"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="145"/>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="146"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="149"/>
        <source>M&amp;inutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="150"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="151"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="152"/>
        <source>&amp;Seemed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="153"/>
        <source>&amp;Wellbeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="154"/>
        <source>&amp;Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="155"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="158"/>
        <source>&amp;Notes (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="320"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="321"/>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="339"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Passphrase the backup was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Backup restored. Unlock with the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/models/matches.py" line="72"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="72"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="80"/>
        <source>Ended {0}; past the keeping period, can be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="81"/>
        <source>Ended {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="84"/>
        <source>Concern not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="87"/>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="90"/>
        <source>No contact for {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="91"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesScreen</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="73"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="82"/>
        <source>&amp;Add match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="83"/>
        <source>Show &amp;entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="84"/>
        <source>Outcome &amp;measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="85"/>
        <source>E&amp;nd match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="86"/>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="139"/>
        <source>End match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="140"/>
        <source>End the match {0} today? Its records stay in your logbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="153"/>
        <source>Erase {0} and all of its {1} entries, outcome measures and safeguarding concerns from this laptop? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="159"/>
        <source>{0} has a safeguarding concern that is NOT YET REPORTED. Report it first. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="164"/>
        <source>Erase match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="55"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="68"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="70"/>
        <source>They agreed that these scores may be shared with the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="72"/>
        <source>Consent to share the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="74"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="82"/>
        <source>Ask first. Without consent the scores stay on this laptop only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="104"/>
        <source>Answered {0} of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="109"/>
        <source>Score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="132"/>
        <source>Outcome measures: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="135"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="142"/>
        <source>Measure to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="144"/>
        <source>Measure to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="149"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="150"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="151"/>
        <source>Record a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="156"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="187"/>
        <source>Life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="187"/>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="187"/>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="188"/>
        <source>Anxiety (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/models/measures.py" line="61"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="61"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="61"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="61"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="74"/>
        <source>yes, with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="74"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="17"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="19"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="21"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="24"/>
        <source>Passphrase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="28"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="29"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="30"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="40"/>
        <location filename="../../ui/widgets/passphrase.py" line="41"/>
        <source>Too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="42"/>
        <source>Still fairly easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="43"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="44"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="47"/>
        <source>Use four or more unrelated words, or a long sentence only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="51"/>
        <source>Add more words to reach “Good”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="53"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="54"/>
        <source>Something went wrong ({0}); nothing more was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="30"/>
        <source>Remind me when there has been no contact for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="35"/>
        <source>Offer to erase matches ended more than (months) ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractTableModel</name>
    <message>
        <location filename="../../ui/models/measures.py" line="27"/>
        <source>{0} of 9 (higher is lonelier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="31"/>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="31"/>
        <source>worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="32"/>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="32"/>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="34"/>
        <source>{0:.2f} (raw {1} of 35)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <location filename="../../ui/screens/common.py" line="23"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverScreen</name>
    <message>
        <location filename="../../ui/screens/recover.py" line="30"/>
        <source>Forgotten passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="32"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="38"/>
        <source>&amp;Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="39"/>
        <source>Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="41"/>
        <location filename="../../ui/screens/recover.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="48"/>
        <source>Type the recovery key you saved when you made this profile, then choose a new passphrase. Without the passphrase or the recovery key, the logbook cannot be opened by anyone: the data is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="52"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="68"/>
        <source>Forgotten passphrase for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="85"/>
        <source>Checking the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="105"/>
        <source>That recovery key does not open this profile. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="33"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="35"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="36"/>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="37"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="38"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="39"/>
        <source>I have written down or saved my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="40"/>
        <source>Recovery key saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="41"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="42"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="48"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="51"/>
        <source>This key is shown only once. If you forget your passphrase, it is the only way back into your logbook: nobody else, not even your organisation, can open it. Write it down or save it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="84"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="88"/>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="89"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="95"/>
        <source>Volunteer Logbook recovery key. Keep it safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="99"/>
        <source>Could not save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="101"/>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportedDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="158"/>
        <source>Mark as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="160"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="163"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="166"/>
        <source>Reported &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="167"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ui/widgets/score_chart.py" line="62"/>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="79"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="83"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="87"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="89"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="90"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="91"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="92"/>
        <source>&amp;Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="100"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="105"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="110"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="112"/>
        <source>Your profiles are kept in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="121"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="124"/>
        <source>Volunteer Logbook {0}. Everything you write is encrypted on this laptop. Names, notes, places and anything else you type never leave it; your organisation only ever receives summaries, and you can see them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="155"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="169"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="169"/>
        <location filename="../../ui/screens/settings.py" line="216"/>
        <source>Logbook backups (*.lbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="181"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="182"/>
        <source>Backup saved to {0}. It opens with your current passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="188"/>
        <location filename="../../ui/screens/settings.py" line="197"/>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="189"/>
        <source>The export is NOT encrypted: anyone who gets the file can read all your notes. Keep it safe and delete it when you are done. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="197"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Your data was written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="216"/>
        <location filename="../../ui/screens/settings.py" line="221"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="222"/>
        <source>Restoring REPLACES everything now in this profile with the backup. The logbook will lock; then unlock it with the passphrase the backup was made with. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="120"/>
        <source>Cannot read {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="238"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="269"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="275"/>
        <source>Join your organisation to send it weekly summaries. Your coordinator gives you an enrolment file and reads its fingerprint to you, so you can check the file is really theirs. Until you join, nothing leaves this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="281"/>
        <source>&amp;Join your organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="292"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="293"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="296"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="299"/>
        <source>Safeguarding contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="300"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="302"/>
        <source>Read this laptop&apos;s fingerprint to your coordinator, so they can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="305"/>
        <source>Load an &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="307"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="308"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="309"/>
        <source>Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="310"/>
        <source>Safeguarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="311"/>
        <source>This laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="325"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="327"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="329"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="333"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="335"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="338"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="339"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="340"/>
        <source>Choose a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="341"/>
        <source>Sto&amp;p using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="342"/>
        <source>Stop using the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="343"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="344"/>
        <source>Save as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="345"/>
        <source>Share my own &amp;wellbeing (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="346"/>
        <source>Share my own wellbeing (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="347"/>
        <source>Send changes &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="348"/>
        <source>Send changes automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="350"/>
        <source>Starts after you have looked at what will be sent and sent it once yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="355"/>
        <source>Last sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="356"/>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="357"/>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="358"/>
        <source>Next try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="359"/>
        <source>Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="378"/>
        <location filename="../../ui/screens/sharing.py" line="403"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="379"/>
        <source>Show &amp;every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="380"/>
        <source>Show every week, not only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="383"/>
        <source>What will be sent, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="390"/>
        <location filename="../../ui/screens/sharing.py" line="392"/>
        <location filename="../../ui/screens/sharing.py" line="530"/>
        <source>Nothing new to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="400"/>
        <source>What will be sent, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="404"/>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="405"/>
        <source>JS&amp;ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="409"/>
        <source>Never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="433"/>
        <source>No mailbox: send by file or a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="435"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="442"/>
        <location filename="../../ui/screens/sharing.py" line="453"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="458"/>
        <source>Your organisation does not collect this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="475"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="476"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="477"/>
        <source>{0} (sending now…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="528"/>
        <source>Nothing to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="546"/>
        <source>Never sent: names, notes, places, your own tags, exact dates and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="550"/>
        <source>Your organisation&apos;s policy also leaves out: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="555"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="556"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="557"/>
        <source>activities and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="558"/>
        <source>how they seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="559"/>
        <source>outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="560"/>
        <source>safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="561"/>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="562"/>
        <source>your own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="587"/>
        <source>Enrolment files ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="592"/>
        <source>Join your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="614"/>
        <source>Not joined; nothing was changed. Check the fingerprint with your coordinator before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="626"/>
        <source>You have joined {0}. Now read this laptop&apos;s fingerprint to your coordinator: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="638"/>
        <source>Load an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="651"/>
        <source>Your organisation&apos;s settings were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="655"/>
        <source>You already have this update, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="664"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="739"/>
        <source>Not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="741"/>
        <source>Sent to your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="742"/>
        <source>Nothing new to send: your organisation has everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="754"/>
        <source>Save summaries as files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="769"/>
        <source>Nothing new to save: every summary has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="771"/>
        <source>Saved {0}. Give it to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sharing.py" line="774"/>
        <source>Saved %n files in {0}. Give them to your coordinator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="784"/>
        <source>A shared folder your coordinator collects summaries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="794"/>
        <source>Summaries will also be copied into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="796"/>
        <source>The shared folder is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../ui/models/summary.py" line="86"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="87"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="88"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="89"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="90"/>
        <source>Activities and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="91"/>
        <source>How they seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="92"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="93"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="94"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="95"/>
        <source>Your wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="125"/>
        <source>{0} to {1}; only the week is sent, never the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="129"/>
        <source>Your own wellbeing, sent only because you chose to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="137"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="138"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="141"/>
        <source>Withdrawn: nothing is left to send for this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="150"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="152"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="160"/>
        <source>{0} raised, {1} reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="169"/>
        <source>{0} of 5 (n={1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="175"/>
        <source>UCLA-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="176"/>
        <source>ONS loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="177"/>
        <source>ONS4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="178"/>
        <source>SWEMWBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="198"/>
        <source>1 visit in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="199"/>
        <source>%n visits in person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="201"/>
        <source>1 visit by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="202"/>
        <source>%n visits by phone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="204"/>
        <source>1 video visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="205"/>
        <source>%n video visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="207"/>
        <source>1 visit by messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="208"/>
        <source>%n visits by messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="210"/>
        <source>1 group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="211"/>
        <source>%n group visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="213"/>
        <source>1 conversation in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="214"/>
        <source>%n conversations in person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="216"/>
        <source>1 phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="217"/>
        <source>%n phone calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="219"/>
        <source>1 video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="220"/>
        <source>%n video calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="222"/>
        <source>1 conversation by messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="223"/>
        <source>%n conversations by messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="225"/>
        <source>1 group conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="226"/>
        <source>%n group conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../ui/widgets/tags.py" line="28"/>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/screens/timeline.py" line="57"/>
        <source>Search your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="59"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="61"/>
        <source>Filter by match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="63"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="64"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="67"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="68"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="70"/>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="73"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="98"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="100"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="122"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="132"/>
        <source>All matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="212"/>
        <source>%n entries found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="214"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/screens/unlock.py" line="33"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="35"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="39"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="40"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="42"/>
        <source>&amp;Forgot passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="43"/>
        <source>Forgot passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="45"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="46"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="50"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="51"/>
        <source>Your logbook is locked. Choose your profile and unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="55"/>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="109"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="121"/>
        <source>That passphrase does not open this profile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="78"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="79"/>
        <source>&amp;Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="80"/>
        <source>&amp;Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="81"/>
        <source>&amp;Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="82"/>
        <source>Sha&amp;ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="83"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="85"/>
        <location filename="../../ui/screens/workarea.py" line="86"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="89"/>
        <source>New &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="92"/>
        <source>New &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="95"/>
        <source>New &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="98"/>
        <source>Raise &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="101"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="103"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="111"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="113"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="119"/>
        <source>Unreported safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="126"/>
        <source>Matches past the keeping period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="133"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="134"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="135"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="137"/>
        <source>&amp;Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="138"/>
        <source>Restore the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="139"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="140"/>
        <source>Discard the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="212"/>
        <source>⚠ %n safeguarding concern(s) not yet reported. Report now, then mark it reported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="223"/>
        <source>%n ended match(es) kept past the keeping period: review them for erasure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="234"/>
        <source>Set by your organisation: {0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="280"/>
        <source>Entry of {0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="296"/>
        <source>You have an unsaved draft from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="38"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="40"/>
        <source>delete entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/long_task.py" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
