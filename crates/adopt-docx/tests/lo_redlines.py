"""Opens a DOCX in LibreOffice (headless, through UNO) and reports what a reviewer would see of
its tracked changes: each change (type, author, date), whether edits are recorded, the custom
document properties, then the text after "Accept All" and after "Reject All", as JSON on
stdout. It also prints the file as opened to WORKDIR/shown.pdf.

Usage: /usr/bin/python3 lo_redlines.py FILE.docx WORKDIR
WORKDIR holds a private LibreOffice profile, so parallel runs and a user's own LibreOffice do
not interfere. Run with Debian's python3, which has the `uno` module. One LibreOffice start
serves every check, which keeps the test fast.
"""

import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def blocks(doc):
    """The body as a list: a paragraph's text, or a table as a list of rows of cell texts."""
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            rows = []
            for r in range(el.getRows().getCount()):
                cols = el.getColumns().getCount()
                row = []
                for c in range(cols):
                    cell = el.getCellByPosition(c, r)
                    row.append(cell.getString() if cell is not None else "")
                rows.append(row)
            out.append(rows)
        else:
            out.append(el.getString())
    return out


def changes(doc):
    out = []
    redlines = doc.getRedlines()
    enum = redlines.createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        d = r.getPropertyValue("RedlineDateTime")
        out.append(
            {
                "type": r.getPropertyValue("RedlineType"),
                "author": r.getPropertyValue("RedlineAuthor"),
                "date": "%04d-%02d-%02dT%02d:%02d:%02d"
                % (d.Year, d.Month, d.Day, d.Hours, d.Minutes, d.Seconds),
            }
        )
    return out


def main():
    path, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    pipe = "adopt_docx_%d" % os.getpid()
    profile = uno.systemPathToFileUrl(os.path.join(work, "profile"))
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=" + profile,
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        ctx = None
        deadline = time.time() + 60
        while ctx is None:
            try:
                ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
                )
            except NoConnectException:
                if office.poll() is not None:
                    sys.exit("LibreOffice (soffice) exited before accepting a connection")
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx
        )
        url = uno.systemPathToFileUrl(path)

        def opened():
            return desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))

        report = {}
        doc = opened()
        report["changes"] = changes(doc)
        report["shown"] = blocks(doc)
        report["recording"] = doc.getPropertyValue("RecordChanges")
        user = doc.getDocumentProperties().getUserDefinedProperties()
        report["properties"] = {
            p.Name: user.getPropertyValue(p.Name)
            for p in user.getPropertySetInfo().getProperties()
        }
        pdf = uno.systemPathToFileUrl(os.path.join(work, "shown.pdf"))
        doc.storeToURL(pdf, (prop("FilterName", "writer_pdf_Export"),))
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
        report["accepted"] = blocks(doc)
        report["left_after_accept"] = len(changes(doc))
        doc.close(True)

        doc = opened()
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
        report["rejected"] = blocks(doc)
        report["left_after_reject"] = len(changes(doc))
        doc.close(True)
        json.dump(report, sys.stdout, ensure_ascii=False)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away as LibreOffice exits
    finally:
        try:
            office.wait(timeout=10)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()


if __name__ == "__main__":
    main()
