<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>关于红花榜</source>
        <translation>About Honghua</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>红花榜 {version}</source>
        <translation>Honghua {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>淘宝/天猫店铺的客服激励管理。数据只保存在这台电脑上，不需要联网。</source>
        <translation>Customer-service incentives for Taobao/Tmall shops. Your data stays on this computer; no internet needed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>数据文件：</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>打开所在文件夹</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>霞鹜文楷（LXGW WenKai）</source>
        <translation>LXGW WenKai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>随软件提供的字体 {fonts} 按 SIL Open Font License 1.1 发布：可以随软件免费分发，不能单独出售。点字体名称查看许可证全文。</source>
        <translation>The fonts {fonts} come with the app under the SIL Open Font License 1.1: they may be shared freely with it, not sold on their own. Click a font&apos;s name for its licence.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>使用的开源组件：{components}，各自按其许可证发布。</source>
        <translation>Open-source components used: {components}, each under its own licence.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py"/>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>调整金额 — {period}</source>
        <translation>Adjust an amount — {period}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>未分部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>正数加发，负数扣减，例如 50 或 -30</source>
        <translation>Positive to add, negative to deduct, e.g. 50 or -30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>必填：调整的原因</source>
        <translation>Required: the reason for the adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>金额（元，±）</source>
        <translation>Amount (¥, ±)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>调整</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>请选择员工</source>
        <translation>Please choose a staff member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>请填写调整金额</source>
        <translation>Please enter the adjustment amount</translation>
    </message>
</context>
<context>
    <name>ApprovalChangedNotice</name>
    <message>
        <location filename="../../ui/widgets/approval_changed_notice.py"/>
        <source>去评奖重新批准</source>
        <translation>Approve again in Awards</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_changed_notice.py"/>
        <source>{period}批准后方案和数据都有变化</source>
        <translation>The plan and the data of {period} changed after it was approved</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_changed_notice.py"/>
        <source>{period}批准后方案有变化</source>
        <translation>The plan of {period} changed after it was approved</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_changed_notice.py"/>
        <source>{period}批准后数据有变化</source>
        <translation>The data of {period} changed after it was approved</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approval_changed_notice.py"/>
        <source>{what}：证书仍按批准时的结果打印，这些变化不在证书上。要让证书用上现在的结果，请到「评奖」页重新计算并批准这一期，再回来打印。</source>
        <translation>{what}: certificates still print the results as approved, without these changes. To print the results as they are now, compute and approve this period again on the Awards page, then come back to print.</translation>
    </message>
</context>
<context>
    <name>ApprovedChange</name>
    <message>
        <location filename="../../ui/approved_change.py"/>
        <source>{periods} 的评奖已经批准。{consequence}

确定要修改吗？</source>
        <translation>The awards of {periods} are approved. {consequence}

Change it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/approved_change.py"/>
        <source>{periods} 的评奖已经批准。这次修改后，这些期间的评奖结果会标记为“批准后数据有变”，需要重新批准。

确定要修改吗？</source>
        <translation>The awards of {periods} are approved. After this change their result will be marked as changed since approval and need approving again.

Change it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/approved_change.py"/>
        <source>仍然修改</source>
        <translation>Change anyway</translation>
    </message>
    <message>
        <location filename="../../ui/approved_change.py"/>
        <source>修改已批准的期间</source>
        <translation>Change an approved period</translation>
    </message>
</context>
<context>
    <name>ApprovedNote</name>
    <message>
        <location filename="../../ui/widgets/approved_note.py"/>
        <source>评奖已批准：{periods}。在这里改动，这些评奖结果会标记为“批准后数据有变”，需要重新批准。</source>
        <translation>Awards approved: {periods}. A change here marks their result as changed since approval, to be approved again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approved_note.py"/>
        <source>{name}计入已批准的评奖：{periods}。改动姓名、部门、岗位、入职日期、生日或「参与评奖」，这些评奖结果会标记为“批准后数据有变”，需要重新批准。</source>
        <translation>{name} counts in approved awards: {periods}. A change to the name, department, role, start date, birthday or &quot;In the awards&quot; marks their result as changed since approval, to be approved again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approved_note.py"/>
        <source>{period}（{day}，与本月对比）</source>
        <translation>{period} (approved {day}, compared with this month)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/approved_note.py"/>
        <source>{period}（{day}）</source>
        <translation>{period} (approved {day})</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>事件类型改名</source>
        <translation>Rename event type</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>保存方案</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>保存证书 PDF</source>
        <translation>Save certificates as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>修改事件</source>
        <translation>Correct event</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>修改员工</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>修改记住的列</source>
        <translation>Change a remembered column</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>修改设置</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>删除事件</source>
        <translation>Delete events</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>删除手动奖项</source>
        <translation>Remove manual award</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>删除误加的员工</source>
        <translation>Employee added by mistake deleted</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>删除部门</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>发小红旗</source>
        <translation>Give red flag</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>发小红花</source>
        <translation>Give red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>取消店主密码</source>
        <translation>Remove owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>员工离职</source>
        <translation>Staff member leaves</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>复制方案</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>复制目标</source>
        <translation>Copy targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>导入报表</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>导入数据</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>导入方案</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>店主密码输错</source>
        <translation>Wrong owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>录入数据</source>
        <translation>Enter data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>忘记记住的列</source>
        <translation>Forget a remembered column</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>恢复导入的账号</source>
        <translation>Account imported again</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>打印证书</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>批准奖励</source>
        <translation>Approve awards</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>指标改名</source>
        <translation>Rename metric</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>撤销小红旗</source>
        <translation>Revoke red flag</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>撤销小红花</source>
        <translation>Revoke red flower</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>撤销数据修改</source>
        <translation>Undo data changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>撤销目标修改</source>
        <translation>Undo target changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>新增事件类型</source>
        <translation>New event type</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>新增员工</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>新增指标</source>
        <translation>New metric</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>新建部门</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>添加手动奖项</source>
        <translation>Add manual award</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>登记事件</source>
        <translation>Record event</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>粘贴数据</source>
        <translation>Paste data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>粘贴目标</source>
        <translation>Paste targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>计算奖励</source>
        <translation>Compute awards</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>设置为不导入的账号</source>
        <translation>Account set not to be imported</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>设置全店目标</source>
        <translation>Set shop target</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>设置店主密码</source>
        <translation>Set owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>设置目标</source>
        <translation>Set target</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>设置部门目标</source>
        <translation>Set department target</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>证书图片</source>
        <translation>Certificate image</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>证书姓名更新</source>
        <translation>Certificate name updated</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>调整奖励</source>
        <translation>Adjust awards</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>调整目标</source>
        <translation>Adjust targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>转让小红花</source>
        <translation>Transfer red flower</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>选用方案</source>
        <translation>Use plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>部门改名</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>重做数据修改</source>
        <translation>Redo data changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>重做目标修改</source>
        <translation>Redo target changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>重新入职</source>
        <translation>Rehire</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>事件类型</source>
        <translation>Event types</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>奖励方案</source>
        <translation>Award plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>密码</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>小红旗</source>
        <translation>Red flag</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>指标</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>激励方案</source>
        <translation>Incentive plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>评奖</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>涉及：{names}</source>
        <translation>Changed for: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py"/>
        <source>（用了店主密码）</source>
        <translation> (owner PIN used)</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>筛选：操作人、操作、内容中的文字或日期（如 2026-10-01，一段日子如 2026-10-01~2026-10-07）</source>
        <translation>Filter: text in the user, action or details, or a date (e.g. 2026-10-01, or days such as 2026-10-01~2026-10-07)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>操作日志</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>把全部操作日志导出为 Excel 文件</source>
        <translation>Export the whole audit log to an Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>操作日志只能查看，不能修改或删除。</source>
        <translation>The activity log can only be viewed, not changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>最近 {n} 条中 {m} 条符合</source>
        <translation>{m} of the latest {n} {n:entry/entries} {m:matches/match}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>最近 {n} 条</source>
        <translation>Latest {n} {n:entry/entries}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>导出操作日志</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/audit_view.py"/>
        <source>操作日志已导出到 {path}</source>
        <translation>The audit log was exported to {path}</translation>
    </message>
</context>
<context>
    <name>AwardLineModel</name>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>实物</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>荣誉</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>{amount}（{item}）</source>
        <translation>{amount} ({item})</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>{dept}（团队）</source>
        <translation>{dept} (team)</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>方案：{plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>颁发证书</source>
        <translation>Certificate awarded</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>获奖人</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>AwardTabs</name>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>个人合计</source>
        <translation>Totals per person</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>删除选中的手动行</source>
        <translation>Delete the selected manual lines</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>获奖人</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>批准时间</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>被取代时间</source>
        <translation>Superseded at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>个人实发合计</source>
        <translation>Net pay to staff</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>确认事项</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>未获奖原因</source>
        <translation>Why no award</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>手动奖项与调整</source>
        <translation>Manual awards and adjustments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>批准记录</source>
        <translation>Approval history</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>{dept}（团队）</source>
        <translation>{dept} (team)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>调整</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>已被取代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/award_tabs.py"/>
        <source>当前</source>
        <translation>Current</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>计算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>按本期生效的方案计算奖项（已批准的期间会检查数据是否有变化）</source>
        <translation>Calculate the awards with the plan in force for this period (for approved periods, checks whether the data changed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>方案模拟…</source>
        <translation>Simulate a plan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>方案…</source>
        <translation>Plans…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>本店的激励方案：复制预设、编辑规则、设为生效、导入导出</source>
        <translation>The shop&apos;s incentive plans: copy a preset, edit the rules, put a plan in force, import and export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>还没有员工：先到「员工」页添加员工，再录入或导入数据；评奖按每个人的数据计算。</source>
        <translation>No staff yet: add them on the Staff page first, then type or import their figures; awards are worked out from each person&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>获奖明细</source>
        <translation>Award lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>添加手动奖项…</source>
        <translation>Add manual award…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>调整…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>批准…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>导出发放表…</source>
        <translation>Export payout sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>查看计算单…</source>
        <translation>Bonus statement…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>全员计算单…</source>
        <translation>All statements…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>发放月份里有奖励的每个人，一人一页，合成一个 PDF</source>
        <translation>Everyone with awards in the pay month, one page each, in one PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period}没有生效的激励方案：方案自 {month} 起才生效</source>
        <translation>No plan is in force for {period}: the plan is in force only from {month}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>还没有生效的激励方案：请点「方案…」选用方案</source>
        <translation>No incentive plan in force: click &quot;Plans…&quot; to choose one</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period}：正在更新…</source>
        <translation>{period}: updating…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>正在批准…</source>
        <translation>Approving…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>评奖</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period} 需要确认后才能批准：{reasons}。
确认仍要批准吗？</source>
        <translation>{period} needs confirmation before approval: {reasons}.
Approve anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>批准评奖结果</source>
        <translation>Approve award results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>已取消批准：什么都没有改动。</source>
        <translation>Approval cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period}：数据文件正被红花榜的另一个命令（例如计划任务的导入）或窗口使用，等它用完就接着更新。点「取消」停止等待，页面保持原样。</source>
        <translation>{period}: another Honghua command (a scheduled import, for example) or window is using the data file. The page updates as soon as it has finished; Cancel stops waiting and leaves the page as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>已停止等待：{period}没有更新，页面保持原样。等另一个程序用完数据文件后，点「计算」再试。</source>
        <translation>Stopped waiting: {period} was not updated and the page is as it was. Once the other program has finished with the data file, click Calculate to try again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>全部员工</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>全部奖项</source>
        <translation>All awards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>显示 {n} / {total} 行</source>
        <translation>Showing {n} of {total} rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>本期没有人获奖：每个奖项的原因见下方「未获奖原因」</source>
        <translation>Nobody won an award: see &quot;Why no award&quot; below</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period} 已批准，数据没有变化，无需重新批准</source>
        <translation>{period} is approved and its data has not changed: no need to approve again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period} 还没有开始，开始后才能批准</source>
        <translation>{period} has not started yet: it can be approved once it has</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period}：尚未批准（草稿）</source>
        <translation>{period}: not approved yet (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period}：已于 {at} 由 {user} 批准</source>
        <translation>{period}: approved on {at} by {user}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>方案：{plans}</source>
        <translation>Plans: {plans}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>（批准时）；现在生效：{plans}</source>
        <translation> (as approved); in force now: {plans}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>　个人实发合计 {net}</source>
        <translation>   Net pay to staff {net}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{period} 还没有开始（{start} 开始）：下面只是按现有数据的预览，开始后才能批准</source>
        <translation>{period} has not started yet (it starts on {start}): below is only a preview from the data so far; it can be approved once it has started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>期间到 {end} 才结束，结果是暂时的</source>
        <translation>The period runs until {end}: the results are provisional</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>还有 {n} 个暂定或尚未统计的数值</source>
        <translation>{n} {n:value is/values are} provisional or not counted yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>「{kind}」</source>
        <translation>&quot;{kind}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{periods}也在这个月结束，还没有批准：在左上角选{choices}，计算并批准；奖金与这个月的一起发放</source>
        <translation>{periods} also ends this month and is not approved yet: choose {choices} at the top left, compute and approve it; its awards are paid with this month&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{periods}也在这个月结束，都还没有批准：在左上角选{choices}，分别计算并批准；奖金与这个月的一起发放</source>
        <translation>{periods} also end this month and are not approved yet: choose {choices} at the top left, compute and approve each; their awards are paid with this month&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>请先在「手动奖项与调整」中选中一行</source>
        <translation>Please select a row under &quot;Manual awards and adjustments&quot; first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>删除手动行 #{id}？删除会记入操作日志。</source>
        <translation>Delete manual line #{id}? The deletion is recorded in the activity log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>请先点击「计算」，核对结果后再批准</source>
        <translation>Please click &quot;Calculate&quot; first and check the results before approving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>批准 {period} 的评奖结果？批准后结果将锁定，用于发放表和计算单。</source>
        <translation>Approve the award results of {period}? Once approved they are locked and used for the payout sheet and the bonus statements.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>按最新数据重新计算并批准 {period}？原来的批准会保留在批准记录中。</source>
        <translation>Recalculate {period} with the latest data and approve it? The earlier approval stays in the approval history.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>按现在生效的方案（{change}）重新计算并批准 {period}？原来的批准会保留在批准记录中。</source>
        <translation>Recalculate {period} with the plan in force now ({change}) and approve it? The earlier approval stays in the approval history.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>请注意：{reasons}。
确认仍要批准吗？</source>
        <translation>Please note: {reasons}.
