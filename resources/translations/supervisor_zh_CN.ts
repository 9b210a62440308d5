<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../supervisor/ui/common.py" line="35"/>
        <source>common</source>
        <comment>Supervisor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/common.py" line="77"/>
        <source>DateField</source>
        <comment>Set a date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="156"/>
        <source>Add building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="160"/>
        <source>e.g. 3号楼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="170"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="171"/>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="172"/>
        <source>Floors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="173"/>
        <source>Flats per floor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompoundDialog</name>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="91"/>
        <source>New compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="91"/>
        <source>Edit compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="98"/>
        <source>e.g. 1992</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="100"/>
        <source>number of households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="101"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="102"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="103"/>
        <source>Year built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="104"/>
        <source>Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="139"/>
        <source>The year built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="140"/>
        <source>The number of households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompoundListModel</name>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="54"/>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="54"/>
        <source>Built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="55"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="55"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="74"/>
        <source>{declared} ({recorded} recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompoundsView</name>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="207"/>
        <source>&amp;New compound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="209"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="211"/>
        <source>Add &amp;building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="213"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="281"/>
        <source>Remove compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="282"/>
        <source>Remove {name} with its buildings and households? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="131"/>
        <source>Edit project {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="140"/>
        <source>Archive project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="140"/>
        <source>Restore project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="186"/>
        <source>Step {code}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="196"/>
        <source>Edit step {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="223"/>
        <source>Mark material provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="223"/>
        <source>Mark material missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="232"/>
        <source>Waive material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="239"/>
        <source>Cancel waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="262"/>
        <source>Attach {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/controller.py" line="264"/>
        <source>Attach %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="288"/>
        <source>Remove {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="315"/>
        <source>Edit compound {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="88"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="109"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="111"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="113"/>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="114"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="116"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="119"/>
        <source>&amp;Edit project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="122"/>
        <source>&amp;Archive / restore project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="124"/>
        <source>Show &amp;archived projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="128"/>
        <source>&amp;Find step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="130"/>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="131"/>
        <source>&amp;Compounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="133"/>
        <source>Procedure &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="135"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="137"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="139"/>
        <source>&amp;About Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="152"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="157"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="162"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="170"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="173"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="175"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="177"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="200"/>
        <source>Opening {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="213"/>
        <source>The database {target} could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="222"/>
        <source>Use File → Open database… to open another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="225"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="246"/>
        <source>The database was upgraded; a copy of the old one is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="252"/>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="273"/>
        <location filename="../../supervisor/ui/main_window.py" line="279"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="274"/>
        <source>Supervisor database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="280"/>
        <source>{path} already exists. Use File → Open database… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="287"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="288"/>
        <source>Supervisor database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="304"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="305"/>
        <source>The new language is used the next time Supervisor starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="313"/>
        <source>About Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="315"/>
        <source>Supervisor {version}

Supervising the renovation of old residential compounds: the 45-step procedure, materials, compounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <location filename="../../supervisor/ui/models.py" line="184"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="184"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="184"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="184"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="185"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="185"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/models.py" line="210"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/models.py" line="230"/>
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="251"/>
        <source>Estimated: the public holidays of that year are not known yet; weekends only were counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureView</name>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="61"/>
        <source>Search steps, materials, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="67"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="72"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="181"/>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="182"/>
        <source>Anyone responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="204"/>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="207"/>
        <source>{done}/{total} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure_view.py" line="209"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="270"/>
        <source>Step {code} was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="282"/>
        <source>Complete before prerequisites?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="283"/>
        <source>Reason (recorded with your name):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="36"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="36"/>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="43"/>
        <source>e.g. DH-2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="54"/>
        <source>yuan, e.g. 3500000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="62"/>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="63"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="64"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="65"/>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="66"/>
        <source>Budget (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="67"/>
        <source>Planned start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="68"/>
        <source>Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="69"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="75"/>
        <source>Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="78"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="81"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/project_dialog.py" line="82"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../supervisor/ui/models.py" line="69"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="69"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="69"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="70"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="83"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/models.py" line="91"/>
        <source>{name}
{done} of {total} steps done, {compounds} compounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="150"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="153"/>
        <source>Complete this step (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="157"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="172"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="176"/>
        <source>Material / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="176"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="176"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="182"/>
        <source>Tick a material when it is provided, or drop files on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="188"/>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="191"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="193"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="195"/>
        <source>&amp;Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="197"/>
        <location filename="../../supervisor/ui/step_panel.py" line="430"/>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="210"/>
        <source>Dates and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="223"/>
        <source>Responsible party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="224"/>
        <source>Responsible person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="225"/>
        <source>Planned start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="226"/>
        <source>Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="227"/>
        <source>Actual start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="228"/>
        <source>Actual end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="229"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="230"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="233"/>
        <source>Save the dates, person and notes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="235"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="248"/>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="277"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="292"/>
        <source>Select a step in the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="317"/>
        <source>Completed before its prerequisites by {who}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="342"/>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="344"/>
        <source>(estimated: that year&apos;s holidays are not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/step_panel.py" line="347"/>
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="351"/>
        <source>Not before {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="353"/>
        <source>Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="358"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="413"/>
        <source>Waived: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="415"/>
        <source>Provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="416"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="416"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="430"/>
        <source>Cancel &amp;waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="466"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="483"/>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="513"/>
        <source>Save file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="540"/>
        <source>Waive material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="540"/>
        <source>Why is this material not needed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="42"/>
        <source>Procedure templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="52"/>
        <source>&amp;Copy as new template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="55"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="69"/>
        <location filename="../../supervisor/ui/template_editor.py" line="90"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="69"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="74"/>
        <location filename="../../supervisor/ui/template_editor.py" line="302"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="76"/>
        <location filename="../../supervisor/ui/template_editor.py" line="328"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="78"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="80"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="99"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="100"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="101"/>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="102"/>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="103"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="104"/>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="109"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="116"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="118"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="120"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="122"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="124"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="132"/>
        <source>Ticked materials are required before the step can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="159"/>
        <source>{name} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="171"/>
        <source>The built-in procedure is read-only. Copy it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/template_editor.py" line="174"/>
        <source>Used by %n project(s): read-only, so their procedures never change. Copy it to make a new version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="178"/>
        <source>Editable: not used by any project yet. {steps} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="267"/>
        <source>Copy template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="267"/>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="268"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="302"/>
        <source>Name of the new step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="328"/>
        <source>Remove step {code} {name} from this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="349"/>
        <source>Add material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="349"/>
        <location filename="../../supervisor/ui/template_editor.py" line="363"/>
        <source>Name of the material:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/template_editor.py" line="363"/>
        <source>Rename material</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="39"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="44"/>
        <source>Filter projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="71"/>
        <source>No projects yet. Create one with Project → New project… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="80"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="81"/>
        <source>Compounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="143"/>
        <source>{name} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../supervisor/cli.py" line="90"/>
        <source>{value} is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="53"/>
        <source>The change conflicts with a record already stored: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="64"/>
        <source>The database {where} is in use by another program and stayed locked. Nothing was changed; close the other program or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="73"/>
        <source>The file {where} is damaged or is not a database. It was not changed. Open a backup copy, or run &apos;supervisor check&apos; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="82"/>
        <source>The disk holding {where} is full or failing. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="91"/>
        <source>The database {where} cannot be written (read-only file or folder, or no permission). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="99"/>
        <source>The database {where} reported an error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="212"/>
        <source>There is no database at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="218"/>
        <source>The folder for {where} cannot be created: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="226"/>
        <source>{where} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/migrate.py" line="52"/>
        <source>{where} is a database, but not a Supervisor database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/db/migrate.py" line="102"/>
        <source>{where} was written by a newer version of Supervisor (schema {revision}). Install the newer version to open it; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/demo.py" line="176"/>
        <source>{file} already exists; choose another file or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="97"/>
        <location filename="../../supervisor/templates.py" line="473"/>
        <source>The step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="257"/>
        <source>Step {step} cannot be completed: these required materials are neither provided nor waived: {materials}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="270"/>
        <source>Step {step} has prerequisites that are not complete: {steps}. Complete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="318"/>
        <location filename="../../supervisor/projects.py" line="109"/>
        <source>The planned end is before the planned start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="323"/>
        <source>The actual end is before the actual start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="355"/>
        <location filename="../../supervisor/templates.py" line="481"/>
        <source>The material no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="369"/>
        <source>Give a reason for waiving {material}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="389"/>
        <source>{file} is larger than {limit} MB and was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="398"/>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="402"/>
        <source>{file} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="411"/>
        <source>The file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure.py" line="434"/>
        <location filename="../../supervisor/procedure.py" line="441"/>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="72"/>
        <source>The budget must be a number of yuan, e.g. 3500000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="82"/>
        <source>The project needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="86"/>
        <source>The project code may use letters, digits and - _ . / only (at most 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="94"/>
        <source>The project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="98"/>
        <source>Unknown project class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="104"/>
        <source>The budget must be between 0 and 10^14 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="115"/>
        <source>Unknown party role {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="119"/>
        <location filename="../../supervisor/projects.py" line="405"/>
        <source>The phone number {phone} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="126"/>
        <source>A project with the code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="202"/>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="210"/>
        <source>There is no project with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="284"/>
        <source>The compound needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="289"/>
        <source>The year built must be between 1900 and {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="295"/>
        <source>The number of households must be 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="305"/>
        <source>This project already has a compound named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="341"/>
        <source>The compound no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="356"/>
        <source>The building needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="360"/>
        <source>Units must be 1-20, floors 1-60 and flats per floor 1-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="366"/>
        <source>The compound already has a building named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/projects.py" line="401"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="45"/>
        <source>Step {step}: the period is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="49"/>
        <source>Step {step}: the period must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="54"/>
        <source>Step {step}: the period unit must be &apos;wd&apos; or &apos;d&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="59"/>
        <source>Step {step}: unknown period kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="66"/>
        <source>Step {step}: the period counts from an unknown step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="75"/>
        <source>A procedure needs at least one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="82"/>
        <source>Every step needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="86"/>
        <location filename="../../supervisor/templates.py" line="305"/>
        <source>The step code {step} is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="95"/>
        <source>Step {step} requires an unknown step {prerequisite}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="220"/>
        <source>The template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="243"/>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="264"/>
        <source>The built-in procedure cannot be edited; make a copy and edit that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="270"/>
        <source>This template version is used by projects already started; make a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="296"/>
        <source>A step needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="300"/>
        <source>A step needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="389"/>
        <location filename="../../supervisor/templates.py" line="402"/>
        <source>A material needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/templates.py" line="488"/>
        <source>The phase no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/compounds_view.py" line="130"/>
        <source>{what} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure_view.py" line="294"/>
        <source>A reason is needed to complete a step before its prerequisites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/step_panel.py" line="522"/>
        <source>{file} cannot be written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="13"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="14"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="15"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="16"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="23"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="24"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="25"/>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="32"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="33"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="34"/>
        <source>Supervision firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="35"/>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
