// GENERATED FILE: do not edit. Regenerate it instead (see below).
// The DICOM UID registry, parsed by UIDRegistry.swift.
// Source: pydicom 3.0.2, _uid_dict.py (UID_dictionary) (DICOM edition 2024c).
// Regenerate with:
//     python3 Scripts/generate_dictionary.py [path/to/pydicom-3.0.2-py3-none-any.whl]
// (without a path it runs `pip download --no-deps pydicom==3.0.2`).

// One line per UID, tab-separated: UID, R if retired, keyword, name, info, type.
// 482 entries.

extension UIDRegistry {
    static var tableText: String {
#"""
1.2.840.10008.1.1		Verification	Verification SOP Class		SOP Class
1.2.840.10008.1.2		ImplicitVRLittleEndian	Implicit VR Little Endian	Default Transfer Syntax for DICOM	Transfer Syntax
1.2.840.10008.1.2.1		ExplicitVRLittleEndian	Explicit VR Little Endian		Transfer Syntax
1.2.840.10008.1.2.1.98		EncapsulatedUncompressedExplicitVRLittleEndian	Encapsulated Uncompressed Explicit VR Little Endian		Transfer Syntax
1.2.840.10008.1.2.1.99		DeflatedExplicitVRLittleEndian	Deflated Explicit VR Little Endian		Transfer Syntax
1.2.840.10008.1.2.2	R	ExplicitVRBigEndian	Explicit VR Big Endian		Transfer Syntax
1.2.840.10008.1.2.4.50		JPEGBaseline8Bit	JPEG Baseline (Process 1)	Default Transfer Syntax for Lossy JPEG 8 Bit Image Compression	Transfer Syntax
1.2.840.10008.1.2.4.51		JPEGExtended12Bit	JPEG Extended (Process 2 and 4)	Default Transfer Syntax for Lossy JPEG 12 Bit Image Compression (Process 4 only)	Transfer Syntax
1.2.840.10008.1.2.4.52	R	JPEGExtended35	JPEG Extended (Process 3 and 5)		Transfer Syntax
1.2.840.10008.1.2.4.53	R	JPEGSpectralSelectionNonHierarchical68	JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)		Transfer Syntax
1.2.840.10008.1.2.4.54	R	JPEGSpectralSelectionNonHierarchical79	JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)		Transfer Syntax
1.2.840.10008.1.2.4.55	R	JPEGFullProgressionNonHierarchical1012	JPEG Full Progression, Non-Hierarchical (Process 10 and 12)		Transfer Syntax
1.2.840.10008.1.2.4.56	R	JPEGFullProgressionNonHierarchical1113	JPEG Full Progression, Non-Hierarchical (Process 11 and 13)		Transfer Syntax
1.2.840.10008.1.2.4.57		JPEGLossless	JPEG Lossless, Non-Hierarchical (Process 14)		Transfer Syntax
1.2.840.10008.1.2.4.58	R	JPEGLosslessNonHierarchical15	JPEG Lossless, Non-Hierarchical (Process 15)		Transfer Syntax
1.2.840.10008.1.2.4.59	R	JPEGExtendedHierarchical1618	JPEG Extended, Hierarchical (Process 16 and 18)		Transfer Syntax
1.2.840.10008.1.2.4.60	R	JPEGExtendedHierarchical1719	JPEG Extended, Hierarchical (Process 17 and 19)		Transfer Syntax
1.2.840.10008.1.2.4.61	R	JPEGSpectralSelectionHierarchical2022	JPEG Spectral Selection, Hierarchical (Process 20 and 22)		Transfer Syntax
1.2.840.10008.1.2.4.62	R	JPEGSpectralSelectionHierarchical2123	JPEG Spectral Selection, Hierarchical (Process 21 and 23)		Transfer Syntax
1.2.840.10008.1.2.4.63	R	JPEGFullProgressionHierarchical2426	JPEG Full Progression, Hierarchical (Process 24 and 26)		Transfer Syntax
1.2.840.10008.1.2.4.64	R	JPEGFullProgressionHierarchical2527	JPEG Full Progression, Hierarchical (Process 25 and 27)		Transfer Syntax
1.2.840.10008.1.2.4.65	R	JPEGLosslessHierarchical28	JPEG Lossless, Hierarchical (Process 28)		Transfer Syntax
1.2.840.10008.1.2.4.66	R	JPEGLosslessHierarchical29	JPEG Lossless, Hierarchical (Process 29)		Transfer Syntax
1.2.840.10008.1.2.4.70		JPEGLosslessSV1	JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])	Default Transfer Syntax for Lossless JPEG Image Compression	Transfer Syntax
1.2.840.10008.1.2.4.80		JPEGLSLossless	JPEG-LS Lossless Image Compression		Transfer Syntax
1.2.840.10008.1.2.4.81		JPEGLSNearLossless	JPEG-LS Lossy (Near-Lossless) Image Compression		Transfer Syntax
1.2.840.10008.1.2.4.90		JPEG2000Lossless	JPEG 2000 Image Compression (Lossless Only)		Transfer Syntax
1.2.840.10008.1.2.4.91		JPEG2000	JPEG 2000 Image Compression		Transfer Syntax
1.2.840.10008.1.2.4.92		JPEG2000MCLossless	JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)		Transfer Syntax
1.2.840.10008.1.2.4.93		JPEG2000MC	JPEG 2000 Part 2 Multi-component Image Compression		Transfer Syntax
1.2.840.10008.1.2.4.94		JPIPReferenced	JPIP Referenced		Transfer Syntax
1.2.840.10008.1.2.4.95		JPIPReferencedDeflate	JPIP Referenced Deflate		Transfer Syntax
1.2.840.10008.1.2.4.100		MPEG2MPML	MPEG2 Main Profile / Main Level		Transfer Syntax
1.2.840.10008.1.2.4.100.1		MPEG2MPMLF	Fragmentable MPEG2 Main Profile / Main Level		Transfer Syntax
1.2.840.10008.1.2.4.101		MPEG2MPHL	MPEG2 Main Profile / High Level		Transfer Syntax
1.2.840.10008.1.2.4.101.1		MPEG2MPHLF	Fragmentable MPEG2 Main Profile / High Level		Transfer Syntax
1.2.840.10008.1.2.4.102		MPEG4HP41	MPEG-4 AVC/H.264 High Profile / Level 4.1		Transfer Syntax
1.2.840.10008.1.2.4.102.1		MPEG4HP41F	Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1		Transfer Syntax
1.2.840.10008.1.2.4.103		MPEG4HP41BD	MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1		Transfer Syntax
1.2.840.10008.1.2.4.103.1		MPEG4HP41BDF	Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1		Transfer Syntax
1.2.840.10008.1.2.4.104		MPEG4HP422D	MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video		Transfer Syntax
1.2.840.10008.1.2.4.104.1		MPEG4HP422DF	Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video		Transfer Syntax
1.2.840.10008.1.2.4.105		MPEG4HP423D	MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video		Transfer Syntax
1.2.840.10008.1.2.4.105.1		MPEG4HP423DF	Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video		Transfer Syntax
1.2.840.10008.1.2.4.106		MPEG4HP42STEREO	MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2		Transfer Syntax
1.2.840.10008.1.2.4.106.1		MPEG4HP42STEREOF	Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2		Transfer Syntax
1.2.840.10008.1.2.4.107		HEVCMP51	HEVC/H.265 Main Profile / Level 5.1		Transfer Syntax
1.2.840.10008.1.2.4.108		HEVCM10P51	HEVC/H.265 Main 10 Profile / Level 5.1		Transfer Syntax
1.2.840.10008.1.2.4.201		HTJ2KLossless	High-Throughput JPEG 2000 Image Compression (Lossless Only)		Transfer Syntax
1.2.840.10008.1.2.4.202		HTJ2KLosslessRPCL	High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)		Transfer Syntax
1.2.840.10008.1.2.4.203		HTJ2K	High-Throughput JPEG 2000 Image Compression		Transfer Syntax
1.2.840.10008.1.2.4.204		JPIPHTJ2KReferenced	JPIP HTJ2K Referenced		Transfer Syntax
1.2.840.10008.1.2.4.205		JPIPHTJ2KReferencedDeflate	JPIP HTJ2K Referenced Deflate		Transfer Syntax
1.2.840.10008.1.2.5		RLELossless	RLE Lossless		Transfer Syntax
1.2.840.10008.1.2.6.1	R	RFC2557MIMEEncapsulation	RFC 2557 MIME encapsulation		Transfer Syntax
1.2.840.10008.1.2.6.2	R	XMLEncoding	XML Encoding		Transfer Syntax
1.2.840.10008.1.2.7.1		SMPTEST211020UncompressedProgressiveActiveVideo	SMPTE ST 2110-20 Uncompressed Progressive Active Video		Transfer Syntax
1.2.840.10008.1.2.7.2		SMPTEST211020UncompressedInterlacedActiveVideo	SMPTE ST 2110-20 Uncompressed Interlaced Active Video		Transfer Syntax
1.2.840.10008.1.2.7.3		SMPTEST211030PCMDigitalAudio	SMPTE ST 2110-30 PCM Digital Audio		Transfer Syntax
1.2.840.10008.1.3.10		MediaStorageDirectoryStorage	Media Storage Directory Storage		SOP Class
1.2.840.10008.1.5.1		HotIronPalette	Hot Iron Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.2		PETPalette	PET Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.3		HotMetalBluePalette	Hot Metal Blue Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.4		PET20StepPalette	PET 20 Step Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.5		SpringPalette	Spring Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.6		SummerPalette	Summer Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.7		FallPalette	Fall Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.5.8		WinterPalette	Winter Color Palette SOP Instance		Well-known SOP Instance
1.2.840.10008.1.9	R	BasicStudyContentNotification	Basic Study Content Notification SOP Class		SOP Class
1.2.840.10008.1.20	R	Papyrus3ImplicitVRLittleEndian	Papyrus 3 Implicit VR Little Endian	(2015c)	Transfer Syntax
1.2.840.10008.1.20.1		StorageCommitmentPushModel	Storage Commitment Push Model SOP Class		SOP Class
1.2.840.10008.1.20.1.1		StorageCommitmentPushModelInstance	Storage Commitment Push Model SOP Instance		Well-known SOP Instance
1.2.840.10008.1.20.2	R	StorageCommitmentPullModel	Storage Commitment Pull Model SOP Class		SOP Class
1.2.840.10008.1.20.2.1	R	StorageCommitmentPullModelInstance	Storage Commitment Pull Model SOP Instance		Well-known SOP Instance
1.2.840.10008.1.40		ProceduralEventLogging	Procedural Event Logging SOP Class		SOP Class
1.2.840.10008.1.40.1		ProceduralEventLoggingInstance	Procedural Event Logging SOP Instance		Well-known SOP Instance
1.2.840.10008.1.42		SubstanceAdministrationLogging	Substance Administration Logging SOP Class		SOP Class
1.2.840.10008.1.42.1		SubstanceAdministrationLoggingInstance	Substance Administration Logging SOP Instance		Well-known SOP Instance
1.2.840.10008.2.6.1		DCMUID	DICOM UID Registry		DICOM UIDs as a Coding Scheme
1.2.840.10008.2.16.4		DCM	DICOM Controlled Terminology		Coding Scheme
1.2.840.10008.2.16.5		MA	Adult Mouse Anatomy Ontology		Coding Scheme
1.2.840.10008.2.16.6		UBERON	Uberon Ontology		Coding Scheme
1.2.840.10008.2.16.7		ITIS_TSN	Integrated Taxonomic Information System (ITIS) Taxonomic Serial Number (TSN)		Coding Scheme
1.2.840.10008.2.16.8		MGI	Mouse Genome Initiative (MGI)		Coding Scheme
1.2.840.10008.2.16.9		PUBCHEM_CID	PubChem Compound CID		Coding Scheme
1.2.840.10008.2.16.10		DC	Dublin Core		Coding Scheme
1.2.840.10008.2.16.11		NYUMCCG	New York University Melanoma Clinical Cooperative Group		Coding Scheme
1.2.840.10008.2.16.12		MAYONRISBSASRG	Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide		Coding Scheme
1.2.840.10008.2.16.13		IBSI	Image Biomarker Standardisation Initiative		Coding Scheme
1.2.840.10008.2.16.14		RO	Radiomics Ontology		Coding Scheme
1.2.840.10008.2.16.15		RADELEMENT	RadElement		Coding Scheme
1.2.840.10008.2.16.16		I11	ICD-11		Coding Scheme
1.2.840.10008.2.16.17		UNS	Unified numbering system (UNS) for metals and alloys		Coding Scheme
1.2.840.10008.2.16.18		RRID	Research Resource Identification		Coding Scheme
1.2.840.10008.3.1.1.1		DICOMApplicationContext	DICOM Application Context Name		Application Context Name
1.2.840.10008.3.1.2.1.1	R	DetachedPatientManagement	Detached Patient Management SOP Class		SOP Class
1.2.840.10008.3.1.2.1.4	R	DetachedPatientManagementMeta	Detached Patient Management Meta SOP Class		Meta SOP Class
1.2.840.10008.3.1.2.2.1	R	DetachedVisitManagement	Detached Visit Management SOP Class		SOP Class
1.2.840.10008.3.1.2.3.1	R	DetachedStudyManagement	Detached Study Management SOP Class		SOP Class
1.2.840.10008.3.1.2.3.2	R	StudyComponentManagement	Study Component Management SOP Class		SOP Class
1.2.840.10008.3.1.2.3.3		ModalityPerformedProcedureStep	Modality Performed Procedure Step SOP Class		SOP Class
1.2.840.10008.3.1.2.3.4		ModalityPerformedProcedureStepRetrieve	Modality Performed Procedure Step Retrieve SOP Class		SOP Class
1.2.840.10008.3.1.2.3.5		ModalityPerformedProcedureStepNotification	Modality Performed Procedure Step Notification SOP Class		SOP Class
1.2.840.10008.3.1.2.5.1	R	DetachedResultsManagement	Detached Results Management SOP Class		SOP Class
1.2.840.10008.3.1.2.5.4	R	DetachedResultsManagementMeta	Detached Results Management Meta SOP Class		Meta SOP Class
1.2.840.10008.3.1.2.5.5	R	DetachedStudyManagementMeta	Detached Study Management Meta SOP Class		Meta SOP Class
1.2.840.10008.3.1.2.6.1	R	DetachedInterpretationManagement	Detached Interpretation Management SOP Class		SOP Class
1.2.840.10008.4.2		Storage	Storage Service Class		Service Class
1.2.840.10008.5.1.1.1		BasicFilmSession	Basic Film Session SOP Class		SOP Class
1.2.840.10008.5.1.1.2		BasicFilmBox	Basic Film Box SOP Class		SOP Class
1.2.840.10008.5.1.1.4		BasicGrayscaleImageBox	Basic Grayscale Image Box SOP Class		SOP Class
1.2.840.10008.5.1.1.4.1		BasicColorImageBox	Basic Color Image Box SOP Class		SOP Class
1.2.840.10008.5.1.1.4.2	R	ReferencedImageBox	Referenced Image Box SOP Class		SOP Class
1.2.840.10008.5.1.1.9		BasicGrayscalePrintManagementMeta	Basic Grayscale Print Management Meta SOP Class		Meta SOP Class
1.2.840.10008.5.1.1.9.1	R	ReferencedGrayscalePrintManagementMeta	Referenced Grayscale Print Management Meta SOP Class		Meta SOP Class
1.2.840.10008.5.1.1.14		PrintJob	Print Job SOP Class		SOP Class
1.2.840.10008.5.1.1.15		BasicAnnotationBox	Basic Annotation Box SOP Class		SOP Class
1.2.840.10008.5.1.1.16		Printer	Printer SOP Class		SOP Class
1.2.840.10008.5.1.1.16.376		PrinterConfigurationRetrieval	Printer Configuration Retrieval SOP Class		SOP Class
1.2.840.10008.5.1.1.17		PrinterInstance	Printer SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.1.17.376		PrinterConfigurationRetrievalInstance	Printer Configuration Retrieval SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.1.18		BasicColorPrintManagementMeta	Basic Color Print Management Meta SOP Class		Meta SOP Class
1.2.840.10008.5.1.1.18.1	R	ReferencedColorPrintManagementMeta	Referenced Color Print Management Meta SOP Class		Meta SOP Class
1.2.840.10008.5.1.1.22		VOILUTBox	VOI LUT Box SOP Class		SOP Class
1.2.840.10008.5.1.1.23		PresentationLUT	Presentation LUT SOP Class		SOP Class
1.2.840.10008.5.1.1.24	R	ImageOverlayBox	Image Overlay Box SOP Class		SOP Class
1.2.840.10008.5.1.1.24.1	R	BasicPrintImageOverlayBox	Basic Print Image Overlay Box SOP Class		SOP Class
1.2.840.10008.5.1.1.25	R	PrintQueueInstance	Print Queue SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.1.26	R	PrintQueueManagement	Print Queue Management SOP Class		SOP Class
1.2.840.10008.5.1.1.27	R	StoredPrintStorage	Stored Print Storage SOP Class		SOP Class
1.2.840.10008.5.1.1.29	R	HardcopyGrayscaleImageStorage	Hardcopy Grayscale Image Storage SOP Class		SOP Class
1.2.840.10008.5.1.1.30	R	HardcopyColorImageStorage	Hardcopy Color Image Storage SOP Class		SOP Class
1.2.840.10008.5.1.1.31	R	PullPrintRequest	Pull Print Request SOP Class		SOP Class
1.2.840.10008.5.1.1.32	R	PullStoredPrintManagementMeta	Pull Stored Print Management Meta SOP Class		Meta SOP Class
1.2.840.10008.5.1.1.33		MediaCreationManagement	Media Creation Management SOP Class UID		SOP Class
1.2.840.10008.5.1.1.40		DisplaySystem	Display System SOP Class		SOP Class
1.2.840.10008.5.1.1.40.1		DisplaySystemInstance	Display System SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.4.1.1.1		ComputedRadiographyImageStorage	Computed Radiography Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.1.1		DigitalXRayImageStorageForPresentation	Digital X-Ray Image Storage - For Presentation		SOP Class
1.2.840.10008.5.1.4.1.1.1.1.1		DigitalXRayImageStorageForProcessing	Digital X-Ray Image Storage - For Processing		SOP Class
1.2.840.10008.5.1.4.1.1.1.2		DigitalMammographyXRayImageStorageForPresentation	Digital Mammography X-Ray Image Storage - For Presentation		SOP Class
1.2.840.10008.5.1.4.1.1.1.2.1		DigitalMammographyXRayImageStorageForProcessing	Digital Mammography X-Ray Image Storage - For Processing		SOP Class
1.2.840.10008.5.1.4.1.1.1.3		DigitalIntraOralXRayImageStorageForPresentation	Digital Intra-Oral X-Ray Image Storage - For Presentation		SOP Class
1.2.840.10008.5.1.4.1.1.1.3.1		DigitalIntraOralXRayImageStorageForProcessing	Digital Intra-Oral X-Ray Image Storage - For Processing		SOP Class
1.2.840.10008.5.1.4.1.1.2		CTImageStorage	CT Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.2.1		EnhancedCTImageStorage	Enhanced CT Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.2.2		LegacyConvertedEnhancedCTImageStorage	Legacy Converted Enhanced CT Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.3	R	UltrasoundMultiFrameImageStorageRetired	Ultrasound Multi-frame Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.3.1		UltrasoundMultiFrameImageStorage	Ultrasound Multi-frame Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.4		MRImageStorage	MR Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.4.1		EnhancedMRImageStorage	Enhanced MR Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.4.2		MRSpectroscopyStorage	MR Spectroscopy Storage		SOP Class
1.2.840.10008.5.1.4.1.1.4.3		EnhancedMRColorImageStorage	Enhanced MR Color Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.4.4		LegacyConvertedEnhancedMRImageStorage	Legacy Converted Enhanced MR Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.5	R	NuclearMedicineImageStorageRetired	Nuclear Medicine Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.6	R	UltrasoundImageStorageRetired	Ultrasound Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.6.1		UltrasoundImageStorage	Ultrasound Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.6.2		EnhancedUSVolumeStorage	Enhanced US Volume Storage		SOP Class
1.2.840.10008.5.1.4.1.1.6.3		PhotoacousticImageStorage	Photoacoustic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.7		SecondaryCaptureImageStorage	Secondary Capture Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.7.1		MultiFrameSingleBitSecondaryCaptureImageStorage	Multi-frame Single Bit Secondary Capture Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.7.2		MultiFrameGrayscaleByteSecondaryCaptureImageStorage	Multi-frame Grayscale Byte Secondary Capture Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.7.3		MultiFrameGrayscaleWordSecondaryCaptureImageStorage	Multi-frame Grayscale Word Secondary Capture Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.7.4		MultiFrameTrueColorSecondaryCaptureImageStorage	Multi-frame True Color Secondary Capture Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.8	R	StandaloneOverlayStorage	Standalone Overlay Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9	R	StandaloneCurveStorage	Standalone Curve Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.1	R	WaveformStorageTrial	Waveform Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.9.1.1		TwelveLeadECGWaveformStorage	12-lead ECG Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.1.2		GeneralECGWaveformStorage	General ECG Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.1.3		AmbulatoryECGWaveformStorage	Ambulatory ECG Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.1.4		General32bitECGWaveformStorage	General 32-bit ECG Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.2.1		HemodynamicWaveformStorage	Hemodynamic Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.3.1		CardiacElectrophysiologyWaveformStorage	Cardiac Electrophysiology Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.4.1		BasicVoiceAudioWaveformStorage	Basic Voice Audio Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.4.2		GeneralAudioWaveformStorage	General Audio Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.5.1		ArterialPulseWaveformStorage	Arterial Pulse Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.6.1		RespiratoryWaveformStorage	Respiratory Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.6.2		MultichannelRespiratoryWaveformStorage	Multi-channel Respiratory Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.7.1		RoutineScalpElectroencephalogramWaveformStorage	Routine Scalp Electroencephalogram Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.7.2		ElectromyogramWaveformStorage	Electromyogram Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.7.3		ElectrooculogramWaveformStorage	Electrooculogram Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.7.4		SleepElectroencephalogramWaveformStorage	Sleep Electroencephalogram Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.9.8.1		BodyPositionWaveformStorage	Body Position Waveform Storage		SOP Class
1.2.840.10008.5.1.4.1.1.10	R	StandaloneModalityLUTStorage	Standalone Modality LUT Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11	R	StandaloneVOILUTStorage	Standalone VOI LUT Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.1		GrayscaleSoftcopyPresentationStateStorage	Grayscale Softcopy Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.2		ColorSoftcopyPresentationStateStorage	Color Softcopy Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.3		PseudoColorSoftcopyPresentationStateStorage	Pseudo-Color Softcopy Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.4		BlendingSoftcopyPresentationStateStorage	Blending Softcopy Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.5		XAXRFGrayscaleSoftcopyPresentationStateStorage	XA/XRF Grayscale Softcopy Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.6		GrayscalePlanarMPRVolumetricPresentationStateStorage	Grayscale Planar MPR Volumetric Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.7		CompositingPlanarMPRVolumetricPresentationStateStorage	Compositing Planar MPR Volumetric Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.8		AdvancedBlendingPresentationStateStorage	Advanced Blending Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.9		VolumeRenderingVolumetricPresentationStateStorage	Volume Rendering Volumetric Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.10		SegmentedVolumeRenderingVolumetricPresentationStateStorage	Segmented Volume Rendering Volumetric Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.11		MultipleVolumeRenderingVolumetricPresentationStateStorage	Multiple Volume Rendering Volumetric Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.11.12		VariableModalityLUTSoftcopyPresentationStateStorage	Variable Modality LUT Softcopy Presentation State Storage		SOP Class
1.2.840.10008.5.1.4.1.1.12.1		XRayAngiographicImageStorage	X-Ray Angiographic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.12.1.1		EnhancedXAImageStorage	Enhanced XA Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.12.2		XRayRadiofluoroscopicImageStorage	X-Ray Radiofluoroscopic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.12.2.1		EnhancedXRFImageStorage	Enhanced XRF Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.12.3	R	XRayAngiographicBiPlaneImageStorage	X-Ray Angiographic Bi-Plane Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.12.77	R			(2015c)	SOP Class
1.2.840.10008.5.1.4.1.1.13.1.1		XRay3DAngiographicImageStorage	X-Ray 3D Angiographic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.13.1.2		XRay3DCraniofacialImageStorage	X-Ray 3D Craniofacial Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.13.1.3		BreastTomosynthesisImageStorage	Breast Tomosynthesis Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.13.1.4		BreastProjectionXRayImageStorageForPresentation	Breast Projection X-Ray Image Storage - For Presentation		SOP Class
1.2.840.10008.5.1.4.1.1.13.1.5		BreastProjectionXRayImageStorageForProcessing	Breast Projection X-Ray Image Storage - For Processing		SOP Class
1.2.840.10008.5.1.4.1.1.14.1		IntravascularOpticalCoherenceTomographyImageStorageForPresentation	Intravascular Optical Coherence Tomography Image Storage - For Presentation		SOP Class
1.2.840.10008.5.1.4.1.1.14.2		IntravascularOpticalCoherenceTomographyImageStorageForProcessing	Intravascular Optical Coherence Tomography Image Storage - For Processing		SOP Class
1.2.840.10008.5.1.4.1.1.20		NuclearMedicineImageStorage	Nuclear Medicine Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.30		ParametricMapStorage	Parametric Map Storage		SOP Class
1.2.840.10008.5.1.4.1.1.40	R			(2015c)	SOP Class
1.2.840.10008.5.1.4.1.1.66		RawDataStorage	Raw Data Storage		SOP Class
1.2.840.10008.5.1.4.1.1.66.1		SpatialRegistrationStorage	Spatial Registration Storage		SOP Class
1.2.840.10008.5.1.4.1.1.66.2		SpatialFiducialsStorage	Spatial Fiducials Storage		SOP Class
1.2.840.10008.5.1.4.1.1.66.3		DeformableSpatialRegistrationStorage	Deformable Spatial Registration Storage		SOP Class
1.2.840.10008.5.1.4.1.1.66.4		SegmentationStorage	Segmentation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.66.5		SurfaceSegmentationStorage	Surface Segmentation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.66.6		TractographyResultsStorage	Tractography Results Storage		SOP Class
1.2.840.10008.5.1.4.1.1.67		RealWorldValueMappingStorage	Real World Value Mapping Storage		SOP Class
1.2.840.10008.5.1.4.1.1.68.1		SurfaceScanMeshStorage	Surface Scan Mesh Storage		SOP Class
1.2.840.10008.5.1.4.1.1.68.2		SurfaceScanPointCloudStorage	Surface Scan Point Cloud Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1	R	VLImageStorageTrial	VL Image Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.77.2	R	VLMultiFrameImageStorageTrial	VL Multi-frame Image Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.1		VLEndoscopicImageStorage	VL Endoscopic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.1.1		VideoEndoscopicImageStorage	Video Endoscopic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.2		VLMicroscopicImageStorage	VL Microscopic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.2.1		VideoMicroscopicImageStorage	Video Microscopic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.3		VLSlideCoordinatesMicroscopicImageStorage	VL Slide-Coordinates Microscopic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.4		VLPhotographicImageStorage	VL Photographic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.4.1		VideoPhotographicImageStorage	Video Photographic Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.1		OphthalmicPhotography8BitImageStorage	Ophthalmic Photography 8 Bit Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.2		OphthalmicPhotography16BitImageStorage	Ophthalmic Photography 16 Bit Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.3		StereometricRelationshipStorage	Stereometric Relationship Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.4		OphthalmicTomographyImageStorage	Ophthalmic Tomography Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.5		WideFieldOphthalmicPhotographyStereographicProjectionImageStorage	Wide Field Ophthalmic Photography Stereographic Projection Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.6		WideFieldOphthalmicPhotography3DCoordinatesImageStorage	Wide Field Ophthalmic Photography 3D Coordinates Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.7		OphthalmicOpticalCoherenceTomographyEnFaceImageStorage	Ophthalmic Optical Coherence Tomography En Face Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.5.8		OphthalmicOpticalCoherenceTomographyBscanVolumeAnalysisStorage	Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.6		VLWholeSlideMicroscopyImageStorage	VL Whole Slide Microscopy Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.7		DermoscopicPhotographyImageStorage	Dermoscopic Photography Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.8		ConfocalMicroscopyImageStorage	Confocal Microscopy Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.77.1.9		ConfocalMicroscopyTiledPyramidalImageStorage	Confocal Microscopy Tiled Pyramidal Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.1		LensometryMeasurementsStorage	Lensometry Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.2		AutorefractionMeasurementsStorage	Autorefraction Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.3		KeratometryMeasurementsStorage	Keratometry Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.4		SubjectiveRefractionMeasurementsStorage	Subjective Refraction Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.5		VisualAcuityMeasurementsStorage	Visual Acuity Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.6		SpectaclePrescriptionReportStorage	Spectacle Prescription Report Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.7		OphthalmicAxialMeasurementsStorage	Ophthalmic Axial Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.78.8		IntraocularLensCalculationsStorage	Intraocular Lens Calculations Storage		SOP Class
1.2.840.10008.5.1.4.1.1.79.1		MacularGridThicknessAndVolumeReportStorage	Macular Grid Thickness and Volume Report Storage		SOP Class
1.2.840.10008.5.1.4.1.1.80.1		OphthalmicVisualFieldStaticPerimetryMeasurementsStorage	Ophthalmic Visual Field Static Perimetry Measurements Storage		SOP Class
1.2.840.10008.5.1.4.1.1.81.1		OphthalmicThicknessMapStorage	Ophthalmic Thickness Map Storage		SOP Class
1.2.840.10008.5.1.4.1.1.82.1		CornealTopographyMapStorage	Corneal Topography Map Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.1	R	TextSRStorageTrial	Text SR Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.88.2	R	AudioSRStorageTrial	Audio SR Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.88.3	R	DetailSRStorageTrial	Detail SR Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.88.4	R	ComprehensiveSRStorageTrial	Comprehensive SR Storage - Trial		SOP Class
1.2.840.10008.5.1.4.1.1.88.11		BasicTextSRStorage	Basic Text SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.22		EnhancedSRStorage	Enhanced SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.33		ComprehensiveSRStorage	Comprehensive SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.34		Comprehensive3DSRStorage	Comprehensive 3D SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.35		ExtensibleSRStorage	Extensible SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.40		ProcedureLogStorage	Procedure Log Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.50		MammographyCADSRStorage	Mammography CAD SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.59		KeyObjectSelectionDocumentStorage	Key Object Selection Document Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.65		ChestCADSRStorage	Chest CAD SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.67		XRayRadiationDoseSRStorage	X-Ray Radiation Dose SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.68		RadiopharmaceuticalRadiationDoseSRStorage	Radiopharmaceutical Radiation Dose SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.69		ColonCADSRStorage	Colon CAD SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.70		ImplantationPlanSRStorage	Implantation Plan SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.71		AcquisitionContextSRStorage	Acquisition Context SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.72		SimplifiedAdultEchoSRStorage	Simplified Adult Echo SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.73		PatientRadiationDoseSRStorage	Patient Radiation Dose SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.74		PlannedImagingAgentAdministrationSRStorage	Planned Imaging Agent Administration SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.75		PerformedImagingAgentAdministrationSRStorage	Performed Imaging Agent Administration SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.76		EnhancedXRayRadiationDoseSRStorage	Enhanced X-Ray Radiation Dose SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.88.77		WaveformAnnotationSRStorage	Waveform Annotation SR Storage		SOP Class
1.2.840.10008.5.1.4.1.1.90.1		ContentAssessmentResultsStorage	Content Assessment Results Storage		SOP Class
1.2.840.10008.5.1.4.1.1.91.1		MicroscopyBulkSimpleAnnotationsStorage	Microscopy Bulk Simple Annotations Storage		SOP Class
1.2.840.10008.5.1.4.1.1.104.1		EncapsulatedPDFStorage	Encapsulated PDF Storage		SOP Class
1.2.840.10008.5.1.4.1.1.104.2		EncapsulatedCDAStorage	Encapsulated CDA Storage		SOP Class
1.2.840.10008.5.1.4.1.1.104.3		EncapsulatedSTLStorage	Encapsulated STL Storage		SOP Class
1.2.840.10008.5.1.4.1.1.104.4		EncapsulatedOBJStorage	Encapsulated OBJ Storage		SOP Class
1.2.840.10008.5.1.4.1.1.104.5		EncapsulatedMTLStorage	Encapsulated MTL Storage		SOP Class
1.2.840.10008.5.1.4.1.1.128		PositronEmissionTomographyImageStorage	Positron Emission Tomography Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.128.1		LegacyConvertedEnhancedPETImageStorage	Legacy Converted Enhanced PET Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.129	R	StandalonePETCurveStorage	Standalone PET Curve Storage		SOP Class
1.2.840.10008.5.1.4.1.1.130		EnhancedPETImageStorage	Enhanced PET Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.131		BasicStructuredDisplayStorage	Basic Structured Display Storage		SOP Class
1.2.840.10008.5.1.4.1.1.200.1		CTDefinedProcedureProtocolStorage	CT Defined Procedure Protocol Storage		SOP Class
1.2.840.10008.5.1.4.1.1.200.2		CTPerformedProcedureProtocolStorage	CT Performed Procedure Protocol Storage		SOP Class
1.2.840.10008.5.1.4.1.1.200.3		ProtocolApprovalStorage	Protocol Approval Storage		SOP Class
1.2.840.10008.5.1.4.1.1.200.4		ProtocolApprovalInformationModelFind	Protocol Approval Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.1.1.200.5		ProtocolApprovalInformationModelMove	Protocol Approval Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.1.1.200.6		ProtocolApprovalInformationModelGet	Protocol Approval Information Model - GET		SOP Class
1.2.840.10008.5.1.4.1.1.200.7		XADefinedProcedureProtocolStorage	XA Defined Procedure Protocol Storage		SOP Class
1.2.840.10008.5.1.4.1.1.200.8		XAPerformedProcedureProtocolStorage	XA Performed Procedure Protocol Storage		SOP Class
1.2.840.10008.5.1.4.1.1.201.1		InventoryStorage	Inventory Storage		SOP Class
1.2.840.10008.5.1.4.1.1.201.2		InventoryFind	Inventory - FIND		SOP Class
1.2.840.10008.5.1.4.1.1.201.3		InventoryMove	Inventory - MOVE		SOP Class
1.2.840.10008.5.1.4.1.1.201.4		InventoryGet	Inventory - GET		SOP Class
1.2.840.10008.5.1.4.1.1.201.5		InventoryCreation	Inventory Creation		SOP Class
1.2.840.10008.5.1.4.1.1.201.6		RepositoryQuery	Repository Query		SOP Class
1.2.840.10008.5.1.4.1.1.201.1.1		StorageManagementInstance	Storage Management SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.4.1.1.481.1		RTImageStorage	RT Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.2		RTDoseStorage	RT Dose Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.3		RTStructureSetStorage	RT Structure Set Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.4		RTBeamsTreatmentRecordStorage	RT Beams Treatment Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.5		RTPlanStorage	RT Plan Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.6		RTBrachyTreatmentRecordStorage	RT Brachy Treatment Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.7		RTTreatmentSummaryRecordStorage	RT Treatment Summary Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.8		RTIonPlanStorage	RT Ion Plan Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.9		RTIonBeamsTreatmentRecordStorage	RT Ion Beams Treatment Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.10		RTPhysicianIntentStorage	RT Physician Intent Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.11		RTSegmentAnnotationStorage	RT Segment Annotation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.12		RTRadiationSetStorage	RT Radiation Set Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.13		CArmPhotonElectronRadiationStorage	C-Arm Photon-Electron Radiation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.14		TomotherapeuticRadiationStorage	Tomotherapeutic Radiation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.15		RoboticArmRadiationStorage	Robotic-Arm Radiation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.16		RTRadiationRecordSetStorage	RT Radiation Record Set Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.17		RTRadiationSalvageRecordStorage	RT Radiation Salvage Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.18		TomotherapeuticRadiationRecordStorage	Tomotherapeutic Radiation Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.19		CArmPhotonElectronRadiationRecordStorage	C-Arm Photon-Electron Radiation Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.20		RoboticRadiationRecordStorage	Robotic Radiation Record Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.21		RTRadiationSetDeliveryInstructionStorage	RT Radiation Set Delivery Instruction Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.22		RTTreatmentPreparationStorage	RT Treatment Preparation Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.23		EnhancedRTImageStorage	Enhanced RT Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.24		EnhancedContinuousRTImageStorage	Enhanced Continuous RT Image Storage		SOP Class
1.2.840.10008.5.1.4.1.1.481.25		RTPatientPositionAcquisitionInstructionStorage	RT Patient Position Acquisition Instruction Storage		SOP Class
1.2.840.10008.5.1.4.1.1.501.1		DICOSCTImageStorage	DICOS CT Image Storage	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.501.2.1		DICOSDigitalXRayImageStorageForPresentation	DICOS Digital X-Ray Image Storage - For Presentation	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.501.2.2		DICOSDigitalXRayImageStorageForProcessing	DICOS Digital X-Ray Image Storage - For Processing	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.501.3		DICOSThreatDetectionReportStorage	DICOS Threat Detection Report Storage	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.501.4		DICOS2DAITStorage	DICOS 2D AIT Storage	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.501.5		DICOS3DAITStorage	DICOS 3D AIT Storage	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.501.6		DICOSQuadrupoleResonanceStorage	DICOS Quadrupole Resonance (QR) Storage	DICOS	SOP Class
1.2.840.10008.5.1.4.1.1.601.1		EddyCurrentImageStorage	Eddy Current Image Storage	DICONDE ASTM E2934	SOP Class
1.2.840.10008.5.1.4.1.1.601.2		EddyCurrentMultiFrameImageStorage	Eddy Current Multi-frame Image Storage	DICONDE ASTM E2934	SOP Class
1.2.840.10008.5.1.4.1.2.1.1		PatientRootQueryRetrieveInformationModelFind	Patient Root Query/Retrieve Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.1.2.1.2		PatientRootQueryRetrieveInformationModelMove	Patient Root Query/Retrieve Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.1.2.1.3		PatientRootQueryRetrieveInformationModelGet	Patient Root Query/Retrieve Information Model - GET		SOP Class
1.2.840.10008.5.1.4.1.2.2.1		StudyRootQueryRetrieveInformationModelFind	Study Root Query/Retrieve Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.1.2.2.2		StudyRootQueryRetrieveInformationModelMove	Study Root Query/Retrieve Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.1.2.2.3		StudyRootQueryRetrieveInformationModelGet	Study Root Query/Retrieve Information Model - GET		SOP Class
1.2.840.10008.5.1.4.1.2.3.1	R	PatientStudyOnlyQueryRetrieveInformationModelFind	Patient/Study Only Query/Retrieve Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.1.2.3.2	R	PatientStudyOnlyQueryRetrieveInformationModelMove	Patient/Study Only Query/Retrieve Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.1.2.3.3	R	PatientStudyOnlyQueryRetrieveInformationModelGet	Patient/Study Only Query/Retrieve Information Model - GET		SOP Class
1.2.840.10008.5.1.4.1.2.4.2		CompositeInstanceRootRetrieveMove	Composite Instance Root Retrieve - MOVE		SOP Class
1.2.840.10008.5.1.4.1.2.4.3		CompositeInstanceRootRetrieveGet	Composite Instance Root Retrieve - GET		SOP Class
1.2.840.10008.5.1.4.1.2.5.3		CompositeInstanceRetrieveWithoutBulkDataGet	Composite Instance Retrieve Without Bulk Data - GET		SOP Class
1.2.840.10008.5.1.4.20.1		DefinedProcedureProtocolInformationModelFind	Defined Procedure Protocol Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.20.2		DefinedProcedureProtocolInformationModelMove	Defined Procedure Protocol Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.20.3		DefinedProcedureProtocolInformationModelGet	Defined Procedure Protocol Information Model - GET		SOP Class
1.2.840.10008.5.1.4.31		ModalityWorklistInformationModelFind	Modality Worklist Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.32	R	GeneralPurposeWorklistManagementMeta	General Purpose Worklist Management Meta SOP Class		Meta SOP Class
1.2.840.10008.5.1.4.32.1	R	GeneralPurposeWorklistInformationModelFind	General Purpose Worklist Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.32.2	R	GeneralPurposeScheduledProcedureStep	General Purpose Scheduled Procedure Step SOP Class		SOP Class
1.2.840.10008.5.1.4.32.3	R	GeneralPurposePerformedProcedureStep	General Purpose Performed Procedure Step SOP Class		SOP Class
1.2.840.10008.5.1.4.33		InstanceAvailabilityNotification	Instance Availability Notification SOP Class		SOP Class
1.2.840.10008.5.1.4.34.1	R	RTBeamsDeliveryInstructionStorageTrial	RT Beams Delivery Instruction Storage - Trial		SOP Class
1.2.840.10008.5.1.4.34.2	R	RTConventionalMachineVerificationTrial	RT Conventional Machine Verification - Trial		SOP Class
1.2.840.10008.5.1.4.34.3	R	RTIonMachineVerificationTrial	RT Ion Machine Verification - Trial		SOP Class
1.2.840.10008.5.1.4.34.4	R	UnifiedWorklistAndProcedureStepTrial	Unified Worklist and Procedure Step Service Class - Trial		Service Class
1.2.840.10008.5.1.4.34.4.1	R	UnifiedProcedureStepPushTrial	Unified Procedure Step - Push SOP Class - Trial		SOP Class
1.2.840.10008.5.1.4.34.4.2	R	UnifiedProcedureStepWatchTrial	Unified Procedure Step - Watch SOP Class - Trial		SOP Class
1.2.840.10008.5.1.4.34.4.3	R	UnifiedProcedureStepPullTrial	Unified Procedure Step - Pull SOP Class - Trial		SOP Class
1.2.840.10008.5.1.4.34.4.4	R	UnifiedProcedureStepEventTrial	Unified Procedure Step - Event SOP Class - Trial		SOP Class
1.2.840.10008.5.1.4.34.5		UPSGlobalSubscriptionInstance	UPS Global Subscription SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.4.34.5.1		UPSFilteredGlobalSubscriptionInstance	UPS Filtered Global Subscription SOP Instance		Well-known SOP Instance
1.2.840.10008.5.1.4.34.6		UnifiedWorklistAndProcedureStep	Unified Worklist and Procedure Step Service Class		Service Class
1.2.840.10008.5.1.4.34.6.1		UnifiedProcedureStepPush	Unified Procedure Step - Push SOP Class		SOP Class
1.2.840.10008.5.1.4.34.6.2		UnifiedProcedureStepWatch	Unified Procedure Step - Watch SOP Class		SOP Class
1.2.840.10008.5.1.4.34.6.3		UnifiedProcedureStepPull	Unified Procedure Step - Pull SOP Class		SOP Class
1.2.840.10008.5.1.4.34.6.4		UnifiedProcedureStepEvent	Unified Procedure Step - Event SOP Class		SOP Class
1.2.840.10008.5.1.4.34.6.5		UnifiedProcedureStepQuery	Unified Procedure Step - Query SOP Class		SOP Class
1.2.840.10008.5.1.4.34.7		RTBeamsDeliveryInstructionStorage	RT Beams Delivery Instruction Storage		SOP Class
1.2.840.10008.5.1.4.34.8		RTConventionalMachineVerification	RT Conventional Machine Verification		SOP Class
1.2.840.10008.5.1.4.34.9		RTIonMachineVerification	RT Ion Machine Verification		SOP Class
1.2.840.10008.5.1.4.34.10		RTBrachyApplicationSetupDeliveryInstructionStorage	RT Brachy Application Setup Delivery Instruction Storage		SOP Class
1.2.840.10008.5.1.4.37.1		GeneralRelevantPatientInformationQuery	General Relevant Patient Information Query		SOP Class
1.2.840.10008.5.1.4.37.2		BreastImagingRelevantPatientInformationQuery	Breast Imaging Relevant Patient Information Query		SOP Class
1.2.840.10008.5.1.4.37.3		CardiacRelevantPatientInformationQuery	Cardiac Relevant Patient Information Query		SOP Class
1.2.840.10008.5.1.4.38.1		HangingProtocolStorage	Hanging Protocol Storage		SOP Class
1.2.840.10008.5.1.4.38.2		HangingProtocolInformationModelFind	Hanging Protocol Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.38.3		HangingProtocolInformationModelMove	Hanging Protocol Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.38.4		HangingProtocolInformationModelGet	Hanging Protocol Information Model - GET		SOP Class
1.2.840.10008.5.1.4.39.1		ColorPaletteStorage	Color Palette Storage		SOP Class
1.2.840.10008.5.1.4.39.2		ColorPaletteQueryRetrieveInformationModelFind	Color Palette Query/Retrieve Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.39.3		ColorPaletteQueryRetrieveInformationModelMove	Color Palette Query/Retrieve Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.39.4		ColorPaletteQueryRetrieveInformationModelGet	Color Palette Query/Retrieve Information Model - GET		SOP Class
1.2.840.10008.5.1.4.41		ProductCharacteristicsQuery	Product Characteristics Query SOP Class		SOP Class
1.2.840.10008.5.1.4.42		SubstanceApprovalQuery	Substance Approval Query SOP Class		SOP Class
1.2.840.10008.5.1.4.43.1		GenericImplantTemplateStorage	Generic Implant Template Storage		SOP Class
1.2.840.10008.5.1.4.43.2		GenericImplantTemplateInformationModelFind	Generic Implant Template Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.43.3		GenericImplantTemplateInformationModelMove	Generic Implant Template Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.43.4		GenericImplantTemplateInformationModelGet	Generic Implant Template Information Model - GET		SOP Class
1.2.840.10008.5.1.4.44.1		ImplantAssemblyTemplateStorage	Implant Assembly Template Storage		SOP Class
1.2.840.10008.5.1.4.44.2		ImplantAssemblyTemplateInformationModelFind	Implant Assembly Template Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.44.3		ImplantAssemblyTemplateInformationModelMove	Implant Assembly Template Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.44.4		ImplantAssemblyTemplateInformationModelGet	Implant Assembly Template Information Model - GET		SOP Class
1.2.840.10008.5.1.4.45.1		ImplantTemplateGroupStorage	Implant Template Group Storage		SOP Class
1.2.840.10008.5.1.4.45.2		ImplantTemplateGroupInformationModelFind	Implant Template Group Information Model - FIND		SOP Class
1.2.840.10008.5.1.4.45.3		ImplantTemplateGroupInformationModelMove	Implant Template Group Information Model - MOVE		SOP Class
1.2.840.10008.5.1.4.45.4		ImplantTemplateGroupInformationModelGet	Implant Template Group Information Model - GET		SOP Class
1.2.840.10008.7.1.1		NativeDICOMModel	Native DICOM Model		Application Hosting Model
1.2.840.10008.7.1.2		AbstractMultiDimensionalImageModel	Abstract Multi-Dimensional Image Model		Application Hosting Model
1.2.840.10008.8.1.1		DICOMContentMappingResource	DICOM Content Mapping Resource		Mapping Resource
1.2.840.10008.10.1		VideoEndoscopicImageRealTimeCommunication	Video Endoscopic Image Real-Time Communication		SOP Class
1.2.840.10008.10.2		VideoPhotographicImageRealTimeCommunication	Video Photographic Image Real-Time Communication		SOP Class
1.2.840.10008.10.3		AudioWaveformRealTimeCommunication	Audio Waveform Real-Time Communication		SOP Class
1.2.840.10008.10.4		RenditionSelectionDocumentRealTimeCommunication	Rendition Selection Document Real-Time Communication		SOP Class
1.2.840.10008.15.0.3.1		dicomDeviceName	dicomDeviceName		LDAP OID
1.2.840.10008.15.0.3.2		dicomDescription	dicomDescription		LDAP OID
1.2.840.10008.15.0.3.3		dicomManufacturer	dicomManufacturer		LDAP OID
1.2.840.10008.15.0.3.4		dicomManufacturerModelName	dicomManufacturerModelName		LDAP OID
1.2.840.10008.15.0.3.5		dicomSoftwareVersion	dicomSoftwareVersion		LDAP OID
1.2.840.10008.15.0.3.6		dicomVendorData	dicomVendorData		LDAP OID
1.2.840.10008.15.0.3.7		dicomAETitle	dicomAETitle		LDAP OID
1.2.840.10008.15.0.3.8		dicomNetworkConnectionReference	dicomNetworkConnectionReference		LDAP OID
1.2.840.10008.15.0.3.9		dicomApplicationCluster	dicomApplicationCluster		LDAP OID
1.2.840.10008.15.0.3.10		dicomAssociationInitiator	dicomAssociationInitiator		LDAP OID
1.2.840.10008.15.0.3.11		dicomAssociationAcceptor	dicomAssociationAcceptor		LDAP OID
1.2.840.10008.15.0.3.12		dicomHostname	dicomHostname		LDAP OID
1.2.840.10008.15.0.3.13		dicomPort	dicomPort		LDAP OID
1.2.840.10008.15.0.3.14		dicomSOPClass	dicomSOPClass		LDAP OID
1.2.840.10008.15.0.3.15		dicomTransferRole	dicomTransferRole		LDAP OID
1.2.840.10008.15.0.3.16		dicomTransferSyntax	dicomTransferSyntax		LDAP OID
1.2.840.10008.15.0.3.17		dicomPrimaryDeviceType	dicomPrimaryDeviceType		LDAP OID
1.2.840.10008.15.0.3.18		dicomRelatedDeviceReference	dicomRelatedDeviceReference		LDAP OID
1.2.840.10008.15.0.3.19		dicomPreferredCalledAETitle	dicomPreferredCalledAETitle		LDAP OID
1.2.840.10008.15.0.3.20		dicomTLSCyphersuite	dicomTLSCyphersuite		LDAP OID
1.2.840.10008.15.0.3.21		dicomAuthorizedNodeCertificateReference	dicomAuthorizedNodeCertificateReference		LDAP OID
1.2.840.10008.15.0.3.22		dicomThisNodeCertificateReference	dicomThisNodeCertificateReference		LDAP OID
1.2.840.10008.15.0.3.23		dicomInstalled	dicomInstalled		LDAP OID
1.2.840.10008.15.0.3.24		dicomStationName	dicomStationName		LDAP OID
1.2.840.10008.15.0.3.25		dicomDeviceSerialNumber	dicomDeviceSerialNumber		LDAP OID
1.2.840.10008.15.0.3.26		dicomInstitutionName	dicomInstitutionName		LDAP OID
1.2.840.10008.15.0.3.27		dicomInstitutionAddress	dicomInstitutionAddress		LDAP OID
1.2.840.10008.15.0.3.28		dicomInstitutionDepartmentName	dicomInstitutionDepartmentName		LDAP OID
1.2.840.10008.15.0.3.29		dicomIssuerOfPatientID	dicomIssuerOfPatientID		LDAP OID
1.2.840.10008.15.0.3.30		dicomPreferredCallingAETitle	dicomPreferredCallingAETitle		LDAP OID
1.2.840.10008.15.0.3.31		dicomSupportedCharacterSet	dicomSupportedCharacterSet		LDAP OID
1.2.840.10008.15.0.4.1		dicomConfigurationRoot	dicomConfigurationRoot		LDAP OID
1.2.840.10008.15.0.4.2		dicomDevicesRoot	dicomDevicesRoot		LDAP OID
1.2.840.10008.15.0.4.3		dicomUniqueAETitlesRegistryRoot	dicomUniqueAETitlesRegistryRoot		LDAP OID
1.2.840.10008.15.0.4.4		dicomDevice	dicomDevice		LDAP OID
1.2.840.10008.15.0.4.5		dicomNetworkAE	dicomNetworkAE		LDAP OID
1.2.840.10008.15.0.4.6		dicomNetworkConnection	dicomNetworkConnection		LDAP OID
1.2.840.10008.15.0.4.7		dicomUniqueAETitle	dicomUniqueAETitle		LDAP OID
1.2.840.10008.15.0.4.8		dicomTransferCapability	dicomTransferCapability		LDAP OID
1.2.840.10008.15.1.1		UTC	Universal Coordinated Time		Synchronization Frame of Reference
1.2.840.10008.1.4.1.1		TalairachBrainAtlas	Talairach Brain Atlas Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.2		SPM2T1	SPM2 T1 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.3		SPM2T2	SPM2 T2 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.4		SPM2PD	SPM2 PD Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.5		SPM2EPI	SPM2 EPI Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.6		SPM2FILT1	SPM2 FIL T1 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.7		SPM2PET	SPM2 PET Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.8		SPM2TRANSM	SPM2 TRANSM Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.9		SPM2SPECT	SPM2 SPECT Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.10		SPM2GRAY	SPM2 GRAY Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.11		SPM2WHITE	SPM2 WHITE Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.12		SPM2CSF	SPM2 CSF Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.13		SPM2BRAINMASK	SPM2 BRAINMASK Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.14		SPM2AVG305T1	SPM2 AVG305T1 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.15		SPM2AVG152T1	SPM2 AVG152T1 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.16		SPM2AVG152T2	SPM2 AVG152T2 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.17		SPM2AVG152PD	SPM2 AVG152PD Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.1.18		SPM2SINGLESUBJT1	SPM2 SINGLESUBJT1 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.2.1		ICBM452T1	ICBM 452 T1 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.2.2		ICBMSingleSubjectMRI	ICBM Single Subject MRI Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.3.1		IEC61217FixedCoordinateSystem	IEC 61217 Fixed Coordinate System Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.3.2		StandardRoboticArmCoordinateSystem	Standard Robotic-Arm Coordinate System Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.3.3		IEC61217TableTopCoordinateSystem	IEC 61217 Table Top Coordinate System Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.4.1		SRI24	SRI24 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.5.1		Colin27	Colin27 Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.6.1		LPBA40AIR	LPBA40/AIR Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.6.2		LPBA40FLIRT	LPBA40/FLIRT Frame of Reference		Well-known frame of reference
1.2.840.10008.1.4.6.3		LPBA40SPM5	LPBA40/SPM5 Frame of Reference		Well-known frame of reference
"""#
    }
}