Approve anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards.py"/>
        <source>{plan}（{departments}）</source>
        <translation>{plan} ({departments})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>正在查看 {month} 要发放的奖励…</source>
        <translation>Working out what {month} pays…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>查看计算单</source>
        <translation>Bonus statement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>正在生成 {month} 的计算单…</source>
        <translation>Making the bonus statement for {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>请先在表中选中一名员工，或在「员工」筛选中选择</source>
        <translation>Please select a staff member in the table or in the &quot;Staff&quot; filter first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>正在导出 {month} 发放表…</source>
        <translation>Exporting the payout sheet for {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>正在生成 {month} 全员计算单…</source>
        <translation>Making everyone&apos;s statements for {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>已导出 {month} 全员计算单：{path}</source>
        <translation>Exported everyone&apos;s statements for {month}: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>已导出 {month} 发放表{draft}：{path}</source>
        <translation>Exported the {month} payout sheet{draft}: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>（草稿）</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>全员计算单</source>
        <translation>Everyone&apos;s statements</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>导出发放表</source>
        <translation>Export payout sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>还没有员工，也就没有奖金要发放。请先到「员工」页添加员工，导入或录入数据后点「计算」、「批准…」，再来导出发放表和计算单。</source>
        <translation>There are no staff yet, so there is no bonus to pay. Add your staff on the &quot;Staff&quot; page, import or type their data, then click &quot;Calculate&quot; and &quot;Approve…&quot;; the payout sheet and the bonus statements come after that.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>{month} 没有生效的激励方案，也就没有奖金要发放：请先点「方案…」选用方案，再计算、批准。</source>
        <translation>No incentive plan is in force for {month}, so there is no bonus to pay: click &quot;Plans…&quot; to choose a plan first, then calculate and approve.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>{month} 的奖励都发给了团队（团队基金或实物），没有发给个人的，也就没有计算单要生成；团队的奖励见「导出发放表…」导出的发放表。</source>
        <translation>All of {month}&apos;s awards went to teams (a team fund or goods), none to a person, so there is no bonus statement to make; the teams&apos; awards are on the payout sheet (&quot;Export payout sheet…&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>{month} 没有人获得奖励，没有发放表或计算单要生成。每个奖项为什么没有人获得，见下方「未获奖原因」；如有需要，可以点「添加手动奖项…」。</source>
        <translation>Nobody earned an award in {month}, so there is no payout sheet or bonus statement to make. Why nobody earned each award is under &quot;Why no award&quot; below; if needed, click &quot;Add manual award…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>{periods}还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「{approve}」。</source>
        <translation>Not approved yet: {periods}. Export a draft instead (each page marked &quot;draft&quot;)? Or click &quot;{approve}&quot; first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/awards_exports.py"/>
        <source>导出草稿</source>
        <translation>Export draft</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>红花榜每天第一次打开时、升级数据文件前、导入写入前、批准评奖前、生成演示数据前和恢复前都会自动备份，每份备份写完后都做完整性检查。备份保存在数据文件旁边的 backups 文件夹里：默认保留最近 10 份，以及最近 7 天、4 周、12 个月里每段时间最新的一份（份数可在下方修改）。也可以把备份另存到 U 盘等其他位置。</source>
        <translation>Honghua backs up on its first opening each day and before an upgrade, an import, an approval, demo data or a restore, and checks each backup. Backups go to the backups folder beside the data file: the latest 10 are kept, plus the newest of each of the last 7 days, 4 weeks and 12 months (change the numbers below). You can also back up to a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>备份到其他位置…</source>
        <translation>Back up elsewhere…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>打开备份文件夹</source>
        <translation>Open the backups folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>还没有备份。店铺里有了数据后，红花榜每天第一次打开时会自动备份；也可以现在点「立即备份」。</source>
        <translation>No backups yet. Once the shop holds data, Honghua backs it up the first time it opens each day; you can also click &quot;Back up now&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>备份文件</source>
        <translation>Backup files</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>恢复所选备份…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>从文件恢复…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>保留份数：</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>总是保留最近的几份备份</source>
        <translation>Latest backups always kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按周保留的备份份数</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按天保留的备份份数</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按月保留的备份份数</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按周</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按天</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按月</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>最近</source>
        <translation>latest</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>数据文件 (*.db)</source>
        <translation>Data files (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>数据文件 (*.db);;所有文件 (*)</source>
        <translation>Data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>备份文件夹：{folder}</source>
        <translation>Backups folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按新的保留份数，下次备份时会删除现有的 {n} 份备份（{when}）。保存吗？</source>
        <translation>With the new numbers, the next backup deletes {n} existing {n:backup/backups} ({when}). Save the new numbers?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>按新的保留份数，下次备份时会删除现有的 {n} 份备份（{oldest} 至 {newest}）。保存吗？</source>
        <translation>With the new numbers, the next backup deletes {n} existing {n:backup/backups} ({oldest} to {newest}). Save the new numbers?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>保留份数</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>已保存保留份数，下次备份时按新的份数清理旧备份。</source>
        <translation>Saved. The next backup removes old backups by the new numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>正在备份并检查…</source>
        <translation>Backing up and checking…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>已备份到 {file}（{size}），并通过了完整性检查。</source>
        <translation>Backed up to {file} ({size}); the integrity check passed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>店铺现在是只读的：旧备份没有按保留份数删除（删除需要店主密码）。解锁后再备份时，或明天第一次打开时的自动备份会清理它们。</source>
        <translation>The shop is read-only now: old backups were not deleted as the kept counts say (deleting needs the owner PIN). A backup made after unlocking, or tomorrow&apos;s automatic backup at the first start, will clean them up.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>备份完成</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>无法打开文件夹 {folder}（可能还没有备份）</source>
        <translation>Cannot open the folder {folder} (perhaps there are no backups yet)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>用 {created} 的{kind}备份替换当前的全部数据吗？</source>
        <translation>Replace all current data with the &quot;{kind}&quot; backup of {created}?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>用 {file} 替换当前的全部数据吗？</source>
        <translation>Replace all current data with {file}?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>不能用这个文件恢复</source>
        <translation>This file cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>当前数据会先自动备份到备份文件夹，之后也可以再恢复回来。恢复后窗口会重新打开。</source>
        <translation>The current data is first backed up to the backups folder, so you can restore it later. The window reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>恢复后窗口会重新打开。</source>
        <translation>The window reopens after the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>恢复后这些修改不会保存。</source>
        <translation>These changes will not be saved by the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_panel.py"/>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>填写</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>公历</source>
        <translation>Solar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>填写生日</source>
        <translation>Set the birthday</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>生日：公历或农历</source>
        <translation>Birthday: solar or lunar calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>生日：月</source>
        <translation>Birthday: month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>生日：日</source>
        <translation>Birthday: day</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>月</source>
        <translation>/</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birthday_edit.py"/>
        <source>日</source>
        <translation> </translation>
    </message>
</context>
<context>
    <name>BoardChart</name>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>进度图表</source>
        <translation>Progress chart</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>每人每日（小图）</source>
        <translation>Per person per day (small charts)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>累计完成与目标线对比</source>
        <translation>Cumulative vs target line</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>图表类型</source>
        <translation>Chart type</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>图表加载中…</source>
        <translation>Loading the chart…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>累计完成</source>
        <translation>Running total</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>导入的期间合计（按天平均显示）</source>
        <translation>Imported total over a span (shown evenly per day)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>目标线</source>
        <translation>Target line</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>{d}日 累计 {x}</source>
        <translation>Day {d}: {x} so far</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>（含导入的期间合计，按天平均）</source>
        <translation> (includes an imported total, shown evenly per day)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/board_chart.py"/>
        <source>每人每日（{n} 人）</source>
        <translation>Each person daily ({n} {n:person/people})</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>已离职 {day}</source>
        <translation>Left {day}</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>已离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>未达成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>略落后</source>
        <translation>Slightly behind</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>落后</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>进度正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>尚未开始</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>在职期间应完成 {expected}</source>
        <translation>should have reached {expected} in their days on the team</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>全月应完成 {expected}</source>
        <translation>should have reached {expected} by the month&apos;s end</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>按时间进度此时应完成 {expected}</source>
        <translation>on pace, should be at {expected} by now</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>本月</source>
        <translation>this month</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>{name}：{month}在职 {n}/{days} 天，{due}</source>
        <translation>{name}: on the team {n} of {days} days of {month}; {due}</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>{name}：{due}</source>
        <translation>{name}: {due}</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>{column}：{amount}</source>
        <translation>{column}: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>已达成</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_model.py"/>
        <source>还差 {x}</source>
        <translation>{x} to go</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>已完成</source>
        <translation>Done so far</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>日均需</source>
        <translation>Per day</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>还差</source>
        <translation>To go</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>BulkTargetDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>复制上月目标</source>
        <translation>Copy last month&apos;s targets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>{month} 已有 {n} 项目标。</source>
        <translation>{month} already has {n} {n:target/targets}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>覆盖：用上月的值替换已有目标；只补空缺：保留已有目标，只填没有设置的。</source>
        <translation>Overwrite: replace existing targets with last month&apos;s values. Fill gaps only: keep existing targets and fill in only those not set.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>只补空缺</source>
        <translation>Fill gaps only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CertificateImagesDialog</name>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>印章与签名</source>
        <translation>Seal and signature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>印章</source>
        <translation>seal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>店铺标志</source>
        <translation>shop logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>签名</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>印在现代荣誉证书左侧色带的顶部。</source>
        <translation>Printed at the top of the coloured band on the left of the modern certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>放在店铺名称上方。请用透明背景的 PNG。</source>
        <translation>Placed above the shop name. Please use a PNG with a transparent background.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>盖在日期上。请用透明背景的 PNG。未上传时使用红花荣誉章（装饰图案，不是公章样式）。</source>
        <translation>Stamped over the date. Please use a PNG with a transparent background. Without one, the red-flower honour seal is used (a decoration, not an official company seal).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>选择图片…</source>
        <translation>Choose a picture…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>{image}：选择图片…</source>
        <translation>{image}: choose a picture…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>{image}：清除</source>
        <translation>{image}: clear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>未上传：不印标志</source>
        <translation>Not uploaded: no logo is printed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>未上传：不印签名</source>
        <translation>Not uploaded: no signature is printed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>未上传：使用红花荣誉章</source>
        <translation>Not uploaded: the red-flower honour seal is used</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>选择{kind}图片</source>
        <translation>Choose the {kind} picture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_images.py"/>
        <source>已保存，但请注意：</source>
        <translation>Saved, but please note:</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>保存PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>保存为一个PDF…</source>
        <translation>Save as one PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>每人一个PDF（选择文件夹）…</source>
        <translation>One PDF per person (choose a folder)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>保存证书 PDF</source>
        <translation>Save certificates as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>每人一个PDF：选择保存的文件夹</source>
        <translation>One PDF per person: choose the folder to save to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>名单里还没有证书：点「载入获奖名单」列出所选期间的获奖者，或在左下方填写姓名和奖项后点「手工添加」</source>
        <translation>The list holds no certificates yet: click &quot;Load winners&quot; to list the chosen period&apos;s winners, or type a name and an award at the bottom left and click &quot;Add by hand&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>请先勾选要打印的证书</source>
        <translation>Please tick the certificates to print first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>生成证书</source>
        <translation>Make certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>正在生成 {n} 张证书…</source>
        <translation>Making {n} {n:certificate/certificates}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>已取消：没有生成文件，也没有给证书编号</source>
        <translation>Cancelled: no file was made and no certificate was numbered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>已保存 {n} 张证书草稿（不编号）到 {path}</source>
        <translation>Saved {n} draft {n:certificate/certificates} (not numbered) to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>已保存 {n} 张证书（已编号）到 {path}</source>
        <translation>Saved {n} numbered {n:certificate/certificates} to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>已保存 {n} 个文件到 {folder}</source>
        <translation>Saved {n} {n:file/files} to {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>文件夹 {folder} 里已经有 {n} 个同名的文件：
{names}
要替换吗？</source>
        <translation>The folder {folder} already has {n} {n:file/files} of the same {n:name/names}:
{names}
Replace {n:it/them}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>打印机：{name}</source>
        <translation>Printer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>已发送到打印机：{n} 页，{copies} 份</source>
        <translation>Sent to the printer: {n} {n:page/pages}, {copies} {copies:copy/copies}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>正在发送 {n} 页到打印机…</source>
        <translation>Sending {n} {n:page/pages} to the printer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_output.py"/>
        <source>已取消打印：证书已经编号，再打印时编号不变</source>
        <translation>Printing cancelled: the certificates already have their numbers, and a reprint keeps them</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>载入获奖名单</source>
        <translation>Load winners</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>只载入发奖状的奖项</source>
        <translation>Certificate awards only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>载入全部获奖者</source>
        <translation>All winners</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>载入哪些获奖者</source>
        <translation>Which winners to load</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>「载入全部获奖者」也列出方案里没有勾选「获奖者得奖状」的奖项（扣款除外）</source>
        <translation>&quot;All winners&quot; also lists the awards not ticked &quot;Winners get a certificate&quot; in the plan (deductions excepted)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>A4 横向</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>A4 纵向</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>A5 横向</source>
        <translation>A5 landscape</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>A5 纵向</source>
        <translation>A5 portrait</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>小卡片</source>
        <translation>Small card</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>现代荣誉证书</source>
        <translation>Modern certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>经典奖状</source>
        <translation>Classic certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>全部用默认模板</source>
        <translation>Default template for all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>勾选后，这次打印的所有证书都用默认模板，不管各奖项设置的模板</source>
        <translation>When ticked, every certificate in this print run uses the default template, whatever template its award has</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>印章与签名…</source>
        <translation>Seal and signature…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>每张 A4 横向 4 张</source>
        <translation>4 to an A4 landscape sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>每张 A4 纵向 8 张</source>
        <translation>8 to an A4 portrait sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>小卡片每张纸印几张</source>
        <translation>Cards per sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>小卡片每张 A4 纸印几张：4 张（横向）或 8 张（纵向），和其他打印设置一起记住</source>
        <translation>How many cards to an A4 sheet: 4 (landscape) or 8 (portrait); remembered with the other print settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>中文日期</source>
        <translation>Chinese date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>显示奖励</source>
        <translation>Show the prize</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>评语模板，可用 {姓名} {期间} {奖项} {奖励} {店铺} {名次}</source>
        <translation>Citation template; you can use {姓名} {期间} {奖项} {奖励} {店铺} {名次}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>默认模板</source>
        <translation>Default template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>评语</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>证书名单</source>
        <translation>Certificate list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>本奖项模板</source>
        <translation>This award&apos;s template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>跟随默认模板</source>
        <translation>Same as the default</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>全部载入</source>
        <translation>Load all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>还没有生效的激励方案：请在「评奖」页点「方案…」选用方案；手工添加的证书仍可打印</source>
        <translation>No incentive plan in force: choose one with &quot;Plans…&quot; on the Awards page; certificates added by hand can still be printed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>{period}没有获奖记录。要发证书，可以在列表下方「手工添加」。</source>
        <translation>{period} has no winners. To give a certificate anyway, use &quot;Add by hand&quot; under the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>{period}没有人获得勾了「获奖者得奖状」的奖项。本期有 {n} 位获奖者的奖项没有勾选发奖状：点「全部载入」为他们发证书，或在列表下方「手工添加」。</source>
        <translation>{period}: nobody won an award ticked &quot;Winners get a certificate&quot; in the plan. {n} {n:winner/winners} won awards without a certificate: click &quot;Load all&quot; to give them one, or use &quot;Add by hand&quot; under the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>{period}没有要发证书的获奖：方案里勾了「获奖者得奖状」的奖项，这一期没有人获得。要发证书，可以在列表下方「手工添加」。</source>
        <translation>{period} has no winners who get a certificate: nobody won an award ticked &quot;Winners get a certificate&quot; in the plan this period. To give one anyway, use &quot;Add by hand&quot; under the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>已批准：证书将编号并记录</source>
        <translation>Approved: certificates will be numbered and recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>尚未批准：获奖名单只能打印草稿（不编号）；只勾选手工添加的证书打印时，它们会编号</source>
        <translation>Not approved yet: the winners can only be printed as drafts (not numbered); certificates added by hand are numbered when only they are ticked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>尚未批准：获奖名单只能打印草稿（不编号）</source>
        <translation>Not approved yet: the winners can only be printed as drafts (not numbered)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>，已作废</source>
        <translation>, void</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>，已变更，需重印</source>
        <translation>, changed: reprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>小卡片固定印在 A4 上：每张 4 张（横向）或 8 张（纵向）</source>
        <translation>Cards always print on A4: 4 to a landscape sheet or 8 to a portrait one</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>「{award}」的模板</source>
        <translation>Template for &quot;{award}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>这张证书无法预览，原因见下方。</source>
        <translation>This certificate cannot be previewed; the reason is given below.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>在左边的名单里点一张证书，这里显示它打印出来的样子。</source>
        <translation>Click a certificate in the list on the left to see here how it prints.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>这一期的获奖者都没有奖状：他们的奖项在方案里没有勾选「获奖者得奖状」。

点下方「全部载入」为他们发证书，或在左下方填写姓名和奖项，点「手工添加」。</source>
        <translation>This period&apos;s winners get no certificate: their awards are not ticked &quot;Winners get a certificate&quot; in the plan.

Click &quot;Load all&quot; below to give them one, or type a name and an award at the bottom left and click &quot;Add by hand&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py"/>
        <source>还没有要打印的证书。

选择期间后点「载入获奖名单」列出获奖者，或在左下方填写姓名和奖项，点「手工添加」。

选中一张证书后，这里显示它打印出来的样子。</source>
        <translation>No certificates to print yet.

Choose a period and click &quot;Load winners&quot; to list its winners, or type a name and an award at the bottom left and click &quot;Add by hand&quot;.

Select a certificate to see here how it prints.</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../ui/widgets/changed_banner.py"/>
        <source>⚠ 批准后数据有变化：下面是重新计算与批准结果的差异（按人）。表中仍显示批准时的结果，核对无误后请重新批准。</source>
        <translation>⚠ The data changed after approval: below are the differences between a new calculation and the approved results (per person). The table still shows the approved results; once you have checked, please approve again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/changed_banner.py"/>
        <source>重新计算并批准…</source>
        <translation>Recalculate and approve…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/changed_banner.py"/>
        <source>表中仍显示批准时的结果，核对无误后请重新批准。</source>
        <translation>The table still shows the approved results; once you have checked, please approve again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/changed_banner.py"/>
        <source>⚠ 批准后输入数据有变化，但按现在的数据重新计算，结果与批准时相同。表中是批准时的结果；要让批准记录用上现在的数据，可以重新批准。</source>
        <translation>⚠ The data changed after approval, but calculating again with today&apos;s data gives the same result as approved. The table shows the approved result; to have the approval record use today&apos;s data, approve again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/changed_banner.py"/>
        <source>⚠ 批准后方案有变化（{change}），数据也有变化：下面是按现在生效的方案和现在的数据重新计算与批准结果的差异（按人）。</source>
        <translation>⚠ The plan changed after approval ({change}) and so did the data: below are the differences between a new calculation with the plan in force and the data as they are now, and the approved results (per person). </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/changed_banner.py"/>
        <source>⚠ 批准后方案有变化（{change}），数据没有变化：下面是按现在生效的方案重新计算与批准结果的差异（按人）。</source>
        <translation>⚠ The plan changed after approval ({change}); the data did not: below are the differences between a new calculation with the plan in force now and the approved results (per person). </translation>
    </message>
</context>
<context>
    <name>CheckAll</name>
    <message>
        <location filename="../../ui/widgets/check_all.py"/>
        <source>全选</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/check_all.py"/>
        <source>勾选或取消名单里的全部证书</source>
        <translation>Tick or untick every certificate in the list</translation>
    </message>
</context>
<context>
    <name>ColumnChoiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>修改记住的列</source>
        <translation>Change a remembered column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>忽略这一列</source>
        <translation>Ignore this column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>列名</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>读作</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>已导入的数据不变；下次导入时生效。</source>
        <translation>Data already imported is unchanged; this applies from the next import.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_choice_dialog.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DailyNeed</name>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>本月已没有工作日</source>
        <translation>No working day left</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>今天还需 {x}</source>
        <translation>{x} still needed today</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>每个工作日需 {x}</source>
        <translation>{x} per working day</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>日常每天需 {x}</source>
        <translation>{x} per ordinary day</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>日均需 {x}</source>
        <translation>{x}/day</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>{day}大促按 {n} 天算</source>
        <translation>promotion day {day} counts as {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>（{days}）</source>
        <translation> ({days})</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差 {remaining}，但本月最后一天不是工作日：按工作日算，已没有日子可分。</source>
        <translation>{remaining} to go, but the month&apos;s last day is not a working day: counted in working days, there is no day left to share it over.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差 {remaining}，但本月剩下的 {n} 天都不是工作日：按工作日算，已没有日子可分。</source>
        <translation>{remaining} to go, but none of the {n} {n:day/days} left is a working day: counted in working days, there is no day left to share it over.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>今天是本月最后一个工作日：还差的 {remaining} 都要今天完成。</source>
        <translation>Today is the month&apos;s last working day: the {remaining} still to go is all for today.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>今天是最后一天：还差的 {remaining} 都要今天完成。</source>
        <translation>Today is the last day: the {remaining} to go is all needed today.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差 {remaining}，剩下 {days} 天里有 {n} 个工作日（节假日和周末不算，调休上班算），每个工作日需 {x}。</source>
        <translation>{remaining} to go; of the {days} {days:day/days} left, {n} {n:is a working day/are working days} (public holidays and weekends not counted, make-up working days counted): {x} per working day.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差 {remaining}，剩下 {days} 天，日常每天需 {x}。</source>
        <translation>{remaining} to go over {days} {days:day/days} left: {x} per ordinary day.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差 {remaining}，剩下 {days} 天，每天需 {x}。</source>
        <translation>{remaining} to go over {days} {days:day/days} left: {x} a day.</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>{day}按 {n} 天算，当天需 {x}</source>
        <translation>{day} counts as {n} days and needs {x}</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>大促日多分一些：{days}（共按 {w} 天分）。</source>
        <translation> Promotion days take a larger share: {days} (shared as {w} days in all).</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差的除以剩下的工作日（设置里选了按工作日算时间进度）；大促日按倍数多分一些</source>
        <translation>What is left to go divided by the working days left (the settings count the pace in working days); promotion days take a share by their weight</translation>
    </message>
    <message>
        <location filename="../../ui/need_words.py"/>
        <source>还差的除以这个月剩下的天数；设了大促日时，大促日按倍数多分一些</source>
        <translation>What is left to go divided by the days left in the month; promotion days, when set, take a share by their weight</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>按姓名</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>按达成率</source>
        <translation>By achievement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>进度条、还差和日均需按哪个指标计算（战报海报和电视模式也用它）</source>
        <translation>The metric the progress bars, amounts to go and daily needs are measured in (the poster and the TV mode use it too)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>排序</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>电视模式</source>
        <translation>TV mode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>全屏显示看板，定时刷新，按 Esc 退出</source>
        <translation>Show the board full screen, refreshed regularly; press Esc to leave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>电视模式、导出PDF</source>
        <translation>TV mode, export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>每人进度</source>
        <translation>Each person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>排行榜</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>各项指标</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>还没有员工。先到「员工」页添加客服，或用「文件 → 生成演示数据…」看看效果。</source>
        <translation>No staff yet. Add them on the Staff page first, or try &quot;File → Generate demo data…&quot; to see how it looks.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{m}的看板上没有人：没有在职的客服（店长、主管没有目标和数据时不上看板）。</source>
        <translation>Nobody is on the board for {m}: no customer service staff were employed (the manager and supervisors appear only with a target or data).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>去添加员工</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>回到本月</source>
        <translation>Back to this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>把{m}的看板导出为 PDF（人多时接续到下一页），用于月度会议</source>
        <translation>Export the board of {m} as a PDF (continued on a second page for a big team) for the monthly meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>生成手机尺寸的{poster}图片并复制到剪贴板，可直接粘贴到微信群；点右边的箭头（或按 ↓ 键）可选 A4 或 16:9 宽屏</source>
        <translation>Make the phone-sized {poster} and copy it to the clipboard, ready to paste into WeChat; the arrow on the right (or the ↓ key) offers A4 and 16:9 widescreen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>月度战报</source>
        <translation>monthly poster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>每日战报</source>
        <translation>daily poster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>这个月的看板上还没有员工：先添加员工，才能生成战报海报</source>
        <translation>Nobody is on this month&apos;s board yet: add staff first, then make a poster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>全月没有{metric}数据（共 {days} 天）</source>
        <translation>No {metric} data all month ({days} days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>数据截至 {d}（第 {n}/{days} 天）</source>
        <translation>Data up to {d} (day {n} of {days})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>本月第 1 天，还没有数据</source>
        <translation>Day 1 of the month, no data yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{m}尚未开始</source>
        <translation>{m} has not started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>查看上月最终结果（{month}）</source>
        <translation>Last month&apos;s final result ({month})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{month}已经结束，看板上是最终结果；点月份右边的 ▶ 回到本月。</source>
        <translation>{month} is over: the board shows its final result. Click ▶ right of the month to come back to this month.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>时间进度按工作日计算，但还不知道 {year} 年的法定节假日和调休：暂按周一至周五上班、周末休息计算，春节等假期也当作工作日。可在「设置 → 看板与小红花」填写另算放假和上班的日子。</source>
        <translation>The pace counts working days, but the public holidays and make-up working days of {year} are not known yet: Monday to Friday count as working days and weekends as days off, and Spring Festival and other holidays count as working days. Enter the days off and working days in Settings → Board and red flowers.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{m}还没有开始，下面是已设的目标。</source>
        <translation>{m} has not started yet; these are the targets set so far.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{m}还没有开始。</source>
        <translation>{m} has not started yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>今天是{m}第一天，还没有今天的数据。{previous}的最终结果：点月份左边的 ◀ 查看。</source>
        <translation>Today is the first day of {m}; there is no data for today yet. For the final result of {previous}, click ◀ left of the month.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{m}没有{metric}数据。可在「数据」页录入或导入。</source>
        <translation>No {metric} data for {m}. Enter or import it on the Data page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>{m}还没有{metric}数据。可在「数据」页录入或导入。</source>
        <translation>No {metric} data for {m} yet. Enter or import it on the Data page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>时间进度按工作日计算，从本月第一个工作日算起：在那之前的数据照常累计，只是还不判断快慢。</source>
        <translation>The pace counts working days and starts on the month&apos;s first working day: results before it are counted, but nobody is judged ahead or behind yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>有 {n} 人未设目标，双击该行即可设置。</source>
        <translation>{n} {n:person has/people have} no target: double-click a row to set one.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>店铺名称还是「{name}」，会印在战报和奖状上：到「设置 → 店铺」改成你的店名。</source>
        <translation>The shop is still called &quot;{name}&quot;, which goes on posters and certificates: change it to your shop&apos;s name in &quot;Settings → Shop&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>查看详情</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>设置目标…</source>
        <translation>Set target…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>导出看板PDF</source>
        <translation>Export the board as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>无法保存到 {path}：{err}</source>
        <translation>Cannot save to {path}: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>无法保存海报到 {path}：{err}</source>
        <translation>Cannot save the poster to {path}: {err}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>战报海报已保存到 {path}，并已复制到剪贴板，可直接粘贴到微信群。</source>
        <translation>The poster was saved to {path} and copied to the clipboard, ready to paste into a WeChat group.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py"/>
        <source>之前生成的「{name}」仍然保留，这一张另存为新文件。</source>
        <translation>The poster made earlier, &quot;{name}&quot;, is kept; this one is saved as a new file.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>每日数据</source>
        <translation>Daily figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>直接输入数值（金额可写 12500、12,500.50、¥12,500；比率可写 98.5%）。Ctrl+V 粘贴从 Excel 复制的整块数据，Ctrl+C 复制，Delete 清空，Ctrl+Z 撤销，Ctrl+Y 重做。灰色格子不能录入（日期还没到，或那天不在职；鼠标停在格子上可看原因）。</source>
        <translation>Type values directly (money as 12500, 12,500.50, ¥12,500; rates as 98.5%). Ctrl+V pastes a block copied from Excel, Ctrl+C copies, Delete clears, Ctrl+Z undoes, Ctrl+Y redoes. Grey cells take no values (the day has not come, or the person was not on the team that day; hover to see why).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>本月事件</source>
        <translation>This month&apos;s events</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>新增事件…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>表格里没有「{typed}」</source>
        <translation>Nobody in the table matches &quot;{typed}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>还没有员工：先到「员工」页添加客服并填上子账号（如 旗舰店:小美）；也可以直接点「导入…」，把报表里认不出的子账号新建为员工。</source>
        <translation>No staff yet: add them on the Staff page with their sub-accounts (shop:nickname), or click &quot;Import…&quot; straight away and create new staff from the sub-accounts the report has.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>（自定义）</source>
        <translation> (custom)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>本月有 {n} 人的{metric}来自导入的期间合计（如月报），不是逐日数据：黄色的日期已包含在合计里，合计列与看板一致；这些日期不能再逐日录入。</source>
        <translation>This month, {metric} of {n} {n:person/people} comes from an imported total over a span (a monthly report, say), not from daily data: the yellow days are in that total, the total column matches the board, and those days take no daily value.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>输入 1 格</source>
        <translation>typing 1 cell</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>{month}月{day}日：手动录入的数值替换了导入的 {old}（{source}）</source>
        <translation>{month}/{day}: the value typed replaced the imported {old} ({source})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>注意：输入的比率在 0–1 之间，已照原样保存（{typed} 即 {stored}）；如果原意是小数形式（0.97 表示 97%），请带上 % 号或乘以 100 后重新输入</source>
        <translation>Note: the rate typed is between 0 and 1 and was saved as typed ({typed} is {stored}); if it was meant as a fraction (0.97 meaning 97%), type it again with a % sign or multiplied by 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>{year}年{month}月 {metric}</source>
        <translation>{metric}, {year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>清空</source>
        <translation>clear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>保存 {n} 格</source>
        <translation>{n} {n:cell/cells} saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>清空 {n} 格</source>
        <translation>{n} {n:cell/cells} cleared</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>拒绝 {n} 格</source>
        <translation>{n} {n:cell/cells} refused</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>。注意：粘贴的比率都在 0–1 之间，已照原样保存（0.97 即 0.97%）；如果原表是小数形式（0.97 表示 97%），请带上 % 号或乘以 100 后重新粘贴</source>
        <translation>. Note: every pasted rate was between 0 and 1 and was saved as typed (0.97 is 0.97%); if the sheet holds fractions (0.97 meaning 97%), add a % sign or multiply by 100 and paste again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>；超出表格或落在合计列的 {n} 格已忽略</source>
        <translation>; {n} {n:cell/cells} outside the table or on the total column {n:was/were} ignored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>；已选中改动的格子，Ctrl+Z 撤销</source>
        <translation>; the cells changed are selected (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>粘贴结果</source>
        <translation>Paste result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>{name} {column}：{reason}</source>
        <translation>{name} {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>事件（{n}）</source>
        <translation>Events ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>{name}的「{type}」记在 {day}，不在 {month}的列表里：选择 {moved} 可以看到它。</source>
        <translation>{name}&apos;s &quot;{type}&quot; was recorded on {day}, outside {month}: choose {moved} to see it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>{name}的「{type}」改到了 {day}，不在 {month}的列表里：选择 {moved} 可以看到它。</source>
        <translation>{name}&apos;s &quot;{type}&quot; now falls on {day}, outside {month}: choose {moved} to see it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>请先选中要修改的事件</source>
        <translation>Select the event to correct first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>请先选中要删除的事件</source>
        <translation>Please select the events to delete first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>删除选中的 {n} 条事件？删除后不能恢复。</source>
        <translation>Delete the {n} selected {n:event/events}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>删除事件</source>
        <translation>Delete events</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data.py"/>
        <source>正在输入的单元格</source>
        <translation>A cell being typed in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>{name} {month}月{day}日{rest}</source>
        <translation>{name} {month}/{day}{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>：{reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>（{n} 格）</source>
        <translation> ({n} {n:cell/cells})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>{name} {days}{count}{rest}</source>
        <translation>{name} {days}{count}{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>……还有 {n} 格</source>
        <translation>… and {n} more {n:cell/cells}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>{month}月{day}日</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_refusals.py"/>
        <source>{month}月{first}日至{last}日</source>
        <translation>{month}/{first}–{month}/{last}</translation>
    </message>
</context>
<context>
    <name>DataPaste</name>
    <message>
        <location filename="../../ui/pages/data_paste.py"/>
        <source>这个月还没有在职员工，请先在「员工」页添加</source>
        <translation>Nobody is employed this month yet: please add staff on the Staff page first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_paste.py"/>
        <source>请先点一下要粘贴到的起始单元格</source>
        <translation>Please click the cell to paste into first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_paste.py"/>
        <source>按标题行的日期填到各天</source>
        <translation>placed on the days the title row names</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_paste.py"/>
        <source>粘贴</source>
        <translation>paste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_paste.py"/>
        <source>标题行「{title}」是 {other} 的日期，表格显示的是 {shown}：没有粘贴。请先换到那个月再粘贴。</source>
        <translation>The title row&apos;s &quot;{title}&quot; is a day of {other}, while the grid shows {shown}: nothing was pasted. Switch to that month first, then paste again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/data_paste.py"/>
        <source>粘贴结果</source>
        <translation>Paste result</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/department_dialog.py"/>
        <source>部门管理</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/department_dialog.py"/>
        <source>输入名称后点「新增部门」；选中一个部门、改好名称后点「改名」；没人用过的部门可以选中后点「删除」。</source>
        <translation>Type a name and click &quot;Add department&quot;; select a department, edit its name and click &quot;Rename&quot;; a department nobody has used can be selected and deleted with &quot;Delete&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/department_dialog.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>部门名称，例如 客服部</source>
        <translation>Department name, e.g. Customer service</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>把选中的部门改成上面输入的名称</source>
        <translation>Give the selected department the name typed above</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>删除选中的部门（只能删除没人用过的部门）</source>
        <translation>Delete the selected department (only a department nobody has used can be deleted)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>{name}（在职 {n} 人）</source>
        <translation>{name} ({n} employed)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>请先在列表中选择要改名的部门</source>
        <translation>Please select the department to rename in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>部门改名</source>
        <translation>Department renamed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>请先在列表中选择要删除的部门</source>
        <translation>Please select the department to delete in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>部门「{name}」已经不在了：可能已在另一个窗口里删除</source>
        <translation>The department &quot;{name}&quot; is no longer there: it may have been deleted in another window</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>删除部门「{name}」？它没有员工，也没有被目标、方案或评奖用过。</source>
        <translation>Delete the department &quot;{name}&quot;? It has no staff and no target, plan or award has used it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/department_editor.py"/>
        <source>删除部门</source>
        <translation>Delete department</translation>
    </message>
</context>
<context>
    <name>DepartmentTargetDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>按部门统一设置目标</source>
        <translation>Set one target for a department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>例如 12,500；留空表示清除目标</source>
        <translation>e.g. 12,500; leave empty to clear the target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>这个部门 {k} 人本月已有{metric}目标，确定后会被替换（可按 Ctrl+Z 撤销）</source>
        <translation>{k} {k:person/people} of this department already {k:has/have} a {metric} target this month: OK replaces {k:it/them} (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>{n} 人本月中途入职或离职（{names}）：目标会按在职天数折算</source>
        <translation>{n} joined or left during the month ({names}): their targets are scaled to the days on the team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>{n} 人本月中途入职或离职（{names}）：目标不按在职天数折算，照填写的值考核（可在「设置 → 看板与小红花」中开启折算）</source>
        <translation>{n} joined or left during the month ({names}): their targets are not scaled to the days on the team but held as entered (scaling can be turned on in Settings → Board and red flowers)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>还没有部门，请先在「员工」页设置部门</source>
        <translation>There are no departments yet: set them up on the Staff page first</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>修改事件</source>
        <translation>Correct event</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>新增事件</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>可不填，例如 1,280.00</source>
        <translation>Optional, e.g. 1,280.00</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>可不填：分数、积分、系数</source>
        <translation>Optional: a score, points or a factor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>每行一项 名称=值，例如
毛利率=38%
全款=是</source>
        <translation>One per line as name=value, e.g.
margin=38%
paid in full=yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>属性</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>请先在「员工」页添加员工</source>
        <translation>Please add staff on the Staff page first</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>属性</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>EventTypeDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>新增事件类型</source>
        <translation>New event type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>例如 好评返现、迟到</source>
        <translation>e.g. cashback for good reviews, late arrival</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>中性（记录）</source>
        <translation>Neutral (record only)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>正面（加分）</source>
        <translation>Positive (adds points)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>负面（扣分）</source>
        <translation>Negative (deducts points)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>可不填：这类事件是什么、数值和金额表示什么</source>
        <translation>Optional: what this kind of event is and what its value and amount mean</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>事件类型添加后不能删除，性质也不能再改（只能改名），请先选好。</source>
        <translation>Once added, an event type cannot be deleted, nor its kind changed (only its name): choose it carefully.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>EventTypeNameDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>事件类型改名</source>
        <translation>Rename event type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_type_dialog.py"/>
        <source>已登记的事件、奖励方案里按这个类型计算的规则和已批准的结果都不受影响：它们记的是类型原来的名称「{name}」，仍然指这个类型。</source>
        <translation>Recorded events, plan rules counting this type and approved results are not affected: they hold the type&apos;s original name &quot;{name}&quot;, which still means it.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>每人本月合计</source>
        <translation>Month totals per person</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>每人本月合计 + 每人每天明细（另一张工作表）</source>
        <translation>Month totals per person + daily figures per person (on a second sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>红花榜数据_{shop}_{year}年{month:02d}月.xlsx</source>
        <translation>Honghua data {shop} {year}-{month:02d}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>请选择导出的文件</source>
        <translation>Please choose the file to export to</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>正在导出 {month} 的数据…</source>
        <translation>Exporting the data of {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/importing/export_dialog.py"/>
        <source>已导出到：
{path}</source>
        <translation>Exported to:
{path}</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>无法打开文件夹 {folder}</source>
        <translation>Cannot open the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>{path} 就是现在打开的店铺</source>
        <translation>{path} is the shop already open</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>打开店铺文件</source>
        <translation>Open shop file</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>新建店铺</source>
        <translation>New shop</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>当前店铺已有录入的内容（员工、数据、部门或设置）。生成演示数据会清空现有的全部数据（员工、目标、每日数据等），换成演示店铺的数据。清空前会先自动备份，需要时可在「设置 → 备份与恢复」中恢复。

确定要继续吗？</source>
        <translation>This shop already holds entries (staff, data, departments or settings). Generating demo data deletes all of it (staff, targets, daily data and so on) and puts the demo shop&apos;s data in its place. A backup is made first: Settings → Backup and restore can bring it back.

Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>清空并生成</source>
        <translation>Delete and generate</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>正在生成演示店铺的员工、目标和每日数据…</source>
        <translation>Generating the demo shop&apos;s staff, targets and daily figures…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>演示数据已生成；原有的数据已先备份到 {path}</source>
        <translation>Demo data generated; the data there before was backed up first to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>演示数据已生成</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py"/>
        <source>已取消生成演示数据。</source>
        <translation>Demo data generation cancelled.</translation>
    </message>
</context>
<context>
    <name>FileWaitBar</name>
    <message>
        <location filename="../../ui/widgets/file_wait_bar.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilesStep</name>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>选择从千牛、赤兔或生意参谋导出的客服绩效报表（.xlsx、.xls、.csv，或后台导出、Excel 另存的“Unicode 文本” .txt），可以一次选多个文件，也可以把文件直接拖到这里。下一步会先检查文件，检查时不会写入任何数据。</source>
        <translation>Choose the customer-service performance reports exported from Qianniu, Chitu or Business Advisor (.xlsx, .xls, .csv, or the &quot;Unicode text&quot; .txt a back office exports or Excel saves). You can choose several files at once or drop them here. The next step checks the files; checking writes no data.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>要导入的文件</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>移除选中的文件</source>
        <translation>Remove the selected files</translation>
    </message>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>还没有选择文件</source>
        <translation>No files chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>报表文件 (*.xlsx *.xls *.csv *.txt *.xlsm *.xlsb *.ods);;所有文件 (*)</source>
        <translation>Reports (*.xlsx *.xls *.csv *.txt *.xlsm *.xlsb *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/files_step.py"/>
        <source>选择要导入的报表</source>
        <translation>Choose the reports to import</translation>
    </message>
</context>
<context>
    <name>FlowerBoardTab</name>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>红花榜</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>全年、季度或月份</source>
        <translation>Whole year, quarter or month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>10月</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>11月</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>12月</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>1月</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>2月</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>3月</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>4月</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>6月</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>7月</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>8月</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>9月</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>{year}年获得</source>
        <translation>Received in {year}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>{quarter}获得</source>
        <translation>Received in {quarter}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>{month}获得</source>
        <translation>Received in {month}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>当前有效</source>
        <translation>Valid now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>第 {n} 名</source>
        <translation>{n}</translation>
    </message>
</context>
<context>
    <name>FlowerCards</name>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>保存小红花卡</source>
        <translation>Save the flower cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>打印小红花卡</source>
        <translation>Print flower cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>正在生成 {n} 张小红花卡…</source>
        <translation>Making {n} flower {n:card/cards}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>已取消：没有保存小红花卡，也没有给卡片编号。</source>
        <translation>Cancelled: no flower cards were saved and no card was numbered.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>已把 {n} 张小红花卡保存到 {path}。</source>
        <translation>Saved {n} flower {n:card/cards} to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>已撤销的 {n} 朵没有印。</source>
        <translation>{n} revoked {n:flower was/flowers were} not printed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_cards.py"/>
        <source>无法打开文件夹 {folder}</source>
        <translation>Cannot open the folder {folder}</translation>
    </message>
</context>
<context>
    <name>FlowerCounts</name>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>获得：这段时间发给此人、没有撤销的小红花；转让给同事后仍算此人获得的。</source>
        <translation>Received: the red flowers given to this person in the period and not revoked; a flower passed on to a colleague still counts as received by this person.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flower_board.py"/>
        <source>当前有效：此人现在持有、还没过期的小红花，不论哪年获得；含同事转让来的，不含转让出去的、已过期的和已撤销的。</source>
        <translation>Valid now: the red flowers this person holds now and that have not expired, whatever year they came in; including those passed on by colleagues, not those passed on to others, expired or revoked.</translation>
    </message>
</context>
<context>
    <name>FlowerModel</name>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>（已转让）</source>
        <translation> (transferred)</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>{name}（{day} 获得）</source>
        <translation>{name} (received {day})</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>{day} {signed}签名转让</source>
        <translation>transferred {day}, signed {signed}</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>{how}：{reason}</source>
        <translation>{how}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>{name}（{how}）</source>
        <translation>{name} ({how})</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>创新改进</source>
        <translation>Innovation and improvement</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>客户服务</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>帮助同事</source>
        <translation>Helping colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>爱护公司财物</source>
        <translation>Caring for company property</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>诚实守信</source>
        <translation>Honesty</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>跨部门协作</source>
        <translation>Cross-team cooperation</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>持有记录：{chain}</source>
        <translation>Holders: {chain}</translation>
    </message>
    <message>
        <location filename="../../ui/models/flower_model.py"/>
        <source>撤销原因：{r}</source>
        <translation>Revoked because: {r}</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>事实依据</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>发放人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>发放日期</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>获得人</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>FlowersPage</name>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>小红花记录</source>
        <translation>Red flower records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>发放小红花</source>
        <translation>Give a red flower</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>转让…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>撤销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>发放小红旗</source>
        <translation>Give a red flag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>打印小红花卡…</source>
        <translation>Print flower cards…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>把台账中当前列出的小红花印成小卡片（每张 A4 8 张或 12 张，在「设置 → 看板与小红花」中选择；带裁切线）</source>
        <translation>Print the red flowers listed in the ledger as small cards (8 or 12 per A4 sheet, as chosen in Settings → Board and red flowers; with cutting lines)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已转让</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>发放人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>最近发放</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>提示</source>
        <translation>Hints</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>红花榜</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>小红旗</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>还没有员工：先到「员工」页添加员工。</source>
        <translation>No staff yet: add them on the Staff page first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>小红花由岗位是{roles}的员工发放：把自己也加为员工，选这样的岗位。</source>
        <translation>Red flowers are given by staff whose role is {roles}: add yourself as staff too, with one of these roles.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>全部员工</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>全部发放人</source>
        <translation>All givers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>管理人员名额池 {left} 朵（共 {limit} 朵）</source>
        <translation>managers&apos; pool {left} of {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>{name} {left} 朵（共 {limit} 朵）</source>
        <translation>{name} {left} of {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>本月还可发：{quotas}</source>
        <translation>Flowers left to give this month: {quotas}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>{name} {n} 朵（{dates}）</source>
        <translation>{name} {n} {n:flower/flowers} ({dates})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>{days} 天内到期：{people}</source>
        <translation>Expiring within {days} days: {people}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>共 {n} 朵；当前有效 {valid} 朵</source>
        <translation>{n} {n:flower/flowers}; {valid} valid now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>{name}：{year} 年获得 {received} 朵，当前有效 {held} 朵</source>
        <translation>{name}: {received} received in {year}, {held} valid now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>还没有小红花：点「发放小红花」表扬一件具体的事</source>
        <translation>No red flowers yet: click &quot;Give a red flower&quot; to recognise something specific someone did</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>当前的筛选没有列出小红花</source>
        <translation>The filters chosen list no red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>本月还没有发放小红花</source>
        <translation>No red flowers given this month yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>{d}　{a} → {b}：{why}</source>
        <translation>{d}  {a} → {b}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已撤销：{why}</source>
        <translation>Revoked: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>暂无需要留意的情况</source>
        <translation>Nothing that needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已发放小红花 {number}：{issuer} 发给 {recipient}。</source>
        <translation>Red flower {number} given: {issuer} to {recipient}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已发放 {n} 朵小红花 {number}：{issuer} 发给 {recipient}。</source>
        <translation>{n} red flowers given ({number}): {issuer} to {recipient}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>当前的筛选没有列出它。</source>
        <translation>The filters do not list it now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>请先在台账中选中一朵小红花</source>
        <translation>Please select a red flower in the ledger first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>小红花 {number} 已由 {holder} 转让给 {to}。</source>
        <translation>Red flower {number} passed from {holder} to {to}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>小红花 {number} 已经撤销了，不用再撤销</source>
        <translation>Red flower {number} is already revoked: there is nothing to revoke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>撤销小红花</source>
        <translation>Revoke a red flower</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>已撤销小红花 {number}（{issuer} 发给 {recipient}），记录保留在台账中。</source>
        <translation>Red flower {number} ({issuer} to {recipient}) revoked; it stays in the ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>这一朵的名额已退回，可以重新发放。</source>
        <translation>Its place in the quota is free again: it can be given anew.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/flowers.py"/>
        <source>撤销 {n} 的原因（记录保留，不会删除）：</source>
        <translation>Reason for revoking {n} (the record is kept, not deleted):</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <location filename="../../ui/widgets/grid_table.py"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_table.py"/>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_table.py"/>
        <source>清空所选单元格</source>
        <translation>Clear the selected cells</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_table.py"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_table.py"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>GridUndo</name>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>没有可以重做的撤销</source>
        <translation>Nothing undone to redo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>没有重做 {where}「{what}」：它的 {n} 格撤销后又改过，保持现在的值</source>
        <translation>Did not redo &quot;{what}&quot; in {where}: its {n} {n:cell has/cells have} been changed since the undo and {n:keeps its value/keep their values}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>没有重做「{what}」：它的 {n} 格撤销后又改过，保持现在的值</source>
        <translation>Did not redo &quot;{what}&quot;: its {n} {n:cell has/cells have} been changed since the undo and {n:keeps its value/keep their values}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>已重做 {where}「{what}」：写回 {n} 格</source>
        <translation>Redid &quot;{what}&quot; in {where}: {n} {n:cell/cells} written again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>已重做「{what}」：写回 {n} 格</source>
        <translation>Redid &quot;{what}&quot;: {n} {n:cell/cells} written again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>；{n} 格撤销后又改过，保持现在的值</source>
        <translation>; {n} {n:cell/cells} changed since the undo {n:keeps its value/keep their values}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>没有可以撤销的修改</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>没有撤销 {where}「{what}」：它改过的 {n} 格之后又改过，保持现在的值</source>
        <translation>Did not undo &quot;{what}&quot; in {where}: the {n} {n:cell/cells} it changed {n:has/have} been changed again since and {n:keeps its value/keep their values}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>没有撤销「{what}」：它改过的 {n} 格之后又改过，保持现在的值</source>
        <translation>Did not undo &quot;{what}&quot;: the {n} {n:cell/cells} it changed {n:has/have} been changed again since and {n:keeps its value/keep their values}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>已撤销 {where}「{what}」：恢复 {n} 格</source>
        <translation>Undid &quot;{what}&quot; in {where}: {n} {n:cell/cells} put back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>已撤销「{what}」：恢复 {n} 格</source>
        <translation>Undid &quot;{what}&quot;: {n} {n:cell/cells} put back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grid_undo.py"/>
        <source>；{n} 格之后又改过，保持现在的值</source>
        <translation>; {n} {n:cell/cells} changed since {n:keeps its value/keep their values}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>红花榜使用指南</source>
        <translation>Honghua user guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>搜索（回车找下一处）</source>
        <translation>Search (Enter: next match)</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>搜索使用指南</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>← 后退</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>使用指南只有中文版。</source>
        <translation>The user guide is in Chinese only.</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>找不到链接指向的内容：{link}</source>
        <translation>Nothing found where the link points: {link}</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>找不到使用指南（应在 {folder}）。请重新安装红花榜。</source>
        <translation>The user guide is missing (it should be in {folder}). Please reinstall Honghua.</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>继续阅读「{chapter}」</source>
        <translation>Go on reading &quot;{chapter}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>回到上次读到的地方</source>
        <translation>Back to where you stopped reading</translation>
    </message>
    <message>
        <location filename="../../ui/guide_window.py"/>
        <source>使用指南中没有「{text}」。</source>
        <translation>&quot;{text}&quot; is not in the user guide.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/importing/actions.py"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/actions.py"/>
        <source>导入千牛、赤兔、生意参谋导出的客服绩效报表（也可以把文件拖到窗口上）</source>
        <translation>Import the customer-service performance reports exported from Qianniu, Chitu or Business Advisor (you can also drop the files on the window)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/actions.py"/>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../ui/importing/actions.py"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>还没有导入记录。</source>
        <translation>Nothing has been imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>撤销会删除这次导入写入的数值，并恢复导入前的原值。如果之后的导入又修改了同样的数值，需要先撤销之后的那次导入。</source>
        <translation>Undo deletes the values this import wrote and restores the values from before it. If a later import changed the same values, undo that later import first.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>撤销这次导入…</source>
        <translation>Undo this import…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>撤销第 {id} 次导入（{file}）？
这次导入写入的数值会被删除，导入前的原值会恢复。</source>
        <translation>Undo import #{id} ({file})?
The values it wrote will be deleted and the values from before it restored.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>正在撤销第 {id} 次导入…</source>
        <translation>Undoing import #{id}…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>已撤销第 {id} 次导入，数值已恢复为导入前的样子。</source>
        <translation>Import #{id} was undone: the values are back to what they were before it.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history_dialog.py"/>
        <source>已取消撤销：数据没有改动。</source>
        <translation>Undo cancelled: the data was not changed.</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>出错</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>每日数据</source>
        <translation>Daily figures</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>整月合计</source>
        <translation>Month total</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>期间合计</source>
        <translation>Period total</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>整个文件</source>
        <translation>whole file</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>已撤销（{at}）</source>
        <translation>Undone ({at})</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_models.py"/>
        <source>有效</source>
        <translation>In effect</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>导入绩效报表</source>
        <translation>Import performance reports</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>处理未识别项…</source>
        <translation>Resolve unknowns…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>更改列的对应…</source>
        <translation>Change column mapping…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>认错了的列（例如识别为销售额、其实是另一个数）可以改为另一个指标，或忽略</source>
        <translation>A column read as the wrong metric (recognised as Sales but really another figure) can be read as another metric, or ignored</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>查看导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>3 处理未识别项</source>
        <translation>3 Resolve unknowns</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>3 更改列的对应</source>
        <translation>3 Change column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>1 选择文件</source>
        <translation>1 Choose files</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>2 检查</source>
        <translation>2 Check</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>4 导入</source>
        <translation>4 Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>应用并重新检查</source>
        <translation>Apply and check again</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>检查文件</source>
        <translation>Check files</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>无法读取的文件请点「上一步」移除，或改正后重新检查。</source>
        <translation>Click &quot;Back&quot; to remove files that cannot be read, or fix them and check again.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>还没有检查文件</source>
        <translation>The files have not been checked yet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>正在检查 {n} 个文件…</source>
        <translation>Checking {n} {n:file/files}…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>正在检查文件</source>
        <translation>Checking files</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>还不能导入</source>
        <translation>Cannot import yet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>正在写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>正在等待写入</source>
        <translation>Waiting to write</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>已取消检查。</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>已取消检查，没有写入任何数据。</source>
        <translation>Check cancelled; no data was written.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>已取消导入，没有写入任何数据。可以再次点击「导入」。</source>
        <translation>Import cancelled; no data was written. You can click &quot;Import&quot; again.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py"/>
        <source>检查没有完成。</source>
        <translation>The check did not finish.</translation>
    </message>
</context>
<context>
    <name>IssueFlowerDialog</name>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以发放小红花的人：请在「设置 → 看板与小红花」里填写领导层或管理人员的岗位。</source>
        <translation>Nobody can give red flowers yet: fill in the leader or manager roles in &quot;Settings → Board and red flowers&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以发放小红花的人：只有岗位是{roles}的在职员工才能发放。请在「员工」页把自己（或{managers}）加为员工并选这个岗位，或在「设置 → 看板与小红花」里修改这些岗位。</source>
        <translation>Nobody can give red flowers yet: only current staff whose role is {roles} can. Add yourself (or a {managers}) on the Staff page with that role, or change these roles in &quot;Settings → Board and red flowers&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以发放小红花的人：只有岗位是{roles}的在职员工才能发放。请在「员工」页把自己加为员工并选这个岗位，或在「设置 → 看板与小红花」里修改这些岗位。</source>
        <translation>Nobody can give red flowers yet: only current staff whose role is {roles} can. Add yourself on the Staff page with that role, or change these roles in &quot;Settings → Board and red flowers&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>发放小红花</source>
        <translation>Give a red flower</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>同时发给其他人…</source>
        <translation>Also give to others…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>同时发给</source>
        <translation>Also to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>创新改进</source>
        <translation>Innovation and improvement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>客户服务</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>帮助同事</source>
        <translation>Helping colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>爱护公司财物</source>
        <translation>Caring for company property</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>诚实守信</source>
        <translation>Honesty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>跨部门协作</source>
        <translation>Cross-team cooperation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>写明具体事实，例如：主动跟进差评客户并挽回</source>
        <translation>State the facts, e.g. followed up a customer who left a bad review and won them back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>发放人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>获得人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>事实依据</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>发放</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{name}（{day}离职）</source>
        <translation>{name} (left {day})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{names}等 {n} 人</source>
        <translation>{names} — {n} in all</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>已离职的人不在名单中：{names}。</source>
        <translation>People who have left are not in the list: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>为离职前的事发放，可以把日期改到离职那天或之前。</source>
        <translation>To give a flower for something done before they left, set the date to their last day or earlier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{periods}的评奖已经批准：这 {n} 朵小红花会计入，批准的结果会变，评奖页将列出差异。</source>
        <translation>The awards of {periods} are already approved: these {n} flowers count there, so the approved result changes; the Awards page will list the differences.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{periods}的评奖已经批准：这朵小红花会计入，批准的结果会变，评奖页将列出差异。</source>
        <translation>The awards of {periods} are already approved: this flower counts there, so the approved result changes; the Awards page will list the differences.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>这次发给 {n} 人，每人一朵</source>
        <translation>To {n} {n:person/people} this time, a flower each</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>本月所有发放人的小红花名额都已用完，下个月才能再发。</source>
        <translation>Every issuer has used all red flowers for this month; more can be given next month.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{month}所有发放人的小红花名额都已用完。</source>
        <translation>Every issuer has used all red flowers for {month}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以发放小红花的人</source>
        <translation>Nobody can give red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以获得小红花的同事：请先在「员工」页添加员工</source>
        <translation>There is nobody to give a red flower to: add your staff on the Staff page first</translation>
    </message>
</context>
<context>
    <name>KindPanel</name>
    <message>
        <location filename="../../ui/plans/kind_panel.py"/>
        <source>这类规则没有更多设置</source>
        <translation>This kind of rule has no further settings</translation>
    </message>
</context>
<context>
    <name>Leaderboard</name>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>排行榜</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>第 {n} 名</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>{period}没有{metric}数据、未排名：{names}</source>
        <translation>Not ranked, having no {metric} data for {period}: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/leaderboard.py"/>
        <source>{period}还没有人有{metric}数据</source>
        <translation>Nobody has {metric} data for {period} yet</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>员工离职</source>
        <translation>Staff member leaves</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>{name} 离职后仍保留在员工名单中（勾选「显示已离职」可见），历史数据和已发的奖励都不会删除，以后也可以重新入职。</source>
        <translation>{name} stays on the staff list after leaving (tick &quot;Show former staff&quot; to see them). Their history and the awards already paid are kept, and they can be rehired later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>确认离职</source>
        <translation>Confirm leaving</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>离职日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>更改离职日期</source>
        <translation>Change leaving date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>{name} 于 {left} 离职。离职日期填错了，在这里改正；要回来上班，请用「重新入职」。</source>
        <translation>{name} left on {left}. Correct a wrong leaving date here; for someone coming back to work, use &quot;Rehire&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>离职日期确定是 {day} 吗？</source>
        <translation>Is {day} the right leaving date?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>页面导航</source>
        <translation>Page navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>评奖</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>{title}（Ctrl+{n}）</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>生成演示数据…</source>
        <translation>Generate demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>打开数据文件所在文件夹</source>
        <translation>Open the data file&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>保存本页的修改</source>
        <translation>Save this page&apos;s changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>页面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>关于红花榜</source>
        <translation>About Honghua</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>只读 · 点此输入店主密码</source>
        <translation>Read-only · click to enter the owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>此店铺设置了店主密码：不输入密码可以查看，修改数据需要先解锁</source>
        <translation>This shop has an owner PIN: you can look without it, but changing data needs it first</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>红花榜 — {name}</source>
        <translation>Honghua — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>店铺：{name}</source>
        <translation>Shop: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>店铺：{name}（演示数据）</source>
        <translation>Shop: {name} (demo data)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>这是演示店铺，员工和数据都是编的。开始用自己的店铺的做法见使用指南「第一次使用」（按 F1）。</source>
        <translation>This is the demo shop: its staff and data are made up. How to start your own shop: see the chapter on first use in the user guide (press F1).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>这一页没有未保存的修改</source>
        <translation>This page has no unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>已保存：{what}</source>
        <translation>Saved: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>这一页没有搜索框：员工页、目标页、数据页和「设置 → 操作日志」可以搜索</source>
        <translation>This page has no search box: search on the Staff page, the Targets page, the Data page or in Settings → Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>数据文件不见了</source>
        <translation>The data file is gone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>读不到数据文件</source>
        <translation>Cannot read the data file</translation>
    </message>
</context>
<context>
    <name>ManualAwardDialog</name>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>添加手动奖项 — {period}</source>
        <translation>Add a manual award — {period}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>未分部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>{award}（{plan}）</source>
        <translation>{award} ({plan})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>必填：为什么给这个奖，例如 团队投票选出的心愿礼物</source>
        <translation>Required: why this award is given, e.g. a wish gift chosen by a team vote</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>获奖人</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>本期生效的方案没有手动奖项</source>
        <translation>The plan in force for this period has no manual awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>实物</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>荣誉</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>{kind}；金额范围 {bounds}</source>
        <translation>{kind}; amount range {bounds}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>必填</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>必填：奖品的价值</source>
        <translation>required: the prize&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>请选择获奖人</source>
        <translation>Please choose the winner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ManualForm</name>
    <message>
        <location filename="../../ui/pages/certificate_manual.py"/>
        <source>姓名或部门</source>
        <translation>Name or department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_manual.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificate_manual.py"/>
        <source>手工添加</source>
        <translation>Add by hand</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>新增自定义指标</source>
        <translation>New custom metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>例如 服务积分、考核得分</source>
        <translation>e.g. service points, review score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>个数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>百分比（%）</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>秒</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>越高越好</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>越低越好</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>求和（月度值 = 每天相加）</source>
        <translation>Sum (month = the days added up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>平均（月度值 = 每天的平均）</source>
        <translation>Average (month = the average of the days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>汇总方式</source>
        <translation>Monthly total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>小数位数</source>
        <translation>Decimal places</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>新指标会出现在「目标」和「数据」页的指标列表中。指标添加后不能删除，单位、方向、汇总方式和小数位数也不能再改（只能改名），请先选好。</source>
        <translation>The new metric appears in the metric lists of the Targets and Data pages. Once added, a metric cannot be deleted, nor its unit, direction, monthly total or decimal places changed (only its name): choose them carefully.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>MetricNameDialog</name>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>指标改名</source>
        <translation>Rename metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/metric_dialog.py"/>
        <source>已有的数据、目标、奖励方案和导入记住的列都跟着改名，不受影响。</source>
        <translation>Data, targets, incentive plans and the columns imports remember follow the new name; nothing else changes.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../ui/widgets/money_edit.py"/>
        <source>不填</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>加权平均</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>平均</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>{y}年{m}月{d}日 星期{w}</source>
        <translation>{w} {y}-{m:02d}-{d:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>含导入的合计：{spans}。与看板、评奖的计算一致，只读</source>
        <translation>Includes imported totals: {spans}. Counted as the board and the awards count it; read-only</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>{first} 至 {last} {value}（{source}）</source>
        <translation>{first} to {last} {value} ({source})</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>按本月已有数据计算，只读</source>
        <translation>Calculated from this month&apos;s data so far; read-only</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>{first} 至 {last} 的{metric}来自导入的合计 {value}（{source}），已计入合计列；这几天不能再逐日录入，要改请在「导入记录」里撤销那次导入</source>
        <translation>{metric} for {first} to {last} comes from the imported total {value} ({source}), counted in the total column; these days take no daily value. To change them, undo that import under Import history</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>日期还没到，不能录入</source>
        <translation>This day has not come yet: nothing can be entered</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>来自导入：{source}。在这里修改会以手动录入的数值替换它</source>
        <translation>Imported: {source}. A value typed here replaces it</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>{name} {left} 离职，{hired} 重新入职</source>
        <translation>{name} left on {left}, rehired on {hired}</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>{name} {d} 才入职</source>
        <translation>{name} joins on {d}</translation>
    </message>
    <message>
        <location filename="../../ui/models/month_grid_model.py"/>
        <source>{name} 已于 {d} 离职</source>
        <translation>{name} left on {d}</translation>
    </message>
</context>
<context>
    <name>MonthPopup</name>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
</context>
<context>
    <name>NewMonthBar</name>
    <message>
        <location filename="../../ui/widgets/new_month_bar.py"/>
        <source>已是 {current}，本页仍显示 {shown}</source>
        <translation>It is {current} now; this page still shows {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_month_bar.py"/>
        <source>转到 {period}</source>
        <translation>Go to {period}</translation>
    </message>
</context>
<context>
    <name>NoStaffNotice</name>
    <message>
        <location filename="../../ui/widgets/no_staff_notice.py"/>
        <source>去添加员工</source>
        <translation>Add staff</translation>
    </message>
</context>
<context>
    <name>NotAwardedModel</name>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>员工或部门</source>
        <translation>Staff or department</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>未获奖原因</source>
        <translation>Why no award</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_date.py"/>
        <source>填写</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/optional_date.py"/>
        <source>填写{name}</source>
        <translation>{name}: set</translation>
    </message>
</context>
<context>
    <name>PastedBlock</name>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>标题行「{title}」写的星期几与{day}不符：这可能是别的月份的表，没有粘贴。请换到那个月再粘贴。</source>
        <translation>The day of the week in the title row&apos;s &quot;{title}&quot; is not that of {day}: this may be another month&apos;s sheet, and nothing was pasted. Switch to that month, then paste again.</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>「{name}」：粘贴的内容里有 {n} 行是这个人，都没有粘贴；同一人的几行（如几个子账号）请先在表里加成一行</source>
        <translation>&quot;{name}&quot;: {n} lines of the pasted block are this person&apos;s; none of them was pasted. Add up one person&apos;s lines (several sub-accounts) into one line first</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>有一行没有姓名，没有粘贴</source>
        <translation>a line without a name was not pasted</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>「{name}」：表格里有 {n} 位同名的人，请从要填的那一位的行开始单独粘贴这一行</source>
        <translation>&quot;{name}&quot;: {n} people in the table have this name; paste this line on its own, starting on the row of the one meant</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>「{name}」：{when}，这个月不在职，这一行没有粘贴</source>
        <translation>&quot;{name}&quot;: {when}, not on the team this month; the line was not pasted</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>「{name}」：这个月的表格里没有这个人，这一行没有粘贴</source>
        <translation>&quot;{name}&quot;: no one of this month&apos;s table has this name; the line was not pasted</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>第一行是标题，没有粘贴</source>
        <translation>the first row held titles and was not pasted</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>合计列没有粘贴</source>
        <translation>the total column was not pasted</translation>
    </message>
    <message>
        <location filename="../../ui/pasted_block.py"/>
        <source>按第一列的姓名填到各人的行</source>
        <translation>each line went to the row of the person named in its first column</translation>
    </message>
</context>
<context>
    <name>PeriodKindPicker</name>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>半年</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>月度</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>期间类型</source>
        <translation>Period type</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>第几期</source>
        <translation>Which period</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>上半年</source>
        <translation>H1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_kind_picker.py"/>
        <source>下半年</source>
        <translation>H2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>上个月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>选择年份和月份</source>
        <translation>Choose the year and month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{name} 的详情</source>
        <translation>{name}: details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>无部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{d} 重新入职</source>
        <translation>Rehire date: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{d} 入职</source>
        <translation>Start date: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{d} 离职</source>
        <translation>Leaving date: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>将于 {d} 离职</source>
        <translation>Leaving date: {d} (upcoming)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>近六个月{metric}与目标</source>
        <translation>{metric} and target, last six months</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>达成率</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{m}的事件</source>
        <translation>Events in {m}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>金额/数值</source>
        <translation>Amount/value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{m}没有记录事件</source>
        <translation>No events recorded in {m}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>已批准的奖项</source>
        <translation>Approved awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>金额/物品</source>
        <translation>Amount/item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>还没有已批准的奖项</source>
        <translation>No approved awards yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>小红花：{year} 年获得 {received} 朵，当前有效 {held} 朵</source>
        <translation>Red flowers: {received} received in {year}, {held} valid now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>，其中 {expiring}</source>
        <translation>, of which {expiring}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{month}（{day}离职）</source>
        <translation>{month} (left on {day})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>{month}（截至{day}）</source>
        <translation>{month} (up to {day})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>不在职</source>
        <translation>Not on the team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>未入职</source>
        <translation>Not joined yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_detail.py"/>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py"/>
        <source>输入店主密码</source>
        <translation>Enter the owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py"/>
        <source>此店铺设置了店主密码。输入密码后才能修改数据；不输入也可以查看看板和小红花。</source>
        <translation>This shop has an owner PIN. Enter it to change data; without it you can still view the board and the red flowers.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py"/>
        <source>店主密码</source>
        <translation>Owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>{title} · 即将推出</source>
        <translation>{title} · coming soon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py"/>
        <source>评奖</source>
        <translation>Awards</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>激励方案</source>
        <translation>Incentive plans</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>保存时间</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>生效情况</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>生效自</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>已保存的方案</source>
        <translation>Saved plans</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>各部门生效的方案</source>
        <translation>Plans in force by department</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>复制预设为本店方案</source>
        <translation>Copy the preset as a shop plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>设为生效…</source>
        <translation>Put in force…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>导入方案文件…</source>
        <translation>Import a plan file…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>导出方案文件…</source>
        <translation>Export a plan file…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>预设不能直接修改：先复制为本店方案，再编辑；预设也可以直接「设为生效」。保存会另存为新版本，已生效的期间仍按原来的版本计算。</source>
        <translation>Presets cannot be changed directly: copy one as a shop plan first, then edit it; a preset can also be put in force as it is (&quot;Put in force…&quot;). Saving stores a new version; periods already in force keep being calculated with the earlier version.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>本店方案与预设</source>
        <translation>Shop plans and presets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>{dept} {since}</source>
        <translation>{dept}, {since}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>{name}（预设）</source>
        <translation>{name} (preset)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>预设</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>所有期间</source>
        <comment>a table cell</comment>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>所有期间</source>
        <translation>all periods</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>自 {m} 起</source>
        <translation>from {m}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>请先选中一个本店方案（预设要先复制为本店方案）</source>
        <translation>Please select a shop plan first (copy a preset as a shop plan first)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>请先选中一个预设方案</source>
        <translation>Please select a preset first</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>本店已有与这个预设相同的方案「{plan}」，已选中它。</source>
        <translation>The shop already has a plan identical to this preset, &quot;{plan}&quot;; it is now selected.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>已保存为「{plan}」。已生效的期间仍按原来的版本计算；要让这个版本生效，请点「设为生效…」。</source>
        <translation>Saved as &quot;{plan}&quot;. Periods already in force keep the earlier version; to put this version in force, click &quot;Put in force…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>内容与「{plan}」相同，没有另存新版本。</source>
        <translation>The content is the same as &quot;{plan}&quot;: no new version was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>方案「{plan}」已用于{who}，{since}。</source>
        <translation>Plan &quot;{plan}&quot; is now used for {who}, {since}.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>全部部门</source>
        <comment>within a sentence</comment>
        <translation>all departments</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>取代了原来的「{plan}」</source>
        <translation>replacing &quot;{plan}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>已加入方案自带的指标：{names}</source>
        <translation>Metrics that come with the plan were added: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>注意：{depts}有自己的方案，仍按各自的方案计算</source>
        <translation>Note: {depts} have their own plan and keep it</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>已批准的 {periods} 保留批准时的结果，重新批准前显示为「批准后方案有变化」</source>
        <translation>The approved {periods} keep their approved results and show as &quot;plan changed after approval&quot; until approved again</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>导入方案文件</source>
        <translation>Import a plan file</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>方案文件 (*.json)</source>
        <translation>Plan files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>已导入为「{plan}」。要让它生效，请点「设为生效…」。</source>
        <translation>Imported as &quot;{plan}&quot;. To put it in force, click &quot;Put in force…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>文件内容与「{plan}」相同，没有另存新版本。</source>
        <translation>The file is the same as &quot;{plan}&quot;: no new version was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>请先选中要导出的方案</source>
        <translation>Please select the plan to export first</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>导出方案文件</source>
        <translation>Export a plan file</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py"/>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>「奖状」不勾的名次按上面的「获奖者得奖状」</source>
        <translation>A rank with Certificate unticked follows &quot;Winners get a certificate&quot; above</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>上期低于这个数不参加</source>
        <translation>People below this in the previous period do not take part</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>上期最低基数</source>
        <translation>Minimum in the previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>不填：不封顶</source>
        <translation>Empty: no cap</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>不填：评审时填写</source>
        <translation>Empty: filled in at review</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>个人</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>事件的属性名，如 毛利率</source>
        <translation>The event attribute&apos;s name, e.g. margin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>从哪里算起超出：本人上期的数值、一个固定值，或本人的目标</source>
        <translation>Where the excess counts from: the person&apos;s own previous period, a fixed value, or the person&apos;s target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>从第几名</source>
        <translation>From rank</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>先扣积分</source>
        <translation>Points deducted first</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>入职满这么多个月才发</source>
        <translation>Paid once the person has been with the shop this many months</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>几人并列时：每人都得全额，还是平分这笔金额</source>
        <translation>When several tie: each gets the whole amount, or they split it</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>分档属性</source>
        <translation>Tier attribute</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>到第几名</source>
        <translation>To rank</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>半年</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>单项冠军</source>
        <translation>Category champion</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>发放</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>发给</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>各档</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>名次档</source>
        <translation>Rank tiers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>哪类事件记积分（事件的数值即积分）</source>
        <translation>The event type that records points (the event&apos;s value is the points)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>固定值</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>在职要求</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>基准</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>基准值</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>基数（积分）</source>
        <translation>Base (points)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>奖状</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>如 生日蛋糕（不填：没有礼物）</source>
        <translation>e.g. a birthday cake (empty: no gift)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>季度、半年或年度的规则：勾上时每个月都要满足条件，期间内有整月不在职的人（如季度中途入职）不发；不勾时按整个期间合计</source>
        <translation>For a quarter, half-year or year: checked, the conditions must be met in every month, and someone not on the team for a whole month of the period (joined mid-quarter) gets nothing; unchecked, by the whole period&apos;s totals</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>实物</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>封顶（元）</source>
        <translation>Cap (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>属性 ≥（%）</source>
        <translation>Attribute ≥ (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>属性名称</source>
        <translation>Attribute label</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>属性达到哪一档，按那一档的比例提成；各档从低到高</source>
        <translation>The commission rate of the highest tier the attribute reaches; tiers from low to high</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>工龄</source>
        <translation>Length of service</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>工龄：在职满几个月起每期都发；生日：生日在这个期间的人发</source>
        <translation>Tenure: paid every period once the months on the team are reached; birthday: paid to those whose birthday falls in the period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>平分</source>
        <translation>Split equally</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>并列时</source>
        <translation>On a tie</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>并列的人名次相同，每人都得该名次的全额：两人并列第 1 名，各得第 1 名的金额，下一位是第 3 名。「奖状」不勾的名次按上面的「获奖者得奖状」</source>
        <translation>People who tie share a rank and each gets that rank&apos;s whole amount: two tied for 1st each get the 1st place amount, and the next is 3rd. A rank with Certificate unticked follows &quot;Winners get a certificate&quot; above</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>得奖的人发多少</source>
        <translation>What the winner gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按事件的哪个属性分档：写事件列表里显示的属性名，如 毛利率</source>
        <translation>Which attribute of the event the tiers read: its name as the events list shows it, e.g. margin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按事件金额的百分之几发</source>
        <translation>The percentage of the event&apos;s amount that is paid</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按什么排名次：一个指标、某类事件的次数或金额，或收到的小红花</source>
        <translation>What places are ranked by: a metric, the count or amount of an event type, or red flowers received</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按哪类事件的金额提成，如 备件销售</source>
        <translation>The event type whose amounts earn commission, e.g. parts sales</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按哪类事件计，如 表扬、投诉</source>
        <translation>The event type that is counted, e.g. praise or complaints</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按指标的单位，如销售额写元</source>
        <translation>In the metric&apos;s unit, e.g. yuan for sales</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按收到的小红花排名次发，还是只发给收到最多的人</source>
        <translation>Pay by place in red flowers received, or only to whoever received the most</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按数值</source>
        <translation>By value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按次</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按这个指标的目标达成率分档</source>
        <translation>Tiers by achievement of this metric&apos;s target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按这个指标超出基准的部分分档</source>
        <translation>Steps are counted on how far this metric exceeds the baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>按金额的比例</source>
        <translation>As a share of the amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>排名依据</source>
        <translation>Ranked by</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>提成档</source>
        <translation>Commission tiers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>提成（%）</source>
        <translation>Commission (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>收到最多的人</source>
        <translation>Whoever received the most</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>收到最多的人发多少</source>
        <translation>What whoever received the most gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>收到最多的前几名</source>
        <translation>The top few by flowers received</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>数值合计</source>
        <translation>Total value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>最低（元）</source>
        <translation>Minimum (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>最高值</source>
        <translation>Highest value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>最高数值</source>
        <translation>Highest value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>最高的人得奖，还是比上期增长最多的人得奖</source>
        <translation>The award goes to the highest value, or to the largest growth on the previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>最高（元）</source>
        <translation>Maximum (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>期末在职</source>
        <translation>Employed at the end of the period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>期间内在职过</source>
        <translation>Employed at some time in the period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>本人上期</source>
        <translation>Own previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>本人目标</source>
        <translation>Own target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>条件（全部满足）</source>
        <translation>Conditions (all must be met)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每个月都要达标</source>
        <translation>Must be met every month</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每人发多少</source>
        <translation>The amount each person gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每人最多发这么多；不填：不封顶</source>
        <translation>The most a person gets; empty: no cap</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每档</source>
        <translation>Step size</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每档金额（元）</source>
        <translation>Amount per step (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每次</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每次发一笔，按事件的数值发，或按事件金额的比例发</source>
        <translation>Pay an amount per event, per unit of the event&apos;s value, or a percentage of the event&apos;s amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每次（按数值时每 1 个单位）发多少；扣款规则写要扣的数</source>
        <translation>The amount per event (or per unit of value); for a deduction, the amount deducted</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每次（每单位）金额（元）</source>
        <translation>Amount per event (per unit) (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每次：每发生一次扣「分数」积分；按数值：扣事件的数值 ×「分数」积分（如二次服务扣它的工作系数，分数写 1）</source>
        <translation>Per event: each one takes off &quot;Score&quot; points; By value: takes off the event&apos;s value × &quot;Score&quot; points (a repeat service takes off its work coefficient with a Score of 1)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每满一档发的金额</source>
        <translation>The amount paid for each full step</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每积分金额（元）</source>
        <translation>Amount per point (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每行一个条件，全部满足才算达标</source>
        <translation>One condition per row; all must be met</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>每行一段名次：从第几名到第几名的人各发多少，是否发奖状</source>
        <translation>One range of places per row: what each person from place to place gets, and whether a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>比上期增长最多</source>
        <translation>Largest increase over the previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>比什么</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>比什么：一个指标、某类事件的次数或金额，或收到的小红花</source>
        <translation>What is compared: a metric, the count or amount of an event type, or red flowers received</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>比例（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>比率和百分数写百分数（100 即 100%），金额写元</source>
        <translation>Write rates and percentages as percent (100 means 100%), amounts in yuan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>比较</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>满几个月</source>
        <translation>Months of service</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>礼物</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>福利</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>积分事件</source>
        <translation>Points event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>积分超出这个基数的部分才发钱</source>
        <translation>Only points above this base are paid</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>荣誉</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>计法</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>计法为每次时每次发多少，为按数值时每 1 个单位发多少</source>
        <translation>Paid per event, or per 1 unit of the value when counted by value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>评审时先填上的金额；不填：评审时填写</source>
        <translation>The amount filled in at review to start with; empty: typed at review</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>评审时填的金额不能低于这个数</source>
        <translation>The amount given at review cannot be below this</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>评审时填的金额不能高于这个数</source>
        <translation>The amount given at review cannot be above this</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>评比依据</source>
        <translation>Judged by</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>评法</source>
        <translation>How judged</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>说明里显示的名字，如 毛利率</source>
        <translation>The name shown in explanations, e.g. gross margin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>超出基准每满这么多算一档（按指标的单位）</source>
        <translation>Each full step above the baseline counts once (in the metric&apos;s unit)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>超出基数的积分，每 1 积分发多少元</source>
        <translation>The amount in yuan per point above the base</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>超出这个数的部分才分档（按指标的单位，如销售额写元）</source>
        <translation>Steps count above this value (in the metric&apos;s unit: yuan for sales)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>超额积分</source>
        <translation>Points above base</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>达到的最高一档发放；各档从低到高</source>
        <translation>The highest tier reached is paid; list the tiers from low to high</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>达成率 ≥（%）</source>
        <translation>Achievement ≥ (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>达标</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>达标的人每人发多少</source>
        <translation>The amount each person meeting the conditions gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>过生日的人得的礼物，如 生日蛋糕；不填：没有礼物</source>
        <translation>The gift for whoever has a birthday, e.g. a birthday cake; empty: no gift</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>这些事件先从积分中扣除：每次扣几积分，或按事件的数值扣</source>
        <translation>These events are deducted from the points first: so many points each, or by the event&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>适用部门、岗位</source>
        <translation>Departments and roles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>都得全额</source>
        <translation>Everyone gets the full amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>金额合计</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>阶梯</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>阶段目标</source>
        <translation>Stage target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <location filename="../../ui/plans/kind_panel.py"/>
        <location filename="../../ui/plans/table_field.py"/>
        <source>默认金额（元）</source>
        <translation>Default amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <source>每个月都要有目标</source>
        <translation>A target is needed every month</translation>
    </message>
    <message>
        <location filename="../../ui/plans/field_widgets.py"/>
        <source>季度、半年或年度的排名：勾上时每个月都要有目标，期间内有整月不在职的人（如季度中途入职）不参加排名；不勾时按有目标、在职的月份计</source>
        <translation>A ranking over a quarter, half-year or year: checked, a target is needed in every month, and someone not on the team for a whole month of the period (joined mid-quarter) is not ranked; unchecked, each person&apos;s months on the team that have a target count</translation>
    </message>
    <message>
        <location filename="../../ui/plans/table_field.py"/>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../ui/plans/table_field.py"/>
        <source>删除所选行</source>
        <translation>Delete the selected rows</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>编辑方案 — {name}</source>
        <translation>Edit plan — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>方案说明（可不填）</source>
        <translation>Plan description (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>方案名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>新规则</source>
        <translation>New rule</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>新规则 {n}</source>
        <translation>New rule {n}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>从方案中删除规则「{rule}」？保存后才生效。</source>
        <translation>Remove the rule &quot;{rule}&quot; from the plan? This takes effect when you save.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>删除规则</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>方案里还没有规则：请先点「添加规则」，再保存</source>
        <translation>The plan has no rules yet: click &quot;Add rule&quot; first, then save</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>{said}。您是不是想填 {meant}？</source>
        <translation>{said}. Did you mean {meant}?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>百分数门槛</source>
        <translation>Threshold in per cent</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>改为 {meant}</source>
        <translation>Change to {meant}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>保持 {written}</source>
        <translation>Keep {written}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>返回修改</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>「{label}」</source>
        <translation>&quot;{label}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>「奖状」不勾的名次按上面的「获奖者得奖状」</source>
        <translation>A rank with Certificate unticked follows &quot;Winners get a certificate&quot; above</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>上期低于这个数不参加</source>
        <translation>People below this in the previous period do not take part</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>上期最低基数</source>
        <translation>Minimum in the previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>不填：不封顶</source>
        <translation>Empty: no cap</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>不填：评审时填写</source>
        <translation>Empty: filled in at review</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>个人</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>事件</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>事件的属性名，如 毛利率</source>
        <translation>The event attribute&apos;s name, e.g. margin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>从哪里算起超出：本人上期的数值、一个固定值，或本人的目标</source>
        <translation>Where the excess counts from: the person&apos;s own previous period, a fixed value, or the person&apos;s target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>从第几名</source>
        <translation>From rank</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>先扣积分</source>
        <translation>Points deducted first</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>入职满这么多个月才发</source>
        <translation>Paid once the person has been with the shop this many months</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>几人并列时：每人都得全额，还是平分这笔金额</source>
        <translation>When several tie: each gets the whole amount, or they split it</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>分档属性</source>
        <translation>Tier attribute</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>到第几名</source>
        <translation>To rank</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>半年</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>单项冠军</source>
        <translation>Category champion</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>发放</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>发给</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>各档</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>名次档</source>
        <translation>Rank tiers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>哪类事件记积分（事件的数值即积分）</source>
        <translation>The event type that records points (the event&apos;s value is the points)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>固定值</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>在职要求</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>基准</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>基准值</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>基数（积分）</source>
        <translation>Base (points)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>奖状</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>如 生日蛋糕（不填：没有礼物）</source>
        <translation>e.g. a birthday cake (empty: no gift)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>季度、半年或年度的规则：勾上时每个月都要满足条件，期间内有整月不在职的人（如季度中途入职）不发；不勾时按整个期间合计</source>
        <translation>For a quarter, half-year or year: checked, the conditions must be met in every month, and someone not on the team for a whole month of the period (joined mid-quarter) gets nothing; unchecked, by the whole period&apos;s totals</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>实物</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>封顶（元）</source>
        <translation>Cap (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>属性 ≥（%）</source>
        <translation>Attribute ≥ (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>属性名称</source>
        <translation>Attribute label</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>属性达到哪一档，按那一档的比例提成；各档从低到高</source>
        <translation>The commission rate of the highest tier the attribute reaches; tiers from low to high</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>工龄</source>
        <translation>Length of service</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>工龄：在职满几个月起每期都发；生日：生日在这个期间的人发</source>
        <translation>Tenure: paid every period once the months on the team are reached; birthday: paid to those whose birthday falls in the period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>平分</source>
        <translation>Split equally</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>并列时</source>
        <translation>On a tie</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>并列的人名次相同，每人都得该名次的全额：两人并列第 1 名，各得第 1 名的金额，下一位是第 3 名。「奖状」不勾的名次按上面的「获奖者得奖状」</source>
        <translation>People who tie share a rank and each gets that rank&apos;s whole amount: two tied for 1st each get the 1st place amount, and the next is 3rd. A rank with Certificate unticked follows &quot;Winners get a certificate&quot; above</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>得奖的人发多少</source>
        <translation>What the winner gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按事件的哪个属性分档：写事件列表里显示的属性名，如 毛利率</source>
        <translation>Which attribute of the event the tiers read: its name as the events list shows it, e.g. margin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按事件金额的百分之几发</source>
        <translation>The percentage of the event&apos;s amount that is paid</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按什么排名次：一个指标、某类事件的次数或金额，或收到的小红花</source>
        <translation>What places are ranked by: a metric, the count or amount of an event type, or red flowers received</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按哪类事件的金额提成，如 备件销售</source>
        <translation>The event type whose amounts earn commission, e.g. parts sales</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按哪类事件计，如 表扬、投诉</source>
        <translation>The event type that is counted, e.g. praise or complaints</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按指标的单位，如销售额写元</source>
        <translation>In the metric&apos;s unit, e.g. yuan for sales</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按收到的小红花排名次发，还是只发给收到最多的人</source>
        <translation>Pay by place in red flowers received, or only to whoever received the most</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按数值</source>
        <translation>By value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按次</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按这个指标的目标达成率分档</source>
        <translation>Tiers by achievement of this metric&apos;s target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按这个指标超出基准的部分分档</source>
        <translation>Steps are counted on how far this metric exceeds the baseline</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>按金额的比例</source>
        <translation>As a share of the amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>排名依据</source>
        <translation>Ranked by</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>提成档</source>
        <translation>Commission tiers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>提成（%）</source>
        <translation>Commission (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>收到最多的人</source>
        <translation>Whoever received the most</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>收到最多的人发多少</source>
        <translation>What whoever received the most gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>收到最多的前几名</source>
        <translation>The top few by flowers received</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>数值合计</source>
        <translation>Total value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>最低（元）</source>
        <translation>Minimum (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>最高值</source>
        <translation>Highest value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>最高数值</source>
        <translation>Highest value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>最高的人得奖，还是比上期增长最多的人得奖</source>
        <translation>The award goes to the highest value, or to the largest growth on the previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>最高（元）</source>
        <translation>Maximum (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>期末在职</source>
        <translation>Employed at the end of the period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>期间内在职过</source>
        <translation>Employed at some time in the period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>本人上期</source>
        <translation>Own previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>本人目标</source>
        <translation>Own target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>条件（全部满足）</source>
        <translation>Conditions (all must be met)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每个月都要达标</source>
        <translation>Must be met every month</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每人发多少</source>
        <translation>The amount each person gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每人最多发这么多；不填：不封顶</source>
        <translation>The most a person gets; empty: no cap</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每档</source>
        <translation>Step size</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每档金额（元）</source>
        <translation>Amount per step (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每次</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每次发一笔，按事件的数值发，或按事件金额的比例发</source>
        <translation>Pay an amount per event, per unit of the event&apos;s value, or a percentage of the event&apos;s amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每次（按数值时每 1 个单位）发多少；扣款规则写要扣的数</source>
        <translation>The amount per event (or per unit of value); for a deduction, the amount deducted</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每次（每单位）金额（元）</source>
        <translation>Amount per event (per unit) (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每次：每发生一次扣「分数」积分；按数值：扣事件的数值 ×「分数」积分（如二次服务扣它的工作系数，分数写 1）</source>
        <translation>Per event: each one takes off &quot;Score&quot; points; By value: takes off the event&apos;s value × &quot;Score&quot; points (a repeat service takes off its work coefficient with a Score of 1)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每满一档发的金额</source>
        <translation>The amount paid for each full step</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每积分金额（元）</source>
        <translation>Amount per point (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每行一个条件，全部满足才算达标</source>
        <translation>One condition per row; all must be met</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>每行一段名次：从第几名到第几名的人各发多少，是否发奖状</source>
        <translation>One range of places per row: what each person from place to place gets, and whether a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>比上期增长最多</source>
        <translation>Largest increase over the previous period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>比什么</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>比什么：一个指标、某类事件的次数或金额，或收到的小红花</source>
        <translation>What is compared: a metric, the count or amount of an event type, or red flowers received</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>比例（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>比率和百分数写百分数（100 即 100%），金额写元</source>
        <translation>Write rates and percentages as percent (100 means 100%), amounts in yuan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>比较</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>满几个月</source>
        <translation>Months of service</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>礼物</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>福利</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>积分事件</source>
        <translation>Points event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>积分超出这个基数的部分才发钱</source>
        <translation>Only points above this base are paid</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>荣誉</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>计法</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>计法为每次时每次发多少，为按数值时每 1 个单位发多少</source>
        <translation>Paid per event, or per 1 unit of the value when counted by value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>评审时先填上的金额；不填：评审时填写</source>
        <translation>The amount filled in at review to start with; empty: typed at review</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>评审时填的金额不能低于这个数</source>
        <translation>The amount given at review cannot be below this</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>评审时填的金额不能高于这个数</source>
        <translation>The amount given at review cannot be above this</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>评比依据</source>
        <translation>Judged by</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>评法</source>
        <translation>How judged</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>说明里显示的名字，如 毛利率</source>
        <translation>The name shown in explanations, e.g. gross margin</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>超出基准每满这么多算一档（按指标的单位）</source>
        <translation>Each full step above the baseline counts once (in the metric&apos;s unit)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>超出基数的积分，每 1 积分发多少元</source>
        <translation>The amount in yuan per point above the base</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>超出这个数的部分才分档（按指标的单位，如销售额写元）</source>
        <translation>Steps count above this value (in the metric&apos;s unit: yuan for sales)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>超额积分</source>
        <translation>Points above base</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>达到的最高一档发放；各档从低到高</source>
        <translation>The highest tier reached is paid; list the tiers from low to high</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>达成率 ≥（%）</source>
        <translation>Achievement ≥ (%)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>达标</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>达标的人每人发多少</source>
        <translation>The amount each person meeting the conditions gets</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>过生日的人得的礼物，如 生日蛋糕；不填：没有礼物</source>
        <translation>The gift for whoever has a birthday, e.g. a birthday cake; empty: no gift</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>这些事件先从积分中扣除：每次扣几积分，或按事件的数值扣</source>
        <translation>These events are deducted from the points first: so many points each, or by the event&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>适用部门、岗位</source>
        <translation>Departments and roles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>都得全额</source>
        <translation>Everyone gets the full amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>金额合计</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>阶梯</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>阶段目标</source>
        <translation>Stage target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>默认金额（元）</source>
        <translation>Default amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>第 {n} 行</source>
        <translation> row {n}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>{where}「{column}」</source>
        <translation>{where} &quot;{column}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>未填</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>放弃对方案的修改？</source>
        <translation>Discard the changes to the plan?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/editor.py"/>
        <source>编辑方案</source>
        <translation>Edit plan</translation>
    </message>
</context>
<context>
    <name>PosterButton</name>
    <message>
        <location filename="../../ui/widgets/poster_button.py"/>
        <source>生成战报海报</source>
        <translation>Make a poster</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/poster_button.py"/>
        <source>A4 竖图（打印张贴）</source>
        <translation>A4 portrait (to print and put up)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/poster_button.py"/>
        <source>手机竖图 1080×1920（默认）</source>
        <translation>Phone portrait 1080×1920 (default)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/poster_button.py"/>
        <source>宽屏 16:9 1920×1080</source>
        <translation>Widescreen 16:9 1920×1080</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/widgets/certificate_preview.py"/>
        <source>正在准备预览…</source>
        <translation>Preparing the preview…</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>文件结构</source>
        <translation>File layout</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>将修改的数值</source>
        <translation>Values that will change</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>要导入的文件</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>新增的数值</source>
        <translation>New values</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>跳过有错误的行（只导入没有错误的行，跳过的行会在结果里列出）</source>
        <translation>Skip rows with errors (import only the rows without errors; the skipped rows are listed in the result)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>正在检查文件…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>共 {files} 个文件：新增 {new} 行，修改 {changed} 行，未变 {unchanged} 行，跳过 {skipped} 行，出错 {errors} 行。</source>
        <translation>{files} {files:file/files}: {new} new {new:row/rows}, {changed} changed, {unchanged} unchanged, {skipped} skipped, {errors} with errors.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>{n} 个文件无法导入（原因见「错误」）。</source>
        <translation> {n} {n:file/files} cannot be imported (see Errors for why).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
{move}。</source>
        <translation>
{move}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
导入时新建员工 {n} 个：{names}。</source>
        <translation>
{n} new staff {n:member/members} will be added on import: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
找不到的客服 {n} 个：{names}。请在下一步处理。</source>
        <translation>
{n} staff {n:member/members} not found: {names}. Please resolve {n:it/them} in the next step.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
按昵称对应、未登记为子账号的客服 {n} 个，已暂计入对应的员工：{pairs}。请在下一步确认是谁的子账号，或改选、跳过。</source>
        <translation>
{n} {n:name/names} matched by nickname only, not registered as anyone&apos;s sub-account, counted for now for the person found: {pairs}. Please confirm whose sub-account {n:it is/they are} in the next step, or choose another person or skip.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
{said}（可在「设置 → 导入」里恢复导入）</source>
        <translation>
{said} (import it again in Settings → Import)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>……</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
{file}：{note}</source>
        <translation>
{file}: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>
……另有 {n} 条说明，见「说明」</source>
        <translation>
… {n} more {n:note/notes} under &quot;Notes&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>错误（{n}）</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>将修改的数值（{n}）</source>
        <translation>Values that will change ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>新增的数值（{n}）</source>
        <translation>New values ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>说明（{n}）</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>工作表：{sheet}</source>
        <translation>Sheet: {sheet}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>编码：{encoding}</source>
        <translation>Encoding: {encoding}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>第 {row} 行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>第 {first}–{last} 行（分组表头已合并）</source>
        <translation>Rows {first}–{last} (grouped headers merged)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>表头：{rows}</source>
        <translation>Header: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>统计时间：未知（标题、文件名和各列中都没有找到日期）</source>
        <translation>Period: unknown (no date in the title, the file name or any column)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>整段时间的合计</source>
        <translation>Totals for the whole span</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>每日数据</source>
        <translation>Daily figures</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>见日期列</source>
        <translation>see the date column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>统计时间：{span}（{kind}）</source>
        <translation>Reporting period: {span} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>识别的列：</source>
        <translation>Recognised columns:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>{header} → {metric}</source>
        <translation>{header} → {metric}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>未读取的列（已忽略）：{columns}</source>
        <translation>Columns not read (ignored): {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>找不到的客服：{name}（第 {row} 行起，共 {n} 行）</source>
        <translation>Staff member not found: {name} (from row {row}, {n} {n:row/rows})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>按昵称对应：{said}（第 {row} 行起，共 {n} 行）</source>
        <translation>Matched by nickname: {said} (from row {row}, {n} {n:row/rows})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>注意：{note}</source>
        <translation>Important: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>说明：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>客服</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_step.py"/>
        <source>评价数 / 满意数（五级评价合计）</source>
        <translation>Ratings / satisfied (five-level ratings added up)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/common.py"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/common.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>全部上调目标</source>
        <translation>Raise all targets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>例如 10 或 10%；下调填负数，如 -5</source>
        <translation>e.g. 10 or 10%; to lower, enter a negative number such as -5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>上调比例（%）</source>
        <translation>Increase (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>不取整</source>
        <translation>no rounding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>取整到十元</source>
        <translation>rounded to ¥10</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>取整到千元</source>
        <translation>rounded to ¥1,000</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>取整到百元</source>
        <translation>rounded to ¥100</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>金额取整</source>
        <translation>Round amounts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>「{name}」越低越好：上调会放宽目标（例如 30秒 → 33秒），要收紧请填负数。</source>
        <translation>Less is better for {name}: raising its target makes it easier (30 s → 33 s); enter a negative number to tighten it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>本月 {n} 人的{metric}目标和全店目标都按这个比例调整。</source>
        <translation>The {metric} targets of {n} {n:person/people} and the shop target this month all change by this percentage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>本月 {n} 人的{metric}目标按这个比例调整（没有设全店目标）。</source>
        <translation>The {metric} {n:target/targets} of {n} {n:person/people} this month change by this percentage (no shop target is set).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>本月只有全店目标设了{metric}目标，它按这个比例调整。</source>
        <translation>This month only the shop target has a {metric} target: it changes by this percentage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>本月还没有{metric}目标，没有可调整的。</source>
        <translation>There are no {metric} targets this month: nothing to raise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>请填写上调比例</source>
        <translation>Please enter the increase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>上调比例</source>
        <translation>Increase</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>{name} {month} 奖金计算单</source>
        <translation>Bonus statement for {name}, {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>（草稿）</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>（草稿：有期间尚未批准）</source>
        <translation> (draft: some periods are not approved yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>{period}：{change}</source>
        <translation>{period}: {change}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>实物</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>荣誉</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>奖项明细</source>
        <translation>Award lines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>计算所用的数据</source>
        <translation>Figures the awards were computed from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>计算依据的数据和来源：</source>
        <translation>Figures used and where they come from:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>这个月没有此人的奖项</source>
        <translation>No awards for this person this month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>保存PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>奖金 {cash} − 扣款 {deduction} = 本月奖金实发（现金，税前）：{net}</source>
        <translation>Awards {cash} − deductions {deduction} = this month&apos;s net bonus (cash, before tax): {net}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>基本工资</source>
        <translation>Base pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>岗位工资</source>
        <translation>Post pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>补贴</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>{pay} + 奖金 {cash} − 扣款 {deduction} = 应发合计（税前）：{total}</source>
        <translation>{pay} + awards {cash} − deductions {deduction} = total payable (before tax): {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>价值 {goods}</source>
        <translation>worth {goods}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>实物与物品（不计入现金）：{things}</source>
        <translation>Goods and items (not in cash): {things}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>保存奖金计算单</source>
        <translation>Save the bonus statement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>正在保存计算单…</source>
        <translation>Saving the bonus statement…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/award_dialogs.py"/>
        <source>已保存 {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>发放小红旗</source>
        <translation>Give a red flag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>发放人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>发放</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>本月还可以发 {n} 面小红旗（共 {pool} 面）</source>
        <translation>{n} red {n:flag/flags} left this month (of {pool})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>本月的小红旗（共 {pool} 面）已经发完了，下个月才能再发。</source>
        <translation>All of this month&apos;s red flags ({pool}) have been given; more can be given next month.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{month}还可以补发 {n} 面小红旗（共 {pool} 面）</source>
        <translation>{n} red {n:flag/flags} left for {month}, given late (of {pool})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>{month}的小红旗（共 {pool} 面）已经发完了。</source>
        <translation>All of {month}&apos;s red flags ({pool}) have been given.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以发放小红旗的人</source>
        <translation>Nobody can give red flags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>还没有部门：小红旗是发给部门的，请先在「员工」页的「部门管理」里添加部门</source>
        <translation>No departments yet: red flags go to departments; add one under Departments on the Staff page first</translation>
    </message>
</context>
<context>
    <name>RedFlagsTab</name>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>撤销小红旗…</source>
        <translation>Revoke red flag…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>撤销列表中选中的小红旗：需写明原因，记录保留</source>
        <translation>Revoke the red flag selected in the list: a reason is required, and the record is kept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>小红旗</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>{d}　{number}　{dept}：{why}（{who}）</source>
        <translation>{d}  {number}  {dept}: {why} ({who})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>已撤销：{why}</source>
        <translation>Revoked: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>有效 {n} 面；已撤销 {revoked} 面</source>
        <translation>{n} valid; {revoked} revoked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>{dept} {n} 面</source>
        <translation>{dept} {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>已发放小红旗 {number}：{issuer} 发给 {dept}。</source>
        <translation>Red flag {number} given: {issuer} to {dept}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>请先在小红旗列表中选中一面小红旗</source>
        <translation>Please select a red flag in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>撤销小红旗</source>
        <translation>Revoke a red flag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/red_flags_tab.py"/>
        <source>已撤销小红旗 {number}（发给 {dept}），记录保留在列表中。</source>
        <translation>Red flag {number} (to {dept}) revoked; it stays in the list.</translation>
    </message>
</context>
<context>
    <name>RehireDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>重新入职</source>
        <translation>Rehire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>{name} 于 {left} 离职。重新入职后，以往的在职时间照旧保留；离职期间不算在职（不计目标，工龄从重新入职日起算）。</source>
        <translation>{name} left on {left}. After the rehire the earlier time on the team is kept; the time away does not count as employed (no target, seniority counts from the rehire date).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>确认重新入职</source>
        <translation>Rehire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>重新入职日期</source>
        <translation>Rehire date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_dialog.py"/>
        <source>重新入职日期不晚于离职次日（{next}）：保存后将撤销离职，{name}视为一直在职，不再记 {left} 离职。</source>
        <translation>A rehire date no later than the day after leaving ({next}) cancels the leaving when saved: {name} counts as never having left, and the leaving on {left} is no longer recorded.</translation>
    </message>
</context>
<context>
    <name>RememberedColumnsPanel</name>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>导入报表时，在「处理未识别项」里为认不出的列指定的指标、选了「以后都忽略这一列」的列，以及命令行导入时指定的列，都按报表的表头记住：表头相同的文件以后自动这样读取，不再询问。对应错了，或者不该忽略的列，选中后可以修改或忘记。</source>
        <translation>When a report is imported, the metric chosen for a column that was not recognised (in &quot;Resolve unknowns&quot;), a column set to &quot;Always ignore this column&quot;, and a column given when importing from the command line are remembered by the report&apos;s header: files with the same header are read this way from then on, without asking. If a column was mapped wrongly, or should not be ignored, select it to change or forget it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>记住的列</source>
        <translation>Remembered columns</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>报表和列</source>
        <translation>Report and column</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>读作</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>还没有记住的列。导入时在「处理未识别项」里为认不出的列指定指标或选择忽略后，会在这里列出。</source>
        <translation>No columns remembered yet. When you choose a metric for an unrecognised column, or ignore it, in &quot;Resolve unknowns&quot; during an import, it is listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>修改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>为选中的列选择另一个指标，或忽略这一列</source>
        <translation>Choose another metric for the selected column, or ignore it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>忘记</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>下次导入时，这一列重新按列名识别；认不出的再询问</source>
        <translation>At the next import this column is recognised by its name again; if it is not recognised, you are asked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>已导入的数据不变；下次导入时生效。</source>
        <translation>Data already imported is unchanged; this applies from the next import.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>这份报表的列：{columns}</source>
        <translation>This report&apos;s columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>较早导入的报表（文件名没有记录）</source>
        <translation>A report imported earlier (file name not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>{file}（最近导入：{at}）</source>
        <translation>{file} (last imported: {at})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>忽略</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>忘记「{header}」读作「{metric}」？

下次导入{report}这样的文件时，这一列重新按列名识别，认不出的会在导入向导里再询问。已导入的数据不变。</source>
        <translation>Forget that &quot;{header}&quot; is read as &quot;{metric}&quot;?

The next time a file like {report} is imported, this column is recognised by its name again; if it is not recognised, the import wizard asks about it. Data already imported is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>忘记记住的列</source>
        <translation>Forget a remembered column</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>「{file}」</source>
        <translation>&quot;{file}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/remembered_columns_panel.py"/>
        <source>同一种报表</source>
        <translation>this report</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../ui/dialogs/rename_dialog.py"/>
        <source>新名称</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rename_dialog.py"/>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>ResolveStep</name>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>以后导入也跳过这个账号</source>
        <translation>Skip in later imports too</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>新建员工「{name}」</source>
        <translation>New staff member &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>跳过这些行</source>
        <translation>Skip these rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>记在店铺文件里：以后导入（包括命令行导入）都跳过这个账号的行，并在预览里说明。记错了可以在「设置 → 导入」里恢复导入。</source>
        <translation>Kept in the shop file: every later import (also from the command line) skips this account&apos;s rows and says so in the preview. Chosen by mistake? Import it again in Settings → Import.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>对应到 {person}</source>
        <translation>Match to {person}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>报表里的名称</source>
        <translation>Name in the report</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>以后导入</source>
        <translation>Later imports</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>处理方式</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>按昵称对应到</source>
        <translation>Matched to</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>找不到的客服</source>
        <translation>Staff not found</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>没有对上的名称</source>
        <translation>Names not matched</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>对应到已有员工时，这个名称会记为该员工的子账号/别名，以后导入自动识别。</source>
        <translation>When matched to an existing staff member, the name is saved as their sub-account/alias and recognised in later imports.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>其余未选择的全部新建为员工</source>
        <translation>Create all the others not chosen yet as new staff</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>一家新店第一次导入时，报表里的客服都还不是员工：不必一个个选择</source>
        <translation>On a new shop&apos;s first import nobody in the report is staff yet: no need to choose one by one</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>按昵称对应的子账号</source>
        <translation>Sub-accounts matched by nickname</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>这些子账号没有登记在员工资料里，只是冒号后面的昵称与某位员工相同，暂时计入了这位员工。可能是她在另一个店的账号，也可能是另一个店里别人的账号：确认是她的，会记为她的子账号，以后导入直接识别；不是她的，请对应到别的员工或跳过。</source>
        <translation>These sub-accounts are not registered for anyone: only the nickname after the colon is that of a staff member, so their rows are counted for that person for now. It may be this person&apos;s account in another store, or someone else&apos;s account in another store: confirmed as theirs, it is kept as their sub-account and recognised by later imports; if it is not theirs, map it to another person or skip its rows.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>其余未选择的全部确认为对应员工的子账号</source>
        <translation>Confirm all the others left undecided as the matched person&apos;s sub-account</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>未识别的列</source>
        <translation>Unrecognised columns</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>列名</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>对应的指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>所在文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>没有认出的列</source>
        <translation>Columns not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>不处理的列会被忽略。指定的对应关系在导入后记住，表头相同的文件下次自动使用；记住的列可以在「设置 → 导入」里修改或忘记。</source>
        <translation>Columns left alone are ignored. The matches you choose are remembered after the import and used for files with the same header next time; remembered columns can be changed or forgotten in Settings → Import.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>识别的列</source>
        <translation>Recognised columns</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>认出的列</source>
        <translation>Columns recognised</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>认错了的列可以改为另一个指标，或忽略。改过的对应在导入后记住，表头相同的文件下次自动使用；可以在「设置 → 导入」里修改或忘记。</source>
        <translation>A column read as the wrong metric can be read as another one, or ignored. A change is remembered after the import and used for files with the same header; change or forget it in Settings → Import.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>数据所属月份</source>
        <translation>Month of the data</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>报表里看不出数据属于哪一年、哪个月（没有统计时间，日期也没有写年份），请选择月份：</source>
        <translation>The report does not say which year and month its data is for (no period, and its dates have no year); choose the month:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>没有需要处理的项目。</source>
        <translation>Nothing to resolve.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>暂按昵称计入 {person}（不记住）</source>
        <translation>Count for {person} for now (not remembered)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>确认是 {person} 的子账号（记住）</source>
        <translation>Confirm as {person}&apos;s sub-account (remembered)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>这次不导入</source>
        <translation>Skip this time</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>以后都忽略这一列</source>
        <translation>Always ignore this column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>按识别：{metric}</source>
        <translation>As recognised: {metric}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/resolve_step.py"/>
        <source>改为 {metric}</source>
        <translation>Read as {metric}</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>正在写入 {n} 个文件的数据…</source>
        <translation>Writing the data of {n} {n:file/files}…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>所有文件在一次操作中写入：要么全部写入，要么（取消或出错时）什么都不写。</source>
        <translation>All files are written in one step: either everything is written or (if cancelled or on an error) nothing is.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>导入完成（第 {id} 次导入）</source>
        <translation>Import finished (import #{id})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>内容没有变化，没有写入</source>
        <translation>Nothing changed, nothing written</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>第 {id} 次导入「{name}」（{at}）</source>
        <translation>import {id} &quot;{name}&quot; ({at})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>这些文件已由{earlier}导入，数据和现在的一样。
这次没有写入任何数据，也没有新增导入记录或备份。</source>
        <translation>These files were already imported by {earlier}; the data is the same as now.
Nothing was written, and no import record or backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>写入：新增 {new} 行，修改 {changed} 行；未变 {unchanged} 行。</source>
        <translation>Written: {new} new {new:row/rows}, {changed} changed; {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>跳过：{n} 行（合计行、空行和选择跳过的客服）</source>
        <translation>Skipped: {n} {n:row/rows} (total rows, empty rows and staff you chose to skip)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>有错误、未导入：{n} 行（见下面的列表）</source>
        <translation>Not imported because of errors: {n} {n:row/rows} (see the list below)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>没有跳过任何行。</source>
        <translation>No rows were skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>{file}：新增 {new}，修改 {changed}，未变 {unchanged}，跳过 {skipped}，出错 {errors}</source>
        <translation>{file}: {new} new, {changed} changed, {unchanged} unchanged, {skipped} skipped, {errors} with errors</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>新建的员工（入职日期记为各自在报表中的第一天，可在员工页修改）：{names}</source>
        <translation>New staff (start date set to the first day each appears in the reports; change it on the Staff page): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>{alias} → {name}</source>
        <translation>{alias} → {name}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>记住的子账号：{pairs}</source>
        <translation>Sub-accounts remembered: {pairs}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>跳过的客服：{names}</source>
        <translation>Staff skipped: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>以后导入也跳过：{names}（设置为不导入的账号，可在「设置 → 导入」里恢复导入）</source>
        <translation>Skipped in later imports too: {names} (accounts not imported; import them again in Settings → Import)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>没有设置为不导入：{names}（导入时已是员工的姓名或子账号，以后导入计入员工）</source>
        <translation>Not set aside: {names} (by the time of the import a staff member&apos;s name or sub-account; later imports count it for them)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>{said}（可在「设置 → 导入」里恢复导入）</source>
        <translation>{said} (import it again in Settings → Import)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>{header} → {metric}</source>
        <translation>{header} → {metric}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>忽略</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>记住的列：{pairs}（可在「设置 → 导入」里修改或忘记）</source>
        <translation>Columns remembered: {pairs} (change or forget them in Settings → Import)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>评奖已批准的期间 {periods} 的数据有变，评奖结果已标记为“批准后数据有变”。</source>
        <translation>Data of the approved award periods {periods} changed: their results are marked &quot;data changed since approval&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>跳过的出错行：</source>
        <translation>Rows with errors, skipped:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/result_step.py"/>
        <source>    ……另有 {n} 处</source>
        <translation>    … and {n} more</translation>
    </message>
</context>
<context>
    <name>RowFinder</name>
    <message>
        <location filename="../../ui/widgets/row_finder.py"/>
        <source>找人：姓名或拼音</source>
        <translation>Find: name or pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_finder.py"/>
        <source>输入姓名、子账号或拼音（如 zhangwei、zw）跳到那一行；↓↑ 下一个、上一个，回车到格子里输入</source>
        <translation>Type a name, sub-account or pinyin (e.g. zhangwei, zw) to go to that row; ↓↑ next, previous; Enter to type into the cell</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_finder.py"/>
        <source>在表格中找人</source>
        <translation>Find a person in the table</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>奖项名称，如 最佳服务奖</source>
        <translation>Award name, e.g. Best service award</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>单项冠军</source>
        <translation>Category champion</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>按次</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>福利</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>超额积分</source>
        <translation>Points above base</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>达标</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>阶梯</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>阶段目标</source>
        <translation>Stage target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>实物或物品的名称，如 奖品、生日蛋糕</source>
        <translation>Name of the goods or item, e.g. a prize, a birthday cake</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>获奖者得奖状</source>
        <translation>Winners get a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>不填：全部部门</source>
        <translation>Empty: all departments</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>用顿号分隔。本店部门：{names}</source>
        <translation>Separate with commas. Departments: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>不填：全部岗位</source>
        <translation>Empty: all roles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>用顿号分隔。岗位：{names}</source>
        <translation>Separate with commas. Roles: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>不限</source>
        <translation>No minimum</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>期间内在职不足这些天的人不参加这条规则（如季度排名：在职满 30 天）</source>
        <translation>People on the team fewer days than this in the period take no part in this rule (e.g. a quarterly ranking: 30 days on the team)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>给评审的人看的说明（可不填）</source>
        <translation>A note for the reviewers (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>发放</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>谁可以得</source>
        <translation>Who can win</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>适用部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>适用岗位</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>发给</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>在职要求</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>至少在职</source>
        <translation>Min. days on the team</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>表单里没有的字段，如 where、qualify、unless（JSON 对象）</source>
        <translation>Fields the form does not have, such as where, qualify, unless (a JSON object)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>高级（JSON）</source>
        <translation>Advanced (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>适用部门：{now}（原名 {old}）</source>
        <translation>For departments: {now} (formerly {old})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>{dept}有自己的方案「{plan}」，不按本方案评奖：这条规则不会发给{dept}的人</source>
        <translation>{dept} has a plan of its own (&quot;{plan}&quot;) and is not evaluated under this one: this rule pays no one in {dept}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>本店还没有部门{names}，这条规则在那里没有人可发（本店的部门：{known}）</source>
        <translation>The shop has no department {names} yet: nobody there to give this award to (the shop&apos;s departments: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>「{name}」</source>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>还没有员工的岗位是{names}，这条规则按它没有人可发（岗位：{known}）</source>
        <translation>Nobody&apos;s role is {names} yet: nobody to give this award to by that role (roles: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>{kind}规则的设置</source>
        <translation>Settings of the {kind} rule</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>规则「{rule}」：高级（JSON）不是有效的 JSON：{error}</source>
        <translation>Rule &quot;{rule}&quot;: Advanced (JSON) is not valid JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>规则「{rule}」：高级（JSON）应为一个对象 {{…}}</source>
        <translation>Rule &quot;{rule}&quot;: Advanced (JSON) should be an object {{…}}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>只计 {filter} 的事件</source>
        <translation>Counts only events where {filter}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>勾选后，这个奖项的获奖者可以在「奖状」页打印奖状</source>
        <translation>When ticked, a certificate can be printed for each winner of this award on the Certificates page</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>扣款不发奖状：发放改成现金、实物、物品或荣誉后才能勾选</source>
        <translation>A deduction gives no certificate: set Give to Cash, Goods, Item or Honour to tick it</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_form.py"/>
        <source>默认（{choice}）</source>
        <translation>Default ({choice})</translation>
    </message>
</context>
<context>
    <name>RuleList</name>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>添加规则</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>{name}　{kind} · {period}</source>
        <translation>{name}    {kind} · {period}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>单项冠军</source>
        <translation>Category champion</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>按次</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>福利</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>超额积分</source>
        <translation>Points above base</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>达标</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>阶梯</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>阶段目标</source>
        <translation>Stage target</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>半年</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/plans/rule_list.py"/>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>设置店主密码后，软件打开时是只读的：看板和小红花可以随便看，但修改目标、数据、导入、事件、小红花、奖励方案、批准评奖、恢复备份和修改设置都要先输入密码。输错后要等一会儿才能再试。
注意：密码不会加密数据文件本身，能拷走数据文件的人仍然可以用其他工具读取它。忘记了密码，软件里没有办法找回或重设（修改、取消密码和恢复备份都要先输入它）：请把它记在安全的地方。</source>
        <translation>With an owner PIN the program opens read-only: anyone can look at the board and the red flowers, but changing targets, data, imports, events, red flowers, award plans, approving awards, restoring backups and changing settings all need the PIN first. After a wrong PIN you must wait a moment before trying again.
Note: the PIN does not encrypt the data file itself; anyone who can copy the file can still read it with other tools. A forgotten PIN cannot be found or reset in the program (changing or removing it and restoring a backup all ask for it first): keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>当前密码</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>新密码</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>再输一次</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>保存密码</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>取消密码</source>
        <translation>Remove PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>已设置店主密码</source>
        <translation>An owner PIN is set</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>未设置（任何人都可以修改数据）</source>
        <translation>Not set (anyone can change data)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>请先在「当前密码」里输入现在的店主密码</source>
        <translation>Type the owner PIN in use now under &quot;Current PIN&quot; first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>两次输入的新密码不一样</source>
        <translation>The two new PINs do not match</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>店主密码已保存。下次打开软件时是只读的，修改数据前需要输入密码。</source>
        <translation>The owner PIN was saved. Next time the program opens read-only; changing data needs the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>取消店主密码？

取消后，任何打开软件的人都可以修改目标、数据、奖励方案和设置。以后可以在这里重新设置。</source>
        <translation>Remove the owner PIN?

Afterwards anyone who opens Honghua can change targets, data, incentive plans and settings. You can set a PIN here again later.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>取消店主密码</source>
        <translation>Remove owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/security_panel.py"/>
        <source>店主密码已取消：现在打开软件的人都可以修改数据，不需要密码。</source>
        <translation>The owner PIN is removed: anyone who opens the program can now change the data without a PIN.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>（领导层均可发放）</source>
        <translation>(any manager)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>全部上调后金额目标</source>
        <translation>Money targets after raising all</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>其他使用名额池的员工（姓名或编号）</source>
        <translation>Other staff who use the pool (names or numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>其他按领导层限额发放的员工（姓名或编号）</source>
        <translation>Other staff who give like leaders (names or numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>刷新间隔（分钟）</source>
        <translation>Refresh every (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>另算上班的日子（调休；如 2027-02-20）</source>
        <translation>Extra working days (make-up days; e.g. 2027-02-20)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>另算放假的日子（如 2027-02-08~2027-02-12）</source>
        <translation>Extra days off (e.g. 2027-02-08~2027-02-12)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>名额池分配方式</source>
        <translation>How the pool is shared</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>大促日（月-日:倍数，如 11-11:5）</source>
        <translation>Promotion days (MM-DD:weight, e.g. 11-11:5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>小红旗发放人</source>
        <translation>Red flag issuer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>小红花卡每张 A4 纸印几张</source>
        <translation>Flower cards per A4 sheet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>小红花有效期（月）</source>
        <translation>Red flowers stay valid for (months)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>店铺名称</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>总是保留最近的几份备份</source>
        <translation>Latest backups always kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>按周保留的备份份数</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>按天保留的备份份数</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>按月保留的备份份数</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>显示在</source>
        <translation>Show on</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>月中入职或离职的人按在职天数折算目标（看板和评奖）</source>
        <translation>Prorate targets by days employed for people who join or leave mid-month (board and awards)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>每月小红旗数</source>
        <translation>Red flags per month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>看板主要指标</source>
        <translation>Board headline metric</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>看板排序</source>
        <translation>Board order</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>看板时间进度按</source>
        <translation>Board pace counts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>管理人员岗位（共用每月名额池）</source>
        <translation>Manager roles (share a monthly pool)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>管理人员每月名额池（朵）</source>
        <translation>Managers&apos; monthly pool (flowers)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>轮换间隔（秒）</source>
        <translation>Switch screens every (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>领导层岗位（每人每月限额发放小红花）</source>
        <translation>Leader roles (each gives a limited number of red flowers a month)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>领导层每人每月可发小红花数</source>
        <translation>Red flowers per leader per month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>12 张（每张约 6 × 6.7 厘米，更省纸）</source>
        <translation>12 (each about 6 × 6.7 cm, less paper)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>8 张（每张约 9 × 6.7 厘米）</source>
        <translation>8 (each about 9 × 6.7 cm)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>不取整</source>
        <translation>no rounding</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>先到先得</source>
        <translation>First come, first served</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>取整到十元</source>
        <translation>rounded to ¥10</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>取整到千元</source>
        <translation>rounded to ¥1,000</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>取整到百元</source>
        <translation>rounded to ¥100</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>工作日（节假日不算，调休上班算）</source>
        <translation>Working days (holidays excluded, make-up working days included)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>平均分给每位管理人员</source>
        <translation>Split evenly among the managers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>按姓名</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>按达成率</source>
        <translation>By achievement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>日历天（每天一样）</source>
        <translation>Calendar days (every day the same)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>不轮换</source>
        <translation>Don&apos;t switch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>当前屏幕</source>
        <translation>Current screen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settings_form.py"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>部门用于员工分组和按部门设置目标。</source>
        <translation>Departments group the staff and let you set targets per department.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>指标</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>事件类型</source>
        <translation>Event types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>操作日志</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>看板与小红花</source>
        <translation>Board and red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>电视模式</source>
        <translation>TV mode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>电视模式打开时读取这些设置：已经打开的，关掉再打开后按新的设置。</source>
        <translation>TV mode reads these settings when it opens: one already open takes them once closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>记住的列</source>
        <translation>Remembered columns</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>店铺名称</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>数据文件</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>改动在下次启动红花榜时生效</source>
        <translation>A change applies the next time Honghua starts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>现在显示的是 {running}；选择的 {chosen} 在下次启动红花榜时生效</source>
        <translation>Showing {running} now; {chosen}, chosen here, applies the next time Honghua starts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>汇总</source>
        <translation>Monthly total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>新增指标…</source>
        <translation>New metric…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>改正自定义指标的名称（内置指标不能改名）</source>
        <translation>Correct the name of a custom metric (built-in metrics cannot be renamed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>内置指标之外，可以添加店铺自己的考核指标，例如售后工程师的服务积分。</source>
        <translation>Besides the built-in metrics you can add the shop&apos;s own, such as service points for after-sales staff.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>新增事件类型…</source>
        <translation>New event type…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>换一个名称显示这个事件类型（内置的也可以）</source>
        <translation>Show this event type by another name (built-in ones too)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>事件在「数据」页登记（表扬、投诉等），评奖规则可以按类型计数或求和。</source>
        <translation>Events (praise, complaints and so on) are recorded on the Data page; award rules can count or add them up by type.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>个数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>百分比（%）</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>秒</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>越低越好</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>越高越好</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>加权平均</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>平均</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>求和</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>中性（记录）</source>
        <translation>Neutral (record only)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>正面（加分）</source>
        <translation>Positive (adds points)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>负面（扣分）</source>
        <translation>Negative (deducts points)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>备份保留份数</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>新的店主密码</source>
        <translation>New owner PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py"/>
        <source>店铺名称已保存为「{name}」。</source>
        <translation>The shop&apos;s name is saved: &quot;{name}&quot;.</translation>
    </message>
</context>
<context>
    <name>SimulateDialog</name>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>方案模拟</source>
        <translation>Plan simulation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>{name}（预设）</source>
        <translation>{name} (preset)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>方案文件、店铺方案名称或预设名称</source>
        <translation>A plan file, the name of a shop plan or of a preset</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>选择文件…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source> 期</source>
        <translation> periods</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>方案适用的部门</source>
        <translation>The plan&apos;s departments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>方案适用的部门：店里同名方案现用于的部门按草案模拟，其他部门保留自己的方案</source>
        <translation>The plan&apos;s departments: the departments the shop&apos;s plan of the same name is in force for run the draft; the others keep their own plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>开始模拟</source>
        <translation>Simulate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>最近</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>草案方案</source>
        <translation>Draft plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>模拟只做计算，不会改变任何已批准的结果。</source>
        <translation>A simulation only calculates: it changes no approved results.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>还没有已批准的期间：模拟是把方案用在已批准的期间上，和批准时的结果对比。请先在「评奖」页批准至少一个期间。</source>
        <translation>No period is approved yet: a simulation runs the plan over approved periods and compares it with what was approved. Approve at least one period on the Awards page first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>发放月份</source>
        <translation>Pay month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>实物价值</source>
        <translation>Goods value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>对比</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>团队基金</source>
        <translation>Team fund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>实发现金</source>
        <translation>Cash paid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>批准时实发</source>
        <translation>Paid as approved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>模拟实发</source>
        <translation>Paid in simulation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>原名次</source>
        <translation>Old rank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>模拟名次</source>
        <translation>Simulated rank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>实发差额</source>
        <translation>Net change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>每月成本</source>
        <translation>Cost per month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>谁多谁少</source>
        <translation>Who gets more or less</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>名次变化</source>
        <translation>Rank changes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>方案文件 (*.json)</source>
        <translation>Plan files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>选择方案文件</source>
        <translation>Choose a plan file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>正在模拟…</source>
        <translation>Simulating…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>{plan}：对比 {periods}。个人实发现金合计 {old} → {new}（{diff}）</source>
        <translation>{plan}: compared over {periods}. Total cash paid to individuals {old} → {new} ({diff})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simulate_dialog.py"/>
        <source>模拟</source>
        <translation>Simulation</translation>
    </message>
</context>
<context>
    <name>SkippedAccountsPanel</name>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>设置为不导入的账号</source>
        <translation>Accounts not imported</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>导入时选了「跳过这些行」并勾选「以后导入也跳过这个账号」的名称（如店铺的客服机器人、共用的售前账号）：以后导入（包括命令行导入）都跳过它们的行，并在预览里说明。记错了的，选中后点「恢复导入」。</source>
        <translation>Names for which &quot;Skip these rows&quot; and &quot;Skip in later imports too&quot; were chosen when importing (such as the shop&apos;s service robot or a shared pre-sales account): every later import (also from the command line) skips their rows and says so in the preview. Chosen by mistake? Select it and click &quot;Import again&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>设置于</source>
        <translation>Set on</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>没有设置为不导入的账号。</source>
        <translation>No account is set not to be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>恢复导入</source>
        <translation>Import again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>下次导入时重新读取这个账号的行；找不到对应的员工时，导入向导会询问</source>
        <translation>The next import reads this account&apos;s rows again; when it is no one&apos;s, the import wizard asks about it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>{at}（第 {id} 次导入时）</source>
        <translation>{at} (import no. {id})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/skipped_accounts_panel.py"/>
        <source>恢复导入「{name}」？

下次导入时重新读取这个账号的行；它不是哪位员工的账号时，导入向导会再询问（可以对应到员工、新建员工或跳过）。已导入的数据不变。</source>
        <translation>Import &quot;{name}&quot; again?

The next import reads this account&apos;s rows again; when it is no one&apos;s, the import wizard asks about it again (map it to a person, create a person or skip it). Data already imported stays as it is.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>编辑员工 {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>新增员工</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>必填，例如 张伟（可以重名）</source>
        <translation>Required, e.g. Zhang Wei (names may repeat)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>淘宝/天猫子账号，每行一个，例如
旗舰店:小美
专营店:小美</source>
        <translation>Taobao/Tmall sub-accounts, one per line, e.g.
flagship:Mei
outlet:Mei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>选择，或输入新部门名称</source>
        <translation>Choose one, or type a new department name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>入职日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>参与评奖</source>
        <translation>In the awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>不勾选：不发任何奖项（如店长本人），看板照常显示</source>
        <translation>Unticked: no award goes to this person (the owner, say); the board still shows them</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>子账号</source>
        <translation>Sub-accounts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>评奖</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>基本工资（元）</source>
        <translation>Base pay (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>岗位工资（元）</source>
        <translation>Role pay (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>津贴/补贴（元）</source>
        <translation>Allowances (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>离职日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>{hired} 至 {left}</source>
        <translation>{hired} to {left}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>以往在职</source>
        <translation>Earlier stints</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>已有同名员工 {who}——如是同一人回来工作，请在员工列表勾选「显示已离职」，选中此人后用「重新入职」，不要新增。</source>
        <translation>Someone has this name already: {who}. If the same person is coming back to work, tick &quot;Show former staff&quot; in the staff list, select them and use &quot;Rehire&quot; rather than adding them again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>已有同名员工 {who}。同一个人不要重复添加；同名的人导入报表时靠子账号区分。</source>
        <translation>Someone has this name already: {who}. Don&apos;t add the same person twice; namesakes are told apart in imported reports by their sub-accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>{day}离职</source>
        <translation>left {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>基本工资</source>
        <translation>Base pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>岗位工资</source>
        <translation>Role pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>津贴/补贴</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>新部门</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>「{name}」的字中间有空格。导入报表、粘贴表格和命令行查找员工时不看这个空格，「{name}」就是「{joined}」。</source>
        <translation>&quot;{name}&quot; has a space between its characters. Imports, pasting and the command line ignore that space when finding staff: &quot;{name}&quot; is &quot;{joined}&quot;. </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>已有员工 {who}，两人会被当作同名：导入时要用子账号区分。</source>
        <translation>{who} is already on the staff: the two will count as namesakes, to be told apart by their sub-accounts in imports.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>姓名里有空格</source>
        <translation>Space in the name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>保留空格</source>
        <translation>Keep the space</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py"/>
        <source>去掉空格（{joined}）</source>
        <translation>Remove the space ({joined})</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>搜索姓名、拼音、子账号、部门、岗位或日期（如 2026-10-01）</source>
        <translation>Search name, pinyin, sub-account, department, role or date (e.g. 2026-10-01)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>搜索员工</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>显示已离职</source>
        <translation>Show former staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>离职…</source>
        <translation>Mark as left…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>重新入职</source>
        <translation>Rehire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>部门管理</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>员工名单</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>还没有员工。点击「新增」添加第一位员工，或在「文件」菜单中选择「生成演示数据…」。</source>
        <translation>No staff yet. Click &quot;New&quot; to add the first person, or choose &quot;Generate demo data…&quot; in the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>共 {n} 人（在职 {current} 人，已离职 {left} 人）中 {shown} 人符合</source>
        <translation>{shown} of {n} {n:person/people} {shown:matches/match} ({current} employed, {left} left)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>共 {n} 人：在职 {current} 人，已离职 {left} 人</source>
        <translation>{n} {n:person/people}: {current} employed, {left} left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>在职 {n} 人</source>
        <translation>{n} employed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>在职 {n} 人中 {shown} 人符合</source>
        <translation>{shown} of {n} employed {shown:matches/match}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>更改离职日期</source>
        <translation>Change leaving date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>删除误加、没有任何记录的员工</source>
        <translation>Delete someone added by mistake, who has no records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>{name}已有{what}，不能删除；不再在职请用「离职…」</source>
        <translation>{name} already has {what}, so cannot be deleted; for someone no longer working here, use &quot;Mark as left…&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>没有任何记录，可以删除（误加的员工）</source>
        <translation>No records: can be deleted (added by mistake)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已新增 {who}</source>
        <translation>Added {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已保存 {who}</source>
        <translation>Saved {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已把 {who} 的离职日期改为 {day}</source>
        <translation>Changed {who}&apos;s leaving date to {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已记录 {who} {day}离职</source>
        <translation>Recorded {who} as leaving on {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已记录 {who} {day}离职，名单中不再显示；勾选「显示已离职」可以看到</source>
        <translation>Recorded {who} as leaving on {day}; no longer listed: tick &quot;Show former staff&quot; to see them</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已撤销 {who} 的离职，视为一直在职</source>
        <translation>Cancelled {who}&apos;s leaving: employed throughout</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>{who} 已重新入职，{day}起在职</source>
        <translation>{who} rehired, employed from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>删除员工 {who}？

删除只用于误加、没有任何数据或记录的员工。删除后其子账号可以分给别人，编号 #{id} 不会再给别人用。</source>
        <translation>Delete employee {who}?

Deleting is only for someone added by mistake, with no data or records. Their sub-accounts can then be given to others; number #{id} will never be given to anyone else.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>删除员工</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff.py"/>
        <source>已删除 {who}</source>
        <translation>Deleted {who}</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>入职日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>子账号</source>
        <translation>Sub-accounts</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>离职日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>在职经历：</source>
        <translation>On the team:</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>{hired} 至 {left}</source>
        <translation>{hired} to {left}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>{hired} 起至今</source>
        <translation>{hired} to now</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>{day}（重新入职）</source>
        <translation>{day} (rehired)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>已离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py"/>
        <source>{status}，不参与评奖</source>
        <translation>{status}, not in the awards</translation>
    </message>
</context>
<context>
    <name>TargetInputDialog</name>
    <message>
        <location filename="../../ui/dialogs/target_input.py"/>
        <source>设置目标</source>
        <translation>Set target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/target_input.py"/>
        <source>{name} {m} 的{metric}目标</source>
        <translation>{metric} target of {name} for {m}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/target_input.py"/>
        <source>例如 30000 或 ¥30,000</source>
        <translation>e.g. 30000 or ¥30,000</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/target_input.py"/>
        <source>目标（元）</source>
        <translation>Target (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/target_input.py"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>越低越好</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>越高越好</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>{name}目标（{better}）</source>
        <translation>{name} target ({better})</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>个人目标合计</source>
        <translation>Sum of personal targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>全店目标</source>
        <translation>Shop target</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>设置后作为团队目标；留空时团队目标为个人目标之和</source>
        <translation>Used as the team target when set; when empty the team target is the sum of personal targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>只读：本月各人目标之和</source>
        <translation>Read-only: the sum of this month&apos;s personal targets</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>本月在职 {days}/{of} 天：目标不折算，照填写的值考核（可在「设置 → 看板与小红花」中开启折算）</source>
        <translation>On the team {days}/{of} days this month: the target is not scaled to those days but held as entered (scaling can be turned on in Settings → Board and red flowers)</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>本月在职 {days}/{of} 天：填写的目标会按在职天数折算</source>
        <translation>On the team {days}/{of} days this month: the target entered is scaled to those days</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>本月在职 {days}/{of} 天：看板和评奖按折算后的 {scaled} 考核</source>
        <translation>On the team {days}/{of} days this month: the board and the awards hold them to the scaled target, {scaled}</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>未设：团队目标为个人目标合计 {sum}</source>
        <translation>Not set: the team target is the sum of personal targets, {sum}</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>团队目标用全店目标 {shop}</source>
        <translation>The team target is the shop target, {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>团队目标用全店目标 {shop}，比个人目标合计 {sum} 多 {difference}</source>
        <translation>The team target is the shop target, {shop}: {difference} more than the sum of personal targets, {sum}</translation>
    </message>
    <message>
        <location filename="../../ui/models/target_model.py"/>
        <source>团队目标用全店目标 {shop}，比个人目标合计 {sum} 少 {difference}</source>
        <translation>The team target is the shop target, {shop}: {difference} less than the sum of personal targets, {sum}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>显示指标</source>
        <translation>Metrics shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>选择表格中显示哪些指标的目标</source>
        <translation>Choose which metrics&apos; targets the table shows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>复制上月目标</source>
        <translation>Copy last month&apos;s targets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>全部上调…</source>
        <translation>Raise all…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>按部门统一设置…</source>
        <translation>Set per department…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>每人目标</source>
        <translation>Targets by person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>表格里没有「{typed}」</source>
        <translation>Nobody in the table matches &quot;{typed}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>直接在表格中输入目标：12500、12,500.50、¥12,500、1.25万 都可以；清空单元格即删除目标。Ctrl+Z 撤销上一次输入、粘贴、清空或批量设置，Ctrl+Y 重做。「全店目标」设置后作为团队目标，留空时团队目标为个人目标之和。</source>
        <translation>Type targets straight into the table: 12500, 12,500.50 and ¥12,500 all work; clearing a cell deletes the target. Ctrl+Z undoes the last typing, paste, clearing or bulk change, Ctrl+Y redoes it. &quot;Shop target&quot;, when set, is the team target; when empty, the team target is the sum of personal targets.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>还没有员工：先到「员工」页添加客服，这里才会有每个人的目标格子。</source>
        <translation>No staff yet: add them on the Staff page first; each of them then gets a row of targets here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{name}（自定义）</source>
        <translation>{name} (custom)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{name}：{reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>输入 1 格</source>
        <translation>typing 1 cell</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>看板上设置目标</source>
        <translation>target set on the board</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>清空</source>
        <translation>clear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>粘贴</source>
        <translation>paste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>「{title}」列：表格没有显示{metric}，没有粘贴（可在「显示指标」里勾选）</source>
        <translation>the &quot;{title}&quot; column was not pasted: the grid does not show {metric} (tick it under &quot;Metrics shown&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>按标题行的指标填到各列</source>
        <translation>placed in the columns of the metrics the title row names</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已删除 {n} 项目标</source>
        <translation>Deleted {n} {n:target/targets}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；Ctrl+Z 撤销</source>
        <translation>; Ctrl+Z undoes this</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>保存 {n} 项，拒绝 {m} 项</source>
        <translation>{n} saved, {m} refused</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；超出表格或落在只读格（合计、部门）的 {n} 格已忽略</source>
        <translation>; {n} {n:cell/cells} beyond the grid or on read-only cells (sums, department) {n:was/were} ignored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；其中 {n} 格是空的，删除了原有目标</source>
        <translation>; {n} of them {n:was an empty cell/were empty cells} and deleted the target there</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>粘贴结果</source>
        <translation>Paste result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已从 {src} 复制 {n} 项目标</source>
        <translation>Copied {n} {n:target/targets} from {src}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；{names} 上月没有目标，请单独设置</source>
        <translation>; {names} had no target last month: set theirs one by one</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；{names} 上月只在职部分天数，复制来的目标请核对</source>
        <translation>; {names} worked only part of last month: check the targets copied</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；{names} 已离职，上月的目标没有复制，全店目标仍是上月的，请核对</source>
        <translation>; {names} left: last month&apos;s targets were not copied, and the shop target is still last month&apos;s: check it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；{names} 已离职，上月的目标没有复制</source>
        <translation>; {names} left: last month&apos;s targets were not copied</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>（{n} 人和全店目标）</source>
        <translation> ({n} {n:person/people} and the shop target)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>（{n} 人）</source>
        <translation> ({n} {n:person/people})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>（全店目标）</source>
        <translation> (the shop target)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>；已选中改动的格子，Ctrl+Z 撤销</source>
        <translation>; the cells changed are selected (Ctrl+Z undoes this)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>目标都没有变化：下调后（取整后）仍是原来的数</source>
        <translation>No target changed: lowered (and rounded) they are what they were</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>目标都没有变化：上调后（取整后）仍是原来的数</source>
        <translation>No target changed: raised (and rounded) they are what they were</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已调整 {n} 项目标</source>
        <translation>Adjusted {n} {n:target/targets}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>，其中 {k} 项按比例算出后四舍五入（{kept_to}）</source>
        <translation>; {k} of them rounded half up ({kept_to})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已把 {n} 项{metric}目标上调 {pct}%</source>
        <translation>Raised {n} {metric} {n:target/targets} by {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已把 {n} 项{metric}目标下调 {pct}%</source>
        <translation>Lowered {n} {metric} {n:target/targets} by {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{metric}目标上调 {pct}%</source>
        <translation>raise {metric} targets by {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{metric}目标下调 {pct}%</source>
        <translation>lower {metric} targets by {pct}%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>全部上调</source>
        <translation>raise all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{step}（{rounding}）</source>
        <translation>{step} ({rounding})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>按部门统一设置</source>
        <translation>set per department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>没有要清除的目标：这个部门的人本月都没有这项目标</source>
        <translation>No targets to clear: nobody in this department has this target this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已清除{dept} {n} 人的{metric}目标</source>
        <translation>Cleared the {metric} targets of {n} {n:person/people} in {dept}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已为{dept} {n} 人设置{metric}目标 {value}</source>
        <translation>Set the {metric} target of {n} {n:person/people} in {dept} to {value}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>已为 {n} 人设置目标</source>
        <translation>Set targets for {n} {n:person/people}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>，替换了 {k} 项原有目标</source>
        <translation>, replacing {k} {k:target/targets} set before</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>{name}的部门在「员工」页修改</source>
        <translation>{name}&apos;s department is changed on the Staff page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets.py"/>
        <source>正在输入的单元格</source>
        <translation>A cell being typed in</translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{n}秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>本月还没有数据</source>
        <translation>No data this month yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>全月没有数据</source>
        <translation>No data all month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>还没有开始</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>上月无数据</source>
        <translation>No data last month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>上月为 0，无法比较</source>
        <translation>Last month was 0: no comparison</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>与上月持平</source>
        <translation>Same as last month</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>（变好）</source>
        <translation> (better)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>（变差）</source>
        <translation> (worse)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{arrow} {pct}% 较上月{verdict}</source>
        <translation>{arrow} {pct}% vs last month{verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{span}：无法计算</source>
        <translation>{span}: cannot be computed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{span}：没有数据</source>
        <translation>{span}: no data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{span}：{value}</source>
        <translation>{span}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{span}：{a} ÷ {b} = {value}</source>
        <translation>{span}: {a} ÷ {b} = {value}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>（只有{a}或{b}其中一项的不计：{names}）</source>
        <translation>(not counted, having only one of {a} and {b}: {names})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{name} = {a} ÷ {b}</source>
        <translation>{name} = {a} ÷ {b}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{month}（还没有开始）</source>
        <translation>{month} (not begun)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{month}（截至{day}）</source>
        <translation>{month} (up to {day})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{month}（全月）</source>
        <translation>{month} (whole month)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>较上月：两个月之差除以上月的数（比上月多或少百分之几，不是百分点）</source>
        <translation>vs last month: the difference divided by last month&apos;s figure (a change in percent of it, not in percentage points)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{month}（至今）</source>
        <translation>{month} (so far)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>需要{part}才能计算</source>
        <translation>Needs {part} to compute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>需要{a}和{b}才能计算</source>
        <translation>Needs {a} and {b} to compute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{rate}见「数据」页</source>
        <translation>{rate} is on the Data page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{text}；{where}</source>
        <translation>{text}; {where}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{dept} {n} 面</source>
        <translation>{dept} {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>小红旗：{parts}</source>
        <translation>Red flags: {parts}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>团队进度</source>
        <translation>Team progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>团队进度（{metric}）</source>
        <translation>Team progress ({metric})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>未设团队目标</source>
        <translation>No team target</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{n}/{total} 人已达成</source>
        <translation>{n}/{total} reached</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{n}/{total} 人进度正常或已达成</source>
        <translation>{n}/{total} on track or reached</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>还没有人设目标</source>
        <translation>Nobody has a target yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>进度还没开始</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{done}　{left}</source>
        <translation>{done}   {left}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>已离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>未达成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>略落后</source>
        <translation>Slightly behind</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>落后</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>进度正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>已完成 {value}（未设目标）</source>
        <translation>Done {value} (no target)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>个人目标合计</source>
        <translation>Sum of personal targets</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>全店目标</source>
        <translation>Shop target</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>已达成</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>{month}已结束，还差 {x}</source>
        <translation>{month} over, {x} short</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>还差 {x}</source>
        <translation>{x} to go</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>，{need}</source>
        <translation>, {need}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>（含未设目标的 {n} 人 {x}）</source>
        <translation> (incl. {x} from {n} without a target)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_summary.py"/>
        <source>已完成 {value}{untargeted} / {source} {target}</source>
        <translation>Done {value}{untargeted} / {source} {target}</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>合计（个人）</source>
        <translation>Staff total</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>{dept}（团队基金）</source>
        <translation>{dept} (team fund)</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>固定工资 + 实发现金，与发放表相同；季度、半年、年度的奖项在它们结束的月份的发放表里另计</source>
        <translation>Fixed pay + cash paid, as on the payout sheet; quarterly, half-year and yearly awards are added on the sheet of the month they end in</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>基本工资</source>
        <translation>Base pay</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>岗位工资</source>
        <translation>Post pay</translation>
    </message>
    <message>
        <location filename="../../ui/models/award_models.py"/>
        <source>补贴</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>固定工资</source>
        <translation>Fixed pay</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>实发现金</source>
        <translation>Cash paid</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>实物与物品</source>
        <translation>Goods and items</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>实物价值</source>
        <translation>Goods value</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>应发合计</source>
        <translation>Total pay</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/models/rows_model.py"/>
        <source>部门</source>
        <translation>Dept.</translation>
    </message>
</context>
<context>
    <name>TransferFlowerDialog</name>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>转让小红花 {n}</source>
        <translation>Transfer red flower {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>持有人：{name}　有效期至 {d}（转让后不变）</source>
        <translation>Holder: {name}    valid until {d} (unchanged by the transfer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>持有人本人输入自己的姓名作为签名</source>
        <translation>The holder types their own name as a signature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>转让给</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>持有人签名</source>
        <translation>Holder&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>转让</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/flower_dialogs.py"/>
        <source>没有可以接收这朵小红花的在职同事</source>
        <translation>No colleague on the team can take this red flower</translation>
    </message>
</context>
<context>
    <name>TvScreens</name>
    <message>
        <location filename="../../ui/tv_screens.py"/>
        <source>{name}（{width}×{height}）</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../ui/tv_screens.py"/>
        <source>当前屏幕</source>
        <translation>Current screen</translation>
    </message>
    <message>
        <location filename="../../ui/tv_screens.py"/>
        <source>{name}（未连接）</source>
        <translation>{name} (not connected)</translation>
    </message>
</context>
<context>
    <name>TvWindow</name>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>红花榜 — 电视模式</source>
        <translation>Honghua — TV mode</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>数据文件暂时读不到，显示的是 {time} 读到的数据，稍后自动再试</source>
        <translation>The shop file cannot be read just now: showing the data read at {time}, trying again shortly</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>第 {page}/{pages} 页</source>
        <translation>Page {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{name} {n} 朵</source>
        <translation>{name} {n}</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>小红花：{parts}</source>
        <translation>Red flowers: {parts}</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{shop} · {month}最终结果</source>
        <translation>{shop} · {month} final result</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>尚未开始</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>本月第 1 天，还没有数据</source>
        <translation>Day 1 of the month, no data yet</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{shop} · {month} · {state}</source>
        <translation>{shop} · {month} · {state}</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{shop} · {month} · 数据截至 {day}</source>
        <translation>{shop} · {month} · data up to {day}</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>团队 {value} / {target}</source>
        <translation>Team {value} / {target}</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>（含未设目标 {n} 人）</source>
        <translation> (incl. {n} without a target)</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{n}/{total} 人已达成</source>
        <translation>{n}/{total} reached</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{n}/{total} 人进度正常或已达成</source>
        <translation>{n}/{total} on track or reached</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>已完成 {x}</source>
        <translation>{x} done</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>还差 {x}</source>
        <translation>{x} to go</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>{month}{metric}排行榜</source>
        <translation>{month} {metric} ranking</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>还没有{metric}数据</source>
        <translation>No {metric} data yet</translation>
    </message>
    <message>
        <location filename="../../ui/tv_mode.py"/>
        <source>第 {n} 名</source>
        <translation>{n}</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>小红花</source>
        <translation>Red flowers</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>评奖</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>{page}：{what}</source>
        <translation>{page}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_edits.py"/>
        <source>{pages}有未保存的修改。</source>
        <translation>There are unsaved changes on {pages}.</translation>
    </message>
</context>
<context>
    <name>UsePlanDialog</name>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>设为生效 — {plan}</source>
        <translation>Put in force — {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>所有期间（已批准的结果不受影响）</source>
        <translation>All periods (approved results are not affected)</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>起</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>用于</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>生效</source>
        <translation>Put in force</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>设为生效</source>
        <translation>Put in force</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>之前的月份仍按原来生效的方案版本计算。</source>
        <translation>Earlier months keep the plan version that was in force for them.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>尚未批准的期间都将按这个方案计算。</source>
        <translation>Every period not yet approved will be calculated with this plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>{periods} 已经批准。设为生效后，这些期间仍保留批准时的获奖行（发放表、计算单不变），但在重新批准之前，评奖页会显示它们「批准后方案有变化」。

仍要设为生效吗？</source>
        <translation>{periods} already approved. They keep their approved award lines (payout sheet and receipts do not change), but until they are approved again the Awards page shows them as &quot;plan changed after approval&quot;.

Put the plan in force anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>仍设为生效</source>
        <translation>Put in force anyway</translation>
    </message>
    <message>
        <location filename="../../ui/plans/use_dialog.py"/>
        <source>已批准的期间</source>
        <translation>Approved periods</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <location filename="../../ui/write_wait.py"/>
        <source>红花榜的另一个命令（例如计划任务的导入）或窗口正在写入数据文件。等它写完，就接着写入；点「取消」则什么都不写。</source>
        <translation>Another Honghua command (a scheduled import, for example) or window is writing the data file. This work writes as soon as it has finished; Cancel writes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/write_wait.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/write_wait.py"/>
        <source>红花榜的另一个命令（例如计划任务的导入）或这个窗口的后台工作正在使用数据文件。等它用完，就接着刚才的操作…</source>
        <translation>Another Honghua command (a scheduled import, for example) or this window&apos;s background work is using the data file. Honghua carries on with what you were doing as soon as it is done…</translation>
    </message>
    <message>
        <location filename="../../ui/write_wait.py"/>
        <source>正在等待写入</source>
        <translation>Waiting to write</translation>
    </message>
</context>
<context>
    <name>_BulkDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>月份：{month}</source>
        <translation>Month: {month}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_target_dialog.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>恢复没有完成</source>
        <translation>The restore did not finish</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>无法打开数据文件</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>已从 {source} 恢复数据，窗口已重新打开。</source>
        <translation>The data was restored from {source} and the window reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>恢复前的数据里有 {n} 条操作记录晚于这份备份，它们不在恢复后的数据里。</source>
        <translation>The data before the restore has {n} {n:entry/entries} in its log later than this backup; {n:it is/they are} not in the restored data.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>恢复前的数据保存在 {file}</source>
        <translation>The data from before the restore is kept in {file}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>要撤销这次恢复：在 设置 → 备份与恢复 的列表里选中 {when} 的「{kind}」备份，点「恢复所选备份…」。</source>
        <translation>To undo this restore, select the &quot;{kind}&quot; backup of {when} in the list in Settings → Backup and restore and click &quot;Restore the selected backup…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>已从 {source} 恢复数据。</source>
        <translation>The data was restored from {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件已损坏</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>用这份备份恢复</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>从文件恢复…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>备份文件夹里没有可以恢复的备份。如果别处（例如 U 盘或另一台电脑）存有这个店铺的备份，可以选它来恢复。</source>
        <translation>The backups folder holds no backup that can be restored. If a backup of this shop is kept elsewhere (a USB stick, another computer), you can choose it to restore from.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件 (*.db);;所有文件 (*)</source>
        <translation>Data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>不能用这个文件恢复</source>
        <translation>This file cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>正在恢复</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>正在用 {source} 恢复数据文件 {file}：先备份当前的数据，再换上备份里的数据。店铺的数据多时要一会儿，请稍候…</source>
        <translation>Restoring the shop file {file} from {source}: the current data is backed up first, then replaced by the backup&apos;s. A shop with a lot of data takes a while; please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>找不到数据文件 {path}，但备份文件夹中有它的备份：最新的完好备份是 {file}（{created}，{kind}）。

文件可能被误删（回收站里也许还在）、被移走，或被同步软件挪到了别处。用这份备份恢复，还是新建一个空店铺？</source>
        <translation>The data file {path} cannot be found, but its backups folder holds backups of it: the newest good one is {file} ({created}, {kind}).

The file may have been deleted by mistake (it may still be in the Recycle Bin), moved, or moved elsewhere by a sync program. Restore this backup, or start a new, empty shop?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件不见了</source>
        <translation>Data file not found</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>新建空店铺</source>
        <translation>Start a new, empty shop</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>最新的完好备份是 {file}（{created}，{kind}）。现在用它恢复吗？</source>
        <translation>The newest good backup is {file} ({created}, {kind}). Restore it now?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件 {path} 已损坏。为了不让损坏扩大，红花榜不会再写入这个文件。

最新的完好备份是 {file}（{created}，{kind}）。现在用它恢复吗？损坏的文件会原样保存在备份文件夹中。</source>
        <translation>The data file {path} is damaged. So that the damage does not spread, Honghua will not write to it any more.

The newest good backup is {file} ({created}, {kind}). Restore it now? The damaged file is kept as it is in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件 {path} 已损坏（{problem}），现在只能查看，不能修改。请在 设置 → 备份与恢复 中恢复备份。</source>
        <translation>The data file {path} is damaged ({problem}): it can be viewed but not changed. Please restore a backup in Settings → Backup and restore.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>上次的恢复没有完成</source>
        <translation>The last restore did not finish</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>读取数据文件时出错</source>
        <translation>Error reading the data file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>今天的自动备份没有完成</source>
        <translation>Today&apos;s automatic backup did not finish</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>已自动备份到 {file}</source>
        <translation>Backed up automatically to {file}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>自动备份的提醒</source>
        <translation>About the automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件已损坏：只读</source>
        <translation>The data file is damaged: read-only</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/backup_guard.py"/>
        <source>数据文件 {path} 已损坏，现在只能查看，不能修改。

备份文件夹 {folder} 中没有完好的备份。如果别处（例如 U 盘或另一台电脑）存有这个店铺的备份，请在 设置 → 备份与恢复 中点「从文件恢复…」，选那份备份来恢复。

（检查结果：{problem}）</source>
        <translation>The data file {path} is damaged; it can be viewed but not changed now.

The backups folder {folder} holds no good backup. If a backup of this shop is kept elsewhere (a USB stick, another computer), click &quot;Restore from a file…&quot; in Settings → Backup and restore and choose that backup.

(What the check found: {problem})</translation>
    </message>
</context>
<context>
    <name>certificate_print</name>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>有字符没有可用的字体：
{lines}

仍然打印吗？</source>
        <translation>Some characters have no font to print them:
{lines}

Print anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>{message}

仍然打印吗？</source>
        <translation>{message}

Print anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>{period}的评奖结果还没有批准，获奖名单只能印成草稿（不编号）。和它们一起勾选的 {n} 张手工添加的证书也会印成草稿，不编号。

要给手工添加的证书编号，请只勾选它们再打印。仍然全部印成草稿吗？</source>
        <translation>The awards of {period} are not approved yet, so their winners can only be printed as drafts (not numbered). The {n} {n:certificate/certificates} added by hand and ticked with them will be printed as {n:a draft/drafts} too, not numbered.

To number the {n:certificate/certificates} added by hand, tick only {n:it/them} and print. Print them all as drafts anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>全部印成草稿</source>
        <translation>Print all as drafts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>无法开始打印</source>
        <translation>Cannot start printing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>页面已发送到打印机，但取消了等待，这次打印没有记入打印记录（证书编号不变）。</source>
        <translation>The pages were sent to the printer, but the wait was cancelled: this print was not recorded (the certificate numbers stay the same).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificate_print.py"/>
        <source>页面已发送到打印机，但这次打印没有记入打印记录：{reason}</source>
        <translation>The pages were sent to the printer, but this print was not recorded: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>此店铺设置了店主密码，修改数据需要先输入密码。现在输入吗？</source>
        <translation>This shop has an owner PIN: enter it before changing data. Enter it now?</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>需要店主密码</source>
        <translation>Owner PIN needed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>输入密码</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>已解锁。请再做一次刚才的操作。</source>
        <translation>Unlocked. Please do that again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>不保存</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>程序遇到了一个意外错误：{error}

刚才的操作可能没有完成，已保存的数据不受影响。</source>
        <translation>The program hit an unexpected error: {error}

The last action may not have finished. Data already saved is not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>错误详情已保存到：{path}
如需帮助，请把这个文件发给技术支持。</source>
        <translation>The error details were saved to: {path}
If you need help, please send this file to support.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py"/>
        <source>错误详情无法写入日志文件。</source>
        <translation>The error details could not be written to the log file.</translation>
    </message>
</context>
<context>
    <name>file_faults</name>
    <message>
        <location filename="../../ui/file_faults.py"/>
        <source>读写数据文件 {path} 时出错（{reason}），刚才的操作没有完成。如果它在 U 盘或网络盘上，请确认盘还连着；磁盘满了就先清理出空间，然后再做一次。</source>
        <translation>Reading or writing the data file {path} failed ({reason}); the last action was not completed. If the file is on a USB stick or a network drive, make sure it is still connected; if the disk is full, free some space first. Then do it again.</translation>
    </message>
    <message>
        <location filename="../../ui/file_faults.py"/>
        <source>数据文件已损坏</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/file_faults.py"/>
        <source>数据文件读不出来，正在检查它…</source>
        <translation>The data file cannot be read; checking it…</translation>
    </message>
    <message>
        <location filename="../../ui/file_faults.py"/>
        <source>读取数据文件 {path} 时出错（数据库的内部结构有损坏），但检查没有发现损坏。刚才的操作没有完成，请再做一次；还是出错时，请在 设置 → 备份与恢复 中选一份备份恢复。</source>
        <translation>Reading the data file {path} failed (the database&apos;s inner structure is damaged), but the check found no damage. The last action was not completed: do it again; if it fails again, restore a backup in Settings → Backup and restore.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py"/>
        <source>当前店铺没有关闭。</source>
        <translation>The current shop stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>数据文件 {path} 已经在另一个红花榜窗口中打开（计算机 {host}，进程号 {pid}）。

请切换到那个窗口继续使用；同一个数据文件同时只能在一个窗口中打开。本次没有对文件做任何修改。</source>
        <translation>The data file {path} is already open in another Honghua window (computer {host}, process {pid}).

Please switch to that window: a data file can be open in only one window at a time. Nothing in the file was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>店铺已经打开</source>
        <translation>Shop already open</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>{folder} 所在的磁盘已满，无法在那里创建锁文件，所以不能打开 {path}。请清理这个磁盘的空间后再打开；数据文件没有被修改。</source>
        <translation>The disk holding {folder} is full, so the lock file cannot be made there and {path} cannot be opened. Free some space on that disk and open it again; the data file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>无法打开数据文件</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>无法在 {folder} 中创建锁文件（没有写入权限？），所以不能打开 {path}。</source>
        <translation>Cannot create a lock file in {folder} (no permission to write?), so {path} cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>数据文件没有被修改。请把它和旁边的 {files} 一起复制到可以写入的文件夹（例如桌面）再打开：{files} 里有上次没写完或还没并入数据文件的内容，只复制数据文件会丢失数据或让数据出错。</source>
        <translation>The data file was not changed. Copy it together with {files} beside it to a folder that can be written (the desktop, say) and open it there: {files} holds what was last being written or not yet folded into the data file, and a copy of the data file alone would lose data or hold it half written.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>数据文件没有被修改。请把它复制到可以写入的文件夹（例如桌面）再打开，或者检查这个文件夹的权限。</source>
        <translation>The data file was not changed. Copy it to a folder that can be written (the desktop, say) and open it there, or check this folder&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>数据文件 {path} 在另一台计算机（{host}）上的红花榜窗口中打开过，那个窗口没有正常关闭：可能那台计算机断电了、U 盘被直接拔出了，也可能它现在还开着。

如果那台计算机上的红花榜已经关闭（或那台计算机已经关机），可以在这里打开。如果还开着，请先到那边关闭它：两台计算机同时使用同一个数据文件可能会损坏数据。</source>
        <translation>The data file {path} was opened in a Honghua window on another computer ({host}), and that window was not closed normally: the computer may have lost power or the USB stick was pulled out, or it may still be open.

If Honghua on that computer is closed (or the computer is switched off), the file can be opened here. If it is still open, please close it there first: two computers using the same data file at once can damage the data.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>已经关闭，在这里打开</source>
        <translation>It is closed, open it here</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>店铺可能还在别处打开</source>
        <translation>The shop may still be open elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>文件夹 {folder} 不存在，所以没有数据文件 {name}。

可能是路径写错了（请检查 --db 或 HONGHUA_DB）。可以打开已有的数据文件；如果确实要在这里开一家新店，可以新建这个文件夹和一个空的数据文件。</source>
        <translation>The folder {folder} does not exist, so there is no data file {name} in it.

The path may be mistyped (check --db or HONGHUA_DB). You can open an existing data file; if you do mean to start a new shop here, the folder and an empty data file can be created.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>文件夹不存在</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>打开其他数据文件…</source>
        <translation>Open another data file…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>新建文件夹和空店铺</source>
        <translation>Create the folder and an empty shop</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>打开数据文件</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>数据文件 (*.db);;所有文件 (*)</source>
        <translation>Data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>无法创建文件夹 {folder}：{error}</source>
        <translation>Cannot create the folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>数据文件的位置有风险</source>
        <translation>The data file is in a risky place</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>上次打开的店铺找不到了</source>
        <translation>The shop opened last cannot be found</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>上次打开的店铺打不开</source>
        <translation>The shop opened last cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main.py"/>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
</context>
<context>
    <name>shop_files</name>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>{name} — {file}</source>
        <translation>{name} — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>上次打开的数据文件 {gone} 找不到了：它所在的 U 盘没有插上，或者文件被移走、改名或删除了。这次打开的是 {opened}。

找到它以后，可以在「文件 → 最近打开」或「文件 → 打开店铺文件…」里打开。</source>
        <translation>The data file opened last, {gone}, cannot be found: the USB stick it is on is not plugged in, or the file was moved, renamed or deleted. This time {opened} was opened.

Once it is found again, open it with &quot;File → Open recent&quot; or &quot;File → Open shop file…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>上次打开的数据文件 {used_last} 打不开（原因见前面的提示），所以这次打开的是 {opened}。

问题解决以后，可以在「文件 → 最近打开」或「文件 → 打开店铺文件…」里再打开它。</source>
        <translation>The data file opened last, {used_last}, cannot be opened (the message before this one says why), so {opened} was opened this time.

Once the problem is solved, open it again with &quot;File → Open recent&quot; or &quot;File → Open shop file…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>打开店铺文件…</source>
        <translation>Open shop file…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>新建店铺…</source>
        <translation>New shop…</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>最近打开</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>打开店铺文件</source>
        <translation>Open shop file</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>数据文件 (*.db);;所有文件 (*)</source>
        <translation>Data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>新店铺</source>
        <translation>New shop</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>数据文件 (*.db)</source>
        <translation>Data files (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>新建店铺</source>
        <translation>New shop</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>已经有文件 {path}。新建店铺不会覆盖已有的文件：请换一个文件名；要打开这个店铺，请用「文件 → 打开店铺文件…」。</source>
        <translation>{path} already exists. A new shop never overwrites an existing file: please choose another name; to open that shop, use &quot;File → Open shop file…&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>找不到文件夹 {folder}：它所在的 U 盘没有插上，或者文件夹被移走、改名或删除了。新店铺没有建立，当前店铺没有关闭。</source>
        <translation>The folder {folder} cannot be found: the USB stick it is on is not plugged in, or the folder was moved, renamed or deleted. No new shop was made; the shop open now stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>找不到数据文件 {path}：它所在的 U 盘没有插上，或者文件被移走、改名或删除了。当前店铺没有关闭。</source>
        <translation>The data file {path} cannot be found: the USB stick it is on is not plugged in, or the file was moved, renamed or deleted. The shop open now stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>{path} 是当前店铺 {shop} 的一份备份，不能当作店铺打开：在里面做的修改，会在备份轮换时随它删掉。要用它恢复当前店铺，请在「设置 → 备份与恢复」里选中这份备份，点「恢复所选备份…」。当前店铺没有关闭。</source>
        <translation>{path} is a backup of the shop open now, {shop}, and cannot be opened as a shop: changes made in it would be deleted with it when the backups are rotated. To restore this shop from it, select this backup in Settings → Backup and restore and click &quot;Restore the selected backup…&quot;. The shop open now stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>{path} 是店铺 {shop} 的一份备份，不能当作店铺打开：在里面做的修改，会在备份轮换时随它删掉。要用它恢复店铺，请打开 {shop}，在「设置 → 备份与恢复」里选中这份备份，点「恢复所选备份…」。当前店铺没有关闭。</source>
        <translation>{path} is a backup of the shop {shop} and cannot be opened as a shop: changes made in it would be deleted with it when the backups are rotated. To restore the shop from it, open {shop}, select this backup in Settings → Backup and restore and click &quot;Restore the selected backup…&quot;. The shop open now stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/shop_files.py"/>
        <source>{name}（{folder}）</source>
        <translation>{name} ({folder})</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>wait_notice</name>
    <message>
        <location filename="../../ui/wait_notice.py"/>
        <source>正在升级数据文件</source>
        <translation>Upgrading the shop file</translation>
    </message>
    <message>
        <location filename="../../ui/wait_notice.py"/>
        <source>正在升级数据文件 {file}：先备份一份，再升级到这个版本的红花榜。店铺的数据多时要几秒钟，请稍候…</source>
        <translation>Upgrading the shop file {file}: a backup first, then the upgrade to this version of Honghua. A shop with a lot of data takes a few seconds; please wait…</translation>
    </message>
</context>
</TS>
