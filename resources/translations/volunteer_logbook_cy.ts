<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="26"/>
        <source>Acknowledge an alert</source>
        <translation type="unfinished">Cydnabod rhybudd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="29"/>
        <source>Alert</source>
        <translation type="unfinished">Rhybudd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="36"/>
        <source>Acknowledged by</source>
        <translation type="unfinished">Cydnabuwyd gan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="39"/>
        <source>Optional: what you did, or why it can wait</source>
        <translation type="unfinished">Dewisol: beth wnaethoch chi, neu pam y gall aros</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="41"/>
        <source>Acknowledged &amp;by:</source>
        <translation type="unfinished">Cydnabuwyd &amp;gan:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="41"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="55"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished">&amp;Cydnabod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="56"/>
        <source>Acknowledge</source>
        <translation type="unfinished">Cydnabod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="66"/>
        <source>It leaves the list, and comes back if another concern is raised in that week. It leaves for good once the volunteer&apos;s logbook says every concern was reported.</source>
        <translation type="unfinished">Mae&apos;n gadael y rhestr, ac yn dod yn ôl os codir pryder arall yn yr wythnos honno. Mae&apos;n gadael am byth unwaith y bydd llyfr cofnodion y gwirfoddolwr yn dweud bod pob pryder wedi&apos;i adrodd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="70"/>
        <source>It leaves the list, and comes back if there is still no contact %n week(s) from now.</source>
        <translation type="unfinished">
            <numerusform>Mae&apos;n gadael y rhestr, ac yn dod yn ôl os na fu cyswllt o hyd ymhen %n wythnos.</numerusform>
            <numerusform>Mae&apos;n gadael y rhestr, ac yn dod yn ôl os na fu cyswllt o hyd ymhen %n wythnos.</numerusform>
            <numerusform>Mae&apos;n gadael y rhestr, ac yn dod yn ôl os na fu cyswllt o hyd ymhen %n wythnos.</numerusform>
            <numerusform>Mae&apos;n gadael y rhestr, ac yn dod yn ôl os na fu cyswllt o hyd ymhen %n wythnos.</numerusform>
            <numerusform>Mae&apos;n gadael y rhestr, ac yn dod yn ôl os na fu cyswllt o hyd ymhen %n wythnos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_acknowledge.py" line="72"/>
        <source>It leaves the list, and comes back if anything in it changes.</source>
        <translation type="unfinished">Mae&apos;n gadael y rhestr, ac yn dod yn ôl os bydd unrhyw beth ynddo&apos;n newid.</translation>
    </message>
</context>
<context>
    <name>AcknowledgedModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="220"/>
        <source>Alert</source>
        <translation type="unfinished">Rhybudd</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="220"/>
        <source>Match or device</source>
        <translation type="unfinished">Pâr neu ddyfais</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="220"/>
        <source>Acknowledged by</source>
        <translation type="unfinished">Cydnabuwyd gan</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="221"/>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="221"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
