<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../supervisor/ui/backups/automatic.py" line="29"/>
        <source>A server database gets no automatic backups here: back it up with &apos;supervisor backup&apos;, which runs pg_dump.</source>
        <translation>服务器数据库在此不做自动备份：请用“supervisor backup”备份（它运行 pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/automatic.py" line="32"/>
        <source>This database is open read-only, so it gets no automatic backups.</source>
        <translation>此数据库以只读方式打开，因此不做自动备份。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/automatic.py" line="34"/>
        <source>This is the demo&apos;s sample data, so it gets no automatic backups.</source>
        <translation>这是演示用的示例数据，因此不做自动备份。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="25"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="26"/>
        <source>Restore the backup of {time}?

Everything changed since then is replaced; the current state is backed up first, so this can be undone by restoring that backup.</source>
        <translation>恢复 {time} 的备份吗？

此后的所有更改都将被替换；恢复前会先备份当前状态，恢复那个备份即可撤销本次恢复。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="48"/>
        <source>Restoring the backup of {time}…</source>
        <translation>正在恢复 {time} 的备份…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="52"/>
        <source>Restored the backup of {time}; the state before is kept in {path}</source>
        <translation>已恢复 {time} 的备份；恢复前的状态保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="64"/>
        <source>Restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="87"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/restoring.py" line="88"/>
        <source>Restore the backup of {time}? It is the newest backup that passes the check; the damaged file is kept beside the backups.</source>
        <translation>恢复 {time} 的备份吗？这是通过检查的最新备份；损坏的文件会保留在备份旁边。</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="74"/>
        <source>Completion acceptance record</source>
        <translation>竣工逐项验收记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="84"/>
        <source>{role}: {organisation}</source>
        <translation>{role}：{organisation}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="99"/>
        <source>yuan, e.g. 3500000</source>
        <translation>单位：元，例如：3500000</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="110"/>
        <source>passed:</source>
        <translation>其中合格：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="114"/>
        <source>Contract price (yuan):</source>
        <translation>合同价（元）：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="115"/>
        <source>Acceptance day:</source>
        <translation>验收日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="116"/>
        <source>Works started:</source>
        <translation>实际开工日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="117"/>
        <source>Works completed:</source>
        <translation>实际竣工日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="118"/>
        <source>Sub-works in all:</source>
        <translation>分部工程总数：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="132"/>
        <source>Items checked (a failed item needs the problem; its deadline is YYYY-MM-DD):</source>
        <translation>逐项验收内容（不合格项须写明存在问题；整改期限格式为 YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="138"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="139"/>
        <source>Item</source>
        <translation>验收项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="140"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="141"/>
        <source>Designed</source>
        <translation>设计工程量</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="142"/>
        <source>Completed</source>
        <translation>完成工程量</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="143"/>
        <source>How checked</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="144"/>
        <source>Result</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="145"/>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="146"/>
        <source>Deadline (YYYY-MM-DD)</source>
        <translation>整改期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="147"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="161"/>
        <source>Add &amp;item</source>
        <translation>添加验收项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="164"/>
        <source>Remove item</source>
        <translation>删除验收项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="175"/>
        <source>Summary</source>
        <translation>验收汇总</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="183"/>
        <source>Quality control documents checked:</source>
        <translation>质量控制资料核查：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="184"/>
        <source>Safety and main functions, checks and sample tests:</source>
        <translation>安全和主要使用功能核查及抽查结果：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="185"/>
        <source>Appearance quality:</source>
        <translation>观感质量验收：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="186"/>
        <source>Overall conclusion:</source>
        <translation>综合验收结论：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="187"/>
        <source>Quality supervision station&apos;s opinion:</source>
        <translation>质监站监督意见：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="197"/>
        <source>Save and &amp;print…</source>
        <translation>保存并打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="209"/>
        <source>not set</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="222"/>
        <source>Not checked</source>
        <translation>未验收</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="223"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="224"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="231"/>
        <source>(whole project)</source>
        <translation>（整个项目）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="305"/>
        <source>{total} items: {passed} passed, {failed} failed, {unchecked} not checked</source>
        <translation>共 {total} 项：合格 {passed} 项，不合格 {failed} 项，未验收 {unchecked} 项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="415"/>
        <source>Complete the acceptance</source>
        <translation>完成竣工验收</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="137"/>
        <source>Wanted renovation items</source>
        <translation>希望改造的内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="160"/>
        <source>Willing to co-fund:</source>
        <translation>是否愿意出资：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="161"/>
        <source>Willing to pay for property management:</source>
        <translation>是否愿意缴纳物业费：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="162"/>
        <source>Comments:</source>
        <translation>意见建议：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="163"/>
        <source>Visitor:</source>
        <translation>入户人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="164"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="182"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="183"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="184"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="244"/>
        <source>Payment application</source>
        <translation>工程款支付报审</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="266"/>
        <source>e.g. 2026年6月</source>
        <translation>如 2026年6月</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="268"/>
        <source>The value of all work measured and accepted so far; a progress payment is capped at the rule&apos;s share of it.</source>
        <translation>累计已计量并验收合格的工程价款；进度款不超过支付方式规定的比例。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="272"/>
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="273"/>
        <source>&amp;Kind:</source>
        <translation>款项类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="274"/>
        <source>&amp;Milestone:</source>
        <translation>支付节点(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="275"/>
        <source>Amount &amp;applied for:</source>
        <translation>申报金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="276"/>
        <source>Applied &amp;on:</source>
        <translation>申报日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="277"/>
        <source>&amp;Period:</source>
        <translation>计量周期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="278"/>
        <source>Accepted work &amp;value so far:</source>
        <translation>累计完成合格工程价款(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="279"/>
        <source>Appli&amp;cant:</source>
        <translation>申报人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="280"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/funds/dialogs.py" line="283"/>
        <source>%n measured item(s) kept as entered.</source>
        <translation>
            <numerusform>保留所填的 %n 个计量项目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="482"/>
        <source>Assess contributions</source>
        <translation>核定居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="487"/>
        <source>All compounds</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="490"/>
        <source>Per &amp;household</source>
        <translation>按户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="492"/>
        <source>Per &amp;m² of floor area</source>
        <translation>按建筑面积每平方米(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="501"/>
        <source>&amp;Compound:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="502"/>
        <source>Basis:</source>
        <translation>核定方式：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="503"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="505"/>
        <source>Households that paid keep what they paid; no amount due is set below it.</source>
        <translation>已缴款的住户保留已缴金额；应缴金额不会低于已缴金额。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="60"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="67"/>
        <source>All kinds of record</source>
        <translation>全部记录类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="74"/>
        <source>Record number or name, e.g. XC-2026-00012</source>
        <translation>记录编号或名称，如 XC-2026-00012</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="78"/>
        <source>Person:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="80"/>
        <source>Kind:</source>
        <translation>记录类别：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="82"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="84"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="88"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="91"/>
        <source>From:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="107"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="109"/>
        <source>Export the changes listed, with these filters, to the 操作日志 ledger</source>
        <translation>按当前筛选条件将所列变更导出为操作日志台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="138"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="142"/>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/history/audit_log.py" line="173"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 次变更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="46"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="47"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="48"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/audit_log.py" line="49"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <location filename="../../supervisor/ui/backups/automatic.py" line="87"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/automatic.py" line="101"/>
        <source>The automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="22"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="25"/>
        <source>Backups are kept in {folder}: the 12 newest of today, and the newest of each of the last 10 days and of the last 9 months.</source>
        <translation>备份保存在 {folder}：保留今天最新的 12 个，以及之前 10 天每天最新的一个和之前 9 个月每月最新的一个。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="31"/>
        <source>A backup is taken automatically when the database is opened, every 30 minutes while it is changed, and when it is closed.</source>
        <translation>打开数据库时、有更改期间每 30 分钟、以及关闭数据库时，会自动备份。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="38"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="39"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="40"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="45"/>
        <source>There are no backups of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="53"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="55"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="91"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="95"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="105"/>
        <source>Backing up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/backups/dialog.py" line="117"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="148"/>
        <source>Budget line</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="156"/>
        <source>&amp;Class of work:</source>
        <translation>改造类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="157"/>
        <source>&amp;Pays for:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="158"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>BudgetLinesPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="128"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="129"/>
        <source>Pays for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="130"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="132"/>
        <source>New &amp;line…</source>
        <translation>新建明细(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="133"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="152"/>
        <source>Delete budget line</source>
        <translation>删除预算明细</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="153"/>
        <source>Delete the budget line {item} ({amount})?</source>
        <translation>删除预算明细{item}（{amount}）？</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="244"/>
        <source>Funding &amp;terms…</source>
        <translation>资金安排(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="256"/>
        <source>Budget by class of work</source>
        <translation>按改造类别的预算</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="257"/>
        <source>Sources of the money</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="260"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="288"/>
        <source>Payment rule: {rule}. Retention: {retention} % of the works price, paid after the defects period. Final account due {final} month(s) and settlement {settlement} month(s) after acceptance.</source>
        <translation>支付方式：{rule}。质保金：施工合同价的 {retention}%，缺陷责任期满后支付。竣工验收后 {final} 个月内结算送审，{settlement} 个月内完成竣工财务决算。</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="84"/>
        <source>Add building</source>
        <translation>添加楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="88"/>
        <source>e.g. 3号楼</source>
        <translation>例如：3号楼</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="98"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="99"/>
        <source>Units:</source>
        <translation>单元数：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="100"/>
        <source>Floors:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="101"/>
        <source>Flats per floor:</source>
        <translation>每层户数：</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="31"/>
        <source>Holidays and make-up working days</source>
        <translation>法定节假日与调休上班日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="38"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="49"/>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="81"/>
        <source>Holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="50"/>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="81"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="52"/>
        <source>e.g. 春节</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="53"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="55"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="71"/>
        <source>The built-in calendar does not know the public holidays of {years}: deadlines there count weekends only and are marked *. Enter the official holidays and make-up working days when the State Council publishes them.</source>
        <translation>内置日历尚未包含 {years} 年的法定节假日：这些年份的截止日期仅扣除了周末，并以 * 标注。请在国务院公布当年放假安排后，录入法定节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/calendar_dialog.py" line="77"/>
        <source>Entries here take precedence over the built-in calendar.</source>
        <translation>此处录入的日期优先于内置日历。</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="59"/>
        <source>New site check</source>
        <translation>新建巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="59"/>
        <source>Site check</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="69"/>
        <source>(no compound)</source>
        <translation>（未指定小区）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="73"/>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="81"/>
        <source>(building / unit / flat)</source>
        <translation>（楼栋/单元/户）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="89"/>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="92"/>
        <source>What was checked</source>
        <translation>巡查内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="107"/>
        <source>Checklist (optional)</source>
        <translation>检查表（可选）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="111"/>
        <source>(no checklist)</source>
        <translation>（不使用检查表）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="123"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="135"/>
        <source>What did you see? (needed when a problem was found)</source>
        <translation>看到了什么情况？（发现问题时必填）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="157"/>
        <source>(no procedure step)</source>
        <translation>（不关联步骤）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="162"/>
        <source>Weather:</source>
        <translation>天气：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="164"/>
        <source>Inspector:</source>
        <translation>巡查人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="165"/>
        <source>When:</source>
        <translation>巡查时间：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="166"/>
        <source>Procedure step:</source>
        <translation>关联步骤：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="169"/>
        <source>Photos — add, drop or paste (Ctrl+V)</source>
        <translation>照片 — 可添加、拖放或粘贴（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="177"/>
        <source>&amp;Add photos…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="180"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="182"/>
        <source>&amp;Remove photo</source>
        <translation>删除照片(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="256"/>
        <source>(building)</source>
        <translation>（楼栋）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="266"/>
        <source>(unit)</source>
        <translation>（单元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="268"/>
        <source>Unit {name}</source>
        <translation>{name} 单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="277"/>
        <source>(flat)</source>
        <translation>（户）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="369"/>
        <source>Unsaved site check</source>
        <translation>未保存的巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="370"/>
        <source>There is an unsaved site check from an earlier session. Continue with it?</source>
        <translation>上次有一份未保存的巡查记录。要继续填写吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="446"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="447"/>
        <source>Remove {file}? No other record shows it, so the photo itself is deleted. This cannot be undone.</source>
        <translation>删除 {file}？没有其他记录使用这张照片，照片本身将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="457"/>
        <source>Photos are still being imported; please wait.</source>
        <translation>照片仍在导入中，请稍候。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/check_dialog.py" line="485"/>
        <source>If not, the %n photo(s) added here are deleted.</source>
        <translation>
            <numerusform>否则，在此添加的 %n 张照片将被删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="487"/>
        <source>Discard site check?</source>
        <translation>放弃此巡查记录吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/check_dialog.py" line="482"/>
        <source>Keep what you typed as a draft for later?</source>
        <translation>要将已填写的内容保存为草稿，以便稍后继续填写吗？</translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="35"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="36"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="37"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="38"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="40"/>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="42"/>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="43"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="44"/>
        <source>Rectifications</source>
        <translation>整改事项</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="32"/>
        <source>Site check lists</source>
        <translation>巡查检查表</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="37"/>
        <source>Work types</source>
        <translation>工程类型</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="42"/>
        <source>&amp;New work type…</source>
        <translation>新建工程类型(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="48"/>
        <source>Check items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="56"/>
        <source>New check item, e.g. 防水卷材进场见证取样</source>
        <translation>新检查项，例如：防水卷材进场见证取样</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="61"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="62"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="63"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="64"/>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="65"/>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="126"/>
        <source>New work type</source>
        <translation>新建工程类型</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="126"/>
        <source>Work type:</source>
        <translation>工程类型：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="143"/>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checklist_dialog.py" line="143"/>
        <source>Check item:</source>
        <translation>检查项：</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="64"/>
        <source>&amp;New site check…</source>
        <translation>新建巡查记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="67"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="69"/>
        <source>Raise &amp;rectification…</source>
        <translation>发起整改(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="72"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="74"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="76"/>
        <source>Print the site check record of the selected check</source>
        <translation>打印所选巡查的巡查记录表</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="78"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="80"/>
        <source>Every change of the selected check and its photos: who, when, old → new</source>
        <translation>所选巡查记录及其照片的每一次变更：谁、何时、旧值 → 新值</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="82"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="84"/>
        <source>Export the checks listed, with these filters, to Excel</source>
        <translation>按当前筛选把列出的巡查记录导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="97"/>
        <source>Search location, description, inspector…</source>
        <translation>搜索位置、情况描述、巡查人…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="103"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="108"/>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="117"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="119"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="150"/>
        <source>All compounds</source>
        <translation>全部小区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/checks_view.py" line="179"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>共 %n 条巡查记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="245"/>
        <source>Delete site check</source>
        <translation>删除巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="251"/>
        <source>Delete site check {number} of {date} at {place}?</source>
        <translation>删除 {date} 在 {place} 的巡查记录 {number}？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/checks_view.py" line="254"/>
        <source>Its %n photo(s) shown on no other record will be deleted with it.</source>
        <translation>
            <numerusform>其中 %n 张照片没有其他记录使用，将一并删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/checks_view.py" line="257"/>
        <source>%n photo(s) also shown on other records stay there.</source>
        <translation>
            <numerusform>%n 张照片也用于其他记录，将保留在那里。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="259"/>
        <source>Rectification item(s) {numbers} raised from it stay, but lose their link to this check.</source>
        <translation>由其发起的整改事项 {numbers} 将保留，但不再关联此巡查记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/checks_view.py" line="262"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="157"/>
        <source>Satisfaction by project</source>
        <translation>各项目满意度对比</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="162"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="163"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="164"/>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="181"/>
        <source>Forms</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="165"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="166"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="167"/>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="182"/>
        <source>Rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="173"/>
        <source>Projects, the most satisfied first</source>
        <translation>各项目（满意率由高到低）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="179"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="180"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="187"/>
        <source>Compounds of the current project</source>
        <translation>当前项目各小区</translation>
    </message>
</context>
<context>
    <name>CompoundDialog</name>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="33"/>
        <source>New compound</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="33"/>
        <source>Edit compound</source>
        <translation>编辑小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="40"/>
        <source>e.g. 1992</source>
        <translation>例如：1992</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="42"/>
        <source>number of households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="43"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="44"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="45"/>
        <source>Year built:</source>
        <translation>建成年份：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="46"/>
        <source>Households:</source>
        <translation>户数：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="72"/>
        <source>The year built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="73"/>
        <source>The number of households</source>
        <translation>户数</translation>
    </message>
</context>
<context>
    <name>CompoundsView</name>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="125"/>
        <source>&amp;New compound…</source>
        <translation>新建小区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="131"/>
        <source>Add &amp;building…</source>
        <translation>添加楼栋(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="136"/>
        <source>Building / unit</source>
        <translation>楼栋/单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="122"/>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="136"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="119"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="120"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="121"/>
        <source>Built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="123"/>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="150"/>
        <source>{declared} ({recorded} recorded)</source>
        <translation>{declared}（已录入 {recorded} 户）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="176"/>
        <source>%n floor(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="181"/>
        <source>Unit {name}</source>
        <translation>{name} 单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="208"/>
        <source>Remove compound</source>
        <translation>删除小区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="216"/>
        <source>%n building(s)</source>
        <translation>
            <numerusform>%n 栋楼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="217"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="218"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户住户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="219"/>
        <source>%n consultation answer(s)</source>
        <translation>
            <numerusform>%n 条征询意见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="220"/>
        <source>%n satisfaction survey form(s)</source>
        <translation>
            <numerusform>%n 份满意度调查表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="223"/>
        <source>%n site check(s)</source>
        <translation>
            <numerusform>%n 条巡查记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="224"/>
        <source>%n rectification item(s)</source>
        <translation>
            <numerusform>%n 个整改事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="225"/>
        <source>%n opinion(s)</source>
        <translation>
            <numerusform>%n 条意见诉求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="226"/>
        <source>%n supervision day(s)</source>
        <translation>
            <numerusform>%n 次民主监督日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="227"/>
        <source>%n acceptance item(s)</source>
        <translation>
            <numerusform>%n 项验收内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="229"/>
        <source>Remove compound {name}?</source>
        <translation>删除小区 {name}？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="231"/>
        <source>Removed with it: {records}.</source>
        <translation>将一并删除：{records}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="233"/>
        <source>Staying, without their link to the compound: {records}.</source>
        <translation>将保留但不再关联此小区：{records}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="235"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="177"/>
        <source>Round 1: willingness</source>
        <translation>第一轮：改造意愿</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="178"/>
        <source>Round 2: scheme</source>
        <translation>第二轮：改造方案</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="180"/>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="183"/>
        <source>&amp;Print register…</source>
        <translation>打印登记表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="185"/>
        <source>The resident opinion register of this compound and round, as a PDF</source>
        <translation>本小区本轮的居民意见登记表（PDF）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="197"/>
        <source>&amp;Record answer…</source>
        <translation>登记意见(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="202"/>
        <source>Mark %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="204"/>
        <source>Record this answer for the selected households, dated today</source>
        <translation>为选中的住户登记此意见，日期为今天</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="207"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="212"/>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="213"/>
        <source>Owner</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="214"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="215"/>
        <source>Answer</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="216"/>
        <source>Wanted items</source>
        <translation>希望改造内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="217"/>
        <source>Co-fund</source>
        <translation>愿意出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="218"/>
        <source>Pay property fee</source>
        <translation>愿缴物业费</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="219"/>
        <source>Comments</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="220"/>
        <source>Visitor</source>
        <translation>入户人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="221"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="231"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="232"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="233"/>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="234"/>
        <source>Rate</source>
        <translation>同意率</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="235"/>
        <source>Passed</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="235"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="235"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="244"/>
        <source>Compounds of the project, by agreement</source>
        <translation>本项目各小区（按同意率排序）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="287"/>
        <source>Choose a compound.</source>
        <translation>请选择小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="295"/>
        <source>Most wanted: {items}</source>
        <translation>最希望改造：{items}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="313"/>
        <source>2/3 take part (households and area), 3/4 of them agree</source>
        <translation>参与≥2/3（户数、面积），同意≥参与的3/4</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="315"/>
        <source>households and floor area agreeing ≥ {percent}%</source>
        <translation>同意户数及面积均≥{percent}%</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="317"/>
        <source>households agreeing ≥ {percent}% of all</source>
        <translation>同意户数≥总户数{percent}%</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="318"/>
        <source> (each entrance)</source>
        <translation>（按单元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="325"/>
        <source>{households} households, {visited} visited: {agree} agree, {disagree} disagree, {abstain} abstain. Agreement {rate}; rule: {rule}.</source>
        <translation>共 {households} 户，已入户 {visited} 户：同意 {agree} 户，不同意 {disagree} 户，弃权 {abstain} 户。同意率 {rate}；标准：{rule}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="332"/>
        <source>The roster lists {listed} of the {households} households declared.</source>
        <translation>花名册已登记 {listed} 户，申报总户数 {households} 户。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="336"/>
        <source>Threshold reached.</source>
        <translation>已达到同意标准。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="343"/>
        <source>Below the threshold:</source>
        <translation>未达到同意标准：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="369"/>
        <source>{household} {owner} — round {round}</source>
        <translation>{household} {owner} — 第{round}轮</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="388"/>
        <source>Change answers</source>
        <translation>修改意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="389"/>
        <source>{count} of the selected households already have another answer. Replace it?</source>
        <translation>选中的住户中有 {count} 户已登记其他意见。是否替换？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/residents_view.py" line="402"/>
        <source>Mark %n household(s) “{answer}” in round {round}</source>
        <translation>
            <numerusform>将 %n 户标记为“{answer}”（第{round}轮）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="411"/>
        <source>Clear answers</source>
        <translation>清除意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="412"/>
        <source>Clear the answers of {count} household(s) in this round?</source>
        <translation>清除本轮 {count} 户的意见？</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="202"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="214"/>
        <source>The end of the defects period: the retention is paid after it.</source>
        <translation>缺陷责任期届满之日：此后支付质保金。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="216"/>
        <source>&amp;Kind:</source>
        <translation>合同类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="217"/>
        <source>Other &amp;party:</source>
        <translation>合同相对方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="218"/>
        <source>N&amp;umber:</source>
        <translation>合同编号(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="219"/>
        <source>&amp;Price (yuan):</source>
        <translation>合同价（元）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="220"/>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="221"/>
        <source>Defects period ends:</source>
        <translation>缺陷责任期届满：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="222"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="199"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="200"/>
        <source>Other party</source>
        <translation>合同相对方</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="201"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="202"/>
        <source>Price</source>
        <translation>合同价</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="203"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="204"/>
        <source>Defects period ends</source>
        <translation>缺陷责任期届满</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="206"/>
        <source>New &amp;contract…</source>
        <translation>新建合同(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="207"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="221"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="227"/>
        <source>Delete contract</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="228"/>
        <source>Delete the contract with {party} ({price})?</source>
        <translation>删除与{party}的合同（{price}）？</translation>
    </message>
</context>
<context>
    <name>ContributionPaidDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="526"/>
        <source>Record a contribution</source>
        <translation>登记居民缴款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="528"/>
        <source>{household}: {outstanding} still due.</source>
        <translation>{household}：尚欠 {outstanding}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="537"/>
        <source>&amp;Amount paid:</source>
        <translation>缴款金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="538"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="539"/>
        <source>&amp;Receipt:</source>
        <translation>收据号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="700"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="701"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="702"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="703"/>
        <source>Flat</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="704"/>
        <source>Owner</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="705"/>
        <source>Area (m²)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="706"/>
        <source>Due</source>
        <translation>应缴</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="707"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="708"/>
        <source>Outstanding</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="709"/>
        <source>Paid on</source>
        <translation>缴款日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="710"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="712"/>
        <source>&amp;Assess…</source>
        <translation>核定出资(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="713"/>
        <source>&amp;Record payment…</source>
        <translation>登记缴款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="726"/>
        <source>No contributions yet: Assess… sets what each household of the roster is to pay.</source>
        <translation>尚无居民出资：“核定出资…”为花名册中的每户核定应缴金额。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/funds/funds_view.py" line="731"/>
        <source>%n household(s): {due} due, {paid} paid, {outstanding} outstanding.</source>
        <translation>
            <numerusform>%n 户：应缴 {due}，已缴 {paid}，尚欠 {outstanding}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../supervisor/ui/widgets.py" line="76"/>
        <source>Set a date</source>
        <translation>设置日期</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="337"/>
        <source>Resident supervision day</source>
        <translation>民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="344"/>
        <source>(whole project)</source>
        <translation>（整个项目）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="351"/>
        <source>Names, separated by commas or one per line (the sign-in sheet)</source>
        <translation>姓名，用逗号分隔或每行一个（按签到表）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="354"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="355"/>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="356"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="357"/>
        <source>Attendees:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="358"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="360"/>
        <source>Issues raised (leave the due date empty when there is none):</source>
        <translation>居民提出的问题（无办理时限的可不填期限）：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="364"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="364"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="364"/>
        <source>Who must act</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="364"/>
        <source>Due (YYYY-MM-DD)</source>
        <translation>期限（年-月-日）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="372"/>
        <source>Add &amp;issue</source>
        <translation>添加问题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="375"/>
        <source>Remove issue</source>
        <translation>删除问题</translation>
    </message>
</context>
<context>
    <name>DaysPage</name>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="463"/>
        <source>&amp;New supervision day…</source>
        <translation>新建民主监督日(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="455"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="456"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="457"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="458"/>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="460"/>
        <source>Issues</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="461"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="471"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="472"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="473"/>
        <source>Who must act</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="474"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="475"/>
        <source>Became</source>
        <translation>转为</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="481"/>
        <source>Register as &amp;opinion</source>
        <translation>登记为意见诉求(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="484"/>
        <source>Raise &amp;rectification…</source>
        <translation>发起整改(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="490"/>
        <source>Issues raised on the selected day</source>
        <translation>所选监督日提出的问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="508"/>
        <source>opinion</source>
        <translation>意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="510"/>
        <source>rectification {number}</source>
        <translation>整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="560"/>
        <source>Remove supervision day</source>
        <translation>删除民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="558"/>
        <source>Remove the supervision day of {date}? Opinions and rectification items made from it stay.</source>
        <translation>删除 {date} 的民主监督日？由其转出的意见诉求和整改事项将保留。</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="351"/>
        <source>Disburse payment {number}</source>
        <translation>拨付 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="353"/>
        <source>Book the {amount} to pay to the sources it comes from.</source>
        <translation>将应付的 {amount} 分摊到各资金来源。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="358"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="358"/>
        <source>Holds</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="358"/>
        <source>Still available</source>
        <translation>尚可拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="359"/>
        <source>This payment</source>
        <translation>本次拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="378"/>
        <source>Split by what &amp;remains</source>
        <translation>按剩余比例分摊(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="380"/>
        <source>Share the amount among the sources in proportion to what each still has available.</source>
        <translation>按各资金来源尚可拨付的金额比例分摊。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="389"/>
        <source>e.g. PZ-2026-0711</source>
        <translation>如 PZ-2026-0711</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="391"/>
        <source>&amp;Voucher:</source>
        <translation>凭证号(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="392"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="411"/>
        <source>A part is not an amount of money.</source>
        <translation>有一项不是金额。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="413"/>
        <source>Split: {booked} of {due} — adds up.</source>
        <translation>已分摊 {booked}，应付 {due}——合计相符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="416"/>
        <source>Split: {booked} of {due} — {left} still to book.</source>
        <translation>已分摊 {booked}，应付 {due}——尚差 {left}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="419"/>
        <source>Split: {booked} of {due} — {over} too much.</source>
        <translation>已分摊 {booked}，应付 {due}——多出 {over}。</translation>
    </message>
</context>
<context>
    <name>DocumentOperations</name>
    <message>
        <location filename="../../supervisor/ui/documents/operations.py" line="19"/>
        <source>Change the form letterhead</source>
        <translation>更改表头单位信息</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="236"/>
        <source>Change — {record}</source>
        <translation>变更 — {record}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="69"/>
        <source>Exporting the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="70"/>
        <source>Exporting the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="72"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="108"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="118"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="150"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="236"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="250"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="255"/>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="82"/>
        <source>{done} rows written…</source>
        <translation>已写入 {done} 行…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="105"/>
        <source>{rows} rows exported to {file}.</source>
        <translation>已导出 {rows} 行到 {file}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="107"/>
        <source>{photos} photos copied to {folder}.</source>
        <translation>已复制 {photos} 张照片到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="119"/>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="236"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="159"/>
        <source>&amp;Ledger:</source>
        <translation>台账(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="161"/>
        <source>This project ({code})</source>
        <translation>本项目（{code}）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="162"/>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="168"/>
        <source>Projects:</source>
        <translation>项目范围：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="175"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="181"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="185"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="186"/>
        <source>Also copy the photos, one folder per record, beside the file</source>
        <translation>同时复制照片（每条记录一个文件夹，放在文件旁）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="189"/>
        <source>Copy for posting (phone and ID numbers masked)</source>
        <translation>公示版（隐去电话及身份证号的部分数字）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="194"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="218"/>
        <source>Dates filter on the {what}.</source>
        <translation>日期按{what}筛选。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="219"/>
        <source>This ledger has no date range.</source>
        <translation>此台账不按日期筛选。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="250"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/export_dialog.py" line="255"/>
        <source>The first day comes after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>FundOperations</name>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="209"/>
        <source>Edit the funding terms</source>
        <translation>修改资金安排</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="216"/>
        <source>New budget line {item}</source>
        <translation>新建预算明细{item}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="217"/>
        <source>Edit budget line {item}</source>
        <translation>修改预算明细{item}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="224"/>
        <source>Delete budget line {item}</source>
        <translation>删除预算明细{item}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="232"/>
        <source>New fund source {name}</source>
        <translation>新建资金来源{name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="233"/>
        <source>Edit fund source {name}</source>
        <translation>修改资金来源{name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="240"/>
        <source>Delete fund source {name}</source>
        <translation>删除资金来源{name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="247"/>
        <source>New contract with {party}</source>
        <translation>新建与{party}的合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="248"/>
        <source>Edit contract with {party}</source>
        <translation>修改与{party}的合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="255"/>
        <source>Delete contract with {party}</source>
        <translation>删除与{party}的合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="264"/>
        <source>Payment application {number}</source>
        <translation>支付报审{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="272"/>
        <source>Edit payment application {number}</source>
        <translation>修改支付报审{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="279"/>
        <source>Delete payment {number}</source>
        <translation>删除支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="288"/>
        <source>Sign off payment {number}</source>
        <translation>确认支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="294"/>
        <source>Certify payment {number}</source>
        <translation>签发支付证书{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="298"/>
        <source>Record the audit of payment {number}</source>
        <translation>登记支付{number}的审计</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="302"/>
        <source>Approve payment {number}</source>
        <translation>审批支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="308"/>
        <source>Disburse payment {number}</source>
        <translation>拨付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="312"/>
        <source>Publish payment {number}</source>
        <translation>公示{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="316"/>
        <source>Send back payment {number}</source>
        <translation>退回支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="323"/>
        <source>Assess the residents&apos; contributions</source>
        <translation>核定居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="331"/>
        <source>Record the contribution of {household}</source>
        <translation>登记{household}的缴款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="338"/>
        <source>Urgent repair: {description}</source>
        <translation>应急维修：{description}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/operations.py" line="345"/>
        <source>Pay urgent repair {number}</source>
        <translation>支付应急维修{number}</translation>
    </message>
</context>
<context>
    <name>FundsView</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="870"/>
        <source>Budget &amp;&amp; sources</source>
        <translation>预算与资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="871"/>
        <source>Payments</source>
        <translation>工程款支付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="872"/>
        <source>Retention &amp;&amp; deadlines</source>
        <translation>质保金与时限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="873"/>
        <source>Residents&apos; share</source>
        <translation>居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="892"/>
        <source>Budget {budget} · sources {sources} · contracts {contracts} · certified {certified} · disbursed {disbursed} · certified, not yet paid {due} · retention held {retained}</source>
        <translation>预算 {budget} · 资金来源 {sources} · 合同 {contracts} · 已签发 {certified} · 已拨付 {disbursed} · 已签发未拨付 {due} · 预留质保金 {retained}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/funds/funds_view.py" line="898"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;%n deadline(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#c0392b&apos;&gt;%n 项时限已逾期&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="203"/>
        <source>History — {record}</source>
        <translation>历史记录 — {record}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="205"/>
        <source>Every change of {record}, newest first. Double-click a change to see it whole.</source>
        <translation>{record} 的每一次变更，最新的在前。双击一条变更可查看全部内容。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="71"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="72"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="73"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="74"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="75"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="85"/>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="106"/>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="131"/>
        <source>Reading the history</source>
        <translation>读取历史记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="156"/>
        <source>No changes recorded.</source>
        <translation>没有记录的变更。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="158"/>
        <source>The newest {shown} of {total} changes.</source>
        <translation>共 {total} 次变更，显示最新的 {shown} 次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/history/view.py" line="160"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 次变更。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/view.py" line="173"/>
        <source>The history could not be read: {error}</source>
        <translation>无法读取历史记录：{error}</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="44"/>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="49"/>
        <source>e.g. 3号楼</source>
        <translation>例如：3号楼</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="53"/>
        <source>e.g. 502</source>
        <translation>例如：502</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="58"/>
        <source>Lives here</source>
        <translation>是否常住</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="60"/>
        <source>Elderly (60 or older)</source>
        <translation>有老年人（60岁及以上）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="62"/>
        <source>m², optional</source>
        <translation>平方米，可不填</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="64"/>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="65"/>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="66"/>
        <source>&amp;Flat:</source>
        <translation>户号(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="67"/>
        <source>&amp;Owner:</source>
        <translation>户主姓名(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="68"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="74"/>
        <source>Floor &amp;area:</source>
        <translation>建筑面积(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="75"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="44"/>
        <source>Form letterhead</source>
        <translation>表头单位信息</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="50"/>
        <source>e.g. 东湖街道办事处</source>
        <translation>例如：东湖街道办事处</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="54"/>
        <source>e.g. 浙江诚信工程监理有限公司</source>
        <translation>例如：浙江诚信工程监理有限公司</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="55"/>
        <source>&amp;Issuing unit:</source>
        <translation>发文单位(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="56"/>
        <source>&amp;Supervision firm:</source>
        <translation>监理单位(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="62"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="65"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="76"/>
        <source>&amp;Logo:</source>
        <translation>标志(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="81"/>
        <source>Printed at the head of every form, for every computer that uses this database. The logo is optional: a PNG, JPEG, BMP or GIF picture, kept at most 600 pixels on its longer side.</source>
        <translation>印在每张表格的表头，使用此数据库的每台电脑都相同。标志可不设：PNG、JPEG、BMP 或 GIF 图片，保存时长边不超过 600 像素。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="101"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="107"/>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/letterhead_dialog.py" line="108"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../supervisor/ui/list_page.py" line="39"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/list_page.py" line="41"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="116"/>
        <source>Supervisor is locked</source>
        <translation>Supervisor 已锁定</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="117"/>
        <source>Locked after {minutes} minutes without use. Enter the password of {name} to go on; nothing was lost.</source>
        <translation>已 {minutes} 分钟未操作，窗口已锁定。请输入 {name} 的密码继续；所有内容均已保留。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="54"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="82"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="84"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="86"/>
        <source>Open the &amp;demo database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="89"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="92"/>
        <source>&amp;Edit project…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="95"/>
        <source>&amp;Archive / restore project</source>
        <translation>归档/恢复项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="98"/>
        <source>Completion acceptance &amp;record…</source>
        <translation>竣工逐项验收记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="102"/>
        <source>&amp;Procedure sheet…</source>
        <translation>实施程序表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="105"/>
        <source>Site check &amp;register…</source>
        <translation>巡查登记表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="108"/>
        <source>&amp;Acceptance record…</source>
        <translation>竣工逐项验收记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="113"/>
        <source>Print archive &amp;file…</source>
        <translation>打印项目档案（卷内文件）(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="117"/>
        <source>Printing &amp;font…</source>
        <translation>打印字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="118"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="120"/>
        <source>&amp;Export ledger…</source>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="122"/>
        <source>S&amp;how archived projects</source>
        <translation>显示已归档项目(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="127"/>
        <source>&amp;Find step</source>
        <translation>查找步骤(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="129"/>
        <source>&amp;Procedure</source>
        <translation>实施程序(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="130"/>
        <source>&amp;Site checks</source>
        <translation>巡查记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="131"/>
        <source>&amp;Rectifications</source>
        <translation>整改事项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="132"/>
        <source>&amp;Compounds</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="133"/>
        <source>R&amp;esidents</source>
        <translation>居民参与(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="134"/>
        <source>F&amp;unds</source>
        <translation>资金(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="137"/>
        <source>New site &amp;check…</source>
        <translation>新建巡查记录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="140"/>
        <source>Procedure &amp;templates…</source>
        <translation>程序模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="143"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="146"/>
        <source>Site check &amp;lists…</source>
        <translation>巡查检查表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="149"/>
        <source>&amp;Holidays and make-up days…</source>
        <translation>法定节假日与调休上班日(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="151"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="152"/>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="153"/>
        <source>&amp;Verify a printed form…</source>
        <translation>核验打印表单(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="156"/>
        <source>&amp;Resident participation rules…</source>
        <translation>居民参与规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="159"/>
        <source>Form &amp;letterhead…</source>
        <translation>表头单位信息(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="160"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="162"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="164"/>
        <source>&amp;About Supervisor</source>
        <translation>关于 Supervisor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="165"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="194"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="207"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="210"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="222"/>
        <source>F&amp;orms</source>
        <translation>表格(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="226"/>
        <source>&amp;Blank forms</source>
        <translation>空白表格(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="238"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="270"/>
        <source>Opening {target}…</source>
        <translation>正在打开 {target}…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="285"/>
        <source>The database {target} could not be opened: {error}</source>
        <translation>无法打开数据库 {target}：{error}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="294"/>
        <source>Use File → Open database… to open another one.</source>
        <translation>可通过“文件 → 打开数据库…”打开其他数据库。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="298"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="342"/>
        <source>{name} is open read-only: its file or folder cannot be written, so changes cannot be saved.</source>
        <translation>{name} 以只读方式打开：其文件或所在文件夹不可写入，修改无法保存。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="378"/>
        <source>Not signed in to {name}. Use File → Open database… to sign in again or open another one.</source>
        <translation>未登录 {name}。请用“文件 → 打开数据库…”重新登录或打开其他数据库。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="415"/>
        <source>Signed in: {name} ({roles})</source>
        <translation>当前登录：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="451"/>
        <source>The database server does not answer. Nothing unsaved is lost; trying again every {seconds} seconds…</source>
        <translation>数据库服务器无响应。未保存的内容不会丢失；每 {seconds} 秒重试一次……</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="459"/>
        <source>The database server answers again; the lists show its record.</source>
        <translation>数据库服务器已恢复响应；列表已显示服务器上的记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="470"/>
        <source>{name} — {person}</source>
        <translation>{name} — {person}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="472"/>
        <source>{name} — sample data</source>
        <translation>{name} — 示例数据</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="347"/>
        <source>The database was upgraded; a copy of the old one is at {path}</source>
        <translation>数据库已升级，升级前的副本保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="353"/>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="474"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="476"/>
        <source>(damaged)</source>
        <translation>（已损坏）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="621"/>
        <location filename="../../supervisor/ui/main_window.py" line="627"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="622"/>
        <source>Supervisor database (*.sqlite)</source>
        <translation>Supervisor 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="628"/>
        <source>{path} already exists. Use File → Open database… to open it.</source>
        <translation>{path} 已存在。请通过“文件 → 打开数据库…”打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="635"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="636"/>
        <source>Supervisor database (*.sqlite *.db);;All files (*)</source>
        <translation>Supervisor 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="652"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="653"/>
        <source>The new language is used the next time Supervisor starts.</source>
        <translation>新语言将在下次启动 Supervisor 时生效。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="666"/>
        <source>About Supervisor</source>
        <translation>关于 Supervisor</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/main_window.py" line="668"/>
        <source>Supervisor {version}

Supervising the renovation of old residential compounds: the 45-step procedure, materials, compounds.</source>
        <translation>Supervisor {version}

城镇老旧小区改造监督管理：45 个步骤的实施程序、所需材料、小区信息。</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="88"/>
        <source>Opinion or complaint</source>
        <translation>意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="94"/>
        <source>(whole project)</source>
        <translation>（整个项目）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="120"/>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="121"/>
        <source>Household:</source>
        <translation>住户：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="122"/>
        <source>From:</source>
        <translation>反映人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="123"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="124"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="125"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="126"/>
        <source>What was said:</source>
        <translation>反映内容：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="127"/>
        <source>Received:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="128"/>
        <source>Handled by:</source>
        <translation>承办人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="129"/>
        <source>Reply:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="130"/>
        <source>Replied on:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="153"/>
        <source>(not a listed household)</source>
        <translation>（非花名册住户）</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="214"/>
        <source>&amp;New opinion…</source>
        <translation>登记意见诉求(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="215"/>
        <source>&amp;Edit / reply…</source>
        <translation>编辑/答复(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="221"/>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="300"/>
        <source>&amp;Close (settled)</source>
        <translation>办结(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="225"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="226"/>
        <source>Export the opinions listed, with these filters, to Excel</source>
        <translation>按当前筛选把列出的意见诉求导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="230"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="233"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="237"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="201"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="202"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="203"/>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="204"/>
        <source>From</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="205"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="206"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="207"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="208"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="209"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="210"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="211"/>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="212"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="251"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="252"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="289"/>
        <source>{count} shown: {open} awaiting a reply, {overdue} of them overdue.</source>
        <translation>显示 {count} 条：待答复 {open} 条，其中逾期 {overdue} 条。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="298"/>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="321"/>
        <source>Remove opinion</source>
        <translation>删除意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="321"/>
        <source>Remove this opinion from the register?</source>
        <translation>从登记表中删除这条意见诉求？</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="447"/>
        <source>Override the gates</source>
        <translation>越过支付条件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="449"/>
        <source>Closed gates:
{reasons}

An administrator may certify the payment anyway. Their name and the reason are recorded and printed on the certificate.</source>
        <translation>未满足的支付条件：
{reasons}

管理员仍可签发本次支付。管理员姓名和原因将被记录并打印在支付证书上。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="464"/>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>管理员姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="465"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="466"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="325"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="326"/>
        <source>Kind</source>
        <translation>款项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="327"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="328"/>
        <source>Period</source>
        <translation>计量周期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="329"/>
        <source>Applied on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="330"/>
        <source>Applied</source>
        <translation>申报金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="331"/>
        <source>Certified</source>
        <translation>核定金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="332"/>
        <source>Audited</source>
        <translation>审计金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="333"/>
        <source>Disbursed</source>
        <translation>拨付金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="334"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="337"/>
        <source>&amp;New application…</source>
        <translation>新建报审(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="338"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="343"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="346"/>
        <source>Sign &amp;off…</source>
        <translation>确认(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="347"/>
        <source>Ce&amp;rtify…</source>
        <translation>签发证书(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="348"/>
        <source>Record &amp;audit…</source>
        <translation>登记审计(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="349"/>
        <source>A&amp;pprove…</source>
        <translation>审批(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="350"/>
        <source>&amp;Disburse…</source>
        <translation>拨付(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="351"/>
        <source>P&amp;ublish…</source>
        <translation>公示(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="352"/>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="400"/>
        <source>Signed off by {name} on {date}.</source>
        <translation>已由{name}于{date}确认。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="403"/>
        <source>Certified by {name}.</source>
        <translation>签发人：{name}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="405"/>
        <source>Gates overridden by {name}: {reason}</source>
        <translation>{name}越过支付条件：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="408"/>
        <source>Paid from: {splits}; voucher {voucher}.</source>
        <translation>资金来源：{splits}；凭证号 {voucher}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="411"/>
        <source>Sent back: {reason}</source>
        <translation>已退回：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="431"/>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="442"/>
        <source>Payment application</source>
        <translation>工程款支付报审</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="450"/>
        <source>Delete payment</source>
        <translation>删除支付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="451"/>
        <source>Delete payment {number} ({amount} applied for)?</source>
        <translation>删除支付{number}（申报 {amount}）？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="472"/>
        <source>Sign off payment {number}</source>
        <translation>确认支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="473"/>
        <source>As resident quality supervisor, confirm that the milestone of {number} is reached as claimed.</source>
        <translation>作为群众质量监督员，确认{number}所报节点已如实完成。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="485"/>
        <source>Certify payment {number}</source>
        <translation>签发支付证书{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="496"/>
        <source>The chief supervisor&apos;s certificate for {number}: {amount} applied for.</source>
        <translation>总监理工程师为{number}签发支付证书：申报 {amount}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="498"/>
        <source>&amp;Amount certified:</source>
        <translation>核定金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="508"/>
        <source>The payment cannot be certified</source>
        <translation>不能签发支付证书</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="509"/>
        <source>Payment {number} cannot be certified:</source>
        <translation>支付{number}不能签发支付证书：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="511"/>
        <source>&amp;Override…</source>
        <translation>越过条件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="513"/>
        <source>An administrator may let the payment through with their password and a reason.</source>
        <translation>管理员可凭密码并说明原因放行本次支付。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="533"/>
        <source>Audit of payment {number}</source>
        <translation>支付{number}的审计</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="534"/>
        <source>The tracking audit&apos;s figure for {number} ({amount} certified); it may only lower it.</source>
        <translation>跟踪审计对{number}的核定金额（监理核定 {amount}）；只能调低。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="537"/>
        <source>&amp;Audited amount:</source>
        <translation>审计核定金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="543"/>
        <source>Approve payment {number}</source>
        <translation>审批支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="544"/>
        <source>The street office approves {amount} for {number}.</source>
        <translation>街道审批{number}支付 {amount}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="555"/>
        <source>Disburse payment {number}</source>
        <translation>拨付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="567"/>
        <source>Publish payment {number}</source>
        <translation>公示{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="568"/>
        <source>The disbursement of {number} is posted for the residents.</source>
        <translation>{number}的拨付情况向居民公示。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="578"/>
        <source>Send back payment {number}</source>
        <translation>退回支付{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="579"/>
        <source>Why is {number} sent back? The reason is recorded with it.</source>
        <translation>为什么退回{number}？原因将一并记录。</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="83"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="51"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="52"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="53"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="54"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="56"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="25"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="32"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="32"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="32"/>
        <source>Organisation:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="32"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/people_dialog.py" line="35"/>
        <source>e.g. 项目负责人, 群众质量监督员</source>
        <translation>例如：项目负责人、群众质量监督员</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="100"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="101"/>
        <source>{file}
Taken: {taken}
Imported by {who}</source>
        <translation>{file}
拍摄时间：{taken}
导入人：{who}</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="306"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="310"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="313"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="319"/>
        <source>&amp;Save original as…</source>
        <translation>原图另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="327"/>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="328"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="329"/>
        <source>Taken:</source>
        <translation>拍摄时间：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="334"/>
        <source>Imported:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="335"/>
        <source>Camera:</source>
        <translation>相机：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="337"/>
        <source>Location (GPS):</source>
        <translation>拍摄位置（GPS）：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="338"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="417"/>
        <location filename="../../supervisor/ui/site/photos.py" line="423"/>
        <source>Save original as</source>
        <translation>原图另存为</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="72"/>
        <source>Print preview — {form}</source>
        <translation>打印预览 — {form}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="79"/>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="121"/>
        <source>Preparing the form…</source>
        <translation>正在生成表格…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="89"/>
        <source>Copy for &amp;posting (phone and ID numbers masked)</source>
        <translation>公示用副本(&amp;P)（隐去电话和身份证号码）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="91"/>
        <source>For a notice board (公示): residents&apos; phone numbers and ID numbers are shown as 138****5678.</source>
        <translation>用于张贴公示：居民的电话号码和身份证号码显示为 138****5678。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="95"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="97"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="99"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="125"/>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="153"/>
        <source>Drawing the form</source>
        <translation>生成表单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/documents/print_preview.py" line="139"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="141"/>
        <source>A copy for posting: phone and ID numbers are masked.</source>
        <translation>公示用副本：电话和身份证号码已隐去。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="152"/>
        <source>The form could not be drawn.</source>
        <translation>无法生成该表单。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="162"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="162"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="170"/>
        <source>Saved to {file}.</source>
        <translation>已保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="183"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="183"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="250"/>
        <source>Forms are printed in {font} ({file}), embedded in each PDF.</source>
        <translation>表格使用字体 {font}（{file}）打印，字体嵌入每个 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="254"/>
        <source>No Chinese TrueType font was found: forms use the reader&apos;s STSong font.</source>
        <translation>未找到 TrueType 中文字体：表格将使用阅读器自带的宋体（STSong）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="258"/>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="269"/>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="277"/>
        <source>Printing font</source>
        <translation>打印字体</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="260"/>
        <source>Choose a font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="261"/>
        <source>Find one automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="269"/>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/print_preview.py" line="277"/>
        <source>{file} cannot be used: it is not a TrueType font with Chinese characters.</source>
        <translation>无法使用 {file}：它不是包含中文字符的 TrueType 字体。</translation>
    </message>
</context>
<context>
    <name>ProcedureModel</name>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="118"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="118"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="118"/>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="118"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="119"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="119"/>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure/model.py" line="144"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure/model.py" line="164"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/model.py" line="185"/>
        <source>Estimated: the public holidays of that year are not known yet; weekends only were counted.</source>
        <translation>估算日期：该年度法定节假日尚未公布，仅按周末扣除了非工作日。</translation>
    </message>
</context>
<context>
    <name>ProcedureOperations</name>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="47"/>
        <source>Step {code}: {status}</source>
        <translation>步骤 {code}：{status}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="54"/>
        <source>Edit step {code}</source>
        <translation>编辑步骤 {code}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="70"/>
        <source>Mark material provided</source>
        <translation>标记材料已提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="70"/>
        <source>Mark material missing</source>
        <translation>标记材料未提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="76"/>
        <source>Waive material</source>
        <translation>材料免于提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="79"/>
        <source>Cancel waiver</source>
        <translation>取消免于提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="99"/>
        <source>Attach {file}</source>
        <translation>添加附件 {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure/operations.py" line="101"/>
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>添加 %n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/operations.py" line="120"/>
        <source>Remove {file}</source>
        <translation>删除附件 {file}</translation>
    </message>
</context>
<context>
    <name>ProcedureView</name>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="62"/>
        <source>Search steps, materials, notes… (Ctrl+F)</source>
        <translation>搜索步骤、材料、备注…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="68"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="73"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="181"/>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="182"/>
        <source>Anyone responsible</source>
        <translation>全部责任方</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="204"/>
        <source>No project selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="207"/>
        <source>{done}/{total} steps done</source>
        <translation>已完成 {done}/{total} 个步骤</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="209"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="272"/>
        <source>Step {code} was not saved</source>
        <translation>步骤 {code} 未保存</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="290"/>
        <source>Complete before prerequisites?</source>
        <translation>前置步骤未完成，仍要完成此步骤吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="291"/>
        <source>Reason (recorded with your name):</source>
        <translation>原因（将与您的姓名一并记录）：</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="36"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="36"/>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="43"/>
        <source>e.g. DH-2026-03</source>
        <translation>例如：DH-2026-03</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="54"/>
        <source>yuan, e.g. 3500000</source>
        <translation>单位：元，例如：3500000</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation>项目编号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="62"/>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="63"/>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="64"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="65"/>
        <source>Class:</source>
        <translation>改造类别：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="66"/>
        <source>Budget (yuan):</source>
        <translation>预算（元）：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="67"/>
        <source>Planned start:</source>
        <translation>计划开工日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="68"/>
        <source>Planned end:</source>
        <translation>计划竣工日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="69"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="75"/>
        <source>Procedure:</source>
        <translation>程序模板：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="78"/>
        <source>Parties</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="81"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="82"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/project_dialog.py" line="100"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="26"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="29"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="30"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="31"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="27"/>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/list_model.py" line="35"/>
        <source>{name}
{done} of {total} steps done, {compounds} compounds</source>
        <translation>{name}
已完成 {done}/{total} 个步骤，共 {compounds} 个小区</translation>
    </message>
</context>
<context>
    <name>ProjectOperations</name>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="59"/>
        <source>New project {code}</source>
        <translation>新建项目 {code}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="63"/>
        <source>Edit project {code}</source>
        <translation>编辑项目 {code}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="70"/>
        <source>Archive project</source>
        <translation>归档项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="70"/>
        <source>Restore project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="91"/>
        <source>New compound {name}</source>
        <translation>新建小区 {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="98"/>
        <source>Edit compound {name}</source>
        <translation>编辑小区 {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="121"/>
        <source>Add building {name}</source>
        <translation>添加楼栋 {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="137"/>
        <source>Add {name} to the people</source>
        <translation>添加人员 {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/operations.py" line="144"/>
        <source>Edit {name}</source>
        <translation>编辑人员 {name}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="21"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="22"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="23"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="24"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="25"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="26"/>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>替身</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/qt_messages.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RectListModel</name>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="60"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="63"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="64"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="64"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="66"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="67"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="68"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="69"/>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="70"/>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="88"/>
        <source>Rectification notice</source>
        <translation>整改通知单</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="93"/>
        <source>(no compound)</source>
        <translation>（未指定小区）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="119"/>
        <source>clause or standard, optional</source>
        <translation>条款或标准，可选</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="124"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="125"/>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="126"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="127"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="128"/>
        <source>Found by:</source>
        <translation>问题来源：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="129"/>
        <source>Responsible party:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="130"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="131"/>
        <source>Problem:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="132"/>
        <source>Requirement:</source>
        <translation>整改要求：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="133"/>
        <source>Basis:</source>
        <translation>整改依据：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="134"/>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
</context>
<context>
    <name>RectificationPanel</name>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="248"/>
        <source>&amp;Edit notice…</source>
        <translation>编辑通知单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="250"/>
        <source>&amp;Print notice…</source>
        <translation>打印通知单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="259"/>
        <source>Before (the problem)</source>
        <translation>整改前（存在问题）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="265"/>
        <source>Add &quot;before&quot; photos…</source>
        <translation>添加整改前照片…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="271"/>
        <source>Reply (measures taken)</source>
        <translation>回复（整改措施）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="281"/>
        <source>Add &quot;after&quot; photos…</source>
        <translation>添加整改后照片…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="283"/>
        <source>Submit &amp;reply</source>
        <translation>提交回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="294"/>
        <source>Re-check</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="301"/>
        <source>name of the resident quality supervisor who confirms</source>
        <translation>确认结果的群众质量监督员姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="303"/>
        <source>&amp;Pass and close</source>
        <translation>复查合格并销项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="306"/>
        <source>Send &amp;back</source>
        <translation>退回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="309"/>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="322"/>
        <source>Opinion:</source>
        <translation>复查意见：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="323"/>
        <source>Resident supervisor:</source>
        <translation>群众质量监督员：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="328"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="333"/>
        <source>All &amp;changes…</source>
        <translation>全部变更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="335"/>
        <source>Every change of this item, its steps and its photos: who, when, old → new</source>
        <translation>本整改单、整改过程及其照片的每一次变更：谁、何时、旧值 → 新值</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="370"/>
        <source>Select a rectification item.</source>
        <translation>请选择一个整改事项。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="380"/>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="383"/>
        <source>replied %n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天后回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="385"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="390"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="391"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="392"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="393"/>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="394"/>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="395"/>
        <source>Issued</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="388"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="399"/>
        <source>Basis</source>
        <translation>整改依据</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="432"/>
        <source>Check the evidence:</source>
        <translation>证据存疑，请核查：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="484"/>
        <source>Close {number}</source>
        <translation>销项 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="500"/>
        <source>Pass and close</source>
        <translation>复查合格并销项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="501"/>
        <source>The evidence of {number} has these warnings:</source>
        <translation>整改事项 {number} 的证据存在以下疑点：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="503"/>
        <source>Close the item anyway?</source>
        <translation>仍要销项吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="509"/>
        <source>Reopen rectification</source>
        <translation>重新打开整改事项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="509"/>
        <source>Why is the item reopened?</source>
        <translation>请说明重新打开此整改事项的原因：</translation>
    </message>
</context>
<context>
    <name>RectificationsView</name>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="534"/>
        <source>&amp;New rectification…</source>
        <translation>新建整改事项(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="538"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="540"/>
        <source>Export the items listed, with these filters, to Excel</source>
        <translation>按当前筛选把列出的整改事项导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="551"/>
        <source>Search number, problem, location…</source>
        <translation>搜索编号、问题、位置…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="555"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="558"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="564"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="572"/>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="574"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="613"/>
        <source>All parties</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="614"/>
        <source>All compounds</source>
        <translation>全部小区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/rectifications_view.py" line="659"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="555"/>
        <source>Urgent repair</source>
        <translation>应急维修</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="561"/>
        <source>e.g. 3号楼2单元</source>
        <translation>如 3号楼2单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="576"/>
        <source>&amp;What:</source>
        <translation>维修内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="577"/>
        <source>&amp;Where:</source>
        <translation>维修部位(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="578"/>
        <source>&amp;Compound:</source>
        <translation>小区(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="579"/>
        <source>C&amp;ost (yuan):</source>
        <translation>维修费用（元）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="581"/>
        <source>&amp;Reported on:</source>
        <translation>报修日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="582"/>
        <source>Re&amp;paired on:</source>
        <translation>修复日期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="583"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="593"/>
        <source>Owners and public income pay 20 %, the government 80 %.</source>
        <translation>业主及公共收益承担 20%，政府补助 80%。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="596"/>
        <source>Owners and public income (20 %): {owners}; government (80 %): {government}</source>
        <translation>业主及公共收益（20%）：{owners}；政府（80%）：{government}</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="757"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="758"/>
        <source>What</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="759"/>
        <source>Where</source>
        <translation>维修部位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="760"/>
        <source>Reported</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="761"/>
        <source>Repaired</source>
        <translation>修复日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="762"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="763"/>
        <source>Owners 20 %</source>
        <translation>业主 20%</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="764"/>
        <source>Government 80 %</source>
        <translation>政府 80%</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="765"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="766"/>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="768"/>
        <source>New &amp;repair…</source>
        <translation>新建维修(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="771"/>
        <source>&amp;Pay…</source>
        <translation>支付(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/funds/funds_view.py" line="782"/>
        <source>%n repair(s): {cost}, of which owners and public income {owners}, government {government}.</source>
        <translation>
            <numerusform>%n 项维修：共 {cost}，其中业主及公共收益 {owners}，政府 {government}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="818"/>
        <source>Pay urgent repair {number}</source>
        <translation>支付应急维修{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="819"/>
        <source>{description}: {government} from the government&apos;s share, {owners} from the owners and public income.</source>
        <translation>{description}：政府承担 {government}，业主及公共收益承担 {owners}。</translation>
    </message>
</context>
<context>
    <name>ResidentOperations</name>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="60"/>
        <source>Add household {household}</source>
        <translation>添加住户 {household}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="68"/>
        <source>Edit household {household}</source>
        <translation>编辑住户 {household}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/operations.py" line="87"/>
        <source>Remove %n household(s)</source>
        <translation>
            <numerusform>删除 %n 户住户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/operations.py" line="138"/>
        <source>Record the answer of %n household(s)</source>
        <translation>
            <numerusform>登记 %n 户的意见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/operations.py" line="162"/>
        <source>Clear the answers of %n household(s)</source>
        <translation>
            <numerusform>清除 %n 户的意见</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="178"/>
        <source>Change the resident participation rules</source>
        <translation>修改居民参与规则</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="199"/>
        <source>New opinion</source>
        <translation>新建意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="199"/>
        <source>Edit opinion</source>
        <translation>编辑意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="206"/>
        <source>Close opinion</source>
        <translation>办结意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="206"/>
        <source>Reopen opinion</source>
        <translation>重新打开意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="214"/>
        <source>Remove opinion</source>
        <translation>删除意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="226"/>
        <source>New supervision day</source>
        <translation>新建民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="226"/>
        <source>Edit supervision day</source>
        <translation>编辑民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="234"/>
        <source>Remove supervision day</source>
        <translation>删除民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="241"/>
        <source>Register the issue as an opinion</source>
        <translation>将问题登记为意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="254"/>
        <source>Raise rectification {number}</source>
        <translation>发起整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="275"/>
        <source>New survey form</source>
        <translation>新建调查表</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="275"/>
        <source>Edit survey form</source>
        <translation>编辑调查表</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/operations.py" line="282"/>
        <source>Remove survey form</source>
        <translation>删除调查表</translation>
    </message>
</context>
<context>
    <name>ResidentRulesDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="215"/>
        <source>Resident participation rules</source>
        <translation>居民参与规则</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="220"/>
        <source>Share of all households agreeing</source>
        <translation>同意户数占总户数比例</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="222"/>
        <source>Share of all households and of all floor area agreeing</source>
        <translation>同意户数及建筑面积均占总数比例</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="225"/>
        <source>Civil Code: 2/3 take part (households and area), 3/4 of them agree</source>
        <translation>民法典：户数和面积均2/3以上参与表决，参与者中户数和面积均3/4以上同意</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="230"/>
        <source>e.g. 80 or 2/3</source>
        <translation>例如：80 或 2/3</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="231"/>
        <source>Judge each entrance (单元) on its own, as for added elevators</source>
        <translation>按单元分别判定（如加装电梯）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="235"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="236"/>
        <source>Consent rule:</source>
        <translation>同意标准：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="237"/>
        <source>Threshold (%):</source>
        <translation>比例（%）：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="239"/>
        <source>Reply to opinions within:</source>
        <translation>意见诉求答复时限：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="243"/>
        <source>These rules apply to every project in this database. The default is the rule of many cities: at least 80 % of all households agree.</source>
        <translation>这些规则适用于本数据库中的所有项目。默认采用多数城市的标准：同意户数不少于总户数的80%。</translation>
    </message>
</context>
<context>
    <name>Residents</name>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="282"/>
        <source>Consent no longer met</source>
        <translation>居民同意已不满足</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="283"/>
        <source>Step {step} {name} was completed on the residents&apos; consent, but with the households now on the roster these compounds are below the threshold: {compounds}. Record the new households&apos; answers, or reopen the step.</source>
        <translation>第{step}步“{name}”是在居民同意的基础上完成的，但按花名册现有户数，以下小区已低于同意标准：{compounds}。请登记新增住户的意见，或重新打开该步骤。</translation>
    </message>
</context>
<context>
    <name>ResidentsSharePage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="834"/>
        <source>Residents&apos; contributions</source>
        <translation>居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="835"/>
        <source>Urgent repairs</source>
        <translation>应急维修</translation>
    </message>
</context>
<context>
    <name>ResidentsView</name>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="440"/>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="443"/>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="455"/>
        <source>Roster</source>
        <translation>住户花名册</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="456"/>
        <source>Consultation</source>
        <translation>意见征询</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="457"/>
        <source>Opinions</source>
        <translation>意见诉求</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="458"/>
        <source>Supervision days</source>
        <translation>民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="459"/>
        <source>Satisfaction</source>
        <translation>满意度调查</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="599"/>
        <source>Retention by contract</source>
        <translation>各合同质保金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="601"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="602"/>
        <source>Other party</source>
        <translation>合同相对方</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="603"/>
        <source>Price</source>
        <translation>合同价</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="604"/>
        <source>Certified</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="605"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="606"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="607"/>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="643"/>
        <source>Released</source>
        <translation>已返还</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="608"/>
        <source>Still held</source>
        <translation>尚未返还</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="609"/>
        <source>Defects period ends</source>
        <translation>缺陷责任期届满</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="610"/>
        <source>Release</source>
        <translation>返还</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="615"/>
        <source>Deadlines after acceptance</source>
        <translation>竣工验收后的时限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="617"/>
        <source>Final account and &amp;settlement…</source>
        <translation>结算与决算(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="623"/>
        <source>Deadline</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="624"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="625"/>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="657"/>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="626"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="631"/>
        <source>The deadlines count from the completion acceptance, which is not recorded yet.</source>
        <translation>时限自竣工验收起算，尚未登记竣工验收。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="645"/>
        <source>Defects period not set</source>
        <translation>未设缺陷责任期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="647"/>
        <source>Due for release</source>
        <translation>已到期待返还</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="648"/>
        <source>Held</source>
        <translation>预留中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/funds/funds_view.py" line="659"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/funds/funds_view.py" line="660"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="58"/>
        <source>Import roster into {compound}</source>
        <translation>导入花名册到{compound}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="61"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="69"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="85"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="91"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="92"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="93"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="94"/>
        <source>Flat</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="95"/>
        <source>Owner</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="96"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="97"/>
        <source>Lives here</source>
        <translation>是否常住</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="97"/>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="98"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="97"/>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="98"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="98"/>
        <source>Elderly</source>
        <translation>是否老年人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="99"/>
        <source>Area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="100"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="118"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="128"/>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="143"/>
        <source>Reading the roster</source>
        <translation>读取花名册</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="134"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="134"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="142"/>
        <source>{file} could not be read.</source>
        <translation>无法读取 {file}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="151"/>
        <source>{file}, sheet {sheet}: header in row {row}, {count} data rows.</source>
        <translation>{file}，工作表“{sheet}”：表头在第 {row} 行，共 {count} 行数据。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="162"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="197"/>
        <source>{rows} rows: {new} new households, {updates} updates, {bad} with problems.</source>
        <translation>共 {rows} 行：新增 {new} 户，更新 {updates} 户，有问题 {bad} 行。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="202"/>
        <source>Rows with problems are not imported; correct them in the file and import it again, or import the valid rows now.</source>
        <translation>有问题的行不会导入；可在文件中改正后重新导入，或现在只导入无误的行。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="207"/>
        <source>Import the {valid} valid rows</source>
        <translation>导入无误的 {valid} 行</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="209"/>
        <source>Import {valid} rows</source>
        <translation>导入 {valid} 行</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="219"/>
        <source>Checking the residents&apos; consent…</source>
        <translation>正在核对居民同意率…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="234"/>
        <source>After this import, step {step} {name}, completed on the residents&apos; consent, would no longer have it: {compounds} would be below the threshold.</source>
        <translation>导入后，依据居民同意完成的第 {step} 步“{name}”将不再满足同意要求：{compounds} 将低于同意率门槛。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="246"/>
        <source>Checking the residents&apos; consent</source>
        <translation>核对居民同意率</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="248"/>
        <source>The residents&apos; consent could not be checked: {error}</source>
        <translation>无法核对居民同意率：{error}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/roster_import.py" line="269"/>
        <source>{added} households added, {updated} updated.</source>
        <translation>新增 {added} 户，更新 {updated} 户。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="65"/>
        <source>&amp;Add household…</source>
        <translation>添加住户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="69"/>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="70"/>
        <source>Save blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="55"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="56"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="57"/>
        <source>Flat</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="58"/>
        <source>Owner</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="59"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="60"/>
        <source>Lives here</source>
        <translation>是否常住</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="61"/>
        <source>Elderly</source>
        <translation>是否老年人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="62"/>
        <source>Area (m²)</source>
        <translation>建筑面积（㎡）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="63"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="73"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="74"/>
        <source>Every change of the selected household and its consultation answers</source>
        <translation>所选住户及其征询意见的每一次变更</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="96"/>
        <source>{count} households, {elderly} with elderly residents, {away} not living here.</source>
        <translation>共 {count} 户，有老年人 {elderly} 户，非常住 {away} 户。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="100"/>
        <source>{unnamed} without an owner&apos;s name.</source>
        <translation>{unnamed} 户未填户主姓名。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="101"/>
        <source>Choose a compound.</source>
        <translation>请选择小区。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/residents_view.py" line="126"/>
        <source>Remove %n household(s)?</source>
        <translation>
            <numerusform>删除 %n 户住户？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/residents_view.py" line="128"/>
        <source>Removed with them: %n consultation answer(s).</source>
        <translation>
            <numerusform>将一并删除：%n 条征询意见。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/residents_view.py" line="130"/>
        <source>%n opinion(s)</source>
        <translation>
            <numerusform>%n 条意见诉求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/residents_view.py" line="131"/>
        <source>%n satisfaction survey form(s)</source>
        <translation>
            <numerusform>%n 份满意度调查表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/residents/residents_view.py" line="132"/>
        <source>%n site check(s)</source>
        <translation>
            <numerusform>%n 条巡查记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="135"/>
        <source>Staying, without their link to the household: {records}.</source>
        <translation>将保留但不再关联这些住户：{records}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="137"/>
        <source>Edit → Undo puts them back.</source>
        <translation>可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="138"/>
        <source>Remove households</source>
        <translation>删除住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="146"/>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="146"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="156"/>
        <source>Save roster template</source>
        <translation>保存花名册模板</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/residents_view.py" line="156"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="57"/>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="82"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="83"/>
        <source>{name} is shared by several people. Sign in with your name and password.</source>
        <translation>{name} 由多人共用。请用您的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="100"/>
        <source>Confirm with your password</source>
        <translation>请输入密码确认</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/sign_in.py" line="101"/>
        <source>{what}: enter your password to confirm.</source>
        <translation>{what}：请输入您的密码确认。</translation>
    </message>
</context>
<context>
    <name>SiteOperations</name>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="71"/>
        <source>New site check {number}</source>
        <translation>新建巡查记录 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="72"/>
        <source>Edit site check {number}</source>
        <translation>编辑巡查记录 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="126"/>
        <source>Edit photo caption</source>
        <translation>编辑照片说明</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="174"/>
        <source>Raise rectification {number}</source>
        <translation>发起整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="195"/>
        <source>Edit rectification {number}</source>
        <translation>编辑整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="199"/>
        <source>Reply to rectification {number}</source>
        <translation>回复整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="204"/>
        <source>Pass and close rectification {number}</source>
        <translation>整改 {number} 复查合格并销项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="205"/>
        <source>Send back rectification {number}</source>
        <translation>退回整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="210"/>
        <source>Reopen rectification {number}</source>
        <translation>重新打开整改 {number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/operations.py" line="221"/>
        <source>Edit the completion acceptance record</source>
        <translation>编辑竣工验收记录</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="174"/>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="180"/>
        <source>e.g. 中央补助资金</source>
        <translation>如 中央补助资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="183"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="184"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="185"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="186"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="162"/>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="163"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="164"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="165"/>
        <source>Paid out</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="166"/>
        <source>Available</source>
        <translation>尚可拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="168"/>
        <source>New &amp;source…</source>
        <translation>新建来源(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="169"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="183"/>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="189"/>
        <source>Delete fund source</source>
        <translation>删除资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="190"/>
        <source>Delete the fund source {name} ({amount})?</source>
        <translation>删除资金来源{name}（{amount}）？</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="321"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="328"/>
        <source>O&amp;pinion:</source>
        <translation>意见(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="154"/>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="157"/>
        <source>Complete this step (Ctrl+D)</source>
        <translation>完成此步骤（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="161"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="181"/>
        <source>Materials</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="185"/>
        <source>Material / file</source>
        <translation>材料/文件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="185"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="185"/>
        <source>Added</source>
        <translation>添加人/时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="191"/>
        <source>Tick a material when it is provided, or drop files on it.</source>
        <translation>材料提供后请勾选，也可将文件拖放到材料上。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="197"/>
        <source>&amp;Attach files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="200"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="204"/>
        <source>&amp;Remove file</source>
        <translation>删除文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="206"/>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="484"/>
        <source>&amp;Waive…</source>
        <translation>免于提供(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="219"/>
        <source>Dates and notes</source>
        <translation>日期与备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="232"/>
        <source>Responsible party:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="233"/>
        <source>Responsible person:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="234"/>
        <source>Planned start:</source>
        <translation>计划开始：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="235"/>
        <source>Planned end:</source>
        <translation>计划完成：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="236"/>
        <source>Actual start:</source>
        <translation>实际开始：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="237"/>
        <source>Actual end:</source>
        <translation>实际完成：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="238"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="239"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="242"/>
        <source>Save the dates, person and notes (Ctrl+S)</source>
        <translation>保存日期、负责人和备注（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="202"/>
        <source>Sa&amp;ve as…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="166"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="168"/>
        <source>Every change of this step, its materials and files: who, when, old → new</source>
        <translation>本步骤、其资料和文件的每一次变更：谁、何时、旧值 → 新值</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="244"/>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="257"/>
        <source>Site checks</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="264"/>
        <source>New site check for this step…</source>
        <translation>为此步骤新建巡查记录…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="269"/>
        <source>Prerequisites</source>
        <translation>前置步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="298"/>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="321"/>
        <source>Select a step in the procedure.</source>
        <translation>请在实施程序中选择一个步骤。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="347"/>
        <source>Completed before its prerequisites by {who}: {reason}</source>
        <translation>{who} 在前置步骤完成前完成了此步骤，原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="373"/>
        <source>Due {date}</source>
        <translation>截止日期 {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="375"/>
        <source>(estimated: that year&apos;s holidays are not known yet)</source>
        <translation>（估算：该年度节假日尚未公布）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="378"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="382"/>
        <source>Not before {date}</source>
        <translation>不早于 {date}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="384"/>
        <source>Rule: {rule}</source>
        <translation>规定：{rule}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="397"/>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="407"/>
        <source>… and {count} more</source>
        <translation>…另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="412"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="467"/>
        <source>Waived: {reason}</source>
        <translation>免于提供：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="469"/>
        <source>Provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="470"/>
        <source>Missing</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="470"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="484"/>
        <source>Cancel &amp;waiver</source>
        <translation>取消免于提供(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="515"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="532"/>
        <source>Some files were not attached</source>
        <translation>部分文件未能添加为附件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="552"/>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="553"/>
        <source>{file} is not a document or an image, so Supervisor does not open it: opening it could run a program.

Save it to a folder instead?</source>
        <translation>{file} 不是文档或图片，打开它可能会运行程序，因此本软件不直接打开。

是否改为保存到文件夹？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="580"/>
        <source>Save file as</source>
        <translation>文件另存为</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="607"/>
        <source>Waive material</source>
        <translation>材料免于提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="607"/>
        <source>Why is this material not needed?</source>
        <translation>请说明免于提供此材料的原因：</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="52"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="58"/>
        <source>(anonymous, e.g. by QR code)</source>
        <translation>（匿名，如扫码填写）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="71"/>
        <source>Household:</source>
        <translation>住户：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="72"/>
        <source>Method:</source>
        <translation>调查方式：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="73"/>
        <source>Respondent:</source>
        <translation>受访人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="74"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="75"/>
        <source>Surveyor:</source>
        <translation>调查人：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="76"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="80"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="84"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="110"/>
        <source>Comments:</source>
        <translation>意见建议：</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="211"/>
        <source>&amp;New survey form…</source>
        <translation>新建调查表(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="219"/>
        <source>&amp;Compare projects…</source>
        <translation>项目对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="221"/>
        <source>&amp;Print register…</source>
        <translation>打印登记表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="222"/>
        <source>The satisfaction survey register of this compound, as a PDF</source>
        <translation>本小区的满意度调查登记表（PDF）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="202"/>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="202"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="203"/>
        <source>Owner</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="204"/>
        <source>Overall</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="205"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="206"/>
        <source>Respondent</source>
        <translation>受访人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="207"/>
        <source>Surveyor</source>
        <translation>调查人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="208"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="209"/>
        <source>Comments</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="249"/>
        <source>Choose a compound.</source>
        <translation>请选择小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="256"/>
        <source>{forms} forms for {households} households, {valid} valid; satisfied {satisfied}: satisfaction rate {rate}.</source>
        <translation>共 {households} 户，收回调查表 {forms} 份，有效 {valid} 份；满意 {satisfied} 份，满意率 {rate}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="281"/>
        <source>Remove survey form</source>
        <translation>删除调查表</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/surveys_view.py" line="281"/>
        <source>Remove this survey form?</source>
        <translation>删除这份调查表？</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="42"/>
        <source>Procedure templates</source>
        <translation>程序模板</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="52"/>
        <source>&amp;Copy as new template…</source>
        <translation>复制为新模板(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="55"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="69"/>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="90"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="69"/>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="74"/>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="297"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="76"/>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="319"/>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="78"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="80"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="99"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="100"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="101"/>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="102"/>
        <source>Responsible:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="103"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="104"/>
        <source>Save step</source>
        <translation>保存步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="109"/>
        <source>Materials</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="116"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="118"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="120"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="122"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="124"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="132"/>
        <source>Ticked materials are required before the step can be completed.</source>
        <translation>勾选的材料为必需材料，须提供后方可完成该步骤。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="159"/>
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="171"/>
        <source>The built-in procedure is read-only. Copy it to make your own.</source>
        <translation>内置程序模板为只读。如需修改，请复制后编辑副本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="174"/>
        <source>Used by %n project(s): read-only, so their procedures never change. Copy it to make a new version.</source>
        <translation>
            <numerusform>已有 %n 个项目使用此模板，为保证这些项目的实施程序不变，模板为只读。如需修改，请复制为新版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="178"/>
        <source>Editable: not used by any project yet. {steps} steps.</source>
        <translation>可编辑：尚未被任何项目使用。共 {steps} 个步骤。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="265"/>
        <source>Copy template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="265"/>
        <source>Name of the new template:</source>
        <translation>新模板名称：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="266"/>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="297"/>
        <source>Name of the new step:</source>
        <translation>新步骤名称：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="319"/>
        <source>Remove step {code} {name} from this template?</source>
        <translation>确定要从此模板中删除步骤 {code} {name} 吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="340"/>
        <source>Add material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="340"/>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="354"/>
        <source>Name of the material:</source>
        <translation>材料名称：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/template_editor.py" line="354"/>
        <source>Rename material</source>
        <translation>重命名材料</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="93"/>
        <source>Funding terms</source>
        <translation>资金安排</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="103"/>
        <source>At most 3 % of the price may be held as retention.</source>
        <translation>质保金最多预留合同价的 3%。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="107"/>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="111"/>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="120"/>
        <source>Payment &amp;rule:</source>
        <translation>支付方式(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="121"/>
        <source>Re&amp;tention (%):</source>
        <translation>质保金比例（%）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="122"/>
        <source>Final account due after acceptance:</source>
        <translation>竣工验收后结算送审时限：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="123"/>
        <source>Settlement due after acceptance:</source>
        <translation>竣工验收后财务决算时限：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="124"/>
        <source>Final account submitted:</source>
        <translation>结算送审日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="125"/>
        <source>Final account audited:</source>
        <translation>结算审定日期：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="126"/>
        <source>Audited final &amp;amount:</source>
        <translation>审定结算价(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="127"/>
        <source>Settlement done:</source>
        <translation>财务决算完成：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="128"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="36"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="36"/>
        <source>User {name}</source>
        <translation>用户 {name}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="44"/>
        <source>the name printed on records, e.g. 张伟</source>
        <translation>记录上打印的姓名，例如：张伟</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="46"/>
        <source>&amp;Display name:</source>
        <translation>显示姓名(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="55"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="63"/>
        <source>leave empty to keep the password</source>
        <translation>留空则不改密码</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="64"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="64"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="65"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="66"/>
        <source>Disabled: cannot sign in</source>
        <translation>已停用：不能登录</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="152"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="155"/>
        <source>Once a database has users, everyone signs in with name and password; the first user must be an administrator.</source>
        <translation>数据库一旦设有用户，每个人都须用用户名和密码登录；第一个用户必须是管理员。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="101"/>
        <source>Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="102"/>
        <source>Display name</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="103"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="104"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="104"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="104"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="106"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="70"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="71"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="84"/>
        <source>Verify a printed form</source>
        <translation>核验打印表单</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="87"/>
        <source>Type the verification code printed beside the QR code (核验码), or scan the QR code with a scanner. Supervisor says whether the form&apos;s record is unchanged since it was printed.</source>
        <translation>输入表单上二维码旁的核验码，或用扫码枪扫描二维码。本软件将告诉您该表所记载的记录自打印以来是否有改动。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="99"/>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="113"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="114"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="115"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="116"/>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="138"/>
        <source>Checking the history…</source>
        <translation>正在核对历史记录…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="148"/>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="162"/>
        <source>Verifying a printed form</source>
        <translation>核验打印表单</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="175"/>
        <source>, round {round}</source>
        <translation>，第 {round} 轮</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="176"/>
        <source>Code {code}: {about}</source>
        <translation>核验码 {code}：{about}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/verify_dialog.py" line="178"/>
        <source>Printed after the change of {time} (history entry {entry}).</source>
        <translation>打印时最后一次改动为 {time}（历史记录第 {entry} 条）。</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="621"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="622"/>
        <source>&amp;Voucher:</source>
        <translation>凭证号(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="60"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="65"/>
        <source>Filter projects</source>
        <translation>筛选项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="92"/>
        <source>No projects yet. Create one with Project → New project… (Ctrl+N).</source>
        <translation>暂无项目。请通过“项目 → 新建项目…”（Ctrl+N）创建。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="103"/>
        <source>Procedure</source>
        <translation>实施程序</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="103"/>
        <source>Site checks</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="103"/>
        <source>Rectifications</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="104"/>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="104"/>
        <source>Residents</source>
        <translation>居民参与</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="104"/>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/workspace.py" line="248"/>
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="33"/>
        <location filename="../../supervisor/ui/documents/archive.py" line="58"/>
        <location filename="../../supervisor/ui/documents/archive.py" line="85"/>
        <source>Print archive file</source>
        <translation>打印项目档案</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="34"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="54"/>
        <source>Printing the archive file</source>
        <translation>打印项目档案</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="55"/>
        <source>Preparing the archive file…</source>
        <translation>正在准备项目档案…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="70"/>
        <source>Drawing {title}…</source>
        <translation>正在生成 {title}…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/documents/archive.py" line="80"/>
        <source>The archive file of {code} was written to {file}: {documents} documents, {pages} pages.</source>
        <translation>项目 {code} 的档案已保存到 {file}：共 {documents} 份文件，{pages} 页。</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="28"/>
        <source>Basic</source>
        <translation>基础类</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="30"/>
        <location filename="../../supervisor/residents/catalog.py" line="80"/>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="31"/>
        <source>Drainage, rain-sewage separation</source>
        <translation>排水及雨污分流</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="32"/>
        <source>Power supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="33"/>
        <location filename="../../supervisor/residents/catalog.py" line="83"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="34"/>
        <location filename="../../supervisor/residents/catalog.py" line="78"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="35"/>
        <location filename="../../supervisor/residents/catalog.py" line="79"/>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="36"/>
        <source>Fire safety</source>
        <translation>消防</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="37"/>
        <source>Security</source>
        <translation>安防</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="38"/>
        <source>Roof repair</source>
        <translation>屋面修缮</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="39"/>
        <source>Outer wall repair</source>
        <translation>外墙修缮</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="40"/>
        <source>Stairwell repair</source>
        <translation>楼道修缮</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="41"/>
        <source>Overhead cables tidied</source>
        <translation>线缆整治</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="45"/>
        <source>Improvement</source>
        <translation>完善类</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="47"/>
        <source>Illegal structures removed</source>
        <translation>拆除违建</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="48"/>
        <location filename="../../supervisor/residents/catalog.py" line="86"/>
        <source>Greening</source>
        <translation>绿化</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="49"/>
        <source>Sanitation</source>
        <translation>环卫设施</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="50"/>
        <source>Elder-friendly, barrier-free</source>
        <translation>适老化及无障碍</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="51"/>
        <location filename="../../supervisor/residents/catalog.py" line="87"/>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="52"/>
        <source>Car charging</source>
        <translation>汽车充电</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="53"/>
        <source>E-bike charging</source>
        <translation>电动自行车充电</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="54"/>
        <source>Energy saving</source>
        <translation>建筑节能</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="55"/>
        <source>Added elevator</source>
        <translation>加装电梯</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="59"/>
        <source>Upgrade</source>
        <translation>提升类</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="61"/>
        <source>Elderly care</source>
        <translation>养老服务</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="62"/>
        <source>Childcare</source>
        <translation>托育</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="63"/>
        <source>Meal service</source>
        <translation>助餐</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="64"/>
        <source>Shops</source>
        <translation>便民商业</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="65"/>
        <source>Parcel station</source>
        <translation>快递驿站</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="66"/>
        <source>Clinic</source>
        <translation>卫生服务站</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="67"/>
        <source>Smart security</source>
        <translation>智慧安防</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="81"/>
        <source>Rain and sewage pipes</source>
        <translation>雨污管网</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="82"/>
        <source>Cable tidiness</source>
        <translation>线缆整治</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="84"/>
        <source>Walls and roofs</source>
        <translation>外墙及屋面</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="85"/>
        <source>Stairwells</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="88"/>
        <source>Charging</source>
        <translation>充电设施</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="89"/>
        <source>Fire safety and security</source>
        <translation>消防安防</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="90"/>
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="91"/>
        <source>Site tidiness during works</source>
        <translation>施工期间文明施工</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="92"/>
        <source>Duration of works</source>
        <translation>施工工期</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="93"/>
        <source>Overall result</source>
        <translation>整体改造效果</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="94"/>
        <source>Property management afterwards</source>
        <translation>后续物业管理</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="100"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="101"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="102"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="103"/>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="108"/>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="109"/>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="110"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="111"/>
        <source>Not visited</source>
        <translation>未入户</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="115"/>
        <source>Home visit</source>
        <translation>入户</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="116"/>
        <source>QR code</source>
        <translation>扫码</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="117"/>
        <location filename="../../supervisor/residents/catalog.py" line="122"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="121"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="123"/>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="124"/>
        <source>Online / WeChat</source>
        <translation>网络/微信</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="125"/>
        <source>Letter or call-in</source>
        <translation>来信来访</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="126"/>
        <source>Supervision day</source>
        <translation>民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="127"/>
        <location filename="../../supervisor/residents/catalog.py" line="138"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="131"/>
        <source>Scheme</source>
        <translation>改造方案</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="132"/>
        <source>Quality</source>
        <translation>施工质量</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="133"/>
        <source>Progress</source>
        <translation>施工进度</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="134"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="135"/>
        <source>Noise, dust, disturbance</source>
        <translation>噪音扬尘扰民</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="136"/>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="137"/>
        <source>Property management</source>
        <translation>物业管理</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="142"/>
        <source>Awaiting reply</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="143"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/catalog.py" line="144"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../supervisor/history/codes.py" line="165"/>
        <source>Type the verification code printed beside the QR code (核验码).</source>
        <translation>请输入表单上二维码旁印的核验码。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="168"/>
        <source>“{code}” is not a verification code: it has the character “{char}”, which codes do not use. Check what was typed against the paper.</source>
        <translation>“{code}”不是有效的核验码：其中的字符“{char}”不会出现在核验码中。请对照纸质表单检查输入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="175"/>
        <source>“{code}” is not a verification code: it is too short or incomplete. Check what was typed against the paper.</source>
        <translation>“{code}”不是有效的核验码：长度不够或不完整。请对照纸质表单检查输入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="178"/>
        <source>“{code}” is not a verification code: a character is wrong or two are swapped. Check what was typed against the paper.</source>
        <translation>“{code}”不是有效的核验码：有字符输错或相邻两个字符颠倒。请对照纸质表单检查输入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="182"/>
        <source>“{code}” names no form this version of Supervisor prints. Check what was typed, or verify it with a newer version.</source>
        <translation>“{code}”所指的表单不是本版本软件打印的。请检查输入，或用更新版本的软件核验。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="278"/>
        <source>This code was not printed from this database: it names history entry {entry}, and the history here ends at entry {last}. It may come from another database, or from a later state of this one (was an older backup restored?).</source>
        <translation>此核验码不是从本数据库打印的：它指向历史记录第 {entry} 条，而本数据库的历史记录只到第 {last} 条。它可能来自另一个数据库，或来自本数据库较新的状态（是否恢复过较早的备份？）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="286"/>
        <source>The history was changed after this form was printed: history entry {entry}, the last one when it was printed, has been removed.</source>
        <translation>此表打印后历史记录被改动：打印时的最后一条历史记录（第 {entry} 条）已被删除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="289"/>
        <source>History entry {entry} is missing.</source>
        <translation>历史记录第 {entry} 条缺失。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="298"/>
        <source>This code does not match this database&apos;s history: it was not printed from this database, or the history was rewritten after it was printed.</source>
        <translation>此核验码与本数据库的历史记录不符：它不是从本数据库打印的，或打印后历史记录被改写。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="307"/>
        <source>Changed since it was printed: {form} {subject} has {count} change(s) recorded after printing.</source>
        <translation>打印后有改动：{form} {subject} 打印后有 {count} 处改动记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="309"/>
        <source>Unchanged: {form} {subject} is as it was printed; nothing about it has changed since, and its history is intact.</source>
        <translation>未改动：{form} {subject} 与打印时一致，打印后没有任何改动，历史记录完整。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="315"/>
        <source>The history was changed after this form was printed, outside the application: what the paper shows can no longer be vouched for. Run &apos;supervisor check&apos; on the database.</source>
        <translation>此表打印后，历史记录在本软件之外被改动：纸质表单的内容已无法得到证实。请对该数据库运行“supervisor check”。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="354"/>
        <source>History entries {first}–{last} are missing.</source>
        <translation>历史记录第 {first}–{last} 条缺失。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="357"/>
        <source>History entry {entry} ({what} {record}) was changed after it was written.</source>
        <translation>历史记录第 {entry} 条（{what} {record}）在写入后被改动。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="362"/>
        <source>History entry {entry} does not follow entry {previous}: entries were removed or reordered.</source>
        <translation>历史记录第 {entry} 条未接续第 {previous} 条：有记录被删除或顺序被打乱。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/codes.py" line="369"/>
        <source>The history ends at entry {end}, but its head names entry {head}.</source>
        <translation>历史记录止于第 {end} 条，但其链头指向第 {head} 条。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/scope.py" line="263"/>
        <source>The {what} {record} is not in the history: it was added outside the application.</source>
        <translation>{what} {record} 不在历史记录中：它是在本软件之外添加的。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/scope.py" line="266"/>
        <source>The {what} {record} was removed outside the application.</source>
        <translation>{what} {record} 在本软件之外被删除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/scope.py" line="269"/>
        <source>The history&apos;s copy of the {what} {record} does not match its last entry.</source>
        <translation>历史记录中 {what} {record} 的副本与其最后一条记录不符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/scope.py" line="273"/>
        <source>The {what} {record} was changed outside the application ({fields}).</source>
        <translation>{what} {record} 在本软件之外被改动（{fields}）。</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../supervisor/ui/failures.py" line="42"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="255"/>
        <source>no households in the roster</source>
        <translation>花名册中没有住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="261"/>
        <source>{agreeing} of {households} households agree, {needed} more needed</source>
        <translation>{households} 户中 {agreeing} 户同意，还差 {needed} 户</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="269"/>
        <location filename="../../supervisor/residents/consultation.py" line="302"/>
        <source>{missing} households have no floor area</source>
        <translation>{missing} 户未填建筑面积</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="276"/>
        <source>agreeing floor area is {rate} of the total</source>
        <translation>同意户建筑面积占总面积 {rate}</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="287"/>
        <source>{voted} of {households} households took part, two thirds needed</source>
        <translation>{households} 户中 {voted} 户参与表决，须达三分之二</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="294"/>
        <source>{agreeing} of {voted} households taking part agree, three quarters needed</source>
        <translation>参与表决的 {voted} 户中 {agreeing} 户同意，须达四分之三</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="308"/>
        <source>less than two thirds of the floor area took part</source>
        <translation>参与表决的建筑面积不足三分之二</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="311"/>
        <source>less than three quarters of the floor area taking part agrees</source>
        <translation>同意的建筑面积不足参与表决面积的四分之三</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="410"/>
        <source>{failing} of {units} entrances below the threshold</source>
        <translation>{units} 个单元中 {failing} 个未达到比例</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../supervisor/cli.py" line="272"/>
        <location filename="../../supervisor/ui/residents/opinions_view.py" line="423"/>
        <source>{value} is not a date (use YYYY-MM-DD).</source>
        <translation>{value} 不是有效日期（格式应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/cli.py" line="398"/>
        <source>There is no site check {check} in project {code}.</source>
        <translation>项目 {code} 中不存在巡查记录 {check}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/cli.py" line="584"/>
        <source>The project has no compound named {name}.</source>
        <translation>该项目没有名为 {name} 的小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/cli.py" line="604"/>
        <source>There is no record {record} to print.</source>
        <translation>没有可打印的记录 {record}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/cli.py" line="618"/>
        <source>Give --db and --project, or --blank for an empty form.</source>
        <translation>请给出 --db 和 --project，或用 --blank 打印空白表格。</translation>
    </message>
    <message>
        <location filename="../../supervisor/cli.py" line="628"/>
        <source>Say which record to print with --record (or --compound).</source>
        <translation>请用 --record（或 --compound）指明要打印的记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/cli.py" line="660"/>
        <source>The first day {start} comes after the last day {end}.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="88"/>
        <source>Someone else saved the same record at the same moment, so your change was not saved. Reload it and apply your change again.</source>
        <translation>他人在同一时刻保存了同一条记录，您的修改未保存。请重新载入后再次修改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="97"/>
        <source>The change conflicts with a record already stored: {detail}</source>
        <translation>此修改与已保存的记录冲突：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="108"/>
        <source>The database server {where} cannot be reached or closed the connection. Nothing was saved; check the network and that the server runs, then try again.</source>
        <translation>无法连接数据库服务器 {where}，或服务器断开了连接。未保存任何内容；请检查网络和服务器是否运行，然后重试。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="117"/>
        <source>The database {where} is in use by another program and stayed locked. Nothing was changed; close the other program or try again in a moment.</source>
        <translation>数据库 {where} 正被其他程序占用，一直处于锁定状态。未做任何更改；请关闭该程序，或稍后重试。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="127"/>
        <source>The file {where} is damaged or is not a database. It was not changed. Open a backup copy, or run &apos;supervisor check&apos; on it.</source>
        <translation>文件 {where} 已损坏或不是数据库文件，文件未做任何更改。请打开备份副本，或对该文件运行“supervisor check”进行检查。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="136"/>
        <location filename="../../supervisor/files.py" line="33"/>
        <source>The disk holding {where} is full or failing. Nothing was saved; free some space and try again.</source>
        <translation>{where} 所在的磁盘已满或出现故障，未保存任何内容。请释放部分磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="145"/>
        <source>The database {where} cannot be written (read-only file or folder, or no permission). Nothing was saved.</source>
        <translation>无法写入数据库 {where}（文件或文件夹为只读，或没有写入权限），未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="153"/>
        <source>The database {where} reported an error: {detail}</source>
        <translation>数据库 {where} 报告错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="271"/>
        <source>The database {where} is damaged ({detail}). Nothing was written or exported; open a backup copy, or run &apos;supervisor check&apos; on it.</source>
        <translation>数据库 {where} 已损坏（{detail}）。未写入或导出任何内容；请打开备份副本，或对其运行 &apos;supervisor check&apos;。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="284"/>
        <source>The database {where} is open read-only: its file or folder cannot be written. Nothing was changed; copy it to a writable folder to change it.</source>
        <translation>数据库 {where} 以只读方式打开：其文件或所在文件夹不可写入。未作任何更改；如需修改，请将其复制到可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/commands.py" line="109"/>
        <location filename="../../supervisor/backups/sqlite.py" line="134"/>
        <location filename="../../supervisor/db/engine.py" line="358"/>
        <source>There is no database at {where}.</source>
        <translation>在 {where} 未找到数据库。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/commands.py" line="146"/>
        <source>A server database is restored with PostgreSQL&apos;s pg_restore, into a new, empty database: pg_restore --dbname=NEW_DATABASE FILE; then open that database. Nothing was changed.</source>
        <translation>服务器数据库用 PostgreSQL 的 pg_restore 恢复到一个新的空数据库：pg_restore --dbname=新数据库 文件；然后打开该数据库。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="364"/>
        <source>The folder for {where} cannot be created: {detail}</source>
        <translation>无法创建 {where} 所在的文件夹：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="379"/>
        <source>{where} is an empty file, not a Supervisor database.</source>
        <translation>{where} 是空文件，不是 Supervisor 数据库。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/engine.py" line="373"/>
        <source>{where} is a folder, not a database file.</source>
        <translation>{where} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/migrate.py" line="39"/>
        <source>{where} is a database, but not a Supervisor database. It was not changed.</source>
        <translation>{where} 是数据库，但不是 Supervisor 数据库，文件未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/migrate.py" line="51"/>
        <source>{where} was written by a newer version of Supervisor (schema {revision}). Install the newer version to open it; it was not changed.</source>
        <translation>{where} 由更高版本的 Supervisor 写入（数据结构版本 {revision}），文件未做任何更改。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/migrate.py" line="124"/>
        <source>{where} was written by an older version of Supervisor and must be upgraded, but its file or folder cannot be written. Copy it to a writable folder and open it there.</source>
        <translation>{where} 由旧版 Supervisor 写入，需要升级，但其文件或所在文件夹不可写入。请将其复制到可写入的文件夹后在那里打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/demo/database.py" line="345"/>
        <source>{file} already exists; choose another file or replace it.</source>
        <translation>{file} 已存在，请选择其他文件或替换该文件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/demo/database.py" line="375"/>
        <source>The database {file} already holds projects; the demo is written only into an empty database. Create a new database for it.</source>
        <translation>数据库 {file} 中已有项目；示例数据只写入空数据库。请为其新建一个数据库。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="61"/>
        <location filename="../../supervisor/procedure/templates.py" line="491"/>
        <source>The step no longer exists.</source>
        <translation>该步骤已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/gates.py" line="38"/>
        <source>Step {step} needs consent from the residents of every compound (round {round}), but the project has no compounds. Complete it anyway?</source>
        <translation>步骤 {step} 须每个小区的居民（第 {round} 轮征询）同意达到规定比例，但本项目还没有小区。仍要完成吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/gates.py" line="44"/>
        <source>Step {step} needs consent from the residents of every compound (round {round}); these compounds are below the threshold: {compounds}. Complete it anyway?</source>
        <translation>步骤 {step} 须每个小区的居民（第 {round} 轮征询）同意达到规定比例；以下小区未达到：{compounds}。仍要完成吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="221"/>
        <source>Step {step} cannot be completed: these required materials are neither provided nor waived: {materials}.</source>
        <translation>步骤 {step} 无法完成：以下必需材料既未提供，也未免于提供：{materials}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="237"/>
        <source>Step {step} has prerequisites that are not complete: {steps}. Complete it anyway?</source>
        <translation>步骤 {step} 的前置步骤尚未完成：{steps}。仍要完成此步骤吗？</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="290"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="291"/>
        <source>Planned end</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="292"/>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="293"/>
        <source>Actual end</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="294"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="301"/>
        <location filename="../../supervisor/projects/project.py" line="104"/>
        <source>The planned end is before the planned start.</source>
        <translation>计划结束日期早于计划开始日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/steps.py" line="306"/>
        <source>The actual end is before the actual start.</source>
        <translation>实际结束日期早于实际开始日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/materials.py" line="25"/>
        <location filename="../../supervisor/procedure/templates.py" line="499"/>
        <source>The material no longer exists.</source>
        <translation>该材料已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/materials.py" line="59"/>
        <source>Give a reason for waiving {material}.</source>
        <translation>请说明“{material}”免于提供的原因。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/materials.py" line="79"/>
        <source>{file} is larger than {limit} MB and was not attached.</source>
        <translation>{file} 超过 {limit} MB，未添加为附件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/letterhead.py" line="57"/>
        <source>A name printed at the head of the forms can have at most {limit} characters.</source>
        <translation>表头所印名称最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/letterhead.py" line="68"/>
        <location filename="../../supervisor/documents/letterhead.py" line="90"/>
        <source>The logo must be a picture file (PNG, JPEG, BMP or GIF).</source>
        <translation>标志须为图片文件（PNG、JPEG、BMP 或 GIF）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/letterhead.py" line="95"/>
        <location filename="../../supervisor/procedure/materials.py" line="88"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/letterhead.py" line="99"/>
        <location filename="../../supervisor/procedure/materials.py" line="92"/>
        <source>{file} cannot be read: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/materials.py" line="101"/>
        <source>The file needs a name.</source>
        <translation>请填写文件名。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/materials.py" line="124"/>
        <location filename="../../supervisor/procedure/materials.py" line="131"/>
        <location filename="../../supervisor/procedure/materials.py" line="138"/>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="67"/>
        <source>The budget must be a number of yuan, e.g. 3500000.</source>
        <translation>预算须为以元为单位的数字，例如：3500000。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="77"/>
        <source>The project needs a code.</source>
        <translation>请填写项目编号。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="81"/>
        <source>The project code may use letters, digits and - _ . / only (at most 50).</source>
        <translation>项目编号只能包含字母、数字和 - _ . /，最多 50 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="89"/>
        <source>The project needs a name.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="93"/>
        <source>Unknown project class.</source>
        <translation>未知的改造类别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="99"/>
        <source>The budget must be between 0 and 10^14 yuan.</source>
        <translation>预算须在 0 至 10^14 元之间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="110"/>
        <source>Unknown party role {role}.</source>
        <translation>未知的参建单位类型：{role}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/people.py" line="28"/>
        <location filename="../../supervisor/projects/people.py" line="63"/>
        <location filename="../../supervisor/projects/project.py" line="114"/>
        <source>The phone number {phone} is not valid.</source>
        <translation>电话号码 {phone} 无效。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="121"/>
        <source>A project with the code {code} already exists.</source>
        <translation>项目编号 {code} 已存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="84"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="85"/>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="86"/>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="87"/>
        <source>Checked at</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="88"/>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="89"/>
        <source>Area</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="90"/>
        <source>Work type</source>
        <translation>分项工程</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="100"/>
        <source>The checklist is not a list.</source>
        <translation>检查表格式有误：不是列表。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="108"/>
        <source>A checklist entry is not valid: {entry}.</source>
        <translation>检查表条目无效：{entry}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="122"/>
        <location filename="../../supervisor/site/rectifications.py" line="175"/>
        <source>The compound is not part of this project.</source>
        <translation>该小区不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="131"/>
        <source>The building is not in the chosen compound.</source>
        <translation>该楼栋不在所选小区内。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="138"/>
        <source>The unit is not in the chosen building.</source>
        <translation>该单元不在所选楼栋内。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="146"/>
        <source>The household is not in the chosen unit.</source>
        <translation>该住户不在所选单元内。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="151"/>
        <source>Choose either a household or a common area, not both.</source>
        <translation>请选择住户或公共部位，不能同时选择两者。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="100"/>
        <source>The contract price must be a number of yuan, e.g. 3500000.</source>
        <translation>合同价须为以元计的数字，例如 3500000。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="119"/>
        <source>Row {row}: enter the item checked.</source>
        <translation>第 {row} 行：请填写验收项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="124"/>
        <source>Row {row}: “{text}” is too long (at most {limit} characters).</source>
        <translation>第 {row} 行：“{text}”过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="136"/>
        <source>Row {row}: {value} is not a possible quantity.</source>
        <translation>第 {row} 行：{value} 不是有效的工程量。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="143"/>
        <source>Row {row}: a quantity cannot be negative.</source>
        <translation>第 {row} 行：工程量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="148"/>
        <source>Row {row}: the result must be pass, fail or not checked.</source>
        <translation>第 {row} 行：验收结果只能是合格、不合格或未验收。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="154"/>
        <source>Row {row}: describe the problem of the failed item.</source>
        <translation>第 {row} 行：不合格项须写明存在问题。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="161"/>
        <source>Row {row}: a passed item has no rectification deadline.</source>
        <translation>第 {row} 行：合格项不应有整改期限。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="167"/>
        <source>Row {row}: the rectification deadline is before the acceptance day.</source>
        <translation>第 {row} 行：整改期限早于验收日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="175"/>
        <source>Row {row}: choose a compound of this project.</source>
        <translation>第 {row} 行：请选择本项目的小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="195"/>
        <location filename="../../supervisor/residents/opinions.py" line="77"/>
        <location filename="../../supervisor/residents/supervision_days.py" line="47"/>
        <location filename="../../supervisor/residents/surveys.py" line="257"/>
        <location filename="../../supervisor/site/acceptance.py" line="182"/>
        <location filename="../../supervisor/site/acceptance.py" line="376"/>
        <location filename="../../supervisor/site/checks.py" line="161"/>
        <location filename="../../supervisor/site/photos.py" line="102"/>
        <location filename="../../supervisor/site/rectifications.py" line="135"/>
        <source>The project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="188"/>
        <source>The contract price must be between 0 and 10^12 yuan.</source>
        <translation>合同价须在 0 至 10^12 元之间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="193"/>
        <source>A number of sub-works cannot be negative.</source>
        <translation>分部工程数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="200"/>
        <source>More sub-works passed ({passed}) than there are in all ({total}).</source>
        <translation>合格的分部工程数（{passed}）多于分部工程总数（{total}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="207"/>
        <source>The completion date is before the start date.</source>
        <translation>竣工日期早于开工日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/acceptance.py" line="211"/>
        <source>The acceptance cannot come before the completion of the works.</source>
        <translation>验收日期不能早于竣工日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="165"/>
        <source>Who made the check? Enter the inspector&apos;s name.</source>
        <translation>是谁巡查的？请填写巡查人姓名。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="170"/>
        <source>The inspector&apos;s name is longer than 100 characters.</source>
        <translation>巡查人姓名超过 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="175"/>
        <source>The inspector is not in the list of people.</source>
        <translation>巡查人不在人员名单中。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="179"/>
        <location filename="../../supervisor/site/rectifications.py" line="143"/>
        <source>Unknown check category.</source>
        <translation>未知的巡查类别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="181"/>
        <source>Unknown check result.</source>
        <translation>未知的巡查结果。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="183"/>
        <source>Unknown common area.</source>
        <translation>未知的公共部位。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checklists.py" line="93"/>
        <location filename="../../supervisor/site/checks.py" line="186"/>
        <source>The work type is longer than 50 characters.</source>
        <translation>工程类型超过 50 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="191"/>
        <source>The weather is longer than 50 characters.</source>
        <translation>天气超过 50 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="196"/>
        <source>The check time {time} is in the future.</source>
        <translation>巡查时间 {time} 晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="206"/>
        <location filename="../../supervisor/site/rectifications.py" line="187"/>
        <source>The step is not part of this project.</source>
        <translation>该步骤不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="210"/>
        <source>Describe the problem that was found.</source>
        <translation>请描述发现的问题。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="309"/>
        <source>The site check no longer exists.</source>
        <translation>该巡查记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checks.py" line="334"/>
        <source>A site check cannot be moved to another project.</source>
        <translation>巡查记录不能移至其他项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checklists.py" line="75"/>
        <source>The check item needs a text.</source>
        <translation>请填写检查项内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checklists.py" line="82"/>
        <source>The check item no longer exists.</source>
        <translation>该检查项已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/checklists.py" line="90"/>
        <source>The work type needs a name.</source>
        <translation>请填写工程类型名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/project.py" line="203"/>
        <source>There is no project with the code {code}.</source>
        <translation>不存在编号为 {code} 的项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="43"/>
        <source>The compound needs a name.</source>
        <translation>请填写小区名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="48"/>
        <source>The year built must be between 1900 and {year}.</source>
        <translation>建成年份须在 1900 至 {year} 之间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="54"/>
        <source>The number of households must be 0 to 100000.</source>
        <translation>户数须在 0 至 100000 之间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="64"/>
        <source>This project already has a compound named {name}.</source>
        <translation>本项目已有名为“{name}”的小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="142"/>
        <location filename="../../supervisor/residents/surveys.py" line="54"/>
        <location filename="../../supervisor/residents/surveys.py" line="248"/>
        <source>The compound no longer exists.</source>
        <translation>该小区已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="157"/>
        <source>The building needs a name.</source>
        <translation>请填写楼栋名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="161"/>
        <source>Units must be 1-20, floors 1-60 and flats per floor 1-20.</source>
        <translation>单元数须为 1–20，层数须为 1–60，每层户数须为 1–20。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/places.py" line="167"/>
        <source>The compound already has a building named {name}.</source>
        <translation>该小区已有名为“{name}”的楼栋。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/people.py" line="24"/>
        <location filename="../../supervisor/projects/people.py" line="59"/>
        <source>A person needs a name.</source>
        <translation>请填写人员姓名。</translation>
    </message>
    <message>
        <location filename="../../supervisor/projects/people.py" line="56"/>
        <source>The person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="52"/>
        <source>Step {step}: the period is malformed.</source>
        <translation>步骤 {step}：期限格式有误。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="56"/>
        <source>Step {step}: the period must be a whole number of days.</source>
        <translation>步骤 {step}：期限必须为整数天数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="61"/>
        <source>Step {step}: the period unit must be &apos;wd&apos; or &apos;d&apos;.</source>
        <translation>步骤 {step}：期限单位必须为“wd”（工作日）或“d”（自然日）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="66"/>
        <source>Step {step}: unknown period kind.</source>
        <translation>步骤 {step}：未知的期限类型。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="73"/>
        <source>Step {step}: the period counts from an unknown step.</source>
        <translation>步骤 {step}：期限的起算步骤不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="82"/>
        <source>A procedure needs at least one phase.</source>
        <translation>程序模板至少需要包含一个阶段。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="89"/>
        <source>Every step needs a code and a name.</source>
        <translation>每个步骤都必须填写编号和名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="93"/>
        <location filename="../../supervisor/procedure/templates.py" line="323"/>
        <source>The step code {step} is used twice.</source>
        <translation>步骤编号 {step} 重复。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="102"/>
        <source>Step {step} requires an unknown step {prerequisite}.</source>
        <translation>步骤 {step} 的前置步骤 {prerequisite} 不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="111"/>
        <source>Step {step} has an unknown gate {gate}; known: {known}.</source>
        <translation>步骤 {step} 的前置条件 {gate} 无法识别；可用的有：{known}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="238"/>
        <source>The template no longer exists.</source>
        <translation>该程序模板已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="261"/>
        <source>A template needs a name.</source>
        <translation>请填写模板名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="282"/>
        <source>The built-in procedure cannot be edited; make a copy and edit that.</source>
        <translation>内置程序模板不能编辑，请复制后编辑副本。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="288"/>
        <source>This template version is used by projects already started; make a new version to change it.</source>
        <translation>此版本模板已被已开始的项目使用；如需修改，请创建新版本。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="314"/>
        <source>A step needs a code.</source>
        <translation>请填写步骤编号。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="318"/>
        <source>A step needs a name.</source>
        <translation>请填写步骤名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="407"/>
        <location filename="../../supervisor/procedure/templates.py" line="420"/>
        <source>A material needs a name.</source>
        <translation>请填写材料名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/procedure/templates.py" line="506"/>
        <source>The phase no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/projects/compounds_view.py" line="63"/>
        <source>{what} must be a whole number.</source>
        <translation>{what}必须为整数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/procedure_view.py" line="293"/>
        <source>A reason is needed to complete a step before its prerequisites.</source>
        <translation>在前置步骤完成前完成步骤，必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/procedure/step_panel.py" line="589"/>
        <source>{file} cannot be written: {detail}</source>
        <translation>无法写入 {file}：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/calendar.py" line="39"/>
        <source>The date must be between 2000 and 2100.</source>
        <translation>日期须在 2000 至 2100 年之间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/calendar.py" line="54"/>
        <source>The entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="117"/>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="118"/>
        <source>The file is {megabytes} MB; photos larger than {limit} MB are not accepted.</source>
        <translation>文件大小为 {megabytes} MB；不接受超过 {limit} MB 的照片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="121"/>
        <source>The file is not a JPEG, PNG or HEIC/HEIF image.</source>
        <translation>该文件不是 JPEG、PNG 或 HEIC/HEIF 图片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="122"/>
        <source>The file is a {kind} file; only JPEG, PNG and HEIC/HEIF photos are accepted.</source>
        <translation>该文件是 {kind} 文件；仅接受 JPEG、PNG 和 HEIC/HEIF 格式的照片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="125"/>
        <source>The image is damaged or incomplete (a truncated file?) and cannot be decoded.</source>
        <translation>图片已损坏或不完整（文件可能被截断），无法解码。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="128"/>
        <source>The image declares {width} × {height} pixels ({megapixels} megapixels), more than the limit of {limit} megapixels: it may be a decompression bomb.</source>
        <translation>图片声明的尺寸为 {width} × {height} 像素（{megapixels} 百万像素），超过 {limit} 百万像素的上限：可能是“解压炸弹”。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="133"/>
        <source>The image declares more than {limit} megapixels: it may be a decompression bomb.</source>
        <translation>图片声明的像素数超过 {limit} 百万像素：可能是“解压炸弹”。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="137"/>
        <source>The image is {width} × {height} pixels; a side longer than {limit} pixels is not a photo.</source>
        <translation>图片尺寸为 {width} × {height} 像素；边长超过 {limit} 像素的图片不是照片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="141"/>
        <source>The image is only {width} × {height} pixels, too small to be a photo.</source>
        <translation>图片仅有 {width} × {height} 像素，太小，不是照片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photo_analysis.py" line="144"/>
        <source>There is not enough memory to decode this image.</source>
        <translation>内存不足，无法解码此图片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="67"/>
        <source>The file does not exist.</source>
        <extracomment>What a folder is searched for (files named one by one are all tried).</extracomment>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="68"/>
        <source>The file cannot be read: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="72"/>
        <source>The disk holding {where} is full or failing. The import stopped after {done} of {total} files: the photos imported before that are stored whole; the other {left} files were not imported. Free some space and import them again (photos already stored are recognised and not stored twice).</source>
        <translation>存放 {where} 的磁盘已满或出现故障。导入在 {total} 个文件中的第 {done} 个之后停止：此前导入的照片已完整保存；其余 {left} 个文件未导入。请腾出空间后重新导入（已保存的照片会被识别，不会重复保存）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="79"/>
        <source>The import stopped after {done} of {total} files: the photos imported before that are stored; the other {left} files were not imported.</source>
        <translation>导入在 {total} 个文件中的第 {done} 个之后停止：此前导入的照片已保存；其余 {left} 个文件未导入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="107"/>
        <source>There is no site check {check} in this project.</source>
        <translation>本项目中不存在巡查记录 {check}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="114"/>
        <source>There is no rectification item {item} in this project.</source>
        <translation>本项目中不存在整改事项 {item}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="121"/>
        <source>{role} is not a photo role.</source>
        <translation>{role} 不是有效的照片类型。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="560"/>
        <source>The photo no longer exists.</source>
        <translation>该照片已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/photos.py" line="587"/>
        <source>A caption is limited to {limit} characters.</source>
        <translation>照片说明最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="122"/>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="123"/>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="124"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="125"/>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="126"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="127"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="128"/>
        <source>Days to rectify</source>
        <translation>整改期限（天）</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="137"/>
        <source>Describe the problem to rectify.</source>
        <translation>请描述需要整改的问题。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="139"/>
        <source>Unknown severity.</source>
        <translation>未知的严重程度。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="141"/>
        <source>Unknown source of the problem.</source>
        <translation>未知的问题来源。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="146"/>
        <source>The responsible party is longer than 200 characters.</source>
        <translation>责任单位超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="151"/>
        <source>The location is longer than 300 characters.</source>
        <translation>位置超过 300 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="160"/>
        <source>The deadline must be 0 to {max} working days.</source>
        <translation>整改期限须在 0 至 {max} 个工作日之间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="166"/>
        <source>The issue time {time} is in the future.</source>
        <translation>签发时间 {time} 晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="181"/>
        <source>The site check is not part of this project.</source>
        <translation>该巡查记录不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="203"/>
        <source>The rectification item no longer exists.</source>
        <translation>该整改事项已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="372"/>
        <source>A closed item cannot be edited; reopen it with a reason first.</source>
        <translation>已销项的事项不能编辑；请先说明原因并重新打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="378"/>
        <source>A rectification item cannot be moved to another project.</source>
        <translation>整改事项不能移至其他项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="403"/>
        <source>{number} has already been replied to; it must be re-checked first.</source>
        <translation>{number} 已回复，须先进行复查。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="406"/>
        <source>{number} is closed; reopen it with a reason before replying.</source>
        <translation>{number} 已销项；如需回复，请先说明原因并重新打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="409"/>
        <source>{number} has no reply yet; there is nothing to re-check.</source>
        <translation>{number} 尚未回复，没有可复查的内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="412"/>
        <source>{number} is already closed; reopen it with a reason to re-check it again.</source>
        <translation>{number} 已销项；如需再次复查，请先说明原因并重新打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="415"/>
        <location filename="../../supervisor/site/rectifications.py" line="418"/>
        <source>{number} is not closed; only a closed item can be reopened.</source>
        <translation>{number} 尚未销项；只有已销项的事项才能重新打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="430"/>
        <source>{number} cannot change from its status {status} this way.</source>
        <translation>{number} 当前状态为“{status}”，不能进行此项变更。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="443"/>
        <source>The time must be between the notice and now.</source>
        <translation>时间应在通知签发之后、当前时间之前。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="456"/>
        <source>Describe the measures taken in the reply.</source>
        <translation>请在回复中说明已采取的整改措施。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="482"/>
        <source>Write the re-check opinion.</source>
        <translation>请填写复查意见。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="484"/>
        <source>Give the reason for sending the item back.</source>
        <translation>请说明退回此事项的原因。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/rectifications.py" line="514"/>
        <source>Give the reason for reopening the item.</source>
        <translation>请说明重新打开此事项的原因。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="48"/>
        <source>The consultation round must be 1 or 2.</source>
        <translation>征询轮次只能是 1 或 2。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="57"/>
        <source>Choose the household&apos;s answer.</source>
        <translation>请选择该户的意见。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="62"/>
        <source>Unknown renovation items: {items}.</source>
        <translation>未知的改造内容：{items}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="69"/>
        <source>The visit date cannot be in the future.</source>
        <translation>入户日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/consultation.py" line="74"/>
        <source>Enter the date of the visit.</source>
        <translation>请填写入户日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="46"/>
        <location filename="../../supervisor/residents/surveys.py" line="80"/>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="49"/>
        <source>The date {date} is too far in the past.</source>
        <translation>日期 {date} 过早。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="81"/>
        <location filename="../../supervisor/residents/supervision_days.py" line="54"/>
        <source>Choose a compound of this project.</source>
        <translation>请选择本项目的小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="85"/>
        <location filename="../../supervisor/residents/surveys.py" line="58"/>
        <source>Choose a household of this compound.</source>
        <translation>请选择本小区的住户。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="87"/>
        <source>Write down what the resident said.</source>
        <translation>请填写居民反映的内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="89"/>
        <source>Enter the day the opinion came in.</source>
        <translation>请填写受理日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="92"/>
        <source>Choose how the opinion came in.</source>
        <translation>请选择反映渠道。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="94"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="97"/>
        <location filename="../../supervisor/residents/surveys.py" line="83"/>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} 不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="100"/>
        <source>Enter the day of the reply.</source>
        <translation>请填写答复日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="103"/>
        <source>Write down the reply.</source>
        <translation>请填写答复内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="107"/>
        <source>The reply cannot come before the opinion.</source>
        <translation>答复日期不能早于受理日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="114"/>
        <source>The opinion no longer exists.</source>
        <translation>该意见诉求已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/opinions.py" line="169"/>
        <source>An opinion can be closed only after it has been answered.</source>
        <translation>意见诉求答复后才能办结。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="49"/>
        <source>Enter the day of the supervision day.</source>
        <translation>请填写监督日日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="57"/>
        <source>Every issue needs a description.</source>
        <translation>每个问题都须填写内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="60"/>
        <source>An issue cannot be due before the day it was raised.</source>
        <translation>问题的办理期限不能早于提出日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="68"/>
        <source>The supervision day no longer exists.</source>
        <translation>该民主监督日记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="190"/>
        <source>The issue no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="199"/>
        <source>This issue is already registered as an opinion.</source>
        <translation>该问题已登记为意见诉求。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/supervision_days.py" line="224"/>
        <source>This issue already has a rectification item.</source>
        <translation>该问题已有整改事项。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="192"/>
        <source>The household no longer exists.</source>
        <translation>该住户已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="204"/>
        <location filename="../../supervisor/residents/roster.py" line="224"/>
        <source>The compound already has household {household}.</source>
        <translation>本小区已有住户 {household}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="280"/>
        <source>The household cannot be saved: {reason}.</source>
        <translation>无法保存该住户：{reason}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="128"/>
        <source>{file} cannot be read as an Excel roster: {reason}</source>
        <translation>无法将 {file} 作为 Excel 花名册读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="152"/>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="158"/>
        <source>{file} is protected with a password, so it cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook, or 文件 → 文档加密), save it and import it again.</source>
        <translation>{file} 设有打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码（文件 → 文档加密，或 文件 → 信息 → 保护工作簿），保存后重新导入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="171"/>
        <source>only .xlsx files are read; save it as .xlsx first.</source>
        <translation>只能读取 .xlsx 文件，请先另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="176"/>
        <source>{file} cannot be opened: permission denied, or it is open in another program.</source>
        <translation>无法打开 {file}：没有权限，或文件正被其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="135"/>
        <source>it is not an .xlsx file, or it is damaged.</source>
        <translation>它不是 .xlsx 文件，或文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="281"/>
        <source>{file} has more than {limit} rows of households; one roster file can hold at most {limit}. Split it into several files (for example by building) and import them one after another.</source>
        <translation>{file} 的住户超过 {limit} 行；一个花名册文件最多 {limit} 行。请拆分为几个文件（例如按楼栋），逐个导入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_reading.py" line="389"/>
        <source>no sheet has a header row with at least two roster columns (楼栋, 单元, 户号, 姓名, 电话…).</source>
        <translation>没有哪个工作表的表头含有至少两个花名册列（楼栋、单元、户号、姓名、电话…）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="133"/>
        <source>Choose the column for {fields}.</source>
        <translation>请选择“{fields}”对应的列。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="140"/>
        <source>One column is chosen for two fields.</source>
        <translation>同一列被选给了两个字段。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="283"/>
        <source>Rows with problems cannot be imported.</source>
        <translation>有问题的行不能导入。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="403"/>
        <source>The template cannot be saved to {file}: {reason}</source>
        <translation>无法将模板保存到 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/rules.py" line="76"/>
        <source>The threshold must be a percentage above 0 and at most 100.</source>
        <translation>比例须为大于 0、不超过 100 的百分数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/rules.py" line="100"/>
        <source>The reply period must be 1 to 60 working days.</source>
        <translation>答复期限须为 1 至 60 个工作日。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/surveys.py" line="62"/>
        <source>This household already has a survey form.</source>
        <translation>该户已有满意度调查表。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/surveys.py" line="65"/>
        <source>Choose how the survey was made.</source>
        <translation>请选择调查方式。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/surveys.py" line="70"/>
        <source>Unknown rating {value} for {item}.</source>
        <translation>“{item}”的评价 {value} 无法识别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/surveys.py" line="76"/>
        <source>Rate at least one item.</source>
        <translation>请至少评价一项。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/surveys.py" line="78"/>
        <source>Enter the day of the survey.</source>
        <translation>请填写调查日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/surveys.py" line="116"/>
        <source>The survey form no longer exists.</source>
        <translation>该调查表已不存在。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/residents/dialogs.py" line="94"/>
        <source>{area} is not a floor area in square metres.</source>
        <translation>{area} 不是以平方米计的建筑面积。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/layout.py" line="136"/>
        <source>The form template {file} is not valid: {reason}</source>
        <translation>表格模板 {file} 无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/layout.py" line="177"/>
        <source>There is no form template {file}.</source>
        <translation>没有表格模板 {file}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/sources.py" line="96"/>
        <source>Choose a compound of this project for this form.</source>
        <translation>请为此表格选择本项目的小区。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/sources.py" line="173"/>
        <source>Choose the site check to print.</source>
        <translation>请选择要打印的巡查记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/sources.py" line="176"/>
        <source>The site check is not in this project.</source>
        <translation>该巡查记录不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/sources.py" line="346"/>
        <source>Choose the rectification item to print.</source>
        <translation>请选择要打印的整改事项。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/sources.py" line="349"/>
        <source>The rectification item is not in this project.</source>
        <translation>该整改事项不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="332"/>
        <source>Row {row}: {value} is not a number.</source>
        <translation>第 {row} 行：{value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="343"/>
        <source>Row {row}: {value} is not a date (use YYYY-MM-DD).</source>
        <translation>第 {row} 行：{value} 不是有效日期（格式应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/acceptance_dialog.py" line="417"/>
        <source>The password was not confirmed; nothing was saved.</source>
        <translation>密码未确认；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/files.py" line="99"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>无法在 {folder} 中写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/files.py" line="41"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="31"/>
        <source>“{action}” cannot be undone: the records it changed were changed again since (by a change that cannot be undone, or by another program). Nothing was changed; it is taken off the undo list.</source>
        <translation>无法撤销“{action}”：它所改动的记录此后又被改动过（由无法撤销的操作或其他程序）。未做任何更改；该操作已从撤销列表中移除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/controller.py" line="37"/>
        <source>“{action}” cannot be redone: the records it changed were changed again since (by a change that cannot be undone, or by another program). Nothing was changed; it is taken off the undo list.</source>
        <translation>无法重做“{action}”：它所改动的记录此后又被改动过（由无法撤销的操作或其他程序）。未做任何更改；该操作已从撤销列表中移除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/conflicts.py" line="18"/>
        <source>{what} was changed by {name} at {time} while you were editing it, so your changes were not saved. Reload it and apply your changes again. What is stored now, and what you typed:</source>
        <translation>在您编辑期间，{what} 已由 {name} 于 {time} 修改，您的修改未保存。请重新载入后再次修改。当前保存的内容与您填写的内容如下：</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/transfer.py" line="26"/>
        <source>{where} already holds records ({count} in {table}). A copy goes only into an empty database, so that nothing in it is mixed up or overwritten; nothing was copied.</source>
        <translation>{where} 中已有记录（{table} 表中 {count} 条）。复制只能写入空数据库，以免数据混杂或被覆盖；未复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/transfer.py" line="31"/>
        <source>The source and the target are the same database ({where}).</source>
        <translation>源数据库与目标数据库是同一个（{where}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/commands.py" line="66"/>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="83"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/commands.py" line="80"/>
        <source>{where} has users: give --user NAME, and the password in SUPERVISOR_PASSWORD or when asked.</source>
        <translation>{where} 已设用户：请用 --user 用户名 指定身份，并在 SUPERVISOR_PASSWORD 中或按提示输入密码。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/commands.py" line="91"/>
        <source>Set SUPERVISOR_PASSWORD to the password of {name}, or run the command in a terminal to type it.</source>
        <translation>请将 SUPERVISOR_PASSWORD 设为 {name} 的密码，或在终端中运行此命令以输入密码。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/guard.py" line="106"/>
        <source>{name} ({roles}) may not work on project {code}: only its members may.</source>
        <translation>{name}（{roles}）不得处理项目 {code}：只有该项目的成员可以。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="48"/>
        <source>Unknown role &apos;{role}&apos;: use administrator, project manager, supervisor, clerk or auditor.</source>
        <translation>未知角色“{role}”：请使用 administrator（管理员）、project manager（项目经理）、supervisor（监理/质量监督员）、clerk（资料员）或 auditor（审计/只读）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="58"/>
        <source>Give the person at least one role.</source>
        <translation>请至少给此人一个角色。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="65"/>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="84"/>
        <source>There is no user {name}.</source>
        <translation>没有用户 {name}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="94"/>
        <source>The user&apos;s name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="98"/>
        <source>The first user must be an administrator (give the role administrator), so that someone can manage the others.</source>
        <translation>第一个用户必须是管理员（给予 administrator 角色），以便有人管理其他用户。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="106"/>
        <source>There is already a user {name}.</source>
        <translation>已有用户 {name}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="131"/>
        <source>This would leave no administrator able to sign in; nothing was changed.</source>
        <translation>这样将没有可登录的管理员；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="190"/>
        <source>There is no project {code}.</source>
        <translation>没有项目 {code}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="197"/>
        <location filename="../../supervisor/funds/gates.py" line="104"/>
        <source>Wrong name or password for {name}.</source>
        <translation>{name} 的用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/people.py" line="210"/>
        <source>The account {name} is disabled; ask an administrator.</source>
        <translation>账户 {name} 已停用；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="25"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="26"/>
        <source>project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="27"/>
        <source>supervisor</source>
        <translation>监理/质量监督员</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="28"/>
        <source>clerk</source>
        <translation>资料员</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="29"/>
        <source>auditor</source>
        <translation>审计/只读</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="33"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="53"/>
        <source>{name} ({roles}) may not manage users.</source>
        <translation>{name}（{roles}）不得管理用户。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="54"/>
        <source>{name} ({roles}) may not change templates, checklists, holidays, rules or the letterhead of the forms.</source>
        <translation>{name}（{roles}）不得更改模板、检查清单、节假日、规则或表头单位信息。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="58"/>
        <source>{name} ({roles}) may not change projects, compounds or procedure steps.</source>
        <translation>{name}（{roles}）不得更改项目、小区或程序步骤。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="61"/>
        <source>{name} ({roles}) may not change who works on a project.</source>
        <translation>{name}（{roles}）不得更改项目成员。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="62"/>
        <source>{name} ({roles}) may not change the acceptance record.</source>
        <translation>{name}（{roles}）不得更改验收记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="63"/>
        <source>{name} ({roles}) may not change residents, consultation, opinions or surveys.</source>
        <translation>{name}（{roles}）不得更改居民、征询、意见或满意度调查。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="66"/>
        <source>{name} ({roles}) may not change site checks or photos.</source>
        <translation>{name}（{roles}）不得更改现场检查或照片。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="67"/>
        <source>{name} ({roles}) may not change resident supervision days.</source>
        <translation>{name}（{roles}）不得更改居民监督日记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="70"/>
        <source>{name} ({roles}) may not change rectification items.</source>
        <translation>{name}（{roles}）不得更改整改项。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="71"/>
        <source>{name} ({roles}) may not close or reopen rectification items.</source>
        <translation>{name}（{roles}）不得销项或重新打开整改项。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="74"/>
        <source>{name} ({roles}) may not change budgets, fund sources, contracts, residents&apos; contributions or urgent repairs.</source>
        <translation>{name}（{roles}）无权修改预算、资金来源、合同、居民出资或应急维修。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="78"/>
        <source>{name} ({roles}) may not change payments.</source>
        <translation>{name}（{roles}）无权修改工程款支付。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="79"/>
        <source>{name} ({roles}) may not certify payments: only the supervision firm may.</source>
        <translation>{name}（{roles}）无权签发支付证书：只有监理单位可以签发。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="82"/>
        <source>{name} ({roles}) may not record a payment&apos;s audit, disbursement or publicity.</source>
        <translation>{name}（{roles}）无权登记支付的审计、拨付或公示。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="85"/>
        <source>{name} ({roles}) may not approve payments: only a project manager may.</source>
        <translation>{name}（{roles}）无权审批支付：只有项目负责人可以审批。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="88"/>
        <source>{name} ({roles}) may not sign off a milestone: only a quality supervisor may.</source>
        <translation>{name}（{roles}）无权确认支付节点：只有群众质量监督员可以确认。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="91"/>
        <source>{name} ({roles}) may not keep drafts.</source>
        <translation>{name}（{roles}）不得保存草稿。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="92"/>
        <source>{name} ({roles}) may not write the change log.</source>
        <translation>{name}（{roles}）不得写入变更日志。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="93"/>
        <source>{name} ({roles}) may not restore a backup: only an administrator may.</source>
        <translation>{name}（{roles}）不能恢复备份：只有管理员可以。</translation>
    </message>
    <message>
        <location filename="../../supervisor/accounts/roles.py" line="96"/>
        <source>{name} ({roles}) may not change {table} records.</source>
        <translation>{name}（{roles}）不得更改 {table} 记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/db/audit.py" line="88"/>
        <source>This database has users: sign in to change it. Nothing was changed.</source>
        <translation>此数据库已设用户：请登录后再更改。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/errors.py" line="9"/>
        <location filename="../../supervisor/ui/accounts/users_page.py" line="26"/>
        <location filename="../../supervisor/ui/main_window.py" line="414"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/server.py" line="53"/>
        <source>pg_dump was not found: install PostgreSQL&apos;s client programs (Debian: postgresql-client) and put them on PATH to back up a server database. Nothing was written.</source>
        <translation>未找到 pg_dump：请安装 PostgreSQL 客户端程序（Debian：postgresql-client）并加入 PATH，才能备份服务器数据库。未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/server.py" line="63"/>
        <location filename="../../supervisor/backups/sqlite.py" line="141"/>
        <source>{file} already exists; choose another file. Nothing was written.</source>
        <translation>{file} 已存在；请选择其他文件。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/server.py" line="83"/>
        <source>pg_dump could not back up {where}: {detail} Nothing was written.</source>
        <translation>pg_dump 无法备份 {where}：{detail} 未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="71"/>
        <source>There is no backup file {file}. Nothing was changed.</source>
        <translation>没有备份文件 {file}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="91"/>
        <source>{file} is damaged or is not a database ({detail}); it cannot be restored. Nothing was changed.</source>
        <translation>{file} 已损坏或不是数据库（{detail}），不能恢复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="100"/>
        <source>{file} is not a Supervisor database; it cannot be restored. Nothing was changed.</source>
        <translation>{file} 不是 Supervisor 数据库，不能恢复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="107"/>
        <source>{file} was written by a newer version of Supervisor (schema {revision}); install that version to restore it. Nothing was changed.</source>
        <translation>{file} 由更新版本的 Supervisor 写入（结构 {revision}）；请安装该版本后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="157"/>
        <source>The backup of {where} could not be written to {file}: {detail}</source>
        <translation>{where} 的备份无法写入 {file}：{detail}</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="165"/>
        <source>The backup of {where} failed its check and was deleted: {detail} Run &apos;supervisor check&apos; on the database.</source>
        <translation>{where} 的备份未通过检查，已删除：{detail} 请对该数据库运行“supervisor check”。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="224"/>
        <source>{where} has users: sign in as one of its administrators to restore a backup. Nothing was changed.</source>
        <translation>{where} 设有用户：须以其管理员身份登录才能恢复备份。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="275"/>
        <source>{file} is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>{file} 就是数据库本身，而不是它的备份。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/backups/sqlite.py" line="283"/>
        <source>The database {where} cannot be written (read-only file or folder); the backup cannot be restored into it. Nothing was changed.</source>
        <translation>数据库 {where} 无法写入（文件或文件夹只读），不能将备份恢复到其中。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/amounts.py" line="40"/>
        <source>“{text}” is not an amount of money (write e.g. 12,345.67).</source>
        <translation>“{text}”不是金额（请填写如 12,345.67）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/amounts.py" line="45"/>
        <source>“{text}” has more than two decimals: amounts are exact to the fen.</source>
        <translation>“{text}”的小数超过两位：金额精确到分。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/amounts.py" line="50"/>
        <source>“{text}” must be an amount above zero.</source>
        <translation>“{text}”必须是大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/amounts.py" line="54"/>
        <source>“{text}” is too large for an amount of money.</source>
        <translation>“{text}”超出了金额的范围。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/amounts.py" line="66"/>
        <source>“{text}” is not a percentage.</source>
        <translation>“{text}”不是百分比。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/amounts.py" line="70"/>
        <source>“{text}” must be a percentage between 0 and {maximum}.</source>
        <translation>“{text}”必须是 0 到 {maximum} 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="26"/>
        <source>budget line</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="26"/>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="27"/>
        <source>fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="27"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="34"/>
        <source>No {what} with id {id}.</source>
        <translation>没有编号为 {id} 的{what}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="80"/>
        <source>Retention of {percent} % is above the legal cap: at most 3 % may be held.</source>
        <translation>质保金比例 {percent}% 超过规定上限：最多预留 3%。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="85"/>
        <source>The final account is due within 1 to 12 months of acceptance.</source>
        <translation>结算送审时限应为竣工验收后 1 至 12 个月。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="90"/>
        <source>The financial settlement is due within 1 to 6 months of acceptance.</source>
        <translation>竣工财务决算时限应为竣工验收后 1 至 6 个月。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="99"/>
        <source>An audited final account needs its audited amount.</source>
        <translation>已审定的结算须填写审定金额。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="131"/>
        <source>“{text}” is not a class of work (basic, improvement, upgrade).</source>
        <translation>“{text}”不是改造类别（基础类、完善类、提升类）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="135"/>
        <source>A budget line needs what it pays for.</source>
        <translation>预算明细须填写用途。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="168"/>
        <source>“{text}” is not a kind of fund source.</source>
        <translation>“{text}”不是资金来源类别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="172"/>
        <source>A fund source needs a name.</source>
        <translation>资金来源须填写名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="179"/>
        <source>The project already has a fund source named {name}.</source>
        <translation>本项目已有名为{name}的资金来源。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="192"/>
        <source>{name} has already paid out {booked}: its amount cannot be less.</source>
        <translation>{name}已拨付 {booked}：金额不能低于此数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="205"/>
        <source>{name} has payments booked to it and cannot be removed.</source>
        <translation>{name}已有拨付记录，不能删除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="234"/>
        <source>“{text}” is not a kind of contract.</source>
        <translation>“{text}”不是合同类别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="237"/>
        <source>A contract needs the other party&apos;s name.</source>
        <translation>合同须填写合同相对方名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="251"/>
        <source>{amount} has already been certified on this contract: its price cannot be less.</source>
        <translation>本合同已签发支付 {amount}：合同价不能低于此数。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/budget.py" line="266"/>
        <source>The contract with {party} has payments and cannot be removed.</source>
        <translation>与{party}的合同已有支付记录，不能删除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="65"/>
        <source>Payment {number} cannot be certified: {reasons}</source>
        <translation>支付{number}不能签发支付证书：{reasons}</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="96"/>
        <source>Overriding a gate needs a reason; it is printed on the certificate.</source>
        <translation>越过支付条件须填写原因；原因将打印在支付证书上。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="108"/>
        <source>{name} is not an active administrator: only an administrator may override a gate.</source>
        <translation>{name}不是在用的管理员：只有管理员可以越过支付条件。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="157"/>
        <source>The linked procedure step {step} is not done.</source>
        <translation>关联的程序步骤{step}尚未完成。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="172"/>
        <source>Acceptance item {item} is not accepted ({result}).</source>
        <translation>验收项目{item}未验收合格（{result}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="181"/>
        <source>{item} has no accepted quantity yet.</source>
        <translation>{item}尚无验收合格的工程量。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="187"/>
        <source>{item}: {measured} {unit} measured in all, more than the {accepted} {unit} accepted.</source>
        <translation>{item}：累计计量 {measured} {unit}，超过验收合格的 {accepted} {unit}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="199"/>
        <source>The defects period runs until {date}: the retention cannot be paid yet.</source>
        <translation>缺陷责任期至 {date}：质保金暂不能支付。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="206"/>
        <source>{amount} is more than the {held} of retention still held.</source>
        <translation>{amount} 超过尚未返还的质保金 {held}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="215"/>
        <source>The final account is not audited yet.</source>
        <translation>结算尚未审定。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="222"/>
        <source>The payment names no milestone of the rule {rule}.</source>
        <translation>本次支付未指明支付方式{rule}中的节点。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="230"/>
        <source>{cumulative} paid in all would pass the {percent} % of the contract price payable at {milestone} ({cap}).</source>
        <translation>累计支付 {cumulative} 将超过“{milestone}”节点可付的合同价 {percent}%（{cap}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="237"/>
        <source>A milestone payment needs a resident quality supervisor&apos;s sign-off.</source>
        <translation>节点款须经群众质量监督员确认。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="244"/>
        <source>The value of the work accepted so far is not given.</source>
        <translation>未填写累计完成合格工程价款。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="252"/>
        <source>{cumulative} paid in all would pass {percent} % of the {value} of accepted work ({cap}).</source>
        <translation>累计支付 {cumulative} 将超过已完成合格工程价款 {value} 的 {percent}%（{cap}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/gates.py" line="266"/>
        <source>{cumulative} paid in all would pass the contract price less retention ({cap}).</source>
        <translation>累计支付 {cumulative} 将超过合同价扣除质保金后的金额（{cap}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="67"/>
        <source>No payment with id {id}.</source>
        <translation>没有编号为 {id} 的支付记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="80"/>
        <source>The project has no payment {number}.</source>
        <translation>本项目没有支付{number}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="113"/>
        <location filename="../../supervisor/funds/payments.py" line="117"/>
        <source>“{text}” is not a quantity.</source>
        <translation>“{text}”不是工程量。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="123"/>
        <source>applied for</source>
        <translation>已报审</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="123"/>
        <source>certified</source>
        <translation>已签发支付证书</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="124"/>
        <source>audited</source>
        <translation>已审计</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="124"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="125"/>
        <source>disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="125"/>
        <source>published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="126"/>
        <source>sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="129"/>
        <source>Payment {number} is {status}: it cannot be changed now.</source>
        <translation>支付{number}当前为{status}，不能修改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="130"/>
        <source>Payment {number} is {status}: it cannot be deleted now.</source>
        <translation>支付{number}当前为{status}，不能删除。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="131"/>
        <source>Payment {number} is {status}: it cannot be signed off now.</source>
        <translation>支付{number}当前为{status}，不能确认。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="132"/>
        <source>Payment {number} is {status}: it cannot be certified now.</source>
        <translation>支付{number}当前为{status}，不能签发支付证书。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="133"/>
        <source>Payment {number} is {status}: it cannot be audited now.</source>
        <translation>支付{number}当前为{status}，不能审计。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="134"/>
        <source>Payment {number} is {status}: it cannot be approved now.</source>
        <translation>支付{number}当前为{status}，不能审批。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="135"/>
        <source>Payment {number} is {status}: it cannot be disbursed now.</source>
        <translation>支付{number}当前为{status}，不能拨付。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="136"/>
        <source>Payment {number} is {status}: it cannot be published now.</source>
        <translation>支付{number}当前为{status}，不能公示。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="137"/>
        <source>Payment {number} is {status}: it cannot be sent back now.</source>
        <translation>支付{number}当前为{status}，不能退回。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="153"/>
        <source>The date {date} is before the payment&apos;s previous step ({before}).</source>
        <translation>日期 {date} 早于本支付的上一环节（{before}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="163"/>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="293"/>
        <source>Choose the contract the payment is made on.</source>
        <translation>请选择本次支付所依据的合同。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="169"/>
        <source>“{text}” is not a kind of payment.</source>
        <translation>“{text}”不是款项类别。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="174"/>
        <source>“{text}” is not a milestone of the project&apos;s payment rule.</source>
        <translation>“{text}”不是本项目支付方式中的节点。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="181"/>
        <source>The linked step is not a step of this project.</source>
        <translation>关联的步骤不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="184"/>
        <source>The application needs its date.</source>
        <translation>支付报审须填写申报日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="202"/>
        <source>A measured item needs its name.</source>
        <translation>计量项目须填写名称。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="207"/>
        <source>The acceptance item is not one of this project&apos;s.</source>
        <translation>该验收项目不属于本项目。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="269"/>
        <source>The certified amount {amount} is more than the {applied} applied for.</source>
        <translation>核定金额 {amount} 超过申报金额 {applied}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="300"/>
        <source>The audited amount {amount} is more than the {certified} certified.</source>
        <translation>审计核定金额 {amount} 超过监理核定金额 {certified}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="333"/>
        <source>A disbursement needs its voucher number.</source>
        <translation>拨付须填写凭证号。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="341"/>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="433"/>
        <source>The split by source adds up to {booked}, not the {due} to pay.</source>
        <translation>各资金来源合计 {booked}，与应付 {due} 不符。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="348"/>
        <source>A source of the split is not one of this project&apos;s.</source>
        <translation>所列资金来源中有不属于本项目的。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="355"/>
        <source>{source} holds {amount}; {paid} is paid already, so {part} more is too much.</source>
        <translation>{source}共 {amount}，已拨付 {paid}，再拨付 {part} 将超出。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/payments.py" line="394"/>
        <source>Sending a payment back needs a reason.</source>
        <translation>退回支付申请须填写原因。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="47"/>
        <source>Give either an amount per household or an amount per square metre.</source>
        <translation>请填写每户金额或每平方米金额（二选一）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="75"/>
        <source>No contribution with id {id}.</source>
        <translation>没有编号为 {id} 的居民出资记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="79"/>
        <source>{amount} is more than the {outstanding} still due from this household.</source>
        <translation>{amount} 超过该户尚欠的 {outstanding}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="160"/>
        <source>A repair needs a description.</source>
        <translation>应急维修须填写维修内容。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="164"/>
        <source>A repair cannot be done before it was reported.</source>
        <translation>修复日期不能早于报修日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="173"/>
        <location filename="../../supervisor/funds/residents_share.py" line="192"/>
        <source>No urgent repair with id {id}.</source>
        <translation>没有编号为 {id} 的应急维修记录。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="176"/>
        <source>Repair {number} is paid: it can no longer be changed.</source>
        <translation>维修{number}已支付，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="195"/>
        <source>Repair {number} is not done yet: it is paid once repaired.</source>
        <translation>维修{number}尚未修复：修复后方可支付。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="198"/>
        <source>A payment needs its voucher number.</source>
        <translation>支付须填写凭证号。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/residents_share.py" line="201"/>
        <source>A repair cannot be paid before it was done.</source>
        <translation>支付日期不能早于修复日期。</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/rules.py" line="78"/>
        <source>“{code}” is not a payment rule; the rules are: {rules}.</source>
        <translation>“{code}”不是支付方式；可选的支付方式为：{rules}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/funds_view.py" line="55"/>
        <source>Enter the project&apos;s contracts first: a payment is made on one.</source>
        <translation>请先录入项目合同：支付须依据合同。</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="62"/>
        <source>{number} before</source>
        <translation>{number} 整改前照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="63"/>
        <source>{number} after</source>
        <translation>{number} 整改后照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="103"/>
        <source>{number}</source>
        <translation>{number}</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="109"/>
        <source>site check {date} {location}</source>
        <translation>{date} 巡查记录（{location}）</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="111"/>
        <source>site check {date}</source>
        <translation>{date} 巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="113"/>
        <source>another record</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="206"/>
        <source>Taken {taken}, before the notice was issued ({issued}).</source>
        <translation>拍摄时间为 {taken}，早于整改通知单签发时间（{issued}）。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="223"/>
        <source>The same photo file is also on {other}.</source>
        <translation>同一照片文件也出现在 {other} 中。</translation>
    </message>
    <message>
        <location filename="../../supervisor/site/evidence.py" line="236"/>
        <source>Looks like {other_file} on {other} ({bits} of {total} fingerprint bits differ).</source>
        <translation>与 {other} 中的 {other_file} 相似（图像指纹 {total} 位中有 {bits} 位不同）。</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../supervisor/ui/failures.py" line="105"/>
        <source>Something went wrong inside Supervisor. What was saved before is safe; the last action may not have been completed.</source>
        <translation>Supervisor 内部出现了问题。此前已保存的内容是安全的；最后一步操作可能没有完成。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/failures.py" line="111"/>
        <source>{what} stopped because of an error inside Supervisor.</source>
        <translation>{what}因 Supervisor 内部错误而中止。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/failures.py" line="114"/>
        <source>The details are in the log, {path}. Please send it to whoever looks after Supervisor.</source>
        <translation>详细信息已记入日志 {path}。请将该文件发给负责维护 Supervisor 的人员。</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/failures.py" line="121"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/failures.py" line="126"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="34"/>
        <location filename="../../supervisor/history/codes.py" line="62"/>
        <source>Implementation procedure sheet</source>
        <translation>实施程序表</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="35"/>
        <location filename="../../supervisor/history/codes.py" line="63"/>
        <source>Site check record</source>
        <translation>巡查记录表</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="36"/>
        <location filename="../../supervisor/history/codes.py" line="64"/>
        <source>Rectification notice</source>
        <translation>整改通知单</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="37"/>
        <location filename="../../supervisor/history/codes.py" line="65"/>
        <source>Item-by-item acceptance record</source>
        <translation>竣工逐项验收记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="38"/>
        <location filename="../../supervisor/history/codes.py" line="66"/>
        <source>Resident opinion register</source>
        <translation>居民意见登记表</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="39"/>
        <location filename="../../supervisor/history/codes.py" line="67"/>
        <source>Satisfaction survey register</source>
        <translation>满意度调查登记表</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/__init__.py" line="40"/>
        <location filename="../../supervisor/history/codes.py" line="68"/>
        <source>Site check register</source>
        <translation>巡查登记表</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/fonts.py" line="143"/>
        <source>The font file {file} chosen for printing was not found; {fallback} is used instead.</source>
        <translation>未找到打印字体文件 {file}，改用 {fallback}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/fonts.py" line="152"/>
        <source>The font file {file} chosen for printing has no Chinese TrueType glyphs; {fallback} is used instead.</source>
        <translation>打印字体文件 {file} 不含 TrueType 中文字形，改用 {fallback}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/fonts.py" line="167"/>
        <source>No Song typeface (SimSun, or AR PL UMing from the package fonts-arphic-uming) was found, so the body text of forms is set in {fallback}.</source>
        <translation>未找到宋体字体（SimSun，或 fonts-arphic-uming 软件包中的 AR PL UMing），表格正文改用 {fallback}。</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/forms/fonts.py" line="180"/>
        <source>No Chinese TrueType font was found, so the PDF uses the reader&apos;s STSong font: it may look different, or show blanks, on another computer. Choose a font file (e.g. simsun.ttc) for printing.</source>
        <translation>未找到 TrueType 中文字体，PDF 将使用阅读器自带的宋体（STSong）：在其他电脑上可能显示不同或出现空白。请选择一个打印字体文件（如 simsun.ttc）。</translation>
    </message>
</context>
<context>
    <name>funds</name>
    <message>
        <location filename="../../supervisor/funds/rules.py" line="58"/>
        <location filename="../../supervisor/ui/history/words.py" line="106"/>
        <source>Progress payments: 80 % of the accepted work</source>
        <translation>按进度支付（已完成合格工程价款的80%）</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/rules.py" line="60"/>
        <location filename="../../supervisor/ui/history/words.py" line="107"/>
        <source>Progress payments: 90 % of the accepted work</source>
        <translation>按进度支付（已完成合格工程价款的90%）</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/rules.py" line="62"/>
        <location filename="../../supervisor/ui/history/words.py" line="108"/>
        <source>Monthly payments: 70 % of the audited work</source>
        <translation>按月支付（当月审核合格工程量的70%）</translation>
    </message>
    <message>
        <location filename="../../supervisor/funds/rules.py" line="64"/>
        <location filename="../../supervisor/ui/history/words.py" line="109"/>
        <source>Milestones: 10 % at site entry, 20 % at 30/50/70/90 % complete, 5 % at acceptance</source>
        <translation>按节点支付（进场10%、完成30%/50%/70%/90%各20%、验收5%）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/dialogs.py" line="59"/>
        <source>e.g. 12,345.67</source>
        <translation>如 12,345.67</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="22"/>
        <source>Central subsidy</source>
        <translation>中央补助资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="23"/>
        <source>Provincial funds</source>
        <translation>省级财政资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="24"/>
        <source>City or district funds</source>
        <translation>市区财政资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="25"/>
        <source>Special bond</source>
        <translation>专项债</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="26"/>
        <source>Residents&apos; contributions</source>
        <translation>居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="27"/>
        <source>Housing maintenance fund</source>
        <translation>住宅专项维修资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="28"/>
        <source>Public income</source>
        <translation>公共收益</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="29"/>
        <source>Utility companies</source>
        <translation>专营单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="30"/>
        <source>Original property unit</source>
        <translation>原产权单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="31"/>
        <source>Social capital</source>
        <translation>社会资本</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="39"/>
        <source>Works</source>
        <translation>施工</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="40"/>
        <source>Supervision</source>
        <translation>监理</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="41"/>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="42"/>
        <source>Tracking audit</source>
        <translation>跟踪审计</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="49"/>
        <source>Advance</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="50"/>
        <source>Progress</source>
        <translation>进度款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="51"/>
        <source>Milestone</source>
        <translation>节点款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="52"/>
        <source>Final account</source>
        <translation>结算款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="53"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="60"/>
        <source>Applied</source>
        <translation>已报审</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="61"/>
        <source>Certified</source>
        <translation>已签发支付证书</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="62"/>
        <source>Audited</source>
        <translation>已审计</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="63"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="64"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="65"/>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="66"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="73"/>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="74"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="75"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="80"/>
        <source>Final account submitted for audit</source>
        <translation>结算送审</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/funds/labels.py" line="81"/>
        <source>Financial settlement</source>
        <translation>竣工财务决算</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../supervisor/history/audited.py" line="27"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="28"/>
        <source>project party</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="29"/>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="30"/>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="31"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="32"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="33"/>
        <source>procedure template</source>
        <translation>程序模板</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="34"/>
        <source>template phase</source>
        <translation>模板阶段</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="35"/>
        <source>template step</source>
        <translation>模板步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="36"/>
        <source>template material</source>
        <translation>模板资料</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="37"/>
        <source>procedure step</source>
        <translation>程序步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="38"/>
        <source>step material</source>
        <translation>步骤资料</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="39"/>
        <source>attached file</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="40"/>
        <source>attached file&apos;s contents</source>
        <translation>附件内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="41"/>
        <source>calendar day</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="42"/>
        <source>checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="43"/>
        <source>site check</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="44"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="45"/>
        <source>photo&apos;s original and preview</source>
        <translation>照片原图</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="46"/>
        <source>photo on a record</source>
        <translation>记录照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="47"/>
        <source>rectification item</source>
        <translation>整改单</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="48"/>
        <source>rectification event</source>
        <translation>整改过程</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="49"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="50"/>
        <source>household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="51"/>
        <source>consultation answer</source>
        <translation>征询意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="52"/>
        <source>opinion</source>
        <translation>居民意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="53"/>
        <source>supervision day</source>
        <translation>民主监督日</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="54"/>
        <source>supervision day issue</source>
        <translation>监督日问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="55"/>
        <source>satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="56"/>
        <source>acceptance record</source>
        <translation>竣工验收记录</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="57"/>
        <source>acceptance item</source>
        <translation>验收项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="58"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="59"/>
        <source>project member</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="60"/>
        <source>funding terms</source>
        <translation>资金安排</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="61"/>
        <source>budget line</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="62"/>
        <source>fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="63"/>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="64"/>
        <source>payment</source>
        <translation>工程款支付</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="65"/>
        <source>measured item</source>
        <translation>计量项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="66"/>
        <source>payment&apos;s share of a source</source>
        <translation>支付资金来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="67"/>
        <source>household contribution</source>
        <translation>居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/audited.py" line="68"/>
        <source>urgent repair</source>
        <translation>应急维修</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="42"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="43"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="44"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="44"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="45"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="45"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="46"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="46"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="47"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="47"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="48"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="48"/>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="49"/>
        <source>Work type</source>
        <translation>工程类型</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="50"/>
        <source>Comments</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="50"/>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="51"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="51"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="52"/>
        <location filename="../../supervisor/history/fields.py" line="53"/>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="54"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="54"/>
        <source>Prerequisites</source>
        <translation>前置步骤</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="55"/>
        <source>Condition</source>
        <translation>办理条件</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="55"/>
        <source>Required</source>
        <translation>必须提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="56"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="57"/>
        <source>Planned end</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="58"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="59"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="59"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="60"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="60"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="61"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="61"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="62"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="62"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="63"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="63"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="64"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="64"/>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="65"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="66"/>
        <location filename="../../supervisor/history/fields.py" line="151"/>
        <source>Contract price (yuan)</source>
        <translation>合同价（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="67"/>
        <source>Started on</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="68"/>
        <source>Completed on</source>
        <translation>竣工日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="69"/>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="70"/>
        <source>Sub-works</source>
        <translation>分部工程数</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="71"/>
        <source>Sub-works passed</source>
        <translation>合格分部工程数</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="72"/>
        <source>Quality documents</source>
        <translation>质量控制资料</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="73"/>
        <source>Safety and function tests</source>
        <translation>安全和功能检验</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="74"/>
        <source>Appearance</source>
        <translation>观感质量</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="75"/>
        <source>Conclusion</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="76"/>
        <source>Supervision opinion</source>
        <translation>监理意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="77"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="77"/>
        <source>Year built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="78"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="78"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="79"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="80"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="81"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="82"/>
        <source>Item</source>
        <translation>验收项目</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="82"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="83"/>
        <source>Designed quantity</source>
        <translation>设计工程量</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="84"/>
        <source>Completed quantity</source>
        <translation>完成工程量</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="85"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="85"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="86"/>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="86"/>
        <source>Phase code</source>
        <translation>阶段编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="87"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="87"/>
        <source>Phase (English)</source>
        <translation>阶段英文名</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="88"/>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="89"/>
        <source>Actual end</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="90"/>
        <source>Reason for going ahead</source>
        <translation>越序办理原因</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="91"/>
        <source>Going ahead confirmed by</source>
        <translation>越序办理确认人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="92"/>
        <source>Going ahead at</source>
        <translation>越序办理时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="93"/>
        <source>Held on</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="93"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="94"/>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="94"/>
        <source>Provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="95"/>
        <location filename="../../supervisor/history/fields.py" line="296"/>
        <source>Waived</source>
        <translation>免于提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="96"/>
        <source>Reason for waiving</source>
        <translation>免于提供的原因</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="97"/>
        <source>Owner</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="97"/>
        <source>Lives here</source>
        <translation>在此居住</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="98"/>
        <source>Elderly residents</source>
        <translation>有老年人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="98"/>
        <source>Area (m²)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="99"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="99"/>
        <source>Answer</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="100"/>
        <source>Wanted</source>
        <translation>希望改造内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="100"/>
        <source>Willing to co-fund</source>
        <translation>愿意出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="101"/>
        <source>Will pay property fees</source>
        <translation>愿缴物业费</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="102"/>
        <source>Visitor</source>
        <translation>入户人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="102"/>
        <source>Visited on</source>
        <translation>入户日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="103"/>
        <source>Raised by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="103"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="104"/>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="104"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="105"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="105"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="106"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="107"/>
        <source>Common area</source>
        <translation>公共部位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="107"/>
        <source>Checklist</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="108"/>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="108"/>
        <source>Checked at</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="109"/>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="109"/>
        <source>Taken at</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="110"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="110"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="111"/>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="111"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="112"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="112"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="113"/>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="113"/>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="114"/>
        <source>Preview</source>
        <translation>预览图</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="114"/>
        <source>File contents</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="115"/>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="115"/>
        <source>Respondent</source>
        <translation>受访人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="116"/>
        <source>Surveyor</source>
        <translation>调查人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="116"/>
        <source>Surveyed on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="117"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="117"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="118"/>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="118"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="119"/>
        <source>Issued at</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="119"/>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="120"/>
        <source>Days to rectify</source>
        <translation>整改天数</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="121"/>
        <source>Deadline estimated</source>
        <translation>期限为估算</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="122"/>
        <source>Measures taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="123"/>
        <source>Replied at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="123"/>
        <source>Replied by</source>
        <translation>回复人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="124"/>
        <source>Re-check opinion</source>
        <translation>复查意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="125"/>
        <source>Re-checked at</source>
        <translation>复查时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="126"/>
        <source>Re-checked by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="127"/>
        <source>Confirmed by resident</source>
        <translation>居民确认人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="128"/>
        <source>Resident confirmed at</source>
        <translation>居民确认时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="129"/>
        <source>Closed at</source>
        <translation>销项时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="129"/>
        <source>Caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="130"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="130"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="131"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="131"/>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="132"/>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="132"/>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="133"/>
        <source>Action by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="133"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="134"/>
        <source>Text</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="134"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="135"/>
        <source>Survey method</source>
        <translation>调查方式</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="136"/>
        <source>Party</source>
        <translation>参建单位类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="137"/>
        <source>Photo type</source>
        <translation>照片类型</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="138"/>
        <source>Acceptance result</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="139"/>
        <source>Deadline to rectify</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="140"/>
        <source>What was raised</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="141"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="142"/>
        <source>Findings</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="143"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="145"/>
        <source>Work class</source>
        <translation>改造类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="146"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="147"/>
        <source>Contract kind</source>
        <translation>合同类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="148"/>
        <source>Source kind</source>
        <translation>资金来源类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="149"/>
        <source>Payment kind</source>
        <translation>款项类别</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="150"/>
        <source>Other party</source>
        <translation>合同相对方</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="152"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="153"/>
        <source>Retention due on</source>
        <translation>质保金到期日</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="154"/>
        <source>Retention released on</source>
        <translation>质保金返还日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="155"/>
        <source>Retention released by</source>
        <translation>质保金返还经办人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="156"/>
        <source>Retention voucher</source>
        <translation>质保金返还凭证号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="157"/>
        <source>Payment rule</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="158"/>
        <source>Retention (%)</source>
        <translation>质保金比例（%）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="159"/>
        <source>Final account due (months)</source>
        <translation>结算送审时限（月）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="160"/>
        <source>Financial settlement due (months)</source>
        <translation>财务决算时限（月）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="161"/>
        <source>Final account submitted on</source>
        <translation>结算送审日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="162"/>
        <source>Final account audited on</source>
        <translation>结算审定日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="163"/>
        <source>Audited final account (yuan)</source>
        <translation>审定结算价（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="164"/>
        <source>Financial settlement done on</source>
        <translation>财务决算完成日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="165"/>
        <source>Where</source>
        <translation>维修部位</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="166"/>
        <source>Reported on</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="167"/>
        <source>Repaired on</source>
        <translation>修复日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="168"/>
        <source>Cost (yuan)</source>
        <translation>维修费用（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="169"/>
        <source>Owners&apos; share (yuan)</source>
        <translation>业主分摊（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="170"/>
        <source>Government share (yuan)</source>
        <translation>政府补助（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="171"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="172"/>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="173"/>
        <source>Milestone</source>
        <translation>支付节点</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="174"/>
        <source>Accepted work to date (yuan)</source>
        <translation>累计完成合格工程价款（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="175"/>
        <source>Amount applied (yuan)</source>
        <translation>申报金额（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="176"/>
        <source>Applied on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="177"/>
        <source>Applicant</source>
        <translation>申报人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="178"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="179"/>
        <source>Amount certified (yuan)</source>
        <translation>核定金额（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="180"/>
        <source>Certified on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="181"/>
        <source>Certified by</source>
        <translation>总监理工程师</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="182"/>
        <source>Supervision&apos;s opinion</source>
        <translation>监理审查意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="183"/>
        <source>Amount audited (yuan)</source>
        <translation>审计核定金额（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="184"/>
        <source>Audited on</source>
        <translation>审计日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="185"/>
        <source>Audited by</source>
        <translation>审计经办人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="186"/>
        <source>Approved on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="187"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="188"/>
        <source>Disbursed on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="189"/>
        <source>Disbursed by</source>
        <translation>拨付经办人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="190"/>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="191"/>
        <source>Published by</source>
        <translation>公示人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="192"/>
        <source>Sent back on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="193"/>
        <source>Sent back by</source>
        <translation>退回人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="194"/>
        <source>Reason sent back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="195"/>
        <source>Signed off by</source>
        <translation>群众质量监督员确认人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="196"/>
        <source>Signed off on</source>
        <translation>群众质量监督员确认日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="197"/>
        <source>Conditions overridden</source>
        <translation>越过的支付条件</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="198"/>
        <source>Reason for the override</source>
        <translation>越权支付原因</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="199"/>
        <source>Override confirmed by</source>
        <translation>越权支付确认人</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="200"/>
        <source>Override at</source>
        <translation>越权支付时间</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="201"/>
        <source>Period</source>
        <translation>计量周期</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="202"/>
        <source>Payment status</source>
        <translation>支付状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="203"/>
        <source>Quantity applied</source>
        <translation>本期申报工程量</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="204"/>
        <source>Quantity accepted</source>
        <translation>累计验收合格工程量</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="205"/>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="206"/>
        <source>Due (yuan)</source>
        <translation>应缴金额（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="207"/>
        <source>Paid (yuan)</source>
        <translation>已缴金额（元）</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="208"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="209"/>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="281"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="281"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="282"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="283"/>
        <source>Recorded as found</source>
        <translation>记录现状</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="288"/>
        <location filename="../../supervisor/ui/history/words.py" line="52"/>
        <source>Issued</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="289"/>
        <location filename="../../supervisor/ui/history/words.py" line="52"/>
        <source>Replied</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="290"/>
        <location filename="../../supervisor/ui/history/words.py" line="52"/>
        <source>Re-checked and closed</source>
        <translation>复查通过销项</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="291"/>
        <location filename="../../supervisor/ui/history/words.py" line="53"/>
        <source>Re-checked and sent back</source>
        <translation>复查退回</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="292"/>
        <location filename="../../supervisor/history/fields.py" line="307"/>
        <location filename="../../supervisor/ui/history/words.py" line="53"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="293"/>
        <source>Status changed</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="294"/>
        <source>Went ahead of prerequisites</source>
        <translation>越序办理</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="295"/>
        <source>Went ahead without consent</source>
        <translation>未达征询比例办理</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="297"/>
        <source>Required again</source>
        <translation>恢复须提供</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="298"/>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="299"/>
        <source>File removed</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="300"/>
        <source>Photo imported</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="301"/>
        <source>Photo added</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="302"/>
        <source>Photo removed</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="303"/>
        <source>Caption changed</source>
        <translation>修改照片说明</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="304"/>
        <source>Photo deleted</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="305"/>
        <source>Put in the archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="306"/>
        <source>Restored from the archive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="307"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="308"/>
        <source>Answer recorded</source>
        <translation>记录意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="309"/>
        <source>Answer cleared</source>
        <translation>清除意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="310"/>
        <source>Roster imported</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="311"/>
        <source>Template copied</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="312"/>
        <source>Rectification raised</source>
        <translation>转整改</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="313"/>
        <source>Payment applied for</source>
        <translation>支付报审</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="314"/>
        <source>Signed off by the resident supervisor</source>
        <translation>群众质量监督员确认</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="315"/>
        <source>Certified over a gate</source>
        <translation>越权签发</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="316"/>
        <source>Payment certified</source>
        <translation>签发支付证书</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="317"/>
        <source>Payment audited</source>
        <translation>跟踪审计审核</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="318"/>
        <source>Payment approved</source>
        <translation>审批支付</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="319"/>
        <source>Payment disbursed</source>
        <translation>拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="320"/>
        <source>Disbursement published</source>
        <translation>拨付公示</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="321"/>
        <source>Payment sent back</source>
        <translation>退回支付申请</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="322"/>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../supervisor/history/fields.py" line="322"/>
        <source>Redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="45"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="45"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="55"/>
        <source>Site check photo</source>
        <translation>巡查照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="55"/>
        <source>Before</source>
        <translation>整改前</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="55"/>
        <source>After</source>
        <translation>整改后</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="71"/>
        <source>Central subsidy</source>
        <translation>中央补助资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="72"/>
        <source>Provincial finance</source>
        <translation>省级财政资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="73"/>
        <source>City and district finance</source>
        <translation>市区财政资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="74"/>
        <source>Special bonds</source>
        <translation>专项债</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="75"/>
        <source>Residents&apos; contributions</source>
        <translation>居民出资</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="76"/>
        <source>Maintenance fund</source>
        <translation>住宅专项维修资金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="77"/>
        <source>Public income</source>
        <translation>公共收益</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="78"/>
        <source>Utility companies</source>
        <translation>专营单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="79"/>
        <source>Original property unit</source>
        <translation>原产权单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="80"/>
        <source>Social capital</source>
        <translation>社会资本</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="81"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="84"/>
        <source>Works contract</source>
        <translation>施工合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="85"/>
        <source>Supervision contract</source>
        <translation>监理合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="86"/>
        <source>Design contract</source>
        <translation>设计合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="87"/>
        <source>Tracking audit contract</source>
        <translation>跟踪审计合同</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="90"/>
        <source>Advance</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="90"/>
        <source>Progress payment</source>
        <translation>进度款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="91"/>
        <source>Milestone payment</source>
        <translation>节点款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="92"/>
        <source>Final account payment</source>
        <translation>结算款</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="93"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="96"/>
        <source>Applied for</source>
        <translation>已报审</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="96"/>
        <source>Certified</source>
        <translation>已签发支付证书</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="97"/>
        <source>Audited</source>
        <translation>已审计</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="97"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="98"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="98"/>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="99"/>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="102"/>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="102"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="103"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="123"/>
        <source>file replaced</source>
        <translation>文件已更换</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="123"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="123"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="124"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="151"/>
        <source>When: {when}</source>
        <translation>时间：{when}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="152"/>
        <source>Who: {person}</source>
        <translation>操作人：{person}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="153"/>
        <source>Record: {record}</source>
        <translation>记录：{record}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="154"/>
        <source>What: {what}</source>
        <translation>操作：{what}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="157"/>
        <source>Record&apos;s identity: {uuid}</source>
        <translation>记录标识：{uuid}</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="158"/>
        <source>(no fields to show)</source>
        <translation>（无可显示的字段）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/history/words.py" line="163"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="13"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="14"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="15"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="16"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="23"/>
        <source>Basic</source>
        <translation>基础类</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="24"/>
        <source>Improvement</source>
        <translation>完善类</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="25"/>
        <source>Upgrade</source>
        <translation>提升类</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="32"/>
        <source>Client</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="33"/>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="34"/>
        <location filename="../../supervisor/ui/labels.py" line="118"/>
        <source>Supervision firm</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="35"/>
        <source>Designer</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="61"/>
        <source>Materials</source>
        <translation>原材料</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="62"/>
        <source>Workmanship</source>
        <translation>施工质量</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="63"/>
        <source>Progress</source>
        <translation>施工进度</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="64"/>
        <source>Fund disbursement</source>
        <translation>资金拨付</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="65"/>
        <source>Safety and tidiness</source>
        <translation>安全文明施工</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="74"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="75"/>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="84"/>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="85"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="86"/>
        <source>Stairwell</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="87"/>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="88"/>
        <source>Parking</source>
        <translation>停车场</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="89"/>
        <source>Pipe network</source>
        <translation>管网</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="98"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="99"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="100"/>
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="109"/>
        <source>To rectify</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="110"/>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="111"/>
        <source>Closed</source>
        <translation>已销项</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="119"/>
        <source>Resident supervisor</source>
        <translation>群众质量监督员</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="120"/>
        <source>Complaint</source>
        <translation>居民投诉</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="121"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="142"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="142"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/labels.py" line="153"/>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ledgers</name>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="53"/>
        <source>Procedure progress</source>
        <translation>程序进度</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="59"/>
        <source>planned or actual completion</source>
        <translation>计划或实际完成日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="65"/>
        <source>Projects</source>
        <translation>项目进度</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="77"/>
        <source>Site checks</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="82"/>
        <source>check date</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="87"/>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="96"/>
        <source>issue date</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="103"/>
        <source>Attachments and photos</source>
        <translation>附件和照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="107"/>
        <source>date added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="111"/>
        <source>Opinions and complaints</source>
        <translation>居民意见</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="117"/>
        <source>date received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="123"/>
        <source>Consultation</source>
        <translation>征询</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="128"/>
        <source>visit date</source>
        <translation>入户日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="133"/>
        <source>Satisfaction surveys</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="140"/>
        <source>survey date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="149"/>
        <source>Payments and disbursements</source>
        <translation>资金拨付台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="159"/>
        <source>Payments by fund source</source>
        <translation>资金使用明细</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="163"/>
        <source>disbursement date</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="167"/>
        <source>Retention</source>
        <translation>质保金台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="176"/>
        <source>Residents&apos; contributions</source>
        <translation>居民出资台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="185"/>
        <source>Urgent repairs</source>
        <translation>应急维修资金台账</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="194"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../supervisor/documents/ledgers/__init__.py" line="197"/>
        <source>date of the change</source>
        <translation>变更日期</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="197"/>
        <source>Importing photos…</source>
        <translation>正在导入照片…</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="200"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="225"/>
        <source>Importing {name} ({done} of {total})</source>
        <translation>正在导入 {name}（第 {done}/{total} 张）</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="248"/>
        <source>Some photos were not imported</source>
        <translation>部分照片未能导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../supervisor/ui/site/photos.py" line="240"/>
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n 个文件被拒绝：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="260"/>
        <location filename="../../supervisor/ui/site/photos.py" line="264"/>
        <source>The photo import</source>
        <translation>照片导入</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="272"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="273"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../supervisor/ui/site/photos.py" line="274"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="89"/>
        <source>missing building</source>
        <translation>缺少楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="91"/>
        <source>building name too long</source>
        <translation>楼栋名称过长</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="93"/>
        <source>unit name too long</source>
        <translation>单元名称过长</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="95"/>
        <source>missing flat number</source>
        <translation>缺少户号</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="97"/>
        <source>flat number too long</source>
        <translation>户号过长</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="99"/>
        <source>empty name</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="101"/>
        <source>name too long</source>
        <translation>姓名过长</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="104"/>
        <source>bad phone {phone}</source>
        <translation>电话 {phone} 无效</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster.py" line="108"/>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="227"/>
        <source>bad floor area {area}</source>
        <translation>建筑面积 {area} 无效</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="65"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="66"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="67"/>
        <source>Flat</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="68"/>
        <source>Owner</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="70"/>
        <source>Lives here</source>
        <translation>是否常住</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="71"/>
        <source>Elderly</source>
        <translation>是否老年人</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="72"/>
        <source>Floor area (m²)</source>
        <translation>建筑面积(㎡)</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="73"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="169"/>
        <source>{column} is a date ({value}): Excel or WPS turned what was typed into a date (format the column as text and type it again)</source>
        <translation>{column} 是日期（{value}）：Excel 或 WPS 把输入的内容变成了日期（请把该列设为“文本”格式后重新输入）</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="217"/>
        <source>{column} must be 是 or 否, not {value}</source>
        <translation>{column} 应填“是”或“否”，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="161"/>
        <source>{column} is a formula with no saved value (open and save the file in Excel or WPS)</source>
        <translation>{column} 是没有保存计算结果的公式（请在 Excel 或 WPS 中打开并保存该文件）</translation>
    </message>
    <message>
        <location filename="../../supervisor/residents/roster_xlsx.py" line="258"/>
        <source>duplicate household {household} (also row {row})</source>
        <translation>住户 {household} 重复（另见第 {row} 行）</translation>
    </message>
</context>
</TS>
