// GENERATED FILE: do not edit. Regenerate it instead (see below).
// A constant for each UID keyword (computed, like the Tag constants).
// Source: pydicom 3.0.2, _uid_dict.py (UID_dictionary) (DICOM edition 2024c).
// Regenerate with:
//     python3 Scripts/generate_dictionary.py [path/to/pydicom-3.0.2-py3-none-any.whl]
// (without a path it runs `pip download --no-deps pydicom==3.0.2`).

extension UIDRegistry {
    /// Verification SOP Class (SOP Class)
    public static var verification: String { "1.2.840.10008.1.1" }
    /// Implicit VR Little Endian (Transfer Syntax)
    public static var implicitVRLittleEndian: String { "1.2.840.10008.1.2" }
    /// Explicit VR Little Endian (Transfer Syntax)
    public static var explicitVRLittleEndian: String { "1.2.840.10008.1.2.1" }
    /// Encapsulated Uncompressed Explicit VR Little Endian (Transfer Syntax)
    public static var encapsulatedUncompressedExplicitVRLittleEndian: String { "1.2.840.10008.1.2.1.98" }
    /// Deflated Explicit VR Little Endian (Transfer Syntax)
    public static var deflatedExplicitVRLittleEndian: String { "1.2.840.10008.1.2.1.99" }
    /// Explicit VR Big Endian (Transfer Syntax) (retired)
    public static var explicitVRBigEndian: String { "1.2.840.10008.1.2.2" }
    /// JPEG Baseline (Process 1) (Transfer Syntax)
    public static var jpegBaseline8Bit: String { "1.2.840.10008.1.2.4.50" }
    /// JPEG Extended (Process 2 and 4) (Transfer Syntax)
    public static var jpegExtended12Bit: String { "1.2.840.10008.1.2.4.51" }
    /// JPEG Extended (Process 3 and 5) (Transfer Syntax) (retired)
    public static var jpegExtended35: String { "1.2.840.10008.1.2.4.52" }
    /// JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8) (Transfer Syntax) (retired)
    public static var jpegSpectralSelectionNonHierarchical68: String { "1.2.840.10008.1.2.4.53" }
    /// JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9) (Transfer Syntax) (retired)
    public static var jpegSpectralSelectionNonHierarchical79: String { "1.2.840.10008.1.2.4.54" }
    /// JPEG Full Progression, Non-Hierarchical (Process 10 and 12) (Transfer Syntax) (retired)
    public static var jpegFullProgressionNonHierarchical1012: String { "1.2.840.10008.1.2.4.55" }
    /// JPEG Full Progression, Non-Hierarchical (Process 11 and 13) (Transfer Syntax) (retired)
    public static var jpegFullProgressionNonHierarchical1113: String { "1.2.840.10008.1.2.4.56" }
    /// JPEG Lossless, Non-Hierarchical (Process 14) (Transfer Syntax)
    public static var jpegLossless: String { "1.2.840.10008.1.2.4.57" }
    /// JPEG Lossless, Non-Hierarchical (Process 15) (Transfer Syntax) (retired)
    public static var jpegLosslessNonHierarchical15: String { "1.2.840.10008.1.2.4.58" }
    /// JPEG Extended, Hierarchical (Process 16 and 18) (Transfer Syntax) (retired)
    public static var jpegExtendedHierarchical1618: String { "1.2.840.10008.1.2.4.59" }
    /// JPEG Extended, Hierarchical (Process 17 and 19) (Transfer Syntax) (retired)
    public static var jpegExtendedHierarchical1719: String { "1.2.840.10008.1.2.4.60" }
    /// JPEG Spectral Selection, Hierarchical (Process 20 and 22) (Transfer Syntax) (retired)
    public static var jpegSpectralSelectionHierarchical2022: String { "1.2.840.10008.1.2.4.61" }
    /// JPEG Spectral Selection, Hierarchical (Process 21 and 23) (Transfer Syntax) (retired)
    public static var jpegSpectralSelectionHierarchical2123: String { "1.2.840.10008.1.2.4.62" }
    /// JPEG Full Progression, Hierarchical (Process 24 and 26) (Transfer Syntax) (retired)
    public static var jpegFullProgressionHierarchical2426: String { "1.2.840.10008.1.2.4.63" }
    /// JPEG Full Progression, Hierarchical (Process 25 and 27) (Transfer Syntax) (retired)
    public static var jpegFullProgressionHierarchical2527: String { "1.2.840.10008.1.2.4.64" }
    /// JPEG Lossless, Hierarchical (Process 28) (Transfer Syntax) (retired)
    public static var jpegLosslessHierarchical28: String { "1.2.840.10008.1.2.4.65" }
    /// JPEG Lossless, Hierarchical (Process 29) (Transfer Syntax) (retired)
    public static var jpegLosslessHierarchical29: String { "1.2.840.10008.1.2.4.66" }
    /// JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1]) (Transfer Syntax)
    public static var jpegLosslessSV1: String { "1.2.840.10008.1.2.4.70" }
    /// JPEG-LS Lossless Image Compression (Transfer Syntax)
    public static var jpeglsLossless: String { "1.2.840.10008.1.2.4.80" }
    /// JPEG-LS Lossy (Near-Lossless) Image Compression (Transfer Syntax)
    public static var jpeglsNearLossless: String { "1.2.840.10008.1.2.4.81" }
    /// JPEG 2000 Image Compression (Lossless Only) (Transfer Syntax)
    public static var jpeg2000Lossless: String { "1.2.840.10008.1.2.4.90" }
    /// JPEG 2000 Image Compression (Transfer Syntax)
    public static var jpeg2000: String { "1.2.840.10008.1.2.4.91" }
    /// JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only) (Transfer Syntax)
    public static var jpeg2000MCLossless: String { "1.2.840.10008.1.2.4.92" }
    /// JPEG 2000 Part 2 Multi-component Image Compression (Transfer Syntax)
    public static var jpeg2000MC: String { "1.2.840.10008.1.2.4.93" }
    /// JPIP Referenced (Transfer Syntax)
    public static var jpipReferenced: String { "1.2.840.10008.1.2.4.94" }
    /// JPIP Referenced Deflate (Transfer Syntax)
    public static var jpipReferencedDeflate: String { "1.2.840.10008.1.2.4.95" }
    /// MPEG2 Main Profile / Main Level (Transfer Syntax)
    public static var mpeg2MPML: String { "1.2.840.10008.1.2.4.100" }
    /// Fragmentable MPEG2 Main Profile / Main Level (Transfer Syntax)
    public static var mpeg2MPMLF: String { "1.2.840.10008.1.2.4.100.1" }
    /// MPEG2 Main Profile / High Level (Transfer Syntax)
    public static var mpeg2MPHL: String { "1.2.840.10008.1.2.4.101" }
    /// Fragmentable MPEG2 Main Profile / High Level (Transfer Syntax)
    public static var mpeg2MPHLF: String { "1.2.840.10008.1.2.4.101.1" }
    /// MPEG-4 AVC/H.264 High Profile / Level 4.1 (Transfer Syntax)
    public static var mpeg4HP41: String { "1.2.840.10008.1.2.4.102" }
    /// Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1 (Transfer Syntax)
    public static var mpeg4HP41F: String { "1.2.840.10008.1.2.4.102.1" }
    /// MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1 (Transfer Syntax)
    public static var mpeg4HP41BD: String { "1.2.840.10008.1.2.4.103" }
    /// Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1 (Transfer Syntax)
    public static var mpeg4HP41BDF: String { "1.2.840.10008.1.2.4.103.1" }
    /// MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video (Transfer Syntax)
    public static var mpeg4HP422D: String { "1.2.840.10008.1.2.4.104" }
    /// Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video (Transfer Syntax)
    public static var mpeg4HP422DF: String { "1.2.840.10008.1.2.4.104.1" }
    /// MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video (Transfer Syntax)
    public static var mpeg4HP423D: String { "1.2.840.10008.1.2.4.105" }
    /// Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video (Transfer Syntax)
    public static var mpeg4HP423DF: String { "1.2.840.10008.1.2.4.105.1" }
    /// MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2 (Transfer Syntax)
    public static var mpeg4HP42STEREO: String { "1.2.840.10008.1.2.4.106" }
    /// Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2 (Transfer Syntax)
    public static var mpeg4HP42STEREOF: String { "1.2.840.10008.1.2.4.106.1" }
    /// HEVC/H.265 Main Profile / Level 5.1 (Transfer Syntax)
    public static var hevcmp51: String { "1.2.840.10008.1.2.4.107" }
    /// HEVC/H.265 Main 10 Profile / Level 5.1 (Transfer Syntax)
    public static var hevcm10P51: String { "1.2.840.10008.1.2.4.108" }
    /// High-Throughput JPEG 2000 Image Compression (Lossless Only) (Transfer Syntax)
    public static var htj2KLossless: String { "1.2.840.10008.1.2.4.201" }
    /// High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only) (Transfer Syntax)
    public static var htj2KLosslessRPCL: String { "1.2.840.10008.1.2.4.202" }
    /// High-Throughput JPEG 2000 Image Compression (Transfer Syntax)
    public static var htj2K: String { "1.2.840.10008.1.2.4.203" }
    /// JPIP HTJ2K Referenced (Transfer Syntax)
    public static var jpiphtj2KReferenced: String { "1.2.840.10008.1.2.4.204" }
    /// JPIP HTJ2K Referenced Deflate (Transfer Syntax)
    public static var jpiphtj2KReferencedDeflate: String { "1.2.840.10008.1.2.4.205" }
    /// RLE Lossless (Transfer Syntax)
    public static var rleLossless: String { "1.2.840.10008.1.2.5" }
    /// RFC 2557 MIME encapsulation (Transfer Syntax) (retired)
    public static var rfc2557MIMEEncapsulation: String { "1.2.840.10008.1.2.6.1" }
    /// XML Encoding (Transfer Syntax) (retired)
    public static var xmlEncoding: String { "1.2.840.10008.1.2.6.2" }
    /// SMPTE ST 2110-20 Uncompressed Progressive Active Video (Transfer Syntax)
    public static var smptest211020UncompressedProgressiveActiveVideo: String { "1.2.840.10008.1.2.7.1" }
    /// SMPTE ST 2110-20 Uncompressed Interlaced Active Video (Transfer Syntax)
    public static var smptest211020UncompressedInterlacedActiveVideo: String { "1.2.840.10008.1.2.7.2" }
    /// SMPTE ST 2110-30 PCM Digital Audio (Transfer Syntax)
    public static var smptest211030PCMDigitalAudio: String { "1.2.840.10008.1.2.7.3" }
    /// Media Storage Directory Storage (SOP Class)
    public static var mediaStorageDirectoryStorage: String { "1.2.840.10008.1.3.10" }
    /// Hot Iron Color Palette SOP Instance (Well-known SOP Instance)
    public static var hotIronPalette: String { "1.2.840.10008.1.5.1" }
    /// PET Color Palette SOP Instance (Well-known SOP Instance)
    public static var petPalette: String { "1.2.840.10008.1.5.2" }
    /// Hot Metal Blue Color Palette SOP Instance (Well-known SOP Instance)
    public static var hotMetalBluePalette: String { "1.2.840.10008.1.5.3" }
    /// PET 20 Step Color Palette SOP Instance (Well-known SOP Instance)
    public static var pet20StepPalette: String { "1.2.840.10008.1.5.4" }
    /// Spring Color Palette SOP Instance (Well-known SOP Instance)
    public static var springPalette: String { "1.2.840.10008.1.5.5" }
    /// Summer Color Palette SOP Instance (Well-known SOP Instance)
    public static var summerPalette: String { "1.2.840.10008.1.5.6" }
    /// Fall Color Palette SOP Instance (Well-known SOP Instance)
    public static var fallPalette: String { "1.2.840.10008.1.5.7" }
    /// Winter Color Palette SOP Instance (Well-known SOP Instance)
    public static var winterPalette: String { "1.2.840.10008.1.5.8" }
    /// Basic Study Content Notification SOP Class (SOP Class) (retired)
    public static var basicStudyContentNotification: String { "1.2.840.10008.1.9" }
    /// Papyrus 3 Implicit VR Little Endian (Transfer Syntax) (retired)
    public static var papyrus3ImplicitVRLittleEndian: String { "1.2.840.10008.1.20" }
    /// Storage Commitment Push Model SOP Class (SOP Class)
    public static var storageCommitmentPushModel: String { "1.2.840.10008.1.20.1" }
    /// Storage Commitment Push Model SOP Instance (Well-known SOP Instance)
    public static var storageCommitmentPushModelInstance: String { "1.2.840.10008.1.20.1.1" }
    /// Storage Commitment Pull Model SOP Class (SOP Class) (retired)
    public static var storageCommitmentPullModel: String { "1.2.840.10008.1.20.2" }
    /// Storage Commitment Pull Model SOP Instance (Well-known SOP Instance) (retired)
    public static var storageCommitmentPullModelInstance: String { "1.2.840.10008.1.20.2.1" }
    /// Procedural Event Logging SOP Class (SOP Class)
    public static var proceduralEventLogging: String { "1.2.840.10008.1.40" }
    /// Procedural Event Logging SOP Instance (Well-known SOP Instance)
    public static var proceduralEventLoggingInstance: String { "1.2.840.10008.1.40.1" }
    /// Substance Administration Logging SOP Class (SOP Class)
    public static var substanceAdministrationLogging: String { "1.2.840.10008.1.42" }
    /// Substance Administration Logging SOP Instance (Well-known SOP Instance)
    public static var substanceAdministrationLoggingInstance: String { "1.2.840.10008.1.42.1" }
    /// DICOM UID Registry (DICOM UIDs as a Coding Scheme)
    public static var dcmuid: String { "1.2.840.10008.2.6.1" }
    /// DICOM Controlled Terminology (Coding Scheme)
    public static var dcm: String { "1.2.840.10008.2.16.4" }
    /// Adult Mouse Anatomy Ontology (Coding Scheme)
    public static var ma: String { "1.2.840.10008.2.16.5" }
    /// Uberon Ontology (Coding Scheme)
    public static var uberon: String { "1.2.840.10008.2.16.6" }
    /// Integrated Taxonomic Information System (ITIS) Taxonomic Serial Number (TSN) (Coding Scheme)
    public static var itis_TSN: String { "1.2.840.10008.2.16.7" }
    /// Mouse Genome Initiative (MGI) (Coding Scheme)
    public static var mgi: String { "1.2.840.10008.2.16.8" }
    /// PubChem Compound CID (Coding Scheme)
    public static var pubchem_CID: String { "1.2.840.10008.2.16.9" }
    /// Dublin Core (Coding Scheme)
    public static var dc: String { "1.2.840.10008.2.16.10" }
    /// New York University Melanoma Clinical Cooperative Group (Coding Scheme)
    public static var nyumccg: String { "1.2.840.10008.2.16.11" }
    /// Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide (Coding Scheme)
    public static var mayonrisbsasrg: String { "1.2.840.10008.2.16.12" }
    /// Image Biomarker Standardisation Initiative (Coding Scheme)
    public static var ibsi: String { "1.2.840.10008.2.16.13" }
    /// Radiomics Ontology (Coding Scheme)
    public static var ro: String { "1.2.840.10008.2.16.14" }
    /// RadElement (Coding Scheme)
    public static var radelement: String { "1.2.840.10008.2.16.15" }
    /// ICD-11 (Coding Scheme)
    public static var i11: String { "1.2.840.10008.2.16.16" }
    /// Unified numbering system (UNS) for metals and alloys (Coding Scheme)
    public static var uns: String { "1.2.840.10008.2.16.17" }
    /// Research Resource Identification (Coding Scheme)
    public static var rrid: String { "1.2.840.10008.2.16.18" }
    /// DICOM Application Context Name (Application Context Name)
    public static var dicomApplicationContext: String { "1.2.840.10008.3.1.1.1" }
    /// Detached Patient Management SOP Class (SOP Class) (retired)
    public static var detachedPatientManagement: String { "1.2.840.10008.3.1.2.1.1" }
    /// Detached Patient Management Meta SOP Class (Meta SOP Class) (retired)
    public static var detachedPatientManagementMeta: String { "1.2.840.10008.3.1.2.1.4" }
    /// Detached Visit Management SOP Class (SOP Class) (retired)
    public static var detachedVisitManagement: String { "1.2.840.10008.3.1.2.2.1" }
    /// Detached Study Management SOP Class (SOP Class) (retired)
    public static var detachedStudyManagement: String { "1.2.840.10008.3.1.2.3.1" }
    /// Study Component Management SOP Class (SOP Class) (retired)
    public static var studyComponentManagement: String { "1.2.840.10008.3.1.2.3.2" }
    /// Modality Performed Procedure Step SOP Class (SOP Class)
    public static var modalityPerformedProcedureStep: String { "1.2.840.10008.3.1.2.3.3" }
    /// Modality Performed Procedure Step Retrieve SOP Class (SOP Class)
    public static var modalityPerformedProcedureStepRetrieve: String { "1.2.840.10008.3.1.2.3.4" }
    /// Modality Performed Procedure Step Notification SOP Class (SOP Class)
    public static var modalityPerformedProcedureStepNotification: String { "1.2.840.10008.3.1.2.3.5" }
    /// Detached Results Management SOP Class (SOP Class) (retired)
    public static var detachedResultsManagement: String { "1.2.840.10008.3.1.2.5.1" }
    /// Detached Results Management Meta SOP Class (Meta SOP Class) (retired)
    public static var detachedResultsManagementMeta: String { "1.2.840.10008.3.1.2.5.4" }
    /// Detached Study Management Meta SOP Class (Meta SOP Class) (retired)
    public static var detachedStudyManagementMeta: String { "1.2.840.10008.3.1.2.5.5" }
    /// Detached Interpretation Management SOP Class (SOP Class) (retired)
    public static var detachedInterpretationManagement: String { "1.2.840.10008.3.1.2.6.1" }
    /// Storage Service Class (Service Class)
    public static var storage: String { "1.2.840.10008.4.2" }
    /// Basic Film Session SOP Class (SOP Class)
    public static var basicFilmSession: String { "1.2.840.10008.5.1.1.1" }
    /// Basic Film Box SOP Class (SOP Class)
    public static var basicFilmBox: String { "1.2.840.10008.5.1.1.2" }
    /// Basic Grayscale Image Box SOP Class (SOP Class)
    public static var basicGrayscaleImageBox: String { "1.2.840.10008.5.1.1.4" }
    /// Basic Color Image Box SOP Class (SOP Class)
    public static var basicColorImageBox: String { "1.2.840.10008.5.1.1.4.1" }
    /// Referenced Image Box SOP Class (SOP Class) (retired)
    public static var referencedImageBox: String { "1.2.840.10008.5.1.1.4.2" }
    /// Basic Grayscale Print Management Meta SOP Class (Meta SOP Class)
    public static var basicGrayscalePrintManagementMeta: String { "1.2.840.10008.5.1.1.9" }
    /// Referenced Grayscale Print Management Meta SOP Class (Meta SOP Class) (retired)
    public static var referencedGrayscalePrintManagementMeta: String { "1.2.840.10008.5.1.1.9.1" }
    /// Print Job SOP Class (SOP Class)
    public static var printJob: String { "1.2.840.10008.5.1.1.14" }
    /// Basic Annotation Box SOP Class (SOP Class)
    public static var basicAnnotationBox: String { "1.2.840.10008.5.1.1.15" }
    /// Printer SOP Class (SOP Class)
    public static var printer: String { "1.2.840.10008.5.1.1.16" }
    /// Printer Configuration Retrieval SOP Class (SOP Class)
    public static var printerConfigurationRetrieval: String { "1.2.840.10008.5.1.1.16.376" }
    /// Printer SOP Instance (Well-known SOP Instance)
    public static var printerInstance: String { "1.2.840.10008.5.1.1.17" }
    /// Printer Configuration Retrieval SOP Instance (Well-known SOP Instance)
    public static var printerConfigurationRetrievalInstance: String { "1.2.840.10008.5.1.1.17.376" }
    /// Basic Color Print Management Meta SOP Class (Meta SOP Class)
    public static var basicColorPrintManagementMeta: String { "1.2.840.10008.5.1.1.18" }
    /// Referenced Color Print Management Meta SOP Class (Meta SOP Class) (retired)
    public static var referencedColorPrintManagementMeta: String { "1.2.840.10008.5.1.1.18.1" }
    /// VOI LUT Box SOP Class (SOP Class)
    public static var voilutBox: String { "1.2.840.10008.5.1.1.22" }
    /// Presentation LUT SOP Class (SOP Class)
    public static var presentationLUT: String { "1.2.840.10008.5.1.1.23" }
    /// Image Overlay Box SOP Class (SOP Class) (retired)
    public static var imageOverlayBox: String { "1.2.840.10008.5.1.1.24" }
    /// Basic Print Image Overlay Box SOP Class (SOP Class) (retired)
    public static var basicPrintImageOverlayBox: String { "1.2.840.10008.5.1.1.24.1" }
    /// Print Queue SOP Instance (Well-known SOP Instance) (retired)
    public static var printQueueInstance: String { "1.2.840.10008.5.1.1.25" }
    /// Print Queue Management SOP Class (SOP Class) (retired)
    public static var printQueueManagement: String { "1.2.840.10008.5.1.1.26" }
    /// Stored Print Storage SOP Class (SOP Class) (retired)
    public static var storedPrintStorage: String { "1.2.840.10008.5.1.1.27" }
    /// Hardcopy Grayscale Image Storage SOP Class (SOP Class) (retired)
    public static var hardcopyGrayscaleImageStorage: String { "1.2.840.10008.5.1.1.29" }
    /// Hardcopy Color Image Storage SOP Class (SOP Class) (retired)
    public static var hardcopyColorImageStorage: String { "1.2.840.10008.5.1.1.30" }
    /// Pull Print Request SOP Class (SOP Class) (retired)
    public static var pullPrintRequest: String { "1.2.840.10008.5.1.1.31" }
    /// Pull Stored Print Management Meta SOP Class (Meta SOP Class) (retired)
    public static var pullStoredPrintManagementMeta: String { "1.2.840.10008.5.1.1.32" }
    /// Media Creation Management SOP Class UID (SOP Class)
    public static var mediaCreationManagement: String { "1.2.840.10008.5.1.1.33" }
    /// Display System SOP Class (SOP Class)
    public static var displaySystem: String { "1.2.840.10008.5.1.1.40" }
    /// Display System SOP Instance (Well-known SOP Instance)
    public static var displaySystemInstance: String { "1.2.840.10008.5.1.1.40.1" }
    /// Computed Radiography Image Storage (SOP Class)
    public static var computedRadiographyImageStorage: String { "1.2.840.10008.5.1.4.1.1.1" }
    /// Digital X-Ray Image Storage - For Presentation (SOP Class)
    public static var digitalXRayImageStorageForPresentation: String { "1.2.840.10008.5.1.4.1.1.1.1" }
    /// Digital X-Ray Image Storage - For Processing (SOP Class)
    public static var digitalXRayImageStorageForProcessing: String { "1.2.840.10008.5.1.4.1.1.1.1.1" }
    /// Digital Mammography X-Ray Image Storage - For Presentation (SOP Class)
    public static var digitalMammographyXRayImageStorageForPresentation: String { "1.2.840.10008.5.1.4.1.1.1.2" }
    /// Digital Mammography X-Ray Image Storage - For Processing (SOP Class)
    public static var digitalMammographyXRayImageStorageForProcessing: String { "1.2.840.10008.5.1.4.1.1.1.2.1" }
    /// Digital Intra-Oral X-Ray Image Storage - For Presentation (SOP Class)
    public static var digitalIntraOralXRayImageStorageForPresentation: String { "1.2.840.10008.5.1.4.1.1.1.3" }
    /// Digital Intra-Oral X-Ray Image Storage - For Processing (SOP Class)
    public static var digitalIntraOralXRayImageStorageForProcessing: String { "1.2.840.10008.5.1.4.1.1.1.3.1" }
    /// CT Image Storage (SOP Class)
    public static var ctImageStorage: String { "1.2.840.10008.5.1.4.1.1.2" }
    /// Enhanced CT Image Storage (SOP Class)
    public static var enhancedCTImageStorage: String { "1.2.840.10008.5.1.4.1.1.2.1" }
    /// Legacy Converted Enhanced CT Image Storage (SOP Class)
    public static var legacyConvertedEnhancedCTImageStorage: String { "1.2.840.10008.5.1.4.1.1.2.2" }
    /// Ultrasound Multi-frame Image Storage (SOP Class) (retired)
    public static var ultrasoundMultiFrameImageStorageRetired: String { "1.2.840.10008.5.1.4.1.1.3" }
    /// Ultrasound Multi-frame Image Storage (SOP Class)
    public static var ultrasoundMultiFrameImageStorage: String { "1.2.840.10008.5.1.4.1.1.3.1" }
    /// MR Image Storage (SOP Class)
    public static var mrImageStorage: String { "1.2.840.10008.5.1.4.1.1.4" }
    /// Enhanced MR Image Storage (SOP Class)
    public static var enhancedMRImageStorage: String { "1.2.840.10008.5.1.4.1.1.4.1" }
    /// MR Spectroscopy Storage (SOP Class)
    public static var mrSpectroscopyStorage: String { "1.2.840.10008.5.1.4.1.1.4.2" }
    /// Enhanced MR Color Image Storage (SOP Class)
    public static var enhancedMRColorImageStorage: String { "1.2.840.10008.5.1.4.1.1.4.3" }
    /// Legacy Converted Enhanced MR Image Storage (SOP Class)
    public static var legacyConvertedEnhancedMRImageStorage: String { "1.2.840.10008.5.1.4.1.1.4.4" }
    /// Nuclear Medicine Image Storage (SOP Class) (retired)
    public static var nuclearMedicineImageStorageRetired: String { "1.2.840.10008.5.1.4.1.1.5" }
    /// Ultrasound Image Storage (SOP Class) (retired)
    public static var ultrasoundImageStorageRetired: String { "1.2.840.10008.5.1.4.1.1.6" }
    /// Ultrasound Image Storage (SOP Class)
    public static var ultrasoundImageStorage: String { "1.2.840.10008.5.1.4.1.1.6.1" }
    /// Enhanced US Volume Storage (SOP Class)
    public static var enhancedUSVolumeStorage: String { "1.2.840.10008.5.1.4.1.1.6.2" }
    /// Photoacoustic Image Storage (SOP Class)
    public static var photoacousticImageStorage: String { "1.2.840.10008.5.1.4.1.1.6.3" }
    /// Secondary Capture Image Storage (SOP Class)
    public static var secondaryCaptureImageStorage: String { "1.2.840.10008.5.1.4.1.1.7" }
    /// Multi-frame Single Bit Secondary Capture Image Storage (SOP Class)
    public static var multiFrameSingleBitSecondaryCaptureImageStorage: String { "1.2.840.10008.5.1.4.1.1.7.1" }
    /// Multi-frame Grayscale Byte Secondary Capture Image Storage (SOP Class)
    public static var multiFrameGrayscaleByteSecondaryCaptureImageStorage: String { "1.2.840.10008.5.1.4.1.1.7.2" }
    /// Multi-frame Grayscale Word Secondary Capture Image Storage (SOP Class)
    public static var multiFrameGrayscaleWordSecondaryCaptureImageStorage: String { "1.2.840.10008.5.1.4.1.1.7.3" }
    /// Multi-frame True Color Secondary Capture Image Storage (SOP Class)
    public static var multiFrameTrueColorSecondaryCaptureImageStorage: String { "1.2.840.10008.5.1.4.1.1.7.4" }
    /// Standalone Overlay Storage (SOP Class) (retired)
    public static var standaloneOverlayStorage: String { "1.2.840.10008.5.1.4.1.1.8" }
    /// Standalone Curve Storage (SOP Class) (retired)
    public static var standaloneCurveStorage: String { "1.2.840.10008.5.1.4.1.1.9" }
    /// Waveform Storage - Trial (SOP Class) (retired)
    public static var waveformStorageTrial: String { "1.2.840.10008.5.1.4.1.1.9.1" }
    /// 12-lead ECG Waveform Storage (SOP Class)
    public static var twelveLeadECGWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.1.1" }
    /// General ECG Waveform Storage (SOP Class)
    public static var generalECGWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.1.2" }
    /// Ambulatory ECG Waveform Storage (SOP Class)
    public static var ambulatoryECGWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.1.3" }
    /// General 32-bit ECG Waveform Storage (SOP Class)
    public static var general32bitECGWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.1.4" }
    /// Hemodynamic Waveform Storage (SOP Class)
    public static var hemodynamicWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.2.1" }
    /// Cardiac Electrophysiology Waveform Storage (SOP Class)
    public static var cardiacElectrophysiologyWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.3.1" }
    /// Basic Voice Audio Waveform Storage (SOP Class)
    public static var basicVoiceAudioWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.4.1" }
    /// General Audio Waveform Storage (SOP Class)
    public static var generalAudioWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.4.2" }
    /// Arterial Pulse Waveform Storage (SOP Class)
    public static var arterialPulseWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.5.1" }
    /// Respiratory Waveform Storage (SOP Class)
    public static var respiratoryWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.6.1" }
    /// Multi-channel Respiratory Waveform Storage (SOP Class)
    public static var multichannelRespiratoryWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.6.2" }
    /// Routine Scalp Electroencephalogram Waveform Storage (SOP Class)
    public static var routineScalpElectroencephalogramWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.7.1" }
    /// Electromyogram Waveform Storage (SOP Class)
    public static var electromyogramWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.7.2" }
    /// Electrooculogram Waveform Storage (SOP Class)
    public static var electrooculogramWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.7.3" }
    /// Sleep Electroencephalogram Waveform Storage (SOP Class)
    public static var sleepElectroencephalogramWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.7.4" }
    /// Body Position Waveform Storage (SOP Class)
    public static var bodyPositionWaveformStorage: String { "1.2.840.10008.5.1.4.1.1.9.8.1" }
    /// Standalone Modality LUT Storage (SOP Class) (retired)
    public static var standaloneModalityLUTStorage: String { "1.2.840.10008.5.1.4.1.1.10" }
    /// Standalone VOI LUT Storage (SOP Class) (retired)
    public static var standaloneVOILUTStorage: String { "1.2.840.10008.5.1.4.1.1.11" }
    /// Grayscale Softcopy Presentation State Storage (SOP Class)
    public static var grayscaleSoftcopyPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.1" }
    /// Color Softcopy Presentation State Storage (SOP Class)
    public static var colorSoftcopyPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.2" }
    /// Pseudo-Color Softcopy Presentation State Storage (SOP Class)
    public static var pseudoColorSoftcopyPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.3" }
    /// Blending Softcopy Presentation State Storage (SOP Class)
    public static var blendingSoftcopyPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.4" }
    /// XA/XRF Grayscale Softcopy Presentation State Storage (SOP Class)
    public static var xaxrfGrayscaleSoftcopyPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.5" }
    /// Grayscale Planar MPR Volumetric Presentation State Storage (SOP Class)
    public static var grayscalePlanarMPRVolumetricPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.6" }
    /// Compositing Planar MPR Volumetric Presentation State Storage (SOP Class)
    public static var compositingPlanarMPRVolumetricPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.7" }
    /// Advanced Blending Presentation State Storage (SOP Class)
    public static var advancedBlendingPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.8" }
    /// Volume Rendering Volumetric Presentation State Storage (SOP Class)
    public static var volumeRenderingVolumetricPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.9" }
    /// Segmented Volume Rendering Volumetric Presentation State Storage (SOP Class)
    public static var segmentedVolumeRenderingVolumetricPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.10" }
    /// Multiple Volume Rendering Volumetric Presentation State Storage (SOP Class)
    public static var multipleVolumeRenderingVolumetricPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.11" }
    /// Variable Modality LUT Softcopy Presentation State Storage (SOP Class)
    public static var variableModalityLUTSoftcopyPresentationStateStorage: String { "1.2.840.10008.5.1.4.1.1.11.12" }
    /// X-Ray Angiographic Image Storage (SOP Class)
    public static var xRayAngiographicImageStorage: String { "1.2.840.10008.5.1.4.1.1.12.1" }
    /// Enhanced XA Image Storage (SOP Class)
    public static var enhancedXAImageStorage: String { "1.2.840.10008.5.1.4.1.1.12.1.1" }
    /// X-Ray Radiofluoroscopic Image Storage (SOP Class)
    public static var xRayRadiofluoroscopicImageStorage: String { "1.2.840.10008.5.1.4.1.1.12.2" }
    /// Enhanced XRF Image Storage (SOP Class)
    public static var enhancedXRFImageStorage: String { "1.2.840.10008.5.1.4.1.1.12.2.1" }
    /// X-Ray Angiographic Bi-Plane Image Storage (SOP Class) (retired)
    public static var xRayAngiographicBiPlaneImageStorage: String { "1.2.840.10008.5.1.4.1.1.12.3" }
    /// X-Ray 3D Angiographic Image Storage (SOP Class)
    public static var xRay3DAngiographicImageStorage: String { "1.2.840.10008.5.1.4.1.1.13.1.1" }
    /// X-Ray 3D Craniofacial Image Storage (SOP Class)
    public static var xRay3DCraniofacialImageStorage: String { "1.2.840.10008.5.1.4.1.1.13.1.2" }
    /// Breast Tomosynthesis Image Storage (SOP Class)
    public static var breastTomosynthesisImageStorage: String { "1.2.840.10008.5.1.4.1.1.13.1.3" }
    /// Breast Projection X-Ray Image Storage - For Presentation (SOP Class)
    public static var breastProjectionXRayImageStorageForPresentation: String { "1.2.840.10008.5.1.4.1.1.13.1.4" }
    /// Breast Projection X-Ray Image Storage - For Processing (SOP Class)
    public static var breastProjectionXRayImageStorageForProcessing: String { "1.2.840.10008.5.1.4.1.1.13.1.5" }
    /// Intravascular Optical Coherence Tomography Image Storage - For Presentation (SOP Class)
    public static var intravascularOpticalCoherenceTomographyImageStorageForPresentation: String { "1.2.840.10008.5.1.4.1.1.14.1" }
    /// Intravascular Optical Coherence Tomography Image Storage - For Processing (SOP Class)
    public static var intravascularOpticalCoherenceTomographyImageStorageForProcessing: String { "1.2.840.10008.5.1.4.1.1.14.2" }
    /// Nuclear Medicine Image Storage (SOP Class)
    public static var nuclearMedicineImageStorage: String { "1.2.840.10008.5.1.4.1.1.20" }
    /// Parametric Map Storage (SOP Class)
    public static var parametricMapStorage: String { "1.2.840.10008.5.1.4.1.1.30" }
    /// Raw Data Storage (SOP Class)
    public static var rawDataStorage: String { "1.2.840.10008.5.1.4.1.1.66" }
    /// Spatial Registration Storage (SOP Class)
    public static var spatialRegistrationStorage: String { "1.2.840.10008.5.1.4.1.1.66.1" }
    /// Spatial Fiducials Storage (SOP Class)
    public static var spatialFiducialsStorage: String { "1.2.840.10008.5.1.4.1.1.66.2" }
    /// Deformable Spatial Registration Storage (SOP Class)
    public static var deformableSpatialRegistrationStorage: String { "1.2.840.10008.5.1.4.1.1.66.3" }
    /// Segmentation Storage (SOP Class)
    public static var segmentationStorage: String { "1.2.840.10008.5.1.4.1.1.66.4" }
    /// Surface Segmentation Storage (SOP Class)
    public static var surfaceSegmentationStorage: String { "1.2.840.10008.5.1.4.1.1.66.5" }
    /// Tractography Results Storage (SOP Class)
    public static var tractographyResultsStorage: String { "1.2.840.10008.5.1.4.1.1.66.6" }
    /// Real World Value Mapping Storage (SOP Class)
    public static var realWorldValueMappingStorage: String { "1.2.840.10008.5.1.4.1.1.67" }
    /// Surface Scan Mesh Storage (SOP Class)
    public static var surfaceScanMeshStorage: String { "1.2.840.10008.5.1.4.1.1.68.1" }
    /// Surface Scan Point Cloud Storage (SOP Class)
    public static var surfaceScanPointCloudStorage: String { "1.2.840.10008.5.1.4.1.1.68.2" }
    /// VL Image Storage - Trial (SOP Class) (retired)
    public static var vlImageStorageTrial: String { "1.2.840.10008.5.1.4.1.1.77.1" }
    /// VL Multi-frame Image Storage - Trial (SOP Class) (retired)
    public static var vlMultiFrameImageStorageTrial: String { "1.2.840.10008.5.1.4.1.1.77.2" }
    /// VL Endoscopic Image Storage (SOP Class)
    public static var vlEndoscopicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.1" }
    /// Video Endoscopic Image Storage (SOP Class)
    public static var videoEndoscopicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.1.1" }
    /// VL Microscopic Image Storage (SOP Class)
    public static var vlMicroscopicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.2" }
    /// Video Microscopic Image Storage (SOP Class)
    public static var videoMicroscopicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.2.1" }
    /// VL Slide-Coordinates Microscopic Image Storage (SOP Class)
    public static var vlSlideCoordinatesMicroscopicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.3" }
    /// VL Photographic Image Storage (SOP Class)
    public static var vlPhotographicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.4" }
    /// Video Photographic Image Storage (SOP Class)
    public static var videoPhotographicImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.4.1" }
    /// Ophthalmic Photography 8 Bit Image Storage (SOP Class)
    public static var ophthalmicPhotography8BitImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.1" }
    /// Ophthalmic Photography 16 Bit Image Storage (SOP Class)
    public static var ophthalmicPhotography16BitImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.2" }
    /// Stereometric Relationship Storage (SOP Class)
    public static var stereometricRelationshipStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.3" }
    /// Ophthalmic Tomography Image Storage (SOP Class)
    public static var ophthalmicTomographyImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.4" }
    /// Wide Field Ophthalmic Photography Stereographic Projection Image Storage (SOP Class)
    public static var wideFieldOphthalmicPhotographyStereographicProjectionImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.5" }
    /// Wide Field Ophthalmic Photography 3D Coordinates Image Storage (SOP Class)
    public static var wideFieldOphthalmicPhotography3DCoordinatesImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.6" }
    /// Ophthalmic Optical Coherence Tomography En Face Image Storage (SOP Class)
    public static var ophthalmicOpticalCoherenceTomographyEnFaceImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.7" }
    /// Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Storage (SOP Class)
    public static var ophthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.5.8" }
    /// VL Whole Slide Microscopy Image Storage (SOP Class)
    public static var vlWholeSlideMicroscopyImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.6" }
    /// Dermoscopic Photography Image Storage (SOP Class)
    public static var dermoscopicPhotographyImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.7" }
    /// Confocal Microscopy Image Storage (SOP Class)
    public static var confocalMicroscopyImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.8" }
    /// Confocal Microscopy Tiled Pyramidal Image Storage (SOP Class)
    public static var confocalMicroscopyTiledPyramidalImageStorage: String { "1.2.840.10008.5.1.4.1.1.77.1.9" }
    /// Lensometry Measurements Storage (SOP Class)
    public static var lensometryMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.78.1" }
    /// Autorefraction Measurements Storage (SOP Class)
    public static var autorefractionMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.78.2" }
    /// Keratometry Measurements Storage (SOP Class)
    public static var keratometryMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.78.3" }
    /// Subjective Refraction Measurements Storage (SOP Class)
    public static var subjectiveRefractionMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.78.4" }
    /// Visual Acuity Measurements Storage (SOP Class)
    public static var visualAcuityMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.78.5" }
    /// Spectacle Prescription Report Storage (SOP Class)
    public static var spectaclePrescriptionReportStorage: String { "1.2.840.10008.5.1.4.1.1.78.6" }
    /// Ophthalmic Axial Measurements Storage (SOP Class)
    public static var ophthalmicAxialMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.78.7" }
    /// Intraocular Lens Calculations Storage (SOP Class)
    public static var intraocularLensCalculationsStorage: String { "1.2.840.10008.5.1.4.1.1.78.8" }
    /// Macular Grid Thickness and Volume Report Storage (SOP Class)
    public static var macularGridThicknessAndVolumeReportStorage: String { "1.2.840.10008.5.1.4.1.1.79.1" }
    /// Ophthalmic Visual Field Static Perimetry Measurements Storage (SOP Class)
    public static var ophthalmicVisualFieldStaticPerimetryMeasurementsStorage: String { "1.2.840.10008.5.1.4.1.1.80.1" }
    /// Ophthalmic Thickness Map Storage (SOP Class)
    public static var ophthalmicThicknessMapStorage: String { "1.2.840.10008.5.1.4.1.1.81.1" }
    /// Corneal Topography Map Storage (SOP Class)
    public static var cornealTopographyMapStorage: String { "1.2.840.10008.5.1.4.1.1.82.1" }
    /// Text SR Storage - Trial (SOP Class) (retired)
    public static var textSRStorageTrial: String { "1.2.840.10008.5.1.4.1.1.88.1" }
    /// Audio SR Storage - Trial (SOP Class) (retired)
    public static var audioSRStorageTrial: String { "1.2.840.10008.5.1.4.1.1.88.2" }
    /// Detail SR Storage - Trial (SOP Class) (retired)
    public static var detailSRStorageTrial: String { "1.2.840.10008.5.1.4.1.1.88.3" }
    /// Comprehensive SR Storage - Trial (SOP Class) (retired)
    public static var comprehensiveSRStorageTrial: String { "1.2.840.10008.5.1.4.1.1.88.4" }
    /// Basic Text SR Storage (SOP Class)
    public static var basicTextSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.11" }
    /// Enhanced SR Storage (SOP Class)
    public static var enhancedSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.22" }
    /// Comprehensive SR Storage (SOP Class)
    public static var comprehensiveSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.33" }
    /// Comprehensive 3D SR Storage (SOP Class)
    public static var comprehensive3DSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.34" }
    /// Extensible SR Storage (SOP Class)
    public static var extensibleSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.35" }
    /// Procedure Log Storage (SOP Class)
    public static var procedureLogStorage: String { "1.2.840.10008.5.1.4.1.1.88.40" }
    /// Mammography CAD SR Storage (SOP Class)
    public static var mammographyCADSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.50" }
    /// Key Object Selection Document Storage (SOP Class)
    public static var keyObjectSelectionDocumentStorage: String { "1.2.840.10008.5.1.4.1.1.88.59" }
    /// Chest CAD SR Storage (SOP Class)
    public static var chestCADSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.65" }
    /// X-Ray Radiation Dose SR Storage (SOP Class)
    public static var xRayRadiationDoseSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.67" }
    /// Radiopharmaceutical Radiation Dose SR Storage (SOP Class)
    public static var radiopharmaceuticalRadiationDoseSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.68" }
    /// Colon CAD SR Storage (SOP Class)
    public static var colonCADSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.69" }
    /// Implantation Plan SR Storage (SOP Class)
    public static var implantationPlanSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.70" }
    /// Acquisition Context SR Storage (SOP Class)
    public static var acquisitionContextSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.71" }
    /// Simplified Adult Echo SR Storage (SOP Class)
    public static var simplifiedAdultEchoSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.72" }
    /// Patient Radiation Dose SR Storage (SOP Class)
    public static var patientRadiationDoseSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.73" }
    /// Planned Imaging Agent Administration SR Storage (SOP Class)
    public static var plannedImagingAgentAdministrationSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.74" }
    /// Performed Imaging Agent Administration SR Storage (SOP Class)
    public static var performedImagingAgentAdministrationSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.75" }
    /// Enhanced X-Ray Radiation Dose SR Storage (SOP Class)
    public static var enhancedXRayRadiationDoseSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.76" }
    /// Waveform Annotation SR Storage (SOP Class)
    public static var waveformAnnotationSRStorage: String { "1.2.840.10008.5.1.4.1.1.88.77" }
    /// Content Assessment Results Storage (SOP Class)
    public static var contentAssessmentResultsStorage: String { "1.2.840.10008.5.1.4.1.1.90.1" }
    /// Microscopy Bulk Simple Annotations Storage (SOP Class)
    public static var microscopyBulkSimpleAnnotationsStorage: String { "1.2.840.10008.5.1.4.1.1.91.1" }
    /// Encapsulated PDF Storage (SOP Class)
    public static var encapsulatedPDFStorage: String { "1.2.840.10008.5.1.4.1.1.104.1" }
    /// Encapsulated CDA Storage (SOP Class)
    public static var encapsulatedCDAStorage: String { "1.2.840.10008.5.1.4.1.1.104.2" }
    /// Encapsulated STL Storage (SOP Class)
    public static var encapsulatedSTLStorage: String { "1.2.840.10008.5.1.4.1.1.104.3" }
    /// Encapsulated OBJ Storage (SOP Class)
    public static var encapsulatedOBJStorage: String { "1.2.840.10008.5.1.4.1.1.104.4" }
    /// Encapsulated MTL Storage (SOP Class)
    public static var encapsulatedMTLStorage: String { "1.2.840.10008.5.1.4.1.1.104.5" }
    /// Positron Emission Tomography Image Storage (SOP Class)
    public static var positronEmissionTomographyImageStorage: String { "1.2.840.10008.5.1.4.1.1.128" }
    /// Legacy Converted Enhanced PET Image Storage (SOP Class)
    public static var legacyConvertedEnhancedPETImageStorage: String { "1.2.840.10008.5.1.4.1.1.128.1" }
    /// Standalone PET Curve Storage (SOP Class) (retired)
    public static var standalonePETCurveStorage: String { "1.2.840.10008.5.1.4.1.1.129" }
    /// Enhanced PET Image Storage (SOP Class)
    public static var enhancedPETImageStorage: String { "1.2.840.10008.5.1.4.1.1.130" }
    /// Basic Structured Display Storage (SOP Class)
    public static var basicStructuredDisplayStorage: String { "1.2.840.10008.5.1.4.1.1.131" }
    /// CT Defined Procedure Protocol Storage (SOP Class)
    public static var ctDefinedProcedureProtocolStorage: String { "1.2.840.10008.5.1.4.1.1.200.1" }
    /// CT Performed Procedure Protocol Storage (SOP Class)
    public static var ctPerformedProcedureProtocolStorage: String { "1.2.840.10008.5.1.4.1.1.200.2" }
    /// Protocol Approval Storage (SOP Class)
    public static var protocolApprovalStorage: String { "1.2.840.10008.5.1.4.1.1.200.3" }
    /// Protocol Approval Information Model - FIND (SOP Class)
    public static var protocolApprovalInformationModelFind: String { "1.2.840.10008.5.1.4.1.1.200.4" }
    /// Protocol Approval Information Model - MOVE (SOP Class)
    public static var protocolApprovalInformationModelMove: String { "1.2.840.10008.5.1.4.1.1.200.5" }
    /// Protocol Approval Information Model - GET (SOP Class)
    public static var protocolApprovalInformationModelGet: String { "1.2.840.10008.5.1.4.1.1.200.6" }
    /// XA Defined Procedure Protocol Storage (SOP Class)
    public static var xaDefinedProcedureProtocolStorage: String { "1.2.840.10008.5.1.4.1.1.200.7" }
    /// XA Performed Procedure Protocol Storage (SOP Class)
    public static var xaPerformedProcedureProtocolStorage: String { "1.2.840.10008.5.1.4.1.1.200.8" }
    /// Inventory Storage (SOP Class)
    public static var inventoryStorage: String { "1.2.840.10008.5.1.4.1.1.201.1" }
    /// Inventory - FIND (SOP Class)
    public static var inventoryFind: String { "1.2.840.10008.5.1.4.1.1.201.2" }
    /// Inventory - MOVE (SOP Class)
    public static var inventoryMove: String { "1.2.840.10008.5.1.4.1.1.201.3" }
    /// Inventory - GET (SOP Class)
    public static var inventoryGet: String { "1.2.840.10008.5.1.4.1.1.201.4" }
    /// Inventory Creation (SOP Class)
    public static var inventoryCreation: String { "1.2.840.10008.5.1.4.1.1.201.5" }
    /// Repository Query (SOP Class)
    public static var repositoryQuery: String { "1.2.840.10008.5.1.4.1.1.201.6" }
    /// Storage Management SOP Instance (Well-known SOP Instance)
    public static var storageManagementInstance: String { "1.2.840.10008.5.1.4.1.1.201.1.1" }
    /// RT Image Storage (SOP Class)
    public static var rtImageStorage: String { "1.2.840.10008.5.1.4.1.1.481.1" }
    /// RT Dose Storage (SOP Class)
    public static var rtDoseStorage: String { "1.2.840.10008.5.1.4.1.1.481.2" }
    /// RT Structure Set Storage (SOP Class)
    public static var rtStructureSetStorage: String { "1.2.840.10008.5.1.4.1.1.481.3" }
    /// RT Beams Treatment Record Storage (SOP Class)
    public static var rtBeamsTreatmentRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.4" }
    /// RT Plan Storage (SOP Class)
    public static var rtPlanStorage: String { "1.2.840.10008.5.1.4.1.1.481.5" }
    /// RT Brachy Treatment Record Storage (SOP Class)
    public static var rtBrachyTreatmentRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.6" }
    /// RT Treatment Summary Record Storage (SOP Class)
    public static var rtTreatmentSummaryRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.7" }
    /// RT Ion Plan Storage (SOP Class)
    public static var rtIonPlanStorage: String { "1.2.840.10008.5.1.4.1.1.481.8" }
    /// RT Ion Beams Treatment Record Storage (SOP Class)
    public static var rtIonBeamsTreatmentRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.9" }
    /// RT Physician Intent Storage (SOP Class)
    public static var rtPhysicianIntentStorage: String { "1.2.840.10008.5.1.4.1.1.481.10" }
    /// RT Segment Annotation Storage (SOP Class)
    public static var rtSegmentAnnotationStorage: String { "1.2.840.10008.5.1.4.1.1.481.11" }
    /// RT Radiation Set Storage (SOP Class)
    public static var rtRadiationSetStorage: String { "1.2.840.10008.5.1.4.1.1.481.12" }
    /// C-Arm Photon-Electron Radiation Storage (SOP Class)
    public static var cArmPhotonElectronRadiationStorage: String { "1.2.840.10008.5.1.4.1.1.481.13" }
    /// Tomotherapeutic Radiation Storage (SOP Class)
    public static var tomotherapeuticRadiationStorage: String { "1.2.840.10008.5.1.4.1.1.481.14" }
    /// Robotic-Arm Radiation Storage (SOP Class)
    public static var roboticArmRadiationStorage: String { "1.2.840.10008.5.1.4.1.1.481.15" }
    /// RT Radiation Record Set Storage (SOP Class)
    public static var rtRadiationRecordSetStorage: String { "1.2.840.10008.5.1.4.1.1.481.16" }
    /// RT Radiation Salvage Record Storage (SOP Class)
    public static var rtRadiationSalvageRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.17" }
    /// Tomotherapeutic Radiation Record Storage (SOP Class)
    public static var tomotherapeuticRadiationRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.18" }
    /// C-Arm Photon-Electron Radiation Record Storage (SOP Class)
    public static var cArmPhotonElectronRadiationRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.19" }
    /// Robotic Radiation Record Storage (SOP Class)
    public static var roboticRadiationRecordStorage: String { "1.2.840.10008.5.1.4.1.1.481.20" }
    /// RT Radiation Set Delivery Instruction Storage (SOP Class)
    public static var rtRadiationSetDeliveryInstructionStorage: String { "1.2.840.10008.5.1.4.1.1.481.21" }
    /// RT Treatment Preparation Storage (SOP Class)
    public static var rtTreatmentPreparationStorage: String { "1.2.840.10008.5.1.4.1.1.481.22" }
    /// Enhanced RT Image Storage (SOP Class)
    public static var enhancedRTImageStorage: String { "1.2.840.10008.5.1.4.1.1.481.23" }
    /// Enhanced Continuous RT Image Storage (SOP Class)
    public static var enhancedContinuousRTImageStorage: String { "1.2.840.10008.5.1.4.1.1.481.24" }
    /// RT Patient Position Acquisition Instruction Storage (SOP Class)
    public static var rtPatientPositionAcquisitionInstructionStorage: String { "1.2.840.10008.5.1.4.1.1.481.25" }
    /// DICOS CT Image Storage (SOP Class)
    public static var dicosctImageStorage: String { "1.2.840.10008.5.1.4.1.1.501.1" }
    /// DICOS Digital X-Ray Image Storage - For Presentation (SOP Class)
    public static var dicosDigitalXRayImageStorageForPresentation: String { "1.2.840.10008.5.1.4.1.1.501.2.1" }
    /// DICOS Digital X-Ray Image Storage - For Processing (SOP Class)
    public static var dicosDigitalXRayImageStorageForProcessing: String { "1.2.840.10008.5.1.4.1.1.501.2.2" }
    /// DICOS Threat Detection Report Storage (SOP Class)
    public static var dicosThreatDetectionReportStorage: String { "1.2.840.10008.5.1.4.1.1.501.3" }
    /// DICOS 2D AIT Storage (SOP Class)
    public static var dicos2DAITStorage: String { "1.2.840.10008.5.1.4.1.1.501.4" }
    /// DICOS 3D AIT Storage (SOP Class)
    public static var dicos3DAITStorage: String { "1.2.840.10008.5.1.4.1.1.501.5" }
    /// DICOS Quadrupole Resonance (QR) Storage (SOP Class)
    public static var dicosQuadrupoleResonanceStorage: String { "1.2.840.10008.5.1.4.1.1.501.6" }
    /// Eddy Current Image Storage (SOP Class)
    public static var eddyCurrentImageStorage: String { "1.2.840.10008.5.1.4.1.1.601.1" }
    /// Eddy Current Multi-frame Image Storage (SOP Class)
    public static var eddyCurrentMultiFrameImageStorage: String { "1.2.840.10008.5.1.4.1.1.601.2" }
    /// Patient Root Query/Retrieve Information Model - FIND (SOP Class)
    public static var patientRootQueryRetrieveInformationModelFind: String { "1.2.840.10008.5.1.4.1.2.1.1" }
    /// Patient Root Query/Retrieve Information Model - MOVE (SOP Class)
    public static var patientRootQueryRetrieveInformationModelMove: String { "1.2.840.10008.5.1.4.1.2.1.2" }
    /// Patient Root Query/Retrieve Information Model - GET (SOP Class)
    public static var patientRootQueryRetrieveInformationModelGet: String { "1.2.840.10008.5.1.4.1.2.1.3" }
    /// Study Root Query/Retrieve Information Model - FIND (SOP Class)
    public static var studyRootQueryRetrieveInformationModelFind: String { "1.2.840.10008.5.1.4.1.2.2.1" }
    /// Study Root Query/Retrieve Information Model - MOVE (SOP Class)
    public static var studyRootQueryRetrieveInformationModelMove: String { "1.2.840.10008.5.1.4.1.2.2.2" }
    /// Study Root Query/Retrieve Information Model - GET (SOP Class)
    public static var studyRootQueryRetrieveInformationModelGet: String { "1.2.840.10008.5.1.4.1.2.2.3" }
    /// Patient/Study Only Query/Retrieve Information Model - FIND (SOP Class) (retired)
    public static var patientStudyOnlyQueryRetrieveInformationModelFind: String { "1.2.840.10008.5.1.4.1.2.3.1" }
    /// Patient/Study Only Query/Retrieve Information Model - MOVE (SOP Class) (retired)
    public static var patientStudyOnlyQueryRetrieveInformationModelMove: String { "1.2.840.10008.5.1.4.1.2.3.2" }
    /// Patient/Study Only Query/Retrieve Information Model - GET (SOP Class) (retired)
    public static var patientStudyOnlyQueryRetrieveInformationModelGet: String { "1.2.840.10008.5.1.4.1.2.3.3" }
    /// Composite Instance Root Retrieve - MOVE (SOP Class)
    public static var compositeInstanceRootRetrieveMove: String { "1.2.840.10008.5.1.4.1.2.4.2" }
    /// Composite Instance Root Retrieve - GET (SOP Class)
    public static var compositeInstanceRootRetrieveGet: String { "1.2.840.10008.5.1.4.1.2.4.3" }
    /// Composite Instance Retrieve Without Bulk Data - GET (SOP Class)
    public static var compositeInstanceRetrieveWithoutBulkDataGet: String { "1.2.840.10008.5.1.4.1.2.5.3" }
    /// Defined Procedure Protocol Information Model - FIND (SOP Class)
    public static var definedProcedureProtocolInformationModelFind: String { "1.2.840.10008.5.1.4.20.1" }
    /// Defined Procedure Protocol Information Model - MOVE (SOP Class)
    public static var definedProcedureProtocolInformationModelMove: String { "1.2.840.10008.5.1.4.20.2" }
    /// Defined Procedure Protocol Information Model - GET (SOP Class)
    public static var definedProcedureProtocolInformationModelGet: String { "1.2.840.10008.5.1.4.20.3" }
    /// Modality Worklist Information Model - FIND (SOP Class)
    public static var modalityWorklistInformationModelFind: String { "1.2.840.10008.5.1.4.31" }
    /// General Purpose Worklist Management Meta SOP Class (Meta SOP Class) (retired)
    public static var generalPurposeWorklistManagementMeta: String { "1.2.840.10008.5.1.4.32" }
    /// General Purpose Worklist Information Model - FIND (SOP Class) (retired)
    public static var generalPurposeWorklistInformationModelFind: String { "1.2.840.10008.5.1.4.32.1" }
    /// General Purpose Scheduled Procedure Step SOP Class (SOP Class) (retired)
    public static var generalPurposeScheduledProcedureStep: String { "1.2.840.10008.5.1.4.32.2" }
    /// General Purpose Performed Procedure Step SOP Class (SOP Class) (retired)
    public static var generalPurposePerformedProcedureStep: String { "1.2.840.10008.5.1.4.32.3" }
    /// Instance Availability Notification SOP Class (SOP Class)
    public static var instanceAvailabilityNotification: String { "1.2.840.10008.5.1.4.33" }
    /// RT Beams Delivery Instruction Storage - Trial (SOP Class) (retired)
    public static var rtBeamsDeliveryInstructionStorageTrial: String { "1.2.840.10008.5.1.4.34.1" }
    /// RT Conventional Machine Verification - Trial (SOP Class) (retired)
    public static var rtConventionalMachineVerificationTrial: String { "1.2.840.10008.5.1.4.34.2" }
    /// RT Ion Machine Verification - Trial (SOP Class) (retired)
    public static var rtIonMachineVerificationTrial: String { "1.2.840.10008.5.1.4.34.3" }
    /// Unified Worklist and Procedure Step Service Class - Trial (Service Class) (retired)
    public static var unifiedWorklistAndProcedureStepTrial: String { "1.2.840.10008.5.1.4.34.4" }
    /// Unified Procedure Step - Push SOP Class - Trial (SOP Class) (retired)
    public static var unifiedProcedureStepPushTrial: String { "1.2.840.10008.5.1.4.34.4.1" }
    /// Unified Procedure Step - Watch SOP Class - Trial (SOP Class) (retired)
    public static var unifiedProcedureStepWatchTrial: String { "1.2.840.10008.5.1.4.34.4.2" }
    /// Unified Procedure Step - Pull SOP Class - Trial (SOP Class) (retired)
    public static var unifiedProcedureStepPullTrial: String { "1.2.840.10008.5.1.4.34.4.3" }
    /// Unified Procedure Step - Event SOP Class - Trial (SOP Class) (retired)
    public static var unifiedProcedureStepEventTrial: String { "1.2.840.10008.5.1.4.34.4.4" }
    /// UPS Global Subscription SOP Instance (Well-known SOP Instance)
    public static var upsGlobalSubscriptionInstance: String { "1.2.840.10008.5.1.4.34.5" }
    /// UPS Filtered Global Subscription SOP Instance (Well-known SOP Instance)
    public static var upsFilteredGlobalSubscriptionInstance: String { "1.2.840.10008.5.1.4.34.5.1" }
    /// Unified Worklist and Procedure Step Service Class (Service Class)
    public static var unifiedWorklistAndProcedureStep: String { "1.2.840.10008.5.1.4.34.6" }
    /// Unified Procedure Step - Push SOP Class (SOP Class)
    public static var unifiedProcedureStepPush: String { "1.2.840.10008.5.1.4.34.6.1" }
    /// Unified Procedure Step - Watch SOP Class (SOP Class)
    public static var unifiedProcedureStepWatch: String { "1.2.840.10008.5.1.4.34.6.2" }
    /// Unified Procedure Step - Pull SOP Class (SOP Class)
    public static var unifiedProcedureStepPull: String { "1.2.840.10008.5.1.4.34.6.3" }
    /// Unified Procedure Step - Event SOP Class (SOP Class)
    public static var unifiedProcedureStepEvent: String { "1.2.840.10008.5.1.4.34.6.4" }
    /// Unified Procedure Step - Query SOP Class (SOP Class)
    public static var unifiedProcedureStepQuery: String { "1.2.840.10008.5.1.4.34.6.5" }
    /// RT Beams Delivery Instruction Storage (SOP Class)
    public static var rtBeamsDeliveryInstructionStorage: String { "1.2.840.10008.5.1.4.34.7" }
    /// RT Conventional Machine Verification (SOP Class)
    public static var rtConventionalMachineVerification: String { "1.2.840.10008.5.1.4.34.8" }
    /// RT Ion Machine Verification (SOP Class)
    public static var rtIonMachineVerification: String { "1.2.840.10008.5.1.4.34.9" }
    /// RT Brachy Application Setup Delivery Instruction Storage (SOP Class)
    public static var rtBrachyApplicationSetupDeliveryInstructionStorage: String { "1.2.840.10008.5.1.4.34.10" }
    /// General Relevant Patient Information Query (SOP Class)
    public static var generalRelevantPatientInformationQuery: String { "1.2.840.10008.5.1.4.37.1" }
    /// Breast Imaging Relevant Patient Information Query (SOP Class)
    public static var breastImagingRelevantPatientInformationQuery: String { "1.2.840.10008.5.1.4.37.2" }
    /// Cardiac Relevant Patient Information Query (SOP Class)
    public static var cardiacRelevantPatientInformationQuery: String { "1.2.840.10008.5.1.4.37.3" }
    /// Hanging Protocol Storage (SOP Class)
    public static var hangingProtocolStorage: String { "1.2.840.10008.5.1.4.38.1" }
    /// Hanging Protocol Information Model - FIND (SOP Class)
    public static var hangingProtocolInformationModelFind: String { "1.2.840.10008.5.1.4.38.2" }
    /// Hanging Protocol Information Model - MOVE (SOP Class)
    public static var hangingProtocolInformationModelMove: String { "1.2.840.10008.5.1.4.38.3" }
    /// Hanging Protocol Information Model - GET (SOP Class)
    public static var hangingProtocolInformationModelGet: String { "1.2.840.10008.5.1.4.38.4" }
    /// Color Palette Storage (SOP Class)
    public static var colorPaletteStorage: String { "1.2.840.10008.5.1.4.39.1" }
    /// Color Palette Query/Retrieve Information Model - FIND (SOP Class)
    public static var colorPaletteQueryRetrieveInformationModelFind: String { "1.2.840.10008.5.1.4.39.2" }
    /// Color Palette Query/Retrieve Information Model - MOVE (SOP Class)
    public static var colorPaletteQueryRetrieveInformationModelMove: String { "1.2.840.10008.5.1.4.39.3" }
    /// Color Palette Query/Retrieve Information Model - GET (SOP Class)
    public static var colorPaletteQueryRetrieveInformationModelGet: String { "1.2.840.10008.5.1.4.39.4" }
    /// Product Characteristics Query SOP Class (SOP Class)
    public static var productCharacteristicsQuery: String { "1.2.840.10008.5.1.4.41" }
    /// Substance Approval Query SOP Class (SOP Class)
    public static var substanceApprovalQuery: String { "1.2.840.10008.5.1.4.42" }
    /// Generic Implant Template Storage (SOP Class)
    public static var genericImplantTemplateStorage: String { "1.2.840.10008.5.1.4.43.1" }
    /// Generic Implant Template Information Model - FIND (SOP Class)
    public static var genericImplantTemplateInformationModelFind: String { "1.2.840.10008.5.1.4.43.2" }
    /// Generic Implant Template Information Model - MOVE (SOP Class)
    public static var genericImplantTemplateInformationModelMove: String { "1.2.840.10008.5.1.4.43.3" }
    /// Generic Implant Template Information Model - GET (SOP Class)
    public static var genericImplantTemplateInformationModelGet: String { "1.2.840.10008.5.1.4.43.4" }
    /// Implant Assembly Template Storage (SOP Class)
    public static var implantAssemblyTemplateStorage: String { "1.2.840.10008.5.1.4.44.1" }
    /// Implant Assembly Template Information Model - FIND (SOP Class)
    public static var implantAssemblyTemplateInformationModelFind: String { "1.2.840.10008.5.1.4.44.2" }
    /// Implant Assembly Template Information Model - MOVE (SOP Class)
    public static var implantAssemblyTemplateInformationModelMove: String { "1.2.840.10008.5.1.4.44.3" }
    /// Implant Assembly Template Information Model - GET (SOP Class)
    public static var implantAssemblyTemplateInformationModelGet: String { "1.2.840.10008.5.1.4.44.4" }
    /// Implant Template Group Storage (SOP Class)
    public static var implantTemplateGroupStorage: String { "1.2.840.10008.5.1.4.45.1" }
    /// Implant Template Group Information Model - FIND (SOP Class)
    public static var implantTemplateGroupInformationModelFind: String { "1.2.840.10008.5.1.4.45.2" }
    /// Implant Template Group Information Model - MOVE (SOP Class)
    public static var implantTemplateGroupInformationModelMove: String { "1.2.840.10008.5.1.4.45.3" }
    /// Implant Template Group Information Model - GET (SOP Class)
    public static var implantTemplateGroupInformationModelGet: String { "1.2.840.10008.5.1.4.45.4" }
    /// Native DICOM Model (Application Hosting Model)
    public static var nativeDICOMModel: String { "1.2.840.10008.7.1.1" }
    /// Abstract Multi-Dimensional Image Model (Application Hosting Model)
    public static var abstractMultiDimensionalImageModel: String { "1.2.840.10008.7.1.2" }
    /// DICOM Content Mapping Resource (Mapping Resource)
    public static var dicomContentMappingResource: String { "1.2.840.10008.8.1.1" }
    /// Video Endoscopic Image Real-Time Communication (SOP Class)
    public static var videoEndoscopicImageRealTimeCommunication: String { "1.2.840.10008.10.1" }
    /// Video Photographic Image Real-Time Communication (SOP Class)
    public static var videoPhotographicImageRealTimeCommunication: String { "1.2.840.10008.10.2" }
    /// Audio Waveform Real-Time Communication (SOP Class)
    public static var audioWaveformRealTimeCommunication: String { "1.2.840.10008.10.3" }
    /// Rendition Selection Document Real-Time Communication (SOP Class)
    public static var renditionSelectionDocumentRealTimeCommunication: String { "1.2.840.10008.10.4" }
    /// dicomDeviceName (LDAP OID)
    public static var dicomDeviceName: String { "1.2.840.10008.15.0.3.1" }
    /// dicomDescription (LDAP OID)
    public static var dicomDescription: String { "1.2.840.10008.15.0.3.2" }
    /// dicomManufacturer (LDAP OID)
    public static var dicomManufacturer: String { "1.2.840.10008.15.0.3.3" }
    /// dicomManufacturerModelName (LDAP OID)
    public static var dicomManufacturerModelName: String { "1.2.840.10008.15.0.3.4" }
    /// dicomSoftwareVersion (LDAP OID)
    public static var dicomSoftwareVersion: String { "1.2.840.10008.15.0.3.5" }
    /// dicomVendorData (LDAP OID)
    public static var dicomVendorData: String { "1.2.840.10008.15.0.3.6" }
    /// dicomAETitle (LDAP OID)
    public static var dicomAETitle: String { "1.2.840.10008.15.0.3.7" }
    /// dicomNetworkConnectionReference (LDAP OID)
    public static var dicomNetworkConnectionReference: String { "1.2.840.10008.15.0.3.8" }
    /// dicomApplicationCluster (LDAP OID)
    public static var dicomApplicationCluster: String { "1.2.840.10008.15.0.3.9" }
    /// dicomAssociationInitiator (LDAP OID)
    public static var dicomAssociationInitiator: String { "1.2.840.10008.15.0.3.10" }
    /// dicomAssociationAcceptor (LDAP OID)
    public static var dicomAssociationAcceptor: String { "1.2.840.10008.15.0.3.11" }
    /// dicomHostname (LDAP OID)
    public static var dicomHostname: String { "1.2.840.10008.15.0.3.12" }
    /// dicomPort (LDAP OID)
    public static var dicomPort: String { "1.2.840.10008.15.0.3.13" }
    /// dicomSOPClass (LDAP OID)
    public static var dicomSOPClass: String { "1.2.840.10008.15.0.3.14" }
    /// dicomTransferRole (LDAP OID)
    public static var dicomTransferRole: String { "1.2.840.10008.15.0.3.15" }
    /// dicomTransferSyntax (LDAP OID)
    public static var dicomTransferSyntax: String { "1.2.840.10008.15.0.3.16" }
    /// dicomPrimaryDeviceType (LDAP OID)
    public static var dicomPrimaryDeviceType: String { "1.2.840.10008.15.0.3.17" }
    /// dicomRelatedDeviceReference (LDAP OID)
    public static var dicomRelatedDeviceReference: String { "1.2.840.10008.15.0.3.18" }
    /// dicomPreferredCalledAETitle (LDAP OID)
    public static var dicomPreferredCalledAETitle: String { "1.2.840.10008.15.0.3.19" }
    /// dicomTLSCyphersuite (LDAP OID)
    public static var dicomTLSCyphersuite: String { "1.2.840.10008.15.0.3.20" }
    /// dicomAuthorizedNodeCertificateReference (LDAP OID)
    public static var dicomAuthorizedNodeCertificateReference: String { "1.2.840.10008.15.0.3.21" }
    /// dicomThisNodeCertificateReference (LDAP OID)
    public static var dicomThisNodeCertificateReference: String { "1.2.840.10008.15.0.3.22" }
    /// dicomInstalled (LDAP OID)
    public static var dicomInstalled: String { "1.2.840.10008.15.0.3.23" }
    /// dicomStationName (LDAP OID)
    public static var dicomStationName: String { "1.2.840.10008.15.0.3.24" }
    /// dicomDeviceSerialNumber (LDAP OID)
    public static var dicomDeviceSerialNumber: String { "1.2.840.10008.15.0.3.25" }
    /// dicomInstitutionName (LDAP OID)
    public static var dicomInstitutionName: String { "1.2.840.10008.15.0.3.26" }
    /// dicomInstitutionAddress (LDAP OID)
    public static var dicomInstitutionAddress: String { "1.2.840.10008.15.0.3.27" }
    /// dicomInstitutionDepartmentName (LDAP OID)
    public static var dicomInstitutionDepartmentName: String { "1.2.840.10008.15.0.3.28" }
    /// dicomIssuerOfPatientID (LDAP OID)
    public static var dicomIssuerOfPatientID: String { "1.2.840.10008.15.0.3.29" }
    /// dicomPreferredCallingAETitle (LDAP OID)
    public static var dicomPreferredCallingAETitle: String { "1.2.840.10008.15.0.3.30" }
    /// dicomSupportedCharacterSet (LDAP OID)
    public static var dicomSupportedCharacterSet: String { "1.2.840.10008.15.0.3.31" }
    /// dicomConfigurationRoot (LDAP OID)
    public static var dicomConfigurationRoot: String { "1.2.840.10008.15.0.4.1" }
    /// dicomDevicesRoot (LDAP OID)
    public static var dicomDevicesRoot: String { "1.2.840.10008.15.0.4.2" }
    /// dicomUniqueAETitlesRegistryRoot (LDAP OID)
    public static var dicomUniqueAETitlesRegistryRoot: String { "1.2.840.10008.15.0.4.3" }
    /// dicomDevice (LDAP OID)
    public static var dicomDevice: String { "1.2.840.10008.15.0.4.4" }
    /// dicomNetworkAE (LDAP OID)
    public static var dicomNetworkAE: String { "1.2.840.10008.15.0.4.5" }
    /// dicomNetworkConnection (LDAP OID)
    public static var dicomNetworkConnection: String { "1.2.840.10008.15.0.4.6" }
    /// dicomUniqueAETitle (LDAP OID)
    public static var dicomUniqueAETitle: String { "1.2.840.10008.15.0.4.7" }
    /// dicomTransferCapability (LDAP OID)
    public static var dicomTransferCapability: String { "1.2.840.10008.15.0.4.8" }
    /// Universal Coordinated Time (Synchronization Frame of Reference)
    public static var utc: String { "1.2.840.10008.15.1.1" }
    /// Talairach Brain Atlas Frame of Reference (Well-known frame of reference)
    public static var talairachBrainAtlas: String { "1.2.840.10008.1.4.1.1" }
    /// SPM2 T1 Frame of Reference (Well-known frame of reference)
    public static var spm2T1: String { "1.2.840.10008.1.4.1.2" }
    /// SPM2 T2 Frame of Reference (Well-known frame of reference)
    public static var spm2T2: String { "1.2.840.10008.1.4.1.3" }
    /// SPM2 PD Frame of Reference (Well-known frame of reference)
    public static var spm2PD: String { "1.2.840.10008.1.4.1.4" }
    /// SPM2 EPI Frame of Reference (Well-known frame of reference)
    public static var spm2EPI: String { "1.2.840.10008.1.4.1.5" }
    /// SPM2 FIL T1 Frame of Reference (Well-known frame of reference)
    public static var spm2FILT1: String { "1.2.840.10008.1.4.1.6" }
    /// SPM2 PET Frame of Reference (Well-known frame of reference)
    public static var spm2PET: String { "1.2.840.10008.1.4.1.7" }
    /// SPM2 TRANSM Frame of Reference (Well-known frame of reference)
    public static var spm2TRANSM: String { "1.2.840.10008.1.4.1.8" }
    /// SPM2 SPECT Frame of Reference (Well-known frame of reference)
    public static var spm2SPECT: String { "1.2.840.10008.1.4.1.9" }
    /// SPM2 GRAY Frame of Reference (Well-known frame of reference)
    public static var spm2GRAY: String { "1.2.840.10008.1.4.1.10" }
    /// SPM2 WHITE Frame of Reference (Well-known frame of reference)
    public static var spm2WHITE: String { "1.2.840.10008.1.4.1.11" }
    /// SPM2 CSF Frame of Reference (Well-known frame of reference)
    public static var spm2CSF: String { "1.2.840.10008.1.4.1.12" }
    /// SPM2 BRAINMASK Frame of Reference (Well-known frame of reference)
    public static var spm2BRAINMASK: String { "1.2.840.10008.1.4.1.13" }
    /// SPM2 AVG305T1 Frame of Reference (Well-known frame of reference)
    public static var spm2AVG305T1: String { "1.2.840.10008.1.4.1.14" }
    /// SPM2 AVG152T1 Frame of Reference (Well-known frame of reference)
    public static var spm2AVG152T1: String { "1.2.840.10008.1.4.1.15" }
    /// SPM2 AVG152T2 Frame of Reference (Well-known frame of reference)
    public static var spm2AVG152T2: String { "1.2.840.10008.1.4.1.16" }
    /// SPM2 AVG152PD Frame of Reference (Well-known frame of reference)
    public static var spm2AVG152PD: String { "1.2.840.10008.1.4.1.17" }
    /// SPM2 SINGLESUBJT1 Frame of Reference (Well-known frame of reference)
    public static var spm2SINGLESUBJT1: String { "1.2.840.10008.1.4.1.18" }
    /// ICBM 452 T1 Frame of Reference (Well-known frame of reference)
    public static var icbm452T1: String { "1.2.840.10008.1.4.2.1" }
    /// ICBM Single Subject MRI Frame of Reference (Well-known frame of reference)
    public static var icbmSingleSubjectMRI: String { "1.2.840.10008.1.4.2.2" }
    /// IEC 61217 Fixed Coordinate System Frame of Reference (Well-known frame of reference)
    public static var iec61217FixedCoordinateSystem: String { "1.2.840.10008.1.4.3.1" }
    /// Standard Robotic-Arm Coordinate System Frame of Reference (Well-known frame of reference)
    public static var standardRoboticArmCoordinateSystem: String { "1.2.840.10008.1.4.3.2" }
    /// IEC 61217 Table Top Coordinate System Frame of Reference (Well-known frame of reference)
    public static var iec61217TableTopCoordinateSystem: String { "1.2.840.10008.1.4.3.3" }
    /// SRI24 Frame of Reference (Well-known frame of reference)
    public static var sri24: String { "1.2.840.10008.1.4.4.1" }
    /// Colin27 Frame of Reference (Well-known frame of reference)
    public static var colin27: String { "1.2.840.10008.1.4.5.1" }
    /// LPBA40/AIR Frame of Reference (Well-known frame of reference)
    public static var lpba40AIR: String { "1.2.840.10008.1.4.6.1" }
    /// LPBA40/FLIRT Frame of Reference (Well-known frame of reference)
    public static var lpba40FLIRT: String { "1.2.840.10008.1.4.6.2" }
    /// LPBA40/SPM5 Frame of Reference (Well-known frame of reference)
    public static var lpba40SPM5: String { "1.2.840.10008.1.4.6.3" }
}
