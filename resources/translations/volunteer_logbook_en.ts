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
        <translation>
            <numerusform>It leaves the list, and comes back if there is still no contact %n week from now.</numerusform>
            <numerusform>It leaves the list, and comes back if there is still no contact %n weeks from now.</numerusform>
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
        <location filename="../../ui/models/coordinator.py" line="220"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="220"/>
        <source>Match or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="220"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="221"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="221"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMatchDialog</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="51"/>
        <source>Add a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="53"/>
        <source>Match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="54"/>
        <source>from your coordinator, e.g. M-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="57"/>
        <source>only ever shown on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="62"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="66"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="66"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="67"/>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="77"/>
        <source>About the match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="100"/>
        <source>pick one of the codes assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="101"/>
        <source>no code is assigned to you yet: ask your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="112"/>
        <source>Unconfirmed: your coordinator has not sent the codes assigned to you yet. Check this one with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="116"/>
        <source>Assigned to you by your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="133"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="136"/>
        <source>is not one assigned to you (yours: {0}); ask your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="139"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="139"/>
        <source>Match or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="139"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="140"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="144"/>
        <source>Safeguarding: NOT REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="145"/>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="146"/>
        <source>Not their match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="147"/>
        <source>Missing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="148"/>
        <source>Device to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="149"/>
        <source>Bundles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="150"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="167"/>
        <source>%n concern(s) raised in the {0}, not reported yet: ask the volunteer now</source>
        <translation>
            <numerusform>%n concern raised in the {0}, not reported yet: ask the volunteer now</numerusform>
            <numerusform>%n concerns raised in the {0}, not reported yet: ask the volunteer now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="172"/>
        <source>%n concern(s) raised in the {0}, only {1} reported: ask the volunteer now</source>
        <translation>
            <numerusform>%n concern raised in the {0}, only {1} reported: ask the volunteer now</numerusform>
            <numerusform>%n concerns raised in the {0}, only {1} reported: ask the volunteer now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="178"/>
        <source>No contact recorded since the code was assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="179"/>
        <source>No contact for %n week(s); the last was in the {0}</source>
        <translation>
            <numerusform>No contact for %n week; the last was in the {0}</numerusform>
            <numerusform>No contact for %n weeks; the last was in the {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="183"/>
        <source>Sent by device {0} in %n week(s), latest the {1}, but not assigned to this volunteer</source>
        <translation>
            <numerusform>Sent by device {0} in %n week, the {1}, but not assigned to this volunteer</numerusform>
            <numerusform>Sent by device {0} in %n weeks, latest the {1}, but not assigned to this volunteer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="189"/>
        <source>Bundles never received: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="192"/>
        <source>Waiting for approval; %n bundle(s) held until then</source>
        <translation>
            <numerusform>Waiting for approval; %n bundle held until then</numerusform>
            <numerusform>Waiting for approval; %n bundles held until then</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="193"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="195"/>
        <source>%n bundle(s) held</source>
        <translation>
            <numerusform>%n bundle held</numerusform>
            <numerusform>%n bundles held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="196"/>
        <source>%n follow-up(s) wanted in the {0}</source>
        <translation>
            <numerusform>%n follow-up wanted in the {0}</numerusform>
            <numerusform>%n follow-ups wanted in the {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="74"/>
        <source>Approve a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="75"/>
        <source>Device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="66"/>
        <source>Volunteer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="66"/>
        <source>e.g. V-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="68"/>
        <source>&amp;Volunteer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="76"/>
        <source>It first sent a bundle on {0}. Ask the volunteer to read out the fingerprint shown under Sharing in their logbook, and type what you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="79"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="98"/>
        <source>Assign a match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="100"/>
        <source>Match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="101"/>
        <source>e.g. M-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="103"/>
        <source>Volunteer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="103"/>
        <source>e.g. V-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="108"/>
        <source>The volunteer&apos;s devices may then send this match code; from anyone else&apos;s it is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="115"/>
        <source>&amp;Match code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="116"/>
        <source>&amp;Volunteer code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="428"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="428"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="428"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>The original English text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="53"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="55"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="60"/>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernAdditionDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="248"/>
        <source>Correct the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="248"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="251"/>
        <source>The correction is added with its date. What was first written is kept and shown beside it: safeguarding records never change silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="255"/>
        <source>A dated follow-up note, such as “Spoke to the lead again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="259"/>
        <source>Field to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="266"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="268"/>
        <source>Corrected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="268"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="269"/>
        <source>The field as it should read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="269"/>
        <source>What happened since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="276"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="278"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="279"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="78"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="80"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="82"/>
        <source>(choose who it is about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="89"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="91"/>
        <source>Record a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="94"/>
        <location filename="../../ui/screens/concerns.py" line="151"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="99"/>
        <source>What was seen or said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="100"/>
        <source>What you saw, or what they said, in their own words where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="102"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="102"/>
        <source>What you know for certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="104"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="104"/>
        <source>What you think or worry about, kept apart from facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="106"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="106"/>
        <source>What you did about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="90"/>
        <source>a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="107"/>
        <source>I have already &amp;reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="108"/>
        <source>Already reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="110"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="114"/>
        <source>Who to report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="116"/>
        <source>Report this to your safeguarding lead today: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="119"/>
        <source>Report this today to your organisation&apos;s safeguarding lead. If you do not know who that is, ask your coordinator now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="141"/>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="141"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="142"/>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="142"/>
        <source>&amp;Seen or said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="143"/>
        <source>&amp;Facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="143"/>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="144"/>
        <source>&amp;Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="145"/>
        <source>Reported to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernPdf</name>
    <message>
        <location filename="../../ui/concern_pdf.py" line="27"/>
        <source>Confidential. Recorded by the volunteer; handle under your safeguarding policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="36"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="37"/>
        <source>What was seen or said (their own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="40"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="41"/>
        <source>Opinion (kept apart from facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="42"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="64"/>
        <source>Corrected. As first written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="76"/>
        <source>{0}, on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="80"/>
        <source>Not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="84"/>
        <source>Person (match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="85"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="90"/>
        <source>Reported to, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="96"/>
        <source>{0}: follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="100"/>
        <source>{0}: correction of “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="103"/>
        <source>(emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="106"/>
        <source>Follow-up notes and corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="108"/>
        <location filename="../../ui/concern_pdf.py" line="124"/>
        <source>Safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="140"/>
        <source>PDF</source>
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
        <location filename="../../ui/screens/concerns.py" line="371"/>
        <source>Safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="378"/>
        <source>The chosen concern in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="381"/>
        <source>Choose a concern above to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="390"/>
        <source>Safeguarding concerns are kept apart from your notes. Only the fact that a concern was raised, and whether it was reported, is ever sent to your organisation in a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="396"/>
        <source>Raise a &amp;concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="397"/>
        <source>Add a &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="398"/>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="399"/>
        <source>Mark report&amp;ed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="400"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="408"/>
        <source>Where the PDF was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="468"/>
        <source>Read in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="469"/>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="470"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="471"/>
        <source>Mark reported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="472"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="506"/>
        <source>Save concern as PDF (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="520"/>
        <source>Saved to {0}. This PDF is not encrypted: anyone who can open the file can read it. Give it only to your safeguarding lead, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="507"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorArea</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="101"/>
        <location filename="../../ui/screens/coordinator.py" line="102"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="104"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="106"/>
        <source>Back up &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="113"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="122"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="123"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="129"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="134"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="138"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="142"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="143"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="146"/>
        <source>The coordinator database did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="151"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="214"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="215"/>
        <source>De&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="216"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="220"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="271"/>
        <source>Acknowledged by {0}: it leaves the list until it is newly true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="285"/>
        <source>Key backup saved: {0}. Keep it offline, apart from its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorMatchesModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="250"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="250"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="250"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="251"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="251"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="251"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="255"/>
        <source>Whole weeks since the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="256"/>
        <source>Visits and conversations in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="266"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="268"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="275"/>
        <source>%n concern(s) not reported</source>
        <translation>
            <numerusform>%n concern not reported</numerusform>
            <numerusform>%n concerns not reported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="277"/>
        <source>sent by another volunteer&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="279"/>
        <source>code not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="304"/>
        <source>%n in the last 4 weeks</source>
        <translation>
            <numerusform>%n in the last 4 weeks</numerusform>
            <numerusform>%n in the last 4 weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="306"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateOrganisation</name>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="50"/>
        <source>Cannot write the {0} to {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="72"/>
        <source>Cannot save in {0}: the folder is missing or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="79"/>
        <source>enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="81"/>
        <source>mailbox server&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="89"/>
        <source>The organisation was created: write its enrolment file with `logbook org publish --out FILE` and the server&apos;s settings with `logbook org server-config --out FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateOrganisationPage</name>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="120"/>
        <source>This is a coordinator profile. Create your organisation first: its keys stay in this profile, encrypted. Volunteers join with the enrolment file saved here, after you read them its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="127"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="128"/>
        <source>e.g. Hilltop Befriending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="130"/>
        <location filename="../../ui/screens/coordinator_setup.py" line="216"/>
        <source>Save the enrolment file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="132"/>
        <source>Choose where to save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="138"/>
        <source>The mailbox server&apos;s settings ({0}, holding only hashes of its tokens) are saved in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="144"/>
        <source>&amp;Create the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="149"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="175"/>
        <source>Next, back up the organisation&apos;s keys and keep the backup offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="146"/>
        <source>&amp;Enrolment file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="152"/>
        <source>Create your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="167"/>
        <source>Its fingerprint: read it to each volunteer as they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="169"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="172"/>
        <source>Files saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="178"/>
        <source>&amp;Back up the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="181"/>
        <source>Key backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="183"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="209"/>
        <source>Key backup saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="217"/>
        <source>Enrolment files (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="225"/>
        <source>Give the organisation a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="229"/>
        <source>Choose where to save the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="239"/>
        <source>Created “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="247"/>
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
        <location filename="../../ui/screens/coordinator_dashboard.py" line="115"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_dashboard.py" line="120"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="121"/>
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="122"/>
        <source>Alert after this many weeks without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="123"/>
        <source>Alert after &amp;no contact for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="130"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="175"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="131"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="132"/>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="136"/>
        <source>Acknowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="138"/>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="139"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="141"/>
        <source>Take the selected alert off the list until it is newly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="156"/>
        <source>Matches and their last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="158"/>
        <source>Volunteer activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="162"/>
        <source>Mean first and latest score of the matches scored at least twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="163"/>
        <source>About the outcome chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="166"/>
        <source>Contacts: visits and conversations of the last 4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="167"/>
        <source>About the matches table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="170"/>
        <source>Contacts and hours of the last 4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="171"/>
        <source>About the volunteers table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="176"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="178"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="180"/>
        <source>Contacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="182"/>
        <source>Outcome change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_dashboard.py" line="259"/>
        <source>Show &amp;acknowledged (%n)</source>
        <translation>
            <numerusform>Show &amp;acknowledged (%n)</numerusform>
            <numerusform>Show &amp;acknowledged (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="260"/>
        <source>Show acknowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="297"/>
        <source>Matches: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="298"/>
        <source>Volunteers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="301"/>
        <source>Unreported concerns: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="303"/>
        <source>Without recent contact: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="358"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="358"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="358"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="359"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="359"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="359"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="360"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="365"/>
        <source>Whether you typed the fingerprint the volunteer read out, and it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="367"/>
        <source>Bundles kept until the device is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="368"/>
        <source>Bundle numbers never received (lost, or still on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="369"/>
        <source>When its latest bundle arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="374"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="375"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="376"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="389"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="389"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="180"/>
        <location filename="../../ui/screens/coordinator_devices.py" line="200"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="182"/>
        <source>Match codes and their volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="186"/>
        <source>No device has sent a bundle yet. A volunteer&apos;s laptop appears here with its first bundle; approve it once they have read you its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="190"/>
        <source>No devices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="191"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="192"/>
        <source>Rev&amp;oke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="193"/>
        <source>A&amp;ssign a match code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="194"/>
        <source>&amp;End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="194"/>
        <source>End the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="195"/>
        <source>&amp;Unassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="196"/>
        <source>Unassign the match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="209"/>
        <source>Match codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="298"/>
        <source>{0} has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="308"/>
        <source>Take {0} back from {1}? Their devices may no longer send it: their logbook holds its weeks back from now on, and what they send under it is flagged. To move it to another volunteer, assign it to them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="312"/>
        <source>Unassign a match code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="314"/>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="316"/>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="331"/>
        <source>{0} is no longer assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="348"/>
        <source>The mailbox could not be told yet ({0}); it is told at the next pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="351"/>
        <source>The volunteer&apos;s logbook could not be told yet ({0}); it is at the next pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="366"/>
        <source>Device {0} was not approved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="377"/>
        <source>Approved {0} for volunteer {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="379"/>
        <source>Imported %n held bundle(s).</source>
        <translation>
            <numerusform>Imported %n held bundle.</numerusform>
            <numerusform>Imported %n held bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="381"/>
        <source>%n held bundle(s) could not be imported; see Import.</source>
        <translation>
            <numerusform>%n held bundle could not be imported; see Import.</numerusform>
            <numerusform>%n held bundles could not be imported; see Import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="391"/>
        <source>Revoke device {0}? Its bundles will be refused from now on, and it cannot be approved again. What it sent before stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="395"/>
        <source>Its %n held bundle(s) will be dropped.</source>
        <translation>
            <numerusform>Its %n held bundle will be dropped.</numerusform>
            <numerusform>Its %n held bundles will be dropped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="396"/>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="398"/>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="400"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="317"/>
        <location filename="../../ui/screens/coordinator_devices.py" line="401"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="415"/>
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
        <location filename="../../ui/widgets/draft_dialog.py" line="80"/>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="172"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="173"/>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMatchDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="140"/>
        <source>End a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="142"/>
        <source>End {0} ({1}&apos;s match)? Their logbook is told at its next sync and ends the match there too; no alert asks after it from now on. Assigning the code again reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="150"/>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="154"/>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="157"/>
        <source>Join your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="159"/>
        <source>This enrolment file is signed by the organisation named above. Ask your coordinator to read out its fingerprint, and type what you hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="162"/>
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
        <location filename="../../ui/screens/entry_editor.py" line="89"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="95"/>
        <source>1 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="101"/>
        <location filename="../../ui/screens/entry_editor.py" line="105"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="108"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="110"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="118"/>
        <source>I want to &amp;follow something up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="121"/>
        <source>Record a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="122"/>
        <location filename="../../ui/screens/entry_editor.py" line="155"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="122"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="123"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="123"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="124"/>
        <source>How the person seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="125"/>
        <source>Your own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="125"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="126"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="142"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="142"/>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="143"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="143"/>
        <source>M&amp;inutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="144"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="144"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="145"/>
        <source>&amp;Seemed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="146"/>
        <source>&amp;Wellbeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="147"/>
        <source>&amp;Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="148"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="149"/>
        <source>&amp;Notes (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../ui/screens/common.py" line="25"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="520"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="528"/>
        <source>(from the mailbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="529"/>
        <source>(held until approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="535"/>
        <source>Imported %n week(s)</source>
        <translation>
            <numerusform>Imported %n week</numerusform>
            <numerusform>Imported %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="454"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="463"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="464"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="465"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="466"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="467"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="474"/>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="474"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="485"/>
        <source>Imported; not assigned to this device&apos;s volunteer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="488"/>
        <source>Imported %n week(s)</source>
        <translation>
            <numerusform>Imported %n week</numerusform>
            <numerusform>Imported %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="490"/>
        <source>The device is not approved yet: approve it on the Devices tab and its bundles are imported then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="94"/>
        <source>The watched folder {0} cannot be read: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="148"/>
        <source>Drop bundle files (.age) or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="153"/>
        <source>Volunteers&apos; summaries arrive as .age files, by USB stick, email or a shared folder. Each is checked before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="159"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="160"/>
        <source>Import a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="174"/>
        <location filename="../../ui/screens/coordinator_import.py" line="177"/>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="175"/>
        <source>&amp;Watch a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="176"/>
        <source>S&amp;top watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="184"/>
        <location filename="../../ui/screens/coordinator_import.py" line="186"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="185"/>
        <source>&amp;Pull from mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="195"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="197"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="197"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="206"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="209"/>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="210"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="215"/>
        <source>Tec&amp;hnical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="216"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="226"/>
        <source>Technical details of the selected bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="231"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="232"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="308"/>
        <source>Select a bundle to see the details of what the checks found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="310"/>
        <source>The checks found nothing wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="339"/>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="340"/>
        <source>Bundles (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="346"/>
        <source>Import the bundles in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="373"/>
        <source>Another import is under way; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="376"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="384"/>
        <source>Stopping after the current bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="410"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="413"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="417"/>
        <source>%n held until the device is approved</source>
        <translation>
            <numerusform>%n held until the device is approved</numerusform>
            <numerusform>%n held until the device is approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="421"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="423"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="428"/>
        <source>Stopped after %n of {0} bundle(s); what was imported is kept.</source>
        <translation>
            <numerusform>Stopped after %n of {0} bundles; what was imported is kept.</numerusform>
            <numerusform>Stopped after %n of {0} bundles; what was imported is kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="431"/>
        <source>New in the watched folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="433"/>
        <source>No bundle files (.age) were found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="435"/>
        <source>%n bundle(s):</source>
        <translation>
            <numerusform>%n bundle:</numerusform>
            <numerusform>%n bundles:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="455"/>
        <source>A folder where volunteers&apos; bundles arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="486"/>
        <source>None. Choose a folder (a shared or synced one) and new bundles in it are imported as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="491"/>
        <source>{0}: new bundles are imported as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="519"/>
        <source>Pulling from the mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="528"/>
        <source>Stopped. Bundles imported before you stopped are kept; the rest wait in the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="536"/>
        <source>The mailbox has nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBackupDialog</name>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="47"/>
        <source>Back up the organisation&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="50"/>
        <source>Without these keys nobody can read what volunteers send, and a lost laptop would lose them. The backup is encrypted with a passphrase you choose now. Keep the file offline (a USB stick in a locked drawer) and the passphrase somewhere else. It also opens with the stock age tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="58"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="59"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="59"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="61"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="62"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="64"/>
        <source>Repeat the backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="68"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="70"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="81"/>
        <source>&amp;Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="82"/>
        <source>Save the key backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="91"/>
        <source>Save the key backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="92"/>
        <source>age files (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="101"/>
        <source>Choose where to save the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="108"/>
        <source>{0} is already there. Choose another name, or choose it with Choose… to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="113"/>
        <source>The backup passphrase must be at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="119"/>
        <source>The two passphrases differ. Type the same one twice.</source>
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
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Unlock a profile to open {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Passphrase the backup was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Backup restored. Unlock with the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
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
    <message numerus="yes">
        <location filename="../../ui/models/matches.py" line="89"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
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
        <location filename="../../ui/screens/matches.py" line="173"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="178"/>
        <source>&amp;Add match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="181"/>
        <source>E&amp;nd match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="179"/>
        <source>Show entr&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="180"/>
        <source>&amp;Outcome measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="182"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="217"/>
        <source>Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="218"/>
        <source>Outcome measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="219"/>
        <source>End match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="220"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="253"/>
        <source>End match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="254"/>
        <source>End the match {0} today? Its records stay in your logbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/matches.py" line="267"/>
        <source>Erase {0} and all of its %n entries, outcome measures and safeguarding concerns from this laptop? This cannot be undone.</source>
        <translation>
            <numerusform>Erase {0} and its %n entry, outcome measures and safeguarding concerns from this laptop? This cannot be undone.</numerusform>
            <numerusform>Erase {0} and all of its %n entries, outcome measures and safeguarding concerns from this laptop? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="275"/>
        <source>{0} has a safeguarding concern that is NOT YET REPORTED. Report it first. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="280"/>
        <source>Erase match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="76"/>
        <source>Correct: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="87"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="100"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="101"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="107"/>
        <source>They a&amp;greed to share these scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="123"/>
        <source>Ask first whether these scores may be shared with your organisation. Without consent they stay on this laptop only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="108"/>
        <source>Consent to share the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="110"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="118"/>
        <source>A correction leaves consent as it was. If these scores were already sent, their week is sent again with the corrected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="167"/>
        <source>Answered {0} of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="172"/>
        <source>Score: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="180"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="180"/>
        <source>every question needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="284"/>
        <source>Outcome measures: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="286"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="290"/>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="291"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="292"/>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="293"/>
        <source>Withdraw consent for &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="296"/>
        <source>Measure to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="298"/>
        <source>Measure to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="303"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="304"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="305"/>
        <source>Record a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="317"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="384"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="385"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="386"/>
        <source>Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="404"/>
        <source>Delete measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="405"/>
        <source>Delete the {0} measure taken on {1}? If it was sent, its week is sent again without it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="434"/>
        <source>Life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="434"/>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="434"/>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="435"/>
        <source>Anxiety (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/models/measures.py" line="28"/>
        <source>{0} of 9 (higher is lonelier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="35"/>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="36"/>
        <source>worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="37"/>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="38"/>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="41"/>
        <source>{0:.2f} (raw {1} of 35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="92"/>
        <source>no: consent withdrawn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="93"/>
        <source>yes, with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="93"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyContactsChart</name>
    <message>
        <location filename="../../ui/charts.py" line="101"/>
        <source>Contacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="116"/>
        <source>{0}: %n contact(s)</source>
        <translation>
            <numerusform>{0}: %n contact</numerusform>
            <numerusform>{0}: %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="146"/>
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
        <location filename="../../ui/operations.py" line="40"/>
        <source>Something went wrong, so this was not finished. What you saved before is safe. If it happens again, restart the app; the details are in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="56"/>
        <location filename="../../ui/operations.py" line="61"/>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeChangeChart</name>
    <message>
        <location filename="../../ui/charts.py" line="186"/>
        <source>Outcome change, first against latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="204"/>
        <source>first scores only (n={0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="209"/>
        <source>{0} → {1}, {2} (n={3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="306"/>
        <source>first score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="306"/>
        <source>latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="206"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="206"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="206"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="234"/>
        <source>No outcome measures imported yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="29"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="33"/>
        <source>Remind me when there has been no contact for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Offer to erase matches ended more than (months) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="45"/>
        <source>Text size (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="33"/>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="34"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="36"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="37"/>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="43"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="44"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="46"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="47"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="48"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="49"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="38"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="39"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="15"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="16"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="17"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="19"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="25"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="26"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="28"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="29"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="30"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="31"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="32"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="50"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="51"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="52"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="53"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="54"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="55"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="56"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOutDialog</name>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="59"/>
        <source>Fingerprint as you hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="62"/>
        <source>&amp;Fingerprint you hear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="65"/>
        <source>Characters typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="70"/>
        <source>Spaces, dashes and capitals do not matter; every letter and digit does. If it does not match, nothing changes: ask for it to be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/read_out.py" line="110"/>
        <source>%n of {0} characters</source>
        <translation>
            <numerusform>%n of {0} characters</numerusform>
            <numerusform>%n of {0} characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="19"/>
        <source>The chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="23"/>
        <source>Choose an entry to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="55"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="57"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="59"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="61"/>
        <source>They seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="63"/>
        <source>Your wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="65"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="67"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="69"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="69"/>
        <source>yes</source>
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
        <location filename="../../ui/screens/recovery_key.py" line="51"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="55"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="56"/>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="57"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="58"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="59"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="60"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="61"/>
        <source>I &amp;have written down or saved my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="62"/>
        <source>Recovery key saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="63"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="64"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="72"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="75"/>
        <source>This key is shown only once. If you forget your passphrase, it is the only way back into your logbook: nobody else, not even your organisation, can open it. Write it down or save it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="105"/>
        <source>Group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="168"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="176"/>
        <source>Volunteer Logbook recovery key for the profile {0}, made on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="178"/>
        <source>Volunteer Logbook recovery key, made on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="184"/>
        <source>Print recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="194"/>
        <source>Keep it safe and private, away from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="202"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="206"/>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="207"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="213"/>
        <source>Keep it safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="217"/>
        <source>Could not save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="219"/>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="123"/>
        <source>PROVISIONAL, month to date, NOT FOR FUNDERS: {0} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="126"/>
        <source>Report for funders: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="135"/>
        <source>Volunteer scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="147"/>
        <source>Made on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="297"/>
        <source>Contacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="303"/>
        <source>Hours of contact per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="312"/>
        <source>Contacts by how they happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="318"/>
        <source>Hours of contact by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="374"/>
        <source>hidden to protect privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="448"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="464"/>
        <source>How figures are protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485"/>
        <source>Report for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="495"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportedDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="344"/>
        <source>Mark as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="346"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="350"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="353"/>
        <source>Reported &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="354"/>
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
        <location filename="../../ui/screens/coordinator_reports.py" line="233"/>
        <source>{0} so far (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="271"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="272"/>
        <source>{0} files (*.{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="287"/>
        <source>Making the report for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="294"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_reports.py" line="297"/>
        <source>%n match-week(s) were left out: their match code is not assigned to the volunteer who sent them (assign it on the Devices tab).</source>
        <translation>
            <numerusform>%n match-week was left out: its match code is not assigned to the volunteer who sent it (assign it on the Devices tab).</numerusform>
            <numerusform>%n match-weeks were left out: their match code is not assigned to the volunteer who sent them (assign it on the Devices tab).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ui/charts.py" line="366"/>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="91"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/settings.py" line="95"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/settings.py" line="99"/>
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="107"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="111"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="112"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="113"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="114"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="115"/>
        <source>Restore &amp;a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="116"/>
        <source>&amp;Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="122"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="124"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="129"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="134"/>
        <source>Display and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="139"/>
        <source>For this laptop, on top of its own text size. Applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="144"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="146"/>
        <source>For this laptop. Applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="152"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="154"/>
        <source>Your profiles are kept in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="163"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="166"/>
        <source>Volunteer Logbook {0}. Everything you write is encrypted on this laptop. Names, notes, places and anything else you type never leave it; your organisation only ever receives summaries, and you can see them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="220"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="235"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="237"/>
        <location filename="../../ui/screens/settings.py" line="287"/>
        <source>Logbook backups (*.lbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="249"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="250"/>
        <source>Backup saved to {0}. It opens with your current passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="256"/>
        <location filename="../../ui/screens/settings.py" line="266"/>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="257"/>
        <source>The export is NOT encrypted: anyone who gets the file can read all your notes. Keep it safe and delete it when you are done. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="268"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282"/>
        <source>Your data was written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="287"/>
        <location filename="../../ui/screens/settings.py" line="295"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="296"/>
        <source>Restoring REPLACES everything now in this profile with the backup. The logbook will lock; then unlock it with the passphrase the backup was made with. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="303"/>
        <source>Backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="186"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="233"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="239"/>
        <source>Join your organisation to send it weekly summaries. Your coordinator gives you an enrolment file and reads its fingerprint to you, so you can check the file is really theirs. Until you join, nothing leaves this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="245"/>
        <source>&amp;Join your organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="256"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="257"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="260"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="263"/>
        <source>Safeguarding contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="264"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="266"/>
        <source>Read this laptop&apos;s fingerprint to your coordinator, so they can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="269"/>
        <source>Load an &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="271"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="272"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="273"/>
        <source>Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="274"/>
        <source>Safeguarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="275"/>
        <source>This laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="289"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="291"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="293"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="297"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="299"/>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="302"/>
        <source>What your coordinator said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="305"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="306"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="307"/>
        <source>Choose a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="308"/>
        <source>Sto&amp;p using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="309"/>
        <source>Stop using the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="310"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="311"/>
        <source>Save as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="312"/>
        <source>Share my own &amp;wellbeing (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="313"/>
        <source>Share my own wellbeing (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="314"/>
        <source>Send changes &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="315"/>
        <source>Send changes automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="317"/>
        <source>Starts after you have looked at what will be sent and sent it once yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="322"/>
        <source>Last sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="323"/>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="324"/>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="328"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="329"/>
        <source>Not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="331"/>
        <source>Next try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="332"/>
        <source>Your coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="333"/>
        <source>Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="352"/>
        <location filename="../../ui/screens/sharing.py" line="373"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="353"/>
        <source>Show &amp;every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="354"/>
        <source>Show every week, not only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="356"/>
        <source>What will be sent, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="360"/>
        <location filename="../../ui/screens/sharing.py" line="362"/>
        <location filename="../../ui/screens/sharing.py" line="512"/>
        <source>Nothing new to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="370"/>
        <source>What will be sent, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="374"/>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="375"/>
        <source>JS&amp;ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="379"/>
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
        <location filename="../../ui/screens/sharing.py" line="457"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="458"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="459"/>
        <source>{0} (sending now…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="510"/>
        <source>Nothing to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="528"/>
        <source>Never sent: names, notes, places, your own tags, exact dates and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="532"/>
        <source>Your organisation&apos;s policy also leaves out: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="537"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="538"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="539"/>
        <source>activities and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="540"/>
        <source>how they seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="541"/>
        <source>outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="542"/>
        <source>safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="543"/>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="544"/>
        <source>your own wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="551"/>
        <source>Received your last summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="552"/>
        <source>Already had your last summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="554"/>
        <source>Holding your summaries until they approve this laptop: read them its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="556"/>
        <source>Found a conflict in your last summary; they will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="557"/>
        <source>Could not accept your last summary; they will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="582"/>
        <source>Enrolment files ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="587"/>
        <source>Join your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="608"/>
        <source>Not joined; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="614"/>
        <source>You have joined {0}. Now read this laptop&apos;s fingerprint to your coordinator: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="619"/>
        <source>Load an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="633"/>
        <source>Your organisation&apos;s settings were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="635"/>
        <source>You already have this update, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="644"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="698"/>
        <source>Not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="700"/>
        <source>Sent to your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="701"/>
        <source>Nothing new to send: your organisation has everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="713"/>
        <source>Save summaries as files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="726"/>
        <source>Nothing new to save: every summary has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="728"/>
        <source>Saved {0}. Give it to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sharing.py" line="731"/>
        <source>Saved %n files in {0}. Give them to your coordinator.</source>
        <translation>
            <numerusform>Saved %n file in {0}. Give it to your coordinator.</numerusform>
            <numerusform>Saved %n files in {0}. Give them to your coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="741"/>
        <source>A shared folder your coordinator collects summaries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="751"/>
        <source>Summaries will also be copied into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="753"/>
        <source>The shared folder is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Search your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Undo (a deleted entry comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Save the entry or form you are in (also Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Close a dialog (it asks before anything typed is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Open the chosen entry; in a form, do what its main button does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Delete the chosen entry (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Actions for the chosen item in a list (also the Menu key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Next field or button (Shift+Tab: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <source>Next section: Logbook, Matches, Safeguarding, Sharing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Alt and an underlined letter: that button or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <source>Refresh (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Lock now, from anywhere (what you are typing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79"/>
        <source>Lock and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
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
        <location filename="../../ui/models/summary.py" line="87"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="88"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="89"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="90"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="91"/>
        <source>Activities and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="92"/>
        <source>How they seemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="93"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="94"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="95"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="96"/>
        <source>Your wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="126"/>
        <source>{0} to {1}; only the week is sent, never the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="130"/>
        <source>Your own wellbeing, sent only because you chose to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="138"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="139"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="142"/>
        <source>Withdrawn: nothing is left to send for this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="151"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="153"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="161"/>
        <source>{0} raised, {1} reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="170"/>
        <source>{0} of 5 (n={1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="176"/>
        <source>UCLA-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="177"/>
        <source>ONS loneliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="178"/>
        <source>ONS4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="179"/>
        <source>SWEMWBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="199"/>
        <source>1 visit in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="200"/>
        <source>%n visits in person</source>
        <translation>
            <numerusform>%n visit in person</numerusform>
            <numerusform>%n visits in person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="202"/>
        <source>1 visit by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="203"/>
        <source>%n visits by phone</source>
        <translation>
            <numerusform>%n visit by phone</numerusform>
            <numerusform>%n visits by phone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="205"/>
        <source>1 video visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="206"/>
        <source>%n video visits</source>
        <translation>
            <numerusform>%n video visit</numerusform>
            <numerusform>%n video visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="208"/>
        <source>1 visit by messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="209"/>
        <source>%n visits by messages</source>
        <translation>
            <numerusform>%n visit by messages</numerusform>
            <numerusform>%n visits by messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="211"/>
        <source>1 group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="212"/>
        <source>%n group visits</source>
        <translation>
            <numerusform>%n group visit</numerusform>
            <numerusform>%n group visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="214"/>
        <source>1 conversation in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="215"/>
        <source>%n conversations in person</source>
        <translation>
            <numerusform>%n conversation in person</numerusform>
            <numerusform>%n conversations in person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="217"/>
        <source>1 phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="218"/>
        <source>%n phone calls</source>
        <translation>
            <numerusform>%n phone call</numerusform>
            <numerusform>%n phone calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="220"/>
        <source>1 video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="221"/>
        <source>%n video calls</source>
        <translation>
            <numerusform>%n video call</numerusform>
            <numerusform>%n video calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="223"/>
        <source>1 conversation by messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="224"/>
        <source>%n conversations by messages</source>
        <translation>
            <numerusform>%n conversation by messages</numerusform>
            <numerusform>%n conversations by messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="226"/>
        <source>1 group conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="227"/>
        <source>%n group conversations</source>
        <translation>
            <numerusform>%n group conversation</numerusform>
            <numerusform>%n group conversations</numerusform>
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
        <location filename="../../ui/screens/timeline.py" line="69"/>
        <source>Search your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="71"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="73"/>
        <source>Filter by match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="75"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="76"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="79"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="80"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="82"/>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="84"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="115"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="117"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="130"/>
        <source>What to do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="180"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="193"/>
        <source>All matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="265"/>
        <source>Start by adding the person you support. Your coordinator gives you a code for them; the name you give them stays on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="269"/>
        <source>&amp;Add the person you support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="272"/>
        <source>Nothing written yet. After your first visit or call, record it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="274"/>
        <source>New &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="299"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="300"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="301"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="329"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="331"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
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
        <location filename="../../ui/screens/unlock.py" line="98"/>
        <source>There is no profile named “{0}” here. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="119"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="131"/>
        <source>That passphrase does not open this profile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="317"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="318"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="317"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="317"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="318"/>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="322"/>
        <source>Visits and conversations in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="323"/>
        <source>Hours of contact in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="324"/>
        <source>Match codes assigned to the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="325"/>
        <source>When the latest bundle from their laptops was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="337"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="347"/>
        <source>%n approved laptop(s)</source>
        <translation>
            <numerusform>%n approved laptop</numerusform>
            <numerusform>%n approved laptops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <location filename="../../ui/weeks.py" line="33"/>
        <source>w/c {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/weeks.py" line="35"/>
        <source>week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="228"/>
        <source>Withdraw consent for this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="230"/>
        <source>Withdraw consent for every measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="233"/>
        <source>The {0} of {1} will no longer be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="238"/>
        <source>No score of {0}, recorded or still to come, will be shared any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="245"/>
        <source>The scores stay on this laptop. Any week already sent with them is sent again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="253"/>
        <source>Consent withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="255"/>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="256"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="260"/>
        <source>Withdrawn &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="94"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="95"/>
        <source>&amp;Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="96"/>
        <source>&amp;Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="97"/>
        <source>&amp;Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="98"/>
        <source>Sha&amp;ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="99"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="101"/>
        <location filename="../../ui/screens/workarea.py" line="102"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="105"/>
        <source>New &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="108"/>
        <source>New &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="113"/>
        <source>New &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="116"/>
        <source>Raise &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="119"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="121"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="128"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="129"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="136"/>
        <source>Unreported safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="143"/>
        <source>Matches past the keeping period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="150"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="151"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="152"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="154"/>
        <source>Restore &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="155"/>
        <source>Restore the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="156"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="157"/>
        <source>Discard the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="251"/>
        <source>Add the person you support first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="254"/>
        <source>⚠ %n safeguarding concern(s) not yet reported. Report now, then mark it reported.</source>
        <translation>
            <numerusform>⚠ %n safeguarding concern not yet reported. Report now, then mark it reported.</numerusform>
            <numerusform>⚠ %n safeguarding concerns not yet reported. Report now, then mark them reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="265"/>
        <source>%n ended match(es) kept past the keeping period: review them for erasure</source>
        <translation>
            <numerusform>%n ended match kept past the keeping period: review it for erasure</numerusform>
            <numerusform>%n ended matches kept past the keeping period: review them for erasure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="276"/>
        <source>Set by your organisation: %n month(s)</source>
        <translation>
            <numerusform>Set by your organisation: %n month</numerusform>
            <numerusform>Set by your organisation: %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="321"/>
        <source>Entry of {0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="337"/>
        <source>You have an unsaved draft from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="56"/>
        <source>delete entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>1 – very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>2 – low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>3 – okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>4 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>5 – very good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <location filename="../../ui/measure_texts.py" line="12"/>
        <source>Loneliness (UCLA 3-item scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="13"/>
        <source>Loneliness (ONS direct question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="16"/>
        <source>Personal wellbeing (ONS4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="17"/>
        <source>Mental wellbeing (SWEMWBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="23"/>
        <source>For each question, how often do they feel this way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="27"/>
        <source>On a scale where 0 is “not at all” and 10 is “completely”, overall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="30"/>
        <source>Below are some statements about feelings and thoughts. Tick the box that best describes their experience of each over the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="41"/>
        <source>How often do you feel that you lack companionship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="44"/>
        <source>How often do you feel left out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="45"/>
        <source>How often do you feel isolated from others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="48"/>
        <source>How often do you feel lonely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="51"/>
        <source>How satisfied are you with your life nowadays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="54"/>
        <source>To what extent do you feel the things you do in your life are worthwhile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="58"/>
        <source>How happy did you feel yesterday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="59"/>
        <source>How anxious did you feel yesterday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="62"/>
        <source>I&apos;ve been feeling optimistic about the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="63"/>
        <source>I&apos;ve been feeling useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="64"/>
        <source>I&apos;ve been feeling relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="65"/>
        <source>I&apos;ve been dealing with problems well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="66"/>
        <source>I&apos;ve been thinking clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="67"/>
        <source>I&apos;ve been feeling close to other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="68"/>
        <source>I&apos;ve been able to make up my own mind about things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="79"/>
        <source>Hardly ever or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="80"/>
        <location filename="../../ui/measure_texts.py" line="86"/>
        <location filename="../../ui/measure_texts.py" line="96"/>
        <source>Some of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="81"/>
        <location filename="../../ui/measure_texts.py" line="97"/>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="85"/>
        <source>Often or always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="87"/>
        <source>Occasionally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="88"/>
        <source>Hardly ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="89"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="94"/>
        <source>None of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="95"/>
        <source>Rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="98"/>
        <source>All of the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/long_task.py" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../ui/widgets/context_menu.py" line="46"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