</context>
<context>
    <name>AddMatchDialog</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="51"/>
        <source>Add a match</source>
        <translation type="unfinished">Ychwanegu pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="53"/>
        <source>Match code</source>
        <translation type="unfinished">Cod pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="54"/>
        <source>from your coordinator, e.g. M-0042</source>
        <translation type="unfinished">gan eich cydlynydd, e.e. M-0042</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="57"/>
        <source>only ever shown on this laptop</source>
        <translation type="unfinished">dim ond ar y gliniadur hwn y caiff ei ddangos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="62"/>
        <source>Start date</source>
        <translation type="unfinished">Dyddiad dechrau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="66"/>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;Cod:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="66"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="67"/>
        <source>&amp;Started:</source>
        <translation type="unfinished">&amp;Dechreuwyd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="77"/>
        <source>About the match code</source>
        <translation type="unfinished">Am y cod pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="100"/>
        <source>pick one of the codes assigned to you</source>
        <translation type="unfinished">dewiswch un o&apos;r codau a neilltuwyd i chi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="101"/>
        <source>no code is assigned to you yet: ask your coordinator</source>
        <translation type="unfinished">nid oes cod wedi&apos;i neilltuo i chi eto: gofynnwch i&apos;ch cydlynydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="112"/>
        <source>Unconfirmed: your coordinator has not sent the codes assigned to you yet. Check this one with them.</source>
        <translation type="unfinished">Heb ei gadarnhau: nid yw eich cydlynydd wedi anfon y codau a neilltuwyd i chi eto. Gwiriwch hwn gyda nhw.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="116"/>
        <source>Assigned to you by your coordinator.</source>
        <translation type="unfinished">Wedi&apos;i neilltuo i chi gan eich cydlynydd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="133"/>
        <source>none yet</source>
        <translation type="unfinished">dim eto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="136"/>
        <source>is not one assigned to you (yours: {0}); ask your coordinator</source>
        <translation type="unfinished">nid yw&apos;n un a neilltuwyd i chi (eich rhai chi: {0}); gofynnwch i&apos;ch cydlynydd</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="139"/>
        <source>Alert</source>
        <translation type="unfinished">Rhybudd</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="139"/>
        <source>Match or device</source>
        <translation type="unfinished">Pâr neu ddyfais</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="139"/>
        <source>Volunteer</source>
        <translation type="unfinished">Gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="140"/>
        <source>Details</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="144"/>
        <source>Safeguarding: NOT REPORTED</source>
        <translation type="unfinished">Diogelu: HEB EI ADRODD</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="145"/>
        <source>No contact</source>
        <translation type="unfinished">Dim cyswllt</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="146"/>
        <source>Not their match</source>
        <translation type="unfinished">Nid eu pâr nhw</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="147"/>
        <source>Missing bundles</source>
        <translation type="unfinished">Bwndeli ar goll</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="148"/>
        <source>Device to approve</source>
        <translation type="unfinished">Dyfais i&apos;w chymeradwyo</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="149"/>
        <source>Bundles held</source>
        <translation type="unfinished">Bwndeli wedi&apos;u dal</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="150"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished">Angen dilyn i fyny</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="167"/>
        <source>%n concern(s) raised in the {0}, not reported yet: ask the volunteer now</source>
        <translation type="unfinished">
            <numerusform>%n pryder wedi&apos;u codi yn {0}, heb eu hadrodd eto: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;i godi yn {0}, heb ei adrodd eto: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;u codi yn {0}, heb eu hadrodd eto: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;u codi yn {0}, heb eu hadrodd eto: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;u codi yn {0}, heb eu hadrodd eto: holwch y gwirfoddolwr nawr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="172"/>
        <source>%n concern(s) raised in the {0}, only {1} reported: ask the volunteer now</source>
        <translation type="unfinished">
            <numerusform>%n pryder wedi&apos;u codi yn {0}, dim ond {1} wedi&apos;u hadrodd: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;i godi yn {0}, {1} wedi&apos;i adrodd: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;u codi yn {0}, dim ond {1} wedi&apos;u hadrodd: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;u codi yn {0}, dim ond {1} wedi&apos;u hadrodd: holwch y gwirfoddolwr nawr</numerusform>
            <numerusform>%n pryder wedi&apos;u codi yn {0}, dim ond {1} wedi&apos;u hadrodd: holwch y gwirfoddolwr nawr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="178"/>
        <source>No contact recorded since the code was assigned</source>
        <translation type="unfinished">Dim cyswllt wedi&apos;i gofnodi ers neilltuo&apos;r cod</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="179"/>
        <source>No contact for %n week(s); the last was in the {0}</source>
        <translation type="unfinished">
            <numerusform>Dim cyswllt ers %n wythnos; roedd yr olaf yn {0}</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos; roedd yr olaf yn {0}</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos; roedd yr olaf yn {0}</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos; roedd yr olaf yn {0}</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos; roedd yr olaf yn {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="183"/>
        <source>Sent by device {0} in %n week(s), latest the {1}, but not assigned to this volunteer</source>
        <translation type="unfinished">
            <numerusform>Wedi&apos;i anfon gan ddyfais {0} mewn %n wythnos, yr olaf yn {1}, ond heb ei neilltuo i&apos;r gwirfoddolwr hwn</numerusform>
            <numerusform>Wedi&apos;i anfon gan ddyfais {0} mewn %n wythnos, yr olaf yn {1}, ond heb ei neilltuo i&apos;r gwirfoddolwr hwn</numerusform>
            <numerusform>Wedi&apos;i anfon gan ddyfais {0} mewn %n wythnos, yr olaf yn {1}, ond heb ei neilltuo i&apos;r gwirfoddolwr hwn</numerusform>
            <numerusform>Wedi&apos;i anfon gan ddyfais {0} mewn %n wythnos, yr olaf yn {1}, ond heb ei neilltuo i&apos;r gwirfoddolwr hwn</numerusform>
            <numerusform>Wedi&apos;i anfon gan ddyfais {0} mewn %n wythnos, yr olaf yn {1}, ond heb ei neilltuo i&apos;r gwirfoddolwr hwn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="189"/>
        <source>Bundles never received: {0}</source>
        <translation type="unfinished">Bwndeli na chyrhaeddodd erioed: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="192"/>
        <source>Waiting for approval; %n bundle(s) held until then</source>
        <translation type="unfinished">
            <numerusform>Yn aros am gymeradwyaeth; %n bwndel wedi&apos;u dal tan hynny</numerusform>
            <numerusform>Yn aros am gymeradwyaeth; %n bwndel wedi&apos;i ddal tan hynny</numerusform>
            <numerusform>Yn aros am gymeradwyaeth; %n bwndel wedi&apos;u dal tan hynny</numerusform>
            <numerusform>Yn aros am gymeradwyaeth; %n bwndel wedi&apos;u dal tan hynny</numerusform>
            <numerusform>Yn aros am gymeradwyaeth; %n bwndel wedi&apos;u dal tan hynny</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="193"/>
        <source>Waiting for approval</source>
        <translation type="unfinished">Yn aros am gymeradwyaeth</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="195"/>
        <source>%n bundle(s) held</source>
        <translation type="unfinished">
            <numerusform>%n bwndel wedi&apos;u dal</numerusform>
            <numerusform>%n bwndel wedi&apos;i ddal</numerusform>
            <numerusform>%n bwndel wedi&apos;u dal</numerusform>
            <numerusform>%n bwndel wedi&apos;u dal</numerusform>
            <numerusform>%n bwndel wedi&apos;u dal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="196"/>
        <source>%n follow-up(s) wanted in the {0}</source>
        <translation type="unfinished">
            <numerusform>%n peth i ddilyn i fyny yn {0}</numerusform>
            <numerusform>%n peth i ddilyn i fyny yn {0}</numerusform>
            <numerusform>%n peth i ddilyn i fyny yn {0}</numerusform>
            <numerusform>%n peth i ddilyn i fyny yn {0}</numerusform>
            <numerusform>%n peth i ddilyn i fyny yn {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="74"/>
        <source>Approve a device</source>
        <translation type="unfinished">Cymeradwyo dyfais</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="75"/>
        <source>Device {0}</source>
        <translation type="unfinished">Dyfais {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="66"/>
        <source>Volunteer code</source>
        <translation type="unfinished">Cod gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="66"/>
        <source>e.g. V-07</source>
        <translation type="unfinished">e.e. V-07</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="68"/>
        <source>&amp;Volunteer code:</source>
        <translation type="unfinished">Cod &amp;gwirfoddolwr:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="76"/>
        <source>It first sent a bundle on {0}. Ask the volunteer to read out the fingerprint shown under Sharing in their logbook, and type what you hear.</source>
        <translation type="unfinished">Anfonodd fwndel gyntaf ar {0}. Gofynnwch i&apos;r gwirfoddolwr ddarllen yn uchel yr ôl bys a ddangosir dan Rhannu yn ei lyfr cofnodion, a theipiwch yr hyn a glywch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="79"/>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Cymeradwyo</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="98"/>
        <source>Assign a match code</source>
        <translation type="unfinished">Neilltuo cod pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="100"/>
        <source>Match code</source>
        <translation type="unfinished">Cod pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="101"/>
        <source>e.g. M-0042</source>
        <translation type="unfinished">e.e. M-0042</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="103"/>
        <source>Volunteer code</source>
        <translation type="unfinished">Cod gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="103"/>
        <source>e.g. V-07</source>
        <translation type="unfinished">e.e. V-07</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="108"/>
        <source>The volunteer&apos;s devices may then send this match code; from anyone else&apos;s it is flagged.</source>
        <translation type="unfinished">Caiff dyfeisiau&apos;r gwirfoddolwr anfon y cod pâr hwn wedyn; o ddyfais unrhyw un arall, caiff ei nodi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="115"/>
        <source>&amp;Match code:</source>
        <translation type="unfinished">Cod &amp;pâr:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="116"/>
        <source>&amp;Volunteer code:</source>
        <translation type="unfinished">Cod &amp;gwirfoddolwr:</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="428"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="428"/>
        <source>Volunteer</source>
        <translation type="unfinished">Gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="428"/>
        <source>Ended</source>
        <translation type="unfinished">Daeth i ben</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>The original English text.</source>
        <translation type="unfinished">Mae’r cyfieithiad Cymraeg hwn yn aros am adolygiad gan siaradwr Cymraeg iaith gyntaf (awaiting review by a native speaker).</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="53"/>
        <source>Change passphrase</source>
        <translation type="unfinished">Newid cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="55"/>
        <source>Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="60"/>
        <source>&amp;Current:</source>
        <translation type="unfinished">&amp;Presennol:</translation>
    </message>
</context>
<context>
    <name>ConcernAdditionDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="248"/>
        <source>Correct the concern</source>
        <translation type="unfinished">Cywiro&apos;r pryder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="248"/>
        <source>Add a note</source>
        <translation type="unfinished">Ychwanegu nodyn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="251"/>
        <source>The correction is added with its date. What was first written is kept and shown beside it: safeguarding records never change silently.</source>
        <translation type="unfinished">Caiff y cywiriad ei ychwanegu gyda&apos;i ddyddiad. Cedwir yr hyn a ysgrifennwyd gyntaf a&apos;i ddangos wrth ei ochr: nid yw cofnodion diogelu byth yn newid yn dawel.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="255"/>
        <source>A dated follow-up note, such as “Spoke to the lead again”.</source>
        <translation type="unfinished">Nodyn dilynol â dyddiad arno, fel “Siaradais â&apos;r arweinydd eto”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="259"/>
        <source>Field to correct</source>
        <translation type="unfinished">Maes i&apos;w gywiro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="266"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="268"/>
        <source>Corrected text</source>
        <translation type="unfinished">Testun wedi&apos;i gywiro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="268"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="269"/>
        <source>The field as it should read</source>
        <translation type="unfinished">Y maes fel y dylai ddarllen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="269"/>
        <source>What happened since</source>
        <translation type="unfinished">Beth sydd wedi digwydd ers hynny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="276"/>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;Ar:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="278"/>
        <source>&amp;Field:</source>
        <translation type="unfinished">&amp;Maes:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="279"/>
        <source>&amp;Text:</source>
        <translation type="unfinished">&amp;Testun:</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="78"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished">Codi pryder diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="80"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="82"/>
        <source>(choose who it is about)</source>
        <translation type="unfinished">(dewiswch am bwy mae&apos;n sôn)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="89"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="91"/>
        <source>Record a time</source>
        <translation type="unfinished">Cofnodi amser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="94"/>
        <location filename="../../ui/screens/concerns.py" line="151"/>
        <source>Time</source>
        <translation type="unfinished">Amser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="97"/>
        <source>Where</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="99"/>
        <source>What was seen or said</source>
        <translation type="unfinished">Beth a welwyd neu a ddywedwyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="100"/>
        <source>What you saw, or what they said, in their own words where you can</source>
        <translation type="unfinished">Beth a welsoch chi, neu beth a ddywedon nhw, yn eu geiriau eu hunain lle gallwch</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="102"/>
        <source>Facts</source>
        <translation type="unfinished">Ffeithiau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="102"/>
        <source>What you know for certain</source>
        <translation type="unfinished">Beth rydych chi&apos;n ei wybod yn sicr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="104"/>
        <source>Opinion</source>
        <translation type="unfinished">Barn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="104"/>
        <source>What you think or worry about, kept apart from facts</source>
        <translation type="unfinished">Beth rydych chi&apos;n ei feddwl neu&apos;n poeni amdano, ar wahân i&apos;r ffeithiau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="106"/>
        <source>Action taken</source>
        <translation type="unfinished">Camau a gymerwyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="106"/>
        <source>What you did about it</source>
        <translation type="unfinished">Beth wnaethoch chi yn ei gylch</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="90"/>
        <source>a&amp;t</source>
        <translation type="unfinished">a&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="107"/>
        <source>I have already &amp;reported it</source>
        <translation type="unfinished">Rydw i eisoes wedi&apos;i a&amp;drodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="108"/>
        <source>Already reported</source>
        <translation type="unfinished">Wedi&apos;i adrodd eisoes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="110"/>
        <source>Reported to</source>
        <translation type="unfinished">Wedi&apos;i adrodd i</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="114"/>
        <source>Who to report to</source>
        <translation type="unfinished">I bwy i adrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="116"/>
        <source>Report this to your safeguarding lead today: {0}.</source>
        <translation type="unfinished">Adroddwch hyn i&apos;ch arweinydd diogelu heddiw: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="119"/>
        <source>Report this today to your organisation&apos;s safeguarding lead. If you do not know who that is, ask your coordinator now.</source>
        <translation type="unfinished">Adroddwch hyn heddiw i arweinydd diogelu eich sefydliad. Os nad ydych chi&apos;n gwybod pwy yw hwnnw, gofynnwch i&apos;ch cydlynydd nawr.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="141"/>
        <source>&amp;Match:</source>
        <translation type="unfinished">&amp;Pâr:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="141"/>
        <source>&amp;When:</source>
        <translation type="unfinished">P&amp;ryd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="142"/>
        <source>W&amp;here:</source>
        <translation type="unfinished">&amp;Ble:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="142"/>
        <source>&amp;Seen or said:</source>
        <translation type="unfinished">&amp;Gwelwyd neu dywedwyd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="143"/>
        <source>&amp;Facts:</source>
        <translation type="unfinished">&amp;Ffeithiau:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="143"/>
        <source>&amp;Opinion:</source>
        <translation type="unfinished">B&amp;arn:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="144"/>
        <source>&amp;Action taken:</source>
        <translation type="unfinished">&amp;Camau a gymerwyd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="145"/>
        <source>Reported to:</source>
        <translation type="unfinished">Wedi&apos;i adrodd i:</translation>
    </message>
</context>
<context>
    <name>ConcernPdf</name>
    <message>
        <location filename="../../ui/concern_pdf.py" line="27"/>
        <source>Confidential. Recorded by the volunteer; handle under your safeguarding policy.</source>
        <translation type="unfinished">Cyfrinachol. Wedi&apos;i gofnodi gan y gwirfoddolwr; ymdriniwch ag ef dan eich polisi diogelu.</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="80"/>
        <source>Not yet reported</source>
        <translation type="unfinished">Heb ei adrodd eto</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="84"/>
        <source>Person (match)</source>
        <translation type="unfinished">Unigolyn (pâr)</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="85"/>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="36"/>
        <source>Where</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="37"/>
        <source>What was seen or said (their own words)</source>
        <translation type="unfinished">Beth a welwyd neu a ddywedwyd (yn eu geiriau eu hunain)</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="40"/>
        <source>Facts</source>
        <translation type="unfinished">Ffeithiau</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="41"/>
        <source>Opinion (kept apart from facts)</source>
        <translation type="unfinished">Barn (ar wahân i&apos;r ffeithiau)</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="42"/>
        <source>Action taken</source>
        <translation type="unfinished">Camau a gymerwyd</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="64"/>
        <source>Corrected. As first written:</source>
        <translation type="unfinished">Wedi&apos;i gywiro. Fel yr ysgrifennwyd gyntaf:</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="76"/>
        <source>{0}, on {1}</source>
        <translation type="unfinished">{0}, ar {1}</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="90"/>
        <source>Reported to, and when</source>
        <translation type="unfinished">Wedi&apos;i adrodd i bwy, a phryd</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="96"/>
        <source>{0}: follow-up note</source>
        <translation type="unfinished">{0}: nodyn dilynol</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="100"/>
        <source>{0}: correction of “{1}”</source>
        <translation type="unfinished">{0}: cywiriad i “{1}”</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="103"/>
        <source>(emptied)</source>
        <translation type="unfinished">(wedi&apos;i wagio)</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="106"/>
        <source>Follow-up notes and corrections</source>
        <translation type="unfinished">Nodiadau dilynol a chywiriadau</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="108"/>
        <location filename="../../ui/concern_pdf.py" line="124"/>
        <source>Safeguarding concern</source>
        <translation type="unfinished">Pryder diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/concern_pdf.py" line="140"/>
        <source>PDF</source>
        <translation type="unfinished">PDF</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <location filename="../../ui/models/concerns.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="56"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="57"/>
        <source>Reported</source>
        <translation type="unfinished">Wedi&apos;i adrodd</translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="58"/>
        <source>What was seen or said</source>
        <translation type="unfinished">Beth a welwyd neu a ddywedwyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="75"/>
        <source>NOT YET REPORTED</source>
        <translation type="unfinished">HEB EI ADRODD ETO</translation>
    </message>
    <message>
        <location filename="../../ui/models/concerns.py" line="77"/>
        <source>to {0}, {1}</source>
        <translation type="unfinished">i {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ConcernsScreen</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="371"/>
        <source>Safeguarding concerns</source>
        <translation type="unfinished">Pryderon diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="378"/>
        <source>The chosen concern in full</source>
        <translation type="unfinished">Y pryder a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="381"/>
        <source>Choose a concern above to read it in full.</source>
        <translation type="unfinished">Dewiswch bryder uchod i&apos;w ddarllen yn llawn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="390"/>
        <source>Safeguarding concerns are kept apart from your notes. Only the fact that a concern was raised, and whether it was reported, is ever sent to your organisation in a summary.</source>
        <translation type="unfinished">Cedwir pryderon diogelu ar wahân i&apos;ch nodiadau. Dim ond y ffaith bod pryder wedi&apos;i godi, ac a gafodd ei adrodd, a anfonir byth at eich sefydliad mewn crynodeb.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="396"/>
        <source>Raise a &amp;concern…</source>
        <translation type="unfinished">C&amp;odi pryder…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="397"/>
        <source>Add a &amp;note…</source>
        <translation type="unfinished">&amp;Ychwanegu nodyn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="398"/>
        <source>C&amp;orrect…</source>
        <translation type="unfinished">&amp;Cywiro…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="399"/>
        <source>Mark report&amp;ed…</source>
        <translation type="unfinished">&amp;Nodi ei fod wedi&apos;i adrodd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="400"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished">Cadw fel PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="408"/>
        <source>Where the PDF was saved</source>
        <translation type="unfinished">Ble cafodd y PDF ei gadw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="468"/>
        <source>Read in full</source>
        <translation type="unfinished">Darllen yn llawn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="469"/>
        <source>Add a note…</source>
        <translation type="unfinished">Ychwanegu nodyn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="470"/>
        <source>Correct…</source>
        <translation type="unfinished">Cywiro…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="471"/>
        <source>Mark reported…</source>
        <translation type="unfinished">Nodi ei fod wedi&apos;i adrodd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="472"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="506"/>
        <source>Save concern as PDF (not encrypted)</source>
        <translation type="unfinished">Cadw&apos;r pryder fel PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="520"/>
        <source>Saved to {0}. This PDF is not encrypted: anyone who can open the file can read it. Give it only to your safeguarding lead, then delete it.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {0}. Nid yw&apos;r PDF hwn wedi&apos;i amgryptio: gall unrhyw un sy&apos;n gallu agor y ffeil ei ddarllen. Rhowch ef i&apos;ch arweinydd diogelu yn unig, yna dilëwch ef.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="507"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CoordinatorArea</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="101"/>
        <location filename="../../ui/screens/coordinator.py" line="102"/>
        <source>Actions</source>
        <translation type="unfinished">Camau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="104"/>
        <source>Refresh</source>
        <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="106"/>
        <source>Back up &amp;keys…</source>
        <translation type="unfinished">Copi wrth gefn o&apos;r &amp;allweddi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="113"/>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Cloi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="122"/>
        <source>Organisation</source>
        <translation type="unfinished">Sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="123"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished">Ôl bys y sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="129"/>
        <source>Fingerprint:</source>
        <translation type="unfinished">Ôl bys:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="134"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="138"/>
        <source>Opening…</source>
        <translation type="unfinished">Yn agor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="142"/>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="143"/>
        <source>&amp;Try again</source>
        <translation type="unfinished">&amp;Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="146"/>
        <source>The coordinator database did not open</source>
        <translation type="unfinished">Ni agorodd cronfa ddata&apos;r cydlynydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="151"/>
        <source>Sections</source>
        <translation type="unfinished">Adrannau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="214"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished">&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="215"/>
        <source>De&amp;vices</source>
        <translation type="unfinished">D&amp;yfeisiau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="216"/>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="220"/>
        <source>&amp;Reports</source>
        <translation type="unfinished">&amp;Adroddiadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="271"/>
        <source>Acknowledged by {0}: it leaves the list until it is newly true.</source>
        <translation type="unfinished">Cydnabuwyd gan {0}: mae&apos;n gadael y rhestr nes y bydd yn wir o&apos;r newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="285"/>
        <source>Key backup saved: {0}. Keep it offline, apart from its passphrase.</source>
        <translation type="unfinished">Cadwyd copi wrth gefn yr allweddi: {0}. Cadwch ef all-lein, ar wahân i&apos;w gyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>CoordinatorMatchesModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="250"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="250"/>
        <source>Volunteer</source>
        <translation type="unfinished">Gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="250"/>
        <source>Last contact</source>
        <translation type="unfinished">Cyswllt olaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="251"/>
        <source>Weeks</source>
        <translation type="unfinished">Wythnosau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="251"/>
        <source>Contacts</source>
        <translation type="unfinished">Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="251"/>
        <source>Notes</source>
        <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="255"/>
        <source>Whole weeks since the last contact</source>
        <translation type="unfinished">Wythnosau cyfan ers y cyswllt olaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="256"/>
        <source>Visits and conversations in the last 4 weeks</source>
        <translation type="unfinished">Ymweliadau a sgyrsiau yn y 4 wythnos diwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="266"/>
        <source>unassigned</source>
        <translation type="unfinished">heb ei neilltuo</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="268"/>
        <source>none yet</source>
        <translation type="unfinished">dim eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="275"/>
        <source>%n concern(s) not reported</source>
        <translation type="unfinished">
            <numerusform>%n pryder heb eu hadrodd</numerusform>
            <numerusform>%n pryder heb ei adrodd</numerusform>
            <numerusform>%n pryder heb eu hadrodd</numerusform>
            <numerusform>%n pryder heb eu hadrodd</numerusform>
            <numerusform>%n pryder heb eu hadrodd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="277"/>
        <source>sent by another volunteer&apos;s device</source>
        <translation type="unfinished">wedi&apos;i anfon gan ddyfais gwirfoddolwr arall</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="279"/>
        <source>code not assigned</source>
        <translation type="unfinished">cod heb ei neilltuo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="304"/>
        <source>%n in the last 4 weeks</source>
        <translation type="unfinished">
            <numerusform>%n yn y 4 wythnos diwethaf</numerusform>
            <numerusform>%n yn y 4 wythnos diwethaf</numerusform>
            <numerusform>%n yn y 4 wythnos diwethaf</numerusform>
            <numerusform>%n yn y 4 wythnos diwethaf</numerusform>
            <numerusform>%n yn y 4 wythnos diwethaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="306"/>
        <source>%n in all</source>
        <translation type="unfinished">
            <numerusform>%n i gyd</numerusform>
            <numerusform>%n i gyd</numerusform>
            <numerusform>%n i gyd</numerusform>
            <numerusform>%n i gyd</numerusform>
            <numerusform>%n i gyd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateOrganisation</name>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="50"/>
        <source>Cannot write the {0} to {1}: {2}.</source>
        <translation type="unfinished">Methu ag ysgrifennu&apos;r {0} i {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="72"/>
        <source>Cannot save in {0}: the folder is missing or read-only.</source>
        <translation type="unfinished">Methu â chadw yn {0}: mae&apos;r ffolder ar goll neu&apos;n ddarllen-yn-unig.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="79"/>
        <source>enrolment file</source>
        <translation type="unfinished">ffeil ymrestru</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="81"/>
        <source>mailbox server&apos;s settings</source>
        <translation type="unfinished">gosodiadau gweinydd y blwch post</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="89"/>
        <source>The organisation was created: write its enrolment file with `logbook org publish --out FILE` and the server&apos;s settings with `logbook org server-config --out FILE`.</source>
        <translation type="unfinished">Crëwyd y sefydliad: ysgrifennwch ei ffeil ymrestru gyda `logbook org publish --out FILE` a gosodiadau&apos;r gweinydd gyda `logbook org server-config --out FILE`.</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationPage</name>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="120"/>
        <source>This is a coordinator profile. Create your organisation first: its keys stay in this profile, encrypted. Volunteers join with the enrolment file saved here, after you read them its fingerprint.</source>
        <translation type="unfinished">Proffil cydlynydd yw hwn. Crëwch eich sefydliad yn gyntaf: mae ei allweddi&apos;n aros yn y proffil hwn, wedi&apos;u hamgryptio. Mae gwirfoddolwyr yn ymuno gyda&apos;r ffeil ymrestru a gedwir yma, ar ôl i chi ddarllen ei ôl bys iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="127"/>
        <source>Organisation name</source>
        <translation type="unfinished">Enw’r sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="128"/>
        <source>e.g. Hilltop Befriending</source>
        <translation type="unfinished">e.e. Cyfeillio Pen y Bryn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="130"/>
        <location filename="../../ui/screens/coordinator_setup.py" line="216"/>
        <source>Save the enrolment file as</source>
        <translation type="unfinished">Cadw&apos;r ffeil ymrestru fel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">D&amp;ewis…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="132"/>
        <source>Choose where to save the enrolment file</source>
        <translation type="unfinished">Dewis ble i gadw&apos;r ffeil ymrestru</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="138"/>
        <source>The mailbox server&apos;s settings ({0}, holding only hashes of its tokens) are saved in the same folder.</source>
        <translation type="unfinished">Caiff gosodiadau gweinydd y blwch post ({0}, sy&apos;n dal stwnsh ei docynnau yn unig) eu cadw yn yr un ffolder.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="144"/>
        <source>&amp;Create the organisation</source>
        <translation type="unfinished">&amp;Creu&apos;r sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="146"/>
        <source>&amp;Enrolment file:</source>
        <translation type="unfinished">Ffeil &amp;ymrestru:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="149"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="152"/>
        <source>Create your organisation</source>
        <translation type="unfinished">Creu eich sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="167"/>
        <source>Its fingerprint: read it to each volunteer as they join.</source>
        <translation type="unfinished">Ei ôl bys: darllenwch ef i bob gwirfoddolwr wrth iddyn nhw ymuno.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="169"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished">Ôl bys y sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="172"/>
        <source>Files saved</source>
        <translation type="unfinished">Ffeiliau wedi&apos;u cadw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="175"/>
        <source>Next, back up the organisation&apos;s keys and keep the backup offline:</source>
        <translation type="unfinished">Nesaf, gwnewch gopi wrth gefn o allweddi&apos;r sefydliad a chadwch y copi all-lein:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="178"/>
        <source>&amp;Back up the keys…</source>
        <translation type="unfinished">Gwneud copi wrth gefn o&apos;r &amp;allweddi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="181"/>
        <source>Key backup</source>
        <translation type="unfinished">Copi wrth gefn yr allweddi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="183"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished">&amp;Parhau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="209"/>
        <source>Key backup saved: {0}</source>
        <translation type="unfinished">Cadwyd copi wrth gefn yr allweddi: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="217"/>
        <source>Enrolment files (*{0})</source>
        <translation type="unfinished">Ffeiliau ymrestru (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="225"/>
        <source>Give the organisation a name.</source>
        <translation type="unfinished">Rhowch enw i&apos;r sefydliad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="229"/>
        <source>Choose where to save the enrolment file.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r ffeil ymrestru.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="239"/>
        <source>Created “{0}”</source>
        <translation type="unfinished">Crëwyd “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_setup.py" line="247"/>
        <source>Enrolment file for volunteers: {0}
Settings for the mailbox server: {1}</source>
        <translation type="unfinished">Ffeil ymrestru i wirfoddolwyr: {0}
Gosodiadau ar gyfer gweinydd y blwch post: {1}</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="32"/>
        <source>Profile name</source>
        <translation type="unfinished">Enw’r proffil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="33"/>
        <source>e.g. your first name</source>
        <translation type="unfinished">e.e. eich enw cyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="34"/>
        <source>A c&amp;oordinator&apos;s profile</source>
        <translation type="unfinished">Proffil c&amp;ydlynydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="35"/>
        <source>Coordinator profile</source>
        <translation type="unfinished">Proffil cydlynydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="37"/>
        <source>For whoever runs the scheme: it holds the organisation&apos;s keys and what volunteers send. Volunteers leave this unticked.</source>
        <translation type="unfinished">I bwy bynnag sy&apos;n rhedeg y cynllun: mae&apos;n dal allweddi&apos;r sefydliad a&apos;r hyn y mae gwirfoddolwyr yn ei anfon. Mae gwirfoddolwyr yn gadael hwn heb ei dicio.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="44"/>
        <source>&amp;Create profile</source>
        <translation type="unfinished">Creu &amp;proffil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="45"/>
        <source>Create profile</source>
        <translation type="unfinished">Creu proffil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="47"/>
        <location filename="../../ui/screens/create_profile.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="52"/>
        <source>New profile</source>
        <translation type="unfinished">Proffil newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="54"/>
        <source>Everything you write is encrypted on this laptop with your passphrase. Choose one only you know: several words are easier to remember and harder to guess than a short password.</source>
        <translation type="unfinished">Caiff popeth a ysgrifennwch ei amgryptio ar y gliniadur hwn gyda&apos;ch cyfrinymadrodd. Dewiswch un mai dim ond chi sy&apos;n ei wybod: mae sawl gair yn haws eu cofio ac yn anos eu dyfalu na chyfrinair byr.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="58"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="94"/>
        <source>Name: {0}</source>
        <translation type="unfinished">Enw: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/create_profile.py" line="106"/>
        <source>Creating your encrypted profile…</source>
        <translation type="unfinished">Yn creu eich proffil wedi&apos;i amgryptio…</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="115"/>
        <source>Summary</source>
        <translation type="unfinished">Crynodeb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_dashboard.py" line="120"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="121"/>
        <source> week(s)</source>
        <translation type="unfinished">
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="122"/>
        <source>Alert after this many weeks without contact</source>
        <translation type="unfinished">Rhybuddio ar ôl hyn o wythnosau heb gyswllt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="123"/>
        <source>Alert after &amp;no contact for:</source>
        <translation type="unfinished">Rhybuddio ar ôl dim &amp;cyswllt am:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="130"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="175"/>
        <source>Alerts</source>
        <translation type="unfinished">Rhybuddion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="131"/>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="132"/>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished">Does dim angen eich sylw.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="136"/>
        <source>Acknowledged alerts</source>
        <translation type="unfinished">Rhybuddion a gydnabuwyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="138"/>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished">Cyd&amp;nabod…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="139"/>
        <source>Acknowledge</source>
        <translation type="unfinished">Cydnabod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="141"/>
        <source>Take the selected alert off the list until it is newly true</source>
        <translation type="unfinished">Tynnu&apos;r rhybudd a ddewiswyd oddi ar y rhestr nes y bydd yn wir o&apos;r newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="156"/>
        <source>Matches and their last contact</source>
        <translation type="unfinished">Parau a&apos;u cyswllt olaf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="158"/>
        <source>Volunteer activity</source>
        <translation type="unfinished">Gweithgarwch gwirfoddolwyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="162"/>
        <source>Mean first and latest score of the matches scored at least twice.</source>
        <translation type="unfinished">Sgôr gyntaf a diweddaraf gymedrig y parau a sgoriwyd o leiaf ddwywaith.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="163"/>
        <source>About the outcome chart</source>
        <translation type="unfinished">Am y siart canlyniadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="166"/>
        <source>Contacts: visits and conversations of the last 4 weeks.</source>
        <translation type="unfinished">Cysylltiadau: ymweliadau a sgyrsiau y 4 wythnos diwethaf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="167"/>
        <source>About the matches table</source>
        <translation type="unfinished">Am y tabl parau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="170"/>
        <source>Contacts and hours of the last 4 weeks.</source>
        <translation type="unfinished">Cysylltiadau ac oriau&apos;r 4 wythnos diwethaf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="171"/>
        <source>About the volunteers table</source>
        <translation type="unfinished">Am y tabl gwirfoddolwyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="176"/>
        <source>Matches</source>
        <translation type="unfinished">Parau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="178"/>
        <source>Volunteers</source>
        <translation type="unfinished">Gwirfoddolwyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="180"/>
        <source>Contacts per month</source>
        <translation type="unfinished">Cysylltiadau y mis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="182"/>
        <source>Outcome change</source>
        <translation type="unfinished">Newid mewn canlyniad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_dashboard.py" line="259"/>
        <source>Show &amp;acknowledged (%n)</source>
        <translation type="unfinished">
            <numerusform>Dan&amp;gos y rhai a gydnabuwyd (%n)</numerusform>
            <numerusform>Dan&amp;gos y rhai a gydnabuwyd (%n)</numerusform>
            <numerusform>Dan&amp;gos y rhai a gydnabuwyd (%n)</numerusform>
            <numerusform>Dan&amp;gos y rhai a gydnabuwyd (%n)</numerusform>
            <numerusform>Dan&amp;gos y rhai a gydnabuwyd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="260"/>
        <source>Show acknowledged alerts</source>
        <translation type="unfinished">Dangos y rhybuddion a gydnabuwyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="297"/>
        <source>Matches: {0}</source>
        <translation type="unfinished">Parau: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="298"/>
        <source>Volunteers: {0}</source>
        <translation type="unfinished">Gwirfoddolwyr: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="301"/>
        <source>Unreported concerns: {0}</source>
        <translation type="unfinished">Pryderon heb eu hadrodd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_dashboard.py" line="303"/>
        <source>Without recent contact: {0}</source>
        <translation type="unfinished">Heb gyswllt diweddar: {0}</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="358"/>
        <source>Device</source>
        <translation type="unfinished">Dyfais</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="358"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="358"/>
        <source>Volunteer</source>
        <translation type="unfinished">Gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="359"/>
        <source>Fingerprint</source>
        <translation type="unfinished">Ôl bys</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="359"/>
        <source>Held</source>
        <translation type="unfinished">Wedi&apos;u dal</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="359"/>
        <source>Missing</source>
        <translation type="unfinished">Ar goll</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="360"/>
        <source>Last seen</source>
        <translation type="unfinished">Gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="365"/>
        <source>Whether you typed the fingerprint the volunteer read out, and it matched</source>
        <translation type="unfinished">A wnaethoch chi deipio&apos;r ôl bys a ddarllenodd y gwirfoddolwr, ac a oedd yn cyfateb</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="367"/>
        <source>Bundles kept until the device is approved</source>
        <translation type="unfinished">Bwndeli a gedwir nes i&apos;r ddyfais gael ei chymeradwyo</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="368"/>
        <source>Bundle numbers never received (lost, or still on the way)</source>
        <translation type="unfinished">Rhifau bwndeli na chyrhaeddodd erioed (ar goll, neu&apos;n dal ar y ffordd)</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="369"/>
        <source>When its latest bundle arrived</source>
        <translation type="unfinished">Pryd y cyrhaeddodd ei fwndel diweddaraf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="374"/>
        <source>Waiting for approval</source>
        <translation type="unfinished">Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="375"/>
        <source>Approved</source>
        <translation type="unfinished">Wedi&apos;i chymeradwyo</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="376"/>
        <source>Revoked</source>
        <translation type="unfinished">Wedi&apos;i dirymu</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="389"/>
        <source>Confirmed</source>
        <translation type="unfinished">Wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="389"/>
        <source>Not yet</source>
        <translation type="unfinished">Ddim eto</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="180"/>
        <location filename="../../ui/screens/coordinator_devices.py" line="200"/>
        <source>Devices</source>
        <translation type="unfinished">Dyfeisiau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="182"/>
        <source>Match codes and their volunteers</source>
        <translation type="unfinished">Codau pâr a&apos;u gwirfoddolwyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="186"/>
        <source>No device has sent a bundle yet. A volunteer&apos;s laptop appears here with its first bundle; approve it once they have read you its fingerprint.</source>
        <translation type="unfinished">Nid oes unrhyw ddyfais wedi anfon bwndel eto. Mae gliniadur gwirfoddolwr yn ymddangos yma gyda&apos;i fwndel cyntaf; cymeradwywch ef ar ôl iddyn nhw ddarllen ei ôl bys i chi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="190"/>
        <source>No devices yet</source>
        <translation type="unfinished">Dim dyfeisiau eto</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="191"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished">&amp;Cymeradwyo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="192"/>
        <source>Rev&amp;oke…</source>
        <translation type="unfinished">D&amp;irymu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="193"/>
        <source>A&amp;ssign a match code…</source>
        <translation type="unfinished">&amp;Neilltuo cod pâr…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="194"/>
        <source>&amp;End…</source>
        <translation type="unfinished">Dod â&apos;r pâr i &amp;ben…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="194"/>
        <source>End the match</source>
        <translation type="unfinished">Dod â&apos;r pâr i ben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="195"/>
        <source>&amp;Unassign…</source>
        <translation type="unfinished">Dad-neill&amp;tuo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="196"/>
        <source>Unassign the match code</source>
        <translation type="unfinished">Dad-neilltuo&apos;r cod pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="209"/>
        <source>Match codes</source>
        <translation type="unfinished">Codau pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="348"/>
        <source>The mailbox could not be told yet ({0}); it is told at the next pull.</source>
        <translation type="unfinished">Nid oedd modd dweud wrth y blwch post eto ({0}); caiff wybod wrth y tynnu nesaf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="377"/>
        <source>Approved {0} for volunteer {1}.</source>
        <translation type="unfinished">Cymeradwywyd {0} ar gyfer gwirfoddolwr {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="379"/>
        <source>Imported %n held bundle(s).</source>
        <translation type="unfinished">
            <numerusform>Mewnforiwyd %n bwndel a ddaliwyd.</numerusform>
            <numerusform>Mewnforiwyd %n bwndel a ddaliwyd.</numerusform>
            <numerusform>Mewnforiwyd %n bwndel a ddaliwyd.</numerusform>
            <numerusform>Mewnforiwyd %n bwndel a ddaliwyd.</numerusform>
            <numerusform>Mewnforiwyd %n bwndel a ddaliwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="381"/>
        <source>%n held bundle(s) could not be imported; see Import.</source>
        <translation type="unfinished">
            <numerusform>Nid oedd modd mewnforio %n bwndel a ddaliwyd; gweler Mewnforio.</numerusform>
            <numerusform>Nid oedd modd mewnforio %n bwndel a ddaliwyd; gweler Mewnforio.</numerusform>
            <numerusform>Nid oedd modd mewnforio %n bwndel a ddaliwyd; gweler Mewnforio.</numerusform>
            <numerusform>Nid oedd modd mewnforio %n bwndel a ddaliwyd; gweler Mewnforio.</numerusform>
            <numerusform>Nid oedd modd mewnforio %n bwndel a ddaliwyd; gweler Mewnforio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="391"/>
        <source>Revoke device {0}? Its bundles will be refused from now on, and it cannot be approved again. What it sent before stays.</source>
        <translation type="unfinished">Dirymu dyfais {0}? Caiff ei bwndeli eu gwrthod o hyn ymlaen, ac ni ellir ei chymeradwyo eto. Mae&apos;r hyn a anfonodd o&apos;r blaen yn aros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_devices.py" line="395"/>
        <source>Its %n held bundle(s) will be dropped.</source>
        <translation type="unfinished">
            <numerusform>Caiff ei %n bwndel a ddaliwyd eu gollwng.</numerusform>
            <numerusform>Caiff ei %n bwndel a ddaliwyd ei ollwng.</numerusform>
            <numerusform>Caiff ei %n bwndel a ddaliwyd eu gollwng.</numerusform>
            <numerusform>Caiff ei %n bwndel a ddaliwyd eu gollwng.</numerusform>
            <numerusform>Caiff ei %n bwndel a ddaliwyd eu gollwng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="396"/>
        <source>Revoke a device</source>
        <translation type="unfinished">Dirymu dyfais</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="398"/>
        <source>&amp;Revoke</source>
        <translation type="unfinished">&amp;Dirymu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="400"/>
        <source>Revoke</source>
        <translation type="unfinished">Dirymu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="317"/>
        <location filename="../../ui/screens/coordinator_devices.py" line="401"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="298"/>
        <source>{0} has ended.</source>
        <translation type="unfinished">Daeth {0} i ben.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="308"/>
        <source>Take {0} back from {1}? Their devices may no longer send it: their logbook holds its weeks back from now on, and what they send under it is flagged. To move it to another volunteer, assign it to them instead.</source>
        <translation type="unfinished">Cymryd {0} yn ôl gan {1}? Ni chaiff eu dyfeisiau ei anfon mwyach: mae eu llyfr cofnodion yn dal ei wythnosau&apos;n ôl o hyn ymlaen, a chaiff yr hyn a anfonant dano ei nodi. I&apos;w symud at wirfoddolwr arall, neilltuwch ef iddo yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="312"/>
        <source>Unassign a match code</source>
        <translation type="unfinished">Dad-neilltuo cod pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="314"/>
        <source>&amp;Unassign</source>
        <translation type="unfinished">&amp;Dad-neilltuo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="316"/>
        <source>Unassign</source>
        <translation type="unfinished">Dad-neilltuo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="331"/>
        <source>{0} is no longer assigned.</source>
        <translation type="unfinished">Nid yw {0} wedi&apos;i neilltuo mwyach.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="351"/>
        <source>The volunteer&apos;s logbook could not be told yet ({0}); it is at the next pull.</source>
        <translation type="unfinished">Nid oedd modd dweud wrth lyfr cofnodion y gwirfoddolwr eto ({0}); caiff wybod wrth y tynnu nesaf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="366"/>
        <source>Device {0} was not approved; nothing was changed.</source>
        <translation type="unfinished">Ni chymeradwywyd dyfais {0}; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="415"/>
        <source>Revoked {0}; its bundles will be refused from now on.</source>
        <translation type="unfinished">Dirymwyd {0}; caiff ei bwndeli eu gwrthod o hyn ymlaen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="431"/>
        <source>{0} is now {1}&apos;s match.</source>
        <translation type="unfinished">{0} yw pâr {1} bellach.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="80"/>
        <source>{0} {1}</source>
        <translation type="unfinished">{0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="172"/>
        <source>Discard changes</source>
        <translation type="unfinished">Taflu newidiadau</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_dialog.py" line="173"/>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation type="unfinished">Cau heb gadw? Bydd yr hyn a deipiwyd gennych yma yn cael ei golli.</translation>
    </message>
</context>
<context>
    <name>EndMatchDialog</name>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="140"/>
        <source>End a match</source>
        <translation type="unfinished">Dod â pâr i ben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="142"/>
        <source>End {0} ({1}&apos;s match)? Their logbook is told at its next sync and ends the match there too; no alert asks after it from now on. Assigning the code again reopens it.</source>
        <translation type="unfinished">Dod â {0} (pâr {1}) i ben? Caiff eu llyfr cofnodion wybod wrth gysoni nesaf a daw â&apos;r pâr i ben yno hefyd; ni fydd rhybudd yn holi amdano o hyn ymlaen. Mae neilltuo&apos;r cod eto yn ei ailagor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="150"/>
        <source>Ended on</source>
        <translation type="unfinished">Daeth i ben ar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_devices.py" line="154"/>
        <source>&amp;Ended on:</source>
        <translation type="unfinished">Daeth i ben &amp;ar:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="157"/>
        <source>Join your organisation</source>
        <translation type="unfinished">Ymuno â&apos;ch sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="159"/>
        <source>This enrolment file is signed by the organisation named above. Ask your coordinator to read out its fingerprint, and type what you hear.</source>
        <translation type="unfinished">Mae&apos;r ffeil ymrestru hon wedi&apos;i llofnodi gan y sefydliad a enwir uchod. Gofynnwch i&apos;ch cydlynydd ddarllen ei hôl bys yn uchel, a theipiwch yr hyn a glywch.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="162"/>
        <source>&amp;Join</source>
        <translation type="unfinished">&amp;Ymuno</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="114"/>
        <source>Minutes</source>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="115"/>
        <source>Notes</source>
        <translation type="unfinished">Nodiadau</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="72"/>
        <source>Edit entry</source>
        <translation type="unfinished">Golygu cofnod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="72"/>
        <source>New entry</source>
        <translation type="unfinished">Cofnod newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="79"/>
        <source>(none)</source>
        <translation type="unfinished">(dim)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="89"/>
        <source>at</source>
        <translation type="unfinished">am</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="95"/>
        <source>1 to 1440</source>
        <translation type="unfinished">1 i 1440</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="101"/>
        <location filename="../../ui/screens/entry_editor.py" line="105"/>
        <source>Not recorded</source>
        <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="108"/>
        <source>Activities</source>
        <translation type="unfinished">Gweithgareddau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="110"/>
        <source>Topics</source>
        <translation type="unfinished">Pynciau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="118"/>
        <source>I want to &amp;follow something up</source>
        <translation type="unfinished">Rwyf eisiau dilyn &amp;rhywbeth i fyny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>Kind of entry</source>
        <translation type="unfinished">Math o gofnod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="120"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="121"/>
        <source>Record a time</source>
        <translation type="unfinished">Cofnodi amser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="122"/>
        <location filename="../../ui/screens/entry_editor.py" line="155"/>
        <source>Time</source>
        <translation type="unfinished">Amser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="122"/>
        <source>Minutes</source>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="123"/>
        <source>Mode</source>
        <translation type="unfinished">Dull</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="123"/>
        <source>Place</source>
        <translation type="unfinished">Lle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="124"/>
        <source>How the person seemed</source>
        <translation type="unfinished">Sut roedd yr unigolyn yn ymddangos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="125"/>
        <source>Your own wellbeing</source>
        <translation type="unfinished">Eich lles eich hun</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="125"/>
        <source>Notes</source>
        <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="126"/>
        <source>Follow-up wanted</source>
        <translation type="unfinished">Angen dilyn i fyny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="142"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="142"/>
        <source>&amp;Match:</source>
        <translation type="unfinished">&amp;Pâr:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="143"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="143"/>
        <source>M&amp;inutes:</source>
        <translation type="unfinished">Munud&amp;au:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="144"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished">D&amp;ull:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="144"/>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Lle:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="145"/>
        <source>&amp;Seemed:</source>
        <translation type="unfinished">&amp;Ymddangos:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="146"/>
        <source>&amp;Wellbeing:</source>
        <translation type="unfinished">Ll&amp;es:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="147"/>
        <source>&amp;Activities:</source>
        <translation type="unfinished">&amp;Gweithgareddau:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="148"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished">Pyn&amp;ciau:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry_editor.py" line="149"/>
        <source>&amp;Notes (Markdown):</source>
        <translation type="unfinished">&amp;Nodiadau (Markdown):</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../ui/screens/common.py" line="25"/>
        <source>Error message</source>
        <translation type="unfinished">Neges gwall</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>File</source>
        <translation type="unfinished">Ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>Result</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="519"/>
        <source>Device</source>
        <translation type="unfinished">Dyfais</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="520"/>
        <source>Why</source>
        <translation type="unfinished">Pam</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="528"/>
        <source>(from the mailbox)</source>
        <translation type="unfinished">(o&apos;r blwch post)</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="529"/>
        <source>(held until approval)</source>
        <translation type="unfinished">(wedi&apos;i ddal tan gymeradwyaeth)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="535"/>
        <source>Imported %n week(s)</source>
        <translation type="unfinished">
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Bundle</source>
        <translation type="unfinished">Bwndel</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Result</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Device</source>
        <translation type="unfinished">Dyfais</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="453"/>
        <source>Weeks</source>
        <translation type="unfinished">Wythnosau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="454"/>
        <source>Why</source>
        <translation type="unfinished">Pam</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="463"/>
        <source>Imported</source>
        <translation type="unfinished">Mewnforiwyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="464"/>
        <source>Already imported</source>
        <translation type="unfinished">Wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="465"/>
        <source>Held</source>
        <translation type="unfinished">Wedi&apos;u dal</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="466"/>
        <source>Conflict</source>
        <translation type="unfinished">Gwrthdaro</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="467"/>
        <source>Rejected</source>
        <translation type="unfinished">Gwrthodwyd</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="474"/>
        <source>mailbox</source>
        <translation type="unfinished">blwch post</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="474"/>
        <source>held</source>
        <translation type="unfinished">wedi&apos;i ddal</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="485"/>
        <source>Imported; not assigned to this device&apos;s volunteer: {0}</source>
        <translation type="unfinished">Mewnforiwyd; heb ei neilltuo i wirfoddolwr y ddyfais hon: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="488"/>
        <source>Imported %n week(s)</source>
        <translation type="unfinished">
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
            <numerusform>Mewnforiwyd %n wythnos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="490"/>
        <source>The device is not approved yet: approve it on the Devices tab and its bundles are imported then.</source>
        <translation type="unfinished">Nid yw&apos;r ddyfais wedi&apos;i chymeradwyo eto: cymeradwywch hi ar y tab Dyfeisiau a chaiff ei bwndeli eu mewnforio bryd hynny.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="94"/>
        <source>The watched folder {0} cannot be read: {1}.</source>
        <translation type="unfinished">Ni ellir darllen y ffolder a wylir {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="148"/>
        <source>Drop bundle files (.age) or folders here</source>
        <translation type="unfinished">Gollyngwch ffeiliau bwndel (.age) neu ffolderi yma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="153"/>
        <source>Volunteers&apos; summaries arrive as .age files, by USB stick, email or a shared folder. Each is checked before anything is stored.</source>
        <translation type="unfinished">Mae crynodebau gwirfoddolwyr yn cyrraedd fel ffeiliau .age, ar gof bach USB, e-bost neu ffolder a rennir. Caiff pob un ei wirio cyn cadw dim.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="159"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">Mewnforio &amp;ffeiliau…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="160"/>
        <source>Import a f&amp;older…</source>
        <translation type="unfinished">Mewnforio ff&amp;older…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="174"/>
        <location filename="../../ui/screens/coordinator_import.py" line="177"/>
        <source>Watched folder</source>
        <translation type="unfinished">Ffolder a wylir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="175"/>
        <source>&amp;Watch a folder…</source>
        <translation type="unfinished">&amp;Gwylio ffolder…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="176"/>
        <source>S&amp;top watching</source>
        <translation type="unfinished">Rhoi&apos;r gorau i wy&amp;lio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="184"/>
        <location filename="../../ui/screens/coordinator_import.py" line="186"/>
        <source>Mailbox</source>
        <translation type="unfinished">Blwch post</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="185"/>
        <source>&amp;Pull from mailbox</source>
        <translation type="unfinished">&amp;Tynnu o&apos;r blwch post</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="195"/>
        <source>Import progress</source>
        <translation type="unfinished">Cynnydd mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="197"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="197"/>
        <source>Cancel the import</source>
        <translation type="unfinished">Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="206"/>
        <source>Import status</source>
        <translation type="unfinished">Statws mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="209"/>
        <source>Import results</source>
        <translation type="unfinished">Canlyniadau mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="210"/>
        <source>Results</source>
        <translation type="unfinished">Canlyniadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="215"/>
        <source>Tec&amp;hnical details</source>
        <translation type="unfinished">Manylion tec&amp;hnegol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="216"/>
        <source>Technical details</source>
        <translation type="unfinished">Manylion technegol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="226"/>
        <source>Technical details of the selected bundle</source>
        <translation type="unfinished">Manylion technegol y bwndel a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="231"/>
        <source>Import history</source>
        <translation type="unfinished">Hanes mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="232"/>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="308"/>
        <source>Select a bundle to see the details of what the checks found.</source>
        <translation type="unfinished">Dewiswch fwndel i weld manylion yr hyn a ganfu&apos;r gwiriadau.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="310"/>
        <source>The checks found nothing wrong with it.</source>
        <translation type="unfinished">Ni chanfu&apos;r gwiriadau ddim o&apos;i le arno.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="339"/>
        <source>Import bundles</source>
        <translation type="unfinished">Mewnforio bwndeli</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="340"/>
        <source>Bundles (*{0});;All files (*)</source>
        <translation type="unfinished">Bwndeli (*{0});;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="346"/>
        <source>Import the bundles in</source>
        <translation type="unfinished">Mewnforio&apos;r bwndeli yn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="373"/>
        <source>Another import is under way; try again when it has finished.</source>
        <translation type="unfinished">Mae mewnforio arall ar y gweill; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="376"/>
        <source>Importing…</source>
        <translation type="unfinished">Yn mewnforio…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="384"/>
        <source>Stopping after the current bundle…</source>
        <translation type="unfinished">Yn stopio ar ôl y bwndel presennol…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="410"/>
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform>%n wedi’u mewnforio</numerusform>
            <numerusform>%n wedi&apos;i fewnforio</numerusform>
            <numerusform>%n wedi’u mewnforio</numerusform>
            <numerusform>%n wedi’u mewnforio</numerusform>
            <numerusform>%n wedi’u mewnforio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="413"/>
        <source>%n already imported</source>
        <translation type="unfinished">
            <numerusform>%n wedi&apos;u mewnforio eisoes</numerusform>
            <numerusform>%n wedi&apos;i fewnforio eisoes</numerusform>
            <numerusform>%n wedi&apos;u mewnforio eisoes</numerusform>
            <numerusform>%n wedi&apos;u mewnforio eisoes</numerusform>
            <numerusform>%n wedi&apos;u mewnforio eisoes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="417"/>
        <source>%n held until the device is approved</source>
        <translation type="unfinished">
            <numerusform>%n wedi&apos;u dal nes i&apos;r ddyfais gael ei chymeradwyo</numerusform>
            <numerusform>%n wedi&apos;i ddal nes i&apos;r ddyfais gael ei chymeradwyo</numerusform>
            <numerusform>%n wedi&apos;u dal nes i&apos;r ddyfais gael ei chymeradwyo</numerusform>
            <numerusform>%n wedi&apos;u dal nes i&apos;r ddyfais gael ei chymeradwyo</numerusform>
            <numerusform>%n wedi&apos;u dal nes i&apos;r ddyfais gael ei chymeradwyo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="421"/>
        <source>%n in conflict</source>
        <translation type="unfinished">
            <numerusform>%n yn gwrthdaro</numerusform>
            <numerusform>%n yn gwrthdaro</numerusform>
            <numerusform>%n yn gwrthdaro</numerusform>
            <numerusform>%n yn gwrthdaro</numerusform>
            <numerusform>%n yn gwrthdaro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="423"/>
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;i wrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="428"/>
        <source>Stopped after %n of {0} bundle(s); what was imported is kept.</source>
        <translation type="unfinished">
            <numerusform>Stopiwyd ar ôl %n o {0} bwndel; cedwir yr hyn a fewnforiwyd.</numerusform>
            <numerusform>Stopiwyd ar ôl %n o {0} bwndel; cedwir yr hyn a fewnforiwyd.</numerusform>
            <numerusform>Stopiwyd ar ôl %n o {0} bwndel; cedwir yr hyn a fewnforiwyd.</numerusform>
            <numerusform>Stopiwyd ar ôl %n o {0} bwndel; cedwir yr hyn a fewnforiwyd.</numerusform>
            <numerusform>Stopiwyd ar ôl %n o {0} bwndel; cedwir yr hyn a fewnforiwyd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="431"/>
        <source>New in the watched folder:</source>
        <translation type="unfinished">Newydd yn y ffolder a wylir:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="433"/>
        <source>No bundle files (.age) were found there.</source>
        <translation type="unfinished">Ni chafwyd hyd i ffeiliau bwndel (.age) yno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_import.py" line="435"/>
        <source>%n bundle(s):</source>
        <translation type="unfinished">
            <numerusform>%n bwndel:</numerusform>
            <numerusform>%n bwndel:</numerusform>
            <numerusform>%n bwndel:</numerusform>
            <numerusform>%n bwndel:</numerusform>
            <numerusform>%n bwndel:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="455"/>
        <source>A folder where volunteers&apos; bundles arrive</source>
        <translation type="unfinished">Ffolder lle mae bwndeli gwirfoddolwyr yn cyrraedd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="486"/>
        <source>None. Choose a folder (a shared or synced one) and new bundles in it are imported as they arrive.</source>
        <translation type="unfinished">Dim. Dewiswch ffolder (un a rennir neu a gysonir) a chaiff bwndeli newydd ynddo eu mewnforio wrth iddyn nhw gyrraedd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="491"/>
        <source>{0}: new bundles are imported as they arrive.</source>
        <translation type="unfinished">{0}: caiff bwndeli newydd eu mewnforio wrth iddyn nhw gyrraedd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="519"/>
        <source>Pulling from the mailbox…</source>
        <translation type="unfinished">Yn tynnu o&apos;r blwch post…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="528"/>
        <source>Stopped. Bundles imported before you stopped are kept; the rest wait in the mailbox.</source>
        <translation type="unfinished">Wedi stopio. Cedwir y bwndeli a fewnforiwyd cyn i chi stopio; mae&apos;r gweddill yn aros yn y blwch post.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_import.py" line="536"/>
        <source>The mailbox has nothing new.</source>
        <translation type="unfinished">Does dim byd newydd yn y blwch post.</translation>
    </message>
</context>
<context>
    <name>KeyBackupDialog</name>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="47"/>
        <source>Back up the organisation&apos;s keys</source>
        <translation type="unfinished">Gwneud copi wrth gefn o allweddi&apos;r sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="50"/>
        <source>Without these keys nobody can read what volunteers send, and a lost laptop would lose them. The backup is encrypted with a passphrase you choose now. Keep the file offline (a USB stick in a locked drawer) and the passphrase somewhere else. It also opens with the stock age tool.</source>
        <translation type="unfinished">Heb yr allweddi hyn ni all neb ddarllen yr hyn y mae gwirfoddolwyr yn ei anfon, a byddai gliniadur coll yn eu colli. Caiff y copi wrth gefn ei amgryptio gyda chyfrinymadrodd rydych yn ei ddewis nawr. Cadwch y ffeil all-lein (cof bach USB mewn drôr dan glo) a&apos;r cyfrinymadrodd rywle arall. Mae hefyd yn agor gyda&apos;r offeryn age safonol.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="58"/>
        <source>Backup file</source>
        <translation type="unfinished">Ffeil y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="59"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">D&amp;ewis…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="59"/>
        <source>Choose the file</source>
        <translation type="unfinished">Dewis y ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="61"/>
        <source>Backup passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="62"/>
        <source>At least {0} characters</source>
        <translation type="unfinished">O leiaf {0} nod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="64"/>
        <source>Repeat the backup passphrase</source>
        <translation type="unfinished">Ailadrodd cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="68"/>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;Ffeil:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="70"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished">&amp;Ailadrodd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="81"/>
        <source>&amp;Save backup</source>
        <translation type="unfinished">Cadw&apos;r c&amp;opi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="82"/>
        <source>Save the key backup</source>
        <translation type="unfinished">Cadw copi wrth gefn yr allweddi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="91"/>
        <source>Save the key backup as</source>
        <translation type="unfinished">Cadw copi wrth gefn yr allweddi fel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="92"/>
        <source>age files (*.age)</source>
        <translation type="unfinished">Ffeiliau age (*.age)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="101"/>
        <source>Choose where to save the backup.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="108"/>
        <source>{0} is already there. Choose another name, or choose it with Choose… to replace it.</source>
        <translation type="unfinished">Mae {0} yno eisoes. Dewiswch enw arall, neu dewiswch ef gyda Dewis… i&apos;w ddisodli.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="113"/>
        <source>The backup passphrase must be at least {0} characters.</source>
        <translation type="unfinished">Rhaid i gyfrinymadrodd y copi wrth gefn fod o leiaf {0} nod.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/org_key_backup.py" line="119"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished">Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch yr un un ddwywaith.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished">Llyfr Cofnodion Gwirfoddolwyr</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Unlock a profile to open {0}.</source>
        <translation type="unfinished">Datglowch broffil i agor {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Restore a backup</source>
        <translation type="unfinished">Adfer copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Passphrase the backup was made with:</source>
        <translation type="unfinished">Y cyfrinymadrodd a ddefnyddiwyd i wneud y copi:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Backup restored. Unlock with the passphrase it was made with.</source>
        <translation type="unfinished">Adferwyd y copi wrth gefn. Datglowch gyda&apos;r cyfrinymadrodd a ddefnyddiwyd i&apos;w wneud.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Restoring…</source>
        <translation type="unfinished">Yn adfer…</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Code</source>
        <translation type="unfinished">Cod</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Last contact</source>
        <translation type="unfinished">Cyswllt olaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="79"/>
        <source>Ended {0}; past the keeping period, can be erased</source>
        <translation type="unfinished">Daeth i ben {0}; y tu hwnt i&apos;r cyfnod cadw, gellir ei ddileu</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="80"/>
        <source>Ended {0}</source>
        <translation type="unfinished">Daeth i ben {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="83"/>
        <source>Concern not yet reported</source>
        <translation type="unfinished">Pryder heb ei adrodd eto</translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="86"/>
        <source>No contact yet</source>
        <translation type="unfinished">Dim cyswllt eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/matches.py" line="89"/>
        <source>No contact for %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Dim cyswllt ers %n diwrnod</numerusform>
            <numerusform>Dim cyswllt ers %n diwrnod</numerusform>
            <numerusform>Dim cyswllt ers %n diwrnod</numerusform>
            <numerusform>Dim cyswllt ers %n diwrnod</numerusform>
            <numerusform>Dim cyswllt ers %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/matches.py" line="90"/>
        <source>Active</source>
        <translation type="unfinished">Gweithredol</translation>
    </message>
</context>
<context>
    <name>MatchesScreen</name>
    <message>
        <location filename="../../ui/screens/matches.py" line="173"/>
        <source>Matches</source>
        <translation type="unfinished">Parau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="178"/>
        <source>&amp;Add match…</source>
        <translation type="unfinished">&amp;Ychwanegu pâr…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="179"/>
        <source>Show entr&amp;ies</source>
        <translation type="unfinished">Dangos c&amp;ofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="180"/>
        <source>&amp;Outcome measures…</source>
        <translation type="unfinished">Mesurau c&amp;anlyniad…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="181"/>
        <source>E&amp;nd match…</source>
        <translation type="unfinished">Dod â’r pâr i &amp;ben…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="182"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished">D&amp;ileu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="217"/>
        <source>Show entries</source>
        <translation type="unfinished">Dangos cofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="218"/>
        <source>Outcome measures…</source>
        <translation type="unfinished">Mesurau canlyniad…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="219"/>
        <source>End match…</source>
        <translation type="unfinished">Dod â&apos;r pâr i ben…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="220"/>
        <source>Erase…</source>
        <translation type="unfinished">Dileu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="253"/>
        <source>End match</source>
        <translation type="unfinished">Dod â&apos;r pâr i ben</translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="254"/>
        <source>End the match {0} today? Its records stay in your logbook.</source>
        <translation type="unfinished">Dod â&apos;r pâr {0} i ben heddiw? Mae ei gofnodion yn aros yn eich llyfr cofnodion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/matches.py" line="267"/>
        <source>Erase {0} and all of its %n entries, outcome measures and safeguarding concerns from this laptop? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform>Dileu {0} a&apos;i %n cofnod, mesurau canlyniad a phryderon diogelu o&apos;r gliniadur hwn? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu {0} a&apos;i %n cofnod, mesurau canlyniad a phryderon diogelu o&apos;r gliniadur hwn? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu {0} a&apos;i %n cofnod, mesurau canlyniad a phryderon diogelu o&apos;r gliniadur hwn? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu {0} a&apos;i %n cofnod, mesurau canlyniad a phryderon diogelu o&apos;r gliniadur hwn? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu {0} a&apos;i %n cofnod, mesurau canlyniad a phryderon diogelu o&apos;r gliniadur hwn? Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="275"/>
        <source>{0} has a safeguarding concern that is NOT YET REPORTED. Report it first. </source>
        <translation type="unfinished">Mae gan {0} bryder diogelu sydd HEB EI ADRODD ETO. Adroddwch ef yn gyntaf. </translation>
    </message>
    <message>
        <location filename="../../ui/screens/matches.py" line="280"/>
        <source>Erase match</source>
        <translation type="unfinished">Dileu pâr</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="76"/>
        <source>Correct: {0}</source>
        <translation type="unfinished">Cywiro: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="87"/>
        <source>(choose)</source>
        <translation type="unfinished">(dewiswch)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="100"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="101"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="107"/>
        <source>They a&amp;greed to share these scores</source>
        <translation type="unfinished">C&amp;ytunon nhw i rannu&apos;r sgorau hyn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="123"/>
        <source>Ask first whether these scores may be shared with your organisation. Without consent they stay on this laptop only.</source>
        <translation type="unfinished">Gofynnwch yn gyntaf a gaiff y sgorau hyn eu rhannu â&apos;ch sefydliad. Heb gydsyniad maen nhw&apos;n aros ar y gliniadur hwn yn unig.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="108"/>
        <source>Consent to share the scores</source>
        <translation type="unfinished">Caniatâd i rannu&apos;r sgorau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="110"/>
        <source>Score</source>
        <translation type="unfinished">Sgôr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="118"/>
        <source>A correction leaves consent as it was. If these scores were already sent, their week is sent again with the corrected ones.</source>
        <translation type="unfinished">Nid yw cywiriad yn newid y caniatâd. Os anfonwyd y sgorau hyn eisoes, caiff eu hwythnos ei hanfon eto gyda&apos;r rhai wedi&apos;u cywiro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="167"/>
        <source>Answered {0} of {1}.</source>
        <translation type="unfinished">Atebwyd {0} o {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="172"/>
        <source>Score: {0}</source>
        <translation type="unfinished">Sgôr: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="180"/>
        <source>answers</source>
        <translation type="unfinished">atebion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="180"/>
        <source>every question needs an answer</source>
        <translation type="unfinished">mae angen ateb i bob cwestiwn</translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="284"/>
        <source>Outcome measures: {0}</source>
        <translation type="unfinished">Mesurau canlyniad: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="286"/>
        <source>Measures taken</source>
        <translation type="unfinished">Mesurau a gymerwyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="290"/>
        <source>C&amp;orrect…</source>
        <translation type="unfinished">C&amp;ywiro…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="291"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished">&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="292"/>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished">&amp;Tynnu caniatâd yn ôl…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="293"/>
        <source>Withdraw consent for &amp;all…</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl ar gyfer &amp;pob mesur…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="296"/>
        <source>Measure to chart</source>
        <translation type="unfinished">Mesur i&apos;w siartio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="298"/>
        <source>Measure to record</source>
        <translation type="unfinished">Mesur i&apos;w gofnodi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="303"/>
        <source>Scores over time</source>
        <translation type="unfinished">Sgorau dros amser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="304"/>
        <source>&amp;Record…</source>
        <translation type="unfinished">&amp;Cofnodi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="305"/>
        <source>Record a measure</source>
        <translation type="unfinished">Cofnodi mesur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="317"/>
        <source>Chart:</source>
        <translation type="unfinished">Siart:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="384"/>
        <source>Correct…</source>
        <translation type="unfinished">Cywiro…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="385"/>
        <source>Delete…</source>
        <translation type="unfinished">Dileu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="386"/>
        <source>Withdraw consent…</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="404"/>
        <source>Delete measure</source>
        <translation type="unfinished">Dileu mesur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="405"/>
        <source>Delete the {0} measure taken on {1}? If it was sent, its week is sent again without it. This cannot be undone.</source>
        <translation type="unfinished">Dileu&apos;r mesur {0} a gymerwyd ar {1}? Os cafodd ei anfon, caiff ei wythnos ei hanfon eto hebddo. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="434"/>
        <source>Life satisfaction</source>
        <translation type="unfinished">Bodlonrwydd â bywyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="434"/>
        <source>Worthwhile</source>
        <translation type="unfinished">Gwerth chweil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="434"/>
        <source>Happiness</source>
        <translation type="unfinished">Hapusrwydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="435"/>
        <source>Anxiety (lower is better)</source>
        <translation type="unfinished">Gorbryder (is sy&apos;n well)</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/models/measures.py" line="28"/>
        <source>{0} of 9 (higher is lonelier)</source>
        <translation type="unfinished">{0} o 9 (uwch yw mwy unig)</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="35"/>
        <source>satisfied</source>
        <translation type="unfinished">bodlon</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="36"/>
        <source>worthwhile</source>
        <translation type="unfinished">gwerth chweil</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="37"/>
        <source>happy</source>
        <translation type="unfinished">hapus</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="38"/>
        <source>anxious</source>
        <translation type="unfinished">gorbryderus</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="41"/>
        <source>{0:.2f} (raw {1} of 35)</source>
        <translation type="unfinished">{0:.2f} (crai {1} o 35)</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Measure</source>
        <translation type="unfinished">Mesur</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Score</source>
        <translation type="unfinished">Sgôr</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="73"/>
        <source>Shared</source>
        <translation type="unfinished">Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="92"/>
        <source>no: consent withdrawn {0}</source>
        <translation type="unfinished">nac ydy: tynnwyd caniatâd yn ôl {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="93"/>
        <source>yes, with consent</source>
        <translation type="unfinished">ydy, gyda chaniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures.py" line="93"/>
        <source>no</source>
        <translation type="unfinished">nac ydy</translation>
    </message>
</context>
<context>
    <name>MonthlyContactsChart</name>
    <message>
        <location filename="../../ui/charts.py" line="101"/>
        <source>Contacts per month</source>
        <translation type="unfinished">Cysylltiadau y mis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="116"/>
        <source>{0}: %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>{0}: %n cyswllt</numerusform>
            <numerusform>{0}: %n cyswllt</numerusform>
            <numerusform>{0}: %n cyswllt</numerusform>
            <numerusform>{0}: %n cyswllt</numerusform>
            <numerusform>{0}: %n cyswllt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="146"/>
        <source>No contacts imported in the last 12 months</source>
        <translation type="unfinished">Dim cysylltiadau wedi&apos;u mewnforio yn y 12 mis diwethaf</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="17"/>
        <source>New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="19"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="21"/>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="24"/>
        <source>Passphrase advice</source>
        <translation type="unfinished">Cyngor am y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="28"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="29"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished">&amp;Ailadrodd:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="30"/>
        <source>Strength:</source>
        <translation type="unfinished">Cryfder:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="40"/>
        <location filename="../../ui/widgets/passphrase.py" line="41"/>
        <source>Too easy to guess.</source>
        <translation type="unfinished">Rhy hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="42"/>
        <source>Still fairly easy to guess.</source>
        <translation type="unfinished">Yn dal yn weddol hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="43"/>
        <source>Good.</source>
        <translation type="unfinished">Da.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="44"/>
        <source>Strong.</source>
        <translation type="unfinished">Cryf.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="47"/>
        <source>Use four or more unrelated words, or a long sentence only you know.</source>
        <translation type="unfinished">Defnyddiwch bedwar gair digyswllt neu ragor, neu frawddeg hir mai dim ond chi sy&apos;n ei gwybod.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="51"/>
        <source>Add more words to reach “Good”.</source>
        <translation type="unfinished">Ychwanegwch ragor o eiriau i gyrraedd “Da”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="53"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">Mae&apos;r ddau gofnod yn wahanol.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="40"/>
        <source>Something went wrong, so this was not finished. What you saved before is safe. If it happens again, restart the app; the details are in its log.</source>
        <translation type="unfinished">Aeth rhywbeth o&apos;i le, felly ni orffennwyd hyn. Mae&apos;r hyn a gadwoch o&apos;r blaen yn ddiogel. Os digwydd eto, ailgychwynnwch yr ap; mae&apos;r manylion yn ei log.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="56"/>
        <location filename="../../ui/operations.py" line="61"/>
        <source>Could not finish</source>
        <translation type="unfinished">Methu â gorffen</translation>
    </message>
</context>
<context>
    <name>OutcomeChangeChart</name>
    <message>
        <location filename="../../ui/charts.py" line="186"/>
        <source>Outcome change, first against latest score</source>
        <translation type="unfinished">Newid mewn canlyniad, y sgôr gyntaf yn erbyn y ddiweddaraf</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="204"/>
        <source>first scores only (n={0})</source>
        <translation type="unfinished">sgorau cyntaf yn unig (n={0})</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="206"/>
        <source>better</source>
        <translation type="unfinished">gwell</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="206"/>
        <source>worse</source>
        <translation type="unfinished">gwaeth</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="206"/>
        <source>no change</source>
        <translation type="unfinished">dim newid</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="209"/>
        <source>{0} → {1}, {2} (n={3})</source>
        <translation type="unfinished">{0} → {1}, {2} (n={3})</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="234"/>
        <source>No outcome measures imported yet</source>
        <translation type="unfinished">Dim mesurau canlyniad wedi&apos;u mewnforio eto</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="306"/>
        <source>first score</source>
        <translation type="unfinished">sgôr gyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="306"/>
        <source>latest score</source>
        <translation type="unfinished">sgôr ddiweddaraf</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="29"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished">Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="33"/>
        <source>Remind me when there has been no contact for (days)</source>
        <translation type="unfinished">Fy atgoffa pan na fu cyswllt am (diwrnodau)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Offer to erase matches ended more than (months) ago</source>
        <translation type="unfinished">Cynnig dileu parau a ddaeth i ben fwy na (misoedd) yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="45"/>
        <source>Text size (%)</source>
        <translation type="unfinished">Maint y testun (%)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="33"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Iawn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="34"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="36"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cau</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="37"/>
        <source>Close without Saving</source>
        <translation type="unfinished">Cau heb Gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="43"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="44"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Torri</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="46"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="47"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="48"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="49"/>
        <source>Select All</source>
        <translation type="unfinished">Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="38"/>
        <source>Show Details...</source>
        <translation type="unfinished">Dangos Manylion...</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="39"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Cuddio Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="15"/>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="16"/>
        <source>Save</source>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="17"/>
        <source>Save All</source>
        <translation type="unfinished">Cadw Popeth</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="19"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished">Ie i &amp;Bopeth</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished">Na i B&amp;opeth</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Abort</source>
        <translation type="unfinished">Rhoi’r Gorau</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>Retry</source>
        <translation type="unfinished">Ceisio Eto</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="25"/>
        <source>Ignore</source>
        <translation type="unfinished">Anwybyddu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="26"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="27"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="28"/>
        <source>Discard</source>
        <translation type="unfinished">Taflu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="29"/>
        <source>Help</source>
        <translation type="unfinished">Cymorth</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="30"/>
        <source>Apply</source>
        <translation type="unfinished">Gweithredu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="31"/>
        <source>Reset</source>
        <translation type="unfinished">Ailosod</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="32"/>
        <source>Restore Defaults</source>
        <translation type="unfinished">Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="50"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="51"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="52"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">&amp;Torri</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="53"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="54"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="55"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="56"/>
        <source>Select All</source>
        <translation type="unfinished">Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>ReadOutDialog</name>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="59"/>
        <source>Fingerprint as you hear it</source>
        <translation type="unfinished">Yr ôl bys fel rydych chi&apos;n ei glywed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="62"/>
        <source>&amp;Fingerprint you hear:</source>
        <translation type="unfinished">Ôl &amp;bys a glywch:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="65"/>
        <source>Characters typed</source>
        <translation type="unfinished">Nodau a deipiwyd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/read_out.py" line="70"/>
        <source>Spaces, dashes and capitals do not matter; every letter and digit does. If it does not match, nothing changes: ask for it to be read again.</source>
        <translation type="unfinished">Nid yw bylchau, llinellau toriad na phriflythrennau o bwys; mae pob llythyren a digid o bwys. Os nad yw&apos;n cyfateb, nid oes dim yn newid: gofynnwch iddo gael ei ddarllen eto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/read_out.py" line="110"/>
        <source>%n of {0} characters</source>
        <translation type="unfinished">
            <numerusform>%n o {0} nod</numerusform>
            <numerusform>%n o {0} nod</numerusform>
            <numerusform>%n o {0} nod</numerusform>
            <numerusform>%n o {0} nod</numerusform>
            <numerusform>%n o {0} nod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="19"/>
        <source>The chosen entry</source>
        <translation type="unfinished">Y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="23"/>
        <source>Choose an entry to read it here.</source>
        <translation type="unfinished">Dewiswch gofnod i&apos;w ddarllen yma.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="55"/>
        <source>Minutes</source>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="57"/>
        <source>How</source>
        <translation type="unfinished">Sut</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="59"/>
        <source>Where</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="61"/>
        <source>They seemed</source>
        <translation type="unfinished">Sut roedden nhw&apos;n ymddangos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="63"/>
        <source>Your wellbeing</source>
        <translation type="unfinished">Eich lles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="65"/>
        <source>Activities</source>
        <translation type="unfinished">Gweithgareddau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="67"/>
        <source>Topics</source>
        <translation type="unfinished">Pynciau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="69"/>
        <source>Follow-up</source>
        <translation type="unfinished">Dilyn i fyny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reading_pane.py" line="69"/>
        <source>yes</source>
        <translation type="unfinished">oes</translation>
    </message>
</context>
<context>
    <name>RecoverScreen</name>
    <message>
        <location filename="../../ui/screens/recover.py" line="30"/>
        <source>Forgotten passphrase</source>
        <translation type="unfinished">Wedi anghofio’r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="32"/>
        <source>Recovery key</source>
        <translation type="unfinished">Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="38"/>
        <source>&amp;Set new passphrase</source>
        <translation type="unfinished">&amp;Gosod cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="39"/>
        <source>Set new passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="41"/>
        <location filename="../../ui/screens/recover.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="48"/>
        <source>Type the recovery key you saved when you made this profile, then choose a new passphrase. Without the passphrase or the recovery key, the logbook cannot be opened by anyone: the data is lost.</source>
        <translation type="unfinished">Teipiwch yr allwedd adfer a gadwoch pan wnaethoch y proffil hwn, yna dewiswch gyfrinymadrodd newydd. Heb y cyfrinymadrodd na&apos;r allwedd adfer, ni all neb agor y llyfr cofnodion: mae&apos;r data wedi&apos;i golli.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="52"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished">Allwedd a&amp;dfer:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="68"/>
        <source>Forgotten passphrase for {0}</source>
        <translation type="unfinished">Wedi anghofio’r cyfrinymadrodd ar gyfer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="85"/>
        <source>Checking the recovery key…</source>
        <translation type="unfinished">Yn gwirio&apos;r allwedd adfer…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recover.py" line="105"/>
        <source>That recovery key does not open this profile. Check it and try again.</source>
        <translation type="unfinished">Nid yw&apos;r allwedd adfer honno&apos;n agor y proffil hwn. Gwiriwch hi a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="51"/>
        <source>Recovery key</source>
        <translation type="unfinished">Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="55"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="56"/>
        <source>Copy the recovery key</source>
        <translation type="unfinished">Copïo&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="57"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="58"/>
        <source>Print the recovery key</source>
        <translation type="unfinished">Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="59"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished">Cadw mewn &amp;ffeil…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="60"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished">Cadw&apos;r allwedd adfer mewn ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="61"/>
        <source>I &amp;have written down or saved my recovery key</source>
        <translation type="unfinished">Rydw i wedi ysgrifennu neu gadw fy allwedd a&amp;dfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="62"/>
        <source>Recovery key saved</source>
        <translation type="unfinished">Allwedd adfer wedi&apos;i chadw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="63"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished">&amp;Parhau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="64"/>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="72"/>
        <source>Your recovery key</source>
        <translation type="unfinished">Eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="75"/>
        <source>This key is shown only once. If you forget your passphrase, it is the only way back into your logbook: nobody else, not even your organisation, can open it. Write it down or save it somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Dim ond unwaith y dangosir yr allwedd hon. Os anghofiwch eich cyfrinymadrodd, dyma&apos;r unig ffordd yn ôl i&apos;ch llyfr cofnodion: ni all neb arall, hyd yn oed eich sefydliad, ei agor. Ysgrifennwch hi neu ei chadw rywle diogel, i ffwrdd o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="105"/>
        <source>Group {0}</source>
        <translation type="unfinished">Grŵp {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="168"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished">Wedi&apos;i gopïo. Caiff y clipfwrdd ei glirio mewn 30 eiliad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="176"/>
        <source>Volunteer Logbook recovery key for the profile {0}, made on {1}.</source>
        <translation type="unfinished">Allwedd adfer Llyfr Cofnodion Gwirfoddolwyr ar gyfer y proffil {0}, a wnaed ar {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="178"/>
        <source>Volunteer Logbook recovery key, made on {0}.</source>
        <translation type="unfinished">Allwedd adfer Llyfr Cofnodion Gwirfoddolwyr, a wnaed ar {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="184"/>
        <source>Print recovery key</source>
        <translation type="unfinished">Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="194"/>
        <source>Keep it safe and private, away from the laptop.</source>
        <translation type="unfinished">Cadwch hi&apos;n ddiogel ac yn breifat, i ffwrdd o&apos;r gliniadur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="202"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished">Wedi&apos;i hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="206"/>
        <source>Save recovery key</source>
        <translation type="unfinished">Cadw&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="207"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="213"/>
        <source>Keep it safe and private.</source>
        <translation type="unfinished">Cadwch hi&apos;n ddiogel ac yn breifat.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="217"/>
        <source>Could not save: {0}</source>
        <translation type="unfinished">Methu â chadw: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recovery_key.py" line="219"/>
        <source>Saved to {0}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="135"/>
        <source>Volunteer scheme</source>
        <translation type="unfinished">Cynllun gwirfoddoli</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="126"/>
        <source>Report for funders: {0}</source>
        <translation type="unfinished">Adroddiad i gyllidwyr: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="123"/>
        <source>PROVISIONAL, month to date, NOT FOR FUNDERS: {0} so far</source>
        <translation type="unfinished">DROS DRO, y mis hyd yma, NID AR GYFER CYLLIDWYR: {0} hyd yma</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="147"/>
        <source>Made on {0}</source>
        <translation type="unfinished">Gwnaed ar {0}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="297"/>
        <source>Contacts per month</source>
        <translation type="unfinished">Cysylltiadau y mis</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="303"/>
        <source>Hours of contact per month</source>
        <translation type="unfinished">Oriau o gyswllt y mis</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="312"/>
        <source>Contacts by how they happened</source>
        <translation type="unfinished">Cysylltiadau yn ôl sut y digwyddon nhw</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="318"/>
        <source>Hours of contact by kind</source>
        <translation type="unfinished">Oriau o gyswllt yn ôl math</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="374"/>
        <source>hidden to protect privacy.</source>
        <translation type="unfinished">wedi&apos;i guddio i ddiogelu preifatrwydd.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="448"/>
        <source>None recorded</source>
        <translation type="unfinished">Dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="464"/>
        <source>How figures are protected</source>
        <translation type="unfinished">Sut y diogelir y ffigurau</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="485"/>
        <source>Report for funders</source>
        <translation type="unfinished">Adroddiad i gyllidwyr</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="495"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished">Tudalen {0} o {1}</translation>
    </message>
</context>
<context>
    <name>ReportedDialog</name>
    <message>
        <location filename="../../ui/screens/concerns.py" line="344"/>
        <source>Mark as reported</source>
        <translation type="unfinished">Nodi ei fod wedi&apos;i adrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="346"/>
        <source>Reported to</source>
        <translation type="unfinished">Wedi&apos;i adrodd i</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="350"/>
        <source>Reported on</source>
        <translation type="unfinished">Dyddiad adrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="353"/>
        <source>Reported &amp;to:</source>
        <translation type="unfinished">Wedi&apos;i adrodd &amp;i:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/concerns.py" line="354"/>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;Ar:</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="111"/>
        <source>Provisional: for your own eyes. Not for funders: the month has not ended and these figures will change.</source>
        <translation type="unfinished">Dros dro: i chi yn unig. Nid ar gyfer cyllidwyr: nid yw&apos;r mis wedi dod i ben a bydd y ffigurau hyn yn newid.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="137"/>
        <source>Counts and trends for the people who fund the scheme, anonymous: small numbers are hidden and the rest rounded, so no one can be picked out. Reports cover whole calendar months or quarters that have ended, so two reports cannot be compared to reveal a small number.</source>
        <translation type="unfinished">Cyfrifon a thueddiadau i&apos;r bobl sy&apos;n ariannu&apos;r cynllun, yn ddienw: caiff niferoedd bach eu cuddio a&apos;r gweddill eu talgrynnu, fel na ellir adnabod neb. Mae adroddiadau&apos;n cwmpasu misoedd calendr neu chwarteri cyfan sydd wedi dod i ben, fel na ellir cymharu dau adroddiad i ddatgelu nifer bach.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="145"/>
        <source>Report on a month or a quarter</source>
        <translation type="unfinished">Adrodd ar fis neu chwarter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="146"/>
        <source>Month</source>
        <translation type="unfinished">Mis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="147"/>
        <source>Quarter</source>
        <translation type="unfinished">Chwarter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="149"/>
        <source>Period</source>
        <translation type="unfinished">Cyfnod</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="151"/>
        <source>File format</source>
        <translation type="unfinished">Fformat ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="152"/>
        <source>PDF, with charts</source>
        <translation type="unfinished">PDF, gyda siartiau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="153"/>
        <source>Spreadsheet (.xlsx)</source>
        <translation type="unfinished">Taenlen (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="154"/>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="155"/>
        <source>&amp;Save…</source>
        <translation type="unfinished">&amp;Cadw…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="155"/>
        <source>Save the report</source>
        <translation type="unfinished">Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="156"/>
        <source>Previe&amp;w</source>
        <translation type="unfinished">Rhag&amp;olwg</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="156"/>
        <source>Preview the report</source>
        <translation type="unfinished">Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="158"/>
        <source>Report preview</source>
        <translation type="unfinished">Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="162"/>
        <source>Month to date: provisional figures for your own eyes, NOT FOR FUNDERS. Any file of them says so on every page, and goes through the same protection as a report.</source>
        <translation type="unfinished">Y mis hyd yma: ffigurau dros dro i chi yn unig, NID AR GYFER CYLLIDWYR. Mae unrhyw ffeil ohonynt yn dweud hynny ar bob tudalen, ac yn cael yr un diogelwch ag adroddiad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="168"/>
        <source>Provisional figures</source>
        <translation type="unfinished">Ffigurau dros dro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="172"/>
        <location filename="../../ui/screens/coordinator_reports.py" line="198"/>
        <source>How figures are protected</source>
        <translation type="unfinished">Sut y diogelir y ffigurau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="175"/>
        <source>Report status</source>
        <translation type="unfinished">Statws yr adroddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="178"/>
        <source>Report &amp;on:</source>
        <translation type="unfinished">Adrodd a&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="180"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">Cyf&amp;nod:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="182"/>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Fformat:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="192"/>
        <source>Report for funders</source>
        <translation type="unfinished">Adroddiad i gyllidwyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="233"/>
        <source>{0} so far (provisional)</source>
        <translation type="unfinished">{0} hyd yma (dros dro)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="271"/>
        <source>Save the report as</source>
        <translation type="unfinished">Cadw&apos;r adroddiad fel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="272"/>
        <source>{0} files (*.{1})</source>
        <translation type="unfinished">Ffeiliau {0} (*.{1})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="287"/>
        <source>Making the report for {0}…</source>
        <translation type="unfinished">Yn gwneud yr adroddiad ar gyfer {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator_reports.py" line="294"/>
        <source>Saved {0}.</source>
        <translation type="unfinished">Cadwyd {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/coordinator_reports.py" line="297"/>
        <source>%n match-week(s) were left out: their match code is not assigned to the volunteer who sent them (assign it on the Devices tab).</source>
        <translation type="unfinished">
            <numerusform>Gadawyd %n wythnos pâr allan: nid yw eu cod pâr wedi&apos;i neilltuo i&apos;r gwirfoddolwr a&apos;u hanfonodd (neilltuwch ef ar y tab Dyfeisiau).</numerusform>
            <numerusform>Gadawyd %n wythnos pâr allan: nid yw ei chod pâr wedi&apos;i neilltuo i&apos;r gwirfoddolwr a&apos;i hanfonodd (neilltuwch ef ar y tab Dyfeisiau).</numerusform>
            <numerusform>Gadawyd %n wythnos pâr allan: nid yw eu cod pâr wedi&apos;i neilltuo i&apos;r gwirfoddolwr a&apos;u hanfonodd (neilltuwch ef ar y tab Dyfeisiau).</numerusform>
            <numerusform>Gadawyd %n wythnos pâr allan: nid yw eu cod pâr wedi&apos;i neilltuo i&apos;r gwirfoddolwr a&apos;u hanfonodd (neilltuwch ef ar y tab Dyfeisiau).</numerusform>
            <numerusform>Gadawyd %n wythnos pâr allan: nid yw eu cod pâr wedi&apos;i neilltuo i&apos;r gwirfoddolwr a&apos;u hanfonodd (neilltuwch ef ar y tab Dyfeisiau).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ui/charts.py" line="366"/>
        <source>No scores yet</source>
        <translation type="unfinished">Dim sgorau eto</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="91"/>
        <source> min</source>
        <translation type="unfinished"> mun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/settings.py" line="95"/>
        <source> day(s)</source>
        <translation type="unfinished">
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/settings.py" line="99"/>
        <source> month(s)</source>
        <translation type="unfinished">
            <numerusform> mis</numerusform>
            <numerusform> mis</numerusform>
            <numerusform> mis</numerusform>
            <numerusform> mis</numerusform>
            <numerusform> mis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="107"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Iaith y system</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="111"/>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="112"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished">Llwybrau byr &amp;bysellfwrdd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="113"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished">Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="114"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished">Gwneud copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="115"/>
        <source>Restore &amp;a backup…</source>
        <translation type="unfinished">&amp;Adfer copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="116"/>
        <source>&amp;Export my data…</source>
        <translation type="unfinished">Allforio fy &amp;nata…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="122"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="124"/>
        <source>Privacy</source>
        <translation type="unfinished">Preifatrwydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="129"/>
        <source>Matches</source>
        <translation type="unfinished">Parau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="134"/>
        <source>Display and keyboard</source>
        <translation type="unfinished">Sgrin a bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="139"/>
        <source>For this laptop, on top of its own text size. Applies the next time the app starts.</source>
        <translation type="unfinished">Ar gyfer y gliniadur hwn, ar ben ei faint testun ei hun. Yn dod i rym y tro nesaf y bydd yr ap yn cychwyn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="144"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished">&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="146"/>
        <source>For this laptop. Applies the next time the app starts.</source>
        <translation type="unfinished">Ar gyfer y gliniadur hwn. Yn dod i rym y tro nesaf y bydd yr ap yn cychwyn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="152"/>
        <source>Your data</source>
        <translation type="unfinished">Eich data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="154"/>
        <source>Your profiles are kept in {0}</source>
        <translation type="unfinished">Cedwir eich proffiliau yn {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="163"/>
        <source>About</source>
        <translation type="unfinished">Ynghylch</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="166"/>
        <source>Volunteer Logbook {0}. Everything you write is encrypted on this laptop. Names, notes, places and anything else you type never leave it; your organisation only ever receives summaries, and you can see them first.</source>
        <translation type="unfinished">Llyfr Cofnodion Gwirfoddolwyr {0}. Caiff popeth a ysgrifennwch ei amgryptio ar y gliniadur hwn. Nid yw enwau, nodiadau, lleoedd nac unrhyw beth arall a deipiwch byth yn ei adael; dim ond crynodebau y mae eich sefydliad yn eu derbyn, a gallwch eu gweld yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="220"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished">Newidiwyd y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="235"/>
        <source>Back up</source>
        <translation type="unfinished">Gwneud copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="237"/>
        <location filename="../../ui/screens/settings.py" line="287"/>
        <source>Logbook backups (*.lbk)</source>
        <translation type="unfinished">Copïau wrth gefn o&apos;r llyfr cofnodion (*.lbk)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="249"/>
        <source>Backing up…</source>
        <translation type="unfinished">Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="250"/>
        <source>Backup saved to {0}. It opens with your current passphrase or recovery key.</source>
        <translation type="unfinished">Cadwyd y copi wrth gefn yn {0}. Mae&apos;n agor gyda&apos;ch cyfrinymadrodd presennol neu&apos;ch allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="256"/>
        <location filename="../../ui/screens/settings.py" line="266"/>
        <source>Export my data</source>
        <translation type="unfinished">Allforio fy nata</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="257"/>
        <source>The export is NOT encrypted: anyone who gets the file can read all your notes. Keep it safe and delete it when you are done. Go on?</source>
        <translation type="unfinished">NID yw&apos;r allforyn wedi&apos;i amgryptio: gall unrhyw un sy&apos;n cael y ffeil ddarllen eich holl nodiadau. Cadwch ef yn ddiogel a&apos;i ddileu pan fyddwch wedi gorffen. Parhau?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="268"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282"/>
        <source>Exporting…</source>
        <translation type="unfinished">Yn allforio…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282"/>
        <source>Your data was written to {0}.</source>
        <translation type="unfinished">Ysgrifennwyd eich data i {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="287"/>
        <location filename="../../ui/screens/settings.py" line="295"/>
        <source>Restore a backup</source>
        <translation type="unfinished">Adfer copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="296"/>
        <source>Restoring REPLACES everything now in this profile with the backup. The logbook will lock; then unlock it with the passphrase the backup was made with. Go on?</source>
        <translation type="unfinished">Mae adfer yn DISODLI popeth sydd yn y proffil hwn nawr gyda&apos;r copi wrth gefn. Bydd y llyfr cofnodion yn cloi; yna datglowch ef gyda&apos;r cyfrinymadrodd a ddefnyddiwyd i wneud y copi. Parhau?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="303"/>
        <source>Backup: {0}</source>
        <translation type="unfinished">Copi wrth gefn: {0}</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../ui/screens/sharing.py" line="186"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="233"/>
        <source>Your organisation</source>
        <translation type="unfinished">Eich sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="239"/>
        <source>Join your organisation to send it weekly summaries. Your coordinator gives you an enrolment file and reads its fingerprint to you, so you can check the file is really theirs. Until you join, nothing leaves this laptop.</source>
        <translation type="unfinished">Ymunwch â&apos;ch sefydliad i anfon crynodebau wythnosol ato. Mae eich cydlynydd yn rhoi ffeil ymrestru i chi ac yn darllen ei hôl bys i chi, fel y gallwch wirio mai eu ffeil nhw yw hi mewn gwirionedd. Nes i chi ymuno, does dim yn gadael y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="245"/>
        <source>&amp;Join your organisation…</source>
        <translation type="unfinished">&amp;Ymuno â&apos;ch sefydliad…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="256"/>
        <source>Organisation</source>
        <translation type="unfinished">Sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="257"/>
        <source>Organisation fingerprint</source>
        <translation type="unfinished">Ôl bys y sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="260"/>
        <source>Mailbox</source>
        <translation type="unfinished">Blwch post</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="263"/>
        <source>Safeguarding contact</source>
        <translation type="unfinished">Cyswllt diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="264"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished">Ôl bys y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="266"/>
        <source>Read this laptop&apos;s fingerprint to your coordinator, so they can approve it.</source>
        <translation type="unfinished">Darllenwch ôl bys y gliniadur hwn i&apos;ch cydlynydd, fel y gallan nhw ei gymeradwyo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="269"/>
        <source>Load an &amp;update…</source>
        <translation type="unfinished">Ll&amp;wytho diweddariad…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="271"/>
        <source>Name:</source>
        <translation type="unfinished">Enw:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="272"/>
        <source>Fingerprint:</source>
        <translation type="unfinished">Ôl bys:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="273"/>
        <source>Mailbox:</source>
        <translation type="unfinished">Blwch post:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="274"/>
        <source>Safeguarding:</source>
        <translation type="unfinished">Diogelu:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="275"/>
        <source>This laptop:</source>
        <translation type="unfinished">Y gliniadur hwn:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="289"/>
        <source>Sending</source>
        <translation type="unfinished">Anfon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="291"/>
        <source>Last sent</source>
        <translation type="unfinished">Anfonwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="293"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="297"/>
        <source>Last problem</source>
        <translation type="unfinished">Problem ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="299"/>
        <source>Next try</source>
        <translation type="unfinished">Cynnig nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="302"/>
        <source>What your coordinator said</source>
        <translation type="unfinished">Beth ddywedodd eich cydlynydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="305"/>
        <source>Shared folder</source>
        <translation type="unfinished">Ffolder a rennir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="306"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">D&amp;ewis…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="307"/>
        <source>Choose a shared folder</source>
        <translation type="unfinished">Dewis ffolder a rennir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="308"/>
        <source>Sto&amp;p using</source>
        <translation type="unfinished">Rh&amp;oi&apos;r gorau i&apos;w ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="309"/>
        <source>Stop using the shared folder</source>
        <translation type="unfinished">Rhoi&apos;r gorau i ddefnyddio&apos;r ffolder a rennir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="310"/>
        <source>Send &amp;now</source>
        <translation type="unfinished">Anfon &amp;nawr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="311"/>
        <source>Save as &amp;file…</source>
        <translation type="unfinished">Cadw fel &amp;ffeil…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="312"/>
        <source>Share my own &amp;wellbeing (weekly mean)</source>
        <translation type="unfinished">Rhannu fy lles fy &amp;hun (cymedr wythnosol)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="313"/>
        <source>Share my own wellbeing (weekly mean)</source>
        <translation type="unfinished">Rhannu fy lles fy hun (cymedr wythnosol)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="314"/>
        <source>Send changes &amp;automatically</source>
        <translation type="unfinished">Anfon newidiadau’n &amp;awtomatig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="315"/>
        <source>Send changes automatically</source>
        <translation type="unfinished">Anfon newidiadau’n awtomatig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="317"/>
        <source>Starts after you have looked at what will be sent and sent it once yourself.</source>
        <translation type="unfinished">Yn dechrau ar ôl i chi edrych ar yr hyn a anfonir a&apos;i anfon unwaith eich hun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="322"/>
        <source>Last sent:</source>
        <translation type="unfinished">Anfonwyd ddiwethaf:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="323"/>
        <source>Waiting to be sent:</source>
        <translation type="unfinished">Yn aros i&apos;w anfon:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="324"/>
        <source>Last problem:</source>
        <translation type="unfinished">Problem ddiwethaf:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="328"/>
        <source>Not sent</source>
        <translation type="unfinished">Heb ei anfon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="329"/>
        <source>Not sent:</source>
        <translation type="unfinished">Heb ei anfon:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="331"/>
        <source>Next try:</source>
        <translation type="unfinished">Cynnig nesaf:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="332"/>
        <source>Your coordinator:</source>
        <translation type="unfinished">Eich cydlynydd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="333"/>
        <source>Shared folder:</source>
        <translation type="unfinished">Ffolder a rennir:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="352"/>
        <location filename="../../ui/screens/sharing.py" line="373"/>
        <source>What will be sent</source>
        <translation type="unfinished">Beth a anfonir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="353"/>
        <source>Show &amp;every week</source>
        <translation type="unfinished">Dangos pob wythno&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="354"/>
        <source>Show every week, not only what changed</source>
        <translation type="unfinished">Dangos pob wythnos, nid dim ond yr hyn a newidiodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="356"/>
        <source>What will be sent, as a table</source>
        <translation type="unfinished">Beth a anfonir, fel tabl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="360"/>
        <location filename="../../ui/screens/sharing.py" line="362"/>
        <location filename="../../ui/screens/sharing.py" line="512"/>
        <source>Nothing new to send.</source>
        <translation type="unfinished">Dim byd newydd i&apos;w anfon.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="370"/>
        <source>What will be sent, as JSON</source>
        <translation type="unfinished">Beth a anfonir, fel JSON</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="374"/>
        <source>Ta&amp;ble</source>
        <translation type="unfinished">&amp;Tabl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="375"/>
        <source>JS&amp;ON</source>
        <translation type="unfinished">&amp;JSON</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="379"/>
        <source>Never sent</source>
        <translation type="unfinished">Byth yn cael ei anfon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="411"/>
        <source>No mailbox: send by file or a shared folder</source>
        <translation type="unfinished">Dim blwch post: anfonwch drwy ffeil neu ffolder a rennir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="413"/>
        <source>not given</source>
        <translation type="unfinished">heb ei roi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="420"/>
        <location filename="../../ui/screens/sharing.py" line="436"/>
        <source>none</source>
        <translation type="unfinished">dim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="442"/>
        <source>Your organisation does not collect this.</source>
        <translation type="unfinished">Nid yw eich sefydliad yn casglu hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="457"/>
        <source>never</source>
        <translation type="unfinished">byth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="458"/>
        <source>nothing</source>
        <translation type="unfinished">dim byd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="459"/>
        <source>{0} (sending now…)</source>
        <translation type="unfinished">{0} (yn anfon nawr…)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="510"/>
        <source>Nothing to send yet.</source>
        <translation type="unfinished">Dim byd i&apos;w anfon eto.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="528"/>
        <source>Never sent: names, notes, places, your own tags, exact dates and times.</source>
        <translation type="unfinished">Byth yn cael eu hanfon: enwau, nodiadau, lleoedd, eich tagiau eich hun, union ddyddiadau ac amseroedd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="532"/>
        <source>Your organisation&apos;s policy also leaves out: {0}.</source>
        <translation type="unfinished">Mae polisi eich sefydliad hefyd yn gadael allan: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="537"/>
        <source>contacts</source>
        <translation type="unfinished">cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="538"/>
        <source>minutes</source>
        <translation type="unfinished">munudau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="539"/>
        <source>activities and topics</source>
        <translation type="unfinished">gweithgareddau a phynciau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="540"/>
        <source>how they seemed</source>
        <translation type="unfinished">sut roedden nhw&apos;n ymddangos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="541"/>
        <source>outcome measures</source>
        <translation type="unfinished">mesurau canlyniad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="542"/>
        <source>safeguarding concerns</source>
        <translation type="unfinished">pryderon diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="543"/>
        <source>follow-ups</source>
        <translation type="unfinished">pethau i ddilyn i fyny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="544"/>
        <source>your own wellbeing</source>
        <translation type="unfinished">eich lles eich hun</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="551"/>
        <source>Received your last summary.</source>
        <translation type="unfinished">Wedi derbyn eich crynodeb diwethaf.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="552"/>
        <source>Already had your last summary.</source>
        <translation type="unfinished">Roedd eich crynodeb diwethaf ganddyn nhw eisoes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="554"/>
        <source>Holding your summaries until they approve this laptop: read them its fingerprint.</source>
        <translation type="unfinished">Yn dal eich crynodebau nes iddyn nhw gymeradwyo&apos;r gliniadur hwn: darllenwch ei ôl bys iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="556"/>
        <source>Found a conflict in your last summary; they will be in touch.</source>
        <translation type="unfinished">Wedi dod o hyd i wrthdaro yn eich crynodeb diwethaf; byddan nhw mewn cysylltiad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="557"/>
        <source>Could not accept your last summary; they will be in touch.</source>
        <translation type="unfinished">Methu â derbyn eich crynodeb diwethaf; byddan nhw mewn cysylltiad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="582"/>
        <source>Enrolment files ({0});;All files (*)</source>
        <translation type="unfinished">Ffeiliau ymrestru ({0});;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="587"/>
        <source>Join your organisation</source>
        <translation type="unfinished">Ymuno â&apos;ch sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="608"/>
        <source>Not joined; nothing was changed.</source>
        <translation type="unfinished">Heb ymuno; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="614"/>
        <source>You have joined {0}. Now read this laptop&apos;s fingerprint to your coordinator: {1}</source>
        <translation type="unfinished">Rydych chi wedi ymuno â {0}. Nawr darllenwch ôl bys y gliniadur hwn i&apos;ch cydlynydd: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="619"/>
        <source>Load an update</source>
        <translation type="unfinished">Llwytho diweddariad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="633"/>
        <source>Your organisation&apos;s settings were updated.</source>
        <translation type="unfinished">Diweddarwyd gosodiadau eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="635"/>
        <source>You already have this update, or a newer one.</source>
        <translation type="unfinished">Mae&apos;r diweddariad hwn, neu un mwy newydd, gennych chi eisoes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="644"/>
        <source>Sending…</source>
        <translation type="unfinished">Yn anfon…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="698"/>
        <source>Not sent: {0}</source>
        <translation type="unfinished">Heb ei anfon: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="700"/>
        <source>Sent to your organisation.</source>
        <translation type="unfinished">Anfonwyd at eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="701"/>
        <source>Nothing new to send: your organisation has everything.</source>
        <translation type="unfinished">Dim byd newydd i&apos;w anfon: mae popeth gan eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="713"/>
        <source>Save summaries as files in</source>
        <translation type="unfinished">Cadw crynodebau fel ffeiliau yn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="726"/>
        <source>Nothing new to save: every summary has already been sent.</source>
        <translation type="unfinished">Dim byd newydd i&apos;w gadw: mae pob crynodeb wedi&apos;i anfon eisoes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="728"/>
        <source>Saved {0}. Give it to your coordinator.</source>
        <translation type="unfinished">Cadwyd {0}. Rhowch ef i&apos;ch cydlynydd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sharing.py" line="731"/>
        <source>Saved %n files in {0}. Give them to your coordinator.</source>
        <translation type="unfinished">
            <numerusform>Cadwyd %n ffeil yn {0}. Rhowch nhw i&apos;ch cydlynydd.</numerusform>
            <numerusform>Cadwyd %n ffeil yn {0}. Rhowch hi i&apos;ch cydlynydd.</numerusform>
            <numerusform>Cadwyd %n ffeil yn {0}. Rhowch nhw i&apos;ch cydlynydd.</numerusform>
            <numerusform>Cadwyd %n ffeil yn {0}. Rhowch nhw i&apos;ch cydlynydd.</numerusform>
            <numerusform>Cadwyd %n ffeil yn {0}. Rhowch nhw i&apos;ch cydlynydd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="741"/>
        <source>A shared folder your coordinator collects summaries from</source>
        <translation type="unfinished">Ffolder a rennir y mae eich cydlynydd yn casglu crynodebau ohono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="751"/>
        <source>Summaries will also be copied into {0}.</source>
        <translation type="unfinished">Caiff crynodebau eu copïo i {0} hefyd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sharing.py" line="753"/>
        <source>The shared folder is no longer used.</source>
        <translation type="unfinished">Nid yw&apos;r ffolder a rennir yn cael ei ddefnyddio mwyach.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>New visit</source>
        <translation type="unfinished">Ymweliad newydd</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>New conversation</source>
        <translation type="unfinished">Sgwrs newydd</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <source>New reflection</source>
        <translation type="unfinished">Myfyrdod newydd</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Raise a safeguarding concern</source>
        <translation type="unfinished">Codi pryder diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Search your notes</source>
        <translation type="unfinished">Chwilio&apos;ch nodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Undo (a deleted entry comes back)</source>
        <translation type="unfinished">Dadwneud (daw cofnod a ddilëwyd yn ôl)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Redo</source>
        <translation type="unfinished">Ailwneud</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Save the entry or form you are in (also Ctrl+Enter)</source>
        <translation type="unfinished">Cadw&apos;r cofnod neu&apos;r ffurflen rydych chi ynddi (hefyd Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Close a dialog (it asks before anything typed is lost)</source>
        <translation type="unfinished">Cau deialog (mae&apos;n gofyn cyn colli unrhyw beth a deipiwyd)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Open the chosen entry; in a form, do what its main button does</source>
        <translation type="unfinished">Agor y cofnod a ddewiswyd; mewn ffurflen, gwneud yr hyn y mae ei phrif fotwm yn ei wneud</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Delete the chosen entry (Ctrl+Z brings it back)</source>
        <translation type="unfinished">Dileu&apos;r cofnod a ddewiswyd (mae Ctrl+Z yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Actions for the chosen item in a list (also the Menu key)</source>
        <translation type="unfinished">Camau ar gyfer yr eitem a ddewiswyd mewn rhestr (hefyd y fysell Dewislen)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Next field or button (Shift+Tab: back)</source>
        <translation type="unfinished">Maes neu fotwm nesaf (Shift+Tab: yn ôl)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <source>Next section: Logbook, Matches, Safeguarding, Sharing…</source>
        <translation type="unfinished">Adran nesaf: Llyfr cofnodion, Parau, Diogelu, Rhannu…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Alt and an underlined letter: that button or field</source>
        <translation type="unfinished">Alt a llythyren wedi&apos;i thanlinellu: y botwm neu&apos;r maes hwnnw</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <source>Refresh (coordinator)</source>
        <translation type="unfinished">Adnewyddu (cydlynydd)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Lock now, from anywhere (what you are typing is kept)</source>
        <translation type="unfinished">Cloi nawr, o unrhyw le (cedwir yr hyn rydych chi&apos;n ei deipio)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79"/>
        <source>Lock and quit</source>
        <translation type="unfinished">Cloi a gadael</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished">Y rhestr hon o lwybrau byr bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/screens/shortcuts.py" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/shortcuts.py" line="44"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../ui/models/summary.py" line="87"/>
        <source>Week</source>
        <translation type="unfinished">Wythnos</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="88"/>
        <source>Match</source>
        <translation type="unfinished">Pâr</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="89"/>
        <source>Contacts</source>
        <translation type="unfinished">Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="90"/>
        <source>Minutes</source>
        <translation type="unfinished">Munudau</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="91"/>
        <source>Activities and topics</source>
        <translation type="unfinished">Gweithgareddau a phynciau</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="92"/>
        <source>How they seemed</source>
        <translation type="unfinished">Sut roedden nhw&apos;n ymddangos</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="93"/>
        <source>Measures</source>
        <translation type="unfinished">Mesurau</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="94"/>
        <source>Concerns</source>
        <translation type="unfinished">Pryderon</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="95"/>
        <source>Follow-ups</source>
        <translation type="unfinished">Dilyn i fyny</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="96"/>
        <source>Your wellbeing</source>
        <translation type="unfinished">Eich lles</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="126"/>
        <source>{0} to {1}; only the week is sent, never the day</source>
        <translation type="unfinished">{0} i {1}; dim ond yr wythnos a anfonir, byth y diwrnod</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="130"/>
        <source>Your own wellbeing, sent only because you chose to share it</source>
        <translation type="unfinished">Eich lles eich hun, a anfonir dim ond am i chi ddewis ei rannu</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="138"/>
        <source>(all)</source>
        <translation type="unfinished">(y cyfan)</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="139"/>
        <source>(you)</source>
        <translation type="unfinished">(chi)</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="142"/>
        <source>Withdrawn: nothing is left to send for this week</source>
        <translation type="unfinished">Tynnwyd yn ôl: does dim ar ôl i&apos;w anfon ar gyfer yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="151"/>
        <source>{0} min</source>
        <translation type="unfinished">{0} mun</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="153"/>
        <source>{0} ({1})</source>
        <translation type="unfinished">{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="161"/>
        <source>{0} raised, {1} reported</source>
        <translation type="unfinished">{0} wedi&apos;u codi, {1} wedi&apos;u hadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="170"/>
        <source>{0} of 5 (n={1})</source>
        <translation type="unfinished">{0} o 5 (n={1})</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="176"/>
        <source>UCLA-3</source>
        <translation type="unfinished">UCLA-3</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="177"/>
        <source>ONS loneliness</source>
        <translation type="unfinished">Unigrwydd ONS</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="178"/>
        <source>ONS4</source>
        <translation type="unfinished">ONS4</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="179"/>
        <source>SWEMWBS</source>
        <translation type="unfinished">SWEMWBS</translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="199"/>
        <source>1 visit in person</source>
        <translation type="unfinished">1 ymweliad wyneb yn wyneb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="200"/>
        <source>%n visits in person</source>
        <translation type="unfinished">
            <numerusform>%n ymweliad wyneb yn wyneb</numerusform>
            <numerusform>%n ymweliad wyneb yn wyneb</numerusform>
            <numerusform>%n ymweliad wyneb yn wyneb</numerusform>
            <numerusform>%n ymweliad wyneb yn wyneb</numerusform>
            <numerusform>%n ymweliad wyneb yn wyneb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="202"/>
        <source>1 visit by phone</source>
        <translation type="unfinished">1 ymweliad dros y ffôn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="203"/>
        <source>%n visits by phone</source>
        <translation type="unfinished">
            <numerusform>%n ymweliad dros y ffôn</numerusform>
            <numerusform>%n ymweliad dros y ffôn</numerusform>
            <numerusform>%n ymweliad dros y ffôn</numerusform>
            <numerusform>%n ymweliad dros y ffôn</numerusform>
            <numerusform>%n ymweliad dros y ffôn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="205"/>
        <source>1 video visit</source>
        <translation type="unfinished">1 ymweliad fideo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="206"/>
        <source>%n video visits</source>
        <translation type="unfinished">
            <numerusform>%n ymweliad fideo</numerusform>
            <numerusform>%n ymweliad fideo</numerusform>
            <numerusform>%n ymweliad fideo</numerusform>
            <numerusform>%n ymweliad fideo</numerusform>
            <numerusform>%n ymweliad fideo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="208"/>
        <source>1 visit by messages</source>
        <translation type="unfinished">1 ymweliad drwy negeseuon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="209"/>
        <source>%n visits by messages</source>
        <translation type="unfinished">
            <numerusform>%n ymweliad drwy negeseuon</numerusform>
            <numerusform>%n ymweliad drwy negeseuon</numerusform>
            <numerusform>%n ymweliad drwy negeseuon</numerusform>
            <numerusform>%n ymweliad drwy negeseuon</numerusform>
            <numerusform>%n ymweliad drwy negeseuon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="211"/>
        <source>1 group visit</source>
        <translation type="unfinished">1 ymweliad grŵp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="212"/>
        <source>%n group visits</source>
        <translation type="unfinished">
            <numerusform>%n ymweliad grŵp</numerusform>
            <numerusform>%n ymweliad grŵp</numerusform>
            <numerusform>%n ymweliad grŵp</numerusform>
            <numerusform>%n ymweliad grŵp</numerusform>
            <numerusform>%n ymweliad grŵp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="214"/>
        <source>1 conversation in person</source>
        <translation type="unfinished">1 sgwrs wyneb yn wyneb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="215"/>
        <source>%n conversations in person</source>
        <translation type="unfinished">
            <numerusform>%n sgwrs wyneb yn wyneb</numerusform>
            <numerusform>%n sgwrs wyneb yn wyneb</numerusform>
            <numerusform>%n sgwrs wyneb yn wyneb</numerusform>
            <numerusform>%n sgwrs wyneb yn wyneb</numerusform>
            <numerusform>%n sgwrs wyneb yn wyneb</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="217"/>
        <source>1 phone call</source>
        <translation type="unfinished">1 alwad ffôn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="218"/>
        <source>%n phone calls</source>
        <translation type="unfinished">
            <numerusform>%n galwad ffôn</numerusform>
            <numerusform>%n galwad ffôn</numerusform>
            <numerusform>%n galwad ffôn</numerusform>
            <numerusform>%n galwad ffôn</numerusform>
            <numerusform>%n galwad ffôn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="220"/>
        <source>1 video call</source>
        <translation type="unfinished">1 alwad fideo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="221"/>
        <source>%n video calls</source>
        <translation type="unfinished">
            <numerusform>%n galwad fideo</numerusform>
            <numerusform>%n galwad fideo</numerusform>
            <numerusform>%n galwad fideo</numerusform>
            <numerusform>%n galwad fideo</numerusform>
            <numerusform>%n galwad fideo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="223"/>
        <source>1 conversation by messages</source>
        <translation type="unfinished">1 sgwrs drwy negeseuon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="224"/>
        <source>%n conversations by messages</source>
        <translation type="unfinished">
            <numerusform>%n sgwrs drwy negeseuon</numerusform>
            <numerusform>%n sgwrs drwy negeseuon</numerusform>
            <numerusform>%n sgwrs drwy negeseuon</numerusform>
            <numerusform>%n sgwrs drwy negeseuon</numerusform>
            <numerusform>%n sgwrs drwy negeseuon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/summary.py" line="226"/>
        <source>1 group conversation</source>
        <translation type="unfinished">1 sgwrs grŵp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/summary.py" line="227"/>
        <source>%n group conversations</source>
        <translation type="unfinished">
            <numerusform>%n sgwrs grŵp</numerusform>
            <numerusform>%n sgwrs grŵp</numerusform>
            <numerusform>%n sgwrs grŵp</numerusform>
            <numerusform>%n sgwrs grŵp</numerusform>
            <numerusform>%n sgwrs grŵp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../ui/widgets/tags.py" line="28"/>
        <source>Separate tags with commas</source>
        <translation type="unfinished">Gwahanwch dagiau gyda chomas</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/screens/timeline.py" line="69"/>
        <source>Search your notes…</source>
        <translation type="unfinished">Chwilio&apos;ch nodiadau…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="71"/>
        <source>Search notes</source>
        <translation type="unfinished">Chwilio nodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="73"/>
        <source>Filter by match</source>
        <translation type="unfinished">Hidlo yn ôl pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="75"/>
        <source>Filter by kind</source>
        <translation type="unfinished">Hidlo yn ôl math</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="76"/>
        <source>All kinds</source>
        <translation type="unfinished">Pob math</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="79"/>
        <source>From date</source>
        <translation type="unfinished">O&apos;r dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="80"/>
        <source>To date</source>
        <translation type="unfinished">Hyd at y dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="82"/>
        <source>Number of entries</source>
        <translation type="unfinished">Nifer y cofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="84"/>
        <source>Entries</source>
        <translation type="unfinished">Cofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="115"/>
        <source>from</source>
        <translation type="unfinished">o</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="117"/>
        <source>to</source>
        <translation type="unfinished">i</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="130"/>
        <source>What to do first</source>
        <translation type="unfinished">Beth i&apos;w wneud gyntaf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="180"/>
        <source>any</source>
        <translation type="unfinished">unrhyw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="193"/>
        <source>All matches</source>
        <translation type="unfinished">Pob pâr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="265"/>
        <source>Start by adding the person you support. Your coordinator gives you a code for them; the name you give them stays on this laptop.</source>
        <translation type="unfinished">Dechreuwch drwy ychwanegu&apos;r unigolyn rydych chi&apos;n ei gefnogi. Mae eich cydlynydd yn rhoi cod i chi ar ei gyfer; mae&apos;r enw a roddwch iddo yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="269"/>
        <source>&amp;Add the person you support…</source>
        <translation type="unfinished">&amp;Ychwanegu&apos;r unigolyn rydych chi&apos;n ei gefnogi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="272"/>
        <source>Nothing written yet. After your first visit or call, record it here.</source>
        <translation type="unfinished">Dim byd wedi&apos;i ysgrifennu eto. Ar ôl eich ymweliad neu&apos;ch galwad gyntaf, cofnodwch hi yma.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="274"/>
        <source>New &amp;visit…</source>
        <translation type="unfinished">&amp;Ymweliad newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="299"/>
        <source>Read</source>
        <translation type="unfinished">Darllen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="300"/>
        <source>Edit…</source>
        <translation type="unfinished">Golygu…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/timeline.py" line="301"/>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="329"/>
        <source>%n entries found</source>
        <translation type="unfinished">
            <numerusform>%n cofnod wedi’u canfod</numerusform>
            <numerusform>%n cofnod wedi&apos;i ganfod</numerusform>
            <numerusform>%n cofnod wedi’u canfod</numerusform>
            <numerusform>%n cofnod wedi’u canfod</numerusform>
            <numerusform>%n cofnod wedi’u canfod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/timeline.py" line="331"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/screens/unlock.py" line="32"/>
        <source>Profile</source>
        <translation type="unfinished">Proffil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="34"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="38"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="39"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="41"/>
        <source>&amp;Forgot passphrase…</source>
        <translation type="unfinished">&amp;Wedi anghofio’r cyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="42"/>
        <source>Forgot passphrase</source>
        <translation type="unfinished">Wedi anghofio’r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="44"/>
        <source>&amp;New profile…</source>
        <translation type="unfinished">&amp;Proffil newydd…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="45"/>
        <source>New profile</source>
        <translation type="unfinished">Proffil newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="49"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished">Llyfr Cofnodion Gwirfoddolwyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="50"/>
        <source>Your logbook is locked. Choose your profile and unlock it.</source>
        <translation type="unfinished">Mae eich llyfr cofnodion wedi&apos;i gloi. Dewiswch eich proffil a&apos;i ddatgloi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="54"/>
        <source>P&amp;rofile:</source>
        <translation type="unfinished">P&amp;roffil:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="55"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="98"/>
        <source>There is no profile named “{0}” here. Choose one from the list.</source>
        <translation type="unfinished">Does dim proffil o&apos;r enw “{0}” yma. Dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="119"/>
        <source>Unlocking…</source>
        <translation type="unfinished">Yn datgloi…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/unlock.py" line="131"/>
        <source>That passphrase does not open this profile. Try again.</source>
        <translation type="unfinished">Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y proffil hwn. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../ui/models/coordinator.py" line="317"/>
        <source>Volunteer</source>
        <translation type="unfinished">Gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="317"/>
        <source>Contacts</source>
        <translation type="unfinished">Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="317"/>
        <source>Hours</source>
        <translation type="unfinished">Oriau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="318"/>
        <source>Matches</source>
        <translation type="unfinished">Parau</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="318"/>
        <source>Last bundle</source>
        <translation type="unfinished">Bwndel olaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="322"/>
        <source>Visits and conversations in the last 4 weeks</source>
        <translation type="unfinished">Ymweliadau a sgyrsiau yn y 4 wythnos diwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="323"/>
        <source>Hours of contact in the last 4 weeks</source>
        <translation type="unfinished">Oriau o gyswllt yn y 4 wythnos diwethaf</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="324"/>
        <source>Match codes assigned to the volunteer</source>
        <translation type="unfinished">Codau pâr a neilltuwyd i&apos;r gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="325"/>
        <source>When the latest bundle from their laptops was imported</source>
        <translation type="unfinished">Pryd y mewnforiwyd y bwndel diweddaraf o&apos;u gliniaduron</translation>
    </message>
    <message>
        <location filename="../../ui/models/coordinator.py" line="337"/>
        <source>none yet</source>
        <translation type="unfinished">dim eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/coordinator.py" line="347"/>
        <source>%n approved laptop(s)</source>
        <translation type="unfinished">
            <numerusform>%n gliniadur wedi&apos;u cymeradwyo</numerusform>
            <numerusform>%n gliniadur wedi&apos;i gymeradwyo</numerusform>
            <numerusform>%n gliniadur wedi&apos;u cymeradwyo</numerusform>
            <numerusform>%n gliniadur wedi&apos;u cymeradwyo</numerusform>
            <numerusform>%n gliniadur wedi&apos;u cymeradwyo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <location filename="../../ui/weeks.py" line="33"/>
        <source>w/c {0}</source>
        <translation type="unfinished">w/d {0}</translation>
    </message>
    <message>
        <location filename="../../ui/weeks.py" line="35"/>
        <source>week of {0}</source>
        <translation type="unfinished">wythnos {0}</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../ui/screens/measures.py" line="228"/>
        <source>Withdraw consent for this measure</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl ar gyfer y mesur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="230"/>
        <source>Withdraw consent for every measure</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl ar gyfer pob mesur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="233"/>
        <source>The {0} of {1} will no longer be shared.</source>
        <translation type="unfinished">Ni chaiff sgorau {0} ar {1} eu rhannu mwyach.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="238"/>
        <source>No score of {0}, recorded or still to come, will be shared any more.</source>
        <translation type="unfinished">Ni chaiff unrhyw sgôr ar gyfer {0}, a gofnodwyd neu sydd i ddod, ei rhannu mwyach.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="245"/>
        <source>The scores stay on this laptop. Any week already sent with them is sent again without them.</source>
        <translation type="unfinished">Mae&apos;r sgorau&apos;n aros ar y gliniadur hwn. Caiff unrhyw wythnos a anfonwyd eisoes gyda nhw ei hanfon eto hebddynt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="253"/>
        <source>Consent withdrawn on</source>
        <translation type="unfinished">Tynnwyd caniatâd yn ôl ar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="255"/>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished">&amp;Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="256"/>
        <source>Withdraw consent</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/screens/measures.py" line="260"/>
        <source>Withdrawn &amp;on:</source>
        <translation type="unfinished">Tynnwyd yn ôl &amp;ar:</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="94"/>
        <source>Sections</source>
        <translation type="unfinished">Adrannau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="95"/>
        <source>&amp;Logbook</source>
        <translation type="unfinished">&amp;Llyfr cofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="96"/>
        <source>&amp;Matches</source>
        <translation type="unfinished">&amp;Parau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="97"/>
        <source>&amp;Safeguarding</source>
        <translation type="unfinished">&amp;Diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="98"/>
        <source>Sha&amp;ring</source>
        <translation type="unfinished">&amp;Rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="99"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished">&amp;Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="101"/>
        <location filename="../../ui/screens/workarea.py" line="102"/>
        <source>Actions</source>
        <translation type="unfinished">Camau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="105"/>
        <source>New &amp;visit</source>
        <translation type="unfinished">&amp;Ymweliad newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="108"/>
        <source>New &amp;conversation</source>
        <translation type="unfinished">&amp;Sgwrs newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="113"/>
        <source>New &amp;reflection</source>
        <translation type="unfinished">&amp;Myfyrdod newydd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="116"/>
        <source>Raise &amp;concern</source>
        <translation type="unfinished">Codi p&amp;ryder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="119"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="121"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="128"/>
        <source>&amp;Find</source>
        <translation type="unfinished">&amp;Chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="129"/>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Cloi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="136"/>
        <source>Unreported safeguarding concerns</source>
        <translation type="unfinished">Pryderon diogelu heb eu hadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="143"/>
        <source>Matches past the keeping period</source>
        <translation type="unfinished">Parau y tu hwnt i&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="150"/>
        <source>Notice</source>
        <translation type="unfinished">Hysbysiad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="151"/>
        <source>Undo</source>
        <translation type="unfinished">Dadwneud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="152"/>
        <source>Undo delete</source>
        <translation type="unfinished">Dadwneud dileu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="154"/>
        <source>Restore &amp;draft</source>
        <translation type="unfinished">&amp;Adfer drafft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="155"/>
        <source>Restore the unsaved draft</source>
        <translation type="unfinished">Adfer y drafft heb ei gadw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="156"/>
        <source>Discard draft</source>
        <translation type="unfinished">Taflu drafft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="157"/>
        <source>Discard the unsaved draft</source>
        <translation type="unfinished">Taflu&apos;r drafft heb ei gadw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="251"/>
        <source>Add the person you support first</source>
        <translation type="unfinished">Ychwanegwch y person rydych yn ei gefnogi yn gyntaf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="254"/>
        <source>⚠ %n safeguarding concern(s) not yet reported. Report now, then mark it reported.</source>
        <translation type="unfinished">
            <numerusform>⚠ %n pryder diogelu heb eu hadrodd eto. Adroddwch nawr, yna nodwch eu bod wedi&apos;u hadrodd.</numerusform>
            <numerusform>⚠ %n pryder diogelu heb ei adrodd eto. Adroddwch ef nawr, yna nodwch ei fod wedi&apos;i adrodd.</numerusform>
            <numerusform>⚠ %n pryder diogelu heb eu hadrodd eto. Adroddwch nawr, yna nodwch eu bod wedi&apos;u hadrodd.</numerusform>
            <numerusform>⚠ %n pryder diogelu heb eu hadrodd eto. Adroddwch nawr, yna nodwch eu bod wedi&apos;u hadrodd.</numerusform>
            <numerusform>⚠ %n pryder diogelu heb eu hadrodd eto. Adroddwch nawr, yna nodwch eu bod wedi&apos;u hadrodd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="265"/>
        <source>%n ended match(es) kept past the keeping period: review them for erasure</source>
        <translation type="unfinished">
            <numerusform>%n pâr a ddaeth i ben wedi&apos;u cadw y tu hwnt i&apos;r cyfnod cadw: adolygwch nhw i&apos;w dileu</numerusform>
            <numerusform>%n pâr a ddaeth i ben wedi&apos;i gadw y tu hwnt i&apos;r cyfnod cadw: adolygwch ef i&apos;w ddileu</numerusform>
            <numerusform>%n pâr a ddaeth i ben wedi&apos;u cadw y tu hwnt i&apos;r cyfnod cadw: adolygwch nhw i&apos;w dileu</numerusform>
            <numerusform>%n pâr a ddaeth i ben wedi&apos;u cadw y tu hwnt i&apos;r cyfnod cadw: adolygwch nhw i&apos;w dileu</numerusform>
            <numerusform>%n pâr a ddaeth i ben wedi&apos;u cadw y tu hwnt i&apos;r cyfnod cadw: adolygwch nhw i&apos;w dileu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/workarea.py" line="276"/>
        <source>Set by your organisation: %n month(s)</source>
        <translation type="unfinished">
            <numerusform>Wedi&apos;i osod gan eich sefydliad: %n mis</numerusform>
            <numerusform>Wedi&apos;i osod gan eich sefydliad: %n mis</numerusform>
            <numerusform>Wedi&apos;i osod gan eich sefydliad: %n mis</numerusform>
            <numerusform>Wedi&apos;i osod gan eich sefydliad: %n mis</numerusform>
            <numerusform>Wedi&apos;i osod gan eich sefydliad: %n mis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="321"/>
        <source>Entry of {0} deleted.</source>
        <translation type="unfinished">Dilëwyd cofnod {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/workarea.py" line="337"/>
        <source>You have an unsaved draft from {0}.</source>
        <translation type="unfinished">Mae gennych ddrafft heb ei gadw o {0}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Volunteer Logbook</source>
        <translation type="unfinished">Llyfr Cofnodion Gwirfoddolwyr</translation>
    </message>
</context>
<context>
    <name>area</name>
    <message>
        <location filename="../../ui/screens/workarea.py" line="56"/>
        <source>delete entry</source>
        <translation type="unfinished">dileu cofnod</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Visit</source>
        <translation type="unfinished">Ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Conversation</source>
        <translation type="unfinished">Sgwrs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Reflection</source>
        <translation type="unfinished">Myfyrdod</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>In person</source>
        <translation type="unfinished">Wyneb yn wyneb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Phone</source>
        <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Video call</source>
        <translation type="unfinished">Galwad fideo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Messages</source>
        <translation type="unfinished">Negeseuon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Group</source>
        <translation type="unfinished">Grŵp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>1 – very low</source>
        <translation type="unfinished">1 – isel iawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>2 – low</source>
        <translation type="unfinished">2 – isel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>3 – okay</source>
        <translation type="unfinished">3 – iawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>4 – good</source>
        <translation type="unfinished">4 – da</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>5 – very good</source>
        <translation type="unfinished">5 – da iawn</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <location filename="../../ui/measure_texts.py" line="12"/>
        <source>Loneliness (UCLA 3-item scale)</source>
        <translation type="unfinished">Unigrwydd (graddfa UCLA 3 eitem)</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="13"/>
        <source>Loneliness (ONS direct question)</source>
        <translation type="unfinished">Unigrwydd (cwestiwn uniongyrchol ONS)</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="16"/>
        <source>Personal wellbeing (ONS4)</source>
        <translation type="unfinished">Lles personol (ONS4)</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="17"/>
        <source>Mental wellbeing (SWEMWBS)</source>
        <translation type="unfinished">Lles meddyliol (SWEMWBS)</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="23"/>
        <source>For each question, how often do they feel this way?</source>
        <translation type="unfinished">Ar gyfer pob cwestiwn, pa mor aml maen nhw&apos;n teimlo fel hyn?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="27"/>
        <source>On a scale where 0 is “not at all” and 10 is “completely”, overall…</source>
        <translation type="unfinished">Ar raddfa lle mae 0 yn “ddim o gwbl” a 10 yn “yn llwyr”, yn gyffredinol…</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="30"/>
        <source>Below are some statements about feelings and thoughts. Tick the box that best describes their experience of each over the last two weeks.</source>
        <translation type="unfinished">Isod mae rhai datganiadau am deimladau a meddyliau. Ticiwch y blwch sy&apos;n disgrifio orau eu profiad o bob un dros y pythefnos diwethaf.</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="41"/>
        <source>How often do you feel that you lack companionship?</source>
        <translation type="unfinished">Pa mor aml ydych chi&apos;n teimlo nad oes gennych gwmnïaeth?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="44"/>
        <source>How often do you feel left out?</source>
        <translation type="unfinished">Pa mor aml ydych chi&apos;n teimlo eich bod yn cael eich gadael allan?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="45"/>
        <source>How often do you feel isolated from others?</source>
        <translation type="unfinished">Pa mor aml ydych chi&apos;n teimlo&apos;n ynysig oddi wrth bobl eraill?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="48"/>
        <source>How often do you feel lonely?</source>
        <translation type="unfinished">Pa mor aml ydych chi&apos;n teimlo&apos;n unig?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="51"/>
        <source>How satisfied are you with your life nowadays?</source>
        <translation type="unfinished">Pa mor fodlon ydych chi â&apos;ch bywyd y dyddiau hyn?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="54"/>
        <source>To what extent do you feel the things you do in your life are worthwhile?</source>
        <translation type="unfinished">I ba raddau ydych chi&apos;n teimlo bod y pethau rydych chi&apos;n eu gwneud yn eich bywyd yn werth chweil?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="58"/>
        <source>How happy did you feel yesterday?</source>
        <translation type="unfinished">Pa mor hapus oeddech chi&apos;n teimlo ddoe?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="59"/>
        <source>How anxious did you feel yesterday?</source>
        <translation type="unfinished">Pa mor bryderus oeddech chi&apos;n teimlo ddoe?</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="62"/>
        <source>I&apos;ve been feeling optimistic about the future</source>
        <translation type="unfinished">Rydw i wedi bod yn teimlo&apos;n optimistaidd am y dyfodol</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="63"/>
        <source>I&apos;ve been feeling useful</source>
        <translation type="unfinished">Rydw i wedi bod yn teimlo&apos;n ddefnyddiol</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="64"/>
        <source>I&apos;ve been feeling relaxed</source>
        <translation type="unfinished">Rydw i wedi bod yn teimlo&apos;n ymlaciedig</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="65"/>
        <source>I&apos;ve been dealing with problems well</source>
        <translation type="unfinished">Rydw i wedi bod yn delio â phroblemau&apos;n dda</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="66"/>
        <source>I&apos;ve been thinking clearly</source>
        <translation type="unfinished">Rydw i wedi bod yn meddwl yn glir</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="67"/>
        <source>I&apos;ve been feeling close to other people</source>
        <translation type="unfinished">Rydw i wedi bod yn teimlo&apos;n agos at bobl eraill</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="68"/>
        <source>I&apos;ve been able to make up my own mind about things</source>
        <translation type="unfinished">Rydw i wedi gallu penderfynu drosof fy hun am bethau</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="79"/>
        <source>Hardly ever or never</source>
        <translation type="unfinished">Prin byth neu byth</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="80"/>
        <location filename="../../ui/measure_texts.py" line="86"/>
        <location filename="../../ui/measure_texts.py" line="96"/>
        <source>Some of the time</source>
        <translation type="unfinished">Peth o’r amser</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="81"/>
        <location filename="../../ui/measure_texts.py" line="97"/>
        <source>Often</source>
        <translation type="unfinished">Yn aml</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="85"/>
        <source>Often or always</source>
        <translation type="unfinished">Yn aml neu bob amser</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="87"/>
        <source>Occasionally</source>
        <translation type="unfinished">Weithiau</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="88"/>
        <source>Hardly ever</source>
        <translation type="unfinished">Prin byth</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="89"/>
        <source>Never</source>
        <translation type="unfinished">Byth</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="94"/>
        <source>None of the time</source>
        <translation type="unfinished">Dim o’r amser</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="95"/>
        <source>Rarely</source>
        <translation type="unfinished">Anaml</translation>
    </message>
    <message>
        <location filename="../../ui/measure_texts.py" line="98"/>
        <source>All of the time</source>
        <translation type="unfinished">Drwy’r amser</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/long_task.py" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../ui/widgets/context_menu.py" line="46"/>
        <source>Actions</source>
        <translation type="unfinished">Camau</translation>
    </message>
</context>
</TS>
