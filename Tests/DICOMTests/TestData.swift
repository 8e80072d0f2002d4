import DICOM
@_exported import TestSupport

/// Swift Testing also declares `Tag`; in these tests `Tag` is always the DICOM one.
typealias Tag = DICOM.Tag
