"""The plan editor: the shop's plans and presets, which plan is in force for whom (plan_dialog), a plan's
rules in order (rule_list) with a form per rule (rule_form, kind_panel, field_widgets), validation through
app.rules.parse_plan, and 设为生效 (use_dialog)."""
