<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="26"/>
        <source>Acknowledge an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="29"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="36"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="39"/>
        <source>Optional: what you did, or why it can wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="41"/>
        <source>Acknowledged &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="41"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="55"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="56"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="66"/>
        <source>It leaves the list, and comes back if another concern is raised in that week. It leaves for good once the volunteer&apos;s logbook says every concern was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="70"/>
        <source>It leaves the list, and comes back if there is still no contact %n week(s) from now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="72"/>
        <source>It leaves the list, and comes back if anything in it changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgedModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="243"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="243"/>
        <source>Match or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="243"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="244"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="244"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMatchDialog</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="50"/>
        <source>Add a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="52"/>
        <source>Match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="53"/>
        <source>from your coordinator, e.g. M-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="56"/>
        <source>only ever shown on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="60"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="64"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="64"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="65"/>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="75"/>
        <source>About the match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="98"/>
        <source>pick one of the codes assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="99"/>
        <source>no code is assigned to you yet: ask your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="110"/>
        <source>Unconfirmed: your coordinator has not sent the codes assigned to you yet. Check this one with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="114"/>
        <source>Assigned to you by your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="130"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="133"/>
        <source>is not one assigned to you (yours: {0}); ask your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="162"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="162"/>
        <source>Match or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="162"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="163"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="167"/>
        <source>Safeguarding: NOT REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="168"/>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="169"/>
        <source>Not their match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="170"/>
        <source>Missing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="171"/>
        <source>Device to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="172"/>
        <source>Bundles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="173"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="190"/>
        <source>%n concern(s) raised in the {0}, not reported yet: ask the volunteer now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="195"/>
        <source>%n concern(s) raised in the {0}, only {1} reported: ask the volunteer now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="201"/>
        <source>No contact recorded since the code was assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="202"/>
        <source>No contact for %n week(s); the last was in the {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="206"/>
        <source>Sent by device {0} in %n week(s), latest the {1}, but not assigned to this volunteer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="212"/>
        <source>Bundles never received: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="215"/>
        <source>Waiting for approval; %n bundle(s) held until then</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="216"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="218"/>
        <source>%n bundle(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="219"/>
        <source>%n follow-up(s) wanted in the {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="77"/>
        <source>Approve a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="78"/>
        <source>Device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="69"/>
        <source>Volunteer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="69"/>
        <source>e.g. V-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="71"/>
        <source>&amp;Volunteer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="79"/>
        <source>It first sent a bundle on {0}. Ask the volunteer to read out the fingerprint shown under Sharing in their logbook, and type what you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="82"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="101"/>
        <source>Assign a match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="103"/>
        <source>Match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="104"/>
        <source>e.g. M-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="106"/>
        <source>Volunteer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="106"/>
        <source>e.g. V-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="111"/>
        <source>The volunteer&apos;s devices may then send this match code; from anyone else&apos;s it is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="118"/>
        <source>&amp;Match code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="119"/>
        <source>&amp;Volunteer code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="450"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="450"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="450"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="48"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="50"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="55"/>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="72"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="74"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="76"/>
        <source>(choose who it is about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="82"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="83"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="84"/>
        <source>Record a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="87"/>
        <location filename="../../ui/screens/concerns.py" line="144"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="90"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="92"/>
        <source>What was seen or said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="93"/>
        <source>What you saw, or what they said, in their own words where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="95"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="95"/>
        <source>What you know for certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="97"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="97"/>
        <source>What you think or worry about, kept apart from facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="99"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="99"/>
        <source>What you did about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="100"/>
        <source>I have already reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="101"/>
        <source>Already reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="103"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="107"/>
        <source>Who to report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="109"/>
        <source>Report this to your safeguarding lead today: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="112"/>
        <source>Report this today to your organisation&apos;s safeguarding lead. If you do not know who that is, ask your coordinator now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="134"/>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="134"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="135"/>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="135"/>
        <source>&amp;Seen or said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="136"/>
        <source>&amp;Facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="136"/>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="137"/>
        <source>&amp;Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="138"/>
        <source>Reported to:</source>
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
        <location filename="../../ui/screens/concerns.py" line="263"/>
        <source>Safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="275"/>
        <source>Safeguarding concerns are kept apart from your notes. Only the fact that a concern was raised, and whether it was reported, is ever sent to your organisation in a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="281"/>
        <source>Raise a &amp;concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="282"/>
        <source>Mark report&amp;ed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="283"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="333"/>
        <source>Save concern as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorArea</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="108"/>
        <location filename="../../ui/screens/coordinator.py" line="109"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="111"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="116"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="125"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="126"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="132"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="141"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="145"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="146"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="149"/>
        <source>The coordinator database did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="154"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="217"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="218"/>
        <source>De&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="219"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="223"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="273"/>
        <source>Acknowledged by {0}: it leaves the list until it is newly true.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorMatchesModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="273"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="273"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="273"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="274"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="274"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="274"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="278"/>
        <source>Whole weeks since the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="279"/>
        <source>Visits and conversations in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="289"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="291"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="298"/>
        <source>%n concern(s) not reported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="300"/>
        <source>sent by another volunteer&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="302"/>
        <source>code not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="327"/>
        <source>%n in the last 4 weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="329"/>
        <source>%n in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorModels</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="59"/>
        <source>w/c {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="61"/>
        <source>week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateOrganisation</name>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="49"/>
        <source>Cannot write the {0} to {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="69"/>
        <source>Cannot save in {0}: the folder is missing or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="76"/>
        <source>enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="78"/>
        <source>mailbox server&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="86"/>
        <source>The organisation was created: write its enrolment file with `logbook org publish --out FILE` and the server&apos;s settings with `logbook org server-config --out FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateOrganisationPage</name>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="117"/>
        <source>This is a coordinator profile. Create your organisation first: its keys stay in this profile, encrypted. Volunteers join with the enrolment file saved here, after you read them its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="124"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="125"/>
        <source>e.g. Hilltop Befriending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="127"/>
        <location filename="../../ui/screens/coordinator_setup.py" line="194"/>
        <source>Save the enrolment file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="128"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="129"/>
        <source>Choose where to save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="135"/>
        <source>The mailbox server&apos;s settings ({0}, holding only hashes of its tokens) are saved in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="141"/>
        <source>&amp;Create the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="146"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="172"/>
        <source>Next, back up the organisation&apos;s keys and keep the backup offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="178"/>
        <source>The command that backs up the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="143"/>
        <source>&amp;Enrolment file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="149"/>
        <source>Create your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="164"/>
        <source>Its fingerprint: read it to each volunteer as they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="166"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="169"/>
        <source>Files saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="179"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="195"/>
        <source>Enrolment files (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="203"/>
        <source>Give the organisation a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="207"/>
        <source>Choose where to save the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="217"/>
        <source>Created “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="225"/>
        <source>Enrolment file for volunteers: {0}
Settings for the mailbox server: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="32"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="33"/>
        <source>e.g. your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="34"/>
        <source>A c&amp;oordinator&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="35"/>
        <source>Coordinator profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="37"/>
        <source>For whoever runs the scheme: it holds the organisation&apos;s keys and what volunteers send. Volunteers leave this unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="44"/>
        <source>&amp;Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="45"/>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="47"/>
        <location filename="../../ui/screens/create_profile.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="52"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="54"/>
        <source>Everything you write is encrypted on this laptop with your passphrase. Choose one only you know: several words are easier to remember and harder to guess than a short password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="58"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="94"/>
        <source>Name: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="106"/>
        <source>Creating your encrypted profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="119"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="123"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="124"/>
        <source>Alert after this many weeks without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="125"/>
        <source>Alert after &amp;no contact for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="132"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="177"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="133"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="134"/>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="138"/>
        <source>Acknowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="140"/>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="141"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="143"/>
        <source>Take the selected alert off the list until it is newly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="158"/>
        <source>Matches and their last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="160"/>
        <source>Volunteer activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="164"/>
        <source>Mean first and latest score of the matches scored at least twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="165"/>
        <source>About the outcome chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="168"/>
        <source>Contacts: visits and conversations of the last 4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="169"/>
        <source>About the matches table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="172"/>
        <source>Contacts and hours of the last 4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="173"/>
        <source>About the volunteers table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="178"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="180"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="182"/>
        <source>Contacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="184"/>
        <source>Outcome change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_dashboard.py" line="234"/>
        <source>Show &amp;acknowledged (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="235"/>
        <source>Show acknowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="272"/>
        <source>Matches: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="273"/>
        <source>Volunteers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="276"/>
        <source>Unreported concerns: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="278"/>
        <source>Without recent contact: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="381"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="381"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="381"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="382"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="382"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="382"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="383"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="388"/>
        <source>Whether you typed the fingerprint the volunteer read out, and it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="390"/>
        <source>Bundles kept until the device is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="391"/>
        <source>Bundle numbers never received (lost, or still on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="392"/>
        <source>When its latest bundle arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="397"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="398"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="399"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="411"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="411"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="183"/>
        <location filename="../../ui/screens/coordinator_devices.py" line="203"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="185"/>
        <source>Match codes and their volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="189"/>
        <source>No device has sent a bundle yet. A volunteer&apos;s laptop appears here with its first bundle; approve it once they have read you its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="193"/>
        <source>No devices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="194"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="195"/>
        <source>Rev&amp;oke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="196"/>
        <source>A&amp;ssign a match code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="197"/>
        <source>&amp;End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="197"/>
        <source>End the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="198"/>
        <source>&amp;Unassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="199"/>
        <source>Unassign the match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="212"/>
        <source>Match codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="301"/>
        <source>{0} has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="311"/>
        <source>Take {0} back from {1}? Their devices may no longer send it: their logbook holds its weeks back from now on, and what they send under it is flagged. To move it to another volunteer, assign it to them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="315"/>
        <source>Unassign a match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="317"/>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="319"/>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="334"/>
        <source>{0} is no longer assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="348"/>
        <source>The volunteer&apos;s logbook could not be told yet ({0}); it is at the next pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="364"/>
        <source>Device {0} was not approved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="375"/>
        <source>Approved {0} for volunteer {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="377"/>
        <source>Imported %n held bundle(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="379"/>
        <source>%n held bundle(s) could not be imported; see Import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="390"/>
        <source>Revoke device {0}? Its bundles will be refused from now on, and it cannot be approved again. What it sent before stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="394"/>
        <source>Its %n held bundle(s) will be dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="395"/>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="397"/>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="399"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="320"/>
        <location filename="../../ui/screens/coordinator_devices.py" line="400"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="414"/>
        <source>Revoked {0}; its bundles will be refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="431"/>
        <source>{0} is now {1}&apos;s match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="83"/>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="175"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="176"/>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMatchDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="143"/>
        <source>End a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="145"/>
        <source>End {0} ({1}&apos;s match)? Their logbook is told at its next sync and ends the match there too; no alert asks after it from now on. Assigning the code again reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="153"/>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="157"/>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="165"/>
        <source>Join your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="167"/>
        <source>This enrolment file is signed by the organisation named above. Ask your coordinator to read out its fingerprint, and type what you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="170"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="115"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="72"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="72"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="79"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="86"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="92"/>
        <source>1 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="98"/>
        <location filename="../../ui/screens/entry_editor.py" line="102"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="105"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="107"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="115"/>
        <source>I want to follow something up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="117"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="117"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="118"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="118"/>
        <source>Record a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="119"/>
        <location filename="../../ui/screens/entry_editor.py" line="152"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="119"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="121"/>
        <source>How the person seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="122"/>
        <source>Your own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="122"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="123"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="139"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="139"/>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="140"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="140"/>
        <source>M&amp;inutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="141"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="141"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="142"/>
        <source>&amp;Seemed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="143"/>
        <source>&amp;Wellbeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="144"/>
        <source>&amp;Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="145"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="146"/>
        <source>&amp;Notes (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="540"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="540"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="540"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="540"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="541"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="549"/>
        <source>(from the mailbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="550"/>
        <source>(held until approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="556"/>
        <source>Imported %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="475"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="475"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="475"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="475"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="476"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="485"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="486"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="487"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="488"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="489"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="495"/>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="495"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="506"/>
        <source>Imported; not assigned to this device&apos;s volunteer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="509"/>
        <source>Imported %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="511"/>
        <source>The device is not approved yet: approve it on the Devices tab and its bundles are imported then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="88"/>
        <source>The watched folder {0} cannot be read: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="156"/>
        <source>Drop bundle files (.age) or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="161"/>
        <source>Volunteers&apos; summaries arrive as .age files, by USB stick, email or a shared folder. Each is checked before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="167"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="168"/>
        <source>Import a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="182"/>
        <location filename="../../ui/screens/coordinator_import.py" line="185"/>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="183"/>
        <source>&amp;Watch a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="184"/>
        <source>S&amp;top watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="192"/>
        <location filename="../../ui/screens/coordinator_import.py" line="194"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="193"/>
        <source>&amp;Pull from mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="203"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="206"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="206"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="215"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="218"/>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="219"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="224"/>
        <source>Tec&amp;hnical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="225"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="235"/>
        <source>Technical details of the selected bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="240"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="241"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="317"/>
        <source>Select a bundle to see the details of what the checks found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="319"/>
        <source>The checks found nothing wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="348"/>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="349"/>
        <source>Bundles (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="355"/>
        <source>Import the bundles in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="382"/>
        <source>Another import is under way; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="385"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="393"/>
        <source>Stopping after the current bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="418"/>
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="419"/>
        <source>%n already imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="420"/>
        <source>%n held until the device is approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="421"/>
        <source>%n in conflict</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="422"/>
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="427"/>
        <source>Stopped after %n of {0} bundle(s); what was imported is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="430"/>
        <source>New in the watched folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="432"/>
        <source>No bundle files (.age) were found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="434"/>
        <source>%n bundle(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="454"/>
        <source>A folder where volunteers&apos; bundles arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="485"/>
        <source>None. Choose a folder (a shared or synced one) and new bundles in it are imported as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="490"/>
        <source>{0}: new bundles are imported as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="518"/>
        <source>Pulling from the mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="527"/>
        <source>Stopped. Bundles imported before you stopped are kept; the rest wait in the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="535"/>
        <source>The mailbox has nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Passphrase the backup was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Backup restored. Unlock with the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="79"/>
        <source>Ended {0}; past the keeping period, can be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="80"/>
        <source>Ended {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="83"/>
        <source>Concern not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="86"/>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="89"/>
        <source>No contact for {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="90"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesScreen</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="172"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="182"/>
        <source>&amp;Add match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="185"/>
        <source>E&amp;nd match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="183"/>
        <source>Show entr&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="184"/>
        <source>&amp;Outcome measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="186"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="241"/>
        <source>End match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="242"/>
        <source>End the match {0} today? Its records stay in your logbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="255"/>
        <source>Erase {0} and all of its {1} entries, outcome measures and safeguarding concerns from this laptop? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="261"/>
        <source>{0} has a safeguarding concern that is NOT YET REPORTED. Report it first. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="266"/>
        <source>Erase match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="68"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="81"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="86"/>
        <source>They agreed that these scores may be shared with the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="88"/>
        <source>Consent to share the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="90"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="97"/>
        <source>Ask first. Without consent the scores stay on this laptop only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="132"/>
        <source>Answered {0} of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="137"/>
        <source>Score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="183"/>
        <source>Outcome measures: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="186"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="193"/>
        <source>Measure to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="195"/>
        <source>Measure to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="200"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="201"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="202"/>
        <source>Record a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="207"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="238"/>
        <source>Life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="238"/>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="238"/>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="239"/>
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
    <name>MonthlyContactsChart</name>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="41"/>
        <source>Contacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="56"/>
        <source>{0}: {1} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="85"/>
        <source>No contacts imported in the last 12 months</source>
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
        <location filename="../../ui/operations.py" line="33"/>
        <source>Something went wrong, so this was not finished. What you saved before is safe. If it happens again, restart the app; the details are in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="49"/>
        <location filename="../../ui/operations.py" line="54"/>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeChangeChart</name>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="128"/>
        <source>Outcome change, first against latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="132"/>
        <source>UCLA-3 loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="133"/>
        <source>ONS loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="134"/>
        <source>SWEMWBS wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="135"/>
        <source>ONS4 life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="136"/>
        <source>ONS4 worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="137"/>
        <source>ONS4 happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="138"/>
        <source>ONS4 anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="153"/>
        <source>first scores only (n={0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="158"/>
        <source>{0} → {1}, {2} (n={3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="255"/>
        <source>first score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="255"/>
        <source>latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="155"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="155"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="155"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_charts.py" line="183"/>
        <source>No outcome measures imported yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="28"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="32"/>
        <source>Remind me when there has been no contact for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="38"/>
        <source>Offer to erase matches ended more than (months) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="44"/>
        <source>Text size (%)</source>
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
        <location filename="../../ui/screens/common.py" line="25"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOutDialog</name>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="55"/>
        <source>Fingerprint as you hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="58"/>
        <source>&amp;Fingerprint you hear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="61"/>
        <source>Characters typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="66"/>
        <source>Spaces, dashes and capitals do not matter; every letter and digit does. If it does not match, nothing changes: ask for it to be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/read_out.py" line="104"/>
        <source>%n of {0} characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../ui/screens/concerns.py" line="235"/>
        <source>Mark as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="237"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="240"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="243"/>
        <source>Reported &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="244"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="111"/>
        <source>Provisional: for your own eyes. Not for funders: the month has not ended and these figures will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="137"/>
        <source>Counts and trends for the people who fund the scheme, anonymous: small numbers are hidden and the rest rounded, so no one can be picked out. Reports cover whole calendar months or quarters that have ended, so two reports cannot be compared to reveal a small number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="145"/>
        <source>Report on a month or a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="146"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="147"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="149"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="151"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="152"/>
        <source>PDF, with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="153"/>
        <source>Spreadsheet (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="154"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="155"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="155"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="156"/>
        <source>Preview the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="156"/>
        <source>Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="158"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="162"/>
        <source>Month to date: provisional figures for your own eyes, NOT FOR FUNDERS. Any file of them says so on every page, and goes through the same protection as a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="168"/>
        <source>Provisional figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="172"/>
        <location filename="../../ui/screens/coordinator_reports.py" line="198"/>
        <source>How figures are protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="175"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="178"/>
        <source>Report &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="180"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="182"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="192"/>
        <source>Report for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="234"/>
        <source>{0} so far (provisional, not for funders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="266"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="267"/>
        <source>{0} files (*.{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="282"/>
        <source>Making the report for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="289"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_reports.py" line="292"/>
        <source>%n match-week(s) were left out: their match code is not assigned to the volunteer who sent them (assign it on the Devices tab).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../ui/screens/settings.py" line="86"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="90"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="94"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="101"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="102"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="103"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="104"/>
        <source>Restore &amp;a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="105"/>
        <source>&amp;Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="111"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="113"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="118"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="123"/>
        <source>Display and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="128"/>
        <source>For this laptop, on top of its own text size. Applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="134"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="136"/>
        <source>Your profiles are kept in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="145"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="148"/>
        <source>Volunteer Logbook {0}. Everything you write is encrypted on this laptop. Names, notes, places and anything else you type never leave it; your organisation only ever receives summaries, and you can see them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="206"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="206"/>
        <location filename="../../ui/screens/settings.py" line="253"/>
        <source>Logbook backups (*.lbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="218"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="219"/>
        <source>Backup saved to {0}. It opens with your current passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="225"/>
        <location filename="../../ui/screens/settings.py" line="234"/>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="226"/>
        <source>The export is NOT encrypted: anyone who gets the file can read all your notes. Keep it safe and delete it when you are done. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="234"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="248"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="248"/>
        <source>Your data was written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="253"/>
        <location filename="../../ui/screens/settings.py" line="258"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="259"/>
        <source>Restoring REPLACES everything now in this profile with the backup. The logbook will lock; then unlock it with the passphrase the backup was made with. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="198"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="236"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="242"/>
        <source>Join your organisation to send it weekly summaries. Your coordinator gives you an enrolment file and reads its fingerprint to you, so you can check the file is really theirs. Until you join, nothing leaves this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="248"/>
        <source>&amp;Join your organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="259"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="260"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="263"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="266"/>
        <source>Safeguarding contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="267"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="269"/>
        <source>Read this laptop&apos;s fingerprint to your coordinator, so they can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="272"/>
        <source>Load an &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="274"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="275"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="276"/>
        <source>Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="277"/>
        <source>Safeguarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="278"/>
        <source>This laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="292"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="294"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="296"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="300"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="302"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="305"/>
        <source>What your coordinator said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="308"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="309"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="310"/>
        <source>Choose a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="311"/>
        <source>Sto&amp;p using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="312"/>
        <source>Stop using the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="313"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="314"/>
        <source>Save as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="315"/>
        <source>Share my own &amp;wellbeing (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="316"/>
        <source>Share my own wellbeing (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="317"/>
        <source>Send changes &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="318"/>
        <source>Send changes automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="320"/>
        <source>Starts after you have looked at what will be sent and sent it once yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="325"/>
        <source>Last sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="326"/>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="327"/>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="331"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="332"/>
        <source>Not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="334"/>
        <source>Next try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="335"/>
        <source>Your coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="336"/>
        <source>Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="355"/>
        <location filename="../../ui/screens/sharing.py" line="381"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="356"/>
        <source>Show &amp;every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="357"/>
        <source>Show every week, not only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="360"/>
        <source>What will be sent, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="368"/>
        <location filename="../../ui/screens/sharing.py" line="370"/>
        <location filename="../../ui/screens/sharing.py" line="514"/>
        <source>Nothing new to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="378"/>
        <source>What will be sent, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="382"/>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="383"/>
        <source>JS&amp;ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="387"/>
        <source>Never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="411"/>
        <source>No mailbox: send by file or a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="413"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="420"/>
        <location filename="../../ui/screens/sharing.py" line="436"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="442"/>
        <source>Your organisation does not collect this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="459"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="460"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="461"/>
        <source>{0} (sending now…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="512"/>
        <source>Nothing to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="530"/>
        <source>Never sent: names, notes, places, your own tags, exact dates and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="534"/>
        <source>Your organisation&apos;s policy also leaves out: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="539"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="540"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="541"/>
        <source>activities and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="542"/>
        <source>how they seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="543"/>
        <source>outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="544"/>
        <source>safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="545"/>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="546"/>
        <source>your own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="553"/>
        <source>Received your last summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="554"/>
        <source>Already had your last summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="556"/>
        <source>Holding your summaries until they approve this laptop: read them its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="558"/>
        <source>Found a conflict in your last summary; they will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="559"/>
        <source>Could not accept your last summary; they will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="584"/>
        <source>Enrolment files ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="589"/>
        <source>Join your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="610"/>
        <source>Not joined; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="616"/>
        <source>You have joined {0}. Now read this laptop&apos;s fingerprint to your coordinator: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="623"/>
        <source>Load an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="636"/>
        <source>Your organisation&apos;s settings were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="640"/>
        <source>You already have this update, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="649"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="724"/>
        <source>Not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="726"/>
        <source>Sent to your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="727"/>
        <source>Nothing new to send: your organisation has everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="739"/>
        <source>Save summaries as files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="754"/>
        <source>Nothing new to save: every summary has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="756"/>
        <source>Saved {0}. Give it to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sharing.py" line="759"/>
        <source>Saved %n files in {0}. Give them to your coordinator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="769"/>
        <source>A shared folder your coordinator collects summaries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="779"/>
        <source>Summaries will also be copied into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="781"/>
        <source>The shared folder is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="35"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="36"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="37"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="41"/>
        <source>Search your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Undo (a deleted entry comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Save the entry or form you are in (also Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Close a dialog (it asks before anything typed is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Open the chosen entry; in a form, do what its main button does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Delete the chosen entry (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Next field or button (Shift+Tab: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="62"/>
        <source>Next section: Logbook, Matches, Safeguarding, Sharing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Alt and an underlined letter: that button or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <source>Refresh (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Lock now, from anywhere (what you are typing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Lock and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="73"/>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/screens/shortcuts.py" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/shortcuts.py" line="44"/>
        <source>Close</source>
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
        <location filename="../../ui/screens/timeline.py" line="58"/>
        <source>Search your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="60"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="62"/>
        <source>Filter by match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="64"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="65"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="68"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="69"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="71"/>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="74"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="100"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="102"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="124"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="134"/>
        <source>All matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="202"/>
        <source>%n entries found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="204"/>
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
        <location filename="../../ui/screens/unlock.py" line="32"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="34"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="38"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="39"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="41"/>
        <source>&amp;Forgot passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="42"/>
        <source>Forgot passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="44"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="45"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="49"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="50"/>
        <source>Your logbook is locked. Choose your profile and unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="54"/>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="55"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="107"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="119"/>
        <source>That passphrase does not open this profile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="340"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="341"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="340"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="340"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="341"/>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="345"/>
        <source>Visits and conversations in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="346"/>
        <source>Hours of contact in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="347"/>
        <source>Match codes assigned to the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="348"/>
        <source>When the latest bundle from their laptops was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="360"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="370"/>
        <source>%n approved laptop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="92"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="93"/>
        <source>&amp;Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="94"/>
        <source>&amp;Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="95"/>
        <source>&amp;Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="96"/>
        <source>Sha&amp;ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="97"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="99"/>
        <location filename="../../ui/screens/workarea.py" line="100"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="103"/>
        <source>New &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="106"/>
        <source>New &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="111"/>
        <source>New &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="114"/>
        <source>Raise &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="117"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="119"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="126"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="127"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="134"/>
        <source>Unreported safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="141"/>
        <source>Matches past the keeping period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="148"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="149"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="150"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="152"/>
        <source>Restore &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="153"/>
        <source>Restore the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="154"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="155"/>
        <source>Discard the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="226"/>
        <source>⚠ %n safeguarding concern(s) not yet reported. Report now, then mark it reported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="237"/>
        <source>%n ended match(es) kept past the keeping period: review them for erasure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="248"/>
        <source>Set by your organisation: {0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="294"/>
        <source>Entry of {0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="310"/>
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
        <location filename="../../ui/screens/workarea.py" line="54"/>
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
