"""数据 → 导入 / 导入记录 / 导出: the import wizard, the import history with undo, and the month export.

The wizard drives `app.importing.ImportService` through `session.ImportSession`, which runs every step on a
worker thread (see session.py for why preview and commit share one connection). `actions.ImportActions`
is what the 数据 page and the main window use: the three buttons and the file drop.
"""
