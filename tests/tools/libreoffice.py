#!/usr/bin/python3
"""Drives LibreOffice Writer through UNO the way a reviewer would, for tests.

Run with Debian's /usr/bin/python3 (the interpreter that imports `uno`). One headless soffice is
started per call, with its own profile, and stopped at the end.

  libreoffice.py accept IN.docx OUT.txt      accept every tracked change, save the text
  libreoffice.py reject IN.docx OUT.txt      reject every tracked change, save the text
  libreoffice.py redlines IN.docx            print how many tracked changes LibreOffice sees
  libreoffice.py edit IN.docx OUT.docx OLD NEW [--track]
                                             replace the first OLD with NEW (recorded as a tracked
                                             change with --track) and save as Word 2007-365 .docx
  libreoffice.py resave IN.docx OUT.docx     open and save again as .docx
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix="dfs-adopt-lo-")
        self.pipe = "dfsadopt%d" % os.getpid()
        self.proc = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "-env:UserInstallation=file://" + self.profile,
                "--accept=pipe,name=%s;urp;" % self.pipe,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 60
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise SystemExit("LibreOffice did not start; run scripts/install-deps.sh")
                time.sleep(0.2)
        self.smgr = ctx.ServiceManager
        self.ctx = ctx
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        return self

    def open(self, path):
        if not os.path.isfile(path):
            raise SystemExit("no such file: " + path)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise SystemExit("LibreOffice could not open " + path)
        return doc

    def dispatch(self, doc, command):
        helper = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def save(doc, path, filter_name):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    doc.storeToURL(url, (prop("FilterName", filter_name),))


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    command = argv[0]
    with Office() as office:
        doc = office.open(argv[1])
        try:
            run(office, doc, command, argv)
        finally:
            doc.close(True)


def run(office, doc, command, argv):
    if command in ("accept", "reject"):
        office.dispatch(doc, ".uno:AcceptAllTrackedChanges" if command == "accept" else ".uno:RejectAllTrackedChanges")
        save(doc, argv[2], "Text (encoded)")
    elif command == "redlines":
        print(doc.getRedlines().getCount())
    elif command == "edit":
        old, new = argv[3], argv[4]
        doc.setPropertyValue("RecordChanges", "--track" in argv)
        search = doc.createSearchDescriptor()
        search.setSearchString(old)
        found = doc.findFirst(search)
        if found is None:
            raise SystemExit("text not found: " + old)
        found.setString(new)
        save(doc, argv[2], "MS Word 2007 XML")
    elif command == "resave":
        save(doc, argv[2], "MS Word 2007 XML")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
