// GENERATED FILE: do not edit. Regenerate it instead (see below).
// The private data dictionary (from GDCM via pydicom), parsed by DataDictionary.swift.
// Source: pydicom 3.0.2, _private_dict.py (private_dictionaries) (DICOM edition 2024c).
// Regenerate with:
//     python3 Scripts/generate_dictionary.py [path/to/pydicom-3.0.2-py3-none-any.whl]
// (without a path it runs `pip download --no-deps pydicom==3.0.2`).

// A line "<TAB>creator" starts a private creator's block; each following line is
// tab-separated: key (pydicom's spelling, x = wildcard digit), R if retired, VRs
// (slash-separated), name, VM.
// 449 creators, 10545 entries.

extension DataDictionary {
    static var privateTableText: String {
#"""
	1.2.840.113663.1
0029xx00		US	Unknown	1
0029xx01		US	Unknown	1
	1.2.840.113681
0019xx10		ST	CR Image Params Common	1
0019xx11		ST	CR Image IP Params Single	1
0019xx12		ST	CR Image IP Params Left	1
0019xx13		ST	CR Image IP Params Right	1
	1.2.840.113708.794.1.1.2.0
0087xx10		CS	Media Type	1
0087xx20		CS	Media Location	1
0087xx30		ST	Storage File ID	1
0087xx40		DS	Study or Image Size in MB	1
0087xx50		IS	Estimated Retrieve Time	1
	2.16.840.1.114059.1.1.6.1.50.1
0029xx20		LT	Description	1
0029xx21		ST	Orientation	1
0029xx22		ST	Parameter 1	1
0029xx23		ST	Parameter 2	1
0029xx24		LO	Teeth	1
0029xx25		LO	Jaw	1
0029xx26		LO	Quadrant	1
0029xx27		LO	CRC	1
	A.L.I. Technologies, Inc.
3711xx01		LO	Filename	1
3711xx02		OB	Data Blob of a Visit	1
3711xx03		US	Revision Number	1
3711xx04		UL	Unix Timestamp	1
3711xx05		IS	Bag ID	1
3711xx0C		UI	Original Study UID	1
3711xx0D		US	Overlay Grayscale Value	1
3711xx0E		CS	Anonymization Status	1
	ACUSON
0009xx00		IS	Unknown	1
0009xx01		IS	Unknown	1
0009xx02		UN	Unknown	1
0009xx03		UN	Unknown	1
0009xx04		UN	Unknown	1
0009xx05		UN	Unknown	1
0009xx06		UN	Unknown	1
0009xx07		UN	Unknown	1
0009xx08		LT	Unknown	1
0009xx09		LT	Unknown	1
0009xx0A		IS	Unknown	1
0009xx0B		IS	Unknown	1
0009xx0C		IS	Unknown	1
0009xx0D		IS	Unknown	1
0009xx0E		IS	Unknown	1
0009xx0F		UN	Unknown	1
0009xx10		IS	Unknown	1
0009xx11		UN	Unknown	1
0009xx12		IS	Unknown	1
0009xx13		IS	Unknown	1
0009xx14		LT	Unknown	1
0009xx15		UN	Unknown	1
	ACUSON: 1.2.840.11386.1.0
7FDFxx00		IS	Lossy Compression Ratio	1
7FDFxx01		US	Image Format	1
7FDFxx02		US	Acuson Region Type	1
7FDFxx0B		UL	Acuson Image Apex X	1
7FDFxx0C		UL	Acuson Image Apex Y	1
7FDFxx0D		IS	B-Color-On Flag	1
	ACUSON:1.2.840.113680.1.0:0921
0009xx20		UN	View Name	1
0009xx2A		UN	View List	1
	ACUSON:1.2.840.113680.1.0:7f10
7FDFxx00		UN	Lossy Compression Ratio	1
7FDFxx01		UN	Image Format	1
7FDFxx02		UN	Acuson Region Type	1
7FDFxx0B		UN	Acuson Image Apex X	1
7FDFxx0C		UN	Acuson Image Apex Y	1
7FDFxx0D		UN	B-Color-On Flag	1
7FDFxx0E		UN	Acuson Mechanical Apex X	1
7FDFxx0F		UN	Acuson Mechanical Apex Y	1
7FDFxx10		UN	Acquisition Type:	1
7FDFxx18		UN	Transformation Matrix Sequence	1
7FDFxx20		UN	Left angle	1
7FDFxx22		UN	Right angle	1
7FDFxx24		UN	Color Map Family	1
7FDFxx25		UN	Full Colormap.	1
7FDFxx26		UN	Color Invert	1
7FDFxx27		UN	Color Baseline	1
7FDFxx28		UN	CD Color Mix Points X1	1
7FDFxx29		UN	CD Color Mix Points Y1	1
7FDFxx2A		UN	CD Color Mix Points X2	1
7FDFxx2B		UN	CD Color Mix Points Y2	1
7FDFxx2C		UN	Color Accent	1
7FDFxx30		UN	Persistence SQ	1
7FDFxx31		UN	Persistence Mode	1
7FDFxx32		UN	Persistence Coefficient Mode	1
7FDFxx33		UN	Alpha coefficient	1
7FDFxx34		UN	Gamma coefficient	1
7FDFxx35		UN	Persistence Time Flag	1
7FDFxx36		UN	Persistence adaptive flag	1
7FDFxx37		UN	Persistence Frame Rate	1
7FDFxx38		UN	Persistence ID	1
7FDFxx40		UN	Observation Date Time SQ	1
7FDFxx50		UN	Capture Type Name	1
7FDFxx52		UN	Capture Type Number	1
7FDFxx54		UN	Number of Capture Types	1
7FDFxx60		UN	CD Steering Angle	1
7FDFxx61		UN	CD PRI	1
7FDFxx62		UN	CD Dynamic Range	1
7FDFxx63		UN	CD Velocity Scale Min	1
7FDFxx64		UN	CD Velocity Scale Max	1
7FDFxx65		UN	CD Color Mode	1
7FDFxx66		UN	CD Frequency	1
7FDFxx67		UN	CD Balance	1
7FDFxx68		UN	CD Delta	1
7FDFxx69		UN	CD Pan Box Min X0	1
7FDFxx6A		UN	CD Pan Box Min Y0	1
7FDFxx6B		UN	CD Pan Box Min X1	1
7FDFxx6C		UN	CD Pan Box Min Y1	1
7FDFxx6D		UN	CPS Map Type	1
7FDFxx6E		UN	CPS Map Data	1
7FDFxx6F		UN	CPS Balance Setting	1
7FDFxx70		UN	3DCard Step Angle	1
7FDFxx71		UN	3DCard Xdcr Angle	1
7FDFxx72		UN	B-mode Frequency	1
7FDFxx73		UN	B-mode Dynamic Range	1
7FDFxx74		UN	B-mode Frame Rate	1
7FDFxx75		UN	B-mode Space Time	1
7FDFxx76		UN	B-mode Persistence	1
7FDFxx77		UN	B-mode Display Depth Start	1
7FDFxx78		UN	B-mode Display Depth End	1
7FDFxx79		UN	B-mode Res Mode	1
7FDFxx7A		UN	B-mode Preset Application	1
7FDFxx7B		UN	Image Spec Name	1
7FDFxx7C		UN	B Preset Image Look	1
7FDFxx7D		UN	B-mode Post Processing	1
7FDFxx7E		UN	B Edge	1
7FDFxx7F		UN	B Delta	1
7FDFxx80		UN	B-mode 1D Post Processing Curve	1
7FDFxx81		UN	B-mode Delta (ECRI) Map Diagonal	1
7FDFxx82		UN	Bytes Per Timestamp	1
7FDFxx83		UN	Microseconds in unit timestamp	1
7FDFxx84		UN	Start Stopwatch Timestamp	1
7FDFxx85		UN	Acoustic Frame Timestamp	1
7FDFxx86		UN	R-Wave Timestamp	1
7FDFxx87		UN	Last Destruction Timestamp	1
7FDFxx88		UN	Pixels Per Second	1
7FDFxx89		UN	ECG Reference Timestamp	1
7FDFxx8A		UN	ECG Sampling Interval (milliseconds)	1
7FDFxx8B		UN	ECG Sample Count	1
7FDFxx8C		UN	ECG Sample Size	1
7FDFxx8D		UN	ECG Data Value	1
7FDFxx8E		UN	Contrast/Active Image Indicator	1
7FDFxx8F		UN	Live Dual Mode Indicator	1
7FDFxx90		UN	3DCard Clipset ID	1
7FDFxx91		UN	3DCard HRWave Min	1
7FDFxx92		UN	3DCard HRWave Max	1
7FDFxx93		UN	Perspective Capture Type	1
7FDFxxF1		UN	Trigger Mask.	1
7FDFxxF2		UN	Study Directory	1
7FDFxxF3		UN	Last Modify Date	1
7FDFxxF4		UN	Last Modify Time	1
7FDFxxF5		UN	Teaching Study	1
7FDFxxF6		UN	Series Base UID	1
	ACUSON:1.2.840.113680.1.0:7ffe
7FDFxx00		UN	Data Padding	1
	ADAC_IMG
0019xx02		IS	Ver200 ADAC Pegasys File Size	1
0019xx10		LO	ADAC Header Signature	2
0019xx11		US	Number of ADAC Headers	1
0019xx12		IS	ADAC Header/Image Sizes	1-n
0019xx20		OB	ADAC Pegasys Headers	1
0019xx21		US	Ver200 Number of ADAC Headers	1
0019xx41		IS	Ver200 ADAC Header/Image Size	1-n
0019xx61		OB	Ver200 ADAC Pegasys Headers	1
7043xx00		SH	Cardiac Stress State	1
7043xx10		LO	Philips NM Private Group	1
	AEGIS_DICOM_2.00
0003xx00		US	Unknown	1-n
0005xx00		US	Unknown	1-n
0009xx00		US	Unknown	1-n
0019xx00		US	Unknown	1-n
0029xx00		US	Unknown	1-n
1369xx00		US	Unknown	1-n
	AGFA
0009xx10		LO	Unknown	1
0009xx11		LO	Unknown	1
0009xx13		LO	Unknown	1
0009xx14		LO	Unknown	1
0009xx15		LO	Unknown	1
0019xx10		SH	Private Identification Code	1
0019xx11		LO	Identification Data (Note 2)	3
0019xx13		LO	Sensitometry Name	1
0019xx14		ST	Window/Level List (Note 3)	3
0019xx15		LO	Dose Monitoring List	1
0019xx16		LO	Other Info (Note 5)	3
0019xx1A		LO	Clipped Exposure Deviation	1
0019xx1B		LO	Logarithmic PLT Full Scale	1
0019xx60		US	Total number of series	1
0019xx61		SH	Session Number	1
0019xx62		SH	ID Station name	1
0019xx65		US	Number of images in study to be transmitted (only sent with autoverify: on)	1
0019xx70		US	Total number of images	1
0019xx80		ST	Geometrical Transformations	1
0019xx81		ST	Roam Origin	1
0019xx82		US	Zoom factor	1
0019xx93		CS	Status	1
	AGFA PACS Archive Mirroring 1.0
0031xx00		CS	Unknown	1
0031xx01		UL	Unknown	1
	AGFA-AG_HPState
0071xx18		SQ	Unknown	1
0071xx19		SQ	Unknown	1
0071xx1A		SQ	Unknown	1
0071xx1C		SQ	Unknown	1
0071xx1E		SQ	Unknown	1
0071xx20		FL	Unknown	1-n
0071xx21		FD	Unknown	1-n
0071xx22		FD	Unknown	1-n
0071xx23		FD	Unknown	1-n
0071xx24		FD	Unknown	1
0073xx23		SH	Unknown	1
0073xx24		SQ	Unknown	1
0073xx28		SQ	Unknown	1
0073xx80		FL	Unknown	1
0075xx10		LO	Unknown	1
0087xx01		LO	Unknown	1
0087xx02		LO	Unknown	1
	AGFA_ADC_Compact
0019xx05		ST	Data stream from cassette	1
0019xx10		LO	Private Identification Code	1
0019xx30		ST	Set of destination types	1
0019xx40		ST	Set of destination Ids	1
0019xx50		ST	Set of processing codes	1
0019xx60		US	Number of series in study	1
0019xx61		US	Session Number	1
0019xx62		SH	ID station name	1
0019xx70		US	Number of images in series	1
0019xx71		US	Break condition	1
0019xx72		US	Wait (or Hold) flag	1
0019xx73		US	ScanRes flag	1
0019xx74		SH	Operation code	1
0019xx95		CS	Image quality	1
	ALOKA:1.2.392.200039.103.2
0009xx00		SH	Unknown	1
0009xx04		US	Unknown	1-n
0009xx06		US	Unknown	1-n
0009xx0A		SH	Unknown	1
0009xx20		CS	Unknown	1
0009xx22		CS	Unknown	1
0009xx24		CS	Unknown	1
0009xx26		IS	Unknown	1
0009xx28		IS	Unknown	1
0009xx2A		DS	Unknown	1
0009xx30		FD	Unknown	1
0009xx32		DS	Unknown	1
0009xx34		CS	Unknown	1
0019xx08		FD	Unknown	1
0019xx0C		CS	Unknown	1
0019xx0E		DS	Unknown	1
0019xx18		SL	Unknown	1
0019xx1A		SL	Unknown	1
0019xx40		SS	Unknown	1
0019xx46		US	Unknown	1
0019xx50		SL	Unknown	1
0019xx52		DS	Unknown	1
0019xx54		DS	Unknown	1
0019xx56		FD	Unknown	1
	AMI Annotations_01
3101xx10		SQ	AMI Annotation Sequence (RET)	1
	AMI Annotations_02
3101xx20		SQ	AMI Annotation Sequence (RET)	1
	AMI ImageContextExt_01
3107xxA0		CS	AMI Window Function (RET)	1
3107xxB0		DS	AMI Window Slope (RET)	1
	AMI ImageContext_01
3109xx10		CS	AMI Window Invert (RET)	1
3109xx20		IS	AMI Window Center (RET)	1
3109xx30		IS	AMI Window Widith (RET)	1
3109xx40		CS	AMI Pixel Aspect Ratio Swap (RET)	1
3109xx50		CS	AMI Enable Averaging (RET)	1
3109xx60		CS	AMI Quality (RET)	1
3109xx70		CS	AMI Viewport Annotation Level (RET)	1
3109xx80		CS	AMI Show Image Annotation (RET)	1
3109xx90		CS	AMI Show Image Overlay (RET)	1
	AMI ImageTransform_01
3107xx10		DS	AMI Transformation Matrix (RET)	1
3107xx20		DS	AMI Center Offset (RET)	1
3107xx30		DS	AMI Magnification (RET)	1
3107xx40		CS	AMI Magnification Type (RET)	1
3107xx50		DS	AMI Displayed Area (RET)	1
3107xx60		DS	AMI Calibration Factor (RET)	1
	AMI Sequence AnnotElements_01
3105xx10		DS	AMI Annotation Element Position	1
3105xx20		LT	AMI Annotation Element Text	1
	AMI Sequence Annotations_01
3103xx10		CS	AMI Annotation Sequence (RET)	1
3103xx20		UI	AMI Annotation UID (RET)	1
3103xx30		US	AMI Annotation Color (RET)	1
3103xx40		FD	FontSize	1
3103xx50		CS	AMI Annotation Line Style (RET)	1
3103xx60		SQ	AMI Annotation Elements (RET)	1
3103xx70		SH	AMI Annotation Label (RET)	1
3103xx80		PN	AMI Annotation Creator (RET)	1
3103xx90		PN	AMI Annotation Modifiers (RET)	1
3103xxA0		DA	AMI Annotation Creation Date (RET)	1
3103xxB0		TM	AMI Annotation Creation Time (RET)	1
3103xxC0		DA	AMI Annotation Modification Dates (RET)	1
3103xxD0		TM	AMI Annotation Modification Times (RET)	1
3103xxE0		US	AMI Annotation Frame Number (RET)	1
	AMI Sequence Annotations_02
3103xx10		CS	AMI Annotation Sequence (RET)	1
3103xx20		UI	AMI Annotation UID (RET)	1
3103xx30		US	AMI Annotation Color (RET)	1
3103xx50		CS	AMI Annotation Line Style (RET)	1
3103xx60		SQ	AMI Annotation Elements (RET)	1
3103xx70		SH	AMI Annotation Label (RET)	1
3103xx80		PN	AMI Annotation Creator (RET)	1
3103xx90		PN	AMI Annotation Modifiers (RET)	1
3103xxA0		DA	AMI Annotation Creation Date (RET)	1
3103xxB0		TM	AMI Annotation Creation Time (RET)	1
3103xxC0		DA	AMI Annotation Modification Dates (RET)	1
3103xxD0		TM	AMI Annotation Modification Times (RET)	1
3103xxE0		US	AMI Annotation Frame Number (RET)	1
	AMI StudyExtensions_01
3111xx01		UL	AMI Last Released Annot Label (RET)	1
	AMICAS0
0023xx01		UI		1
0023xx08		US		1
0023xx10		US		1
0023xx16		SL		1
	APEX_PRIVATE
0027xx10		LO	Private Creator	1
0027xx11		DS	Bed Position	1
	ATL HDI V1.0
0009xx00		UN	Private	1
0009xx10		UN	Private	1
0009xx20		UN	Private	1
0009xx30		UN	Private	1
0009xx40		UN	Private	1
0009xx50		UN	Private	1
0009xx60		UN	Private	1
0009xx70		UN	Private	1
0009xx80		UN	Private	1
0009xx90		UN	Private	1
0009xx91		UN	Private	1
0029xx30		UN	Loop Mode	1
0029xx31		UN	Trigger mode	1
0029xx32		UN	Number of Loops	1
0029xx33		UN	Loop Indexes	1
0029xx34		UN	Loop Heart Rates	1
0029xx35		UN	Medications	1
	ATL PRIVATE TAGS
0029xx30		UL	Loop Mode	1
0029xx31		UL	Trigger mode	1
0029xx32		UL	Number of Loops	1
0029xx33		DS	Loop Indexes	1-n
0029xx34		DS	Loop Heart Rates	1-n
0029xx35		LO	Medications	1
	Acuson X500
0009xx20		UN	(a)View Name	1
0009xx2A		UN	View List	1
0011xx10		UN	Siemens Medical	1
0011xx11		UN	DIMAQ Software	1
0011xx20		UN	Private Data	1
0011xx21		UN	Private Data	1
0013xx10		UN	Siemens Medical	1
0013xx11		UN	DIMAQ Software	1
0013xx20		UN	Private Data	1
0015xx10		UN	Siemens Medical	1
0015xx11		UN	DIMAQ Software	1
0015xx20		UN	Private Data	1
0017xx10		UN	Siemens Medical	1
0017xx11		UN	DIMAQ Software	1
0017xx20		UN	Private Data	1
0019xx20		UN	Import Structured	1
	Agfa ADC NX
0019xx09		SQ	Unknown	1
0019xxF5		CS	Cassette Orientation	1
0019xxF6		DS	Plate Sensitivity	1
0019xxF7		DS	Plate Erasability	1
0019xxF8		IS	Unknown	1
0019xxFE		CS	Unknown	1
	AgilityRuntime
0029xx11		CS	Unknown	1
0029xx12		US	Unknown	1
0029xx13		US	Unknown	1
0029xx14		US	Unknown	1
0029xx1F		US	Unknown	1
	Applicare/Centricity Radiology Web/Version 1.0
4109xx01		SH	Mammography Laterality	1
4109xx02		SH	Mammography View Name	1
4109xx03		SH	Mammography View Modifier	1
	Applicare/Centricity Radiology Web/Version 2.0
4111xx01		CS	Secondary Spine Label	1
4111xx02		IS	Additional tags for Presentation State	1
	Applicare/Print/Version 5.1
4101xx01		UL	<internal	1
4101xx02		SQ	<internal	1
4101xx03		LO	<internal	1
4101xx04		UL	<internal	1
4101xx05		FD	<internal	1
4101xx06		US	<internal	1
4101xx07		US	<internal	1
4101xx08		US	<internal	1
4101xx09		US	<internal	1
	Applicare/RadStore/Version 1.0
3113xx01		SL	OBSOLETE	1
3113xx02		SL	Id1	1
3113xx03		SL	Id2	1
3113xx04		SL	Id3	1
3113xx11		LO	OBSOLETE	1
3113xx12		CS	State	1
3113xx13		DT	DateLastModified	1
3113xx14		DT	DateLastAccessed	1
3113xx15		CS	OBSOLETE	1
3113xx16		FD	ByteSize	1
3113xx17		LO	LibraryId	1
3113xx18		LO	Pathnames	1
3113xx19		LO	DriverPath	1
3113xx1A		LO	Source	1
3113xx1B		LO	Destination	1
3113xx1C		SL	MediumId	1
3113xx1D		LO	ArchiveId	1
3113xx1E		LO	Origin	1
3113xx21		SL	Version	1
3113xx22		SL	OBSOLETE	1
3113xx23		ST	InstanceFileLocation	1
3113xx31		IS	OBSOLETE	1
3113xx32		IS	OBSOLETE	1
3113xx33		IS	OBSOLETE	1
3113xx35		LO	ImageMediumLocation	1
3113xx36		LO	ImageMediumLabel	1
3113xx37		CS	ImageMediumState	1
3113xx38		LO	SeriesMediumLocation	1
3113xx39		LO	SeriesMediumLabel	1
3113xx3A		CS	SeriesMediumState	1
3113xx3B		LO	StudyMediumLocation	1
3113xx3C		LO	StudyMediumLabel	1
3113xx3D		CS	StudyMediumState	1
3113xx52		CS	StudyState	1
3113xx53		CS	SeriesState	1
3113xx55		CS	ImageStateText	1
3113xx56		CS	SeriesStateText	1
3113xx57		CS	StudyStateText	1
3113xx60		DT	Expiration	1
3113xx69		AT	DeletedTags	1
	Applicare/RadWorks/Version 5.0
3109xx01		ST	<internal	1
3109xx02		SH	NEW/SEEN Status	1
3109xx03		CS	Delete Lock	1
3109xx04		CS	<internal	1
3109xx05		CS	<internal	1
3109xx06		CS	<internal	1
3109xx07		UL	<internal	1
3109xx08		LO	Receive Origin	1
3109xx09		LO	Folder	1
3109xx0A		DA	Receive Date	1
3109xx0B		TM	Receive Time	1
3109xx0C		CS	Prior	1
3109xx0D		CS	STAT Study	1
3109xx0E		CS	<internal	1
3109xx10		CS	<internal	1
3109xx11		LO	<internal	1
3109xx12		LO	<internal	1
3109xx13		DA	<internal	1
3109xx14		TM	<internal	1
3109xx19		LO	<internal	1
3109xx20		UI	<internal	1
3109xx21		CS	<internal	1
3109xx22		AE	<internal	1
3109xx23		US	<internal	1
3109xx24		LO	<internal	1
3109xx25		LO	<internal	1
3109xx26		UI	<internal	1
3109xx27		SQ	<internal	1
3109xx28		LO	<internal	1
3109xx29		LO	<internal	1
3109xx2A		LO	Send Flag	1
3109xx2B		LO	Print Flag	1
3109xx2C		LO	Archive Flag	1
3109xx30		LO	<internal	1
3109xx31		CS	<internal	1
3109xx32		CS	<internal	1
3109xx33		CS	Request Storage Commitment	1
3109xx34		CS	Requested Compression	1
3109xx35		SQ	<internal	1
3109xx36		LO	<internal	1
3109xx37		UI	<internal	1
3109xx38		SH	<internal	1
3109xx39		SH	<internal	1
3109xx40		IS	<internal	1
3109xx41		CS	<internal	1
3109xx42		CS	<internal	1
3109xx43		CS	Archive Status	1
3109xxEE		UI	<internal	1
3109xxEF		CS	<internal	1
	Applicare/RadWorks/Version 6.0
4103xx01		AT	Internal: non-existent tags	1
4103xx02		UI	Internal: non-existent objects	1
4105xx01		CS	Annotation Type	1
4105xx02		DS	Annotation Value	1
4105xx03		UI	Cutline Image UID	1
4105xx04		UI	Cutline Set UID	1
4105xx05		US	Annotation Color	1
4105xx06		CS	Annotation Line Style	1
4105xx07		SH	Annotation Label	1
4105xx08		PN	Annotation Creator	1
4105xx09		DA	Annotation Creation Date	1
4105xx0A		TM	Annotation Creation Time	1
4105xx0B		SQ	Annotation Modification Sequence	1
4105xx0C		PN	Annotation Modifier	1
4105xx0D		DA	Annotation Modification Date	1
4105xx0E		TM	Annotation Modification Time	1
4105xx0F		LO	Palette Color LUT Name	1
4105xx10		US	Annotation Number	1
4107xx01		SQ	Requested Palette Color LUT	1
	Applicare/RadWorks/Version 6.0/Summary
3109xx11		ST	Receive Origin Description	1
3109xx12		ST	Receive Origin Description	1
	Applicare/Workflow/Version 1.0
3113xx01		CS	<internal	1
3113xx10		SH	<internal	1
3113xx11		SH	<internal	1
3113xx12		LO	<internal	1
3113xx15		SH	<internal	1
3113xx16		SH	<internal	1
3113xx17		LO	<internal	1
3113xx20		SH	<internal	1
3113xx21		SH	<internal	1
3113xx22		LO	<internal	1
3113xx25		SH	<internal	1
3113xx26		SH	<internal	1
3113xx27		LO	<internal	1
3113xx30		UI	<internal	1
3113xx31		UI	<internal	1
3113xxE0		CS	<internal	1
3113xxE1		CS	<internal	1
3113xxE2		CS	<internal	1
	BRIT Systems, Inc.
0021xx00		SQ	Person Information Sequence	1
0021xx01		LO	Person ID	1
0021xx02		PN	Person Name	1
0021xx03		LO	Person Role	1
0021xx04		SH	Person Home Phone	1
0021xx05		SH	Person Work Phone	1
0021xx06		SH	Person Cell Phone	1
0021xx07		SH	Person Pager Phone	1
0021xx08		SH	Person Fax Phone	1
0021xx09		LO	Person EMail	1
0021xx0A		ST	Person Address	1
0021xx0B		LO	Person Password	1
0021xx0C		SH	Person Emergency Phone	1
0021xx0D		LO	Physician ID	1
0021xx11		LO	Original Patient ID	1
0021xx12		UI	Original Study Instance UID	1
0021xx13		UI	Original Series Instance UID	1
0021xx14		LO	Master Accession Number	1
0021xx15		LO	Order Category	1
0021xx16		LO	Patient ICN	1
0021xx17		LO	Patient DFS	1
0021xx18		LO	Patient Class	1
0021xx19		LO	Patient Type	1
0021xx1F		LT	Generic String	1
0021xx20		LO	QC Study Assigned By	1
0021xx21		LO	QC Study Split By	1
0021xx22		LO	QC Study Moved By	1
0021xx23		LO	QC Study Edited By	1
0021xx24		LO	QC Series Split By	1
0021xx25		LO	QC Series Moved By	1
0021xx26		LO	QC Series Edited By	1
0021xx27		LO	QC Image Moved By	1
0021xx28		LO	QC Image Edited By	1
0021xx30		LO	QC Done Time	1
0021xx31		LO	QC Last Modification Time	1
0021xx32		LO	QC Image Accepted By	1
0021xx33		LO	QC Image Rejected By	1
0021xx34		DA	QC Done Date	1
0021xx50		LO	QC Deletion Requested	1
0021xx90		AE	Original Sender AE Title	1
0021xx91		LO	Software Title	1
0021xx92		SH	Software Version	1
0021xx93		LO	Serial Number	1
0021xxA0		SQ	Object Action Sequence	1
0021xxA1		ST	Object Action	1
0021xxA2		DA	Object Action Date	1
0021xxA3		TM	Object Action Time	1
0021xxA5		AE	Local AE Title	1
0021xxA6		SH	Local IP Address	1
0021xxA7		AE	Remote AE Title	1
0021xxA8		SH	Remote IP Address	1
	BioPri
0009xx00		LO	Unknown	1
0009xx01		UN	Unknown	1
0009xx02		UN	Unknown	1
0009xx03		LO	Unknown	1-n
0009xx04		LO	Unknown	1
0009xx05		LO	Unknown	1
0009xx07		LO	Unknown	1
0009xx08		LO	Unknown	1
0009xx09		LO	Unknown	1
0009xx10		UN	Unknown	1
	BioPri3D
001110xx		UN	Private Segmentation Data	1
006310xx		UN	Private Creator	1
	BrainLAB_BeamProfile
3411xx01		SQ	Beam Profile Sequence	1
3411xx02		IS	Beam Profile Number	1
3411xx03		SQ	Beam Parameter Sequence	1
3411xx04		UT	Parameter Description	1
3411xx05		OB	Parameter Data	1
3411xx06		IS	Referenced Beam Profile Number	1
	BrainLAB_Conversion
0009xx01		LO	Export Platform Name	1
0009xx02		OB	Export Platform Data	1
	BrainLAB_PatientSetup
3273xx00		DS	Isocenter Position	3
3273xx01		CS	Patient Position	1
	CAMTRONICS
0029xx10		LT	Commentline	1
0029xx20		DS	Edge Enhancement Coefficient	1
0029xx50		LT	Scene Text	1
0029xx60		LT	Image Text	1
0029xx70		IS	Pixel Shift Horizontal	1
0029xx80		IS	Pixel Shift Vertical	1
0029xx90		IS	Unknown	1
	CAMTRONICS IP
0029xx10		LT	Unknown	1
0029xx20		UN	Unknown	1
0029xx30		UN	Unknown	1
0029xx40		UN	Unknown	1
	CANON_MEC_MR3
00290001		SQ	Other Private Data	1
00290089		LO	Unknown	1
00290090		OB	Reversed EVRLE DataSet	1
700D0000		DS	Scale Factor	1
700D0005		DS	FOV	4
700D000C		CS	Receiver Gain Correction Check Flag	1
700D0020		SH	Identification Flag of 3D GDC	1
	CANON_MEC_MR3^10
00090002		SH	Unknown	1
00110003		US	Unknown	1
00110004		SQ	Unknown	1
00110005		US	Unknown	1
00110006		US	Unknown	1
00110007		UL	Unknown	1-n
00110008		SH	Unknown	1
0011000C		SS	Unknown	1
0011000E		US	Unknown	2
00190001		UL	Unknown	1
00190002		SL	Unknown	1
00190003		US	Unknown	1
00190004		SL	Unknown	1
00190005		FL	Unknown	1
00190006		SL	Unknown	1
00190007		FL	Unknown	3
00190008		US	Unknown	1
00190009		FL	Unknown	1
0019000A		FL	Unknown	1
0019000B		FL	Unknown	1
0019000C		US	Unknown	3
0019000D		SL	Unknown	6
0019000E		SL	Unknown	6
0019000F		SL	Unknown	6
00190010		US	Unknown	2
00190011		SL	Unknown	2
00190012		US	Unknown	1
00190013		SL	Unknown	1
00190014		US	Unknown	1
00190015		SL	Unknown	1
00190016		FL	Unknown	1
00190017		SL	Unknown	1
00190018		US	Unknown	1
00190019		SL	Unknown	1
0019001A		US	Unknown	1
0019001B		SL	Unknown	1
0019001C		SL	Unknown	1
0019001D		SL	Unknown	1
0019001E		US	Unknown	1
00190027		SL	Unknown	1
00190028		SL	Unknown	1
00190029		SH	Unknown	1
0019002A		SL	Unknown	1
0019002B		SH	Unknown	1
0019002C		SL	Unknown	1
0019002D		SL	Unknown	1
0019002E		US	Unknown	1
0019002F		FL	Unknown	1
00190030		UL	Unknown	1
00190031		OF	Unknown	1-n
00190032		FL	Unknown	1
00190033		SL	Unknown	3
00190034		SL	Unknown	1
00190035		SL	Unknown	1
00190036		SQ	Unknown	1
00190038		SL	Unknown	1
00190039		SL	Unknown	1
0019003A		SL	Unknown	1
0019003B		SL	Unknown	2
0019003C		SL	Unknown	1
0019003D		SL	Unknown	1
0019003E		SL	Unknown	1
0019003F		SL	Unknown	1
00190042		US	Unknown	1
00190043		US	Unknown	1
00190044		SL	Unknown	1
00190045		SS	Unknown	1
00190046		US	Unknown	1
00190047		FL	Unknown	1
00190048		US	Unknown	1
00190049		US	Unknown	1
0019004B		US	Unknown	1
0019004C		US	Unknown	1
0019004E		US	Unknown	1
0019004F		US	Unknown	1
00190050		SL	Unknown	2
00190051		SL	Unknown	2
00190052		LO	Unknown	1
00190054		US	Unknown	1
00190055		US	Unknown	1
00190056		FL	Unknown	3
00190057		FL	Unknown	3
00190058		FL	Unknown	3
00190059		SL	Unknown	1
0019005A		FL	Unknown	1-n
0019005D		FL	Unknown	1-n
0019005E		SL	Unknown	1
0019005F		FL	Unknown	1
00190060		US	Unknown	1
00190061		US	Unknown	1
00190062		US	Unknown	1
00190063		FL	Unknown	1
00190065		SL	Unknown	2
0019006B		SL	Unknown	1
0019006D		SL	Unknown	1
0019006E		FL	Unknown	1
0019006F		SL	Unknown	1
00190070		LO	Unknown	1
00190071		LO	Unknown	1
00190073		LO	Unknown	1
00190075		LO	Unknown	1
00190076		LO	Unknown	1
00190078		LO	Unknown	1
0019007B		LO	Unknown	1
0019007C		FL	Unknown	1
0019007D		FL	Unknown	1
0019007E		SL	Unknown	1
0019007F		SL	Unknown	1
00190085		FL	Unknown	1
00190086		SL	Unknown	1
00190087		FL	Unknown	1
00190088		LO	Unknown	1
00190089		FL	Unknown	1
0019008A		SL	Unknown	1-n
0019008C		UL	Unknown	1
0019008D		TM	Unknown	1
0019008E		SL	Unknown	1
00190092		SL	Unknown	1
00190093		FL	Unknown	3
00190096		US	Unknown	1
0019009B		FL	Unknown	3
0019009C		SL	Unknown	1
001900A0		SL	Unknown	4
001900A1		DS	Unknown	1
001900A2		SL	Unknown	1
001900A3		SL	Unknown	3
001900A4		FL	Unknown	3
001900A5		FL	Unknown	1
001900A6		SL	Unknown	1
001900A8		FL	Unknown	1
001900A9		SL	Unknown	1
001900AB		FL	Unknown	3
001900AC		US	Unknown	1
001900AD		FL	Unknown	1
001900AE		FL	Unknown	1
001900AF		SL	Unknown	1
001900B0		SL	Unknown	1
001900B1		SL	Unknown	1
001900B4		SL	Unknown	1
001900B5		SL	Unknown	1
001900B6		SL	Unknown	1
001900B7		FL	Unknown	2
001900BA		FL	Unknown	1
001900BB		FL	Unknown	1
001900BC		FL	Unknown	2
001900BD		SL	Unknown	1
001900BE		SL	Unknown	1
001900C1		SL	Unknown	1
001900C3		SL	Unknown	1
001900C6		FL	Unknown	2
001900C9		SL	Unknown	1
001900CA		LO	Unknown	1
001900CB		UL	Unknown	1
001900CC		UL	Unknown	1
001900CD		SL	Unknown	1
001900CE		SL	Unknown	1
001900CF		SL	Unknown	1
001900D0		US	Unknown	1
001900D1		SL	Unknown	1
001900D2		SL	Unknown	3
001900D3		SL	Unknown	1
001900D4		SL	Unknown	1
001900D8		US	Unknown	1
001900D9		SQ	Unknown	1
001900DA		US	Unknown	1
001900DB		SL	Unknown	1
001900DC		SL	Unknown	1
001900E1		SL	Unknown	1
001900E4		SL	Unknown	1
001900E5		SQ	Unknown	1
001900E6		SQ	Unknown	1
001900E9		SL	Unknown	1
001900EA		UI	Unknown	1
001900EB		SL	Unknown	1
001900EC		US	Unknown	1
001900EE		FL	Unknown	1
001900EF		FL	Unknown	1
001900F0		SL	Unknown	1
001900F1		FL	Unknown	1
001900F2		FL	Unknown	1
001900F3		SL	Unknown	1
001900F4		FD	Unknown	1
001900F5		SL	Unknown	1
001900F6		UI	Unknown	1
001900F8		US	Unknown	1
001900F9		SL	Unknown	1
001900FA		FL	Unknown	1
001900FB		UL	Unknown	1
001900FC		FL	Unknown	1
001900FD		FL	Unknown	1
001900FE		SL	Unknown	1
001900FF		SL	Unknown	3
00210002		SL	Unknown	1
00210003		SL	Unknown	1
00210004		US	Unknown	1
00210008		DS	Unknown	3
00210009		DS	Unknown	3
0021000A		DS	Unknown	3
0021000B		US	Unknown	1
0021000C		US	Unknown	1
0021000D		FL	Unknown	1
0021000F		US	Unknown	1
00210012		DS	Unknown	3
00210014		SQ	Unknown	1
00210015		FL	Unknown	1
00210016		FL	Unknown	2
00210018		US	Unknown	1
0021001D		IS	Unknown	1
0021001F		US	Unknown	1
00210022		US	Unknown	1
00210023		SS	Unknown	1
00290001		SL	Unknown	1
00290005		SQ	Unknown	1
00290006		FL	Unknown	1
00290007		FL	Unknown	1
0029001C		FL	Unknown	2
00290021		SL	Unknown	3
0029004E		SL	Unknown	1
00290050		LO	Unknown	1
00290051		LO	Unknown	1
00290052		LO	Unknown	1
00290054		LO	Unknown	1
00290067		FD	Unknown	4
00290068		SS	Unknown	1
0029006E		OB	Unknown	1
700D0010		DS	2nd Flip Angle [degree]	1
700D0011		US	Acquisition Inner Matrix	2
700D0012		US	MP2RAGE Flag	1
700D0013		FL	Inversion efficiency of inversion recovery pulse	1
700D0014		SL	Number of dummy shot	1
700D0015		FL	FFE total repetition time[s]	1
700D0016		LO	PAS Name	3
700D0017		LT	Intended Processing	1
700D0018		SS	Scanned Orientation IDs	1
700D0019		OB	PAS Reproduct Information	1
700D001A		DS	ASTAR Inversion Time	1
700D001B		DS	Saturation Recovery Time	1
E2010002		US	Unknown	1
E3010000		SH	Unknown	1
E4010000		US	Unknown	1
E4010001		US	Unknown	1
E4010002		US	Unknown	1
E4010003		US	Unknown	1
E4010004		US	Unknown	1
E4010005		OB	Unknown	1
E4010007		FL	Unknown	1
E4010008		FL	Unknown	1
E4010012		FL	Unknown	1
E4010013		OB	Unknown	1
E4010020		SQ	Unknown	1
E4010021		SQ	Unknown	1
E4010022		LO	Unknown	1
E4010023		SH	Unknown	1
E4010024		OB	Unknown	1
E4030000		SQ	Unknown	1
EE010000		US	Unknown	1
EE010001		OB	Unknown	1
EE010002		US	Unknown	1
	CANON_MEC_MR3^11
00190001		OB	Unknown	1
00190002		SL	Unknown	1
00190003		SL	Unknown	1
00190004		SL	Unknown	1
00190008		SH	Unknown	1
00190009		SL	Unknown	2
0019000A		SL	Unknown	1
0019000C		SL	Unknown	1
00190019		SQ	Unknown	1
0019001A		FL	Unknown	1
00190024		SL	Unknown	1
00190025		SL	Unknown	1
00190026		SL	Unknown	1
00190028		SL	Unknown	1
00190029		SL	Unknown	1
0019002A		FL	Unknown	1
0019002B		FL	Unknown	1
0019002C		SL	Unknown	3
0019002D		SL	Unknown	3
0019002E		SL	Unknown	1
00190030		SL	Unknown	1
00190031		SL	Unknown	1
00190032		SL	Unknown	1
00190034		FL	Unknown	1
00190035		SL	Unknown	1
00190036		FL	Unknown	1
00190037		SL	Unknown	1
00190038		SL	Unknown	1
00190039		FL	Unknown	1
0019003A		FL	Unknown	1
0019003D		SL	Unknown	1
0019003E		FL	Unknown	9
0019003F		UI	Unknown	1
00190040		US	Unknown	1
00190041		US	Unknown	1
00190042		SL	Unknown	1
00190043		SL	Unknown	1
00190044		SL	Unknown	1
00190046		FL	Unknown	1
00190048		LT	Unknown	1
00190049		LT	Unknown	1
0019004C		SL	Unknown	1
0019004D		SL	Unknown	1
0019004E		SL	Unknown	1
00190055		LO	Unknown	1
00190057		FL	Unknown	1
00190058		US	Unknown	1
00190059		US	Unknown	1
0019005D		SL	Unknown	1
0019005E		US	Unknown	1
0019005F		FL	Unknown	1
00190060		SL	Unknown	1
00190061		FL	Unknown	1
00190062		FL	Unknown	1
00190063		SL	Unknown	1
00190065		SL	Unknown	1
00190066		SL	Unknown	6
00190068		SL	Unknown	1
00190069		SL	Unknown	1
0019006A		SL	Unknown	1
0019006B		SL	Unknown	6
0019006D		SH	Unknown	1
0019006E		SH	Unknown	1
0019006F		FL	Unknown	1
00190071		SL	Unknown	1
00190072		FL	Unknown	1
00190073		FL	Unknown	1
00190077		FL	Unknown	1
00190078		SL	Unknown	1
00190079		FL	Unknown	1
0019007A		SL	Unknown	2
0019007C		FL	Unknown	3
0019007D		SL	Unknown	1
0019007E		SL	Unknown	1
0019007F		SL	Unknown	1
00190080		FL	Unknown	1
00190083		FL	Unknown	1
00190087		SL	Unknown	1
0019008A		US	Unknown	1
0019008F		SL	Unknown	1
00190092		SL	Unknown	1
00190093		SL	Unknown	1
00190094		FL	Unknown	1
0019009A		SL	Unknown	1
0019009B		US	Unknown	1
0019009C		FL	Unknown	1
0019009D		SL	Unknown	1
0019009E		SL	Unknown	1
0019009F		SL	Unknown	1
001900A1		SL	Unknown	1
001900A2		SL	Unknown	1
001900A3		SL	Unknown	1
001900A5		US	Unknown	1
001900A6		US	Unknown	1
001900A8		SL	Unknown	1
001900AD		SL	Unknown	1
001900AE		SL	Unknown	1
001900B0		FL	Unknown	1
001900B1		SL	Unknown	1
001900B2		US	Unknown	1
001900B3		US	Unknown	1
001900B4		US	Unknown	1
001900B5		FL	Unknown	1
001900B6		SL	Unknown	1
001900B7		US	Unknown	1
001900B9		US	Unknown	1
001900BB		FL	Unknown	1
001900BC		SL	Unknown	1
001900BD		SL	Unknown	1
001900BE		FL	Unknown	1
001900BF		SL	Unknown	1
001900C0		SL	Unknown	1
001900C1		US	Unknown	1
001900C2		SL	Unknown	1
001900C3		FL	Unknown	1
001900C4		SL	Unknown	1
001900CD		SL	Unknown	3
001900E1		FL	Unknown	1
001900E3		SL	Unknown	3
001900E4		DS	Unknown	1
001900E5		SQ	Unknown	1
001900E6		SQ	Unknown	1
001900F1		SL	Unknown	3
001900F2		FL	Unknown	3
001900F3		SL	Unknown	1
001900F4		SL	Unknown	1
001900F5		SQ	Unknown	1
001900F6		SL	Unknown	1
001900F7		SL	Unknown	1
001900F8		SL	Unknown	1
001900F9		SL	Unknown	1
001900FA		SL	Unknown	1
001900FB		FL	Unknown	1
001900FC		FL	Unknown	1
001900FD		SL	Unknown	1
001900FE		SL	Unknown	1
001900FF		SL	Unknown	1
	CANON_MEC_MR3^12
00190000		SL	Unknown	1
00190001		SL	Unknown	1
00190002		SL	Unknown	1
00190003		SL	Unknown	1
00190004		SL	Unknown	1
00190005		SH	Unknown	1
00190006		FL	Unknown	1
00190007		UL	Unknown	1
00190008		UL	Unknown	1
00190009		SL	Unknown	1
0019000A		SL	Unknown	1
0019000B		SL	Unknown	1
0019000C		UL	Unknown	1
0019000D		SQ	Unknown	1
0019000E		US	Unknown	1
00190010		SL	Unknown	1
00190011		SL	Unknown	1
00190012		SL	Unknown	1
00190013		FL	Unknown	1
00190014		FL	Unknown	1
00190018		UL	Unknown	1
00190028		DS	Unknown	1
0019002A		DS	Unknown	3
0019002B		SQ	Unknown	1
00190032		SH	Unknown	1
00190034		SL	Unknown	1
00190052		FL	Unknown	2
00190076		OB	Unknown	1
00190079		SQ	Unknown	1
00190080		FD	Unknown	1
00190086		LO	Unknown	1
00190087		SQ	Unknown	1
00190088		US	Unknown	1
00190089		SL	Unknown	1
0019008A		US	Unknown	1
0019008B		US	Unknown	1
00190093		SL	Unknown	1
00190094		UI	Unknown	1
00190095		UI	Unknown	1
00190097		FL	Unknown	1
00190098		FL	Unknown	3
00190099		LO	Unknown	1
0019009A		DS	Unknown	1
0019009B		IS	Unknown	1
0019009C		DS	Unknown	1
0019009D		US	Unknown	1
0019009E		FL	Unknown	3
0019009F		FL	Unknown	1
001900A0		FL	Unknown	1
001900A1		FL	Unknown	1
001900A2		FL	Unknown	1
001900A3		FL	Unknown	1
001900A4		FL	Unknown	1
001900A5		FL	Unknown	1
001900A6		FL	Unknown	2-2n
001900A7		FL	Unknown	1
001900A8		FL	Unknown	1
001900AA		FL	Unknown	3
001900AB		FL	Unknown	3
001900AC		FL	Unknown	3
001900AD		FL	Unknown	3
001900AE		FL	Unknown	3
001900AF		FL	Unknown	3
001900B3		FD	Unknown	1
001900C2		US	Unknown	1
001900C3		FL	Unknown	1
001900C4		SL	Unknown	1
001900C5		SL	Unknown	1
001900C6		SL	Unknown	1
001900C7		FL	Unknown	1
001900CD		LO	Unknown	1
001900CE		UL	Unknown	1
001900CF		FL	Unknown	1
001900D1		FL	Unknown	3
001900D2		US	Unknown	3
001900D3		SS	Unknown	1
001900D4		US	Unknown	2
001900D5		FL	Unknown	1
001900D6		FL	Unknown	3
001900D7		US	Unknown	2
001900DE		US	Unknown	1
001900DF		US	Unknown	1
001900E0		US	Unknown	1
001900E1		FL	Unknown	3
001900E2		FL	Unknown	3
001900E3		TM	Unknown	1
001900E4		US	Unknown	2
001900EB		US	Unknown	1
001900EC		US	Unknown	1
001900EF		DS	Unknown	1
001900F0		LO	Unknown	1
001900F1		LO	Unknown	1
001900FA		LT	Unknown	1
001900FB		FL	Unknown	1
001900FC		FL	Unknown	1
001900FD		SL	Unknown	1
001900FE		SL	Unknown	1
	CANON_MEC_MR3^13
00190002		US	Unknown	1
00190003		SL	Unknown	1
00190004		US	Unknown	1
00190005		SL	Unknown	1
00190008		SL	Unknown	1
00190009		SQ	Unknown	1
0019000A		FD	Unknown	3
0019000B		FD	Unknown	1
0019000C		FD	Unknown	1
0019000F		SH	Unknown	1
00190014		SH	Unknown	1
00190019		US	Unknown	1
0019001B		US	Unknown	1
0019001F		US	Unknown	1
00190022		SL	Unknown	1
E4030000		SH	Unknown	1
E4030001		OB	Unknown	1
E4030002		OB	Unknown	1
E4030003		OB	Unknown	1
	CARDIO-D.R. 1.0
0009xx00		UL	File Location	1
0009xx01		UL	File Size	1
0009xx40		SQ	Alternate Image Sequence	1
0019xx00		CS	Image Blanking Shape	1-2
0019xx02		IS	Image Blanking Left Vertical Edge	1
0019xx04		IS	Image Blanking Right Vertical Edge	1
0019xx06		IS	Image Blanking Upper Horizontal Edge	1
0019xx08		IS	Image Blanking Lower Horizontal Edge	1
0019xx10		IS	Center Of Circular Image Blanking	2
0019xx12		IS	Radius Of Circular Image Blanking	1
0019xx30		UL	Maximum Frame Size	1
0021xx13		IS	Image Sequence Number	1
0029xx00		SQ	Standard Edge Enhancement Sequence	1
0029xx01		US	Convolution Kernel Size	2
0029xx02		US	Convolution Kernel Coefficients	1-n
0029xx03		FL	Edge Enhancement Gain	1
	CARDIO-SMS 1.0
0009xx02		OB	Private Data	1
0009xx03		OB	Private Data	1
0009xx04		OB	Private Data	1
0009xx05		OB	Private Data	1
0009xx06		OB	Private Data	1
0009xx08		OB	ACOM flags	1
0009xx0A		UN	Private Data	1
0009xx0B		UN	Private Data	1
0009xx0C		UN	Private Data	1
0029xx80		SQ	Private Data	1
0031xx01		UN	Private Data stream	1
	CEMAX-ICON
0019xx00		LT	CR Processing Parameters	1
0019xx10		LO	CR Exposure Menu Code	1
0019xx20		LO	CR Exposure Menu String	1
0019xx30		LO	CR EDR Mode	1
0019xx40		LO	CR Latitude	1
0019xx50		LO	CR Group Number	1
0019xx60		LO	CR Equipment ID	1
0019xx70		LO	CR Image Serial Number	1
0019xx80		LO	CR Bar Code Number	1
0019xx90		LO	CR Film Output Exposure	1
0029xx00		LO	Key Image	1
0029xx10		LT	Note	1-n
0029xx20		SQ	Annotation Sequence	1
0029xx30		IS	X Start Position	1
0029xx40		IS	Y Start Position	1
0029xx50		IS	X End Position	1
0029xx60		IS	Y End Position	1
0029xx70		LO	Annotation Text	1
0029xx80		IS	Which Marker	1
0029xx90		SQ	Annotation Sequence	1
0029xx91		IS	X Coordinates	1-n
0029xx92		IS	Y Coordinates	1-n
0029xx93		IS	Annotation Type	1
0029xx94		IS	Number of points	1
0029xx95		IS	Fill Type	1
3033xx00		CS	Study Priority Status	1
	Canon Inc.
0019xx10		OB	Canon Internal Data 1	1
0019xx13		UN	Unknown	1
0019xx15		DS	Unknown	2
0019xx16		UN	Unknown	1
0019xx17		DS	Unknown	1
0019xx18		UN	Unknown	1
0019xx19		UN	Unknown	1
0019xx1A		UN	Unknown	1
0019xx1B		LO	Unknown	1
0019xx1C		IS	Unknown	1
0019xx1E		IS	Unknown	1
0019xx1F		UN	Unknown	1
0019xx21		IS	Unknown	1
0019xx60		US	Performed number of series	1
0019xx70		US	Performed number of images	1
0019xx7F		OB	Canon Internal Data 111	1
	DIDI TO PCR 1.1
0019xx00		LT	Post Mode String	1
0019xx01		LT	Post Data	1
0019xx10		LT	Image Header	1
0019xx22		LO	Route AET	1
0019xx23		DS	PCR Print Scale	1
0019xx24		ST	PCR Print Job End	1
0019xx25		IS	PCR No Film Copies	1
0019xx26		IS	PCR Film Layout Position	1
0019xx27		ST	PCR Print Report Name	1
0019xx70		ST	RAD Protocol Printer	1
0019xx71		ST	RAD Protocol Medium	1
0019xx80		LO	Original Filename	1
0019xx81		SH	Filter Type	1
0019xx82		LT	Stitching	1
0019xx89		IS	Exposure Index	1
0019xx8A		IS	Collimator X	1
0019xx8B		IS	Collimator Y	1
0019xx8C		LO	Print Marker	1
0019xx8D		LO	RGDV Name	1
0019xx8E		LO	Acqd Sensitivity	1
0019xx8F		LO	Processing Category	1
0019xx90		LO	Unprocessed Flag	1
0019xx91		DS	Key Values	2
0019xx92		LO	Destination Postprocessing Function	1
0019xxA0		LO	Version	1
0019xxA1		LO	Ranging Mode	1
0019xxA2		DS	Abdomen Brightness	1
0019xxA3		DS	Fixed Brightness	1
0019xxA4		DS	Detail Contrast	1
0019xxA5		DA	Contrast Balance	1
0019xxA6		DS	Structure Boost	1
0019xxA7		DS	Structure Preference	1
0019xxA8		DS	Noise Robustness	1
0019xxA9		DS	Noise Dose Limit	1
0019xxAA		DS	Noise Dose Step	1
0019xxAB		DS	Noise Frequency Limit	1
0019xxAC		DS	Weak Contrast Limit	1
0019xxAD		DS	Strong Contrast Limit	1
0019xxAE		DS	Structure Boost Offset	1
0019xxAF		LO	Smooth Gain	1
0019xxB0		LO	Measure Field 1	1
0019xxB1		LO	Measure Field 2	1
0019xxB2		IS	Key Percentile 1	1
0019xxB3		IS	Key Percentile 2	1
0019xxB4		IS	Density LUT	1
0019xxB5		DS	Brightness	1
0019xxB6		DS	Gamma	1
0089xx10		SQ	Stamp Image Sequence	1
	DIGISCAN IMAGE
0029xx31		US	Unknown	1-n
0029xx32		US	Unknown	1-n
0029xx33		LO	Unknown	1
0029xx34		LO	Unknown	1
	DLX_ANNOT_01
70xxxx04		ST	Text_annotation	1
70xxxx05		IS	Box	2
70xxxx07		IS	Arrow end	2
	DLX_EXAMS_01
0015xx01		DS	Stenos_calibr_ratio;	1
0015xx02		DS	Stenos_magnification;	1
0015xx03		DS	Cardiac_calibr_ratio;	1
	DLX_LKUP_01
60xxxx01		LT	Gray Palette color lookup table descriptor	3
60xxxx02		LT	Gray Palette color lookup table data	1
	DLX_PATNT_01
0011xx01		LT	patient DOB	1
	DLX_SERIE_01
0019xx01		DS	Angle Value 1	1
0019xx02		DS	Angle Value 2	1
0019xx03		DS	Angle Value 3	1
0019xx04		CS	Angle Label 1	1
0019xx05		CS	Angle Label 2	1
0019xx06		CS	Angle Label 3	1
0019xx07		ST	Adx Procedure Name	1
0019xx08		ST	Adx Exam Name	1
0019xx09		SH	Adx Patient Size	1
0019xx0A		IS	Adx Record View	1
0019xx10		DS	Adx Injector Delay	1
0019xx11		CS	Adx Auto Inject	1
0019xx14		IS	Adx Acq Mode	1
0019xx15		CS	Adx Camera Rotation Enable	1
0019xx16		CS	Adx Reverse Sweep	1
0019xx17		IS	User Spatial Filter Strength	1
0019xx18		IS	User Zoom Factor	1
0019xx19		IS	X Zoom	1
0019xx1A		IS	Y Zoom	1
0019xx1B		DS	Adx Focus	1
0019xx1C		CS	Adx Dose	1
0019xx1D		IS	Side Mark	1
0019xx1E		IS	Percent Landscape	1
0019xx1F		DS	Adx Exposure Duration	1
0019xx20		SH	Ip Address	1
0019xx21		DS	Table Vertical Position	1
0019xx22		DS	Table Longitudinal Position	1
0019xx23		DS	Table Lateral Position	1
0019xx24		DS	Lambda cm Pincushion Distortion	1
0019xx25		DS	Slope LV Regression	1
0019xx26		DS	Intercept LV Regression	1
0019xx27		DS	Image chain FWHM psf mm min	1
0019xx28		DS	Image chain FWHM psf mm max	1
	DL_INTERNAL_USE
0015xx8F		IS	Unknown	1
	DR Systems, Inc.
4453xx01		LO	DR Exam ID	1
4453xx02		LO	DR Image Type	1
4453xx04		LO	DR File Type	1
4453xx05		LO	DR File Suffix	1
4453xx0A		UN	DR Annotation Type	1
4453xx0C		SQ	DR Original Instance UID Sequence	1
	DicomUtils 20100512
00090001		SQ	DICOMUTILS_PROCESSING_METHODS	1
	ELGEMS_XPERT
7FA1xx00		OB	XPert Composite Report Item buffer	1
7FA1xx10		OB	Xpert Composite Report Item Identificator	1
	ELSCINT1
0003xx01		OW	Offset List Structure	1
00E10046		OB	Unknown	1
00E100E1		UN	Unknown	1
00E100EC		UN	Unknown	1
00E11021		DS	DLP	1
00E11037		DS	Total Saving Dose	1
00E1103E		IS	Split Is Dual Surview	1
00E11050		DS	Acquisition Duration	1
00E110C4		DS	Abs Bed Pos	1
00E1xx01		US	Data Dictionary Version	1
00E1xx05		IS	Unknown	1
00E1xx06		IS	Unknown	1
00E1xx07		IS	Unknown	1
00E1xx14		CS	Unknown	1
00E1xx18		OB	Unknown	1
00E1xx21		DS	Unknown	1
00E1xx22		DS	Presentation Relative Center	2
00E1xx23		DS	Presentation Relative Part	2
00E1xx24		CS	Presentation Horizontal Invert	1
00E1xx25		CS	Unknown	1
00E1xx2A		DS	Unknown	1
00E1xx30		UI	Unknown	1
00E1xx31		CS	Unknown	1
00E1xx32		US	Unknown	2
00E1xx37		DS	Unknown	1
00E1xx39		SQ	Unknown	1
00E1xx3F		CS	Unknown	1
00E1xx40		SH	Image Label	1
00E1xx41		DS	Unknown	1
00E1xx42		LO	Unknown	1
00E1xx43		IS	Unknown	1
00E1xx50		DS	Acquisition Duration	1
00E1xx51		SH	Unknown	1
00E1xx60		CS	Unknown	1
00E1xx61		LO	Protocol File Name	1
00E1xx62		CS	Unknown	1
00E1xx63		SH	Patient Language	1
00E1xx65		LO	Patient Data Modification Date	1
00E1xx6A		IS	Unknown	1
00E1xx6B		IS	Unknown	1
00E1xxA0		LO	Unknown	1
00E1xxC2		UI	Unknown	1
00E3xx00		OB	Unknown	1
00E3xx18		OB	Unknown	1
00E3xx1F		OB	Unknown	1
01E10040		UN	Unknown	1
01E11017		UI	ECG Reference UID	1
01E11026		CS	Phantom Type	1
01E1xx18		OB	Unknown	1
01E1xx21		ST	Unknown	1
01E1xx34		IS	Unknown	1
01F1000F		UN	Unknown	1
01F11001		CS	Acquisition Type	1
01F11002		CS	Resolution	1
01F11004		CS	Angular Sampling	1
01F11008		DS	Scan Length	1
01F1100C		DS	Scanner Relative Center	1
01F1100E		FL	Recon Enhancement	1
01F11026		FD	Pitch	1
01F11027		DS	Rotation Time	1
01F11028		DS	Table Increment	1
01F11032		CS	View Convention	1
01F11033		DS	Cycle Time	1
01F11041		LO	Gating Delay	1
01F11045		IS	Initial Heart Rate	1
01F11049		DS	Planned mAs	1
01F1104B		SH	Collimation	1
01F1104C		SH	DOSE Right DOM	1
01F1104D		SH	Adaptive Filter	1
01F1104E		SH	Scan Type	1
01F1xx01		CS	Acquisition Type	1
01F1xx02		CS	Unknown	1
01F1xx03		CS	Concurrent Slices Generation	1
01F1xx04		CS	Angular Sampling Density	1
01F1xx05		DS	Reconstruction Arc	1
01F1xx06		DS	Unknown	1
01F1xx07		DS	Table Velocity	1
01F1xx08		DS	Acquisition Length	1
01F1xx0A		US	Edge Enhancement Weight	1
01F1xx0B		CS	Unknown	2
01F1xx0C		DS	Scanner Relative Center	2
01F1xx0D		DS	Rotation Angle	1
01F1xx0E		FL	Unknown	1
01F1xx26		DS	Pitch	1
01F1xx27		DS	Rotation Time	1
01F1xx28		DS	Unknown	1
01F1xx30		US	Unknown	1
01F1xx32		CS	Image View Convention	1
01F1xx33		DS	Unknown	1
01F1xx36		CS	Unknown	1
01F1xx37		DS	Unknown	1
01F1xx38		LO	Unknown	1
01F1xx39		LO	Unknown	1
01F1xx40		CS	Unknown	1
01F1xx42		SH	Unknown	1
01F1xx43		LO	Unknown	1
01F1xx44		OW	Unknown	1
01F1xx45		IS	Unknown	1
01F1xx46		FL	Unknown	1
01F1xx47		SH	Unknown	1
01F1xx49		DS	Unknown	1
01F1xx4A		SH	Unknown	1
01F1xx4B		SH	Unknown	1
01F1xx4C		SH	Unknown	1
01F1xx4D		SH	Unknown	1
01F1xx4E		LO	Unknown	1
01F1xx53		SH	Unknown	1
01F3xx01		SQ	Unknown	1
01F3xx02		SS	Unknown	1
01F3xx03		FL	Unknown	2
01F3xx04		FL	Unknown	1
01F3xx11		SQ	PS Sequence	1
01F3xx12		SS	Unknown	1
01F3xx13		FL	Unknown	2
01F3xx14		FL	Unknown	1
01F3xx15		US	Unknown	1
01F3xx16		FL	Unknown	1
01F3xx17		FL	Unknown	1
01F3xx18		SH	Unknown	1
01F3xx19		FL	Unknown	1
01F3xx23		US	Unknown	1
01F3xx24		IS	Unknown	2
01F70097		UN	Unknown	1
01F70099		UN	Unknown	1
01F7009B		IS	iDose Level	1
01F7109B		IS	iDose Level	1
01F7xx10		OB	Unknown	1
01F7xx11		OW	Unknown	1
01F7xx13		OW	Unknown	1
01F7xx14		OW	Unknown	1
01F7xx15		OW	Unknown	1
01F7xx16		OW	Unknown	1
01F7xx17		OW	Unknown	1
01F7xx18		OW	Unknown	1
01F7xx19		OW	Unknown	1
01F7xx1A		OW	Unknown	1
01F7xx1B		OW	Unknown	1
01F7xx1C		OW	Unknown	1
01F7xx1E		OW	Unknown	1
01F7xx1F		OW	Unknown	1
01F7xx22		UI	Unknown	1
01F7xx23		OW	Unknown	1
01F7xx25		OW	Unknown	1
01F7xx26		OW	Unknown	1
01F7xx27		OW	Unknown	1
01F7xx28		OW	Unknown	1
01F7xx29		OW	Unknown	1
01F7xx2B		OW	Unknown	1
01F7xx2C		OW	Unknown	1
01F7xx2D		OW	Unknown	1
01F7xx2E		OW	Unknown	1
01F7xx30		OW	Unknown	1
01F7xx31		OW	Unknown	1
01F7xx70		OW	Unknown	1
01F7xx73		OW	Unknown	1
01F7xx74		OW	Unknown	1
01F7xx75		OW	Unknown	1
01F91001		LO	Mar Filter	1
01F91002		DS	Recon Increment	1
01F91003		DS	CTDIw	1
01F91004		IS	Couch Direction	1
01F91005		IS	Series No In Acquisition	1
01F91007		SH	Dose Right ACS	1
01F91008		DS	Left DMS Tmp Diff	1
01F91009		DS	Right DMS Tmp Diff	1
01F91010		LO	Dose Right Noise	1
01F91011		DS	Zero Position	1
01F91012		DS	Show Couch Position	1
01F91013		IS	Recon Mode	1
01F91014		DS	Water Size	1
01F91015		DS	Digital Tilt	1
01F91016		DS	Scan Arc	1
0601xx00		SH	Implementation Version	1
0601xx20		DS	Relative Table Position	1
0601xx21		DS	Relative Table Height	1
0601xx30		SH	Surview Direction	1
0601xx31		DS	Surview Length	1
0601xx50		SH	Image View Type	1
0601xx70		DS	Batch Number	1
0601xx71		DS	Batch Size	1
0601xx72		DS	Batch Slice Number	1
07A1xx01		UL	number of series in study	1
07A1xx02		UL	number of images in series	1
07A1xx03		UL	last update time	1
07A1xx04		UL	last update date	1
07A1xx07		US	Unknown	3
07A1xx08		DS	Unknown	1-n
07A1xx09		OW	Unknown	1
07A1xx0A		OB	Tamar Compressed Pixel Data	1
07A1xx0C		US	Unknown	1
07A1xx10		LO	Tamar Software Version	1
07A1xx11		CS	Tamar Compression Type	1
07A1xx12		FL	Unknown	1-n
07A1xx13		UL	Unknown	1
07A1xx14		LO	protection flag	1
07A1xx16		FL	Unknown	1-n
07A1xx18		SQ	Unknown	1
07A1xx19		FL	Unknown	1
07A1xx1C		FL	Unknown	1-n
07A1xx2A		CS	Tamar Study Status	1
07A1xx2B		CS	Unknown	1
07A1xx36		AE	Tamar Source Ae	1
07A1xx40		CS	Tamar Study Body Part	1
07A1xx43		IS	Unknown	1
07A1xx50		US	Tamar Site Id	1
07A1xx56		US	Unknown	1
07A1xx5A		CS	Unknown	1
07A1xx75		LO	Unknown	2
07A1xx85		UL	Tamar Translate Flags	1
07A1xx9F		CS	Unknown	1
07A3xx01		LO	Tamar Exe Software Version	1
07A3xx03		CS	Tamar Study Has Sticky Note	1
07A3xx05		CS	Unknown	1
07A3xx06		CS	Unknown	1
07A3xx10		LO	Tamar Original Curve Desc	1
07A3xx34		SH	Tamar Study Age	1
07A3xx43		DS	Unknown	1-n
07A3xx55		SH	Unknown	1
07A3xx61		LT	Unknown	1
07A3xx62		SQ	Unknown	1
07A3xx63		SQ	Unknown	1
07A3xx64		IS	Unknown	1-n
07A3xx66		IS	Unknown	1
07A3xx99		CS	Unknown	1
07A3xx9C		CS	Unknown	1
07A3xx9F		CS	Unknown	1
5001xx70		SQ	Unknown	1
5001xx71		SH	Unknown	1
5001xx80		SQ	Unknown	1
5001xx81		SH	Unknown	1
5001xx82		US	Unknown	3
5001xx83		FL	Unknown	1-n
5001xx84		SQ	Unknown	1
6001xx10		CS	Text Overlay Flag	1
7FDFxxF0		OB	Unknown	1
7FDFxxFF		SH	Unknown	1
	EMAGEON JPEG2K INFO
0009xx00		SQ	Unknown	1
0009xx01		DT	Unknown	1
	EMAGEON STUDY HOME
0009xx00		LO	Unknown	1
0009xx01		LO	Unknown	1
	Eclipse 60
0029xx30		UL	Private data	1
0029xx31		UL	Private data	1
0029xx32		UL	Private data	1
0029xx33		DS	Private data	1
0029xx34		DS	Private data	1
0029xx36		SL	Private data	1
0029xx40		CS	Private data	1
0029xx50		CS	Private data	1
0029xx51		UL	Private data	1
0029xx52		UL	Private data	1
0029xx53		DS	Private data	1
0029xx54		UL	Private data	1
0029xx55		FL	Private data	1
0029xx56		US	Private data	1
0029xx60		LO	Private data	1
0031xx30		UL	Private data	1
0031xx31		UL	Private data	1
0031xx32		LO	Private data	1
0031xx33		UL	Private data	1
0031xx34		UL	Private data	1
0031xx35		UL	Private data	1
200Dxx01		LO	Private data	1
200Dxx02		LO	Private data	1
200Dxx03		LO	Private data	1
200Dxx04		LO	Private data	1
200Dxx05		LO	Private data	1
200Dxx06		LO	Private data	1
200Dxx07		LO	Private data	1
200Dxx08		LO	Private data	1
200Dxx09		LO	Private data	1
200Dxx0A		IS	Private data	1
200Dxx0B		OB	Private data	1
200Dxx0C		IS	Private data	1
200Dxx0D		UL	Private data	1
200Dxx0E		IS	Private data	1
200Dxx0F		IS	Private data	1
200Dxx10		IS	Private data	1
200Dxx11		IS	Private data	1
200Dxx12		OB	Private data	1
200Dxx13		IS	Private data	1
200Dxx14		IS	Private data	1
200Dxx15		IS	Private data	1
200Dxx1A		IS	Private data	1
200Dxx1B		IS	Private data	1
200Dxx20		SQ	Private data	1
200Dxx27		FD	Private data	1
200Dxx28		FD	Private data	1
200Dxx30		LO	Private data	1
200Dxx31		LO	Private data	1
200Dxx32		LO	Private data	1
200Dxx33		LO	Private data	1
200Dxx34		LO	Private data	1
200Dxx35		LO	Private data	1
200Dxx36		LO	Private data	1
200Dxx37		LO	Private data	1
200Dxx38		LO	Private data	1
200Dxx39		LO	Private data	1
200Dxx3A		LO	Private data	1
200Dxx50		CS	Private data	1
200Dxx51		CS	Private data	1
200Dxx52		FD	Private data	1
200Dxx53		CS	Private data	1
200Dxx54		CS	Private data	1
200Dxx55		FD	Private data	1
200Dxx56		FD	Private data	1
200Dxx57		FD	Private data	1
200Dxx58		IS	Private data	1
200Dxx59		FD	Private data	1
200Dxx5A		FD	Private data	1
200Dxx5D		CS	Private data	1
200Dxx5E		CS	Private data	1
200DxxFF		IS	Private data	1
7777xx01		DA	Private data	1
7777xx02		CS	Private data	1
7777xx03		LO	Private data	1
7777xx10		LO	Private data	1
7777xx14		LT	Private data	1
	FDMS 1.0
0009xx04		SH	Image Control Unit	1
0009xx05		OW	Image UID	1
0009xx06		OW	Route Image UID	1
0009xx08		UL	Image Display Information Version No.	1
0009xx09		UL	Patient Information Version No.	1
0009xx0C		OW	Film UID	1
0009xx10		CS	Exposure Unit Type Code	1
0009xx80		LO	Kanji Hospital Name	1
0009xx90		ST	Distribution Code	1
0009xx92		SH	Kanji Department Name	1
0009xxF0		CS	Blackening Process Flag	1
0009xxF1		ST	Processing Information Flag	1
0019xx15		LO	Kanji Body Part for Exposure	1
0019xx30		LO	Menu Character String	1
0019xx32		LO	Kanji Menu Name	1
0019xx40		CS	Image Processing Type	1
0019xx50		CS	EDR Mode	1
0019xx60		SH	Radiographer's Code	1
0019xx70		IS	Split Exposure Format	1
0019xx71		IS	No. of Split Exposure Frames	1
0019xx80		IS	Reading Position Specification	1
0019xx81		IS	Reading Sensitivity Center	1
0019xx90		SH	Film Annotation Character String 1	1
0019xx91		SH	Film Annotation Character String 2	1
0019xxA0		SQ	Exposure Status Sequence	1
0019xxA1		CS	Exposure Status	1
0019xxA2		CS	Exposure Kind	1
0021xx10		CS	FCR Image ID	1
0021xx30		CS	Set No.	1
0021xx40		IS	Image No. in the Set	1
0021xx50		CS	Pair Processing Information	1
0021xx70		IS	Film Number within the Series	1
0021xx80		OB	Equipment Type-Specific Information	1
0021xx90		CS	LUT Number	1
0023xx10		SQ	Left-image Processing Parameter Sequence	1
0023xx20		SQ	Right-image Processing Parameter Sequence	1
0023xx30		SQ	Single-image Processing Parameter Sequence	1
0025xx10		US	Relative Light Emission Amount Sk	1
0025xx11		US	Term of Correction for Each IP Type St	1
0025xx12		US	Reading Gain Gp	1
0025xx13		US	Latitude	1
0025xx15		CS	Image Processing Selection Flag	1
0025xx16		US	Min	1
0025xx17		US	Max	1
0025xx20		US	Sensitivity Shift (S-SHFT)	2
0025xx21		US	Contrast Shift (C-SHIFT)	1
0025xx30		US	GT	1
0025xx31		SS	GA	1
0025xx32		US	GC	1
0025xx33		SS	GS	1
0025xx34		SS	tan θ	1
0025xx40		US	RT	1
0025xx41		US	RN	1
0025xx42		US	RE	1
0025xx43		US	N	1
0025xx50		US	DRT	1
0025xx51		US	DRN	1
0025xx52		US	DRE	1
0025xx53		US	DN	1
0025xx60		US	ORN	1
0025xx61		US	ORE	1
0025xx62		US	ON	1
0025xx63		CS	ORD	1
0025xx70		US	MDT	1
0025xx71		US	MDB	1
0025xx72		US	MDE	1
0025xx73		US	MFP-DRC Suppression Characteristics Parameters	1-n
0025xx74		US	MFP-DRC Frequency Characteristics Parameters	1-n
0025xx80		US	MRT	1
0025xx81		US	MRB	1
0025xx82		US	MRE	1
0025xx83		US	MFP-USM Suppression Characteristics Parameters	1-n
0025xx84		US	MFP-USM Frequency Characteristics Parameters	1-n
0025xx90		US	PTE (α edge)	1
0025xx91		US	PTR (α calc)	1
0025xx92		US	PRN	1
0025xx93		US	PRE	1
0025xx94		US	PEM Sstd	1
0025xx95		US	PEM Lstd	1
0025xx96		CS	PEM Unsharp Mask Value N	1
0025xxA0		US	MFP GT	1
0025xxA1		SS	MFP GA	1
0025xxA2		US	MFP GC	1
0025xxA3		SS	MFP GS	1
0027xx10		SQ	γ Raw Data Table Sequence	1
0027xx20		SQ	β Raw Data Table Sequence	1
0027xx30		SQ	DRC Raw Data Table Sequence	1
0027xx40		SQ	MFP-DRC Raw Data Table Sequence	1
0027xx50		SQ	MFP-USM Raw Data Table Sequence	1
0027xx60		SQ	PEM α Edge Raw Data Table Sequence	1
0027xx70		SQ	PEM α Calc Raw Data Table Sequence	1
0027xx80		SQ	MFP γ Raw Data Table Sequence	1
0027xxA0		IS	No. of Data	1
0027xxA1		CS	Data Input Type	2
0027xxA2		CS	Data Output Type	2
0027xxA3		US/SS	Raw Data	1-n
0029xx20		CS	Image Scanning Direction	1
0029xx25		CS	Image Rotation/Reversal Information	1
0029xx30		CS	Extended Reading Size Value	1
0029xx34		US	Mag./Reduc. Ratio	1
0029xx44		CS	Line Density Code	1
0029xx50		CS	Data Compression Code	1
0032xx32		PN	Requesting Physician	1
0032xx33		LO	Requesting Service	1
2011xx00		CS	Trim Density	1
2011xx01		IS	Trim Width	1
2011xx02		CS	Image Mag./Reduc. Range	1
2011xx10		CS	Image Display Format	1
2011xx11		CS	Image Position Specifying Flag	1
2011xx20		OW	Interpolation A-VRS System Format	1
50F1xx06		CS	Energy Subtraction Param.	1
50F1xx07		CS	Subtraction Registration Result	1
50F1xx08		CS	Energy Subtraction Param. 2	1
50F1xx09		SL	Afin Conversion Coefficient	1
50F1xx0A		SH	FNC Parameters	1
50F1xx10		CS	Film Output Format	1
50F1xx20		CS	Image Processing Modification Flag	1
	FFP DATA
0009xx01		UN	CR Header Information	1
	GDCM CONFORMANCE TESTS
4D4Dxx01		SQ	Array Container Sequence	1
4D4Dxx02		OB	0-Filled Array	1
	GE ??? From Adantage Review CS
0019xx30		LO	CR EDR Mode	1
0019xx40		LO	CR Latitude	1
0019xx50		LO	CR Group Number	1
0019xx70		LO	CR Image Serial Number	1
0019xx80		LO	CR Bar Code Number	1
0019xx90		LO	CR Film Output Exposures	1
	GE LUT Asymmetry Parameter
0045xx67		DS	LUT Asymmetry	1
	GEHC_CT_ADVAPP_001
0053xx20		IS	ShuttleFlag	1
0053xx21		IS	TableSpeedNotReachesTargetFlag	1
0053xx40		SH	IterativeReconAnnotation	1
0053xx41		SH	IterativeReconMode	1
0053xx42		LO	IterativeReconConfiguration	1
0053xx43		SH	IterativeReconLevel	1
0053xx60		SH	reconFlipRotateAnno	1
0053xx61		SH	highResolutionFlag	1
0053xx62		SH	RespiratoryFlag	1
	GEIIS
0009xx10		SQ	GE IIS Thumbnail Sequence	1
0009xx12		IS	Unknown	1
0029xx10		UL	Shift Count	1
0029xx12		UL	Offset	1
0029xx14		UL	Actual Frame Number	1
004Bxx13		IS	Unknown	1
004Bxx15		LT	Unknown	1
0905xx30		LO	Assigning Authority For Patient ID	1
0907xx10		UI	Original Study Instance UID	1
0907xx20		UI	Original Series Instance UID	1
0907xx30		UI	Original SOP Instance UID	1
7FD1xx10		UL	GE IIS Compression ID	1
7FD1xx20		UL	GE IIS Multiframe Offsets	1
7FD1xx30		UL	Unknown	1
7FD1xx40		UL	Unknown	1-n
7FD1xx50		UL	Unknown	1-n
7FD1xx60		UL	Unknown	1-n
	GEIIS PACS
0903xx10		US	Reject Image Flag	1
0903xx11		US	Significant Flag	1
0903xx12		US	Confidential Flag	1
0903xx20		CS	Unknown	1
0907xx21		US	GEIIS_PREFETCH_ALGORITHM	1
0907xx22		US	GEIIS_LIMIT_RECENT_STUDIES	1
0907xx23		US	GEIIS_LIMIT_OLDEST_STUDIES	1
0907xx24		US	GEIIS_LIMIT_RECENT_MONTHS	1
0907xx31		UI	GEIIS_EXCLUDE_STUDY_UIDS	1-n
	GEMS-IT/Centricity RA600/7.0
4113xx10		UI	Number of images in study	1
	GEMS_0039
0039xx95		LO	Unknown	1
	GEMS_3DSTATE_001
0047xxD6		ST	General Description	1
0047xxD7		CS	TDRT	1
0047xxD8		US	NVRP	1
0047xxD9		US	CVRPN	1
0047xxDA		SQ	Volume Rendering Presets Sequence	1
0047xxDB		LO	Preset Name	1
0047xxDC		SS	Opacity Curve X	1-n
0047xxDD		FL	Opacity Curve Y	1-n
0047xxDE		US	NOCP	1
0047xxDF		SS	Color Curve X	1-n
0047xxE1		US	NCCP	1
0047xxE2		CS	GSA	1
0047xxE3		CS	VRSF	1
0047xxE4		FL	AF	1
0047xxE5		FL	DF	1
0047xxE6		FL	SCF	1
0047xxE7		FL	SPF	1
0047xxE8		FL	Orthogonal Clipping Planes	24
0047xxE9		FL	CP	3
0047xxEA		DS	CFP	3
0047xxEB		DS	CVU	3
0047xxEC		FL	RFOV	1
0047xxED		CS	PPRP	1
0047xxEE		DS	3DWW	1
0047xxEF		DS	3DWL	1
0047xxF0		CS	BBV	1
0047xxF1		CS	ERF	1
0047xxF2		US	TDRMS	1
0047xxF3		FL	TDSSS	1
	GEMS_ACQU_01
0009xx24		DS	Unknown	1
0009xx25		US	Unknown	1
0009xx3E		US	Unknown	1
0009xx3F		US	Unknown	1
0009xx42		US	Unknown	1
0009xx43		US	Unknown	1
0009xxF8		US	Unknown	1
0009xxFB		IS	Unknown	1
001910xx		LO	Private Element Creator	1
0019xx01		LT	Unknown	1
0019xx02		SL	Detector Channel	1
0019xx03		DS	Cell number at Theta	1
0019xx04		DS	Cell spacing	1
0019xx05		LT	Unknown	1
0019xx06		UN	Unknown	1
0019xx0E		US	Unknown	1
0019xx0F		DS	Horiz. Frame of ref.	1
0019xx11		SS	Series contrast	1
0019xx12		SS	Last pseq	1
0019xx13		SS	Start number for baseline	1
0019xx14		SS	End number for baseline	1
0019xx15		SS	Start number for enhanced scans	1
0019xx16		SS	End number for enhanced scans	1
0019xx17		SS	Series plane	1
0019xx18		LO	First scan ras	1
0019xx19		DS	First scan location	1
0019xx1A		LO	Last scan ras	1
0019xx1B		DS	Last scan loc	1
0019xx1E		DS	Display field of view	1
0019xx20		DS	Unknown	1
0019xx22		DS	Unknown	1
0019xx23		DS	Table Speed [mm/rotation]	1
0019xx24		DS	Mid Scan Time [sec]	1
0019xx25		SS	Mid scan flag	1
0019xx26		SL	Tube Azimuth [degree]	1
0019xx27		DS	Rotation Speed [msec]	1
0019xx2A		DS	x-ray On position	1
0019xx2B		DS	x-ray Off position	1
0019xx2C		SL	Number of triggers	1
0019xx2D		US	Unknown	1
0019xx2E		DS	Angle of first view	1
0019xx2F		DS	Trigger frequency	1
0019xx39		SS	SFOV Type	1
0019xx3A		IS	Unknown	1
0019xx3B		LT	Unknown	1
0019xx3C		UN	Unknown	1
0019xx3E		UN	Unknown	1
0019xx3F		UN	Unknown	1
0019xx40		SS	Stat recon flag	1
0019xx41		SS	Compute type	1
0019xx42		SS	Segment Number	1
0019xx43		SS	Total Segments Required	1
0019xx44		DS	Interscan delay	1
0019xx47		SS	View compression factor	1
0019xx48		US	Unknown	1
0019xx49		US	Unknown	1
0019xx4A		SS	Total no. of ref channels	1
0019xx4B		SL	Data size for scan data	1
0019xx52		SS	Recon post proc. Flag	1
0019xx54		UN	Unknown	1
0019xx57		SS	CT water number	1
0019xx58		SS	CT bone number	1
0019xx5A		FL	Acquisition Duration	1
0019xx5D		US	Unknown	1
0019xx5E		SL	Number of channels (1...512)	1
0019xx5F		SL	Increment between channels	1
0019xx60		SL	Starting view	1
0019xx61		SL	Number of views	1
0019xx62		SL	Increment between views	1
0019xx6A		SS	Dependent on #views processed	1
0019xx6B		SS	Field of view in detector cells	1
0019xx70		SS	Value of back projection button	1
0019xx71		SS	Set if fatq estimates were used	1
0019xx72		DS	Z chan avg over views	1
0019xx73		DS	Avg of left ref chans over views	1
0019xx74		DS	Max left chan over views	1
0019xx75		DS	Avg of right ref chans over views	1
0019xx76		DS	Max right chan over views	1
0019xx7D		DS	Second echo	1
0019xx7E		SS	Number of echoes	1
0019xx7F		DS	Table delta	1
0019xx81		SS	Contiguous	1
0019xx82		US	Unknown	1
0019xx83		DS	Unknown	1
0019xx84		DS	Peak SAR	1
0019xx85		SS	Monitor SAR	1
0019xx86		US	Unknown	1
0019xx87		DS	Cardiac repetition time	1
0019xx88		SS	Images per cardiac cycle	1
0019xx8A		SS	Actual receive gain analog	1
0019xx8B		SS	Actual receive gain digital	1
0019xx8D		DS	Delay after trigger	1
0019xx8F		SS	Swappf	1
0019xx90		SS	Pause Interval	1
0019xx91		DS	Pause Time	1
0019xx92		SL	Slice offset on freq axis	1
0019xx93		DS	Auto Prescan Center Frequency	1
0019xx94		SS	Auto Prescan Transmit Gain	1
0019xx95		SS	Auto Prescan Analog receiver gain	1
0019xx96		SS	Auto Prescan Digital receiver gain	1
0019xx97		SL	Bitmap defining CVs	1
0019xx98		SS	Center freq. Method	1
0019xx99		US	Unknown	1
0019xx9B		SS	Pulse Sequence Mode	1
0019xx9C		LO	Pulse Sequence Name	1
0019xx9D		DT	Pulse Sequence Date	1
0019xx9E		LO	Internal Pulse Sequence Name	1
0019xx9F		SS	Transmitting Coil Type	1
0019xxA0		SS	Surface Coil Type	1
0019xxA1		SS	Extremity Coil flag	1
0019xxA2		SL	Raw data run number	1
0019xxA3		UL	Calibrated Field strength	1
0019xxA4		SS	SAT fat/water/bone	1
0019xxA5		DS	Receive bandwidth	1
0019xxA7		DS	User data 0	1
0019xxA8		DS	User data 1	1
0019xxA9		DS	User data 2	1
0019xxAA		DS	User data 3	1
0019xxAB		DS	User data 4	1
0019xxAC		DS	User data 5	1
0019xxAD		DS	User data 6	1
0019xxAE		DS	User data 7	1
0019xxAF		DS	User data 8	1
0019xxB0		DS	User data 9	1
0019xxB1		DS	User data 10	1
0019xxB2		DS	User data 11	1
0019xxB3		DS	User data 12	1
0019xxB4		DS	User data 13	1
0019xxB5		DS	User data 14	1
0019xxB6		DS	User data 15	1
0019xxB7		DS	User data 16	1
0019xxB8		DS	User data 17	1
0019xxB9		DS	User data 18	1
0019xxBA		DS	User data 19	1
0019xxBB		DS	User data 20	1
0019xxBC		DS	User data 21	1
0019xxBD		DS	User data 22	1
0019xxBE		DS	Projection angle	1
0019xxC0		SS	Saturation planes	1
0019xxC1		SS	Surface coil intensity	1
0019xxC2		SS	SAT location R	1
0019xxC3		SS	SAT location L	1
0019xxC4		SS	SAT location A	1
0019xxC5		SS	SAT location P	1
0019xxC6		SS	SAT location H	1
0019xxC7		SS	SAT location F	1
0019xxC8		SS	SAT thickness R/L	1
0019xxC9		SS	SAT thickness A/P	1
0019xxCA		SS	SAT thickness H/F	1
0019xxCB		SS	Phase Contrast flow axis	1
0019xxCC		SS	Velocity encoding	1
0019xxCD		SS	Thickness disclaimer	1
0019xxCE		SS	Prescan type	1
0019xxCF		SS	Prescan status	1
0019xxD0		SH	Raw data type	1
0019xxD2		SS	Projection Algorithm	1
0019xxD3		SH	Projection Algorithm Name	1
0019xxD4		US	Unknown	1
0019xxD5		SS	Fractional echo	1
0019xxD6		SS	Prep pulse	1
0019xxD7		SS	Cardiac phase number	1
0019xxD8		SS	Variable echoflag	1
0019xxD9		DS	Concatenated SAT {# DTI Diffusion Dir., release 9.0 & below}	1
0019xxDA		SS	Reference channel used	1
0019xxDB		DS	Back projector coefficient	1
0019xxDC		SS	Primary speed correction used	1
0019xxDD		SS	Overrange correction used	1
0019xxDE		DS	Dynamic Z alpha value	1
0019xxDF		DS	User data 23 {# DTI Diffusion Dir., release 9.0 & below}	1
0019xxE0		DS	User data 24 {# DTI Diffusion Dir., release 10.0 & above}	1
0019xxE1		DS	Unknown	1
0019xxE2		DS	Velocity Encode Scale	1
0019xxE3		LT	Unknown	1
0019xxE4		LT	Unknown	1
0019xxE5		IS	Unknown	1
0019xxE6		US	Unknown	1
0019xxE8		DS	Unknown	1
0019xxE9		DS	Unknown	1
0019xxEB		DS	Unknown	1
0019xxEC		US	Unknown	1
0019xxF0		UN	Unknown	1
0019xxF1		LT	Unknown	1
0019xxF2		SS	Fast phases	1
0019xxF3		LT	Unknown	1
0019xxF4		LT	Unknown	1
0019xxF9		DS	Transmit gain	1
	GEMS_ACRQA_1.0 BLOCK1
0023xx00		LO	CR Exposure Menu Code	1
0023xx10		LO	CR Exposure Menu String	1
0023xx20		LO	CR EDR Mode	1
0023xx30		LO	CR Latitude	1
0023xx40		LO	CR Group Number	1
0023xx50		US	CR Image Serial Number	1
0023xx60		LO	CR Bar Code Number	1
0023xx70		LO	CR Film Output Exposure	1
0023xx80		LO	CR Film Format	1
0023xx90		LO	CR S-Shift String	1
	GEMS_ACRQA_1.0 BLOCK2
0023xx00		US	CR S-Shift	1
0023xx10		DS	CR C-Shift	1
0023xx20		DS	CR GT	1
0023xx30		DS	CR GA	1
0023xx40		DS	CR GC	1
0023xx50		DS	CR GS	1
0023xx60		DS	CR RT	1
0023xx70		DS	CR RE	1
0023xx80		US	CR RN	1
0023xx90		DS	CR DRT	1
	GEMS_ACRQA_1.0 BLOCK3
0023xx00		DS	CR DRE	1
0023xx10		US	CR DRN	1
0023xx20		DS	CR ORE	1
0023xx30		US	CR ORN	1
0023xx40		US	CR ORD	1
0023xx50		LO	CR Cassette Size	1
0023xx60		LO	CR Machine ID	1
0023xx70		LO	CR Machine Type	1
0023xx80		LO	CR Technician Code	1
0023xx90		LO	CR ES Parameters	1
	GEMS_ACRQA_2.0 BLOCK1
0023xx00		LO	CR Exposure Menu Code	1
0023xx10		LO	CR Exposure Menu String	1
0023xx20		LO	CR EDR Mode	1
0023xx30		LO	CR Latitude	1
0023xx40		LO	CR Group Number	1
0023xx50		US	CR Image Serial Number	1
0023xx60		LO	CR Bar Code Number	1
0023xx70		LO	CR Film Output Exposure	1
0023xx80		LO	CR Film Format	1
0023xx90		LO	CR S Shift String	1
	GEMS_ACRQA_2.0 BLOCK2
0023xx00		US	CR S Shift	1
0023xx10		LO	CR C Shift	1
0023xx20		LO	CR GT	1
0023xx30		DS	CR GA	1
0023xx40		DS	CR GC	1
0023xx50		DS	CR GS	1
0023xx60		LO	CR RT	1
0023xx70		DS	CR RE	1
0023xx80		US	CR RN	1
0023xx90		DS	CR DRT	1
	GEMS_ACRQA_2.0 BLOCK3
0023xx00		DS	CR DRE	1
0023xx10		US	CR DRN	1
0023xx20		DS	CR ORE	1
0023xx30		US	CR ORN	1
0023xx40		US	CR ORD	1
0023xx50		LO	CR Cassette Size	1
0023xx60		LO	CR Machine ID	1
0023xx70		LO	CR Machine Type	1
0023xx80		LO	CR Technician Code	1
0023xx90		LO	CR Energy Subtraction Parameters	1
0023xxF0		LO	CR Distribution Code	1
0023xxFF		US	CR Shutters Applied	1
	GEMS_ADWSoft_3D1
0047xx01		SQ	Reconstruction Parameters Sequence	1
0047xx49		UL	Volume Color	3-n
0047xx50		UL	Volume Voxel Count	1
0047xx51		UL	Volume Segment Count	1-n
0047xx53		US	Volume Slice Size	1
0047xx54		US	Volume Slice Count	1
0047xx55		SL	Volume Threshold Value	1
0047xx57		DS	Volume Voxel Ratio	1
0047xx58		DS	Volume Voxel Size	1
0047xx59		US	Volume Z Position Size	1
0047xx60		DS	Volume Base Line	9
0047xx61		DS	Volume Center Point	3
0047xx63		SL	Volume Skew Base	1
0047xx64		DS	Volume Registration Transform Rotation Matrix	9
0047xx65		DS	Volume Registration Transform Translation Vector	3
0047xx66		DS	Volume Tilt	1
0047xx70		DS	KPV List	1-n
0047xx71		IS	X-Ray Tube Current List	1-n
0047xx72		IS	Exposure List	1-n
0047xx80		LO	Acquisition DLX Identifier	1
0047xx81		IS	Acquisition DLX 2D Series Count	1
0047xx85		SQ	Acquisition DLX 2D Series Sequence	1
0047xx89		DS	Contrast Agent Volume List	1-n
0047xx8A		US	Number Of Injections	1
0047xx8B		US	Frame Count	1
0047xx91		LO	XA 3D Reconstruction Algorithm Name	1
0047xx92		CS	XA 3D Reconstruction Algorithm Version	1
0047xx93		DA	DLX Calibration Date	1
0047xx94		TM	DLX Calibration Time	1
0047xx95		CS	DLX Calibration Status	1
0047xx96		IS	Used Frames	1-n
0047xx98		US	Transform Count	1
0047xx99		SQ	Transform Sequence	1
0047xx9A		DS	Transform Rotation Matrix	9
0047xx9B		DS	Transform Translation Vector	3
0047xx9C		LO	Transform Label	1
0047xxB0		SQ	Wireframe List	1
0047xxB1		US	Wireframe Count	1
0047xxB2		US	Location System	1
0047xxB5		LO	Wireframe Name	1
0047xxB6		LO	Wireframe Group Name	1
0047xxB7		LO	Wireframe Color	1
0047xxB8		SL	Wireframe Attributes	1
0047xxB9		SL	Wireframe Point Count	1
0047xxBA		SL	Wireframe Timestamp	1
0047xxBB		SQ	Wireframe Point List	1
0047xxBC		DS	Wireframe Points Coordinates	3
0047xxC0		DS	Volume Upper Left High Corner RAS	3
0047xxC1		DS	Volume Slice To RAS Rotation Matrix	9
0047xxC2		DS	Volume Upper Left High Corner TLOC	1
0047xxD1		OB	Volume Segment List	1
0047xxD2		OB	Volume Gradient List	1
0047xxD3		OB	Volume Density List	1
0047xxD4		OB	Volume Z Position List	1
0047xxD5		OB	Volume Original Index List	1
0047xxF4		LO	Volume Name(s)	1-n
0047xxF5		DS	Min original density	1-n
0047xxF6		DS	Max original density	1-n
0047xxF7		DS	Min Converted Density	1-n
0047xxF8		DS	Max Converted Density	1-n
0047xxF9		LO	Protocol Film Name	1
0047xxFA		US	Protocol Resolution	1
0047xxFB		US	Phase Number (percent)	1
0047xxFC		OB	Volume midscan times list	1
0047xxFD		OB	Volume Registered Phases List	1
0047xxFE		LO	Protocol Name	1
0047xxFF		LO	Protocol Title	1
	GEMS_ADWSoft_3D2
0057xx01		OB	Cardiac Reconstruction Algorithm List	1
0057xx02		OB	Average Heart Rate for Image List	1
0057xx03		OB	Temporal Resolution List	1
0057xx04		LT	Layout View Preset	1
	GEMS_ADWSoft_DPO
0039xx80		IS	Private Entity Number	1
0039xx85		DA	Private Entity Date	1
0039xx90		TM	Private Entity Time	1
0039xx95		LO	Private Entity Launch Command	1
0039xxAA		CS	Private Entity Type	1
	GEMS_ADWSoft_DPO1
0039xx80		IS	Private Entity Number	1
0039xx85		DA	Private Entity Date	1
0039xx90		TM	Private Entity Time	1
0039xx95		LO	Private Entity Launch Command	1
0039xxAA		CS	Private Entity Type	1
	GEMS_AWSOFT_CD1
0039xx65		UI	Reference to Study UID	1
0039xx70		UI	Reference to Series UID	1
0039xx75		IS	Reference to Original Instance	1
0039xx80		IS	DPO Number	1
0039xx85		DA	DPO Date	1
0039xx90		TM	DPO Time	1
0039xx95		LO	DPO Invocation String	1
0039xxAA		CS	DPO type	1
0039xxFF		OB	DPO data	1
	GEMS_AWSoft_SB1
0039xx50		UI	Reference to Study UID	1
0039xx51		UI	Reference to Series UID	1
0039xx52		IS	Reference to Original Instance Number	1
0039xx95		LO	Private Entity Launch Command	1
	GEMS_CTHD_01
0033xx02		UN	Unknown	1
	GEMS_CT_CARDIAC_001
0049xx01		SQ	CT Cardiac Sequence	1
0049xx02		CS	HeartRateAtConfirm	1
0049xx03		FL	AvgHeartRatePriorToConfirm	1
0049xx04		CS	MinHeartRatePriorToConfirm	1
0049xx05		CS	MaxHeartRatePriorToConfirm	1
0049xx06		FL	StdDevHeartRatePriorToConfirm	1
0049xx07		US	NumHeartRateSamplesPriorToConfirm	1
0049xx08		CS	AutoHeartRateDetectPredict	1
0049xx09		CS	SystemOptimizedHeartRate	1
0049xx0A		ST	EkgMonitorType	1
0049xx0B		CS	NumReconSectors	1
0049xx0C		FL	RpeakTimeStamps	256
	GEMS_CT_HINO_01
004Bxx01		DS	Beam Thickess	1-n
004Bxx02		DS	R Time	1-n
004Bxx03		IS	HBC Number	1
	GEMS_CT_VES_01
0051xx01		SQ	CTVESSequence	1
	GEMS_DLX_DOSE_01
0027xx01		SQ	Private Radiation Dose Sequence	1
0027xx02		IS	Run Number	1
0027xx03		TM	Run Time	1
0027xx04		IS	Number of Frames	1
0027xx05		DS	Frames per Second	1
0027xx06		CS	Plane	1
0027xx07		DS	KV	1
0027xx08		DS	MA	1
0027xx09		DS	Mas	1
0027xx10		DS	Ms	1
0027xx11		DS	Angulation	1
0027xx12		DS	Rotation	1
0027xx13		DS	Focal Distance	1
0027xx14		DS	Image Intensifier Mode	1
	GEMS_DL_FRAME_01
0025xx02		IS	Frame Id	1
0025xx03		DS	Distance Source To Detector	1
0025xx04		DS	Distance Source To Patient	1
0025xx05		DS	Distance Source To Skin	1
0025xx06		DS	Positioner Primary Angle	1
0025xx07		DS	Positioner Secondary Angle	1
0025xx08		IS	Beam Orientation	1
0025xx09		DS	Larm Angle	1
0025xx0A		SQ	Frame Sequence	1
0025xx0B		DS	Target Cnr	1
0025xx10		DS	Pivot Angle	1
0025xx1A		DS	Arc Angle	1
0025xx1B		DS	Table Vertical Position	1
0025xx1C		DS	Table Longitudinal Position	1
0025xx1D		DS	Table Lateral Position	1
0025xx1E		IS	Beam Cover Area	1
0025xx1F		DS	Kvp Actual	1
0025xx20		DS	Mas Actual	1
0025xx21		DS	Pw Actual	1
0025xx22		DS	Kvp Commanded	1
0025xx23		DS	Mas Commanded	1
0025xx24		DS	Pw Commanded	1
0025xx25		CS	Grid	1
0025xx26		DS	Sensor Feedback	1
0025xx27		DS	Target Entrance Dose	1
0025xx28		DS	Cnr Commanded	1
0025xx29		DS	Contrast Commanded	1
0025xx2A		DS	Ept Actual	1
0025xx2B		IS	Spectral Filter Znb	1
0025xx2C		DS	Spectral Filter Weight	1
0025xx2D		DS	Spectral Filter Density	1
0025xx2E		IS	Spectral Filter Thickness	1
0025xx2F		IS	Spectral Filter Status	1
0025xx30		IS	Fov Dimension	1
0025xx33		IS	Fov Origin	1
0025xx34		IS	Collimator Left Vertical Edge	1
0025xx35		IS	Collimator Right Vertical Edge	1
0025xx36		IS	Collimator Up Horizontal Edge	1
0025xx37		IS	Collimator Low Horizontal Edge	1
0025xx38		IS	Vertices Polygonal Collimator	1
0025xx39		IS	Contour Filter Distance	1
0025xx3A		UL	Contour Filter Angle	1
0025xx3B		CS	Table Rotation Status	1
0025xx3C		CS	Internal Label Frame	1
	GEMS_DL_IMG_01
0019xx0B		DS	Fov Dimension Double	1
0019xx0C		FL	LV Diastolic contour	2-2n
0019xx0D		FL	LV Systolic contour	2-2n
0019xx2B		FL	Distance to table top	1
0019xx30		LO	Image File Name	1
0019xx31		IS	Default Spatial Filter Family	1
0019xx32		IS	Default Spatial Filter Strength	1
0019xx33		DS	Min Saturation Dose	1
0019xx34		DS	Detector Gain	1
0019xx35		DS	Patient Dose Limit	1
0019xx36		DS	Preproc Image Rate Max	1
0019xx37		CS	Sensor Roi Shape	1
0019xx38		DS	Sensor Roi x Position	1
0019xx39		DS	Sensor Roi y Position	1
0019xx3A		DS	Sensor Roi x Size	1
0019xx3B		DS	Sensor Roi y Size	1
0019xx3D		DS	Noise Sensitivity	1
0019xx3E		DS	Sharp Sensitivity	1
0019xx3F		DS	Contrast Sensitivity	1
0019xx40		DS	Lag Sensitivity	1
0019xx41		CS	Tube	1
0019xx42		US	Detector Size Rows	1
0019xx43		US	Detector Size Columns	1
0019xx44		DS	Min Object Size	1
0019xx45		DS	Max Object Size	1
0019xx46		DS	Max Object Speed	1
0019xx47		CS	Object Back Motion	1
0019xx48		UL	Exposure Trajectory Family	1
0019xx49		DS	Window Time Duration	1
0019xx4A		CS	Positioner Angle Display Mode	1
0019xx4B		IS	Detector Origin	1
0019xx4C		CS	Unknown	1
0019xx4E		DS	Default Brightness Contrast	1
0019xx4F		DS	User Brightness Contrast	1
0019xx50		IS	Source Series Number	1
0019xx51		IS	Source Image Number	1
0019xx52		IS	Source Frame Number	1
0019xx53		UI	Source Series Item Id	1
0019xx54		UI	Source Image Item Id	1
0019xx55		UI	Source Frame Item Id	1
0019xx80		DS	Image Dose	1
0019xx81		US	Calibration Frame	1
0019xx82		CS	Calibration Object	1
0019xx83		DS	Calibration Object Size mm	1
0019xx84		FL	Calibration Factor	1
0019xx85		DA	Calibration Date	1
0019xx86		TM	Calibration Time	1
0019xx87		US	Calibration Accuracy	1
0019xx88		CS	Calibration Extended	1
0019xx89		US	Calibration Image Original	1
0019xx8A		US	Calibration Frame Original	1
0019xx8B		US	Calibration Number Of Points Uif	1
0019xx8C		US	Calibration Points Row	1
0019xx8D		US	Calibration Points Column	1
0019xx8E		FL	Calibration Magnification Ratio	1
0019xx8F		LO	Calibration Sw Version	1
0019xx90		LO	Extend Calibration Sw Version	1
0019xx91		IS	Calibration Return Code	1
0019xx92		DS	Detector Rotation Angle	1
0019xx93		CS	Spatial Change	1
0019xx94		CS	Inconsistent Flag	1
0019xx95		CS	Image Sweep	1
0019xx96		CS	Internal Label Image	1
0019xx97		DS	Angle 1 Increment	1
0019xx98		DS	Angle 2 Increment	1
0019xx99		DS	Angle 3 Increment	1
0019xx9A		DS	Sensor Feedback	1
0019xx9B		CS	Grid	1
0019xx9C		FL	Default Mask Pixel Shift	1
0019xx9D		CS	Applicable Review Mode	1
0019xx9E		DS	Log Lut Control Points	1
0019xx9F		DS	Exp Lut Control Points	1
0019xxA0		DS	ABD Value	1
0019xxA1		DS	Sub Window Center	1
0019xxA2		DS	Sub Window Width	1
0019xxA3		DS	Image Rotation	1
0019xxA4		CS	Auto Injection Enabled	1
0019xxA5		CS	Injection Phase	1
0019xxA6		DS	Injection Delay	1
0019xxA7		IS	Reference Injection Frame Number	1
0019xxA8		DS	Injection Duration	1
0019xxA9		DS	EPT	1
0019xxAA		CS	Can Downscan 512	1
0019xxAB		IS	Current Spatial Filter Strength	1
0019xxAC		DS	Brightness Sensitivity	1
0019xxAD		DS	Exp Lut NOSUB Control Points	1
0019xxAE		LO	SUB operator LUTs names	1-n
0019xxAF		DS	kVp actual vector	1-n
0019xxB0		DS	mAs actual vector	1-n
0019xxB1		LO	Acquisition Mode Description	1
0019xxB2		LO	Acquisition Mode Display Label	1
0019xxB3		LO	Acquisition Protocol User Name	1
0019xxB8		FL	Recommended display frame rate float	1
0019xxB9		FL	ABD Vector	1-n
0019xxBA		CS	Acquisition region	1
0019xxBB		CS	Acquisition SUB mode	1
0019xxBC		FL	Unknown	1
0019xxBD		CS	Table rotation status vector	1-n
0019xxBE		FL	Source to image distance per frame vector	1-n
0019xxC2		DS	pw actual vector	1-n
0019xxC4		IS	Spectral filter thickness	1
0019xxC5		FL	Preselected pivot rotation speed	1
0019xxC7		CS	Patient position per image	1
0019xxC8		CS	3D structure of interest	1
0019xxC9		CS	3D calibration out of date flag	1
0019xxCA		IS	3Dspin expected number of frames	1
0019xxD4		FL	Detection gain value	1
0019xxD5		FL	mR mAs calibration value	1
0019xxDC		LO	DRM LUT file name	1
0019xxDD		DS	DRM Strength	1-n
0019xxDE		CS	Acquisition Plane	1
0019xxDF		FL	LP off longitudinal position Z	1-n
0019xxE0		FL	DAP of current record	1
0019xxE1		FL	Pivot Lateral Angle	1
0019xxE2		FL	Carm Lateral Angle	1
0019xxE3		FL	Pivot Lateral Angle increment	1-n
0019xxE4		FL	Carm Lateral Angle increment	1-n
0019xxE7		FL	LP off long pos Z first frame	1
0019xxE8		FL	LP off long pos Z increment	1-n
0019xxE9		FL	Source to detector distance per frame vector	1-n
0019xxEA		FL	Unknown	1
0019xxEB		FL	Unknown	1
0019xxEC		FL	Unknown	1
0019xxED		FL	Unknown	1
	GEMS_DL_PATNT_01
0011xx80		UI	Patient Instance Uid	1
0011xx81		IS	Last Study Number	1
0011xx82		CS	Patient Repaired	1
0011xx83		CS	Lock Demographics	1
	GEMS_DL_SERIES
0015xx87		IS	Number of images	1
0019xx0B		DS	fov dimension double	1-2
0019xx31		IS	default spatial filter family	1
0019xx32		IS	default spatial filter strength	1
0019xx4B		IS	Detector origin	2
0019xx4E		DS	def_bright_contr	2
0019xx4F		DS	user_bright_contr	2
0019xx81		US	Calibration frame	1
0019xx82		CS	Calibration object	1
0019xx83		DS	Calibration object size mm	1
0019xx84		FL	Calibration factor	1
0019xx85		DA	Calibration date	1
0019xx86		TM	Calibration time	1
0019xx87		US	Calibration accuracy	1
0019xx88		CS	Calibration extended	1
0019xx89		US	Calibration image original	1
0019xx8A		US	Calibration frame original	1
0019xx8B		US	Calibration nb points uif	1
0019xx8C		US	Calibration points row	1-n
0019xx8D		US	Calibration points column	1-n
0019xx8E		FL	Calibration mag ratio	1
0019xx8F		LO	Calibration sw version	1
0019xx90		LO	Extend calib sw version	1
0019xx91		IS	Calibration return code	1
0019xx92		DS	detector_rot_angle	1
0019xx93		CS	Spatial change	1
0019xx95		CS	Image sweep	2
0019xx97		DS	Angle 1 increment	1-n
0019xx98		DS	Angle 2 increment	1-n
0019xx99		DS	Angle 3 increment	1-n
0019xx9A		DS	sensor feedback	1-n
0019xx9D		CS	applicable review mode	1
0019xx9E		DS	log LUT control points	1-n
0019xx9F		DS	exp LUT SUB control points	1-n
0019xxA0		DS	ABD value	1
0019xxA1		DS	Sub window center	1
0019xxA2		DS	Sub window width	1
0019xxA4		CS	Auto injection enabled	1
0019xxA5		CS	injection phase	1
0019xxA6		DS	injection delay	1
0019xxA7		IS	reference injection frame number	1
0019xxA9		DS	EPT	1-n
0019xxAA		CS	can downscan 512	1
0019xxAB		IS	current spatial filter strength	1
0019xxAD		DS	exp LUT NOSUB control points	1-n
0019xxAE		LO	SUB operator LUTs names	1-n
0019xxC4		IS	Default spatial filter family	1
0019xxC5		FL	Preselected pivot rotation speed	1
0019xxC7		CS	Patient position per image	1
0019xxC8		CS	3D structure of interest	1
0019xxC9		CS	3D calibration out of date flag	1
0019xxCA		IS	3Dspin expected number of frames	1
0019xxD4		FL	Detection gain value	1
0019xxD5		FL	mR mAs calibration value	1
0019xxDC		LO	DRM LUT file name	1
0019xxDD		DS	DRM Strength	1-n
	GEMS_DL_SERIES_01
0015xx85		LO	Series File Name	1
0015xx87		IS	Number Of Images	1
0015xx8C		CS	Sent Flag	1
0015xx8D		US	Item Locked	1
0019xx4C		CS	internal label	1
0019xx4D		CS	browser hide	1
	GEMS_DL_STUDY_01
0015xx80		DS	Study Dose	1
0015xx81		DS	Study Total Dap	1
0015xx82		DS	Study Fluoro Dap	1
0015xx83		IS	Study Fluoro Time	1
0015xx84		DS	Study Record Dap	1
0015xx85		IS	Study Record Time	1
0015xx86		IS	Last Xa Number	1
0015xx88		PN	Default Operator Name	1
0015xx89		PN	Default Performing Physician Name	1
0015xx8A		CS	Default Patient Orientation	1
0015xx8B		IS	Last Sc Number	1
0015xx8E		UI	Common Series Instance Uid	1
0015xx8F		IS	Study Number	1
0015xx92		FL	Study dose Frontal	1
0015xx93		FL	Study total dap Frontal	1
0015xx94		FL	Study fluoro dap frontal	1
0015xx95		IS	Study fluoro time frontal	1
0015xx96		FL	Study record dap frontal	1
0015xx97		IS	Study record time frontal	1
0015xx98		FL	Study dose lateral	1
0015xx99		FL	Study total dap lateral	1
0015xx9A		FL	Study fluoro dap lateral	1
0015xx9B		IS	Study fluoro time lateral	1
0015xx9C		FL	Study record dap leteral	1
0015xx9D		IS	Study record time lateral	1
	GEMS_DRS_1
0037xx10		LO	Referring Department	1
0037xx20		US	Screen Number	1
0037xx40		SH	Left Orientation	1
0037xx42		SH	Right Orientation	1
0037xx50		CS	Inversion	1
0037xx60		US	DSA	1
	GEMS_FALCON_03
0045xx55		DS	A_Coefficients	8
0045xx62		IS	User Window Center	1
0045xx63		IS	User Window Width	1
0045xx65		IS	Requested Detector Entrance Dose	1
0045xx67		DS	VOI LUT Asymmetry parameter beta	3
0045xx69		IS	Collimator rotation	1
0045xx72		DS	Collimator Width	1
0045xx73		DS	Collimator Height	1
	GEMS_FUNCTOOL_01
0051xx01		LO	Functional Proc Group Name	1
0051xx02		LO	Functional Processing Name	1
0051xx03		SL	Bias of Functional Image	1
0051xx04		FL	Scale of Functional Image	1
0051xx05		SL	Length of Parameters String	1
0051xx06		LT	Store Parameters string, delimited by character ESC=0x1B (27)	1
0051xx07		LO	Functional Image Version	1
0051xx08		SL	Store Color Ramp	1
0051xx09		SL	Store Width of Functional Image	1
0051xx0A		SL	Store level of Functional Image	1
0051xx0B		FL	Store B-Value with Functional Image	1
0051xx0C		LO	Analysis Package	1
0051xx0E		UN	Unknown	1
	GEMS_GDXE_ATHENAV2_INTERNAL_USE
7FDFxx10		LT	PPS Stream	1
7FDFxx11		LT	Pixel Data References (temporary)	1
7FDFxx20		SS	Auto Push Tag	1
7FDFxx25		CS	PPS Status	1
	GEMS_GDXE_FALCON_04
0011xx03		UI	Processed Series UID	1
0011xx04		CS	Acquisition Type	1
0011xx05		UI	Acquisition UID	1
0011xx06		DS	Image Dose	1
0011xx07		FL	Study Dose	1
0011xx08		FL	Study DAP	1
0011xx09		SL	Non-Digital Exposures	1
0011xx10		SL	Total Exposures	1
0011xx11		LT	ROI	1
0011xx12		LT	Patient Size String	1
0011xx13		UI	SPS UID	1
0011xx14		UI	Unknown	1
0011xx15		DS	Detector ARC Gain	1
0011xx16		LT	Processing Debug Info	1
0011xx17		CS	Override mode	1
0011xx19		DS	Film Speed Selection	1
0011xx27		UN	Unknown	1
0011xx28		UN	Unknown	1
0011xx29		UN	Unknown	1
0011xx30		UN	Unknown	1
0011xx31		IS	Detected Field of View	8
0011xx32		IS	Adjusted Field of View	8
0011xx33		DS	Detected Exposure Index	1
0011xx34		DS	Compensated Detector Exposure	1
0011xx35		DS	Uncompensated Detector Exposure	1
0011xx36		DS	Median Anatomy Count Value	1
0011xx37		DS	DEI lower and upper limit values	2
0011xx38		SL	Shift Vector for Pasting	6
0011xx39		CS	Image Number in Pasting	1
0011xx40		SL	Pasting Overlap	1
0011xx41		IS	Sub-image Collimator Vertices	24
0011xx42		LO	View IP	1
0011xx43		IS	Key-stone Coordinates	24
0011xx44		CS	Receptor Type	1
0011xx46		LO	Unknown	1-n
0011xx47		DS	Unknown	1
	GEMS_GENIE_1
0009xx01		SH	Unknown	1
0009xx10		LO	Study Name	1
0009xx11		SL	Study Flags	1
0009xx12		SL	Study Type	1
0009xx1E		UI	Dataset UID	1
0009xx20		LO	Series Object Name	1
0009xx21		SL	Series Flags	1
0009xx22		SH	User Orientation	1
0009xx23		SL	Initiation Type	1
0009xx24		SL	Initiation Delay	1
0009xx25		SL	Initiation Count Rate	1
0009xx26		SL	Number Energy Sets	1
0009xx27		SL	Number Detectors	1
0009xx28		SL	Number RR Windows	1
0009xx29		SL	Number MG Time Slots	1
0009xx2A		SL	Number View Sets	1
0009xx2B		LO	Trigger History UID	1
0009xx2C		LO	Series Comments	1
0009xx2D		SL	Track Beat Average	1
0009xx2E		FD	Distance Prescribed	1
0009xx2F		SL	Table Direction	1
0009xx30		LO	Unknown	1
0009xx33		FD	Rotational Continuous Speed	1
0009xx34		SL	Gantry Motion Type (retired)	1
0009xx35		SL	Gantry Locus Type	1
0009xx37		SL	Starting Heart Rate	1
0009xx38		SL	RR Window Width	1
0009xx39		SL	RR Window Offset	1
0009xx3A		SL	Percent Cycle Imaged	1
0009xx40		PN	Patient Object Name	1
0009xx41		SL	Patient Flags	1
0009xx42		DA	Patient Creation Date	1
0009xx43		TM	Patient Creation Time	1
0009xx44		SL	Num Views Acquired (retired)	1
0009xx45		LT	Unknown	1
0011xx0A		SL	Series Type	1
0011xx0B		SL	Effective Series Duration	1
0011xx0C		SL	Num Beats	1
0011xx0D		LO	Radio Nuclide Name	1
0011xx10		LO	Dataset Object Name	1
0011xx11		IS	Dataset Modified	1
0011xx12		LO	Dataset Name	1-n
0011xx13		SL	Dataset Type	1
0011xx14		SH	Completion Time	1
0011xx15		SL	Detector Number	1
0011xx16		SL	Energy Number	1
0011xx17		SL	RR Interval Window Number	1
0011xx18		SL	MG Bin Number	1
0011xx19		FD	Radius Of Rotation	1
0011xx1A		SL	Detector Count Zone	1
0011xx1B		SL	Num Energy Windows	1
0011xx1C		SL	Energy Offset	4
0011xx1D		SL	Energy Range	1
0011xx1E		SL	Energy Width (retired)	4
0011xx1F		SL	Image Orientation	1
0011xx21		DS	Acq Zoom (retired)	1
0011xx22		DS	Acq Pan (retired)	1
0011xx23		SL	Use FOV Mask	1
0011xx24		SL	FOV Mask Y Cutoff Distance	1
0011xx25		SL	FOV Mask Cutoff Angle	1
0011xx26		SL	Table Orientation	1
0011xx27		SL	ROI Top Left	2
0011xx28		SL	ROI Bottom Right	2
0011xx29		SL	Uniformity Mean	1
0011xx2A		FD	Phase Duration (retired)	1
0011xx2C		FD	View X Adjustment	1
0011xx2D		FD	View Y Adjustment	1
0011xx2E		SL	Pixel Overflow Flag	1
0011xx2F		SL	Overflow Level	1
0011xx30		LO	Picture Object Name	1
0011xx31		LO	Acquisition Parent UID	1
0011xx32		LO	Processing Parent UID	1
0011xx33		LO	Energy Correct Name	1
0011xx34		LO	Spatial Correct Name	1
0011xx35		LO	Tuning Calib Name	1
0011xx36		LO	Uniformity Correct Name	1
0011xx37		LT	Acquisition Specific Correction Name	1
0011xx38		SL	Byte Order	1
0011xx39		SL	Compression Type	1
0011xx3A		SL	Picture Format	1
0011xx3B		FD	Pixel Scale	1
0011xx3C		FD	Pixel Offset	1
0011xx3D		SL	Energy Peak (retired)	4
0011xx3E		SL	FOV Shape	1
0011xx3F		SL	Dataset Flags	1
0011xx40		LO	Viewing Object Name	1
0011xx41		SL	Orientation Angle	1
0011xx42		FD	Rotation Angle	1
0011xx43		SL	Window Inverse Flag	1
0011xx44		FD	Threshold Center	1
0011xx45		FD	Threshold Width	1
0011xx46		SL	Interpolation Type	1
0011xx50		LO	Where Object Name	1
0011xx55		FD	Period	1
0011xx56		FD	Elapsed Time	1
0011xx57		FD	FOV	2
0011xx61		SL	Image Size	1
0011xx62		FD	Linear FOV	1
0011xx63		FD	Spatial Offset	1
0011xx64		FD	Spatial Orientation	1
0011xx65		LO	Reference Dataset UID	1
0011xx66		SH	Starcam Reference Dataset	1
0011xx67		SL	Reference Frame Number	1
0011xx68		SL	Cursor Length	1
0011xx69		SL	Number of Cursors	1
0011xx6A		SL	Cursor Coordinates	1
0011xx6B		SL	Recon Options Flag	1
0011xx6C		FD	Motion Threshold	1
0011xx6D		UI	Motion Curve UID	1
0011xx6E		SL	Recon Type	1
0011xx6F		SL	Pre Filter Type	1
0011xx71		SL	Back Proj Filter Type	1
0011xx72		SL	Recon Arc	1
0011xx73		FD	Recon Pan AP Offset	1
0011xx74		FD	Recon Pan LR Offset	1
0011xx75		FD	Recon Area	1
0011xx76		SL	Start View	1
0011xx77		SL	Attenuation Type	1
0011xx78		SL	Dual Energy Processing	1
0011xx79		SH	Pre Filter Param	1
0011xx7A		SH	Pre Filter Param 2	1
0011xx7B		SH	Back Proj Filter Param	1
0011xx7C		SH	Back Proj Filter Param 2	1
0011xx7D		SH	Attenuation Coef	1
0011xx7E		SL	Ref Slice Width	1
0011xx7F		FD	Ref Trans Pixel Volume	1
0011xx81		SH	Attenuation Threshold	1
0011xx82		FD	Interpolation Distance	1
0011xx83		FD	Interpolation Center X	1
0011xx84		FD	Interpolation Center Y	1
0011xx85		SL	Quant Filter Flag	1
0011xx86		SL	Head Conversion	1
0011xx87		SL	Slice Width Pixels	1
0011xx88		SL	Rfmtr Trans Ref	1
0011xx89		FD	Rfmtr Trans Ref mm	1
0011xx8A		SL	Two Line Trans Ref	1
0011xx8B		SL	Three-D Zero	1
0011xx8C		SL	Three-D Zero Length	1
0011xx8D		SL	Three-D Zero In	1
0013xx10		FD	Digital FOV	2
0013xx11		SL	Source Translator	1
0013xx12		UL	RAL Flags	1
0013xx13		SQ	Xeleris Frame Sequence	1
0013xx14		SL	Original Image Num	1
0013xx15		FD	Fscalar	1
0013xx16		SL	AutoTrack Peak	1
0013xx17		SL	AutoTrack Width	1
0013xx18		FD	Transmission Scan Time	1
0013xx19		FD	Transmission Mask Width	1
0013xx1A		FD	Copper Attenuator Thickness	1
0013xx1B		FD	Det Ang Separation	1
0013xx1C		SL	Axial Acceptance Angle	1
0013xx1D		SL	Theta Acceptance Value	1
0013xx1E		FD	Tomo View Offset	1-n
0013xx20		FD	Accepted Beats Time	1
0013xx21		FD	Threshold	2
0013xx22		FD	Linear Depth	2
0013xx23		LO	Unif Date Time	1
0013xx24		SL	Series Accepted Beats	1
0013xx25		SL	Series Rejected Beats	1
0013xx26		LT	Study Comments	1
0015xx10		SL	Frame Termination Condition	1
0015xx11		SL	Frame Termination Value	1
0015xx12		SL	Num ECT Phases	1
0015xx13		SL	Num WB Scans	1
0015xx14		SL	ECT Phase Num	1
0015xx15		SL	WB Scan Num	1
0015xx16		SL	Comb Head Number	1
0015xx17		UL	Preceding Beat	1
0019xx5F		SQ	Unknown	1
0033xx07		SQ	Orig SOP Instance UID	1-n
0033xx08		CS	Xeleris Data Object Type	1
0033xx10		SL	Modified	1
0033xx11		LO	Name	1
0033xx16		LO	ProtocolDataUID	1
0033xx17		SH	Date	1
0033xx18		SH	Time	1
0033xx19		UL	ProtocoldataFlags	1
0033xx1A		UL	ProtocolName	1
0033xx1B		LO	RelevantDataUID	1
0033xx1C		LO	BulkData	1
0033xx1D		SL	IntData	1-n
0033xx1E		FD	DoubleData	1-n
0033xx1F		OB	StringData	1
0033xx20		LT	BulkDataFormat	1-n
0033xx21		LT	IntDataFormat	1-n
0033xx22		LT	DoubleDataFormat	1-n
0033xx23		LT	StringDataFormat	1-n
0033xx24		LT	Description	1
0033xx30		UL	Allocate trigger buffer	1
0033xx33		UL	Number of triggers	1
0033xx34		UL	Trigger size	1
0033xx35		UL	Trigger data size	1
0033xx36		OB	Trigger data	1-n
0035xx01		FD	Start Angle	1-n
0055xx12		SQ	Xeleris Energy Window Information Sequence	1
0055xx13		SQ	Xeleris Energy Window Range Sequence	1
0055xx22		SQ	Xeleris Detector Information Sequence	1
0055xx52		SQ	Xeleris Rotation Information Sequence	1
0055xx62		SQ	Xeleris Gated Information Sequence	1
0055xx63		SQ	Xeleris Data Information Sequence	1
0055xx64		SQ	SDODoubleData SQ	1
0055xx65		SQ	Unknown	1
5001xx01		SL	Modified	1
5001xx02		LO	Name	1
5001xx03		SL	Cid	1
5001xx04		SL	Srid	1
5001xx05		LO	SOPClassUID	1
5001xx06		LO	SOPInstanceUID	1
5001xx07		SL	CurveType	1
5001xx08		SL	GraphType	1
5001xx09		LO	Legend	1
5001xx0A		LO	XUnits	1
5001xx0B		LO	YUnits	1
5001xx0C		SL	Edit	1
5001xx0D		SL	Suspend	1
5001xx0E		SL	StyleLine	1
5001xx0F		SL	StyleFill	1
5001xx10		LO	StyleColour	1
5001xx11		SL	StyleWidth	1
5001xx12		SL	StylePoint	1
5001xx13		LO	StylePColour	1
5001xx14		SL	StylePSize	1
5001xx15		SL	Segments	1
5001xx16		SL	SegType	1
5001xx17		FD	SegStart	1-n
5001xx18		FD	SegEnd	1-n
5001xx19		SL	SegStyleLine	1-n
5001xx1A		SL	SegStyleFill	1-n
5001xx1B		LO	SegStyleColour	1
5001xx1C		SL	SegStyleWidth	1-n
5001xx1D		SL	SegStylePoint	1-n
5001xx1E		SL	SegStylePColour	1
5001xx1F		SL	SegStylePSize	1
5001xx20		LO	SegName	1
5001xx21		SL	SegAllowDirInt	1-n
5001xx22		SL	TextAnnots	1
5001xx23		FD	TxtX	1-n
5001xx24		FD	TxtY	1-n
5001xx25		LO	TxtText	1
5001xx26		LO	TxtName	1
5001xx30		LO	ROIName	1
5001xx31		LO	DerivedFromImageUID	1
5001xx32		SL	DerivedFromImages	1-n
5001xx33		UL	CurveFlags	1
5001xx34		LO	CurveName	1
5001xx35		LO	DatasetName	1
5001xx36		LO	CurveUID	1
5001xx37		FD	ROIArea	1
5001xx38		SL	Modified	1
5001xx39		LO	Name	1
5001xx3A		LO	Software version	1
5001xx3B		SH	StartDate	1
5001xx3C		SH	CompletionDate	1
5001xx3D		LO	DetectorName	1
5001xx41		SL	Modified	1
5001xx42		LO	Name	1
5001xx43		SL	Name	1
5001xx44		SL	Name	1
5001xx45		LO	SOPClassUID	1
5001xx46		LO	SOPInstanceUID	1
5001xx47		LO	NormalColor	1
5001xx48		LT	NameFont	1
5001xx49		SL	FillPattern	1
5001xx4A		SL	LineStyle	1
5001xx4B		SL	LineDashLength	1
5001xx4C		SL	LineThickness	1
5001xx4D		SL	Interactivity	1
5001xx4E		SL	NamePos	1
5001xx4F		SL	NameDisplay	1
5001xx50		LO	Label	1
5001xx51		SL	BpSeg	1-n
5001xx52		US	BpSegPairs	1-n
5001xx53		SL	SeedSpace	1
5001xx54		FD	Seeds	1-n
5001xx55		SL	Shape	1-n
5001xx56		FD	ShapeTilt	1-n
5001xx59		SL	ShapePtsSpace	1-n
5001xx5A		SL	ShapeCtrlPtsCounts	1-n
5001xx5B		FD	ShapeCtrlPts	1-n
5001xx5C		SL	ShapeCPSpace	1
5001xx5D		SL	ROIFlags	1
5001xx5E		SL	FrameNumber	1
5001xx5F		SL	Id	1
5001xx60		LO	DatasetROIMapping	1-n
	GEMS_GNHD_01
0033xx01		UN	Unknown	1
0033xx02		UN	Unknown	1
	GEMS_HELIOS_01
0045xx01		SS	Number of Macro Rows in Detector	1
0045xx02		FL	Macro width at ISO Center	1
0045xx03		SS	DAS type	1
0045xx04		SS	DAS gain	1
0045xx05		SS	DAS Temperature	1
0045xx06		CS	Table Direction	1
0045xx07		FL	Z smoothing Factor	1
0045xx08		SS	View Weighting Mode	1
0045xx09		SS	Sigma Row number	1
0045xx0A		FL	Minimum DAS value	1
0045xx0B		FL	Maximum Offset Value	1
0045xx0C		SS	Number of Views shifted	1
0045xx0D		SS	Z tracking Flag	1
0045xx0E		FL	Mean Z error	1
0045xx0F		FL	Z tracking Error	1
0045xx10		SS	Start View 2A	1
0045xx11		SS	Number of Views 2A	1
0045xx12		SS	Start View 1A	1
0045xx13		SS	Sigma Mode	1
0045xx14		SS	Number of Views 1A	1
0045xx15		SS	Start View 2B	1
0045xx16		SS	Number Views 2B	1
0045xx17		SS	Start View 1B	1
0045xx18		SS	Number of Views 1B	1
0045xx19		SS	Air Calibration Date	1
0045xx1A		SS	Air Calibration Time	1
0045xx1B		SS	Phantom Calibration Date	1
0045xx1C		SS	Phantom Calibration Time	1
0045xx1D		SS	Z Slope Calibration Date	1
0045xx1E		SS	Z Slope Calibration Time	1
0045xx1F		SS	Cross Talk Calibration Date	1
0045xx20		SS	Cross Talk Calibration Time	1
0045xx21		SS	Iterbone Flag	1
0045xx22		SS	Peristaltic Flag	1
0045xx30		CS	CardiacReconAlgorithm	1
0045xx31		CS	AvgHeartRateForImage	1
0045xx32		FL	Temporal Resolution	1
0045xx33		CS	PctRpeakDelay	1
0045xx34		CS	ActualPctRpeakDelay	1
0045xx36		CS	EkgFullMaStartPhase	1
0045xx37		CS	EkgFullMaEndPhase	1
0045xx38		CS	EkgModulationMaxMa	1
0045xx39		CS	EkgModulationMinMa	1
0045xx3B		LO	Noise Reduction Image Filter Description	1
0045xx3F		IS	RPeakTimeDelay	1
0045xx44		IS	ActualRPeakTimeDelay	1
0045xx45		ST	CardiacScanOptions	1
0045xx50		FD	Temporal Center View Angle	1
0045xx51		FD	Recon Center View Angle	1
0045xx52		CS	WideCone Masking	1
0045xx53		FD	WideCone Corner Blending Radius	1
0045xx54		FD	WideCone Corner Blending Radius Offset	1
0045xx55		CS	Internal Recon Algorithm	1
	GEMS_HINO_CT_01
004Bxx01		DS	Beam Thickness	1-n
004Bxx02		DS	R Time	1-n
004Bxx03		IS	HBC number	1
	GEMS_IDEN_01
000910xx		LO	Private Element Creator	1
0009xx01		LO	Full fidelity	1
0009xx02		SH	Suite id	1
0009xx04		SH	Product id	1
0009xx17		LT	Series Description	1
0009xx1A		US	Unknown	1
0009xx20		US	Unknown	1
0009xx27		SL	Image actual date	1
0009xx2F		SH	Unknown	1
0009xx30		SH	Service id	1
0009xx31		SH	Mobile location number	1
0009xxE2		LT	Image Type (ORIGINAL\PROSPECTIVE ...)	1-n
0009xxE3		UI	Equipment UID	1
0009xxE6		SH	Genesis Version - now	1
0009xxE7		UL	Exam Record checksum	1
0009xxE8		SH	Series Suite Id	1
0009xxE9		SL	Actual series data time stamp	1
	GEMS_IMAG_01
002710xx		LO	Private Element Creator	1
0027xx06		SL	Image archive flag	1
0027xx10		SS	Scout Type	1
0027xx1C		SL	Vma mamp	1
0027xx1D		SS	Vma phase	1
0027xx1E		SL	Vma mod	1
0027xx1F		SL	Vma clip	1
0027xx20		SS	Smart scan ON/OFF flag	1
0027xx30		SH	Foreign Image Revision	1
0027xx31		SS	Imaging Mode	1
0027xx32		SS	Pulse Sequence	1
0027xx33		SL	Imaging Options	1
0027xx35		SS	Plane Type	1
0027xx36		SL	Oblique Plane	1
0027xx40		SH	RAS letter of image location	1
0027xx41		FL	Image location	1
0027xx42		FL	Center R coord of plane image	1
0027xx43		FL	Center A coord of plane image	1
0027xx44		FL	Center S coord of plane image	1
0027xx45		FL	Normal R coord	1
0027xx46		FL	Normal A coord	1
0027xx47		FL	Normal S coord	1
0027xx48		FL	R Coord of Top Right Corner	1
0027xx49		FL	A Coord of Top Right Corner	1
0027xx4A		FL	S Coord of Top Right Corner	1
0027xx4B		FL	R Coord of Bottom Right Corner	1
0027xx4C		FL	A Coord of Bottom Right Corner	1
0027xx4D		FL	S Coord of Bottom Right Corner	1
0027xx50		FL	Scan Start Location	1
0027xx51		FL	Scan End Location	1
0027xx52		SH	RAS letter for side of image	1
0027xx53		SH	RAS letter for anterior/posterior	1
0027xx54		SH	RAS letter for scout start loc	1
0027xx55		SH	RAS letter for scout end loc	1
0027xx60		FL	Image dimension - X	1
0027xx61		FL	Image dimension - Y	1
0027xx62		FL	Number of Excitations	1
0029xx15		SL	Lower range of Pixels1	1
0029xx16		SL	Lower range of Pixels1	1
0029xx17		SL	Lower range of Pixels2	1
0029xx18		SL	Upper range of Pixels2	1
0029xx1A		SL	Len of tot hdr in bytes No longer supported	1
0029xx26		SS	Version of the hdr struct	1
0029xx34		SL	Advantage comp. Overflow	1
0029xx35		SL	Advantage comp. Underflow	1
	GEMS_IMPS_01
002910xx		LO	Private Element Creator	1
0029xx04		SL	Lower range of Pixels1	1
0029xx05		DS	Lower range of Pixels1	1
0029xx06		DS	Lower range of Pixels1	1
0029xx07		SL	Lower range of Pixels1	1
0029xx08		SH	Lower range of Pixels1	1
0029xx09		SH	Lower range of Pixels1	1
0029xx0A		SS	Lower range of Pixels1	1
0029xx15		SL	Lower range of Pixels1	1
0029xx16		SL	Upper range of Pixels1	1
0029xx17		SL	Lower range of Pixels2	1
0029xx18		SL	Upper range of Pixels2	1
0029xx1A		SL	Len of tot hdr in bytes	1
0029xx26		SS	Version of the hdr struct	1
0029xx34		SL	Advantage comp. Overflow	1
0029xx35		SL	Advantage comp. Underflow	1
0043xx13		SS	Decon kernel parameters	5
	GEMS_IQTB_IDEN_47
0047xx01		SH	Image Path	1
0047xx02		UL	Image Date/Time	1
0047xx03		UL	Queue Sequence Number	1
0047xx04		UL	Recon Sequence ID	1
	GEMS_IT_US_REPORT
0045xx11		OW	Vivid excel file	1
0045xx12		OW	Vivid CHM file	1
0045xx13		OW	Vivid PDF file	1
	GEMS_LUNAR_RAW
7003xx01		ST	enCORE File Name	1
7003xx02		OB	enCORE File Data	1
7003xx03		UL	enCORE File Length	1
7003xx04		LO	enCORE File Modified Time	1
	GEMS_MR_RAW_01
7001xx01		OB	rdb_hdr_rec	1
7001xx02		OB	rdb_hdr_per_pass_tab	1
7001xx03		OB	rdb_hdr_unlock_raw	1
7001xx04		OB	rdb_hdr_data_acq_tab	1
7001xx05		OB	rdb_hdr_nex_tab	1
7001xx06		OB	rdb_hdr_nex_abort_tab	1
7001xx07		OB	rdb_hdr_tool	1
7001xx08		OB	rdb_raw_data	1
7001xx09		OB	SSP save	1
7001xx0A		OB	UDA save	1
7001xx0B		OB	rdb_chemsat_data	1
	GEMS_PARM_01
004310xx		LO	Private Element Creator	1
0043xx01		SS	Bitmap of prescan options	1
0043xx02		SS	Gradient offset in X	1
0043xx03		SS	Gradient offset in Y	1
0043xx04		SS	Gradient offset in Z	1
0043xx05		SS	Img is original or unoriginal	1
0043xx06		SS	Number of EPI shots	1
0043xx07		SS	Views per segment	1
0043xx08		SS	Respiratory rate, bpm	1
0043xx09		SS	Respiratory trigger point	1
0043xx0A		SS	Type of receiver used	1
0043xx0B		DS	DB/dt Peak rate of change of gradient field	1
0043xx0C		DS	dB/dt Limits in units of percent	1
0043xx0D		DS	PSD estimated limit	1
0043xx0E		DS	PSD estimated limit in tesla per second	1
0043xx0F		DS	Saravghead	1
0043xx10		US	Window value	1
0043xx11		US	Total input views	1
0043xx12		SS	X-ray chain	3
0043xx13		SS	Decon kernel parameters	5
0043xx14		SS	Calibration parameters	3
0043xx15		SS	Total output views	3
0043xx16		SS	Number of overranges	5
0043xx17		DS	IBH image scale factors	1
0043xx18		DS	BBH coefficients	3
0043xx19		SS	Number of BBH chains to blend	1
0043xx1A		SL	Starting channel number	1
0043xx1B		SS	Ppscan parameters	1
0043xx1C		SS	GE image integrity	1
0043xx1D		SS	Level value	1
0043xx1E		DS	Delta Start Time [msec]	1
0043xx1F		SL	Max overranges in a view	1
0043xx20		DS	Avg overranges all views	1
0043xx21		SS	Corrected after glow terms	1
0043xx25		SS	Reference channels	6
0043xx26		US	No views ref chans blocked	6
0043xx27		SH	Scan Pitch Ratio	1
0043xx28		OB	Unique image iden	1
0043xx29		OB	Histogram tables	1
0043xx2A		OB	User defined data	1
0043xx2B		SS	Private Scan Options	4
0043xx2C		SS	Effective echo spacing	1
0043xx2D		SH	Filter Mode (String slop field 1 in legacy GE MR	1
0043xx2E		SH	String slop field 2	1
0043xx2F		SS	Image Type (real, imaginary, phase, magnitude)	1
0043xx30		SS	Vas collapse flag	1
0043xx31		DS	Recon Center Coordinates	2
0043xx32		SS	Vas flags	1
0043xx33		FL	Neg_scanspacing	1
0043xx34		IS	Offset Frequency	1
0043xx35		UL	User_usage_tag	1
0043xx36		UL	User_fill_map_MSW	1
0043xx37		UL	User_fill_map_LSW	1
0043xx38		FL	User data 25...User data 48 {User48=Effective Resolution for spiral}	24
0043xx39		IS	Slop_int_6... slop_int_9	4
0043xx40		FL	Trigger on position	4
0043xx41		FL	Degree of rotation	4
0043xx42		SL	DAS trigger source	4
0043xx43		SL	DAS fpa gain	4
0043xx44		SL	DAS output source	4
0043xx45		SL	DAS ad input	4
0043xx46		SL	DAS cal mode	4
0043xx47		SL	DAS cal frequency	4
0043xx48		SL	DAS reg xm	4
0043xx49		SL	DAS auto zero	4
0043xx4A		SS	Starting channel of view	4
0043xx4B		SL	DAS xm pattern	4
0043xx4C		SS	TGGC trigger mode	4
0043xx4D		FL	Start scan to X-ray on delay	4
0043xx4E		FL	Duration of X-ray on	4
0043xx60		IS	Slop_int_10...slop_int_17	8
0043xx61		UI	Scanner Study Entity UID	1
0043xx62		SH	Scanner Study ID	1
0043xx63		SH	Raw Data ID	1
0043xx64		CS	Image Filter	1-n
0043xx65		US	Motion Correction Indicator	1
0043xx66		US	Helical Correction Indicator	1
0043xx67		US	IBO Correction Indicator	1
0043xx68		US	XT Correction Indicator	1
0043xx69		US	Q-cal Correction Indicator	1
0043xx6A		US	AV Correction Indicator	1
0043xx6B		US	L-MDK Correction Indicator	1
0043xx6C		IS	Detector Row	1
0043xx6D		IS	Area Size	1
0043xx6E		SH	Auto mA Mode	1
0043xx6F		DS	Scanner Table Entry (single gradient coil systems only)/Scanner Table Entry + Gradient Coil Selected	3-4
0043xx70		LO	Paradigm Name	1
0043xx71		ST	Paradigm Description	1
0043xx72		UI	Paradigm UID	1
0043xx73		US	Experiment Type	1
0043xx74		US	#rest volumes	1
0043xx75		US	#active volumes	1
0043xx76		US	#dummy scans	1
0043xx77		SH	Application Name	1
0043xx78		SH	Application Version	1
0043xx79		US	Slices Per Volume	1
0043xx7A		US	Expected Time Points	1
0043xx7B		FL	Regressor Values	1-n
0043xx7C		FL	Delay after slice group	1
0043xx7D		US	Recon mode flag word	1
0043xx7E		LO	PACC specific information	1-n
0043xx7F		DS	Reserved	1-n
0043xx80		LO	Coil ID Data	1-n
0043xx81		LO	GE Coil Name	1
0043xx82		LO	System Configuration Information	1-n
0043xx83		DS	Asset R Factors	1-2
0043xx84		LO	Additional Asset Data	5
0043xx85		UT	Debug Data (text format)	1
0043xx86		OB	Debug Data (binary format)	1
0043xx87		UT	Reserved	1
0043xx88		UI	PURE Acquisition Calibration Series UID	1
0043xx89		LO	Governing Body, dB/dt, and SAR definition	3
0043xx8A		CS	Private In-Plane Phase Encoding Direction	1
0043xx8B		OB	FMRI Binary Data Block	1
0043xx8C		DS	Voxel Location	6
0043xx8D		DS	SAT Band Locations	7-7n
0043xx8E		DS	Spectro Prescan Values	3
0043xx8F		DS	Spectro Parameters	3
0043xx90		LO	SAR Definition	1-n
0043xx91		DS	SAR value	1-n
0043xx92		LO	Image Error Text	1
0043xx93		DS	Spectro Quantitation Values	1-n
0043xx94		DS	Spectro Ratio Values	1-n
0043xx95		LO	Prescan Reuse String	1
0043xx96		CS	Content Qualification	1
0043xx97		LO	Image Filtering Parameters	8
0043xx98		UI	ASSET Acquisition Calibration Series UID	1
0043xx99		LO	Extended Options	1-n
0043xx9A		IS	Rx Stack Identification	1
0043xx9B		DS	NPW factor	1
0043xx9C		OB	Research Tag 1	1
0043xx9D		OB	Research Tag 2	1
0043xx9E		OB	Research Tag 3	1
0043xx9F		OB	Research Tag 4	1
0043xxA0		SQ	Spectroscopy Pixel Sequence	1
0043xxA1		SQ	Spectroscopy Default Display Sequence	1
0043xxA2		DS	MEG Data	1-n
0043xxA3		CS	ASL Contrast technique	1
0043xxA4		LO	Detailed text for ASL labeling technique	1
0043xxA5		IS	Duration of the label or control pulse	1
0051xx0A		SL	Store level of Functional Image	1
0051xx0B		FL	Store B-Value with Functional Image	1
2001xx10		UI	DICOM Implementation UID	1
2001xx11		SH	DICOM Implementation Version	1
2001xx12		UI	Within-DICOM-Implementation SOP Instance UID	1
2001xx13		SH	Application Name	1
2001xx14		SH	Application Version	1
2001xx15		SH	Compatibility Version	1
2001xx21		UI	Referenced Series UID	1-n
2001xx31		US	Number of Objects Averaged	1
2001xx41		US	Number of Expected Time Points	1
2001xx51		US	Number of Slices Per Volume	1
2001xx60		US	BW Image Type	1
2001xx61		US	Experiment Type	1
2001xx71		UI	Paradigm UID	1
2001xx72		LO	Paradigm Name	1
2001xx73		ST	Paradigm Description	1
2001xx80		OB	Contrast	1
2001xx81		FL	Regressor Values	1-n
2001xx86		US	Number of Degrees of Freedom	1
2001xx8A		FL	Z Threshold	1
2001xx8B		FL	p Threshold	1
2001xx90		OB	Processing parameters	1
2001xx91		OB	Motion Plot	1
2001xx92		OB	ROIs	1
2001xx93		OB	Tracts	1
2001xx94		OB	Report	1
2001xx95		OB	Response Data	1
2001xxA0		FL	Motion Parameters	1-n
2001xxA1		FL	Registration Parameters	1-n
2001xxA2		FL	Subject Data	1-n
2001xxB0		OB	DTI Parameters	1
2001xxC0		OB	Paradigm Info	1
	GEMS_PATI_01
001110xx		LO	Private Element Creator	1
0011xx10		SS	Patient Status	1
	GEMS_PETD_01
0009xx01		LO	GE Discovery PET Implementation Version Name	2
0009xx02		LO	PET patient_id	1
0009xx03		SH	PET compatible_version	1
0009xx04		SH	GE Advance Patient.software_version	1
0009xx05		DT	PET patient_datetime	1
0009xx06		SL	PET type	1
0009xx07		UI	PET exam_id	1
0009xx08		SH	PET compatible_version	1
0009xx09		SH	PET software_version	1
0009xx0A		UI	PET scan_id	1
0009xx0B		SH	PET compatible_version	1
0009xx0C		SH	PET software_version	1
0009xx0D		DT	PET scan_datetime	1
0009xx0E		DT	PET scan_ready	1
0009xx0F		ST	PET scan_description	1
0009xx10		LO	PET hospital_name	1
0009xx11		LO	PET scanner_desc	1
0009xx12		LO	PET manufacturer	1
0009xx13		UI	PET for_identifier	1
0009xx14		LO	PET landmark_name	1
0009xx15		SH	PET landmark_abbrev	1
0009xx16		SL	PET patient_position	1
0009xx17		SL	PET scan_perspective	1
0009xx18		SL	PET scan_type	1
0009xx19		SL	PET scan_mode	1
0009xx1A		SL	PET start_condition	1
0009xx1B		SL	PET start_cond_data	1
0009xx1C		SL	PET sel_stop_cond	1
0009xx1D		SL	PET sel_stop_cond_data	1
0009xx1E		SL	PET collect_deadtime	1
0009xx1F		SL	PET collect_singles	1
0009xx20		SL	PET collect_countrate	1
0009xx21		SL	PET countrate_period	1
0009xx22		SL	PET delayed_events	1
0009xx23		SL	PET delayed_bias	1
0009xx24		SL	PET word_size	1
0009xx25		SL	PET axial_acceptance	1
0009xx26		SL	PET axial_angle_3d	1
0009xx27		SL	PET theta_compression	1
0009xx28		SL	PET axial_compression	1
0009xx29		FL	PET gantry_tilt_angle	1
0009xx2A		SL	PET collimation	1
0009xx2B		SL	PET scan_fov	1
0009xx2C		SL	PET axial_fov	1
0009xx2D		SL	PET event_separation	1
0009xx2E		SL	PET mask_width	1
0009xx2F		SL	PET binning_mode	1
0009xx30		SL	PET trig_rej_method	1
0009xx31		SL	PET number_for_reject	1
0009xx32		SL	PET lower_reject_limit	1
0009xx33		SL	PET upper_reject_limit	1
0009xx34		SL	PET triggers_acquired	1
0009xx35		SL	PET triggers_rejected	1
0009xx36		LO	PET tracer_name	1
0009xx37		LO	PET batch_description	1
0009xx38		FL	PET tracer_activity	1
0009xx39		DT	PET meas_datetime	1
0009xx3A		FL	PET pre_inj_volume	1
0009xx3B		DT	PET admin_datetime	1
0009xx3C		FL	PET post_inj_activity	1
0009xx3D		DT	PET post_inj_datetime	1
0009xx3E		SH	PET radionuclide_name	1
0009xx3F		FL	PET half_life	1
0009xx40		FL	PET positron_fraction	1
0009xx41		SL	PET source1_holder	1
0009xx42		FL	PET source1_activity	1
0009xx43		DT	PET source1_meas_dt	1
0009xx44		SH	PET source1_radnuclide	1
0009xx45		FL	PET source1_half_life	1
0009xx46		SL	PET source2_holder	1
0009xx47		FL	PET source2_activity	1
0009xx48		DT	PET source2_meas_dt	1
0009xx49		SH	PET source2_radnuclide	1
0009xx4A		FL	PET source2_half_life	1
0009xx4B		SL	PET source_speed	1
0009xx4C		FL	PET source_location	1
0009xx4D		SL	PET emission_present	1
0009xx4E		SL	PET lower_axial_acc	1
0009xx4F		SL	PET upper_axial_acc	1
0009xx50		SL	PET lower_coinc_limit	1
0009xx51		SL	PET upper_coinc_limit	1
0009xx52		SL	PET coinc_delay_offset	1
0009xx53		SL	PET coinc_output_mode	1
0009xx54		SL	PET upper_energy_limit	1
0009xx55		SL	PET lower_energy_limit	1
0009xx56		UI	PET normal_cal_id	1
0009xx57		UI	PET normal_2d_cal_id	1
0009xx58		UI	PET blank_cal_id	1
0009xx59		UI	PET wc_cal_id	1
0009xx5A		SL	PET derived	1
0009xx5B		LO	PET contrast_agent	1
0009xx5C		UI	PET frame_id	1
0009xx5D		UI	PET scan_id	1
0009xx5E		UI	PET exam_id	1
0009xx5F		LO	PET patient_id	1
0009xx60		SH	PET compatible_version	1
0009xx61		SH	PET software_version	1
0009xx62		ST	PET where_is_frame	1
0009xx63		SL	PET frame_size	1
0009xx64		SL	PET file_exists	1
0009xx65		SL	PET patient_entry	1
0009xx66		FL	PET table_height	1
0009xx67		FL	PET table_z_position	1
0009xx68		DT	PET landmark_datetime	1
0009xx69		SL	PET slice_count	1
0009xx6A		FL	PET start_location	1
0009xx6B		SL	PET acq_delay	1
0009xx6C		DT	PET acq_start	1
0009xx6D		SL	PET acq_duration	1
0009xx6E		SL	PET acq_bin_dur	1
0009xx6F		SL	PET acq_bin_start	1
0009xx70		SL	PET actual_stop_cond	1
0009xx71		FD	PET total_prompts	1
0009xx72		FD	PET total_delays	1
0009xx73		SL	PET frame_valid	1
0009xx74		SL	PET validity_info	1
0009xx75		SL	PET archived	1
0009xx76		SL	PET compression	1
0009xx77		SL	PET uncompressed_size	1
0009xx78		SL	PET accum_bin_dur	1
0009xx79		SH	PET compatible_version	1
0009xx7A		SH	PET software_version	1
0009xx7B		DT	PET is_datetime	1
0009xx7C		SL	PET is_source	1
0009xx7D		SL	PET is_contents	1
0009xx7E		SL	PET is_type	1
0009xx7F		DS	PET is_reference	3
0009xx80		SL	PET multi_patient	1
0009xx81		SL	PET number_of_normals	1
0009xx82		UI	PET color_map_id	1
0009xx83		SL	PET window_level_type	1
0009xx84		FL	PET rotate	1
0009xx85		SL	PET flip	1
0009xx86		FL	PET zoom	1
0009xx87		SL	PET pan_x	1
0009xx88		SL	PET pan_y	1
0009xx89		FL	PET window_level_min	1
0009xx8A		FL	PET window_level_max	1
0009xx8B		SL	PET recon_method	1
0009xx8C		SL	PET attenuation	1
0009xx8D		FL	PET atten_coefficient	1
0009xx8E		SL	PET bp_filter	1
0009xx8F		FL	PET bp_filter_cutoff	1
0009xx90		SL	PET bp_filter_order	1
0009xx91		FL	PET bp_center_l	1
0009xx92		FL	PET bp_center_p	1
0009xx93		SL	PET atten_smooth	1
0009xx94		SL	PET atten_smooth_param	1
0009xx95		SL	PET angle_smooth_param	1
0009xx96		UI	PET wellcountercal_id	1
0009xx97		UI	PET trans_scan_id	1
0009xx98		UI	PET norm_cal_id	1
0009xx99		UI	PET blnk_cal_id	1
0009xx9A		FL	PET cac_edge_threshold	1
0009xx9B		FL	PET cac_skull_offset	1
0009xx9C		UI	PET emiss_sub_id	1
0009xx9D		SL	PET radial_filter_3d	1
0009xx9E		FL	PET radial_cutoff_3d	1
0009xx9F		SL	PET axial_filter_3d	1
0009xxA0		FL	PET axial_cutoff_3d	1
0009xxA1		FL	PET axial_start	1
0009xxA2		FL	PET axial_spacing	1
0009xxA3		SL	PET axial_angles_used	1
0009xxA4		SH	PET compatible_version	1
0009xxA5		SH	PET software_version	1
0009xxA6		SL	PET slice_number	1
0009xxA7		FL	PET total_counts	1
0009xxA8		OB	PET other_atts	1
0009xxA9		SL	PET other_atts_size	1
0009xxAA		SL	PET archived	1
0009xxAB		FL	PET bp_center_x	1
0009xxAC		FL	PET bp_center_y	1
0009xxAD		UI	PET trans_frame_id	1
0009xxAE		UI	PET tpluse_frame_id	1
0009xxB1		FL	PET profile_spacing	1
0009xxB2		SL	PET ir_num_iterations	1
0009xxB3		SL	PET ir_num_subsets	1
0009xxB4		FL	PET ir_recon_fov	1
0009xxB5		SL	PET ir_corr_model	1
0009xxB6		SL	PET ir_loop_filter	1
0009xxB7		FL	PET ir_pre_filt_parm	1
0009xxB8		SL	PET ir_loop_filt_parm	1
0009xxB9		FL	PET response_filt_parm	1
0009xxBA		SL	PET post_filter	1
0009xxBB		FL	PET post_filt_parm	1
0009xxBC		SL	PET ir_regularize	1
0009xxBD		FL	PET regularize_parm	1
0009xxBE		SL	PET ac_bp_filter	1
0009xxBF		FL	PET ac_bp_filt_cut_off	1
0009xxC0		SL	PET ac_bp_filt_order	1
0009xxC1		SL	PET ac_img_smooth	1
0009xxC2		FL	PET ac_img_smooth_parm	1
0009xxC3		SL	PET scatter_method	1
0009xxC4		SL	PET scatter_num_iter	1
0009xxC5		FL	PET scatter_parm	1
0009xxC6		FL	PET seg_qc_parm	1
0009xxC7		SL	PET overlap	1
0009xxC8		UI	PET ovlp_frm_id	1
0009xxC9		UI	PET ovlp_trans_frm_id	1
0009xxCA		UI	PET ovlp_tpulse_frm_id	1
0009xxCB		FL	PET vqc_x_axis_trans	1
0009xxCC		FL	PET vqc_x_axis_tilt	1
0009xxCD		FL	PET vqc_y_axis_trans	1
0009xxCE		FL	PET vqc_y_axis_swivel	1
0009xxCF		FL	PET vqc_z_axis_trans	1
0009xxD0		FL	PET vqc_z_axis_roll	1
0009xxD1		LO	PET ctac_conv_scale	1
0009xxD2		UI	PET image_set_id	1
0009xxD3		SL	PET constrast_route	1
0009xxD4		LO	PET ctac_conv_scale	1
0009xxD5		FL	PET loop_filter_parm	1
0009xxD6		FL	PET image_one_loc	1
0009xxD7		FL	PET image_index_loc	1
0009xxD8		SL	PET frame_number	1
0009xxD9		SL	PET list_file_exists	1
0009xxDA		ST	PET where_is_list_frame	1
0009xxDB		SL	PET ir_z_filter_flag	1
0009xxDC		FL	PET ir_z_filter_ratio	1
0009xxDD		US	PET num_of_rr_interval	1
0009xxDE		US	PET num_of_time_slots	1
0009xxDF		US	PET num_of_slices	1
0009xxE0		US	PET num_of_time_slices	1
0009xxE1		SL	PET unlisted_scan	1
0009xxE2		SL	PET rest_stress	1
0009xxE3		FL	PET phase percentage	1
0009xxE4		ST	Recon Protocol	1
0009xxE5		FL	PET left shift	1
0009xxE6		FL	PET posterior shift	1
0009xxE7		FL	PET superior shift	1
0009xxE8		SL	PET acq_bin_num	1
0009xxE9		FL	PET acq_bin_dur_percent	1
0009xxEA		SL	3D Filter flag	1
0009xxEB		FL	3D Filter cutoff	1
0009xxEC		SL	3D Filter order	1
0009xxF0		UI	Reformat group	1
0011xx01		SQ	GE Advance ROI Sequence	1
0011xx02		UI	GE Advance ROI.roi_id	1
0011xx03		UI	GE Advance ROI.image_id	1
0011xx04		SH	GE Advance ROI.compatible_version	1
0011xx05		SH	GE Advance ROI.software_version	1
0011xx06		LO	GE Advance ROI.roi_name	1
0011xx07		DT	GE Advance ROI.roi_datetime	1
0011xx08		SL	GE Advance ROI.roi_type	1
0011xx09		FL	GE Advance ROI.center_x	1
0011xx0A		FL	GE Advance ROI.center_y	1
0011xx0B		FL	GE Advance ROI.width	1
0011xx0C		FL	GE Advance ROI.height	1
0011xx0D		FL	GE Advance ROI.angle	1
0011xx0E		SL	GE Advance ROI.number_of_points	1
0011xx0F		OB	GE Advance ROI.roi_data	1
0011xx10		SL	GE Advance ROI.roi_size	1
0011xx11		LO	GE Advance ROI.color	1
0011xx12		SL	GE Advance ROI.line_type	1
0011xx13		SL	GE Advance ROI.line_width	1
0011xx14		SL	GE Advance ROI.roi_number	1
0011xx15		SL	GE Advance ROI.convex	1
0011xx16		SL	GE Advance ROI.atten_corr_flag	1
0011xx18		OB	Unknown	1
0013xx01		SQ	GE Advance Annotation Sequence	1
0013xx02		UI	GE Advance Annotation.annotation_id	1
0013xx03		UI	GE Advance Annotation.image_id	1
0013xx04		SH	GE Advance Annotation.compatible_version	1
0013xx05		SH	GE Advance Annotation.software_version	1
0013xx06		SL	GE Advance Annotation.type	1
0013xx07		LO	GE Advance Annotation.font_name	1
0013xx08		SH	GE Advance Annotation.font_size	1
0013xx09		LO	GE Advance Annotation.foreground_color	1
0013xx0A		LO	GE Advance Annotation.background_color	1
0013xx0B		SL	GE Advance Annotation.coordinate_system	1
0013xx0C		FL	GE Advance Annotation.start_x	1
0013xx0D		FL	GE Advance Annotation.start_y	1
0013xx0E		FL	GE Advance Annotation.end_x	1
0013xx0F		FL	GE Advance Annotation.end_y	1
0013xx10		SL	GE Advance Annotation.start_symbol	1
0013xx11		SL	GE Advance Annotation.end_symbol	1
0013xx12		OB	GE Advance Annotation.annotation_data	1
0013xx13		SL	GE Advance Annotation.annotation_size	1
0013xx14		LO	GE Advance Annotation.label_id	1
0017xx01		UI	PET correction_cal_id	1
0017xx02		SH	PET compatible_version	1
0017xx03		SH	PET software_version	1
0017xx04		DT	PET cal_datetime	1
0017xx05		LO	PET cal_description	1
0017xx06		SL	PET cal_type	1
0017xx07		ST	PET where_is_corr	1
0017xx08		SL	PET corr_file_size	1
0017xx09		LO	PET scan_id	1
0017xx0A		DT	PET scan_datetime	1
0017xx0B		LO	PET norm_2d_cal_id	1
0017xx0C		SH	PET hosp_identifier	1
0017xx0D		SL	PET archived	1
0019xx01		UI	PET wc_cal_id	1
0019xx02		SH	PET compatible_version	1
0019xx03		SH	PET software_version	1
0019xx04		DT	PET cal_datetime	1
0019xx05		SL	PET cal_type	1
0019xx06		LO	PET cal_description	1
0019xx07		LO	PET cal_hardware	1
0019xx08		OB	PET coefficients	1
0019xx09		FL	PET activity_factor_hr	1
0019xx0A		FL	PET activity_factor_hs	1
0019xx0B		FL	PET activity_factor_3d	1
0019xx0C		LO	PET scan_id	1
0019xx0D		DT	PET scan_datetime	1
0019xx0E		SH	PET hosp_identifier	1
0019xx0F		FL	PET meas_activity	1
0019xx10		DT	PET meas_datetime	1
0019xx11		SL	PET axial_filter_3d	1
0019xx12		FL	PET axial_cutoff_3d	1
0019xx13		SL	PET default_flag	1
0019xx14		SL	PET archived	1
0019xx15		SL	PET wc_cal_rec_method	1
0019xx16		SL	PET activity_factor_2d	1
0019xx17		SL	PET isotope	1
0021xx01		US	PET raw_data_type	1
0021xx02		UL	PET raw_data_size	1
0023xx01		OB	raw_data_blob	1
0023xx02		OB	PET raw_data_blob	1
5001xx01		UI	GE Advance Curve.curve_id	1
5001xx02		SH	GE Advance Curve.compatible_version	1
5001xx03		SH	GE Advance Curve.software_version	1
5001xx04		SL	GE Advance Curve.statistics_type	1
5001xx05		LT	GE Advance Curve.how_derived	1
5001xx06		SL	GE Advance Curve.how_derived_size	1
5001xx07		SL	GE Advance Curve.multi_patient	1
5001xx08		SL	GE Advance Curve.deadtime	1
5003xx01		SQ	GE Advance Graph Sequence	1
5003xx02		UI	GE Advance Graph.graph_id	1
5003xx03		SH	GE Advance Graph.compatible_version	1
5003xx04		SH	GE Advance Graph.software_version	1
5003xx05		LO	GE Advance Graph.title	1
5003xx06		DT	GE Advance Graph.graph_datetime	1
5003xx07		ST	GE Advance Graph.graph_description	1
5003xx08		LO	GE Advance Graph.title_font_name	1
5003xx09		SH	GE Advance Graph.title_font_size	1
5003xx0A		LO	GE Advance Graph.footer	1
5003xx0B		SH	GE Advance Graph.footer_font_size	1
5003xx0C		LO	GE Advance Graph.foreground_color	1
5003xx0D		LO	GE Advance Graph.background_color	1
5003xx0E		SL	GE Advance Graph.graph_border	1
5003xx0F		SL	GE Advance Graph.graph_width	1
5003xx10		SL	GE Advance Graph.graph_height	1
5003xx11		SL	GE Advance Graph.grid	1
5003xx12		LO	GE Advance Graph.label_font_name	1
5003xx13		SH	GE Advance Graph.label_font_size	1
5003xx14		LO	GE Advance Graph.axes_color	1
5003xx15		LO	GE Advance Graph.x_axis_label	1
5003xx16		SL	GE Advance Graph.x_axis_units	1
5003xx17		FL	GE Advance Graph.x_major_tics	1
5003xx18		FL	GE Advance Graph.x_axis_min	1
5003xx19		FL	GE Advance Graph.x_axis_max	1
5003xx1A		LO	GE Advance Graph.y_axis_label	1
5003xx1B		SL	GE Advance Graph.y_axis_units	1
5003xx1C		FL	GE Advance Graph.y_major_tics	1
5003xx1D		FL	GE Advance Graph.y_axis_min	1
5003xx1E		FL	GE Advance Graph.y_axis_max	1
5003xx1F		LO	GE Advance Graph.legend_font_name	1
5003xx20		SH	GE Advance Graph.legend_font_size	1
5003xx21		SL	GE Advance Graph.legend_location_x	1
5003xx22		SL	GE Advance Graph.legend_location_y	1
5003xx23		SL	GE Advance Graph.legend_width	1
5003xx24		SL	GE Advance Graph.legend_height	1
5003xx25		SL	GE Advance Graph.legend_border	1
5003xx26		SL	GE Advance Graph.multi_patient	1
5005xx01		SQ	GE Advance CurvePresentation Sequence	1
5005xx02		UI	GE Advance CurvePresentation.curvepresent_id	1
5005xx03		UI	GE Advance CurvePresentation.graph_id	1
5005xx04		UI	GE Advance CurvePresentation.curve_id	1
5005xx05		SH	GE Advance CurvePresentation.compatible_version	1
5005xx06		SH	GE Advance CurvePresentation.software_version	1
5005xx07		LO	GE Advance CurvePresentation.curve_label	1
5005xx08		LO	GE Advance CurvePresentation.color	1
5005xx09		SL	GE Advance CurvePresentation.line_type	1
5005xx0A		SL	GE Advance CurvePresentation.line_width	1
5005xx0B		SL	GE Advance CurvePresentation.point_symbol	1
5005xx0C		SL	GE Advance CurvePresentation.point_symbol_dim	1
5005xx0D		LO	GE Advance CurvePresentation.point_color	1
	GEMS_QVA_PHOTO_01
0009xx60		FL	Dodge End Diastolic Volume ml	1
0009xx61		FL	Dodge End Systolic Volume ml	1
0009xx62		FL	Dodge Stroke Volume ml	1
0009xx63		IS	Dodge Ejection Fraction	1
0009xx64		FL	Simpson End Diastolic Volume ml	1
0009xx65		FL	Simpson End Systolic Volume ml	1
0009xx66		FL	Simpson Stroke Volume ml	1
0009xx67		IS	Simpson Ejection Fraction	1
0009xx68		FL	CFX Single Hypokinesia in Region	1
0009xx69		FL	CFX Single Hyperkinesia in Opposite Region	1
0009xx6A		IS	CFX Single Total LV contour Percent	1
0009xx6B		FL	CFX Multiple Hypokinesia in Region	1
0009xx6C		FL	CFX Multiple Hyperkinesia in Opposite Region	1
0009xx6D		IS	CFX Multiple Total LV contour Percent	1
0009xx6E		FL	RCA Single Hypokinesia in Region	1
0009xx6F		FL	RCA Single Hyperkinesia in Opposite Region	1
0009xx70		IS	RCA Single Total LV contour Percent	1
0009xx71		FL	RCA Multiple Hypokinesia in Region	1
0009xx72		FL	RCA Multiple Hyperkinesia in Opposite Region	1
0009xx73		IS	RCA Multiple Total LV contour Percent	1
0009xx74		FL	LAD Single Hypokinesia in Region	1
0009xx75		FL	LAD Single Hyperkinesia in Opposite Region	1
0009xx76		IS	LAD Single Total LV contour Percent	1
0009xx77		FL	LAD Multiple Hypokinesia in Region	1
0009xx78		FL	LAD Multiple Hyperkinesia in Opposite Region	1
0009xx79		IS	LAD Multiple Total LV contour Percent	1
0009xx7A		FL	Dodge End Diastolic Volume ml/m2	1
0009xx7C		FL	Dodge End Systolic Volume ml/m2	1
0009xx7E		FL	Dodge Stroke Volume ml/m2	1
0009xx80		FL	Simpson End Diastolic Volume ml/m2	1
0009xx82		FL	Simpson End Systolic Volume ml/m2	1
0009xx84		FL	Simpson Stroke Volume ml/m2	1
	GEMS_RELA_01
002110xx		LO	Private Element Creator	1
0021xx03		SS	Series from which Prescribed	1
0021xx05		SH	Genesis Version - now	1
0021xx07		UL	Series Record checksum	1
0021xx15		US	Unknown	1
0021xx16		SS	Unknown	1
0021xx18		SH	Genesis version - Now	1
0021xx19		UL	Acq recon record checksum	1
0021xx20		DS	Table start location	1
0021xx35		SS	Series from which prescribed	1
0021xx36		SS	Image from which prescribed	1
0021xx37		SS	Screen Format	1
0021xx4A		LO	Anatomical reference for scout	1
0021xx4E		US	Unknown	1
0021xx4F		SS	Locations in acquisition	1
0021xx50		SS	Graphically prescribed	1
0021xx51		DS	Rotation from source x rot	1
0021xx52		DS	Rotation from source y rot	1
0021xx53		DS	Rotation from source z rot	1
0021xx54		SH	Image position	3
0021xx55		SH	Image orientation	6
0021xx56		SL	Num 3D slabs	1
0021xx57		SL	Locs per 3D slab	1
0021xx58		SL	Overlaps	1
0021xx59		SL	Image Filtering 0.5/0.2T	1
0021xx5A		SL	Diffusion direction	1
0021xx5B		DS	Tagging Flip Angle	1
0021xx5C		DS	Tagging Orientation	1
0021xx5D		DS	Tag Spacing	1
0021xx5E		DS	RTIA_timer	1
0021xx5F		DS	Fps	1
0021xx70		LT	Unknown	1
0021xx71		LT	Unknown	1
0021xx81		DS	Auto window/level alpha	1
0021xx82		DS	Auto window/level beta	1
0021xx83		DS	Auto window/level window	1
0021xx84		DS	Auto window/level level	1
0021xx90		SS	Tube focal spot position	1
0021xx91		SS	Biopsy position	1
0021xx92		FL	Biopsy T location	1
0021xx93		FL	Biopsy ref location	1
	GEMS_RTEN_01
0249xx11		DA	Plan Creation Date	1
0249xx13		TM	Plan Creation Time	1
0249xx14		PN	Operator Name	1
0249xx16		LO	Plan Comment	1
0249xx18		SQ	Plan Image Sequence	1
0249xx1A		LO	Exam/Series/Image Identifier	1
0249xx1B		IS	Additional Image Identifier	1
0249xx1C		CS	Build Resolution	1
0249xx20		SQ	Structure Sequence	1
0249xx22		SH	Structure Name	1
0249xx24		CS	Structure Type	1
0249xx28		CS	Structure Color	1
0249xx30		SQ	Slab Sequence	1
0249xx32		SQ	Slab Image Sequence	1
0249xx36		DS	Z Plus Thickness	1
0249xx38		DS	Z Minus Thickness	1
0249xx3A		DS	Slab Shape	3-n
0249xx40		SQ	Marker Sequence	1
0249xx42		SH	Marker Name	1
0249xx44		CS	Marker Color	1
0249xx46		DS	Marker Position	3
0249xx50		SQ	Beam Group Sequence	1
0249xx51		SH	Group Name	1
0249xx52		CS	Group Properties	1-n
0249xx54		SQ	Beam Sequence	1
0249xx60		SQ	Machine Reference Sequence	1
0249xx62		SH	Machine Name	1
0249xx64		SH	Beam Name	1
0249xx66		CS	Particle Type	1
0249xx68		DS	Nominal Particle Energy	1
0249xx70		SQ	Block Sequence	1
0249xx72		LO	Block Name	1
0249xx74		DS	Block Shape	2-n
0249xx80		SQ	Cutout Sequence	1
0249xx82		LO	Cutout Name	1
0249xx84		DS	Cutout Shape	2-n
0249xx90		SH	Collimator Name	1
0249xx92		CS	Collimator Type	1
0249xxA0		SQ	Dynamic Segment Sequence	1
0249xxA2		DS	Table Angle	1
0249xxA4		DS	Gantry Angle	1
0249xxA6		DS	Collimator Angle	1
0249xxA8		DS	Isocenter Position	3
0249xxA9		DS	Source-Surface Distance	1
0249xxAA		DS	X Symmetric Opening	1
0249xxAC		DS	Y Symmetric Opening	1
0249xxAE		DS	X Positive Jaw Position	1
0249xxB0		DS	X Negative Jaw Position	1
0249xxB2		DS	Y Positive Jaw Position	1
0249xxB4		DS	Y Negative Jaw Position	1
0249xxB6		DS	Leaf Positions	2-n
0249xxD0		CS	Treatment Position	1
	GEMS_SENO_02
0045xx04		CS	AES	1
0045xx06		DS	Stereo angle	1
0045xx09		DS	Real Magnification Factor	1
0045xx0B		CS	Senograph Type	1
0045xx0C		DS	Integration Time	1
0045xx0D		DS	ROI Origin X and Y	1
0045xx11		DS	Receptor Size cm X and Y	2
0045xx12		IS	Receptor Size Pixels X and Y	2
0045xx13		ST	Screen	1
0045xx14		DS	Pixel Pitch Microns	1
0045xx15		IS	Pixel Depth Bits	1
0045xx16		IS	Binning Factor X and Y	2
0045xx1B		LO	Clinical View	1
0045xx1D		DS	Mean Of Raw Gray Levels	1
0045xx1E		DS	Mean Of Offset Gray Levels	1
0045xx1F		DS	Mean Of Corrected Gray Levels	1
0045xx20		DS	Estimated Anat mean	1
0045xx21		DS	Mean Of Log Region Gray Levels	1
0045xx22		DS	Standard Deviation Of Raw Gray Levels	1
0045xx23		DS	Standard Deviation Of Corrected Gray Levels	1
0045xx24		DS	Standard Deviation Of Region Gray Levels	1
0045xx25		DS	Standard Deviation Of Log Region Gray Levels	1
0045xx26		OB	MAO Buffer	1
0045xx27		IS	Set Number	1
0045xx28		CS	WindowingType (LINEAR or GAMMA)	1
0045xx29		DS	Windowing parameters	2
0045xx2A		IS	2DLocX	1
0045xx2B		IS	2DLocY	1
0045xx39		US	Vignette Rows	1
0045xx3A		US	Vignette Columns	1
0045xx3B		US	Vignette Bits Allocated	1
0045xx3C		US	Vignette Bits Stored	1
0045xx3D		US	Vignette High Bit	1
0045xx3E		US	Vignette Pixel Representation	1
0045xx3F		OB	Vignette Pixel Data	1
0045xx49		DS	Radiological Thickness	1
0045xx50		UI	SC Instance UID	1
0045xx51		UI	SC series UID	1
0045xx52		IS	Raw Diagnostic Low	1
0045xx53		IS	Raw Diagnostic High	1
0045xx54		DS	Exponent	1
0045xx55		IS	A Coefficients	1
0045xx56		DS	Noise Reduction Sensitivity	1
0045xx57		DS	Noise Reduction Threshold	1
0045xx58		DS	mu	1
0045xx59		IS	Threshold	1
0045xx60		IS	Breast ROI X	4
0045xx61		IS	Breast ROI Y	4
0045xx62		IS	User Window Center	1
0045xx63		IS	User Window Width	1
0045xx64		IS	Segm Threshold	1
0045xx65		IS	Detector Entrance Dose	1
0045xx66		IS	Asymmetrical Collimation Information	1
0045xx71		OB	STX buffer	1
0045xx72		DS	Image Crop point	2
	GEMS_SERS_01
002510xx		LO	Private Element Creator	1
0025xx06		SS	Last pulse sequence used	1
0025xx07		SL	Images in Series	1
0025xx10		SL	Landmark Counter	1
0025xx11		SS	Number of Acquisitions	1
0025xx14		SL	Indicates no. of updates to header	1
0025xx17		SL	Series Complete Flag	1
0025xx18		SL	Number of images archived	1
0025xx19		SL	Last image number used	1
0025xx1A		SH	Primary Receiver Suite and Host	1
0025xx1B		OB	Protocol Data Block (compressed)	1
	GEMS_STDY_01
002310xx		LO	Private Element Creator	1
0023xx01		SL	Number of series in Study	1
0023xx02		SL	Number of unarchived Series	1
0023xx10		SS	Reference image field	1
0023xx50		SS	Summary image	1
0023xx70		FD	Start time(secs) in first axial	1
0023xx74		SL	No. of updates to header	1
0023xx7D		SS	Indicates study has complete info (DICOM/genesis)	1
	GEMS_Ultrasound_ImageGroup_001
6003xx10		SQ	Unknown	1
6003xx11		OB	Unknown	1
	GEMS_Ultrasound_MovieGroup_001
7FE1xx01		SQ	Unknown	1
7FE1xx02		LO	Unknown	1
7FE1xx03		UL	Unknown	1
7FE1xx08		SQ	Unknown	1
7FE1xx10		SQ	Unknown	1
7FE1xx12		LO	Unknown	1
7FE1xx18		SQ	Unknown	1
7FE1xx20		SQ	Unknown	1
7FE1xx24		SH	Unknown	1
7FE1xx26		SQ	Unknown	1
7FE1xx36		SQ	Unknown	1
7FE1xx37		UL	Unknown	1
7FE1xx43		OB	Unknown	1
7FE1xx48		FD	Unknown	1-2
7FE1xx49		UL	Unknown	1
7FE1xx51		FL	Unknown	1
7FE1xx52		FD	Unknown	1
7FE1xx53		UL	Unknown	1
7FE1xx54		SL	Unknown	1
7FE1xx55		OB	Unknown	1
7FE1xx57		LT	Unknown	1
7FE1xx60		OB	Unknown	1
7FE1xx61		OW	Unknown	1
7FE1xx70		SQ	Unknown	1
7FE1xx71		UL	Unknown	1
7FE1xx72		LO	Unknown	1
7FE1xx73		SQ	Unknown	1
7FE1xx74		LO	Unknown	1
7FE1xx75		SQ	Unknown	1
7FE1xx77		FD	Unknown	1-n
7FE1xx79		SL	Unknown	1
7FE1xx83		SQ	Unknown	1
7FE1xx84		LO	Unknown	1
7FE1xx85		SQ	Unknown	1
7FE1xx86		SL	Unknown	4
7FE1xx87		FD	Unknown	4
7FE1xx88		FD	Unknown	1
	GEMS_VXTLSTATE_001
0057xx05		SQ	Volumes_info	1
0057xx06		SQ	Image_UIDs	1
0057xx07		DT	SUV_ScanTime	1
0057xx08		DT	SUV_AdministredTime	1
0057xx09		DT	SUV_MeasuredTime	1
0057xx10		DT	SUV_PostInjectedTime	1
0057xx11		FL	SUV_TracerActivity	1
0057xx12		FL	SUV_PostInjectedActivity	1
0057xx13		FL	SUV_HalfLife	1
0057xx14		LO	SState_Version	1
0057xx15		SQ	SegList_Seq	1
0057xx16		IS	SegList_Count	1
0057xx17		OB	SegList_List	1
0057xx18		LO	SegList_Name	1
0057xx19		LO	Volume_Filename	1
0057xx20		LO	SegList_Label	1
0057xx21		SQ	Bookmark_Seq	1
0057xx22		LT	Bookmark	1
0057xx23		FL	Cursor_position	3
0057xx24		UL	Color_Value_Field	3-n
0057xx25		IS	Count	1
0057xx26		SQ	Views_info	1
0057xx27		LT	View_Slot	1
0057xx28		IS	Wireframe_Size	1
0057xx29		UT	Wireframe	1
0057xx30		IS	Annotation_Size	1
0057xx31		LT	Annotation	1
0057xx32		IS	Slider_State	1
0057xx33		LO	Proto_Name	1
0057xx34		LO	Proto_Title	1
0057xx35		LO	Proto_FilmName	1
0057xx36		LO	Proto_Step	1
0057xx38		LT	SegList_Slots	1
0057xx39		IS	VT_Points_Size	1
0057xx40		LT	VT_Points	1
0057xx41		IS	VT_Meas_Size	1
0057xx42		LT	VT_Meas	1
0057xx43		IS	VT_Tree_Size	1
0057xx44		UT	VT_Tree	1
0057xx46		IS	VT_Preset_Size	1
0057xx47		LT	VT_Preset	1
0057xx48		IS	VT_State_Size	1
0057xx49		LT	VT_State	1
0057xx50		IS	Preferences_Size	1
0057xx51		LT	Preferences	1
0057xx52		IS	Volume_ZComb_Filter	1
0057xx53		IS	HTML_Page_Size	1
0057xx54		LT	HTML_Page	1
0057xx55		FL	Camera_Position	3
0057xx56		IS	Slider_Size	1
0057xx57		LT	Slider	1
0057xx58		LO	SegList_Pretty_Name	1
	GEMS_VXTL_USERDATA_01
0047xx11		LT	Unknown	1
	GEMS_XELPRV_01
0033xx08		CS	Object Type	1
0033xx10		SL	Modified	1
0033xx11		LO	Name	1
0033xx14		LO	StudyId	1
0033xx16		LO	ProtocolDataUID	1
0033xx17		SH	Date	1
0033xx18		SH	Time	1
0033xx19		UL	ProtocoldataFlags	1
0033xx1A		LO	ProtocolName	1
0033xx1B		LO	StudyId	1
0033xx1C		OB	BulkData	1
0033xx1D		SL	IntData	1-n
0033xx1E		FD	DoubleData	1-n
0033xx1F		OB	StringData	1
0033xx20		OB	BulkDataFormat	1
0033xx21		OB	IntDataFormat	1
0033xx22		OB	DoubleDataFormat	1
0033xx23		OB	StringDataFormat	1
0033xx24		LT	Description	1
0033xx28		LO	RTName	1
0033xx29		LT	RTSpecification	1
0033xx2A		UL	ReviewTemplatesFlags	1
0033xx2B		LT	DataValidationSpec	1
0033xx2C		LT	Description	1
0033xx2D		LT	IconDescription	1
0033xx50		SQ	ProtocoldataSQ	1
0033xx51		UI	PDOSOPClassUID	1
0033xx52		UI	PDOSOPInstanceUID	1
0033xx60		SQ	ReviewtemplateSQ	1
0033xx61		UI	RTOSOPClassUID	1
0033xx62		UI	RTOSOPInstanceUID	1
0033xx70		SQ	SeriesdataSQ	1
0033xx71		UI	SDOSOPClassUID	1
0033xx72		UI	SDOSOPInstanceUID	1
0033xx73		SQ	SDODoubleDataSQ	1
0057xx01		SQ	ROISQ	1
0057xx02		UI	SOPClassUID	1
0057xx03		UI	SOPInstanceUID	1
0057xx10		IS	ROINumber	1
0057xx11		UI	Dimensions	1
0057xx12		UI	Points	1
0057xx13		UI	Type	1
0057xx14		UI	Description	1
0057xx15		UI	Data value Representation	1
0057xx16		UI	Label	1
0057xx17		UI	Data	1
0057xx41		SL	Modified	1
0057xx42		LO	Name	1
0057xx43		SL	Rid	1
0057xx45		LO	SOPClassUID	1
0057xx46		LO	SOPInstanceUID	1
0057xx47		LO	Normal Colour	1
0057xx48		LT	NameFont	1
0057xx49		SL	FillPattern	1
0057xx4A		SL	LineStyle	1
0057xx4B		SL	LineDashLength	1
0057xx4C		SL	LineThickness	1
0057xx4D		SL	Interactivity	1
0057xx4E		SL	NamePos	1
0057xx4F		SL	NameDisplay	1
0057xx50		LO	Label	1
0057xx51		SL	BpSeg	1-n
0057xx52		US	BpSegpairs	1-n
0057xx53		SL	SeedSpace	1
0057xx54		FD	Seeds	1-n
0057xx55		SL	Shape	1-n
0057xx56		FD	ShapeTilt	1-n
0057xx59		SL	ShapePtsSpace	1-n
0057xx5A		SL	ShapeCtrlPtsCount	1-n
0057xx5B		FD	Shap CtrlPts	1-n
0057xx5C		SL	ShapeCPSpace	1
0057xx5D		UL	ROIFlags	1-n
0057xx5E		UL	FrameNumber	1
0057xx60		LO	DatasetROIMapping	1-n
	GEMS_XR3DCAL_01
0021xx01		IS	3Dcal image rows	1
0021xx02		IS	3Dcal image columns	1
0021xx03		FL	3Dcal field of view	1
0021xx04		DA	3Dcal acquisition date	1
0021xx05		TM	3Dcal acquisition time	1
0021xx06		DA	3Dcal calibration processing date	1
0021xx07		TM	3Dcal calibration processing time	1
0021xx08		FL	3Dcal L arm angle	1
0021xx09		FL	3Dcal Pivot angle vector	1-n
0021xx0A		FL	3Dcal C arm angle	1
0021xx0B		SQ	3Dcal matrix sequence	1
0021xx0C		LO	3Dcal matrix elements	1-n
0021xx0D		LO	3Dcal algorithm version	1
0021xx0E		FL	3Dcal 3D frame unit size	1
0021xx0F		LO	3Dcal calibration mode	1
0021xx10		FL	3Dcal image frame origin row	1
0021xx11		FL	3Dcal image frame origin column	1
0021xx12		IS	3Dcal positioner pivot rotation speed	1
0021xx13		IS	3Dcal number of images	1
0021xx14		UI	3Dcal Instance UID	1
0021xx15		FL	3Dcal image pixel spacing	2
0021xx16		CS	3Dcal centering mode	1
	GEMS_YMHD_01
0033xx05		UN	Unknown	1
0033xx06		UN	Unknown	1
	GE_GENESIS_REV3.0
0019xx39		SS	Axial Type	1
0019xx8F		SS	Swap Phase / Frequency Axis	1
0019xx9C		SS	Pulse Sequence Name	1
0019xx9F		SS	Coil Type	1
0019xxA4		SS	SAT fat/water/none	1
0019xxC0		SS	Bitmap of SAT Selections	1
0019xxC1		SS	Surfacel Coil Iintensity Correction Flag	1
0019xxCB		SS	Phase Contrast Flow Axis	1
0019xxCC		SS	Phase Contrast Velocity Encoding	1
0019xxD5		SS	Fractional Echo	1
0019xxD8		SS	Variable Echo Flag	1
0019xxD9		DS	Concatenated Sat	1
0019xxF2		SS	Number of Phases	1
0043xx1E		DS	Delta Start Time	1
0043xx27		SH	Pitch Ratio	1
	GE_GROUP
6005xx10		UT	Unknown	1
	HMC - CT - ID
0009xx00		UN	Image ID Information (e.g. Patient Name, Patient ID)	1
0009xx01		UN	Image ID Information (e.g. Patient Comment)	1
	HOLOGIC
0011xx00		LO	Hx Questionnaire	1
0021xx01		LT	Image Analysis Data in XML	1
0023xx00		LO	Encoding Scheme Version	1
0023xx01		LO	P File Name	1
0023xx02		OB	P File Data	1
0023xx03		UL	P File Length	1
0023xx04		OB	R File Data	1
0023xx05		UL	R File Length	1
	HOLOGIC, Inc.
0019xx06		LO	Unknown	1
0019xx07		SH	Unknown	1
0019xx08		LO	Unknown	1
0019xx16		DS	Unknown	1
0019xx26		LO	Unknown	1
0019xx27		SH	Unknown	1
0019xx28		LO	Unknown	1
0019xx29		LO	Unknown	1
0019xx30		US	Unknown	1
0019xx31		US	Unknown	1
0019xx32		US	Unknown	1
0019xx33		US	Unknown	1
0019xx34		US	Unknown	1
0019xx35		US	Unknown	1
0019xx37		LO	Unknown	1
0019xx40		DS	Unknown	1
0019xx41		DS	Unknown	1
0019xx42		DS	Unknown	1
0019xx43		DS	Unknown	1
0019xx44		IS	Unknown	1
0019xx45		IS	Unknown	1
0019xx46		IS	Unknown	1
0019xx70		DS	Unknown	1
0019xx85		IS	Unknown	1
0019xx90		DS	Unknown	1
7E01xx01		LO	Unknown	1
7E01xx02		LO	Unknown	1
7E01xx10		SQ	Unknown	1
7E01xx11		SQ	Unknown	1
7E01xx12		OB	Unknown	1
7F01xx01		LO	Unknown	1
7F01xx02		SH	Unknown	1
7F01xx10		SQ	Unknown	1
7F01xx12		OB	Unknown	1
	Hologic
0011xx00		LO	Hx Questionnaire	1
0021xx01		LT	Image Analysis Data in XML	1
0023xx00		LO	Encoding Scheme Version	1
0023xx01		LO	P File Name	1
0023xx02		OB	P File Data	1
0023xx03		UL	P File Length	1
0023xx04		OB	R File Data	1
0023xx05		UL	R File Length	1
	IDEXX
0011xx00		LO	Breed Name	1
0011xx01		LO	Species Name	1
0011xx02		PN	Owner	1
	IMPAC
300Bxx02		FL	Unknown	1
300Bxx04		FL	Unknown	1
300Bxx0E		FL	Unknown	1
	IMS s.r.l. Biopsy Private Code
1269xx01		IS	Biopsy Image	1
1269xx10		IS	Biopsy Markers X	1-n
1269xx11		IS	Biopsy Markers Y	1-n
1269xx12		IS	Biopsy Markers Number	1
1269xx20		IS	Biopsy Area Left Border	1
1269xx21		IS	Biopsy Area Right Border	1
1269xx22		IS	Biopsy Area Top Border	1
1269xx23		IS	Biopsy Area Bottom Border	1
	IMS s.r.l. Mammography Private Code
1271xx01		IS	Unknown	1
1271xx02		IS	Unknown	1
1271xx10		IS	Unknown	1
1271xx11		IS	Unknown	1
1271xx12		IS	Unknown	1
1271xx13		IS	Unknown	1
1271xx20		IS	Unknown	1
1271xx21		IS	Unknown	1
1271xx22		IS	Unknown	1
1271xx38		LO	Unknown	1
1271xx39		US	Unknown	1
1271xx40		US	Unknown	1
1271xx41		LO	Unknown	1
1271xx42		LT	Unknown	1
1271xx45		IS	Unknown	1
1271xx46		IS	Unknown	1
1271xx47		IS	Unknown	1
1271xx48		IS	Unknown	1
1271xx49		IS	Unknown	1
1271xx50		IS	Unknown	1
1271xx51		IS	Unknown	1
1271xx52		IS	Unknown	1
1271xx53		LO	Unknown	1
1271xx54		IS	Unknown	1
	INFINITT_FMX
0015xx10		LO	Unknown	1
0015xx11		LO	Unknown	1
	INTEGRIS 1.0
0009xx08		CS	Exposure Channel	1
0009xx32		TM	Exposure Start Time	1
0019xx00		LO	APR Name	1
0019xx40		DS	Frame Rate	1
0021xx12		IS	Exposure Number	1
0029xx00		SQ	Edge Enhancement Sequence	1
0029xx01		US	Convolution Kernel Size	2
0029xx02		US	Convolution Kernel Coefficients	1-n
0029xx03		FL	Edge Enhancement Gain	1
0029xx08		IS	Number of Exposure Results	1
0041xx20		DS	Accumulated Fluoroscopy Dose	1
0041xx30		DS	Accumulated Exposure Dose	1
0041xx40		DS	Total Dose	1
0041xx41		US	Total Number of Frames	1
0041xx50		SQ	Exposure Information Sequence	1
	INTELERAD MEDICAL SYSTEMS
3F01xx01		LO	Institution Code	1
3F01xx02		LO	Routed Transfer AE	1
3F01xx03		LO	Source AE	1
3F01xx04		LO	Deferred Validation	1
3F01xx05		LO	Series Owner	1
	ISG Image
0065xx11		UL	Unknown	1
	ISG shadow
0029xx70		IS	Unknown	1
0029xx80		IS	Unknown	1
0029xx90		IS	Unknown	1
	ISI
0009xx01		SQ	SIENET General Purpose IMGF	1
	Image (ID, Version, Size, Dump, GUID)
8003xx00		LO	ID	1
8003xx10		LO	Version	1
8003xx20		UL	Size	1
8003xx30		OB	Dump	1
8003xx40		LO	GUID	1
	Imaging Dynamics Company Ltd.
4321xx05		UN	Custom Tag	1
4321xx10		UN	Custom Tag	1
4321xx41		CS	Unknown	1
4321xx42		US	Unknown	1
4321xx50		DS	Custom Tag	1
4321xx51		DS	Custom Tag	1
4321xx64		LO	Custom Tag	1
	KINETDX
0021xxA5		US	Unknown	1
0021xxA8		LO	Unknown	1
0021xxAA		OB	Unknown	1
	KINETDX_GRAPHICS
0021xxA4		LT	Unknown	1
	KRETZ_US
7FE1xx01		OB	Unknown	1
	Kodak Image Information
0029xx15		LO	Unknown	1
0029xx16		LO	Unknown	1
0029xx17		LO	Unknown	1
0029xx18		UT	Unknown	1
0029xx19		IS	Unknown	1
0029xx1A		IS	Unknown	1
	LODOX_STATSCAN
0019xx01		IS	Unknown	1-n
0019xx02		IS	Unknown	1
0019xx03		DS	Unknown	1
0019xx04		DS	Unknown	1
0019xx05		DS	Unknown	1
0019xx06		DS	Unknown	1
0019xx07		DS	Unknown	1
0019xx08		DS	Unknown	1
	LORAD Selenia
0019xx06		OB	Paddle ID	1
0019xx07		OB	Paddle Position	1
0019xx08		OB	Collimation Size	1
0019xx26		OB	Unknown	1
0019xx27		OB	Unknown	1
0019xx28		OB	Unknown	1
0019xx29		OB	Unknown	1
0019xx30		OB	Unknown	1
0019xx31		OB	Unknown	1
0019xx32		OB	Unknown	1
0019xx33		OB	Unknown	1
0019xx34		OB	Unknown	1
0019xx35		OB	Unknown	1
0019xx40		OB	Unknown	1
0019xx41		OB	Unknown	1
0019xx50		OB	Unknown	1
0019xx51		OB	Unknown	1
0019xx52		OB	Unknown	1
0019xx53		OB	Unknown	1
0019xx70		OB	Unknown	1
0019xx71		OB	Unknown	1
	MAROTECH Inc.
0037xx01		LO	Some kind of version number	1
0037xx21		US	Icon Row	1
0037xx22		US	Icon Col	1
0037xx23		OB	JPEG Compressed Icon	1
	MDS NORDION OTP ANATOMY MODELLING
3005xx00		SQ	Unknown	1
3005xx02		CS	Unknown	1
3005xx04		DS	Unknown	1
3005xx06		DS	Unknown	1
3005xx08		DS	Unknown	1
3005xx0A		CS	Unknown	1
3005xx0C		CS	Unknown	1
3005xx0E		CS	Unknown	1
3005xx10		DS	Unknown	1
3005xx12		DS	Unknown	1
	MEDIFACE
0021xx01		UN	Unknown	1
0021xx10		UN	Unknown	1
0021xx11		UN	Unknown	1
0021xx12		UN	Unknown	1
0021xx21		UN	Unknown	1
0021xx22		UN	Unknown	1
0021xx30		UN	Unknown	1
0021xx31		UN	Unknown	1
0021xx40		UN	Unknown	1
0021xx41		UN	Unknown	1
0021xx42		UN	Unknown	1
0021xx50		UN	Unknown	1
0021xx51		UN	Unknown	1
0021xx52		UN	Unknown	1
0021xx60		UN	Unknown	1
0021xxF1		UN	Unknown	1
0021xxF2		UN	Unknown	1
0029xx01		UL	Unknown	1
0029xx10		DS	Window Center	1
0029xx11		DS	Window Width	1
0029xx20		DS	Unknown	1
0029xx21		UL	Unknown	1
0029xx22		DS	Unknown	2
0029xx30		LT	Unknown	1
	MERGE TECHNOLOGIES, INC.
0009xx00		OB	Unknown	1
	MITRA LINKED ATTRIBUTES 1.0
0031xx20		LO	Global Patient ID	1
	MITRA OBJECT ATTRIBUTES 1.0
0033xx02		LO	Unknown	1
0033xx04		LO	Unknown	1
0033xx06		LO	Unknown	1
0033xx08		LO	Unknown	1
0033xx0A		LO	Unknown	1
	MITRA OBJECT DOCUMENT 1.0
0029xx00		OB	Unknown	1
	MITRA OBJECT UTF8 ATTRIBUTES 1.0
0033xx02		PN	Patient's Name	1
0033xx04		CS	Study Description	1
0033xx06		PN	Referring Physician's Name	1
0033xx08		PN	Requesting Physician's Name	1
0033xx0A		PN	Performing Physician's Name	1
0033xx0C		LO	Reason for Study	1
0033xx0E		LT	Study Comments	1
0033xx13		PN	Patient's Name Single Byte	1
0033xx14		PN	Patient's Name Ideographic	1
0033xx15		PN	Patient's Name Phonetic	1
0033xx16		PN	Referring Physician's Name Single Byte	1
0033xx17		PN	Referring Physician's Name Ideographic	1
0033xx18		PN	Referring Physician's Name Phonetic	1
0033xx19		PN	Requesting Physician's Name Single Byte	1
0033xx1A		PN	Requesting Physician's Name Ideographic	1
0033xx1B		PN	Requesting Physician's Name Phonetic	1
0033xx1C		PN	Performing Physician's Name Single Byte	1
0033xx1D		PN	Performing Physician's Name Ideographic	1
0033xx1E		PN	Performing Physician's Name Phonetic	1
	MITRA PRESENTATION 1.0
0029xx00		CS	Mitra Rotation	1
0029xx01		LO	Mitra Window Width	1
0029xx02		LO	Mitra Window Centre	1
0029xx03		IS	Mitra Invert	1
0029xx04		IS	Mitra Has Tabstop	1
0029xx05		CS	Smooth Rotation	1
0029xx10		CS	Breast Box x0	1
0029xx11		CS	Breast Box y0	1
0029xx12		CS	Breast Box x1	1
0029xx13		CS	Breast Box y1	1
	MMCPrivate
0009xx00		LO	Private Creator	1
0009xx01		LO	Technologist	1
0009xx02		LO	ScheduledStudyDateTime	1
0009xx03		OB	StudyAppData	1
0009xx04		UI	ProtocolObjectID	1
0009xx05		LO	Name	1
0009xx06		IS	Frequency	1
0009xx07		SH	UpdateFlag	1
0009xx08		SH	Directory	1
0009xx09		LO	Comments	1
0009xx0A		LO	Region	1
0009xx0B		SH	Laterality	1
0009xx0C		TM	TotalScanTime	1
0009xx0D		LO	ContrastMedium	1
0009xx0E		LO	CreateDateTime	1
0009xx0F		LO	Creator	1
0009xx10		LO	SiteName	1
0009xx11		LO	ReferringPhysician	1
0009xx12		LO	Radiologist	1
0009xx13		LO	Technologist	1
0009xx14		UI	ProtocolUid	1
0009xx15		SH	IsInLibrary	1
0009xx16		LO	Gating	1
0009xx17		ST	Note	1
0009xx18		IS	NumberOfTasks	1
0009xx19		SH	IsFlagRaised	1
0009xx1A		SH	IsArchived	1
0009xx1B		SH	IsDefault	1
0009xx1C		OB	ProtocolAppData	1
0009xx1D		SH	IsAllowCascadeSave	1
0009xx1E		SH	IsAllowCascadeProtect	1
0009xx1F		SQ	TaskInfo	1
0009xx20		UI	TaskInfoObjectID	1
0009xx21		LO	Name	1
0009xx22		SH	TaskStatus	1
0009xx23		SH	TaskPriority	1
0009xx24		SH	Leaf	1
0009xx25		LO	TaskID	1
0009xx26		IS	Frequency	1
0009xx27		SH	UpdateFlag	1
0009xx28		SH	Directory	1
0009xx29		LO	Comments	1
0009xx2A		SH	Category	1
0009xx2B		LO	Region	1
0009xx2C		SH	Laterality	1
0009xx2D		TM	ScanTime	1
0009xx2E		LO	ContrastMedium	1
0009xx2F		LO	CreateDateTime	1
0009xx30		LO	Creator	1
0009xx31		LO	SiteName	1
0009xx32		LO	ReferringPhysician	1
0009xx33		LO	Radiologist	1
0009xx34		LO	Technologist	1
0009xx35		UI	TaskUid	1
0009xx36		UI	TaskInfoUid	1
0009xx37		SH	IsInLibrary	1
0009xx38		IS	TaskOrder	1
0009xx39		LO	Gating	1
0009xx3A		SH	Plane	1
0009xx3B		LO	SequenceType	1
0009xx3C		SH	IsExecutive	1
0009xx3D		ST	Note	1
0009xx3E		SH	AutoStart	1
0009xx3F		SH	AutoSave	1
0009xx40		SH	AutoArchive	1
0009xx41		IS	QueueGroupID	1
0009xx42		SH	IsFlagRaised	1
0009xx43		SH	IsArchived	1
0009xx44		SH	IsDefault	1
0009xx45		OB	TaskInfoAppData	1
0009xx46		SH	IsAllowCascadeSave	1
0009xx47		SH	IsAllowCascadeProtect	1
0009xx48		LO	ProtocolName	1
0009xx4E		LO	Cms_BodyPartExamined	1
0009xx4F		LO	IsProtected	1
0009xx50		OB	?StudyReservationInfo	1
0009xx51		LO	Cmi_contrastBolusAgent	1
0009xx52		LO	Cms_institutionName	1
0009xx53		LO	Cms_institutionalDepartmentName	1
0009xx54		LO	Cms_seriesDescription	1
0009xx55		LO	Cms_operatorsName	1
0009xx56		LO	Cms_PerformingPhysiciansName	1
0009xx57		ST	Cms_institutionAddress	1
0009xx58		LO	Cmi_imageComments	1
0009xx59		LO	Cmi_instanceCreationDateTime	1
0009xx5A		LO	MppsStepStatus	1
0009xx5B		IS	FilmedCount	1
0009xx5C		LO	IsAllowCascadeSave	1
0009xx5D		LO	IsAllowCascadeProtect	1
0009xx5E		LO	IsDeleted	1
0009xx5F		UI	ProtocolObjectID	1
0009xx60		OB	TaskInfoAppData	1
0009xx72		UI	ProtocolTaskInfoObjectID	1
0009xx73		IS	ProtocolTaskOrder	1
0009xx74		UI	ProtocolTaskUid	1
0009xx75		OB	ProtocolTaskAppData	1
0009xx76		SH	ProtocolTaskIsAllowCascadeSave	1
0009xx77		SH	ProtocolTaskIsAllowCascadeProtect	1
0011xx00		LO	Private Creator	1
0011xx01		LO	IsRapidRegistration	1
0011xx02		LO	IsProtected	1
0011xx03		IS	FilmedCount	1
0011xx04		OB	ApplicationData	1
0011xx05		LO	IsAllowCascadeSave	1
0011xx06		LO	IsAllowCascadeProtect	1
0011xx07		LO	IsDeleted	1
0019xx00		LO	Private Creator	1
0019xx01		LO	ProcType	1
0019xx02		LO	Plane	1
0019xx03		SH	IsSnapShotSeries	1
0019xx04		DS	MaxFsColor	1
0019xx05		LO	SeriesCategoryType	1
0019xx07		LO	ImageContrastBolusAgent	1
0019xx08		DS	ImageSliceThickness	1
0019xx09		DS	ImageReconstructionDiameter	1
0019xx0A		LO	ImageEchoTime	1
0019xx0B		DS	ImageRepetitionTime	1
0019xx0C		LO	SequenceType	1
0019xx0D		LO	TaskUid	1
0019xx0E		OB	SeriesAppData	1
0019xx0F		IS	MultiSliceNumber	1
0019xx10		LO	ImageScanTime	1
0019xx11		LO	IsProtected	1
0019xx12		IS	ImageIncrement	1
0019xx13		LO	MppsStepStatus	1
0019xx14		IS	StorageCommittedCount	1
0019xx15		IS	ArchivedCount	1
0019xx16		IS	TransferredCount	1
0019xx17		LO	IsAllowCascadeSave	1
0019xx18		LO	IsAllowCascadeProtect	1
0019xx19		LO	IsDeleted	1
0019xx1A		UI	CharacterizedImageInstanceUid	1
0019xx1B		IS	CharacterizedImageCount	1
0019xx1C		LO	InternalWindowWidth	1
0019xx1D		LO	InternalWindowLevel	1
0019xx1E		LO	?FlipAngle?	1
0019xx1F		LO	?InversionTime?	1
0019xx20		UI	MultiFrameSopInstanceUid	1
0019xx21		OB	?ScanInterface.GroupParamArchive	1
0029xx00		LO	Private Creator	1
0029xx01		IS	SliceNumber	1
0029xx02		IS	PhaseNumber	1
0029xx03		LO	ProcType	1
0029xx04		LO	StopwatchTime	1
0029xx05		LO	Plane	1
0029xx06		LO	ScanTime	1
0029xx08		LO	DualSliceFlag	1
0029xx09		LO	SspRatio	1
0029xx0A		LO	GatingSignalSource	1
0029xx0B		LO	Rephase	1
0029xx0C		LO	HalfEcho	1
0029xx0D		LO	RectFOVRatio	1
0029xx0E		LO	HalfScan	1
0029xx0F		LO	NumShots	1
0029xx10		LO	ContrastAgent	1
0029xx11		LO	EchoAllocation	1
0029xx12		LO	NumEchoShift	1
0029xx13		LO	FatSat	1
0029xx14		LO	MTC	1
0029xx15		LO	NumPreSat	1
0029xx16		LO	TargetVelocity	1
0029xx17		LO	VENCAxis	1
0029xx18		LO	NumVENCDirection	1
0029xx1C		LO	IsScalableWindowLevel	1
0029xx1D		LO	ThreeDSettingLineAngle	1
0029xx1E		LO	MPGTotalAxis	1
0029xx1F		LO	MPGAxisNumber	1
0029xx20		IS	MultiEchoNumber	1
0029xx21		DS	NaviAverageGateWidth	1
0029xx22		ST	ShimCompensateValue	1
0029xx23		LO	GCOffset	1
0029xx24		DS	NaviMaxGateWidth	1
0029xx25		DS	NaviMinGateWidth	1
0029xx26		DS	NaviMaxGatePosition	1
0029xx27		DS	NaviMinGatePosition	1
0029xx28		DS	TimeDuration	1
0029xx29		DS	TablePosition	1
0029xx2A		DS	NaviInitialGateWidth	1
0029xx2B		DS	NaviFinalGateWidth	1
0029xx2C		DS	NaviInitialGatePosition	1
0029xx2D		DS	NaviFinalGatePosition	1
0029xx2E		DS	NaviAverageGatePosition	1
0029xx2F		OB	ImageAppData	1
0029xx30		FD	DiffusionBValue	1
0029xx31		SQ	SharedFunctionalGroupsSequence	1
0029xx32		SQ	PerFrameFunctionalGroupsSequence	1
0029xx33		DS	LossyImageCompressionRatio	1
0029xx34		UI	InstanceCreatorUID	1
0029xx35		UI	RelatedGeneralSOPClassUID	1
0029xx36		UI	OriginalSpecializedSOPClassUID	1
0029xx37		SH	TimezoneOffsetFromUTC	1
0029xx38		CS	SOPInstanceStatus	1
0029xx39		DT	SOPAuthorizationDateandTime	1
0029xx3A		LT	SOPAuthorizationComment	1
0029xx3B		LO	AuthorizationEquipmentCertificationNumber	1
0029xx3C		UL	ConcatenationFrameOffsetNumber	1
0029xx3D		US	RepresentativeFrameNumber	1
0029xx3E		UI	ConcatenationUID	1
0029xx3F		US	InConcatenationNumber	1
0029xx40		CS	CardiacSynchronizationTechnique	1
0029xx41		CS	CardiacSignalSource	1
0029xx42		FD	CardiacRRIntervalSpecified	1
0029xx43		CS	CardiacBeatRejectionTechnique	1
0029xx44		IS	LowRRValue	1
0029xx45		IS	HighRRValue	1
0029xx46		IS	IntervalsAcquired	1
0029xx47		IS	IntervalsRejected	1
0029xx48		CS	RespiratoryMotionCompensationTechnique	1
0029xx49		CS	RespiratorySignalSource	1
0029xx4A		CS	BulkMotionCompensationTechnique	1
0029xx4B		CS	BulkMotionSignalSource	1
0029xx4C		CS	PixelPresentation	1
0029xx4D		CS	VolumetricProperties	1
0029xx4E		CS	VolumeBasedCalculationTechnique	1
0029xx4F		ST	AcquisitionContextDescription	1
0029xx50		SQ	ModalityLUTSequence	1
0029xx51		LO	LUTDescriptor	1
0029xx52		LO	LUTExplanation	1
0029xx53		LO	LUTData	1
0029xx54		CS	PresentationLUTShape	1
0029xx55		SQ	FrameAnatomySequence	1
0029xx56		CS	FrameLaterality	1
0029xx57		SQ	AnatomicRegionSequence	1
0029xx58		SH	AnatomicRegionCodeValue	1
0029xx59		SH	AnatomicRegionCodingSchemeDesignator	1
0029xx5A		SH	AnatomicRegionCodingSchemeVersion	1
0029xx5B		LO	AnatomicRegionCodeMeaning	1
0029xx5C		SQ	PixelValueTransformationSequence	1
0029xx5D		LO	RescaleType	1
0029xx5E		SQ	CardiacTriggerSequence	1
0029xx5F		FD	TriggerDelayTime	1
0029xx60		SQ	FrameVOILUTSequence	1
0029xx61		LO	WindowCenterAndWidthExplanation	1
0029xx62		CS	AcquisitionContrast	1
0029xx63		SQ	MRModifierSequence	1
0029xx64		CS	ParallelAcquisitionTechnic	1
0029xx65		FD	ParallelReductionFactorSecIn	1
0029xx66		CS	InversionRecovery	1
0029xx67		CS	FlowCompensation	1
0029xx68		CS	FlowCompensationDirection	1
0029xx69		CS	SpatialPreSaturation	1
0029xx6A		CS	PartialFourier	1
0029xx6B		CS	PartialFourierDirection	1
0029xx6C		CS	ResonantNucleus	1
0029xx6D		CS	KSpaceFiltering	1
0029xx6E		CS	ApplicableSafetyStandardAgency	1
0029xx6F		LO	ApplicableSafetyStandardDescription	1
0029xx70		SQ	MRReceiveCoilSequence	1
0029xx71		LO	ReceiveCoilManufacturerName	1
0029xx72		CS	ReceiveCoilType	1
0029xx73		CS	QuadratureReceiveCoil	1
0029xx74		LO	MultiCoilConfiguration	1
0029xx75		CS	ComplexImageComponent	1
0029xx76		SH	PulseSequenceName	1
0029xx77		CS	EchoPulseSequence	1
0029xx78		CS	MultipleSpinEcho	1
0029xx79		CS	MultiPlanarExcitation	1
0029xx7A		CS	PhaseContrast	1
0029xx7B		CS	TimeOfFlightContrast	1
0029xx7C		CS	SteadyStatePulseSequence	1
0029xx7D		CS	EchoPlanarPulseSequence	1
0029xx7E		CS	SpectrallySelectedSuppression	1
0029xx7F		CS	OversamplingPhase	1
0029xx80		CS	SegmentedKSpaceTraversal	1
0029xx81		CS	CoverageOfKSpace	1
0029xx82		SQ	MRTimingAndRelatedParametersSequence	1
0029xx83		US	RFEchoTrainLength	1
0029xx84		US	GradientEchoTrainLength	1
0029xx85		CS	GradientOutputType	1
0029xx86		FD	GradientOutput	1
0029xx87		SQ	MRFOVGeometrySequence	1
0029xx88		US	MRAcquisitionFrequencyEncodingSteps	1
0029xx89		US	MRAcquisitionPhaseEncodingStepsInPlane	1
0029xx8A		US	MRAcquisitionPhaseEncodingStepsOutOfPlane	1
0029xx8B		SQ	MRTransmitCoilSequence	1
0029xx8C		SH	TransmitCoilName	1
0029xx8D		LO	TransmitCoilManufacturerName	1
0029xx8E		CS	TransmitCoilType	1
0029xx8F		SQ	MREchoSequence	1
0029xx90		FD	EffectiveEchoTime	1
0029xx91		SQ	MRMetaboliteMapSequence	1
0029xx92		ST	MetaboliteMapDescription	1
0029xx93		SQ	MetaboliteMapCodeSequence	1
0029xx94		SH	MetaboliteMapCodeValue	1
0029xx95		SH	MetaboliteMapCodingSchemeDesignator	1
0029xx96		SH	MetaboliteMapCodingSchemeVersion	1
0029xx97		LO	MetaboliteMapCodeMeaning	1
0029xx98		SQ	MRImagingModifierSequence	1
0029xx99		CS	MagnetizationTransfer	1
0029xx9A		CS	BloodSignalNulling	1
0029xx9B		CS	Tagging	1
0029xx9C		FD	TagSpacingFirstDimension	1
0029xx9D		FD	TagSpacingSecondDimension	1
0029xx9E		FD	TagAngleFirstAxis	1
0029xx9F		SS	TagAngleSecondAxis	1
0029xxA0		FD	TagThickness	1
0029xxA1		FD	TaggingDelay	1
0029xxA2		FD	TransmitterFrequency	1
0029xxA3		DS	PixelBandwidth	1
0029xxA4		SQ	MRVelocityEncodingSequence	1
0029xxA5		FD	VelocityEncodingDirection	1
0029xxA6		FD	VelocityEncodingMinimumValue	1
0029xxA7		FD	VelocityEncodingMaximumValue	1
0029xxA8		SQ	MRImageFrameTypeSequence	1
0029xxA9		CS	FrameType	1
0029xxAA		CS	PixelPresentation	1
0029xxAB		CS	VolumetricProperties	1
0029xxAC		CS	VolumeBasedCalculationTechnique	1
0029xxAD		IS	FilmedCount	1
0029xxAE		LO	IsTransferred	1
0029xxAF		LO	IsArchived	1
0029xxB0		LO	MppsStepStatus	1
0029xxB1		LO	CommitmentStatus	1
0029xxB2		LO	IsStorageCommitted	1
0029xxB3		LO	IsDicom	1
0029xxB4		LO	IsAllowCascadeSave	1
0029xxB5		LO	IsAllowCascadeProtect	1
0029xxB6		LO	IsDeleted	1
0029xxB7		OB	ApplicationData	1
0029xxB8		LO	IsAllowCascadeSave	1
0029xxB9		LO	IsAllowCascadeProtect	1
0029xxBA		LO	IsDeleted	1
0029xxBB		IS	VOI1	1
0029xxBC		IS	VOI2	1
0029xxBD		UI	BackgroundImageInstanceUID	1
0029xxBE		LO	IsStoredToPortableMedia	1
0029xxBF		DS	Voi1	1
0029xxC0		FD	SelectiveIRColumn	1
0029xxC1		DS	Voi2	1
0029xxC2		DS	MixingTime	1
0029xxC3		DS	SelectiveIRPosition	1
0029xxC4		DS	SelectiveIRRow	1
0029xxC5		DS	SelectiveIRColumn	1
0029xxC6		DS	SelectiveIROrientation	1
0029xxC7		LO	SelectiveIRThickness	1
0029xxC8		SH	RephaseOrderSlice	1
0029xxC9		SH	RephaseOrderPhase	1
0029xxCA		SH	RephaseOrderFreq	1
0029xxCB		ST	MetaboliteMapDescription	1
0029xxCC		SQ	volumeLocalizationSeq	1
0029xxCD		FD	SlabThickness	1
0029xxCE		FD	SlabOrientation	1
0029xxCF		FD	MidSlabPosition	1
0029xxD0		LO	AcqModeSliceDir	1
0029xxD1		LO	IRThicknessRatio	1
0029xxD2		LO	BBIRThicknessRatio	1
0029xxD3		LO	DeltaAngle	1
0029xxD4		IS	MultiFrameFrameNumber	1
0029xxD5		UI	EnhancedSopInstanceUid	1
0029xxD6		LO	PolarityOfPhaseEncoding	1
0029xxD7		OB	PresentationStates	1
0029xxD9		DS	Magnetic Field Direction	3
0041xx01		OB	RawDataAppData	1
0041xx02		SQ	RawDataIndex	1
0041xx03		LO	ChannelNumber	1
0041xx04		LO	AxisDirection	1
0041xx05		LO	SlabNumbe	1
0041xx06		LO	CardiacPhaseNumbe	1
0041xx07		LO	EchoNumber	1
0041xx08		LO	SliceEncodeNumber	1
0041xx09		LO	NsaNumber	1
0041xx0A		OB	RawData	1
0041xx0B		SS	RawDataMRInfo	1
0041xx0C		IS	NumberOfVoxels	1
0041xx0D		DS	MixingTime	1
0041xx0E		DS	ADDiff	1
0041xx0F		LO	ScanTime	1
0041xx10		LO	NumPreSat	1
0041xx11		LO	IsStoredToPortableMedia	1
0041xx12		DS	Voi1	1
0041xx13		DS	Voi2	1
0041xx14		DS	VoxelSize	1
0041xx15		IS	FreqPoint	1
0041xx16		SH	LowOrderShim	1
0041xx17		SH	EccLevel	1
0041xx18		FL	FwhmHz	1
0041xx19		FL	FwhmPpm	1
0041xx1A		FL	WaterSupRate	1
0071xx01		FL	ForegroundTransparency	1
0071xx02		LO	IsDisplayBackgroundImage	1
0071xx03		FL	ForegroundHorizontalShift	1
0071xx04		FL	ForegroundVerticalShift	1
0071xx05		FL	ForegroundRotationAngle	1
0071xx06		FL	ForegroundMagnification	1
0071xx07		OB	ApplicationData	1
	Mayo/IBM Archive Project
0021xx01		UN	Unknown	1
0021xx10		UN	Unknown	1
0021xx11		UN	Unknown	1
0021xx12		UN	Unknown	1
0021xx13		UN	Unknown	1
0021xx14		UN	Unknown	1
0021xx15		UN	Unknown	1
0021xx16		UN	Unknown	1
0021xx17		UN	Unknown	1
0021xx18		UN	Unknown	1
0021xx19		UN	Unknown	1
0021xx1A		UN	Unknown	1
0021xx1B		UN	Unknown	1
0021xx1C		UN	Unknown	1
0021xx1D		UN	Unknown	1
0021xx1E		UN	Unknown	1
0021xx1F		UN	Unknown	1
0021xx20		UN	Unknown	1
0021xx40		UN	Unknown	1
0021xx41		UN	Unknown	1
0021xx50		UN	Unknown	1
0021xx60		UN	Unknown	1
0021xx65		UN	Unknown	1
	MeVis BreastCare
0019xx01		LO	Unknown	1
0071xx01		LO	Unknown	1
	MeVis eD: Geometry Information
0009xx11		UN	GeoScannerOrigin	1
0009xx21		UN	SlicesID	1
	MeVis eD: Slice Information
0009xx10		UN	SlicesSOPInstanceUID	1
	MeVis eD: Timepoint Information
0009xx10		UN	TPDateTime	1
0009xx11		UN	TPDateTimeType	1
0009xx12		UN	TPSeriesDescription	1
0009xx13		UN	TPGradientDirections	1
0009xx21		UN	GeometryID	1
	MeVis eatDicom
0009xx10		UN	EatDicomVersion	1
0009xx11		UN	EatDicomOptions	1
0009xx21		UN	TimepointsID	1
	MedIns HP Extensions
5473xx03		LO	Unknown	1
	Mitra Markup 1.0
0029xx00		OB	Markup1	1-n
0029xx01		OB	Markup2	1-n
0029xx02		OB	Markup3	1-n
0029xx03		OB	Markup4	1-n
0029xx04		OB	Markup5	1-n
0029xx05		OB	Markup6	1-n
0029xx06		OB	Markup7	1-n
0029xx07		OB	Markup8	1-n
0029xx08		OB	Markup9	1-n
0029xx09		OB	Markup10	1-n
0029xx10		OB	Markup11	1-n
0029xx11		OB	Markup12	1-n
0029xx12		OB	Markup13	1
0029xx13		OB	Markup14	1
0029xx14		OB	Markup15	1
	Mitra Object Document 1.0
0029xx00		OB	IMPAX object document	1
0029xx10		OB	IMPAX markup XML stored	1
	Mitra Presentation 1.0
0029xx00		CS	Mitra Rotation	1
0029xx01		LO	Mitra Window Width	1
0029xx02		LO	Mitra Window Centre	1
0029xx03		IS	Mitra Invert	1
0029xx04		IS	Mitra Has Tabstop	1
0029xx05		CS	Smooth Rotation	1
	Mortara_Inc
1455xx00		OW	ELI Interpretation Vector	1
1455xx01		UN	Custom ID	1
1455xx02		UT	Race	1
1455xx03		UT	Social Security Number	1
1455xx04		UT	Attending Physician	1
1455xx05		UT	Procedural Diagnosis	1
1455xx06		UT	Note1	1
1455xx07		UT	Note2	1
1455xx08		LO	Order Request Number	1
1455xx10		LO	Manufacturer Name	1
	NUD_PRIVATE
7777xx02		UT	Interfile	1
7777xx05		IS	Unknown	1
	ObjectModel (ID, Version, Place, PlaceDescription)
8101xx00		LO	ID	1
8101xx10		LO	Version	1
	PAPYRUS
0009xx00		LT	Original File Name	1
0009xx10		LT	Original File Location	1
0009xx18		LT	Data Set Identifier	1
0041xx00		LT	Papyrus Comments	1-n
0041xx10		US	Folder Type	1
0041xx11		LT	Patient Folder Data Set ID	1
0041xx20		LT	Folder Name	1
0041xx30		DA	Creation Date	1
0041xx32		TM	Creation Time	1
0041xx34		DA	Modified Date	1
0041xx36		TM	Modified Time	1
0041xx40		LT	Owner Name	1-n
0041xx50		LT	Folder Status	1
0041xx60		UL	Number of Images	1
0041xx62		UL	Number of Other	1
0041xxA0		LT	External Folder Element DSID	1-n
0041xxA1		US	External Folder Element Data Set Type	1-n
0041xxA2		LT	External Folder Element File Location	1-n
0041xxA3		UL	External Folder Element Length	1-n
0041xxB0		LT	Internal Folder Element DSID	1-n
0041xxB1		US	Internal Folder Element Data Set Type	1-n
0041xxB2		UL	Internal Offset To Data Set	1-n
0041xxB3		UL	Internal Offset To Image	1-n
	PAPYRUS 3.0
0041xx00		LT	Comments	1
0041xx10		SQ	Pointer Sequence	1
0041xx11		UL	Image Pointer	1
0041xx12		UL	Pixel Offset	1
0041xx13		SQ	Image Identifier Sequence	1
0041xx14		SQ	External PAPYRUS-File Reference Sequence	1
0041xx15		US	Number of images	1
0041xx21		UI	Referenced SOP Class UID	1
0041xx22		UI	Referenced SOP Instance UID	1
0041xx31		LO	Referenced File Name	1
0041xx32		LO	Referenced File Path	1-n
0041xx41		UI	Referenced Image SOP Class UID	1
0041xx42		UI	Referenced Image SOP Instance UID	1
0041xx50		SQ	Image Sequence	1
60xxxx00		IS	Overlay ID	1
60xxxx01		LT	Linked Overlays	1-n
60xxxx10		US	Overlay Rows	1
60xxxx11		US	Overlay Columns	1
60xxxx40		LO	Overlay Type	1
60xxxx50		US	Overlay Origin	1-n
60xxxx60		LO	Editable	1
60xxxx70		LO	Overlay Font	1
60xxxx72		LO	Overlay Style	1
60xxxx74		US	Overlay Font Size	1
60xxxx76		LO	Overlay Color	1
60xxxx78		US	Shadow Size	1
60xxxx80		LO	Fill Pattern	1
60xxxx82		US	Overlay Pen Size	1
60xxxxA0		LO	Label	1
60xxxxA2		LT	Post It Text	1
60xxxxA4		US	Anchor Point	2
60xxxxB0		LO	ROI Type	1
60xxxxB2		LT	Attached Annotation	1
60xxxxBA		US	Contour Points	1-n
60xxxxBC		US	Mask Data	1-n
60xxxxC0		SQ	UIN Overlay Sequence	1
	PHILIPS MR
0009xx10		LO	SPI Release	1
0009xx12		LO	Unknown	1
	PHILIPS MR R5.5/PART
0019xx00		DS	Field of View	2
	PHILIPS MR R5.6/PART
0019xx00		DS	Field of View	1
	PHILIPS MR SPECTRO;1
0019xx01		US	Unknown	1
0019xx02		US	Unknown	1
0019xx03		US	Unknown	1
0019xx04		US	Unknown	1
0019xx05		US	Unknown	1
0019xx06		US	Unknown	1
0019xx07		IS	Unknown	1
0019xx08		IS	Unknown	1
0019xx09		IS	Unknown	1
0019xx10		IS	Unknown	1
0019xx12		IS	Unknown	1
0019xx13		IS	Unknown	1
0019xx14		US	Unknown	1
0019xx15		US	Unknown	1-n
0019xx16		IS	Unknown	1
0019xx17		IS	Unknown	1
0019xx18		UN	Unknown	1
0019xx20		IS	Unknown	1
0019xx21		IS	Unknown	1
0019xx22		IS	Unknown	1
0019xx23		IS	Unknown	1
0019xx24		IS	Unknown	1
0019xx25		IS	Unknown	1
0019xx26		IS	Unknown	1
0019xx27		IS	Unknown	1
0019xx28		IS	Unknown	1
0019xx29		IS	Unknown	1-n
0019xx31		US	Unknown	1
0019xx32		US	Unknown	1
0019xx41		LT	Unknown	1
0019xx42		IS	Unknown	2
0019xx43		IS	Unknown	2
0019xx45		US	Unknown	1
0019xx46		US	Unknown	1
0019xx47		IS	Unknown	1
0019xx48		IS	Unknown	1
0019xx49		US	Unknown	1
0019xx50		UN	Unknown	1
0019xx60		US	Unknown	1
0019xx61		US	Unknown	1
0019xx70		UN	Unknown	1
0019xx71		IS	Unknown	1-n
0019xx72		US	Unknown	1
0019xx73		US	Unknown	1
0019xx74		US	Unknown	1
0019xx76		US	Unknown	1
0019xx77		US	Unknown	1
0019xx78		US	Unknown	1
0019xx79		US	Unknown	1
0019xx80		IS	Unknown	1
	PHILIPS MR/LAST
0019xx09		DS	Main Magnetic Field	1
0019xx0E		IS	Flow Compensation	1
0019xxB1		IS	Minimum RR Interval	1
0019xxB2		IS	Maximum RR Interval	1
0019xxB3		IS	Number of Rejections	1
0019xxB4		IS	Number of RR Intervals	1-n
0019xxB5		IS	Arrhythmia Rejection	1
0019xxB7		IS	Unknown	1
0019xxC0		DS	Unknown	1-n
0019xxC6		IS	Cycled Multiple Slice	1
0019xxCE		IS	REST	1
0019xxD5		DS	Unknown	1
0019xxD6		IS	Fourier Interpolation	1
0019xxD9		IS	Unknown	1-n
0019xxE0		IS	Prepulse	1
0019xxE1		DS	Prepulse Delay	1
0019xxE2		IS	Unknown	1
0019xxE3		DS	Unknown	1
0019xxE4		IS	Unknown	1
0019xxE5		DS	Unknown	1
0019xxF0		LT	WS Protocol String 1	1
0019xxF1		LT	WS Protocol String 2	1
0019xxF2		LT	WS Protocol String 3	1
0019xxF3		LT	WS Protocol String 4	1
0021xx00		IS	Unknown	1
0021xx10		IS	Unknown	1
0021xx20		IS	Unknown	1
0021xx21		DS	Slice Gap	1
0021xx22		DS	Stack Radial Angle	1
0027xx00		US	Unknown	1
0027xx11		US	Unknown	1-n
0027xx12		DS	Unknown	1-n
0027xx13		DS	Unknown	1-n
0027xx14		DS	Unknown	1-n
0027xx15		DS	Unknown	1-n
0027xx16		LO	Unknown	1
0029xx10		DS	FP Min	1
0029xx20		DS	FP Max	1
0029xx30		DS	Scaled Minimum	1
0029xx40		DS	Scaled Maximum	1
0029xx50		DS	Window Minimum	1
0029xx60		DS	Window Maximum	1
0029xx61		IS	Unknown	1
0029xx62		IS	Unknown	1
0029xx70		DS	Unknown	1
0029xx71		DS	Unknown	1
0029xx72		IS	Unknown	1
0029xx80		IS	View Center	2
0029xx81		IS	View Size	2
0029xx82		IS	View Zoom	1
0029xx83		IS	View Transform	1
0041xx07		LO	Unknown	1
0041xx09		DS	Unknown	1
6001xx00		LT	Unknown	1
	PHILIPS MR/PART
0019xx00		DS	Field of View	1
0019xx01		IS	Stack Type	1-n
0019xx02		IS	Unknown	1-n
0019xx03		DS	Unknown	1
0019xx05		DS	CC Angulation	1
0019xx06		DS	AP Angulation	1
0019xx07		DS	LR Angulation	1
0019xx08		IS	Patient Orientation 1	1
0019xx09		IS	Patient Orientation	1
0019xx0A		IS	Slice Orientation	1
0019xx0B		DS	LR Offcenter	1
0019xx0C		DS	CC Offcenter	1
0019xx0D		DS	AP Offcenter	1
0019xx0E		DS	Unknown	1
0019xx0F		IS	Number of Slices	1
0019xx10		DS	Slice Factor	1
0019xx11		DS	Echo Times	1-n
0019xx14		CS	Unknown	1
0019xx15		IS	Dynamic Study	1
0019xx18		DS	Heartbeat Interval	1
0019xx19		DS	Repetition Time FFE	1
0019xx1A		DS	FFE Flip Angle	1
0019xx1B		IS	Number of Scans	1
0019xx1C		CS	Unknown	1
0019xx1D		CS	Unknown	1
0019xx1E		DS	Unknown	1
0019xx21		DS	Unknown	1-n
0019xx22		DS	Dynamic Scan Time Begin	1
0019xx23		DS	Unknown	1-n
0019xx24		IS	Unknown	1
0019xx25		DS	Unknown	1-n
0019xx26		DS	Unknown	1-n
0019xx27		DS	Unknown	1-n
0019xx28		CS	Unknown	1
0019xx29		DS	Unknown	1-n
0019xx30		LO	Unknown	1-n
0019xx31		DS	Unknown	1-n
0019xx40		US	Unknown	1
0019xx45		IS	Reconstruction Resolution	1
0019xx50		IS	Unknown	1
0019xx51		DS	Unknown	1
0019xx52		DS	Unknown	1
0019xx53		IS	Unknown	1
0019xx54		DS	Unknown	1
0019xx55		DS	Unknown	1
0019xx56		DS	Unknown	1
0019xx57		US	Unknown	1
0019xx58		DS	Unknown	1
0019xx59		US	Unknown	1
0019xx60		DS	Unknown	1
0019xx61		DS	Unknown	1
0019xx62		DS	Unknown	1
0019xx63		DS	Unknown	1
0019xx64		DS	Repetition Time SE	1
0019xx65		DS	Repetition Time IR	1
0019xx66		US	Unknown	1
0019xx67		US	Unknown	1
0019xx69		IS	Number of Phases	1
0019xx6A		IS	Cardiac Frequency	1
0019xx6B		DS	Inversion Delay	1
0019xx6C		DS	Gate Delay	1
0019xx6D		DS	Gate Width	1
0019xx6E		DS	Trigger Delay Time	1
0019xx70		DS	Unknown	1-n
0019xx80		IS	Number of Chemical Shifts	1
0019xx81		DS	Chemical Shift	1
0019xx84		IS	Number of Rows	1
0019xx85		IS	Number of Samples	1
0019xx8A		CS	Unknown	1
0019xx8B		CS	Unknown	1
0019xx8C		CS	Unknown	1
0019xx8D		CS	Unknown	1
0019xx8E		CS	Unknown	1
0019xx8F		CS	Unknown	1
0019xx94		LO	Magnetization Transfer Contrast	1
0019xx95		LO	Spectral Presaturation With Inversion Recovery	1
0019xx96		IS	Unknown	1
0019xx97		LO	Unknown	1
0019xx99		LO	Unknown	1
0019xxA0		IS	Unknown	1
0019xxA1		DS	Unknown	1
0019xxA3		DS	Unknown	1
0019xxA4		CS	Unknown	1
0019xxB4		DS	Unknown	1
0019xxB5		DS	Unknown	1
0019xxB6		DS	Unknown	1
0019xxC0		DS	Trigger Delay Times	1
0019xxC8		IS	Unknown	1
0019xxC9		IS	Foldover Direction Transverse	1
0019xxCA		IS	Foldover Direction Sagittal	1
0019xxCB		IS	Foldover Direction Coronal	1
0019xxCC		IS	Unknown	1
0019xxCD		IS	Unknown	1
0019xxCE		IS	Unknown	1
0019xxCF		IS	Number of Echoes	1
0019xxD0		IS	Scan Resolution	1
0019xxD1		US	Unknown	1
0019xxD2		LO	Water Fat Shift	2
0019xxD3		DS	Unknown	1
0019xxD4		IS	Artifact Reduction	1
0019xxD5		IS	Unknown	1
0019xxD6		IS	Unknown	1
0019xxD7		DS	Scan Percentage	1
0019xxD8		IS	Halfscan	1
0019xxD9		IS	EPI Factor	1
0019xxDA		IS	Turbo Factor	1
0019xxDB		IS	Unknown	1
0019xxE0		IS	Percentage of Scan Completed	1
0019xxE1		DS	Prepulse Delay	1
0019xxE3		DS	Phase Contrast Velocity	1
0019xxF0		IS	Unknown	1
0019xxF6		CS	Unknown	1
0019xxF7		CS	Unknown	1
0019xxF8		CS	Unknown	1
0019xxF9		CS	Unknown	1
0019xxFA		CS	Unknown	1
0019xxFB		CS	Unknown	1
0019xxFC		IS	Resonance Frequency	1
0021xx00		IS	Scan Date	1
0021xx06		LO	Unknown	1
0021xx07		DT	Unknown	1
0021xx08		LO	Unknown	1
0021xx09		CS	Unknown	1
0021xx0A		CS	Unknown	1
0021xx0F		LO	Unknown	1
0021xx10		IS	Image Type	1
0021xx13		CS	Unknown	1
0021xx14		LO	Unknown	1
0021xx15		US	Unknown	1
0021xx20		IS	Slice Number	1
0021xx21		IS	Slice Gap	1
0021xx30		IS	Echo Number	1
0021xx31		DS	Patient Reference ID	1
0021xx35		IS	Chemical Shift Number	1
0021xx40		IS	Phase Number	1
0021xx50		IS	Dynamic Scan Number	1
0021xx60		IS	Number of Rows In Object	1
0021xx61		IS	Row Number	1-n
0021xx62		IS	Unknown	1-n
0029xx00		DS	Unknown	2
0029xx04		US	Unknown	1
0029xx10		DS	Unknown	1
0029xx11		DS	Unknown	1
0029xx20		LO	Unknown	1
0029xx31		DS	Unknown	2
0029xx32		DS	Unknown	2
0029xx50		DS	Unknown	1
0029xx51		DS	Unknown	1
0029xx52		DS	Unknown	1
0029xx53		DS	Unknown	1
0029xxC3		IS	Scan Resolution	1
0029xxC4		IS	Field of View	1
0029xxD5		LT	Slice Thickness	1
	PHILIPS MR/PART 12
0009xx10		US	Unknown	1
	PHILIPS MR/PART 6
0019xx10		IS	Unknown	1
	PHILIPS MR/PART 7
0019xx00		IS	Unknown	1
	PHILIPS NM -Private
7051xx00		US	Current Segment	1
7051xx01		US	Number of Segments	1
7051xx02		FL	Segment Start Position	1
7051xx03		FL	Segment Stop Position	1
7051xx04		FL	Rel. COR offset - X dir.	1
7051xx05		FL	Rel. COR offset - Z dir.	1
7051xx06		US	Current Rotation Number	1
7051xx07		US	Number of Rotations	1
7051xx10		DS	Alignment Translations	1
7051xx11		DS	Alignment Rotations	1
7051xx12		DS	Alignment Timestamp	1
	PHILIPS UNDOCUMENTED
5503xx12		SL	Slice Thickness	1
5503xx24		UT	Plane	1
5503xx30		SS	Number of Slices	1
5503xxA5		UT	Prepulse	1
5503xxAE		SS	Contrast Agent Flag	1
5503xxBB		SL	Coil ID	1
5503xxC2		UT	Anatomy	1
5503xxC3		UT	Indication	1
	PHILIPS UNKNOWN
2001xx01		UN	MRSeriesNrOfEchoes	1
2001xx02		UN	MRSeriesScanningTechniqueDescription	1
2001xx05		UN	StackSequence	1
2001xx06		UN	Examination Source	1
2001xx07		UN	MRSeriesAcquisitionNumber	1
2001xx08		UN	MRSeriesNrOfDynamicScans	1
2005xx02		UN	MRSeriesNrOfChemicalShifts	1
2005xx03		UN	MRSeriesRepetitionTime	1
2005xx36		UN	MRVolumeSelection	1
	PHILIPS-MR-1
0019xx11		IS	Chemical Shift Number	1
0019xx12		IS	Phase Number (Philips)	1
0021xx01		IS	Reconstruction Number	1
0021xx02		IS	Slice Number	1
	PMOD_1
0055xx01		FD	Frame Start Times Vector	1-n
0055xx02		FD	Frame Positions Vector	3-3n
0055xx03		FD	Frame Orientations Vector	6-6n
0055xx04		FD	Frame Durations (ms) Vector	1-n
0055xx05		FD	Frame Rescale Slope Vector	1-n
	PMOD_GENPET
7FE1xx01		UT	Slices Names	1
7FE1xx02		UT	Gene Codes	1
7FE1xx03		UT	Gene Labels	1
	PMS-THORA-5.1
0089xx20		SQ	Stamp Image Sequence	1
	PMTF INFORMATION DATA
00290089		LO	Unknown	1
0029xx01		SQ	Unknown	1
0029xx31		LO	PMTF Information 1	1
0029xx32		UL	PMTF Information 2	1
0029xx33		UL	PMTF Information 3	1
0029xx34		CS	PMTF Information 4	1
0029xx89		LO	Unknown	1
0029xx90		OB	Unknown	1
7015xx73		SQ	Unknown	1
	PMTF INFORMATION DATA^10
00090002		SH	Unknown	1
00110003		US	Unknown	1
00110004		SQ	Unknown	1
00110005		US	Unknown	1
00110006		US	Unknown	1
00110007		US	Unknown	1-n
00110008		SH	Unknown	1
00190001		UL	Unknown	1
00190002		SL	Unknown	1
00190003		US	Unknown	1
00190004		SL	Unknown	1
00190005		FL	Unknown	1
00190006		SL	Unknown	1
00190007		FL	Unknown	3
00190008		US	Unknown	1
00190009		FL	Unknown	1
0019000A		FL	Unknown	1
0019000B		FL	Unknown	1
0019000C		US	Unknown	3
0019000D		SL	Unknown	6
0019000E		SL	Unknown	6
0019000F		SL	Unknown	6
00190010		US	Unknown	2
00190011		SL	Unknown	2
00190012		US	Unknown	1
00190013		SL	Unknown	1
00190014		US	Unknown	1
00190015		SL	Unknown	1
00190016		FL	Unknown	1
00190017		SL	Unknown	1
00190018		US	Unknown	1
00190019		SL	Unknown	1
0019001A		US	Unknown	1
0019001B		SL	Unknown	1
0019001C		SL	Unknown	1
0019001D		SL	Unknown	1
0019001E		US	Unknown	1
0019001F		SL	Unknown	1
00190020		FL	Unknown	2
00190021		US	Unknown	1
00190022		SL	Unknown	2
00190023		FL	Unknown	1
00190024		FL	Unknown	1
00190025		FL	Unknown	1
00190026		SL	Unknown	1
00190027		SL	Unknown	1
00190028		SL	Unknown	1
00190029		SH	Unknown	1
0019002A		SL	Unknown	1
0019002B		SH	Unknown	1
0019002C		SL	Unknown	1
0019002D		SL	Unknown	1
0019002E		US	Unknown	1
0019002F		FL	Unknown	1
00190030		UL	Unknown	1
00190031		OF	Unknown	1-n
00190032		FL	Unknown	1
00190033		SL	Unknown	3
00190034		SL	Unknown	1
00190035		SL	Unknown	1
00190036		SQ	Unknown	1
00190038		SL	Unknown	1
00190039		SL	Unknown	1
0019003A		SL	Unknown	1
0019003B		SL	Unknown	2
0019003C		SL	Unknown	1
0019003D		SL	Unknown	1
0019003E		SL	Unknown	1
0019003F		SL	Unknown	1
00190042		US	Unknown	1
00190043		US	Unknown	1
00190044		SL	Unknown	1
00190045		SS	Unknown	1
00190046		US	Unknown	1
00190047		FL	Unknown	1
00190048		US	Unknown	1
00190049		US	Unknown	1
0019004B		US	Unknown	1
0019004C		US	Unknown	1
0019004D		SL	Unknown	1
0019004E		US	Unknown	1
0019004F		US	Unknown	1
00190050		SL	Unknown	2
00190051		SL	Unknown	2
00190052		LO	Unknown	1
00190054		US	Unknown	1
00190055		US	Unknown	1
00190056		FL	Unknown	3
00190057		FL	Unknown	3
00190058		FL	Unknown	3
00190059		SL	Unknown	1
0019005A		FL	Unknown	1-n
0019005D		FL	Unknown	1-n
0019005E		SL	Unknown	1
0019005F		FL	Unknown	1
00190060		US	Unknown	1
00190061		US	Unknown	1
00190062		US	Unknown	1
00190063		FL	Unknown	1
00190064		FL	Unknown	1
00190065		SL	Unknown	2
00190069		FL	Unknown	1
0019006A		US	Unknown	1
0019006B		SL	Unknown	1
0019006D		SL	Unknown	1
0019006E		FL	Unknown	1
0019006F		SL	Unknown	1
00190070		LO	Unknown	1
00190071		LO	?Sequence Options?	1
00190073		LO	?Sequence Options?	1
00190075		LO	Unknown	1
00190076		LO	Unknown	1
00190078		LO	Unknown	1
0019007B		LO	Unknown	1
0019007C		FL	Unknown	1
0019007D		FL	Unknown	1
0019007E		SL	Unknown	1
0019007F		SL	Unknown	1
00190085		FL	Unknown	1
00190086		SL	Unknown	1
00190087		FL	Unknown	1
00190088		LO	?RxGain?	1
0019008A		SL	Unknown	1-n
0019008C		UL	Unknown	1
0019008D		TM	Unknown	1
0019008E		SL	Unknown	1
00190092		SL	Unknown	1
00190093		FL	Unknown	3
00190096		US	Unknown	1
0019009B		FL	Unknown	3
0019009C		SL	Unknown	1
001900A0		SL	Unknown	4
001900A1		DS	Unknown	1
001900A2		SL	Unknown	1
001900A3		SL	Unknown	3
001900A4		FL	Unknown	3
001900A5		FL	Unknown	1
001900A6		SL	Unknown	1
001900A8		FL	?Repetition Time (/100)	1
001900A9		SL	Unknown	1
001900AB		FL	Unknown	3
001900AC		US	Unknown	1
001900AD		FL	Unknown	1
001900AE		FL	Unknown	1
001900AF		SL	Unknown	1
001900B0		SL	Unknown	1
001900B1		SL	Unknown	1
001900B4		SL	Unknown	1
001900B5		SL	Unknown	1
001900B6		SL	Unknown	1
001900B7		FL	Unknown	2
001900BA		FL	Unknown	1
001900BB		FL	Unknown	1
001900BC		FL	Unknown	2
001900BD		SL	Unknown	1
001900BE		SL	Acquisition Duration	1
001900C1		SL	Unknown	1
001900C3		SL	Unknown	1
001900C6		FL	Unknown	2
001900C9		SL	Unknown	1
001900CA		LO	Sequence Name	1
001900CB		UL	Unknown	1
001900CC		UL	Unknown	1
001900CD		SL	Unknown	1
001900CE		SL	Unknown	1
001900CF		SL	?acquired series (vs postproc)?	1
001900D0		US	Unknown	1
001900D1		SL	Unknown	1
001900D2		SL	Unknown	3
001900D3		SL	Unknown	1
001900D4		SL	Unknown	1
001900D8		US	Unknown	1-n
001900D9		SQ	Unknown	1
001900DA		US	Unknown	1
001900DB		SL	Unknown	1
001900DC		SL	Unknown	1
001900E1		SL	Unknown	1
001900E4		SL	Unknown	1
001900E5		SQ	Unknown	1
001900E6		SQ	Unknown	1
001900E9		SL	Unknown	1
001900EA		UI	Unknown	1
001900EB		SL	Unknown	1
001900EC		US	Unknown	1
001900EE		FL	Unknown	1
001900EF		FL	Unknown	1
001900F0		SL	Unknown	1
001900F1		FL	Unknown	1
001900F2		FL	Unknown	1
001900F3		SL	Unknown	1
001900F4		FD	Unknown	1
001900F5		SL	Unknown	1
001900F6		UI	Unknown	1
001900F8		US	Unknown	1
001900F9		SL	Unknown	1
001900FA		FL	Unknown	1
001900FB		UL	Unknown	1
001900FC		FL	Unknown	1
001900FD		FL	Unknown	1
001900FE		SL	Unknown	1
001900FF		SL	Unknown	3
00210002		SL	?num?	1
00210003		SL	?num?	1
00210004		US	?num?	1
00210008		DS	?vect1?	3
00210009		DS	?vect2?	3
0021000A		DS	?vect3?	3
0021000B		US	Unknown	1
0021000C		US	Unknown	1
0021000D		FL	Unknown	1
0021000F		US	Unknown	1
00210012		DS	?vect4?	3
00210014		SQ	Unknown	1
00210015		FL	Unknown	1
00210016		FL	Unknown	2
00210018		US	Unknown	1
0021001A		US	Unknown	1
0021001D		IS	Unknown	1
0021001F		US	Unknown	1
00290001		SL	Unknown	1
00290005		SQ	Unknown	1
00290006		FL	Unknown	1
00290007		FL	Unknown	1
0029001C		FL	Unknown	2
00290021		SL	Unknown	3
0029004E		SL	Unknown	1
00290050		LO	Unknown	1
00290051		LO	Unknown	1
00290052		LO	Unknown	1
00290054		LO	Unknown	1
00290067		FD	Unknown	4
00290068		SS	Unknown	1
0029006E		OB	Unknown	1
E2010002		US	Unknown	1
E3010000		SH	Unknown	1
E4010000		US	Unknown	1
E4010001		US	Unknown	1
E4010002		US	Unknown	1
E4010003		US	Unknown	1
E4010004		US	Unknown	1
E4010005		OB	Unknown	1
E4010007		FL	Unknown	1
E4010008		FL	Unknown	1
E4010012		FL	Unknown	1
E4010013		OB	Unknown	1
E4010020		SQ	Unknown	1
E4010021		SQ	Unknown	1
E4010022		LO	Unknown	1
E4010023		SH	Unknown	1
E4010024		OB	Unknown	1
E4030000		SQ	Unknown	1
EE010000		US	Unknown	1
EE010001		OB	Unknown	1
EE010002		US	Unknown	1
	PMTF INFORMATION DATA^11
00190001		OB	?character set?	1
00190002		SL	Unknown	1
00190003		SL	Unknown	1
00190004		SL	Unknown	1
00190007		OB	Unknown	1
00190008		SH	Unknown	1
00190009		SL	Unknown	2
0019000A		SL	Unknown	1
0019000B		OB	Unknown	1
0019000C		SL	Unknown	1
00190019		SQ	Unknown	1
0019001A		FL	Unknown	1
00190024		SL	Unknown	1
00190025		SL	Unknown	1
00190026		SL	Unknown	1
00190028		SL	Unknown	1
00190029		SL	Unknown	1
0019002A		FL	Unknown	1
0019002B		FL	Unknown	1
0019002C		SL	Unknown	3
0019002D		SL	Unknown	3
0019002E		SL	Unknown	1
00190030		SL	Unknown	1
00190031		SL	Unknown	1
00190032		SL	Unknown	1
00190034		FL	Unknown	1
00190035		SL	Unknown	1
00190036		FL	Unknown	1
00190037		SL	Unknown	1
00190038		SL	Unknown	1
00190039		FL	Unknown	1
0019003A		FL	Repetition Time (/100)	1
0019003C		FL	Unknown	3
0019003D		SL	Unknown	1
0019003E		FL	Unknown	9
0019003F		UI	Unknown	1
00190040		US	Unknown	1
00190041		US	Unknown	1
00190042		SL	Unknown	1
00190043		SL	Unknown	1
00190044		SL	Unknown	1
00190046		FL	Unknown	1
00190048		LT	?QD Whole Body?	1
00190049		LT	?Atlas Head?	1
0019004C		SL	Unknown	1
0019004D		SL	?postproc series?	1
0019004E		SL	Unknown	1
00190055		LO	Unknown	1
00190057		FL	Unknown	1
00190058		US	Unknown	1
00190059		US	Unknown	1
0019005C		SL	Unknown	1
0019005D		SL	Unknown	1
0019005F		FL	Unknown	1
00190060		SL	Unknown	1
00190061		FL	Unknown	1
00190062		FL	Unknown	1
00190063		SL	Unknown	1
00190065		SL	Unknown	1
00190067		FL	Unknown	1
00190068		SL	Unknown	1
0019006C		FL	Unknown	1
0019006D		SH	Unknown	1
0019006E		SH	Sequence Name	1
0019006F		FL	Unknown	1
00190070		FL	Unknown	1
00190071		SL	Unknown	1
00190072		FL	Unknown	1
00190078		SL	Unknown	1
0019007A		SL	Unknown	2
0019007C		FL	Unknown	3
0019007D		SL	Unknown	1
0019007E		SL	Unknown	1
0019007F		SL	Unknown	1
00190080		FL	Unknown	1
00190084		SL	Unknown	1
00190087		SL	Unknown	1
0019008A		US	Unknown	1
0019008B		SL	Unknown	1
0019008C		SL	Unknown	1
0019008F		SL	Unknown	1
00190090		SL	Unknown	1
00190091		SL	Unknown	1
00190092		SL	Unknown	1
00190093		SL	Unknown	1
00190094		FL	Unknown	1
0019009A		SL	Unknown	1
0019009B		US	Unknown	1
0019009C		FL	Unknown	1
0019009D		SL	Unknown	1
0019009E		SL	Unknown	1
0019009F		SL	Unknown	1
001900A0		SL	Unknown	1
001900A1		SL	Unknown	1
001900A5		US	Unknown	1
001900A6		US	Unknown	1
001900A8		SL	Unknown	1
001900AB		US	Unknown	1
001900AD		SL	Unknown	1
001900AE		SL	Unknown	1
001900B0		FL	Unknown	1
001900B1		SL	Unknown	1
001900B2		US	Unknown	1
001900B3		US	Unknown	1
001900B4		US	Unknown	1
001900B5		FL	Unknown	1
001900B6		SL	Unknown	1
001900B7		US	Unknown	1
001900B9		US	Unknown	1
001900BB		FL	Unknown	1
001900BC		SL	Unknown	1
001900BD		SL	Unknown	1
001900BE		FL	Unknown	1-n
001900BF		SL	Unknown	1
001900C0		SL	Unknown	1
001900C1		US	Unknown	1
001900C3		FL	Unknown	1
001900C4		SL	Unknown	1
001900CD		SL	Unknown	3
001900E0		FL	Unknown	1
001900E1		FL	Unknown	1
001900E3		SL	Unknown	3
001900E4		DS	Unknown	1
001900E5		SQ	Unknown	1
001900E6		SQ	Unknown	1
001900F0		SL	Unknown	1-n
001900F1		SL	Diffusion b-value x Toshiba Orientation	3
001900F2		FL	Specific Absorption Rate Values	3
001900F3		SL	Unknown	1
001900F4		SL	Unknown	1
001900F5		SQ	Unknown	1
001900F6		SL	Unknown	1
001900F7		SL	Unknown	1
001900F8		SL	Unknown	1
001900F9		SL	Unknown	1
001900FA		SL	Unknown	1
001900FB		FL	Unknown	1
001900FC		FL	Unknown	1
001900FD		SL	Unknown	1
001900FE		SL	Unknown	1
001900FF		SL	Unknown	1
	PMTF INFORMATION DATA^12
00190000		SL	Unknown	1
00190001		SL	Unknown	1
00190002		SL	Unknown	1
00190003		SL	Unknown	1
00190004		SL	Unknown	1
00190005		SH	?Sequence Variant?	1
00190006		FL	Unknown	1
00190007		UL	Unknown	1-2
00190008		UL	Unknown	1-2
00190009		SL	Unknown	1
0019000A		SL	Unknown	1
0019000B		SL	Unknown	1
0019000C		UL	Unknown	1
0019000D		SQ	Unknown	1
0019000E		US	Unknown	1
00190010		SL	Unknown	1
00190011		SL	Unknown	1
00190012		SL	Unknown	1
00190013		FL	Unknown	1
00190014		FL	Unknown	1
00190018		UL	Unknown	1
00190028		DS	Unknown	1
0019002A		DS	Unknown	3
0019002B		SQ	Unknown	1
00190032		SH	Sequence Name	1
00190034		SL	Unknown	1
00190052		FL	Unknown	2
00190076		OB	Unknown	1
00190079		SQ	Unknown	1
00190080		FD	Acquisition Duration	1
00190085		US	Unknown	1
00190086		LO	Unknown	1
00190087		SQ	Unknown	1
00190088		US	Series Number Global	1
00190089		SL	Unknown	1
0019008A		US	Series Number Global	1
0019008B		US	Unknown	1
0019008F		OB	Unknown	1
00190093		SL	?num?	1
00190094		UI	Referenced SOP Instance UID	1
00190095		UI	Unknown	1
00190096		LO	?PASTA?	1
00190098		FL	Unknown	3
00190099		LO	Sequence Name	1
0019009A		DS	Series Number Local	1
0019009B		DS	Unknown	1
0019009C		DS	?num?	1
0019009D		US	Unknown	1
0019009E		FL	Unknown	3
0019009F		FL	Unknown	1
001900A0		FL	Unknown	1
001900A1		FL	Unknown	1
001900A2		FL	Unknown	1
001900A3		FL	Unknown	1
001900A4		FL	Unknown	1
001900A5		FL	Unknown	1
001900A6		FL	Unknown	2-2n
001900A7		FL	Unknown	1
001900A8		FL	Unknown	1
001900A9		FL	Unknown	3
001900AA		FL	Unknown	3
001900AB		FL	Unknown	3
001900AC		FL	Unknown	3
001900AD		FL	Unknown	3
001900AE		FL	Unknown	3
001900AF		FL	Unknown	3
001900B3		FD	Acquisition Duration	1
001900B4		LO	Unknown	1
001900C2		US	Unknown	1
001900C3		FL	Unknown	1
001900C4		SL	Unknown	1
001900C5		SL	Unknown	1
001900C6		SL	Unknown	1
001900C7		FL	Unknown	1
001900CC		SS	Unknown	1-n
001900CD		LO	Unknown	1
001900CE		UL	Unknown	1
001900CF		FL	Unknown	1
001900D1		FL	Unknown	3
001900D2		US	Unknown	3
001900D3		SS	Unknown	1
001900D4		US	Unknown	2
001900D5		FL	Unknown	1
001900D6		FL	Unknown	3
001900D7		US	?vect2?	2
001900D8		FL	Unknown	1-n
001900DE		US	?num?	1
001900DF		US	Unknown	1
001900E0		US	Unknown	1
001900E1		FL	?vect3?	3
001900E2		FL	?vect3?	3
001900E3		TM	?time?	1
001900E4		US	?vect2?	2
001900EB		US	?num?	1
001900EC		US	?num?	1
001900EF		DS	Unknown	1
001900F0		LO	Unknown	1
001900F1		LO	Unknown	1
001900FC		FL	Unknown	1
001900FD		SL	Unknown	1
001900FE		SL	Unknown	1
	PMTF INFORMATION DATA^13
E4030000		SH	Unknown	1
E4030001		OB	Unknown	1
E4030002		OB	Unknown	1
E4030003		OB	Unknown	1
	POLYTRON-SMS 2.5
0009xx02		UN	Private Data 1	1
0009xx03		UN	Private Data 2	1
0009xx04		UN	Private Data 3	1
0009xx06		UN	Private Data 3	1
0009xx10		UN	Private Data 4	1
0009xx11		UN	Private Data 5	1
0009xx12		UN	Private Data 6	1
0089xx10		UN	Private Data	1
	PRIVATE ORIGINAL ATTRIBUTES
0021xx01		SQ	Private Original Attribute Sequence	1
0021xx05		DT	Replacement Date and Time	1
0021xx10		LO	Replacement Originator Name	1
0021xx12		LO	Replacement Reason	1
0021xx70		PN	Original Operators' Name	1-n
	Philips EV Imaging DD 017
2007xxC1		UI	? SOP Instance UID ?	1
2007xxC2		DA	Unknown	1
2007xxC3		TM	Unknown	1
2007xxC4		UL	Unknown	1
	Philips EV Imaging DD 019
2007xx00		LO	Unknown	1
2007xx01		UT	Unknown	1
	Philips EV Imaging DD 021
2007xx04		SL	Vol Seg Edit Connectivity	1
	Philips EV Imaging DD 022
2007xx00		ST		1
2007xx12		UN	Volume Sequence Capture	1
2007xx17		UN	Original SOP Instance	1
2007xx33		LO		1
2007xx34		CS		1
	Philips EnVisor
7777xx01		DA	Date 3D/PanView internal 'dataset' file was acquired	1
7777xx02		CS	Type of 3D or PanView	1
7777xx03		LO	Internal 3D/PanView software version number	1
7777xx14		LT	Private string	1
	Philips Imaging DD 001
2001xx01		FL	Chemical Shift	1
2001xx02		IS	Chemical Shift Number MR	1
2001xx03		FL	Diffusion B-Factor	1
2001xx04		CS	Diffusion Direction	1
2001xx05		SS	Unknown	1
2001xx06		CS	Image Enhanced	1
2001xx07		CS	Image Type ED ES	1
2001xx08		IS	Phase Number	1
2001xx09		FL	Unknown	1
2001xx0A		IS	Slice Number MR	1
2001xx0B		CS	Slice Orientation	1
2001xx0C		CS	Unknown	1
2001xx0E		CS	Unknown	1
2001xx0F		SS	Unknown	1
2001xx10		CS	Cardiac Sync	1
2001xx11		FL	Diffusion Echo Time	1
2001xx12		CS	Dynamic Series	1
2001xx13		SL	EPI Factor	1
2001xx14		SL	Number of Echoes	1
2001xx15		SS	Number of Locations	1
2001xx16		SS	Number of PC Directions	1
2001xx17		SL	Number of Phases MR	1
2001xx18		SL	Number of Slices MR	1
2001xx19		CS	Partial Matrix Scanned	1
2001xx1A		FL	PC Velocity	1-n
2001xx1B		FL	Prepulse Delay	1
2001xx1C		CS	Prepulse Type	1
2001xx1D		IS	Reconstruction Number MR	1
2001xx1E		CS	Unknown	1
2001xx1F		CS	Respiration Sync	1
2001xx20		LO	Scanning Technique Description MR	1
2001xx21		CS	SPIR	1
2001xx22		FL	Water Fat Shift	1
2001xx23		DS	Flip Angle Philips	1
2001xx24		CS	Interactive	1
2001xx25		SH	Echo Time Display MR	1
2001xx26		CS	Presentation State Subtraction Active	1
2001xx28		FL	Edge Enhancement Gain Factor Sub	1
2001xx29		FL	Edge Enhancement Gain Factor Non Sub	1
2001xx2A		CS	Edge Enhancement Taste Adapt Sub	1
2001xx2B		CS	Edge Enhancement Taste Non Sub	1
2001xx2C		FL	Harmonization Factor	1
2001xx2D		SS	Number of Stack Slices	1
2001xx2F		FL	Harmonization Gain	1
2001xx30		UL	Log Subtraction Gain Step	1
2001xx31		US	Mixing NR of Mask Image Numbers	1
2001xx32		FL	Stack Radial Angle	1-n
2001xx33		CS	Stack Radial Axis	1-n
2001xx34		CS	Mixing Mask Operation	1
2001xx35		SS	Stack Slice Number	1-n
2001xx36		CS	Stack Type	1-n
2001xx37		CS	Mixing Operation Type	1
2001xx39		FL	Unknown	1
2001xx3A		CS	Pixel Shift	1
2001xx3D		UL	Unknown	1
2001xx3F		CS	Interpolation Method	1
2001xx42		CS	Subtraction Land Marking Active	1
2001xx46		CS	Graphic Line Style	1
2001xx47		FL	Graphic Line Width	1
2001xx48		SS	Graphic Annotation ID	1
2001xx4B		CS	Poly Line Interpolation Method	1
2001xx4C		CS	Poly Line Begin Point Style	1
2001xx4D		CS	Poly Line End Point Style	1
2001xx4E		CS	Window Smoothing Taste	1
2001xx4F		FD	Harmonization Offset	1
2001xx50		LO	Unknown	1
2001xx52		UI	Unknown	1
2001xx53		CS	Window Invert	1
2001xx55		CS	Graphic Line Color	1
2001xx56		CS	Graphic Type (Private)	1
2001xx5A		ST	Graphic Annotation Model	1
2001xx5D		ST	Measurement Text Units	1
2001xx5E		ST	Measurement Text Type	1
2001xx5F		SQ	Stack Sequence	1
2001xx60		SL	Number of Stacks	1
2001xx61		CS	Unknown	1
2001xx62		CS	Unknown	1
2001xx63		CS	Examination Source	1
2001xx64		SH	Text Type	1
2001xx65		SQ	Unknown	1
2001xx67		CS	Unknown	1
2001xx68		SQ	Unknown	1
2001xx69		SQ	Display Shutter Sequence	1
2001xx6A		SQ	Unknown	1
2001xx6B		SQ	Has Edge Enhancement Sequence	1
2001xx6D		LO	Text Font	1
2001xx6E		SH	Series Type	1
2001xx6F		SQ	Mixing Sequence	1
2001xx71		CS	Unknown	1
2001xx73		SQ	Referenced Mask Image Sequence	1
2001xx74		DS	Window Center Sub	1-n
2001xx75		DS	Window Width Sub	1-n
2001xx76		UL	Unknown	1
2001xx77		CS	GL TrafoType	1
2001xx79		SQ	Harmonisation Sequence	1
2001xx7A		FL	Unknown	1
2001xx7B		IS	Acquisition Number	1
2001xx7E		US	Edge Enhancement Gain Taste	1
2001xx7F		US	Edge Enhancement Gain Taste Sub	1
2001xx80		LO	Text Anchor Point Alignment	1
2001xx81		IS	Number of Dynamic Scans	1
2001xx82		IS	Echo Train Length	1
2001xx83		DS	Imaging Frequency	1
2001xx84		DS	Inversion Time	1
2001xx85		DS	Magnetic Field Strength	1
2001xx86		IS	Unknown	1
2001xx87		SH	Imaged Nucleus	1
2001xx88		DS	Number of Averages	1
2001xx89		DS	Phase FOV Percent	1
2001xx8A		DS	Sampling Percent	1
2001xx8B		SH	Unknown	1
2001xx93		LO	Text Style	1
2001xx94		LO	Processing Order Specialization	1
2001xx97		SH	Nucleus	1
2001xx9A		SQ	Graphic Number Sequence	1
2001xx9B		UL	Graphic Number	1
2001xx9C		LO	Unknown	1
2001xx9D		LO	PIIM Subtraction Type	1
2001xx9F		US	Pixel Processing Kernel Size	2
2001xxA1		CS	Is Raw Image	1
2001xxA2		US	LOG Subtraction Curve Taste	1
2001xxA3		UL	Text Color Foreground	1
2001xxA4		UL	Text Color Background	1
2001xxA5		UL	Text Color Shadow	1
2001xxC1		LO	Nested Object Type Name	1
2001xxCC		ST	Unknown	1
2001xxDA		CS	Unknown	1
2001xxF1		FL	Prospective Motion Correction	1-n
2001xxF2		FL	Retrospective Motion Correction	1
2005xx14		CS	Diffusion	1
2005xx20		SL	Number of Chemical Shifts	1
2005xx30		FL	Repetition Time	1
2005xx33		FL	Scan Duration	1
2005xx35		CS	Data Type	1
2005xx8B		SH	Transmitting Coil	1
2005xx9F		CS	Spectral Selective Excitation Pulse	1
2005xxA1		CS	Syncra Scan Type	1
	Philips Imaging DD 002
2001xx01		US	Unknown	1
2001xx02		FD	Unknown	1
2001xx13		SS	Unknown	1
2001xx14		FD	Unknown	1
2001xx15		FD	Unknown	1
2001xx16		FD	Unknown	1
2001xx17		FD	Unknown	1
2001xx18		CS	Unknown	1
2001xx19		FD	Unknown	1
2001xx1A		FD	Unknown	1
2001xx1B		FD	Unknown	1
2001xx1C		FD	Unknown	1
2001xx1D		FD	Unknown	1
2001xx1E		FD	Unknown	1
2001xx1F		FD	Unknown	1
2001xx20		FD	Unknown	1
2001xx21		FD	Unknown	1
2001xx22		FD	Unknown	1
2001xx23		FD	Unknown	1
2001xx24		FD	Unknown	1
2001xx25		FD	Unknown	1
2001xx26		FD	Unknown	1
2001xx27		FD	Unknown	1
2001xx28		US	Unknown	1
2001xx29		US	Unknown	1
2001xx2A		US	Unknown	1
2001xx2B		SS	Unknown	1
2001xx2C		FD	Unknown	1
2001xx2D		FD	Unknown	1
2001xx2E		SS	Unknown	1
2001xx2F		SS	Unknown	1
2001xx30		SS	Unknown	1
2001xx31		SS	Unknown	1
2001xx32		SS	Unknown	1
2001xx33		SS	Unknown	1
2001xx34		SS	Unknown	1
2001xx35		FD	Unknown	1
2001xx36		FD	Unknown	1
2001xx37		FD	Unknown	1
2001xx39		CS	Unknown	1
2001xx3A		SQ	Unknown	1
2001xx3B		SQ	Unknown	1
2001xx3C		SQ	Unknown	1
2001xx3D		SQ	Unknown	1
2001xx3E		SS	Unknown	1
2001xx3F		SS	Unknown	1
2001xx40		SS	Unknown	1
	Philips Imaging DD 065
4007xx00		CS	Unknown	1
	Philips Imaging DD 067
4001xx00		SQ	Unknown	1
4001xx01		CS	Unknown	1
4001xx08		CS	Unknown	1
	Philips Imaging DD 070
4001xx10		SQ	Unknown	1
4001xx11		SQ	Unknown	1
4001xx12		SQ	Unknown	1
4001xx16		ST	Unknown	1
4001xx17		ST	Unknown	1
4001xx18		ST	Unknown	1
4001xx1C		SQ	Unknown	1
4001xx1D		LT	Unknown	1
	Philips Imaging DD 073
4007xx48		FL	Unknown	1
	Philips Imaging DD 129
2001xx00		SQ	Unknown	1
2001xx01		SQ	Unknown	1
	Philips MR Imaging DD 001
2005xx00		FL	Unknown	1
2005xx01		FL	Unknown	1
2005xx02		FL	Unknown	1
2005xx04		CS	Unknown	1
2005xx05		CS	Synergy Reconstruction Type	1
2005xx08		FL	Unknown	1
2005xx09		FL	Unknown	1
2005xx0A		FL	Unknown	1
2005xx0B		FL	Unknown	1
2005xx0C		FL	Unknown	1
2005xx0D		FL	Unknown	1
2005xx0E		FL	Unknown	1
2005xx0F		DS	Window Center	1
2005xx10		DS	Window Width	1
2005xx11		CS	Unknown	1
2005xx12		CS	Unknown	1
2005xx13		CS	Unknown	1
2005xx14		CS	Unknown	1
2005xx15		CS	Unknown	1
2005xx16		CS	Unknown	1
2005xx17		CS	Unknown	1
2005xx18		LO	Unknown	1
2005xx19		CS	Unknown	1
2005xx1A		SS	Unknown	1
2005xx1B		CS	Unknown	1
2005xx1C		CS	Unknown	1
2005xx1D		SS	Unknown	1
2005xx1E		SH	Unknown	1
2005xx1F		SH	Unknown	1
2005xx20		SL	Number of Chemical Shift	1
2005xx21		SS	Unknown	1
2005xx22		IS	Unknown	1
2005xx23		SS	Unknown	1
2005xx25		SS	Unknown	1
2005xx26		CS	Unknown	1
2005xx27		CS	Unknown	1
2005xx28		CS	Unknown	1
2005xx29		CS	Unknown	1
2005xx2A		IS	Unknown	1
2005xx2B		SS	Unknown	1
2005xx2C		CS	Unknown	1
2005xx2D		IS	Unknown	1
2005xx2E		CS	Unknown	1
2005xx2F		CS	Unknown	1
2005xx30		FL	Repetition Time	1
2005xx31		CS	Unknown	1
2005xx32		CS	Unknown	1
2005xx33		FL	Acquisition Duration	1
2005xx34		CS	Unknown	1
2005xx35		CS	Unknown	1
2005xx36		CS	Unknown	1
2005xx37		CS	Unknown	1
2005xx38		CS	Unknown	1
2005xx39		CS	Unknown	1
2005xx3A		SH	Unknown	1
2005xx3B		CS	Unknown	1
2005xx3C		CS	Unknown	1
2005xx3D		SS	Unknown	1
2005xx3E		SL	Unknown	1-n
2005xx48		IS	Unknown	1
2005xx49		IS	Unknown	1
2005xx4A		IS	Unknown	1
2005xx4B		IS	Unknown	1
2005xx4C		CS	Unknown	1
2005xx4D		CS	Unknown	1
2005xx4E		FL	Unknown	1
2005xx4F		FL	Unknown	1
2005xx50		FL	Unknown	1
2005xx51		FL	Unknown	1
2005xx52		CS	Unknown	1
2005xx53		CS	Unknown	1
2005xx54		FL	Unknown	1
2005xx55		FL	Unknown	1
2005xx56		FL	Unknown	1
2005xx57		FL	Unknown	1
2005xx58		FL	Unknown	1
2005xx59		FL	Unknown	1
2005xx5A		FL	Unknown	1
2005xx5B		FL	Unknown	1
2005xx5C		FL	Unknown	1
2005xx5D		CS	Unknown	1
2005xx5E		CS	Unknown	1
2005xx5F		CS	Unknown	1
2005xx60		IS	Unknown	1
2005xx61		CS	Unknown	1
2005xx63		SS	Unknown	1
2005xx64		IS	Unknown	1
2005xx65		IS	Unknown	1
2005xx66		CS	Unknown	1
2005xx67		IS	Unknown	1
2005xx68		CS	Unknown	1
2005xx69		FL	Unknown	1
2005xx6A		FL	Unknown	1
2005xx6B		FL	Unknown	1
2005xx6C		FL	Unknown	1
2005xx6D		FL	Unknown	1
2005xx6E		CS	Unknown	1
2005xx6F		CS	Unknown	1
2005xx70		LO	Unknown	1
2005xx71		FL	Unknown	1
2005xx72		FL	Unknown	1
2005xx73		FL	Unknown	1
2005xx74		FL	Unknown	1
2005xx75		FL	Unknown	1
2005xx76		FL	Unknown	1
2005xx78		FL	Unknown	1
2005xx79		FL	Unknown	1
2005xx7A		FL	Unknown	1
2005xx7B		CS	Unknown	1
2005xx7E		FL	Unknown	1
2005xx80		SQ	Unknown	1
2005xx81		CS	Unknown	1
2005xx83		SQ	Unknown	1
2005xx84		SQ	Unknown	1
2005xx85		SQ	Unknown	1
2005xx86		SS	Unknown	1
2005xx9E		SQ	Unknown	1
2005xx9F		CS	Unknown	1
2005xxA0		FL	Unknown	1
2005xxA1		CS	Syncra Scan Type	1
2005xxA2		CS	Unknown	1
2005xxA3		IS	Unknown	1
2005xxA4		IS	Unknown	1
2005xxA5		IS	Unknown	1
2005xxA6		IS	Unknown	1
2005xxA7		CS	Unknown	1
2005xxA8		DS	Unknown	1
2005xxA9		CS	Unknown	1
2005xxB0		FL	Diffusion Direction RL	1
2005xxB1		FL	Diffusion Direction AP	1
2005xxB2		FL	Diffusion Direction FH	1
2005xxC0		CS	Unknown	1
	Philips MR Imaging DD 002
2005xx32		SQ	Unknown	1
2005xx37		LO	Unknown	1
2005xx38		LO	Unknown	1
2005xx39		LO	Unknown	1
2005xx40		LO	Unknown	1
2005xx41		LO	Unknown	1
2005xx43		SL	Unknown	1
2005xx44		OW	Unknown	1
2005xx47		CS	Unknown	1
2005xx99		UL	Unknown	1
	Philips MR Imaging DD 003
2005xx00		UL	Unknown	1
2005xx01		UL	Unknown	1
2005xx13		UL	Unknown	1
2005xx34		SL	Unknown	1
2005xx45		SS	Unknown	1
2005xx49		SS	Unknown	1
2005xx51		SS	Unknown	1
2005xx52		SS	Unknown	1
2005xx53		SS	Unknown	1
2005xx56		SS	Unknown	1
2005xx57		SS	Unknown	1
2005xx81		UI	Unknown	1
2005xx82		CS	Unknown	1
	Philips MR Imaging DD 004
2005xx00		SS	Unknown	1
2005xx01		SS	Unknown	1
2005xx02		SS	Unknown	1
2005xx03		SS	Unknown	1
2005xx04		SS	Unknown	1
2005xx05		SS	Unknown	1
2005xx06		SS	Unknown	1
2005xx07		FL	Unknown	1
2005xx08		FL	Unknown	1
2005xx09		FL	Unknown	1
2005xx10		FL	Unknown	1
2005xx12		FL	Unknown	1
2005xx13		SS	Unknown	1
2005xx14		SS	Unknown	1
2005xx15		SS	Unknown	1
2005xx16		SS	Unknown	1
2005xx17		SS	Unknown	1
2005xx25		CS	Unknown	1
2005xx26		FL	Unknown	1
2005xx27		CS	Unknown	1
2005xx28		CS	Unknown	1
2005xx29		FL	Unknown	1
2005xx30		CS	Unknown	1-n
2005xx31		SS	Unknown	1
2005xx33		FL	Unknown	3
2005xx34		CS	Unknown	1
2005xx35		CS	Unknown	1
2005xx36		FL	Unknown	1
2005xx37		FL	Unknown	1
2005xx38		FL	Unknown	1
2005xx39		SS	Unknown	2
2005xx40		CS	Unknown	1
2005xx41		CS	Unknown	1
2005xx42		CS	Unknown	1
2005xx43		CS	Unknown	1
2005xx44		SS	Unknown	1-n
2005xx45		CS	Unknown	1
2005xx46		CS	Unknown	1
2005xx47		FL	Unknown	1
2005xx48		CS	Unknown	1
2005xx49		FL	Unknown	1
2005xx50		FL	Unknown	2
2005xx51		SS	Unknown	1
2005xx52		SS	Unknown	1
2005xx53		LO	Unknown	1-n
2005xx54		CS	Unknown	1
2005xx55		FL	Unknown	1-n
2005xx56		CS	Unknown	1
2005xx57		SS	Unknown	1
2005xx58		LO	Unknown	1
2005xx59		FL	Unknown	1
2005xx60		FL	Unknown	1
2005xx61		FL	Unknown	2
2005xx62		FL	Unknown	1
2005xx63		FL	Unknown	1
2005xx64		CS	Unknown	1
2005xx70		SS	Unknown	1
2005xx71		SQ	Unknown	1
2005xx72		SS	Unknown	1
2005xx73		SS	Unknown	1
2005xx74		SS	Unknown	1
2005xx75		SS	Unknown	1
2005xx76		SS	Unknown	1
2005xx77		SS	Unknown	1
2005xx78		SS	Unknown	1
2005xx79		SS	Unknown	1
2005xx81		IS	Unknown	1
2005xx82		UL	Unknown	1
2005xx89		SQ	Unknown	1
2005xx90		CS	Unknown	1
2005xx91		PN	Unknown	1
2005xx92		IS	Unknown	1
2005xx93		IS	Unknown	1
2005xx95		UI	Unknown	1
2005xx96		CS	Unknown	1
2005xx97		LO	Unknown	1
2005xx98		CS	Unknown	1
2005xx99		CS	Unknown	1
	Philips MR Imaging DD 005
2005xx00		CS	Unknown	1
2005xx01		UL	Unknown	1
2005xx02		SQ	Unknown	1
2005xx03		UL	Unknown	1
2005xx06		SS	Unknown	1
2005xx07		SS	Unknown	1
2005xx09		DS	Unknown	1
2005xx0A		DS	Unknown	1
2005xx0B		LO	Unknown	1
2005xx0E		SQ	Unknown	1
2005xx0F		SQ	Unknown	1
2005xx10		IS	Unknown	1
2005xx11		UI	Unknown	1
2005xx12		IS	Unknown	1
2005xx13		IS	Unknown	1
2005xx14		SL	Unknown	1
2005xx15		SL	Unknown	1
2005xx16		CS	Unknown	1
2005xx18		CS	Unknown	3
2005xx19		CS	Unknown	3
2005xx1A		CS	Unknown	1
2005xx1B		IS	Unknown	1
2005xx1C		IS	Unknown	1
2005xx1D		IS	Unknown	1
2005xx1E		UL	Unknown	1
2005xx1F		UL	Unknown	1
2005xx20		UL	Unknown	1
2005xx21		UL	Unknown	1
2005xx22		UL	Unknown	1
2005xx23		UL	Unknown	1
2005xx24		UL	Unknown	1
2005xx25		UL	Unknown	1
2005xx26		CS	Unknown	1
2005xx27		CS	Unknown	1
2005xx28		SL	Unknown	1
2005xx2A		CS	Unknown	1
2005xx2B		CS	Unknown	1
2005xx2C		CS	Unknown	1
2005xx2D		CS	Unknown	1
2005xx2E		FL	Unknown	1
2005xx2F		FL	Unknown	1
2005xx30		FL	Unknown	1
2005xx31		FL	Unknown	1
2005xx32		CS	Unknown	1
2005xx35		CS	Unknown	1
2005xx36		UI	Unknown	1
2005xx37		CS	Unknown	1
2005xx38		LT	Unknown	1
2005xx39		LT	Unknown	1
2005xx3A		LT	Unknown	1
2005xx3B		CS	Unknown	1
2005xx3C		FL	Unknown	1
2005xx3D		FL	Unknown	1
2005xx3E		FL	Unknown	1
2005xx3F		CS	Unknown	1
2005xx40		FL	Unknown	1
2005xx41		FL	Unknown	1
2005xx42		FL	Unknown	1
2005xx43		FL	Unknown	1
2005xx44		IS	Unknown	1
2005xx45		CS	Unknown	1
2005xx46		FL	Unknown	1
2005xx47		FL	Unknown	1
2005xx48		FL	Unknown	1
2005xx49		FL	Unknown	1
2005xx4A		FL	Unknown	1
2005xx4B		FL	Unknown	1
2005xx4C		FL	Unknown	1
2005xx4D		CS	Unknown	1
2005xx4E		CS	Unknown	1
2005xx4F		CS	Unknown	1
2005xx50		SS	Unknown	1
	Philips MR Imaging DD 006
20050053		FL	Unknown	1
20050054		FL	Unknown	1
20050055		FL	Unknown	1
20050056		FL	Unknown	1
20050057		CS	Unknown	1
20050058		FL	Unknown	1
20050059		FL	Unknown	1
20050060		IS	Unknown	1
20050061		FL	Unknown	1
20050062		LT	Unknown	1
20050063		CS	Unknown	1
20050064		CS	Unknown	1
20050065		CS	Unknown	1
20050066		CS	Unknown	1
20050067		IS	Unknown	1
20050068		IS	Unknown	1
20050071		IS	Unknown	1
20050072		FL	Unknown	1
20050073		IS	Unknown	1
20050074		DS	Unknown	1
20050075		DS	Unknown	1
20050076		LT	Unknown	1
20050078		CS	Unknown	1
20050079		CS	Unknown	3
20050081		CS	Unknown	1
20050082		IS	Unknown	1
20050083		LT	Unknown	1
20050085		DS	Unknown	1
20050086		LT	Unknown	1
20050087		DS	Unknown	1
20050095		CS	Unknown	1
20050096		IS	Unknown	1
20050097		CS	Unknown	1
20050099		SL	Unknown	1
	Philips MR Imaging DD 007
20050000		CS	Unknown	1
20050001		FL	Unknown	1
20050002		FL	Unknown	1
20050003		FL	Unknown	1
	Philips NM Private Group
7043xx00		SH	Unknown	1
	Philips PET Private Group
0511xx00		US	Unknown	1
0511xx01		US	Unknown	1
0511xx02		OB	Unknown	1
0511xx03		OB	Unknown	1
0511xx32		DS	Unknown	1
0511xx50		DS	Unknown	1
7053xx00		DS	SUV Scale Factor	1
7053xx01		OB	Private	1
7053xx02		OB	Private	1
7053xx03		ST	Original image file name	1
7053xx04		OB	File Data	1
7053xx05		LO	Worklist Info File Name	1
7053xx06		OB	Unknown	1
7053xx07		SQ	Acquisition File Sequence	1
7053xx08		SQ	Unknown	1
7053xx09		DS	Activity Concentration Scale Factor	1
7053xx0B		UN	Unknown	1
7053xx0C		UN	Unknown	1
7053xx0D		UN	Unknown	1
7053xx0E		UN	Unknown	1
7053xx0F		UL	Segment Size	1
7053xx10		US	Segment Number	1
7053xx11		US	Number of Segments	1
7053xx12		SQ	File Data Sequence	1
7053xx13		SS	Unknown	1
7053xx14		SS	Unknown	1
7053xx15		SS	Unknown	1
7053xx16		SS	Unknown	1
7053xx17		SS	Unknown	1
7053xx18		SS	Unknown	1
7053xx50		UN	Unknown	1
7053xx51		UN	Unknown	1
7053xx52		UN	Unknown	1
7053xx53		UN	Unknown	1
7053xx54		UN	Unknown	1
7053xx55		UN	Unknown	1
7053xx56		UN	Unknown	1
7053xx57		UN	Unknown	1
7053xx58		UN	Unknown	1
7053xx59		UN	Unknown	1
7053xx5A		UN	Unknown	1
7053xx5B		UN	Unknown	1
7053xx5C		UN	Unknown	1
7053xx5D		UN	Unknown	1
7053xx5E		UN	Unknown	1
7053xx5F		UN	Unknown	1
7053xx60		UN	Unknown	1
7053xx61		UN	Unknown	1
7053xx62		UN	Unknown	1
7053xx63		UN	Unknown	1
7053xx64		UN	Unknown	1
7053xx65		UN	Unknown	1
7053xx66		UN	Unknown	1
7053xx67		UN	Unknown	1
7053xx68		UN	Unknown	1
7053xx69		UN	Unknown	1
7053xx6A		UN	Unknown	1
7053xx6B		UN	Unknown	1
7053xx6C		UN	Unknown	1
7053xx6D		UN	Unknown	1
7053xx6E		UN	Unknown	1
7053xx6F		UN	Unknown	1
7053xx70		UN	Unknown	1
7053xx71		UN	Unknown	1
7053xx72		UN	Unknown	1
7053xx73		UN	Unknown	1
7053xx74		UN	Unknown	1
7053xx75		UN	Unknown	1
7053xx76		UN	Unknown	1
7053xx77		UN	Unknown	1
7053xx78		UN	Unknown	1
7053xxC2		UI	Unknown	1
7053xxD0		UN	Unknown	1
7053xxD1		UN	Unknown	1
7053xxD2		UN	Unknown	1
7053xxD3		UN	Unknown	1
7053xxD5		UN	Unknown	1
7053xxD6		UN	Unknown	1
7053xxD7		UN	Unknown	1
7053xxD8		UN	Unknown	1
7053xxD9		UN	Unknown	1
	Philips RAD Imaging DD 001
200Bxx00		PN	Unknown	1
200Bxx01		US	Unknown	1
200Bxx02		US	Unknown	1
200Bxx05		IS	Unknown	1
200Bxx11		LO	Unknown	1
200Bxx27		DT	Unknown	1
200Bxx28		DS	Unknown	1
200Bxx29		DS	Unknown	1
200Bxx2A		UL	Unknown	1
200Bxx2B		DA	Unknown	1
200Bxx2C		TM	Unknown	1
200Bxx2D		LO	Unknown	1
200Bxx3B		LO	Unknown	1
200Bxx40		SH	Unknown	1
200Bxx41		SH	Unknown	1
200Bxx42		UI	Unknown	1
200Bxx43		UI	Unknown	1
200Bxx47		DA	Unknown	1
200Bxx48		SH	Unknown	1
200Bxx4C		SH	Unknown	1
200Bxx4D		SH	Unknown	1
200Bxx4F		DT	Unknown	1
200Bxx52		CS	Unknown	1
	Philips RAD Imaging DD 097
200Bxx00		ST	Unknown	1
200Bxx01		CS	Unknown	1
200Bxx02		SS	Unknown	1
200Bxx50		SS	Unknown	1
200Bxx51		SS	Unknown	1
200Bxx52		SS	Unknown	1
200Bxx53		SS	Unknown	1
200Bxx54		ST	Unknown	1
200Bxx60		LT	Unknown	1
200Bxx63		LT	Unknown	1
200Bxx65		SS	Unknown	1
200Bxx6E		US	Unknown	1
200Bxx72		FD	Unknown	1
200Bxx73		SS	Unknown	1
200Bxx74		IS	Unknown	1
200Bxx75		CS	Unknown	1
200Bxx76		SH	Unknown	1
200Bxx78		IS	Unknown	1-n
200Bxx79		IS	Unknown	1
200Bxx7A		IS	Unknown	1
200Bxx7B		US	Unknown	1
200Bxx7C		US	Unknown	1
200Bxx7D		IS	Unknown	1-n
200Bxx7E		UI	Unknown	1
200Bxx81		LO	Unknown	1
200Bxx82		LO	Unknown	1
200Bxx85		IS	Unknown	1
200Bxx86		CS	Unknown	1
200Bxx88		CS	Unknown	1
200Bxx89		LT	Unknown	1
200Bxx90		DS	Unknown	1
200Bxx96		SH	Unknown	1
200Bxx99		SH	Unknown	1
200Bxx9A		FD	Unknown	1
200Bxx9B		FD	Unknown	1
200BxxA0		LT	Unknown	1
	Philips US Imaging 60
0031xx30		UL	Private data	1
0031xx31		UL	Private data	1
	Philips US Imaging DD 017
200Dxx05		LO	Unknown	1
	Philips US Imaging DD 023
200Dxx37		DA	Unknown	1
200Dxx38		TM	Unknown	1
	Philips US Imaging DD 033
200Dxx01		LO	Unknown	1
200Dxx02		LO	Unknown	1
200Dxx03		LO	Unknown	6
200Dxx04		LO	Unknown	6
200Dxx05		LO	Unknown	1-n
200Dxx06		LO	Unknown	6
200Dxx07		LO	Unknown	1
200Dxx08		LO	Unknown	1
200Dxx09		LO	Unknown	1
200Dxx0A		LO	Unknown	1
200Dxx0B		OB	Raw Data US	1
200Dxx14		IS	Unknown	1
	Philips US Imaging DD 034
200Dxx01		LO	Unknown	1
200Dxx02		LO	Unknown	1
200Dxx03		LO	Unknown	1
200Dxx04		LO	Unknown	1
200Dxx05		LO	Unknown	1
200Dxx06		LO	Unknown	1
200Dxx07		LO	Unknown	1
200Dxx08		LO	Unknown	1
200Dxx09		LO	Unknown	1
200Dxx0A		LO	Unknown	1
200Dxx0B		LO	Unknown	1
200Dxx0C		LO	Unknown	1
200Dxx0D		LO	Unknown	1
200Dxx0E		LO	Unknown	1
200Dxx0F		LO	Unknown	1
200Dxx10		LO	Unknown	1
200Dxx21		LO	Unknown	1
200Dxx22		LO	Unknown	1
200Dxx23		LO	Unknown	1
200Dxx24		LO	Unknown	1
	Philips US Imaging DD 035
200Dxx01		LO	Unknown	1
200Dxx02		LO	Unknown	1
200Dxx03		LO	Unknown	1
200Dxx04		LO	Unknown	1
200Dxx05		LO	Unknown	1
200Dxx07		LO	Unknown	1
200Dxx08		LO	Unknown	1
200Dxx09		LO	Unknown	1
200Dxx0A		LO	Unknown	1
200Dxx0B		LO	Unknown	1
200Dxx0C		LO	Unknown	1
200Dxx0D		LO	Unknown	1
	Philips US Imaging DD 036
200Dxx01		LO	Cols/Rows/Frames	3
200Dxx02		LO	Cols/Rows/Frames	3
200Dxx03		LO	Voxel Spacing	3
200Dxx04		LO	Unknown	3
	Philips US Imaging DD 038
200Dxx01		LO	Unknown	1
	Philips US Imaging DD 039
200Dxx01		LO	Unknown	1
200Dxx04		LO	Unknown	1
200Dxx05		LO	Unknown	1
200Dxx06		LO	Unknown	1
200Dxx07		LO	Unknown	1
200Dxx08		LO	Unknown	1
200Dxx09		LO	Unknown	1
200Dxx0A		LO	Unknown	1
200Dxx0B		LO	Unknown	1
200Dxx0C		LO	Unknown	1
200Dxx0D		LO	Unknown	1
	Philips US Imaging DD 040
200Dxx01		LO	Unknown	1
200Dxx02		LO	Unknown	1
200Dxx03		LO	Unknown	1
200Dxx04		LO	Unknown	1
200Dxx05		LO	Unknown	1
200Dxx06		LO	Unknown	1
200Dxx07		LO	Unknown	1
200Dxx20		LO	Unknown	1
	Philips US Imaging DD 041
200Dxx1E		LO	Unknown	1
	Philips US Imaging DD 042
200Dxx50		LO	Unknown	3
200Dxx51		LO	Unknown	1
200Dxx52		LO	Unknown	1
200Dxx53		LO	Unknown	1
200Dxx54		LO	Unknown	1
200Dxx55		LO	Unknown	1
200Dxx56		LO	Unknown	1
200Dxx57		LO	Unknown	1
200Dxx58		LO	Unknown	1
200Dxx59		LO	Unknown	1
200Dxx5A		LO	Unknown	1
200Dxx5B		LO	Unknown	1
200Dxx5C		LO	Unknown	1
200Dxx5D		LO	Unknown	1
200Dxx5E		LO	Unknown	1
200Dxx5F		LO	Unknown	1
200Dxx60		LO	Unknown	1
200Dxx70		LO	Unknown	1
200Dxx71		LO	Unknown	1
200Dxx72		LO	Unknown	1
200Dxx73		LO	Unknown	1
200Dxx74		LO	Unknown	1
200Dxx75		LO	Unknown	1
200Dxx76		LO	Unknown	1
200Dxx77		LO	Unknown	1
	Philips US Imaging DD 043
200Dxx05		SH	Unknown	1
	Philips US Imaging DD 109
200Dxx00		US	Unknown	1
200Dxx01		SQ	Unknown	1
200Dxx02		ST	Unknown	1
200Dxx03		CS	Unknown	1
200Dxx04		SL	Unknown	4
200Dxx05		UL	Unknown	3
200Dxx06		UL	Unknown	3
200Dxx07		CS	Unknown	1
200Dxx08		CS	Unknown	1
200Dxx09		OB	Unknown	1
200Dxx0A		UL	Unknown	1
200Dxx0B		OB	Unknown	1
200Dxx0C		UL	Unknown	1
200Dxx0D		SQ	Unknown	1
200Dxx0E		CS	Unknown	1
200Dxx0F		LO	Unknown	1
200Dxx10		SL	Unknown	1
200Dxx11		LO	Unknown	1
200Dxx12		SL	Unknown	1
	Philips US Imaging DD 113
200Dxx01		LO	Unknown	1
200Dxx02		UL	Unknown	1
200Dxx03		UL	Unknown	1
200Dxx04		UL	Unknown	1
200Dxx05		UL	Unknown	1
200Dxx06		UL	Unknown	1
200Dxx07		CS	Unknown	1
200Dxx09		UL	Unknown	1
200Dxx0B		CS	Unknown	1
200Dxx0C		UL	Unknown	1
200Dxx0D		UL	Unknown	1
200Dxx0E		UL	Unknown	1
200Dxx0F		DS	Unknown	1
200Dxx10		DS	Unknown	1
200Dxx11		SL	Unknown	1
200Dxx12		UL	Unknown	1
200Dxx13		FL	Unknown	1-n
200Dxx14		US	Unknown	1
200Dxx15		UL	Unknown	1
200Dxx17		FD	Unknown	1
200Dxx18		FD	Unknown	1
200Dxx19		FD	Unknown	1
200Dxx1A		FD	Unknown	1
200Dxx1B		FD	Unknown	1
200Dxx1C		FD	Unknown	1
200Dxx1D		UL	Unknown	1
200Dxx1E		UL	Unknown	1
200Dxx1F		FD	Unknown	1
200Dxx20		FD	Unknown	1
200Dxx21		FD	Unknown	1
	Philips US Private 3D
200Dxx02		IS	Threedpr Echo Vision Setting	1
200Dxx03		IS	Threedpr Color Vision Setting	1
200Dxx04		IS	Threedpr Transparency	1
200Dxx06		FD	Threedpr Vision Vol Brightness	1
200Dxx08		IS	Threedpr Low Threshold	1
200Dxx09		IS	Threedpr Image Layout	1
200Dxx0A		IS	Threedpr Xres Filtering Enabled	1
200Dxx0B		IS	Threedpr Echo Twod Chroma Map Enabled	1
200Dxx0C		IS	Threedpr Box Outlined Enabled	1
200Dxx0D		IS	Threedpr Smoothing Enabled	1
200Dxx0E		IS	Threedpr Reference Graphic Enabled	1
200Dxx0F		IS	Threedpr Map Inverted	1
200Dxx10		IS	Threedpr Color Stream Display Enabled	1
200Dxx11		IS	Threedpr Echo Stream Display Enabled	1
200Dxx12		LO	Vdb Param Color 3d Estimate Scale(2)	1
200Dxx13		LO	Vdb Param Color 3d Estimate Apex Position (1)	1
200Dxx14		LO	Vdb Param Color 3d Estimate Color Offset	1
200Dxx15		LO	Vdb Param Echo 3d Estimate Dimension(2)	1
200Dxx16		SQ	Private Native Threed Data Sequence(1)	1
200Dxx17		IS	Threedpr Basic Vol Brightness	1
200Dxx18		LO	Vdb Param Echo 3d Estimate Apex Position (2)	1
200Dxx1A		IS	Threedpr Echo Smoothing	1
200Dxx1B		IS	Threedpr Color Smoothing	1
200Dxx1E		IS	Threedpr Num Completed Trim Planes	1
200Dxx1F		IS	Threedpr Depth	1
200Dxx20		SQ	Private Native Data Stream Array	1
200Dxx21		IS	Threedpr Wall Filter	1
200Dxx23		FD	Threedpr Baseline	1
200Dxx24		FD	Threedpr Gain	1
200Dxx25		FD	Threedpr Compress	1
200Dxx26		FD	Threedpr Light Brightness	1
200Dxx27		FD	Threedpr Elevation Scale Factor	1
200Dxx28		FD	Threedpr Zoom Factor	1
200Dxx29		FD	Threedpr Color Write Priority	1
200Dxx2A		FD	Threedpr Rotation Angle X	1
200Dxx2B		FD	Threedpr Rotation Angle Y	1
200Dxx2C		FD	Threedpr Data Voi Center	1
200Dxx2D		FD	Threedpr View Translation	1
200Dxx2E		FD	Threedpr Data Voi Min Point	1
200Dxx2F		FD	Threedpr Data Voi Max Point	1
200Dxx30		FD	Threedpr Box Crop Min Point	1
200Dxx31		FD	Threedpr Box Crop Max Point	1
200Dxx32		FD	Threedpr Mpr Rotation Matrix	1
200Dxx33		FD	Threedpr Vol Rotation Matrix	1
200Dxx34		FD	Threedpr Trim Plane Equation	1
200Dxx35		IS	Threedpr Subpage Data Version	1
200Dxx36		IS	Threedpr Is Arbitrary Crop	1
200Dxx37		IS	Threedpr Arbitrary Crop Dist From Center	1
200Dxx38		FD	Threedpr Arbitrary Crop Rotation Matrix	1
200Dxx39		FD	Threedpr Color Gain	1
200Dxx40		IS	Threedpr Color Wall Filter Index	1
200Dxx41		IS	Threedpr Cursor Enabled	1
200Dxx42		IS	Threedpr Bondbox Graphic Enabled	1
	Philips X-ray Imaging DD 001
2003xx00		CS	Unknown	1
2003xx01		LO	Unknown	1
2003xx02		FD	Unknown	3
2003xx03		LO	Unknown	1
2003xx04		SQ	Private enhanced Table Sequence	1
2003xx06		SL	Unknown	1
2003xx09		SL	Unknown	1
2003xx10		LO	Unknown	1
2003xx11		SL	Unknown	1
2003xx12		SL	Unknown	1
2003xx13		SL	Unknown	1
2003xx14		FD	Unknown	1
2003xx15		FD	Unknown	1
2003xx16		SL	Unknown	1
2003xx17		SL	Unknown	1
2003xx18		SL	Unknown	1
2003xx19		SL	Unknown	1
2003xx22		SL	Unknown	1
2003xx24		FD	Unknown	4
2003xx25		SL	Unknown	1
2003xx26		SL	Unknown	1
2003xx27		SH	Unknown	1
2003xx28		SH	Unknown	1
2003xx29		FD	Unknown	1
2003xx2A		LO	Unknown	1
2003xx2B		FD	Unknown	1
2003xx2C		SH	Unknown	1
2003xx2D		SL	Unknown	1-n
2003xx2E		SQ	Unknown	1
2003xx2F		CS	IsResolvePatientMixApplied	1
2003xx30		CS	Unknown	1
2003xx31		CS	Unknown	1
2003xx32		UI	Unknown	1
	Picker MR Private Group
7101xx00		OB	Unknown	1
7101xx01		SL	Unknown	1
7101xx02		OB	Unknown	1
7101xx03		SL	Unknown	1
7101xx04		SH	Unknown	1
7101xx05		SH	Unknown	2
7101xx06		SH	Unknown	4
7101xx10		DS	Unknown	1
	Picker NM Private Group
7001xx01		UI	Private	1
7001xx02		OB	Private	1
7001xx03		OB	Private	1
7001xx04		OB	Private	1
7001xx05		OB	Private	1
7001xx06		OB	Private	1
7001xx07		OB	Private	1
7001xx08		OB	Private	1
7001xx09		OB	Private	1
7001xx10		SQ	Private	1
7001xx11		LO	Private	1
7001xx12		OB	Private	1
7001xx13		US	Private	1
7001xx14		OB	Private	1
7001xx15		OB	Private	1
7001xx16		OB	Private	1
7001xx17		LO	Contains a text string that includes some of the same information that appears on the Odyssey Clinical Index (image directory) for this Image.	1
7043xx00		SH	Private.	1
	QCA
0009xx00		CS	Analysis Type	1
0009xx04		LO	Segment Name	1
0009xx12		DS	Pre Catheter size	1
0009xx13		DS	Pre Reference Diameter	1
0009xx14		DS	Pre Minimum Lumen Diameter	1
0009xx15		DS	Pre Average Diameter	1
0009xx16		DS	Pre Stenosis Length	1
0009xx17		DS	Pre Stenosis %	1
0009xx18		DS	Pre Geometric Area Reduction %	1
0009xx22		DS	Post Catheter Size	1
0009xx23		DS	Post Reference Diameter	1
0009xx24		DS	Post Minimum Lumen Diameter	1
0009xx25		DS	Post Average Diameter	1
0009xx26		DS	Post Stenosis Length	1
0009xx27		DS	Post Stenosis %	1
0009xx28		DS	Post Geometric Area Reduction %	1
	QCA_RESULTS
0009xx00		CS	Analysis Views	1
0009xx10		LO	Segment	1
0009xx11		LO	Pre Catheter Name	1
0009xx12		DS	Pre Catheter Size	1
0009xx13		DS	Pre Reference Diameter	1
0009xx14		DS	Pre Minimum Lumen Diameter	1
0009xx15		DS	Pre Average Diameter	1
0009xx16		DS	Pre Stenosis Length	1
0009xx17		IS	Pre Stenosis %	1
0009xx18		IS	Pre Geometric Area Reduction %	1
0009xx21		LO	Post Catheter Name	1
0009xx22		DS	Post Catheter Size	1
0009xx23		DS	Post Reference Diameter	1
0009xx24		DS	Post Minimum Lumen Diameter	1
0009xx25		DS	Post Average Diameter	1
0009xx26		DS	Post Stenosis Length	1
0009xx27		IS	Post Stenosis %	1
0009xx28		IS	Post Geometric Area Reduction %	1
0009xx40		IS	Calibration Frame	1
0009xx41		IS	End Diastolic Frame	1
0009xx42		IS	End Systolic Frame	1
0009xx43		DS	End Diastolic Volume	1
0009xx44		DS	End Systolic Volume	1
0009xx45		DS	Stroke Volume	1
0009xx47		DS	Ejection Fraction	1
0009xx48		DS	Body Surface Area	1
0009xx49		SH	Artery Territory Region	1
0009xx50		IS	Number of Diseased Vessels	1
0009xx51		DS	Hypokinesis in Region	1
0009xx52		DS	Hyperkinesis in Opposite Region	1
0009xx53		IS	Percent Total LV Hypokinesis	1
0009xx55		DS	Calibration Factor	1
	QUASAR_INTERNAL_USE
0009xx01		UL	Rate Vector	1-n
0009xx02		UL	Count Vector	1-n
0009xx03		UL	Time Vector	1-n
0009xx07		US	Angle Vector	1-n
0009xx08		US	Camera Shape	1
0009xx10		US	WholeBody Spots	1
0009xx11		US	Worklist Flag	1
0009xx12		LO	Unknown	1
0009xx13		ST	Sequence Type	1
0009xx14		ST	Sequence Name	1
0009xx15		UL	Avr RR Time Vector	1
0009xx16		UL	Low Limit Vector	1
0009xx17		UL	High Limit Vector	1
0009xx18		UL	Begin Index Vector	1
0009xx19		UL	End Index Vector	1
0009xx1A		UL	Raw Time Vector	1
0009xx1B		LO	Image Type String	1
0009xx1D		US	Unknown	1
0009xx1E		ST	Unknown	1
0009xx22		FL	Unknown	1
0009xx23		US	Unknown	1
0009xx39		UI	Unknown	1
0009xx40		DA	Unknown	1
0009xx41		TM	Unknown	1
0009xx42		LO	Unknown	1
0009xx44		SH	Unknown	1
0037xx10		SQ	Unknown	1
0037xx1B		LO	Unknown	1
0037xx30		LO	Unknown	1
0037xx40		LO	Unknown	1
0037xx50		LO	Unknown	1
0037xx60		LO	Unknown	1
0037xx70		LO	Unknown	1
	QVA
0009xx40		IS	Calibration Frame	1
0009xx41		IS	End Diastolic Frame	1
0009xx42		IS	End Systolic Frame	1
0009xx43		DS	End Diastolic Volume	1
0009xx44		DS	End Systolic Volume	1
0009xx45		DS	Stroke Volume	1
0009xx46		DS	Cardiac Output	1
0009xx47		DS	Ejection Fraction	1
0009xx48		DS	Body Surface Area	1
0009xx49		SH	Artery Territory Region	1
0009xx50		IS	Number of Diseased Vessels	1
0009xx51		DS	Hypokinesis in Region	1
0009xx52		DS	Hyperkinesis in Region	1
0009xx53		IS	percent of chords with hyperkinesis <- 2 SD	1
0009xx54		IS	percent of chords with alkinesis/dyskinesis	1
0009xx55		DS	Calibration Factor	1
	REPORT_FROM_APP
0039xx95		LO	Unknown	1
	RadWorksMarconi
0029xx24		US	<internal	1
	RadWorksTBR
3111xx02		CS	AMI Compression Type (RET)	1
3111xxFF		SQ	<internal	1
	SCHICK TECHNOLOGIES - Change Item Creator ID
0021xx01		UI	Change List Item UID	1
0021xx02		US	Operation	1
0021xx03		DT	Date	1
0021xx04		PN	User Name	1
0021xx05		OB	Additional Change Data	1
	SCHICK TECHNOLOGIES - Change List Creator ID
0021xx01		UI	Reference Image Instance UID	1
0021xx02		SQ	Sequence	1
	SCHICK TECHNOLOGIES - Image Security Creator ID
0029xx01		UL	Image Checksum	1
	SCHICK TECHNOLOGIES - Note Item Creator ID
0021xx01		ST	Text	1
0021xx02		DT	Date	1
0021xx03		PN	User Name	1
0021xx04		US	Coordinates (X, Y)	2
	SCHICK TECHNOLOGIES - Note List Creator ID
0021xx01		UI	Reference Image Instance UID	1
0021xx02		SQ	Item	1
	SCHICK TECHNOLOGIES - Viewset Creator ID
0009xx01		UI	Instance UID	1
0009xx02		LO	Name	1
0009xx03		SQ	Sequence	1
0009xx04		UL	Mode	1
0009xx05		UL	Type	1
	SCHICK TECHNOLOGIES - Viewset Item Creator ID
0009xx01		UI	Image Instance UID	1
0009xx02		US	Number	1
0009xx03		US	Order	1
0009xx04		US	Type	1
0009xx05		US	Orientation	1
0009xx06		US	Rect (Left, Top, Width, Height)	4
0009xx07		US	Caption Height	1
0009xx08		US	Source	1
0009xx09		US	Default Width	1
0009xx0A		US	Default Height	1
	SECTRA_Ident_01
0009xx01		LO	Request number	1
0009xx02		LO	Examination number	1
0009xx04		LO	Series ID	1
0009xx05		LO	Series Order	1
0009xx06		LO	File Name	1
0009xx07		LO	Image Data ID	1
	SECTRA_ImageInfo_01
0029xx01		OB	Image info	1
0029xx02		CS	Marking	1
0029xx03		LO	No Decompression	1
0029xx04		OB	Image Info new	1
	SECTRA_OverlayInfo_01
6001xx01		LO	Sectra Overlay	1
	SEGAMI MIML
0031xx98		OW	?Binary XML with PHI?	1
	SEGAMI__MEMO
0035xx97		SH	Unknown	1
0035xx98		LT	Unknown	1
	SET WINDOW
0019xx00		UN	Set Window Image Filter	1
0019xx01		UN	Set Window Magnification Power	1
	SHS MagicView 300
0029xx01		FD	Zoom Factor	1-n
0029xx02		FD	Pan Factor X	1
0029xx03		FD	Pan Factor Y	1
0029xx04		LO	NmPalette	1
	SIEMENS CM VA0  ACQU
0019xx10		LO	Parameter File Name	1
0019xx11		LO	Sequence File Name	1
0019xx12		LO	Sequence File Owner	1
0019xx13		LO	Sequence Description	1
0019xx14		LO	EPI File Name	1
0019xx20		LO	Mode File Name	1
0019xx30		LO	Convolution Kernel Comment 1	1
0019xx31		LO	Convolution Kernel Comment 2	1
0019xx32		LO	Convolution Kernel Comment 3	1
0019xx33		LO	Convolution Kernel Comment 4	1
0019xx34		LO	Convolution Kernel Comment 5	1
0019xx35		LO	Convolution Kernel Comment 6	1
0019xx36		LO	Convolution Kernel Comment 7	1
0019xx37		LO	Convolution Kernel Comment 8	1
0019xx38		LO	Convolution Kernel Comment 9	1
0019xx39		LO	Convolution Kernel Comment 10	1
0019xx3A		LO	Reading Code RZ1 Comment 1	1
0019xx3B		LO	Reading Code RZ1 Comment 2	1
0019xx3C		LO	Reading Code RZ2 Comment 1	1
	SIEMENS CM VA0  CMS
0009xx00		IS	Number of Measurements	1
0009xx10		CS	Storage Mode	1
0009xx12		UL	Evaluation Mask Image	1
0009xx26		DA	Table Zero Date	1
0009xx27		TM	Table Zero Time	1
0011xx0A		LO	Unknown	1
0011xx10		DA	Registration Date	1
0011xx11		TM	Registration Time	1
0011xx22		LO	Unknown	1
0011xx23		DS	Used Patient Weight	1
0011xx40		IS	Organ Code	1
0013xx00		PN	Modifying Physician	1
0013xx10		DA	Modification Date	1
0013xx12		TM	Modification Time	1
0013xx20		PN	Patient Name	1
0013xx22		LO	Patient Id	1
0013xx30		DA	Patient Birthdate	1
0013xx31		DS	Patient Weight	1
0013xx32		PN	Patient Maiden Name	1
0013xx33		PN	Referring Physician	1
0013xx34		LO	Admitting Diagnosis	1
0013xx35		CS	Patient Sex	1
0013xx40		LO	Procedure Description	1
0013xx42		CS	Rest Direction	1
0013xx44		CS	Patient Position	1
0013xx46		SH	View Direction	1
0013xx50		LO	Unknown	1
0013xx51		LO	Unknown	1
0013xx52		LO	Unknown	1
0013xx53		LO	Unknown	1
0013xx54		LO	Unknown	1
0013xx55		LO	Unknown	1
0013xx56		LO	Unknown	1
0019xx10		IS	Net Frequency	1
0019xx20		CS	Measurement Mode	1
0019xx30		CS	Calculation Mode	1
0019xx50		IS	Noise Level	1
0019xx60		IS	Number of Data Bytes	1
0019xx70		DS	Unknown	1-n
0019xx80		LO	Unknown	1
0021xx20		DS	Field of View	1-n
0021xx22		DS	Image Magnification Factor	1
0021xx24		DS	Image Scroll Offset	1-n
0021xx26		IS	Image Pixel Offset	1
0021xx30		CS	View Direction	1
0021xx32		CS	Rest Direction	1
0021xx60		DS	Image Position	1-n
0021xx61		DS	Image Normal	1-n
0021xx63		DS	Image Distance	1
0021xx65		US	Image Positioning History Mask	1
0021xx6A		DS	Image Row	1-n
0021xx6B		DS	Image Column	1-n
0021xx70		CS	Patient Orientation Set 1	1-n
0021xx71		CS	Patient Orientation Set 2	1-n
0021xx80		LO	Study Name	1
0021xx82		SH	Study Type	1
0029xx10		CS	Window Style	1
0029xx11		CS	Window Look	1
0029xx12		UL	Window Table Index	1
0029xx13		CS	Window Scale	1
0029xx20		CS	Pixel Quality Code	1-n
0029xx22		IS	Pixel Quality Value	1-n
0029xx50		CS	Archive Code	1
0029xx51		CS	Exposure Code	1
0029xx52		IS	Sort Code	1
0029xx53		CS	Remote Copy Code	1
0029xx60		IS	Splash	1
0051xx10		LO	Image Text	1-n
6021xx00		CS	Image Graphics Format Code	1
6021xx10		OB	Image Graphics	1
7FE1xx00		OB	Binary Data	1-n
	SIEMENS CM VA0  COAD
0019xx3D		LO	Reading Code RZ2 Comment 2	1
	SIEMENS CM VA0  LAB
0009xx10		LO	Generator Identification Label	1
0009xx11		LO	Gantry Identification Label	1
0009xx12		LO	XRay Tube Identification Label	1
0009xx13		LO	Detector Identification Label	1
0009xx14		LO	DAS Identification Label	1
0009xx15		LO	SMI Identification Label	1
0009xx16		LO	CPU Identification Label	1
0009xx20		SH	Header Version	1
	SIEMENS CM VA0  OST
6023xx00		LO	Osteo Contour Comment	1
6023xx10		SS	Osteo Contour Buffer	1-n
	SIEMENS CSA ENVELOPE
0029xx10		OB	syngo Report Data	1
0029xx11		OB	syngo Report Presentation	1
	SIEMENS CSA HEADER
0029xx08		CS	CSA Image Header Type	1
0029xx09		LO	CSA Image Header Version	1
0029xx10		OB	CSA Image Header Info	1
0029xx18		CS	CSA Series Header Type	1
0029xx19		LO	CSA Series Header Version	1
0029xx20		OB	CSA Series Header Info	1
	SIEMENS CSA NON-IMAGE
0029xx08		CS	CSA Data Type	1
0029xx09		LO	CSA Data Version	1
0029xx10		OB	CSA Data Info	1
7FE1xx10		OB	CSA Data	1
	SIEMENS CSA REPORT
0029xx08		CS	syngo Report Type	1
0029xx09		LO	syngo Report	1
0029xx15		US	SR Variant	1
0029xx17		UI	SC SOP Instance UID	1
	SIEMENS CT VA0  COAD
0019xx10		IS	Distance Source to SourceSide Collimator	1
0019xx11		IS	Distance Source to DetectorSide Collimator	1
0019xx20		IS	Number of Possible Channels	1
0019xx21		IS	Mean Channel Number	1
0019xx22		DS	Detector Spacing	1
0019xx23		DS	Detector Center	1
0019xx24		DS	Reading Integration Time	1
0019xx50		DS	Detector Alignment	1
0019xx52		DS	Table Feed	1
0019xx54		DS	Rotation Time	1
0019xx60		DS	Focus Alignment	1
0019xx65		UL	Focal Spot Deflection Amplitude	1
0019xx66		UL	Focal Spot Deflection Phase	1
0019xx67		UL	Focal Spot Deflection Offset	1
0019xx70		DS	Water Scaling Factor	1
0019xx71		DS	Interpolation Factor	1
0019xx80		CS	Patient Region	1
0019xx82		CS	Patient Phase of Life	1
0019xx90		DS	Osteo Offset	1
0019xx92		DS	Osteo Regression Line Slope	1
0019xx93		DS	Osteo Regression Line Intercept	1
0019xx94		IS	Osteo Standardization Code	1
0019xx96		IS	Osteo Phantom Number	1
0019xxA0		DS	Spiral Location Begin	1
0019xxA1		DS	Spiral Location End	1
0019xxA2		CS	Spiral z Profile	1
0019xxA3		CS	Spiral Reconstruction Direction	1
0019xxA4		DS	Spiral Reconstruction Increment	1
0019xxA5		DS	Scan Tilt Plane Distance	1
0019xxA6		UL	Mode Processing Step Mask	1-n
0019xxA7		UL	Mode Processing Control Mask	1
0019xxA8		UL	Mode Master Mask	1-n
0019xxA9		IS	Mode Store Step	1
0019xxAA		CS	Focus Size Type	1
0019xxAB		IS	Mode Adaptive Filter Kind	1
0019xxAC		IS	Mode MBH Kind	1
0019xxAD		IS	Mode Balancing Kind	1
0019xxAE		IS	Number of Readings per Rotation	1
0019xxAF		DS	Correction Table Reference Time	1
0019xxB0		DS	Feed per Rotation	1
0019xxB1		UN	Unknown	1
0019xxBD		IS	Pulmo Trigger Level	1
0019xxBE		DS	Expiratoric Reserve	1
0019xxBF		DS	Vital Capacity	1
0019xxC0		DS	Pulmo Water	1
0019xxC1		DS	Pulmo Air	1
0019xxC2		DA	Pulmo Date	1
0019xxC3		TM	Pulmo Time	1
0019xxC4		UL	Unknown	1
0019xxC5		IS	Unknown	1
	SIEMENS CT VA0  GEN
0019xx10		DS	Source Side Collimator Aperture	1
0019xx11		DS	Detector Side Collimator Aperture	1
0019xx20		IS	Exposure Time current	1
0019xx21		IS	Exposure current	1
0019xx25		DS	Generator Power current	1
0019xx26		DS	Generator Voltage current	1
0019xx40		UL	Master Control Mask	1
0019xx42		US	Processing Mask	1-n
0019xx44		UL	IRS Data Number	1-n
0019xx45		UL	IRS Data Length	1-n
0019xx62		IS	Number of Virtual Channels	1
0019xx70		IS	Number of Reading	1
0019xx71		CS	Reading Code	1
0019xx74		IS	Number of Projections	1
0019xx75		IS	Number of Bytes	1
0019xx80		IS	Reconstruction Algorithm Set	1-n
0019xx81		IS	Reconstruction Algorithm Index	1
0019xx82		LO	Regeneration Software Version	1
0019xx84		IS	Multiscan Reconstruction Increment	1
0019xx85		IS	Multiscan Reconstruction Width	1
0019xx88		IS	Range Number	1
0021xx10		IS	Rotation Angle	1
0021xx11		IS	Start Angle	1
0021xx20		IS	Scan	1
0021xx30		IS	Tube Position	1
0021xx32		DS	Length of Topogram	1
0021xx34		DS	Correction Factor	1
0021xx36		DS	Maximum Table Position	1
0021xx40		IS	Table Move Direction Code	1
0021xx45		IS	VOI Start Row	1
0021xx46		IS	VOI Stop Row	1
0021xx47		IS	VOI Start Column	1
0021xx48		IS	VOI Stop Column	1
0021xx49		IS	VOI Start Slice	1
0021xx4A		IS	VOI Stop Slice	1
0021xx50		IS	Vector Start Row	1
0021xx51		IS	Vector Row Step	1
0021xx52		IS	Vector Start Column	1
0021xx53		IS	Vector Column Step	1
0021xx60		IS	Range Type Code	1
0021xx62		IS	Reference Type Code	1
0021xx70		DS	Object Orientation	1-n
0021xx72		DS	Light Orientation	1-n
0021xx75		DS	Light Brightness	1
0021xx76		DS	Light Contrast	1
0021xx7A		IS	Overlay Threshold	1-n
0021xx7B		IS	Surface Threshold	1-n
0021xx7C		IS	Grey Scale Threshold	1-n
0021xxA0		IS	Field of Interest	1-n
0021xxA1		CS	Image Filter Label	1
0021xxA2		CS	Exemplary Element 1	1
0021xxA3		IS	Exemplary Element 2	1-n
0021xxA4		LO	Exemplary Element 3	1
0021xxA5		IS	Reference Data Set 1	1
0021xxA6		IS	Reference Data Set 2	1
0021xxA7		LO	Window Program Name	1
	SIEMENS CT VA0  IDE
0009xx10		LO	SOMATOM Software Name	1
0009xx30		CS	Data Set Subtype 1	1
0009xx31		SH	Data Set Subtype 2	1
0009xx32		SH	Data Set Subtype 3	1
0009xx33		SH	Data Set Subtype 4	1
0009xx34		SH	Data Set Subtype 5	1
0009xx40		LO	Directory Text	1
0009xx42		LO	Exposure Time Text	1
0009xx50		DA	Scan Date	1
0009xx51		TM	Scan Time	1
	SIEMENS CT VA0  ORI
0009xx20		LO	Original Data Set Owner	1
0009xx30		SH	Original Modality	1
	SIEMENS CT VA0  ORMR
0021xx80		DS	Repetition Time	1
0021xx81		DS	Echo Time	1
0021xx82		DS	Inversion Time	1
0021xx83		IS	Number of Averages	1
0021xx84		DS	Imaging Frequency	1
0021xx85		LO	Imaged Nucleus	1
0021xx86		IS	Echo Number	1
0021xx90		DS	Flip Angle	1
	SIEMENS CT VA0  OST
6021xx00		LO	Osteo Contour Comment	1
6021xx10		US	Osteo Contour Buffer	256
	SIEMENS CT VA0  RAW
0021xx10		UL	Creation Mask service	1-n
0021xx20		UL	Evaluation Mask service	1-n
0021xx30		US	Extended Processing Mask	1-n
0021xx40		UL	Manipulation Mask	1-n
0021xx41		UL	Composition Mask	1-n
0021xx42		UL	Alteration Mask	1-n
0021xx43		UL	Generation Mask	1-n
0021xx44		UL	Function Mask	1-n
0021xx50		CS	Mode Mirroring Code	1
	SIEMENS DFR.01
0021xx10		US	Graphic Evaluation Mask	1
0021xx11		US	Type 1st Graphic Element	1
0021xx12		LO	Description 1st Graphic Element	1
0021xx13		US	Type 2nd Graphic Element	1
0021xx14		LO	Description 2nd Graphic Element	1
0021xx15		US	Type 3rd Graphic Element	1
0021xx16		LO	Description 3rd Graphic Element	1
0021xx17		US	Type 4th Graphic Element	1
0021xx18		LO	Description 4th Graphic Element	1
0021xx19		US	Type 5th Graphic Element	1
0021xx20		LO	Description 5th Graphic Element	1
0021xx21		US	Type 6th Graphic Element	1
0021xx22		LO	Description 6th Graphic Element	1
0021xx23		US	Type 7th Graphic Element	1
0021xx24		LO	Description 7th Graphic Element	1
0021xx25		US	Type 8th Graphic Element	1
0021xx26		LO	Description 8th Graphic Element	1
0021xx27		US	Type 9th Graphic Element	1
0021xx28		LO	Description 9th Graphic Element	1
0021xx29		US	Type 10th Graphic Element	1
0021xx30		LO	Description 10th Graphic Element	1
	SIEMENS DFR.01 MANIPULATED
0017xx11		US	Window Width Native Current	1
0017xx12		US	Window Center Native	1
0017xx14		US	Window Width Subtraction Current	1
0017xx15		US	Window Center Subtraction Current	1
0017xx25		DS	Edge Enhancement Native Current	1
0017xx27		DS	Edge Enhancement Subtraction Current	1
0017xx29		IS	Edge Enhancement %	1
0017xx30		IS	Harmonization %	1
0017xx31		US	DSA Representation Current	1
0017xx32		US	Number of Mask Current	1
0017xx33		US	RightLeft Mark Current	1
0017xx35		US	Number of Series Representative	1
0017xx37		US	Rectangle Shutter Horizontal Current	1
0017xx38		US	Rectangle Shutter Vertical Aktuell	1
0017xx71		LO	Landmark Current	1
0017xx72		US	Zoom Factor	1
0017xx73		US	Roam Horizontal	1
0017xx74		US	Roam Vertical	1
0017xx77		IS	Pixel Shift Horizontal	1
0017xx78		IS	Pixel Shift Vertical	1
0017xx79		US	Image Flip	1
0017xx7A		US	Invers Current	1
0017xx80		US	Unknown	1
0017xx83		SH	Documentation Flag	1
0017xx84		LO	Right Marker	1
0017xx91		US	Summation Count Filling	1
0017xx92		US	Summation Count Mask	1
0017xx93		US	PeakOp Start	1
0017xx94		US	PeakOp End	1
0017xxA0		IS	Cine Rate	1
0017xxA1		LO	Image Name	1
0017xxA2		LO	Image Name Extension 1	1
0017xxA3		LO	Image Name Extension 2	1
	SIEMENS DFR.01 ORIGINAL
0017xx10		CS	Image Type	1
0017xx11		US	Window Width Native Original	1
0017xx12		US	Window Center Native	1
0017xx14		US	Window Width Subtraction Original	1
0017xx15		US	Window Center Subtraction Original	1
0017xx16		US	LUT Number for Autowindow	1
0017xx18		US	Unknown	1
0017xx21		US	Edge Enhancement Kernelsize Original	1
0017xx22		US	Edge Enhancement Mode Original	1
0017xx23		US	Edge Enhancement LUTs Original	1-n
0017xx24		US	Filter Type Native Original	1
0017xx25		DS	Edge Enhancement Native Original	1
0017xx26		US	Filter Type Subtraction Original	1
0017xx27		DS	Edge Enhancement Subtraction Original	1
0017xx2A		US	Unknown	1
0017xx30		IS	Unknown	1
0017xx31		US	DSA Representation Original	1
0017xx32		US	Number of Maske Original	1
0017xx33		US	RightLeft Mark Original	1
0017xx34		DS	Slice Position	1
0017xx37		US	Rectangle Shutter Horizontal Original	1
0017xx38		US	Rectangle Vertical Original	1
0017xx41		DS	Dose	1
0017xx42		DS	Dose Area Product	1
0017xx43		US	Focus	1
0017xx44		US	SDM	1
0017xx45		DS	Image Intensifer Format	1
0017xx46		DS	Density Correction	1
0017xx47		LO	Exposure Curves	1
0017xx48		IS	Unknown	1
0017xx49		LO	Organ Program Name	1
0017xx4A		IS	Count of Images in Series	1
0017xx51		US	Image Intensifier Zoom	1
0017xx52		UL	ROSA Receiver ErrCount	1
0017xx61		US	Table Position Peri	1
0017xx62		US	Series Numbers of Petri	1-n
0017xx71		LO	Landmark Original	1
0017xx72		US	Unknown	1
0017xx73		US	Unknown	1
0017xx74		US	Unknown	1
0017xx79		US	Unknown	1
0017xx7A		US	Invers Original	1
0017xx7B		IS	Unknown	1
0017xxA0		IS	Unknown	1
0017xxB1		CS	L2 Image	1
0017xxB2		IS	L2 Acquisition Monitor	1
0017xxC1		LO	Folder UID	1
0017xxC2		LO	Series UID	1
0017xxC3		LO	Subseries UID	1
	SIEMENS DFR.01 SERVICE
0021xx10		US	1 Plot	1
0021xx11		US	Width 1 Plot	1
0021xx12		US	2 Plot	1
0021xx13		US	Width 2 Plot	1
0021xx20		US	xCoordinate Region of Interest	1-5
0021xx21		US	yCoordinate Region of Interest	1-5
0021xx22		US	Width Region of Interest	1-5
0021xx23		US	Height Region of Interest	1-5
	SIEMENS DICOM
0009xx10		UN	Unknown	1
0009xx12		LO	Unknown	1
	SIEMENS DLR.01
0019xx10		LO	Measurement Mode	1
0019xx11		LO	Image Type	1
0019xx15		LO	Software Version	1
0019xx20		LO	MPM Code	1
0019xx21		LO	Latitude	1
0019xx22		LO	Sensitivity	1
0019xx23		LO	EDR	1
0019xx24		LO	l fix	1
0019xx25		LO	s fix	1
0019xx26		LO	Preset Mode	1
0019xx27		LO	Region	1
0019xx28		LO	Subregion	1
0019xx30		LO	Orientation	1
0019xx31		LO	Mark on Film	1
0019xx32		LO	Rotation on DRC	1
0019xx40		LO	Reader Type	1
0019xx41		LO	Sub Modality	1
0019xx42		LO	Reader Serial Number	1
0019xx50		LO	Cassette Scale	1
0019xx51		LO	Cassette Matrix	1
0019xx52		LO	Cassette Submatrix	1
0019xx53		LO	Barcode	1
0019xx60		LO	GT Contrast Type	1
0019xx61		LO	GA Rotation Amount	1
0019xx62		LO	GC Rotation Center	1
0019xx63		LO	GS Density Shift	1
0019xx64		US	RN Frequency Rank	1
0019xx65		LO	RE Frequency Enhancement	1
0019xx66		LO	RT Frequency Type	1
0019xx67		LO	Kernel Length	1
0019xx68		UL	Kernel Mode	1
0019xx69		UL	Convulsion Mode	1
0019xx70		LO	PLA Source	1
0019xx71		LO	PLA Destination	1
0019xx75		LO	UID Original Image	1
0019xx76		LO	Filterset	1
0019xx80		LO	Reader Header	1
0019xx90		LO	PLA of Secondary Destination	1
0019xxA0		DS	Unknown	1
0019xxA1		DS	Unknown	1
0041xx10		US	Number of Hardcopies	1
0041xx20		CS	Film Format	1
0041xx30		LO	Film Size	1
0041xx31		LO	Full Film Format	1
	SIEMENS ISI
0003xx08		US	ISI Command Field	1
0003xx11		US	Attach ID Application Code	1
0003xx12		UL	Attach ID Message Count	1
0003xx13		DA	Attach ID Date	1
0003xx14		TM	Attach ID Time	1
0003xx20		US	Message Type	1
0003xx30		DA	Max Waiting Date	1
0003xx31		TM	Max Waiting Time	1
0009xx01		UN	RIS Patient Info IMGEF	1
0009xx14		SQ	RIS Patient Info IMGEF	1
0011xx03		LO	Patient UID	1
0011xx04		LO	Patient ID	1
0011xx0A		LO	Case ID	1
0011xx22		LO	Request ID	1
0011xx23		LO	Examination UID	1
0011xx41		LO	Medical Alerts	1
0011xx42		LO	Contrast Allergy	1
0011xxA1		DA	Patient Registration Date	1
0011xxA2		TM	Patient Registration Time	1
0011xxB0		LO	Patient Last Name	1
0011xxB2		LO	Patient First Name	1
0011xxB4		CS	Patient Hospital Status	1
0011xxBC		LO	Current Location Time	1
0011xxC0		CS	Patient Insurance Status	1
0011xxD0		LO	Patient Billing Type	1
0011xxD2		LO	Patient Billing Address	1
0031xx12		LO	Examination Reason	1
0031xx30		DA	Requested Date	1
0031xx32		TM	Worklist Request Start Time	1
0031xx33		TM	Worklist Request End Time	1
0031xx4A		TM	Requested Time	1
0031xx80		LO	Requested Location	1
0055xx46		PN	Current Ward	1
0193xx02		LO	RIS Key	1
0307xx01		SQ	RIS Worklist IMGEF	1
0309xx01		SQ	RIS Report IMGEF	1
4009xx01		LO	Report ID	1
4009xx20		CS	Report Status	1
4009xx30		DA	Report Creation Date	1
4009xx70		PN	Report Approving Physician	1
4009xxE0		LO	Report Text	1
4009xxE1		LO	Report Author	1
4009xxE2		PN	Report Transcriber	1
4009xxE3		PN	Reporting Radiologist	1
	SIEMENS MED
0009xx10		LO	Recognition Code	1
0009xx30		US	Byte Offset of Original Header	1
0009xx31		US	Length of Original Header	1
0009xx40		US	Byte Offset of Pixel Matrix	1
0009xx41		UL	Length of Pixel Matrix	1
0009xx50		LO	Unknown	1
0009xx51		LO	Unknown	1
0009xx80		ST		1
0009xxF5		LO	PDM EFID Placeholder	1
0009xxF6		LO	PDM Data Object Type Extension	1
0011xx10		ST		1
0017xx00		ST		1
0017xx20		ST		1
0017xx60		LO		1
0017xx80		ST		1
0019xx01		SS		1
0019xx02		SS		1
0019xx03		SS		1
0019xx04		ST		1
0019xx05		ST		1
0019xx06		SL		1
0019xx07		SL		1
0019xx08		SS		1
0019xx09		SS		1
0019xx0A		ST		1
0019xx0B		ST		1
0019xx0C		SS		1
0019xx0D		ST		1
0019xx0E		ST		1
0019xx0F		SL		1
0019xx11		ST		1
0019xx12		ST		1
0019xx13		SS		1
0019xx14		SS		1
0019xx15		SS		1
0019xx16		SS		1
0019xx17		SS		1
0019xx18		SS		1
0019xx19		SS		1
0019xx1A		SS		1
0019xx1B		SS		1
0019xx1C		SS		1
0019xx1D		SS		1
0019xx20		SL		1
0019xx21		SL		1
0019xx22		SL		1
0019xx23		SS		1
0019xx24		SL		1
0019xx25		SL		1
0019xx26		SL		1
0019xx27		SL		1
0019xx30		SL		1
0019xx31		SL		1
0019xx32		SL		1
0019xx41		SS		1
0019xx42		SS		1
0019xx43		SS		1
0019xx44		SS		1
0019xx45		SL		1
0019xx47		SL		1
0019xx48		ST		1
0019xx49		SL		1
0019xx4A		SS		1
0019xx4B		SS		1
0019xx4C		SL		1
0019xx4E		SS		1
0019xx4F		SS		1
0019xx50		SS		1
0019xx51		SS		1
0019xx52		SS		1
0019xx53		SS		1
0019xx54		ST		1
0019xx55		SS		1
0019xx56		SS		1
0019xx57		SS		1
0019xx58		SS		1
0019xx59		SS		1
0019xx5A		ST		1
0019xx5B		SS		1
0019xx5C		SS		1
0019xx5D		SS		1
0019xx5E		SS		1
0019xx5F		SS		1
0019xx60		SS		1
0019xx61		SS		1
0019xx62		SS		1
0019xx63		SS		1
0019xx64		SS		1
0019xx65		SS		1
0019xx66		SS		1
0019xx67		SS		1
0019xx68		SL		1
0019xx69		SS		1
0019xx6A		SS		1
0019xx6B		SL		1
0019xx6C		SL		1
0019xx6D		SS		1
0019xx6E		SS		1
0019xx6F		SS		1
0019xx70		ST		1
0019xx71		ST		1
0019xx72		SL		1
0019xx73		SL		1
0019xx74		SS		1
0019xx75		SS		1
0019xx76		SS		1
0019xx77		SS		1
0019xx78		SS		1
0019xx7F		SS		1
0019xx80		SS		1
0019xx81		SS		1
0019xx82		SL		1
0019xx83		SS		1
0019xx84		SS		1
0019xx85		SS		1
0019xx86		SS		1
0019xx87		SS		1
0019xx88		SL		1
0019xx89		SS		1
0019xx8A		SL		1
0019xx8D		SL		1
0019xx8E		SL		1
0019xx91		SL		1
0019xx92		SL		1
0019xx93		SL		1
0019xx94		SS		1
0019xx95		SS		1
0019xx96		SL		1
0019xx97		SS		1
0019xxA0		SS		1
0019xxA1		SS		1
0019xxA2		SL		1
0019xxA3		SL		1
0019xxA4		SL		1
0019xxC0		SL		1
0019xxC1		SS		1
0019xxC2		SS		1
0019xxF0		SL		1
001Fxx00		LO		1
001Fxx02		LO		1
001Fxx50		LO		1
001Fxx70		LO		1
0021xx10		DS	Zoom	1
0021xx11		DS	Target	1-n
0021xx12		IS	Tube Angle During Topogram	1
0021xx20		US	ROI Mask	1
0031xx01		ST		1
0031xx03		SL		1
0031xx04		ST		1
0031xx05		SS		1
0031xx06		SL		1
0031xx07		SS		1
0031xx08		ST		1
0031xx09		SS		1
0031xx0A		SS		1
0031xx0B		SS		1
0031xx0C		SS		1
0031xx0D		SS		1
0031xx0E		SS		1
0031xx0F		SL		1
0031xx10		SL		1
0031xx11		SS		1
0041xx12		SL		1
0041xx13		SL		1
0041xx21		ST		1
0041xx30		ST		1
0041xx32		ST		1
0041xx34		ST		1
0041xx36		ST		1
0041xx40		ST		1
0041xx50		SS		1
0041xx52		SS		1
0041xx60		ST		1
0041xx70		SL		1
0041xx71		SL		1
0051xx10		SS		1
0051xx11		SS		1
0051xx12		SS		1
0051xx13		SS		1
0051xx14		SS		1
0051xx15		SL		1
0051xx18		SL		1
0053xx01		SS		1
0053xx02		SS		1
0053xx03		SS		1
0053xx10		SS		1
0053xx11		SL		1
0053xx12		SS		1
0053xx13		SL		1
0053xx14		SS		1
0053xx15		SL		1
0053xx16		SS		1
0053xx17		SS		1
0053xx18		SL		1
0053xx19		SS		1
0053xx1A		SS		1
0053xx1B		SL		1
0053xx1C		SS		1
0053xx1D		SL		1
0053xx30		SS		1
0053xx31		SS		1
0053xx32		SS		1
0053xx33		SL		1
0053xx40		SS		1
0053xx41		SL		1
0053xx42		SS		1
0053xx43		SL		1
0053xx44		SS		1
0055xx01		SS		1
0055xx02		SS		1
0055xx03		SL		1
0055xx20		SS		1
0055xx21		ST		1
0055xx22		SS		1
0055xx23		ST		1
0055xx24		SS		1
0055xx25		ST		1
0055xx29		SL		1
0055xx2A		SL		1
0055xx30		SS		1
0055xx31		ST		1
0055xx32		SS		1
0055xx33		ST		1
0055xx34		SS		1
0055xx35		ST		1
0055xx38		SL		1
0055xx39		SL		1
0055xx3A		SL		1
0055xx40		SS		1
0055xx48		SL		1
0055xx50		SS		1
0055xx51		SS		1
0055xx52		SS		1
0055xx53		ST		1
0055xx54		SL		1
0055xx55		SL		1
0055xx56		SS		1
0055xx57		SS		1
0055xx58		SL		1
0055xx59		ST		1
0055xx5A		SL		1
0055xx5B		SS		1
0055xx5C		ST		1
0055xx5D		SS		1
0055xx5E		SS		1
0055xx5F		SL		1
0055xx60		SS		1
0055xx61		SS		1
0055xx64		SS		1
0055xx65		SS		1
0055xx66		SS		1
0055xx67		SS		1
0055xx68		SS		1
0055xx69		SS		1
0055xx6A		SS		1
0055xx6B		SS		1
0055xx6C		SS		1
0055xx6D		SS		1
0055xx70		SL		1
0055xx71		SL		1
0055xx72		SL		1
0055xx73		SL		1
0055xx74		SL		1
0055xx75		SL		1
0055xx76		SL		1
0055xx77		SL		1
0055xx78		SL		1
0055xx80		SS		1
0055xx81		SS		1
0055xx82		SS		1
0055xx83		SS		1
0055xx84		SS		1
0055xx85		SS		1
0055xx86		SL		1
0055xx87		SL		1
0055xx88		SL		1
0055xx89		ST		1
0055xx8A		SS		1
0055xx8B		SL		1
0055xx8C		SS		1
0055xx8D		SL		1
0055xx8E		SL		1
0055xx8F		SL		1
0055xx90		SL		1
0055xx91		SS		1
0055xx92		ST		1
0055xx93		SL		1
0055xx94		SL		1
0055xx95		SL		1
0055xx96		SL		1
0055xx97		SL		1
0055xx98		SS		1
0055xx99		SS		1
0055xx9A		SS		1
0055xx9B		SS		1
0055xx9C		SS		1
0055xx9D		SL		1
0055xx9E		SL		1
0055xx9F		SL		1
0055xxA0		SL		1
0055xxA1		SL		1
0055xxA2		SL		1
0055xxA3		SL		1
0055xxA4		SS		1
0055xxA5		SL		1
0055xxA6		SL		1
0055xxA7		SS		1
0055xxA8		SS		1
0055xxA9		SS		1
0055xxB0		SS		1
0055xxB1		SS		1
0057xx10		SS		1
0057xx20		SL		1
5001xx01		SS		1
5001xx02		SL		1
5001xx03		SL		1
5001xx04		SL		1
5001xx05		SL		1
5001xx06		SL		1
5001xx07		ST		1
5001xx08		ST		1
5001xx09		ST		1
5001xx0A		ST		1
5001xx0B		SL		1
7001xx10		SS		1
7003xx10		SL		1
7005xx10		SS		1
7FE1xx10		SS		1
7FE3xx14		SL		1
7FE3xx15		SL		1
7FE3xx16		SL		1
7FE3xx17		SL		1
7FE3xx18		SL		1
7FE3xx19		ST		1
7FE3xx1A		SL		1
7FE3xx1B		SS		1
7FE3xx1C		SS		1
7FE3xx1E		SL		1
7FE3xx1F		SL		1
7FE3xx20		SL		1
7FE3xx21		SL		1
7FE3xx22		SL		1
7FE3xx23		SL		1
7FE3xx24		ST		1
7FE3xx25		SS		1
	SIEMENS MED DISPLAY
0029xx04		CS	Photometric Interpretation	1
0029xx10		US	Rows	1
0029xx11		US	Columns	1
0029xx20		US	Unknown	1
0029xx21		US	Unknown	1
0029xx50		US	Origin	2
0029xx80		US	Unknown	1
0029xx99		LO	Shutter Type	1
0029xxA0		US	Rows of Rectangular Shutter	1
0029xxA1		US	Columns of Rectangular Shutter	1
0029xxA2		US	Origin of Rectangular Shutter	1
0029xxB0		US	Radius of Circular Shutter	1
0029xxB2		US	Origin of Circular Shutter	1
0029xxC1		US	Contour of Irregular Shutter	1
	SIEMENS MED DISPLAY 0000
0029xx99		LO	Unknown	1
0029xxC1		US	Unknown	1-n
	SIEMENS MED ECAT FILE INFO
0021xx00		OB	ECAT_Main_Header	1
0021xx01		OB	ECAT_Image_Subheader	1
	SIEMENS MED HG
0029xx10		US	List of Group Numbers	1
0029xx15		LO	List of Shadow Owner Codes	1
0029xx20		US	List of Element Numbers	1
0029xx30		US	List of Total Display Length	1
0029xx40		LO	List of Display Prefix	1-n
0029xx50		LO	List of Display Postfix	1-n
0029xx60		US	List of Text Position	1
0029xx70		LO	List of Text Concatenation	1
	SIEMENS MED MAMMO
0029xx5A		CS	Unknown	1
	SIEMENS MED MG
0029xx10		US	List of Group Numbers	1
0029xx15		LO	List of Shadow Owner Codes	1
0029xx20		US	List of Element Numbers	1
0029xx30		US	List of Total Display Length	1
0029xx40		LO	List of Display Prefix	1-n
0029xx50		LO	List of Display Postfix	1-n
0029xx60		US	List of Text Position	1
0029xx70		LO	List of Text Concatenation	1
	SIEMENS MED NM
0009xx80		LO	Main Acquisition View	1
0011xx10		CS	Organ System	1
0017xx00		ST	Unknown 0017 0000	1
0017xx20		CS	Scanning Sequence	1
0017xx60		DS	KVP	1
0017xx70		ST	Unknown	1
0017xx80		ST	Unknown 0017 0080	1-n
0019xx01		SS	Number of detectors	1
0019xx02		SS	Number of scalers	1
0019xx03		SS	Scaler Index	1
0019xx04		DS	Radionuclide Units	1
0019xx05		DS	Radiopharmaceutical	1
0019xx06		FL	Display Magnification	1
0019xx07		SL	Scaler Counts	1
0019xx08		SS	Processed Flag 0 Raw 1 Process	1
0019xx09		SS	MicroDELTA Parameter Blocks	1
0019xx0A		LO	MicroDELTA File Extension	1
0019xx0B		LO	MicroDELTA Write ID	1
0019xx0C		SS	MicroDELTA Write Version	1
0019xx0D		CS	MicroDELTA Mode	1
0019xx0E		LO	MicroDELTA ESFR	1
0019xx0F		SL	Siemens ICON Data Type	1
0019xx10		OW	MicroDELTA Expansion Blocks	1
0019xx11		CS	MicroDELTA Version	1
0019xx12		LO	MicroDELTA Trend	1
0019xx13		SS	MicroDELTA Number of Overlays	1
0019xx14		SS	MicroDELTA Overlay Block	1
0019xx15		SS	MicroDELTA Color Table Extra	1
0019xx16		SS	Number of Views	1
0019xx17		SS	MicroDELTA Thyroid Markers	1
0019xx18		SS	MicroDELTA Color Table Used	1
0019xx19		SS	Save Screen Flag 1 SaveScreen	1
0019xx1A		SS	MicroDELTA Overlay Map	1
0019xx1B		SS	SGI Converted LookUp Table	1
0019xx1C		SS	MicroDELTA Mystery1	1
0019xx1D		SS	MicroDELTA Mystery2	1
0019xx20		FL	Time of Lasix Administration	1
0019xx21		FL	Lasix Dose mg	1
0019xx22		FL	Bladder Esidual Volume cc	1
0019xx23		SS	Bladder Image Extension	1
0019xx24		FL	Serum Creatinine mg/dl	1
0019xx25		FL	TER	1
0019xx26		FL	TER Lower Limit	1
0019xx27		FL	Body Surface Area m2	1
0019xx30		FL	CTQ Normal Margin	1
0019xx31		FL	CTQ Abnormal Sagittal Margin	1
0019xx32		FL	CTQ Abnormal Oblique Margin	1
0019xx41		SS	Accepted Beats	1
0019xx42		SS	Rejected Beats	1
0019xx43		SS	Percent of R-R Interval Framed	1
0019xx44		SS	Beats Rejected Post PVC	1
0019xx45		FL	Trigger Source	1
0019xx47		FL	Beat Rejection Parameter	1
0019xx48		SH	Rejection Scheme	1
0019xx49		FL	PVC Threshold msec	1
0019xx4A		SS	Framing Mode 1 Forward 2 F/B	1
0019xx4B		SS	Autobeat Window 0 No 1 Yes	1
0019xx4C		FL	MicroDELTA Acquisition Time per Window msec	1
0019xx4E		SS	CTQ Unknown Entry Count	1
0019xx4F		SS	CTQ Matrix Size	1
0019xx50		SS	CTQ has been used	1
0019xx51		SS	CTQ Male Entry Count	1
0019xx52		SS	CTQ Female Entry Count	1
0019xx53		SS	CTQ Stress/Rest Time Delay	1
0019xx54		CS	CTQ Time Delay Units	1
0019xx55		SS	CTQ Min Oblique Stack Count	1
0019xx56		SS	CTQ Max Oblique Stack Count	1
0019xx57		SS	CTQ Min Sagittal Stack Count	1
0019xx58		SS	CTQ Max Sagittal Stack Count	1
0019xx59		SS	CTQ Min Radius Percent	1
0019xx5A		UL	CTQ Find Max or Average Flag	1
0019xx5B		SS	CTQ Basal Slice Index Offset	1
0019xx5C		SS	CTQ Starting Line Index	1
0019xx5D		SS	CTQ Line Counts	1
0019xx5E		SS	CTQ Radii Counts	1
0019xx5F		SS	CTQ Radial Angle Increment	1
0019xx60		SS	Whole Body Processed Flag 0:Raw 1:Img1-Img2 2:Im	1
0019xx61		SS	Whole Body View	1
0019xx62		SS	WB Display Field Length in cm	1
0019xx63		SS	WB Scan Length in cm	1
0019xx64		SS	WB Scan Speed cm/min	1
0019xx65		SS	WB Scan Speed Mode 0 Manual 1 Auto	1
0019xx66		SS	WB Scan Start 0 Head 1 Feet	1
0019xx67		SS	WB Scan Direction 0 Lt to Rt 1 Rt to Lt	1
0019xx68		FL	WB Aperature Width in cm	1
0019xx69		SS	WB Number of Passes	1
0019xx6A		SS	WB Scan Time msec	1
0019xx6B		FL	WB Anterior kCounts View 1	1
0019xx6C		FL	WB Anterior kCounts View 2	1
0019xx6D		FL	WB Count Density	1
0019xx6E		SS	WB Reference View Flag 1 Ref	1
0019xx6F		FL	WB Coun Density Speed cm/min	1
0019xx70		CS	WB Scan Type	1
0019xx71		LO	WB IRIS Corr. File Name	1
0019xx72		FL	WB Posterior kCounts View 1	1
0019xx73		FL	WB Posterior kCounts View 2	1
0019xx74		SS	WB Ant View Status No Img 1 Complete 2 Aborted	1
0019xx75		SS	WB Post View Status No Img 1 Complete 2 Aborted	1
0019xx76		SS	WB Post Scan Time msec	1
0019xx77		SS	WB Ant Pixel Overflow 1 Yes	1
0019xx78		SS	WB Post Pixel Overflow 1 Yes	1
0019xx7F		SS	Segment Type 0 Segments 2 Time/Segment	1
0019xx80		SS	Number of Segments	1
0019xx81		SS	PVC Rejection Flag 1 Reject	1
0019xx82		SL	Total Counts Framed	1
0019xx83		SS	Total Beats Framed	1
0019xx84		SS	Present Time of Day	1
0019xx85		SS	Framed Counts	1
0019xx86		SS	Time per Segment msec	1
0019xx87		LT	BBA Miscellaneous Info	1
0019xx88		SL	Tolerance %	1
0019xx89		SS	SWG	1
0019xx8A		SL	R-R Interval msec	1
0019xx8D		SL	Total Counts in Acquisition	1
0019xx8E		SL	Rejection Type	1
0019xx91		FL	Phase Total Counts	1
0019xx92		SL	Phase Pause msec	1
0019xx93		SL	Phase Start msec	1
0019xx94		SS	Window Center Method 0 Avg 1 Peak	1
0019xx95		SS	Number of Beats to Average	1
0019xx96		FL	Histogram Bin Interval msec	1
0019xx97		SS	Counts in Peak Bin	1
0019xxA0		SS	VPDs Detected	1
0019xxA1		SS	Number of Phases	1
0019xxA2		SL	Requested Frame Duration msec	1
0019xxA3		SL	Frames per Phase	1
0019xxA4		SL	Frame Pause msec	1
0019xxA5		SS	Number of repeats per phase	1-n
0019xxA6		SS	Cycles per repeat	1-n
0019xxA7		SL	Repeat start time	1-n
0019xxA8		SL	Repeat stop time	1-n
0019xxA9		SL	Effective repeat time	1-n
0019xxAA		SS	Acquired cycles per repeat	1-n
0019xxC0		FL	Head Tilt degrees	1
0019xxC1		SS	Uniformity Correction Flag	1
0019xxC2		SS	Overflow Flag	1
0019xxC3		ST	Unknown	1
0019xxF0		FL	Pixel Dimensions	1
001Fxx50		DS	Location RET	1
0021xx00		OB	ECAT File Menu Header	1
0021xx01		OB	ECAT File Subheader	1
0021xx10		ST	Unknown	1
0031xx01		LO	Camera Name	1
0031xx02		SS	Unknown Element 0031 02	1
0031xx03		FL	External Zoom	1
0031xx04		FL	CCD Energy Level	1
0031xx05		SS	CCD Window Width	1
0031xx06		FL	CCD Window Offset	1
0031xx07		SS	CCD Peaking Mode	1
0031xx08		LO	CCD Autopeak Function	1
0031xx09		SS	CCD Count Rate Mode	1
0031xx0A		SS	Analog Output Device	1
0031xx0B		SS	Communication Type	1
0031xx0C		SS	Control Unit 1 ICON 2 DOT 3 ScintiView	1
0031xx0D		SS	WAM Mode	1
0031xx0E		SS	Event Control Mode	1
0031xx0F		FL	Zoom X Offset 0.1 mm	1
0031xx10		FL	Zoom Y Offset 0.1 mm	1
0031xx11		SS	Gantry Zero Position	1
0031xx12		SS	Unknown	1
0031xx13		ST	Unknown	1
0031xx14		ST	Unknown	1
0031xx15		SL	Unknown	1-n
0031xx16		SL	Unknown	1-n
0031xx17		SS	Unknown	1-n
0031xx20		ST	Unknown	1
0031xx21		SS	Unknown	1
0033xx00		FL	Flood correction Matrix Det 1 up to SR 2.0	1-n
0033xx01		FL	Flood correction Matrix Det 2 up to SR 2.0	1-n
0033xx10		FL	COR Data for Detector 1	1-n
0033xx11		FL	COR Data for Detector 2	1-n
0033xx14		FL	MHR ( Y-Shift) data for detector 1	1
0033xx15		FL	MHR ( Y-Shift) data for detector 2	1
0033xx18		FL	NCO Data for detector 1	1-n
0033xx19		FL	NCO Data for detector 2	1-n
0033xx20		FL	Bed correction angle	1
0033xx21		FL	Gantry correction angle	1
0033xx22		SS	Bed U/D correction data	1-n
0033xx23		SS	Unknown	1-n
0033xx24		FL	Backprojection angle head 1	1
0033xx25		FL	Backprojection angle head 2	1
0033xx28		SL	Number of point sources used for NCO and MHR	1
0033xx29		FL	Crystal thickness	1
0033xx30		LO	Preset name used for acquisition	1
0033xx31		FL	Camera config angle	1
0033xx32		LO	Crystal type Startburst or not	1
0033xx33		SL	Gantry step for COIN acquisitions	1
0033xx34		FL	Bed step for wholebody or Coin acquisitions	1
0033xx35		FL	Weight factor table for coincidence acquisitions	1
0033xx36		FL	Transaxial acceptance width for coincidence	1
0033xx37		SL	Starburst flags	1
0033xx38		FL	Pixel scale factor	1
0035xx00		LO	Specialized tomo type	1
0035xx01		LO	Energy window type	1
0035xx02		SS	Start and end row illuminated by wind position	1
0035xx03		LO	Blank scan image for profile	1
0035xx04		SS	Repeat number of the original dynamic SPECT	1
0035xx05		SS	Phase number of the original dynamic SPECT	1
0037xx00		OW	Flood correction matrix Detector 1	1
0037xx80		OW	Flood correction matrix Detector 2	1
0039xx00		LT	Toshiba CBF activity results	1
0041xx01		SL	Unknown	1
0041xx02		SL	Unknown	1
0041xx05		FD	Unknown	1-n
0041xx06		FD	Unknown	1-n
0041xx07		FD	Unknown	1-n
0041xx08		FD	Unknown	1-n
0041xx11		FL	Unknown	1-n
0041xx21		LO	Text Relating to Data Object	1
0041xx30		DA	Folder Creation Date	1
0041xx32		TM	Folder Creation Time	1
0041xx34		DA	Folder Modification Date	1
0041xx36		TM	Folder Modification Time	1
0041xx40		LO	Folder Owner Name	1
0041xx50		SS	Folder Status	1
0041xx70		SL	Number of Images in Folder	1
0041xx71		SL	Number of Non-Image Objects	1
0043xx01		FL	Unknown	1-n
0043xx03		FL	Unknown	1-n
0043xx04		FL	Unknown	1-n
0051xx10		SS	Number of Windows	1
0051xx11		SS	Average Heart Rate BPM	1
0051xx12		SS	Accepted Beats in Window	1
0051xx13		SS	Average R-R Interval msec	1
0051xx14		SS	Window Width %	1
0051xx15		SL	Hottest Pixel in Window	1
0051xx18		SL	Total Counts in Window	1
0053xx01		SS	Terminate on Pixel Overflow Flag 1 Terminate	1
0053xx02		SS	Terminate on List Buffer Overflow Flag	1
0053xx03		SS	First Frame by Counts	1
0053xx10		SS	Elapsed Time Start Condition 0 None 1 Any 2 All	1
0053xx11		SL	Elapsed Time Start msec	1
0053xx12		SS	Count Rate Start Condition 0 None 1 Any 2 All	1
0053xx13		SL	Count Rate Start	1
0053xx14		SS	Start Heart Beat Count Condition 0 None 1 Any 2	1
0053xx15		SL	Start Heart Beat Count	1
0053xx16		SS	Start Heart Rate Threshold Condition	1
0053xx17		SS	Start Heart Rate Increasing Flag	1
0053xx18		SL	Start Heart Rate	1
0053xx19		SL	Manual Stop Flag 0 No 1 Yes	1
0053xx1A		SS	Elapsed Time Stop Condition 0 None 1 Any 2 All	1
0053xx1B		SL	Elapsed Time Stop	1
0053xx1C		SS	Stop Heart Beat Count Condition 0 None 1 Any 2 A	1
0053xx1D		SL	Stop Heart Beat Count	1
0053xx30		SS	Info Density Stop Condition	1
0053xx31		SS	Info Density Stop Scaler	1
0053xx32		SS	Info Density Stop Region	1
0053xx33		SL	Info Density Stop Count	1
0053xx40		SS	Stop Condition Status 0 None 1 Any 2 All	1
0053xx41		SL	Stop Count	1
0053xx42		SS	Stop Count Condition Status 0 None 1 Any 2 All	1
0053xx43		SL	Stop Time	1
0053xx44		SS	Stop Time Condition Status 0 None 1 Any 2 All	1
0055xx02		SS	Unknown 55-02	1
0055xx04		SS	Prompt window width	1
0055xx05		SS	Random window width	1
0055xx20		SS	Flood Corr. Flag 1 Corr	1
0055xx21		DS	Flood Acquisition Date	1
0055xx30		SS	COR Corr. Flag 1 Corr	1
0055xx31		DA	COR Acquisition Date	1
0055xx38		OW	COR Data	1
0055xx40		SS	Noncircular Orbit Flag 1 NCO	1
0055xx48		FL	NCO Values	1
0055xx4C		SL	Unknown	1
0055xx4D		SL	Unknown	1
0055xx50		SS	Prone Flag 0 Supine 1 Prone	1
0055xx51		SS	Orbit 0 Circular 1 Elliptical	1
0055xx52		SS	Total Rotation in Degrees	1
0055xx53		CS	Zero Location (T=Top B=Bottom)	1
0055xx54		FL	Angular Step	1
0055xx55		FL	Start Angle	1
0055xx56		SS	Decay Corr. Flag 1 Corr	1
0055xx57		SS	Scatter Corr. Flag 1 Corr	1
0055xx58		FL	Radial Map Info in 0.1 mm Inc.	1
0055xx59		CS	Direction H HeadIn F FeetIn	1
0055xx5A		FL	Table Traverse cm	1
0055xx5B		SS	Multiplexor Flag 1 Multiplexed	1
0055xx5C		DS	Pixel Acquisition Date	1
0055xx5D		SS	Angle Type 1 360o 2 128 Steps	1
0055xx5E		SL	Orbit Definition	1
0055xx5F		FL	Arm Length in cm	1
0055xx60		SS	Auto Window Beats	1
0055xx61		SS	Non-gated File Extension	1
0055xx64		SS	TIC Error Values	1
0055xx65		SS	X1	1
0055xx66		SS	Y1	1
0055xx67		SS	X2	1
0055xx68		SS	Y2	1
0055xx69		SS	X3	1
0055xx6A		SS	Y3	1
0055xx6B		SS	X4	1
0055xx6C		SS	Y4	1
0055xx6D		SS	Pixel Size Flag 1 Valid Size	1
0055xx70		FL	X Focal Length	1
0055xx71		FL	Y Focal Length	1
0055xx72		FL	X Gains	1
0055xx73		FL	Y Gains	1
0055xx74		FL	X Offset	1
0055xx75		FL	Y Offset	1
0055xx76		FL	X Principal Ray	1
0055xx77		FL	Y Principal Ray	1
0055xx78		FL	Total Flood Counts	1
0055xx7E		FL	Collimator thickness	1-n
0055xx7F		FL	Collimator angular resolution	1-n
0055xx80		SS	File Altered Flag 1 Altered	1
0055xx81		SS	Raw Data Extension	1
0055xx82		SS	Sagittal Extension	1
0055xx83		SS	Coronal Extension	1
0055xx84		SS	Transverse Extension	1
0055xx85		SS	Volume Rendered Extension	1
0055xx86		SL	Plane of Transverse Bottom Slice	1
0055xx87		SL	Plane of Transverse Top Slice	1
0055xx88		SL	Slice Step in Pixels	1
0055xx8A		SL	Y-Axis Smooth Slice Weights	1
0055xx8B		SL	Number of Transverse Slices	1
0055xx8C		SS	Attenuation Flag 1 Chang 2 Sorenson	1
0055xx8D		SS	Sagittal Right Limit	1
0055xx8E		SS	Sagittal Left Limit	1
0055xx8F		SS	Coronal Posterior Limit	1
0055xx90		SS	Coronal Anterior Limit	1
0055xx91		SS	Isotope Used in Reconstruction	1
0055xx93		FL	Filter Cutoff Frequency	1
0055xx94		FL	Filter Alpha Coefficient	1
0055xx95		FL	Filter Order	1
0055xx96		FL	Attenuation Coefficient	1
0055xx97		SS	Percent Ray	1
0055xx98		SS	Astigmatic Collimator 1 Neuro 2 Cardiac	1
0055xx99		SS	XP0	1
0055xx9A		SS	ZP0	1
0055xx9B		SS	XP1	1
0055xx9C		SS	ZP1	1
0055xx9D		FL	Rotation Matrix	1
0055xx9E		FL	X0	1
0055xx9F		FL	X1	1
0055xxA0		FL	Y0	1
0055xxA1		FL	Y1	1
0055xxA2		FL	Z0	1
0055xxA3		FL	Z1	1
0055xxA4		SS	Transverse Scale	1
0055xxA5		FL	Pixel Size X Direction mm	1
0055xxA6		FL	Pixel Size Y Direction mm	1
0055xxA7		SS	Regions File Extension	1
0055xxA8		SS	Gated SPECT Bins Reconstructed	1
0055xxA9		SS	Vertical Oblique Image	1
0055xxB0		SS	Oblique Region First Slice	1
0055xxB1		SS	Oblique Region Last Slice	1
0055xxC0		SS	Unknown	1-n
0055xxC2		SS	Unknown	1
0055xxC3		SS	Unknown	1
0055xxC4		SS	Unknown	1
0055xxD0		SS	Unknown	1
0057xx01		LO	e.soft DICOM original image type	1
0057xx02		FL	Dose calibration factor	1
0057xx03		LO	Units	1
0057xx04		LO	Decay correction	1
0057xx05		SL	Radio nuclide half life	1-n
0057xx06		FL	Rescale intercept	1
0057xx07		FL	Rescale Slope	1
0057xx08		FL	Frame reference time	1
0057xx09		SL	Number of Radiopharmaceutical information seq	1
0057xx0A		FL	Decay factor	1
0057xx0B		LO	Counts source	1
0057xx0C		SL	Radio Nuclide positron fraction	1-n
0057xx10		SS	Low Count	1
0057xx20		SS	Vertical Oblique Image	1
5001xx02		SL	Number of Points	1
5001xx03		FL	Minimal Value on X-Axis	1
5001xx04		FL	Maximal Value on X-Axis	1
5001xx05		FL	Minimal Value on Y-Axis	1
5001xx06		FL	Maximal Value on Y-Axis	1
5001xx07		LO	Curve Name	1
5001xx08		LO	Curve Function Label	1
5001xx09		SH	X Axis Label	1
5001xx0A		SH	Y Axis Label	1
5001xx0B		OW	Curve Data	1
7FE1xx10		OW	Compressed Pixel Data	1
7FE3xx00		UL	Length of Group 0x7FE3	1
7FE3xx14		SL	Lowest Pixel Value in THIS Frame	1
7FE3xx15		SL	Highest Pixel Value in THIS Frame	1
7FE3xx16		SL	Total Counts in THIS Frame	1
7FE3xx17		SL	Duration of THIS Frame msec	1
7FE3xx18		FL	Frame Angle	1
7FE3xx19		LO	Frame Name	1
7FE3xx1A		FL	View Number	1
7FE3xx1B		SS	Pixel Overflow Flag 1 Pixel Overflow	1
7FE3xx1C		SS	Buffer Overflow Flag 1 Buffer Overflow	1
7FE3xx1E		SL	Start Time of THIS Frame From Start of Study	1
7FE3xx1F		SL	ROI Maximum Pixel Value	1
7FE3xx20		SL	ROI Average Pixel Value	1
7FE3xx21		SL	ROI Total Counts	1
7FE3xx22		SL	ROI Total Pixels	1
7FE3xx23		SL	ROI Center Coordinates	1
7FE3xx24		LO	ROI Name	1
7FE3xx25		SS	ROI Data	1
7FE3xx26		OW	Unknown	1
7FE3xx27		OW	Unknown	1
7FE3xx28		OW	Unknown	1
7FE3xx29		OW	Unknown	1
	SIEMENS MED OCS ACKNOWLEDGE FLAG
0039xx81		IS	Acknowledge Flag	1
	SIEMENS MED OCS AE TITLE
0039xx79		CS	AE Title	1
	SIEMENS MED OCS CALIBRATION DATE
0039xx81		CS	Calibration Date	1
	SIEMENS MED OCS CBT ARC INCREMENT
0039xx84		IS	Arc Increment	1-n
	SIEMENS MED OCS CBT ENDING GANTRY ANGLE
0039xx83		DS	Ending Projection Angle	1-n
	SIEMENS MED OCS CBT MISSING PROJECTION FRAMES
0039xx91		IS	Missing Projection Frames	1-n
	SIEMENS MED OCS CBT PATIENT_ORIENTATION
0039xx93		CS	Patient Orientation	1
	SIEMENS MED OCS CBT PROJECTION GANTRY POSITIONS
0039xx86		DS	Gantry Positions	1-n
	SIEMENS MED OCS CBT RECON FILTER TYPE
0039xx90		IS	Reconstruction Filter Type	1
	SIEMENS MED OCS CBT RECON NUM OF SLICES
0039xx89		IS	Number of Reconstruction Slices	1
	SIEMENS MED OCS CBT RECON SLICE HEIGHT
0039xx88		IS	Reconstruction Slice Height	1
	SIEMENS MED OCS CBT RECON SLICE WIDTH
0039xx87		IS	Reconstruction Slice Width	1
	SIEMENS MED OCS CBT ROTATION DIRECTION
0039xx85		CS	Gantry Rotation Direction	1-n
	SIEMENS MED OCS CBT STARTING GANTRY ANGLE
0039xx82		DS	Starting Projection Angle	1-n
	SIEMENS MED OCS CBT TOTAL_MU
0039xx96		DS	Total MU delivered during Cone Beam	1
	SIEMENS MED OCS COMMON EDGE
0039xx83		IS	Common Edge	1
	SIEMENS MED OCS FIELD ID
0039xx80		CS	Field ID	1
	SIEMENS MED OCS FIELD NAME
0039xx79		CS	Field Name	1
	SIEMENS MED OCS FP Alignment Calibration Date / Time
0039xx95		DT	Flat Panel Alignment last calibration Date and Time	1
	SIEMENS MED OCS I0 MU SCALE FACTOR
0039xx97		IS	I0-MU Scale Factor	1
	SIEMENS MED OCS ICC MATRIX
0039xx82		DS	Image Center in Image Coordinates	2
	SIEMENS MED OCS NUMBER OF FRAMES
0039xx76		IS	Number of Frames	1
	SIEMENS MED OCS NUMBER OF SUB FRAMES
0039xx77		IS	Number of Sub-Frames	1
	SIEMENS MED OCS PI ALIGNMENT IMAGE
0039xx94		IS	Alignment Offset Valid Flag	1
	SIEMENS MED OCS PI VALID PIXEL MAP
0039xx92		IS	Valid Pixel Map Flag	1
	SIEMENS MED OCS REFERENCE IMAGE
0039xx76		UI	Reference Image	1
	SIEMENS MED OCS REFERENCE LOCKED
0039xx88		IS	Locked Flag	1
	SIEMENS MED OCS SC IMG PIX SPC
0039xx87		DS	Non-RT Image Pixel Spacing	2
	SIEMENS MED OCS SC IMG SAD
0039xx86		DS	Non-RT Image SAD	1
	SIEMENS MED OCS SC IMG SID
0039xx85		DS	Non-RT Image SID	1
	SIEMENS MED OCS SCALED IMG PIX SPC
0039xx84		DS	Scaled Image Pixel Spacing	2
	SIEMENS MED OCS SITE NAME
0039xx78		CS	Site Name	1
	SIEMENS MED OCS TABLE LATERAL POSITION
0039xx98		DS	Lateral Table Position	1
	SIEMENS MED OCS TABLE LONGITUDINAL POSITION
0039xx99		DS	Longitudinal Table Position	1
	SIEMENS MED OCS TABLE OFFSET
0039xx78		DS	Offset	3
	SIEMENS MED OCS TABLE VERTICAL POSITION
0039xx75		DS	vertical Table Position	1
	SIEMENS MED OCS TRANS MATRIX
0039xx80		DS	Transformation Matrix	5
	SIEMENS MED SMS USG ANTARES
0019xx00		SH	Private Creator Version	1
0019xx03		UN	Frame Rate	1
0019xx0C		US	Burned in Graphics	1
0019xx0D		UN	SieClear Index	1
0019xx20		UN	B-Mode Submode	1
0019xx21		UN	B-Mode Dynamic Range	1
0019xx22		UN	B-Mode Overall Gain	1
0019xx23		UN	B-Mode Res/Speed Index	1
0019xx24		UN	B-Mode Edge Enhance Index	1
0019xx25		UN	B-Mode Persistence Index	1
0019xx26		UN	B-Mode Map Index	1
0019xx27		US	???	1
0019xx28		US	???	1
0019xx29		US	???	1
0019xx2A		US	B-Mode Tint Type	1
0019xx2D		UN	B-Mode Tint Index	1
0019xx2E		UN	ClarifyVE Index	1
0019xx31		US	Unknown	1
0019xx3A		UN	Image Flag	1
0019xx3B		LT	Unknown	1
0019xx40		UN	Color Flow state	1
0019xx41		UN	Color Flow Wall Filter Index	1
0019xx42		UN	Color Flow Submode	1
0019xx43		UN	Color Flow Overall Gain	1
0019xx44		UN	Color Flow Res/Speed Index	1
0019xx46		UN	Color Flow Smooth Index	1
0019xx47		UN	Color Flow Persistence Index	1
0019xx48		UN	Color Flow Map Index	1
0019xx49		UN	Color Flow Priority Index	1
0019xx54		UN	Color Flow Maximum Velocity	1
0019xx60		UN	Doppler Dynamic Range	1
0019xx61		UN	Doppler Overall Gain	1
0019xx62		UN	Doppler Wall Filter	1
0019xx63		UN	Doppler Gate Size	1
0019xx65		UN	Doppler Map Index	1
0019xx66		UN	Doppler Submode	1
0019xx67		US	Unknown	1
0019xx69		UN	Doppler Time/Freq Res Index	1
0019xx6A		US	Doppler Trace Inverted	1
0019xx6C		US	Doppler Tint Type	1
0019xx72		UN	Doppler Tint Index	1
0019xx80		UN	M-Mode Dynamic Range	1
0019xx81		UN	M-Mode Overall Gain	1
0019xx82		UN	M-Mode Edge Enhance Index	1
0019xx83		UN	M-Mode Map Index	1
0019xx86		UN	M-Mode Tint Type	1
0019xx87		UN	M-Mode Submode	1
0019xx88		UN	M-Mode Tint Index	1
0019xxA0		LT	Unknown	1
	SIEMENS MED SMS USG ANTARES 3D VOLUME
0039xx00		UN	Release Version	1
0039xx03		UN	VolumeAcquisitionDuration	1
0039xx04		UN	VolumeRawDataType	1
0039xx05		UN	ScanType	1
0039xx06		UN	ZlateralMin	1
0039xx07		UN	ZlateralSpan	1
0039xx08		UN	ZRadiusOfCurvature	1
0039xx09		UN	WobbleCorrection	1
0039xx10		UN	ScaleAlongWidth	1
0039xx11		UN	ScaleAlongHeight	1
0039xx12		UN	ScaleAlongDepth	1
0039xx13		UN	BufferSize	1
0039xx14		UN	AcquisitionRate	1
0039xx15		UN	DepthMinCm	1
0039xx16		UN	IsLeftRightFlippedEn	1
0039xx17		UN	IsUpDownFlippedEn	1
0039xx18		UN	IsVolumeGeomAccurate	1
0039xx19		UN	BByteMaskOffset	1
0039xx20		UN	BByteMaskSize	1
0039xx21		UN	DepthMaxCm	1
0039xx22		UN	AcqPlaneRotationDeg	1
0039xx23		UN	BeamAxialSpan	1
0039xx24		UN	BeamLateralMin	1
0039xx25		UN	BeamLateralSpan	1
0039xx26		UN	BeamAxialMin	1
0039xx27		UN	NumDisplaySamples	1
0039xx28		UN	DVolumeWidth	1
0039xx29		UN	DVolumeDepth	1
0039xx30		UN	DVolumeHeight	1
0039xx31		UN	DVolumePosX	1
0039xx32		UN	DVolumePosY	1
0039xx33		UN	DVolumePosZ	1
0039xx34		UN	DBeamAxialMin	1
0039xx35		UN	DBeamAxialSpan	1
0039xx36		UN	DBeamLateralMin	1
0039xx37		UN	DBeamLateralSpan	1
0039xx38		UN	NumOfVolumesInSequence	1
0039xx39		UN	DByteMaskOffset	1
0039xx40		UN	DByteMaskSize	1
0039xx50		UN	PrivateCreatorVersionOfBookmark	1
0039xx51		UN	BCutPlaneEnable	1
0039xx52		UN	BMprColorMapIndex	1
0039xx53		UN	BMprDynamicRangeDb	1
0039xx54		UN	BMprGrayMapIndex	1
0039xx55		UN	BVolumeRenderMode	1
0039xx56		UN	BVrBrightness	1
0039xx57		UN	BVrContrast	1
0039xx58		UN	BVrColorMapIndex	1
0039xx59		UN	BVrDynamicRangeDb	1
0039xx5A		UN	BVrGrayMapIndex	1
0039xx5B		UN	BVrOpacity	1
0039xx5C		UN	BVrThresholdHigh	1
0039xx5D		UN	BVrThresholdLow	1
0039xx5E		UN	BPreProcessFilterMix	1
0039xx5F		UN	CCutPlaneEnable	1
0039xx60		UN	CFrontClipMode	1
0039xx61		UN	CMprColorMapIndex	1
0039xx62		UN	CMprColorFlowPriorityIndex	1
0039xx63		UN	CVolumeRenderMode	1
0039xx64		UN	CVrColorMapIndex	1
0039xx65		UN	CVrColorFlowPriorityIndex	1
0039xx66		UN	CVrOpacity	1
0039xx67		UN	CVrThresholdHigh	1
0039xx68		UN	CVrThresholdLow	1
0039xx69		UN	VoiMode	1
0039xx6A		UN	VoiRotationOffsetDeg	1
0039xx6B		UN	VoiSizeRatioX	1
0039xx6C		UN	VoiSizeRatioY	1
0039xx6D		UN	VoiSizeRatioZ	1
0039xx6E		UN	VoiSyncPlane	1
0039xx6F		UN	VoiViewMode	1
0039xx70		UN	VrOrientationA	1
0039xx71		UN	MprOrientationA	1
0039xx72		UN	VrOffsetVector	1
0039xx73		UN	BlendingRatio	1
0039xx74		UN	FusionBlendMode	1
0039xx75		UN	QualityFactor	1
0039xx76		UN	RendererType	1
0039xx77		UN	SliceMode	1
0039xx78		UN	ActiveQuad	1
0039xx79		UN	ScreenMode	1
0039xx7A		UN	CutPlaneSide	1
0039xx7B		UN	WireframeMode	1
0039xx7C		UN	CrossmarkMode	1
0039xx7D		UN	MprDisplayType	1
0039xx7E		UN	VolumeDisplayType	1
0039xx7F		UN	LastReset	1
0039xx80		UN	LastNonFullScreenMode	1
0039xx81		UN	MprToolIndex	1
0039xx82		UN	VoiToolIndex	1
0039xx83		UN	ToolLoopMode	1
0039xx84		UN	VolumeArbMode	1
0039xx85		UN	MprZoomEn	1
0039xx86		UN	IsVolumeZoomEn	1
0039xx87		UN	ZoomLevelMpr	1
0039xx88		UN	ZoomLevelVolume	1
0039xx89		UN	IsAutoRotateEn	1
0039xx8A		UN	AutoRotateAxis	1
0039xx8B		UN	AutoRotateRangeIndex	1
0039xx8C		UN	AutoRotateSpeedIndex	1
0039xx8D		UN	CVrBrightness	1
0039xx8E		UN	CFlowStateIndex	1
0039xx8F		UN	BSubmodeIndex	1
0039xx90		UN	CSubmodeIndex	1
0039xx91		UN	DICOMAttrNameCutPlane	1
0039xx92		UN	BookmarkChunkId	1
0039xx93		UN	SequenceMinChunkId	1
0039xx94		UN	SequenceMaxChunkId	1
0039xx95		UN	VolumeRateHz	1
0039xx9A		UN	VoiPositionOffsetX	1
0039xx9B		UN	VoiPositionOffsetY	1
0039xx9C		UN	VoiPositionOffsetZ	1
0039xx9D		UN	VrToolIndex	1
0039xx9E		UN	ShadingPercent	1
0039xx9F		UN	VolumeType	1
0039xxA0		UN	DICOMAttrNameVrQuadDisplayType	1
0039xxA1		UN	DICOMAttrNameMprCenterLocation	1
0039xxE0		UN	DICOMAttrNameSliceRangeType	1
0039xxE1		UN	DICOMAttrNameSliceMPRPlane	1
0039xxE2		UN	DICOMAttrNameSliceLayout	1
0039xxE3		UN	DICOMAttrNameSliceSpacing	1
0039xxE4		UN	DICOMAttrNameThinVrMode	1
0039xxE5		UN	DICOMAttrNameThinVrThickness	1
0039xxE6		UN	DICOMAttrNameVoiPivotX	1
0039xxE7		UN	DICOMAttrNameVoiPivotY	1
0039xxE8		UN	DICOMAttrNameVoiPivotZ	1
0039xxE9		UN	DICOMAttrNameCTopVoiQuad	1
	SIEMENS MED SMS USG S2000
0019xx00		UN	Private Creator Version	1
0019xx03		FD	Frame Rate	1
0019xx0C		US	Burned in Graphics	1
0019xx0D		SH	SieClear Index	1
0019xx20		SH	B-Mode Submode	1
0019xx21		FD	B-Mode Dynamic Range	1
0019xx22		FD	B-Mode Overall Gain	1
0019xx23		US	B-Mode Res/Speed Index	1
0019xx24		US	B-Mode Edge Enhance Index	1
0019xx25		US	B-Mode Persistence Index	1
0019xx26		US	B-Mode Map Index	1
0019xx27		US	??	1
0019xx28		US	??	1
0019xx29		US	??	1
0019xx2A		US	B-Mode Tint Type	1
0019xx2D		US	B-Mode Tint Index	1
0019xx2E		SH	ClarifyVE Index	1
0019xx3A		UN	Image Flag	1
0019xx3B		LT	IPDA/MDA Data	1
0019xx3C		UT	Thumbnail Data	1
0019xx40		UN	Color Flow state	1
0019xx41		UN	Color Flow Wall Filter Index	1
0019xx42		UN	Color Flow Submode	1
0019xx43		UN	Color Flow Overall Gain	1
0019xx44		UN	Color Flow Res/Speed Index	1
0019xx46		UN	Color Flow Smooth Index	1
0019xx47		UN	Color Flow Persistence Index	1
0019xx48		UN	Color Flow Map Index	1
0019xx49		UN	Color Flow Priority Index	1
0019xx54		UN	Color Flow Maximum Velocity	1
0019xx60		UN	Doppler Dynamic Range	1
0019xx61		UN	Doppler Overall Gain	1
0019xx62		UN	S2000 Private Doppler Wall Filter	1
0019xx63		UN	Attributes Doppler Gate Size	1
0019xx65		UN	Doppler Map Index	1
0019xx66		UN	Doppler Submode	1
0019xx69		UN	Doppler Time/Freq Res Index	1
0019xx6A		UN	Doppler Trace Inverted	1
0019xx6C		UN	Doppler Tint Type	1
0019xx72		UN	Doppler Tint Index	1
0019xx80		UN	M-Mode Dynamic Range	1
0019xx81		UN	M-Mode Overall Gain	1
0019xx82		UN	M-Mode Edge Enhance Index	1
0019xx83		UN	M-Mode Map Index	1
0019xx86		UN	M-Mode Tint Type	1
0019xx87		UN	M-Mode Submode	1
0019xx88		UN	M-Mode Tint Index	1
	SIEMENS MED SP DXMG WH AWS 1
0019xx01		UL	Unknown	1-n
0019xx02		US	Unknown	2
0041xx02		SH	Reason for the Requested Procedure	1
0055xx01		LO	Projection View Display String	1
	SIEMENS MEDCOM HEADER
0029xx08		CS	MedCom Header Type	1
0029xx09		LO	MedCom Header Version	1
0029xx10		OB	MedCom Header Info	1
0029xx20		OB	MedCom History Information	1
0029xx31		LO	PMTF Information 1	1
0029xx32		UL	PMTF Information 2	1
0029xx33		UL	PMTF Information 3	1
0029xx34		CS	PMTF Information 4	1
0029xx35		UL	PMTF Information 5	1
0029xx40		SQ	Application Header Sequence	1
0029xx41		CS	Application Header Type	1
0029xx42		LO	Application Header ID	1
0029xx43		LO	Application Header Version	1
0029xx44		OB	Application Header Info	1
0029xx50		LO	Workflow Control Flags	8
0029xx51		CS	Arch. Management Flag Keep Online	1
0029xx52		CS	Arch. Mgmnt Flag Do Not Archive	1
0029xx53		CS	Image Location Status	1
0029xx54		DS	Estimated Retrieve Time	1
0029xx55		DS	Data Size of Retrieved Images	1
0029xx70		SQ	Siemens Link Sequence	1
0029xx71		AT	Referenced Tag	1
0029xx72		CS	Referenced Tag Type	1
0029xx73		UL	Referenced Value Length	1
0029xx74		CS	Referenced Object Device Type	1
0029xx75		OB	Referenced Object Device Location	1
0029xx76		OB	Referenced Object ID	1
	SIEMENS MEDCOM HEADER2
0029xx60		LO	Series Workflow Status	1
	SIEMENS MEDCOM OOG
0029xx08		CS	MedCom OOG Type	1
0029xx09		LO	MedCom OOG Version	1
0029xx10		OB	MedCom OOG Info	1
	SIEMENS MR EXTRACTED CSA HEADER
00250001		SQ	Unknown	1
00250002		LO	Unknown	1
00250003		AT	Unknown	1
00250004		SS	Unknown	1
	SIEMENS MR FMRI
00210010		SQ	Unknown	1
00210011		LO	Unknown	1
00210012		SQ	Unknown	1
00210013		US	Unknown	1
00210014		SQ	Unknown	1
00210015		US	Unknown	1
00210016		LO	Unknown	1
00210017		US	Unknown	1
00210018		UL	Unknown	1
00210019		FL	Unknown	1
00210031		SQ	Unknown	1
00210040		SQ	Unknown	1
00210041		LO	Unknown	1
00210042		SQ	Unknown	1
00210043		LO	Unknown	1
00210044		US	Unknown	1
00210045		LO	Unknown	1-n
00210046		SQ	Unknown	1
00210047		UL	Unknown	1
00210048		LO	Unknown	1
00210049		FD	Unknown	1
0021004A		FD	Unknown	1-n
0021004B		FL	Unknown	1
	SIEMENS MR HEADER
0019xx08		CS	CSA Image Header Type	1
0019xx09		LO	CSA Image Header Version ??	1
0019xx0A		US	NumberOfImagesInMosaic	1
0019xx0B		DS	SliceMeasurementDuration	1
0019xx0C		IS	B_value	1
0019xx0D		CS	DiffusionDirectionality	1
0019xx0E		FD	DiffusionGradientDirection	3
0019xx0F		SH	GradientMode	1
0019xx11		SH	FlowCompensation	1
0019xx12		SL	TablePositionOrigin	3
0019xx13		SL	ImaAbsTablePosition	3
0019xx14		IS	ImaRelTablePosition	3
0019xx15		FD	SlicePosition_PCS	3
0019xx16		DS	TimeAfterStart	1
0019xx17		DS	SliceResolution	1
0019xx18		IS	RealDwellTime	1
0019xx23		IS	FMRIStimulInfo	1
0019xx25		FD	RBMoCoTrans	3
0019xx26		FD	RBMoCoRot	3
0019xx27		FD	B_matrix	6
0019xx28		FD	BandwidthPerPixelPhaseEncode	1
0019xx29		FD	MosaicRefAcqTimes	1
0051xx08		CS	CSA Image Header Type	1
0051xx09		LO	CSA Image Header Version ??	1
0051xx0A		SH	Unknown	1
0051xx0B		SH	AcquisitionMatrixText	1
0051xx0C		SH	Unknown	1
0051xx0D		SH	Unknown	1
0051xx0E		SH	Unknown	1
0051xx0F		LO	CoilString	1
0051xx11		LO	PATModeText	1
0051xx12		SH	Unknown	1
0051xx13		SH	PositivePCSDirections	1
0051xx15		SH	Unknown	1
0051xx16		LO	Unknown	1
0051xx17		SH	Unknown	1
0051xx18		SH	Unknown	1
0051xx19		LO	Unknown	1
	SIEMENS MR SDI 02
00210023		UN	Unknown	1
00210046		UN	Unknown	1
00210067		UN	Unknown	1
00210068		UN	Unknown	1
00210089		UN	Unknown	1
	SIEMENS MR SDS 01
0021003F		UN	Unknown	1
	SIEMENS MR VA0  COAD
0019xx12		DS	Magnetic Field Strength	1
0019xx14		DS	ADC Voltage	1
0019xx16		DS	ADC Offset	1-n
0019xx20		DS	Transmitter Amplitude	1
0019xx21		IS	Number of Transmitter Amplitudes	1
0019xx22		DS	Transmitter Attenuator	1
0019xx24		DS	Transmitter Calibration	1
0019xx26		DS	Transmitter Reference	1
0019xx50		DS	Receiver Total Gain	1
0019xx51		DS	Receiver Amplifier Gain	1
0019xx52		DS	Receiver Preamplifier Gain	1
0019xx54		DS	Receiver Cable Attenuation	1
0019xx55		DS	Receiver Reference Gain	1
0019xx56		IS	Receiver Filter Frequency	1
0019xx60		DS	Reconstruction Scale Factor	1
0019xx62		DS	Reference Scale Factor	1
0019xx70		DS	Phase Gradient Amplitude	1
0019xx71		DS	Readout Gradient Amplitude	1
0019xx72		DS	Selection Gradient Amplitude	1
0019xx80		DS	Gradient Delay Time	1-n
0019xx82		DS	Total Gradient Delay Time	1
0019xx90		LO	Sensitivity Correction Label	1
0019xx91		DS	Saturation Phase Encoding Vector Coronal Component	1-5
0019xx92		DS	Saturation Readout Vector Coronal Component	1-5
0019xxA0		IS	RF Watchdog Mask	1
0019xxA1		DS	EPI Reconstruction Slope	1
0019xxA2		DS	RF Power Error Indicator	1
0019xxA5		DS	Specific Absorption Rate SAR	1-n
0019xxA6		DS	Specific Energy Dose SED	1-n
0019xxB0		UL	Adjustment Status Mask	1
0019xxC1		DS	EPI Capacity	1-n
0019xxC2		DS	EPI Inductance	1-n
0019xxC3		IS	EPI Switch Configuration Code	1-n
0019xxC4		IS	EPI Switch Hardware Code	1-n
0019xxC5		DS	EPI Switch Delay Time	1-n
0019xxD1		DS	Flow Sensitivity	1
0019xxD2		CS	Calculation Submode	1
0019xxD3		DS	Field of View Ratio	1
0019xxD4		IS	Base Raw Matrix Size	1
0019xxD5		IS	2D Phase Oversampling Lines	1
0019xxD6		IS	3D Phase Oversampling Part	1
0019xxD7		IS	Echo Line Position	1
0019xxD8		IS	Echo Column Position	1
0019xxD9		IS	Lines per Segment	1
0019xxDA		CS	Phase Coding Direction	1
	SIEMENS MR VA0  GEN
0019xx10		DS	Total Measurement Time nominal	1
0019xx11		DS	Total Measurement Time current	1
0019xx12		DS	Start Delay Time	1
0019xx13		DS	Dwell Time	1
0019xx14		IS	Number of Phases	1
0019xx16		UL	Sequence Control Mask	1-n
0019xx18		UL	Measurement Status Mask	1
0019xx20		IS	Number of Fourier Lines nominal	1
0019xx21		IS	Number of Fourier Lines current	1
0019xx26		IS	Number of Fourier Lines after Zero	1
0019xx28		IS	First Measured Fourier Line	1
0019xx30		IS	Acquisition Columns	1
0019xx31		IS	Reconstruction Columns	1
0019xx40		IS	AC Element Number	1
0019xx41		UL	AC Element Select Mask	1
0019xx42		UL	AC Element Data Mask	1
0019xx43		IS	AC Element To ADC Connect	1-n
0019xx44		IS	AC Element Noise Level	1-n
0019xx45		IS	AC ADC Pair Number	1
0019xx46		UL	AC Combination Mask	1
0019xx50		IS	Number of Averages current	1
0019xx60		DS	Flip Angle	1
0019xx70		IS	Number of Prescans	1
0019xx81		CS	Filter Type for Raw Data	1
0019xx82		DS	Filter Parameter for Raw Data	1-4
0019xx83		CS	Filter Type for Image Data	1
0019xx84		DS	Filter Parameter for Image Data	1-4
0019xx85		CS	Filter Type for Phase Correction	1
0019xx86		DS	Filter Parameter for Phase Correction	1-4
0019xx87		CS	Normalization Filter Type for Image Data	1
0019xx88		DS	Normalization Filter Parameter for Image Data	1-4
0019xx90		IS	Number of Saturation Regions	1
0019xx91		DS	Saturation Phase Encoding Vector Sagittal Compo...	1-5
0019xx92		DS	Saturation Readout Vector Sagittal Component	1-5
0019xx93		IS	EPI Stimulation Monitor Mode	1
0019xx94		DS	Image Rotation Angle	1
0019xx96		UL	Coil ID Mask	1-n
0019xx97		UL	Coil Class Mask	1-n
0019xx98		DS	Coil Position	1-n
0019xxA0		DS	EPI Reconstruction Phase	1
0019xxA1		DS	EPI Reconstruction Slope	1
0021xx20		IS	Phase Corrections Rows sequence	1
0021xx21		IS	Phase Corrections Columns sequence	1
0021xx22		IS	Phase Corrections Rows reconstruction	1
0021xx24		IS	Phase Corrections Columns reconstruction	1
0021xx30		IS	Number of 3D Raw Partitions nominal	1
0021xx31		IS	Number of 3D Raw Partitions current	1
0021xx34		IS	Number of 3D Image Partitions	1
0021xx36		IS	Actual 3D Image Partition Number	1
0021xx39		DS	Slab Thickness	1
0021xx40		IS	Number of Slices nominal	1
0021xx41		IS	Number of Slices current	1
0021xx42		IS	Current Slice Number	1
0021xx43		IS	Current Group Number	1
0021xx44		DS	Current Slice Distance Factor	1
0021xx45		IS	MIP Start Row	1
0021xx46		IS	MIP Stop Row	1
0021xx47		IS	MIP Start Column	1
0021xx48		IS	MIP Stop Column	1
0021xx49		IS	MIP Start Slice	1
0021xx4A		IS	MIP Stop Slice	1
0021xx4F		CS	Order of Slices	1
0021xx50		UL	Signal Mask	1
0021xx52		IS	Delay after Trigger	1
0021xx53		IS	RRInterval	1
0021xx54		DS	Number of Trigger Pulses	1
0021xx56		DS	Repetition Time effective	1
0021xx57		CS	Gate Phase	1
0021xx58		DS	Gate Threshold	1
0021xx59		DS	Gated Ratio	1
0021xx60		IS	Number of Interpolated Images	1
0021xx70		IS	Number of Echoes	1
0021xx72		DS	Second Echo Time	1
0021xx73		DS	Second Repetition Time	1
0021xx80		IS	Cardiac Code	1
0021xx91		DS	Saturation Phase Encoding Vector Transversal Co...	1-n
0021xx92		DS	Saturation Readout Vector Transversal Component	1-n
0021xx93		DS	EPI Change Value of Magnitude	1
0021xx94		DS	EPI Change Value of X Component	1
0021xx95		DS	EPI Change Value of Y Component	1
0021xx96		DS	EPI Change Value of Z Component	1
	SIEMENS MR VA0  RAW
0021xx00		CS	Sequence Type	1
0021xx01		IS	Vector Size original	1
0021xx02		IS	Vector Size extended	1
0021xx03		DS	Acquired Spectral Range	1
0021xx04		DS	VOI Position	1-n
0021xx05		DS	VOI Size	1-n
0021xx06		IS	CSI Matrix Size original	1-n
0021xx07		IS	CSI Matrix Size extended	1-n
0021xx08		DS	Spatial Grid Shift	1-n
0021xx09		DS	Signal Limits Minimum	1
0021xx10		DS	Signal Limits Maximum	1
0021xx11		DS	Spec Info Mask	1
0021xx12		DS	EPI Time Rate of Change of Magnitude	1
0021xx13		DS	EPI Time Rate of Change of X Component	1
0021xx14		DS	EPI Time Rate of Change of Y Component	1
0021xx15		DS	EPI Time Rate of Change of Z Component	1
0021xx16		DS	EPI Time Rate of Change Legal Limit 1	1
0021xx17		IS	EPI Operation Mode Flag	1
0021xx18		DS	EPI Field Calculation Safety Factor	1
0021xx19		DS	EPI Legal Limit 1 of Change Value	1
0021xx20		DS	EPI Legal Limit 2 of Change Value	1
0021xx21		DS	EPI Rise Time	1
0021xx30		DS	AC ADC Offset	1-n
0021xx31		DS	AC Preamplifier Gain	1-n
0021xx50		CS	Saturation Type	1
0021xx51		DS	Saturation Normal Vector	1-n
0021xx52		DS	Saturation Position Vector	1-n
0021xx53		DS	Saturation Thickness	1-n
0021xx54		DS	Saturation Width	1-n
0021xx55		DS	Saturation Distance	1-n
	SIEMENS NUMARIS II
7FE3xx00		LO	Image Graphics Format Code	1
7FE3xx10		OB	Image Graphics	1
7FE3xx20		OB	Image Graphics Dummy	1
	SIEMENS RA GEN
0011xx20		UL	Total Fluoro TimePatient	1
0011xx25		UL	Dose Area ProductPatient	1
0011xx30		LO	Patient DOB	1
0011xx35		LO	Patient Initial Puck Counter	1
0011xx40		CS	Patient Initial Position	1
0019xx15		CS	Acquired Plane	1
0019xx20		UL	Scene Flag	1
0019xx22		UL	ReferencePhotofile Flag	1
0019xx24		LO	Scene Name	1
0019xx26		US	Acquisition Index	1
0019xx28		US	Mixed Pulse Mode	1
0019xx2A		US	Number of Positions	1
0019xx2C		US	Number of Phases	1
0019xx2E		US	Framerate for 8 Positions	1-n
0019xx30		US	FramesPhase	1-n
0019xx32		US	Stepping Direction	1
0019xx34		US	Unknown	1
0019xx36		US	Unknown	1
0019xx38		US	Unknown	1
0019xx3A		US	Unknown	1
0019xx3C		US	Unknown	1
0019xx3E		US	Unknown	1
0019xx40		US	Unknown	1
0019xx42		US	Unknown	1
0019xx44		US	Image Transfer Delay	1
0019xx46		UL	InversNot Invers	1
0019xx48		US	Unknown	1
0019xx4A		US	Unknown	1
0019xx4C		US	Blanking Circle Diameter	1
0019xx50		US	Stand Data Valid	1
0019xx52		US	Table Tilt	1
0019xx54		US	Table Axis Rotation	1
0019xx56		US	Table Longitudinal Position	1
0019xx58		US	Table Side Offset	1
0019xx5A		US	Table Isocenter Height	1
0019xx5C		UN	Unknown	1
0019xx5E		UL	Collimation Data Valid	1
0019xx60		UL	PERI Sequence Number	1
0019xx62		UL	PERI Total Scenes	1
0019xx64		US	PERI Overlap Top	1
0019xx66		UL	PERI Overlap Bottom	1
0019xx68		UL	Raw Image Number	1
0019xx6A		UL	XRay Data Valid	1
0019xx70		US	Unknown	1-n
0019xx72		US	Unknown	1-n
0019xx74		US	Unknown	1-n
0019xx76		UL	Filling Average Factor	1
0019xx78		US	Unknown	1-n
0019xx7A		US	Unknown	1-n
0019xx7C		US	Unknown	1-n
0019xx7E		US	Unknown	1-n
0019xx80		US	Unknown	1-n
0019xx82		US	Unknown	1-n
0019xx84		US	Unknown	1-n
0019xx86		US	Unknown	1-n
0019xx88		US	Unknown	1-n
0019xx8A		US	Unknown	1-n
0019xx8C		US	Unknown	1-n
0019xx8E		US	Unknown	1-n
0019xx92		US	Unknown	1-n
0019xx94		US	Unknown	1-n
0019xx96		US	Unknown	1-n
0019xx98		US	Unknown	1-n
0019xx9A		US	Unknown	1-n
0019xx9C		UL	II Level CalibrationFactor	1
0019xx9E		UL	Nativ Review Flag	1
0021xx15		US	Images in Study	1
0021xx20		US	Scenes in Study	1
0021xx25		US	Images in Photofile	1
0021xx30		US	Images in All Scenes	1
0021xx40		US	Unknown	1
	SIEMENS RA PLANE A
0019xx20		UL	System Calibration Factor Plane A	1
0019xx22		US	XRay Parameter Set Number	1
0019xx24		US	XRay System	1
0019xx26		US	Unknown	1
0019xx28		US	Acquired Display Mode	1
0019xx2A		US	Unknown	1
0019xx2C		US	Acquisition Framerate	1
0019xx2E		US	Maximum Frame Limit	1
0019xx30		US	Native Filter Type	1
0019xx32		US	Subtracted Filter Type	1
0019xx34		US	Filter Factor Native	1
0019xx36		US	Anatomic Blackground Factor	1
0019xx38		US	Window Upper Limit Native	1
0019xx3A		US	Window Lower Limit Native	1
0019xx3C		US	Window Brightness Phase 1 Sub	1
0019xx3E		US	Window Brightness Phase 2 Sub	1
0019xx40		US	Window Contrast Phase 1 Sub	1
0019xx42		US	Window Contrast Phase 2 Sub	1
0019xx44		US	Filter Factor Subtraction	1
0019xx46		US	Peak Opacified	1
0019xx48		UL	Mask Frame	1
0019xx4A		UL	BIH Frame	1
0019xx4C		US	Center Beam Angulation CaudCran	1
0019xx4E		US	Center Beam Angulation LR Anterior	1
0019xx50		US	Longitudinal Position	1
0019xx52		US	Side Offset	1
0019xx54		US	Isocenter Height	1
0019xx56		US	Image Twist	1
0019xx58		US	SourceImage Distance	1
0019xx5A		US	Mechanical Magnet Factor	1
0019xx5C		UL	Calibration Flag	1
0019xx5E		UL	Calibration Angle CranCaud	1
0019xx60		UL	Calibration Angle RAOLAO	1
0019xx62		UL	Calibration Table to Floor Distance	1
0019xx64		UL	Calibration Isocenter to Floor Distance	1
0019xx66		UL	Calibration Isocenter to Source Distance	1
0019xx68		UL	Calibration Source to II Distance	1
0019xx6A		UL	Calibration II Zoom	1
0019xx6C		UL	Calibration II Field	1
0019xx6E		UL	Calibration Factor	1
0019xx70		UL	Calibration Object to Image Distance	1
0019xx72		UL	Calibration System Factor	1-n
0019xx74		UL	Calibration System Correction	1-n
0019xx76		UL	Calibration System II Formats	1-n
0019xx78		UL	Calibration Gantry Data Valid	1
0019xx7A		US	Collimator Square Breadth	1
0019xx7C		US	Collimator Square Height	1
0019xx7E		US	Collimator Square Diameter	1
0019xx80		US	Collimator Finger Turn Angle	1
0019xx82		US	Collimator Finger Position	1
0019xx84		US	Collimator Diaphragm Turn Angle	1
0019xx86		US	Collimator Diagphragm Position 1	1
0019xx88		US	Collimator Diaphragm Position 2	1
0019xx8A		US	Collimator Diaphragm Mode	1
0019xx8C		US	Collimator Beam Limit Breadth	1
0019xx8E		US	Collimator Beam Limit Height	1
0019xx90		US	Collimator Beam Limit Diameter	1
0019xx92		US	XRay Control Mode	1
0019xx94		US	XRay System	1
0019xx96		US	Focal Spot	1
0019xx98		US	Exposure Control	1
0019xx9A		US	XRay Voltage	1
0019xx9C		US	XRay Current	1
0019xx9E		UL	XRay Current Time Product	1
0019xxA0		US	Pulse Time	1
0019xxA2		US	Scene Time Fluoro Clock	1
0019xxA4		US	Maximum PulseRate	1
0019xxA6		US	Pulses per Scene	1
0019xxA8		UL	Dose Area Product of Scene	1
0019xxAA		US	Dose	1
0019xxAC		US	Dose Rate	1
	SIEMENS RA PLANE B
0019xx20		UL	System Calibration Factor Plane B	1
0019xx22		US	XRay Parameter Set Number	1
0019xx24		US	XRay System	1
0019xx26		US	Unknown	1
0019xx28		US	Acquired Display Mode	1
0019xx2A		US	Unknown	1
0019xx2C		US	Acquisition Framerate	1
0019xx2E		US	Maximum Frame Limit	1
0019xx30		US	Native Filter Type	1
0019xx32		US	Subtracted Filter Type	1
0019xx34		US	Filter Factor Native	1
0019xx36		US	Anatomic Blackground Factor	1
0019xx38		US	Window Upper Limit Native	1
0019xx3A		US	Window Lower Limit Native	1
0019xx3C		US	Window Brightness Phase 1 Sub	1
0019xx3E		US	Window Brightness Phase 2 Sub	1
0019xx40		US	Window Contrast Phase 1 Sub	1
0019xx42		US	Window Contrast Phase 2 Sub	1
0019xx44		US	Filter Factor Subtraction	1
0019xx46		US	Peak Opacified	1
0019xx48		UL	Mask Frame	1
0019xx4A		UL	BIH Frame	1
0019xx4C		US	Center Beam Angulation CaudCran	1
0019xx4E		US	Center Beam Angulation LR Anterior	1
0019xx50		US	Longitudinal Position	1
0019xx52		US	Side Offset	1
0019xx54		US	Isocenter Height	1
0019xx56		US	Image Twist	1
0019xx58		US	SourceImage Distance	1
0019xx5A		US	Mechanical Magnet Factor	1
0019xx5C		UL	Calibration Flag	1
0019xx5E		UL	Calibration Angle CranCaud	1
0019xx60		UL	Calibration Angle RAOLAO	1
0019xx62		UL	Calibration Table to Floor Distance	1
0019xx64		UL	Calibration Isocenter to Floor Distance	1
0019xx66		UL	Calibration Isocenter to Source Distance	1
0019xx68		UL	Calibration Source to II Distance	1
0019xx6A		UL	Calibration II Zoom	1
0019xx6C		UL	Calibration II Field	1
0019xx6E		UL	Calibration Factor	1
0019xx70		UL	Calibration Object to Image Distance	1
0019xx72		UL	Calibration System Factor	1-n
0019xx74		UL	Calibration System Correction	1-n
0019xx76		UL	Calibration System II Formats	1-n
0019xx78		UL	Calibration Gantry Data Valid	1
0019xx7A		US	Collimator Square Breadth	1
0019xx7C		US	Collimator Square Height	1
0019xx7E		US	Collimator Square Diameter	1
0019xx80		US	Collimator Finger Turn Angle	1
0019xx82		US	Collimator Finger Position	1
0019xx84		US	Collimator Diaphragm Turn Angle	1
0019xx86		US	Collimator Diagphragm Position 1	1
0019xx88		US	Collimator Diaphragm Position 2	1
0019xx8A		US	Collimator Diaphragm Mode	1
0019xx8C		US	Collimator Beam Limit Breadth	1
0019xx8E		US	Collimator Beam Limit Height	1
0019xx90		US	Collimator Beam Limit Diameter	1
0019xx92		US	XRay Control Mode	1
0019xx94		US	XRay System	1
0019xx96		US	Focal Spot	1
0019xx98		US	Exposure Control	1
0019xx9A		US	XRay Voltage	1
0019xx9C		US	XRay Current	1
0019xx9E		UL	XRay Current Time Product	1
0019xxA0		US	Pulse Time	1
0019xxA2		US	Scene Time Fluoro Clock	1
0019xxA4		US	Maximum PulseRate	1
0019xxA6		US	Pulses per Scene	1
0019xxA8		UL	Dose Area Product of Scene	1
0019xxAA		US	Dose	1
0019xxAC		US	Dose Rate	1
	SIEMENS RIS
0011xx10		LO	Patient UID	1
0011xx11		LO	Patient ID	1
0011xx20		DA	Patient Registration Date	1
0011xx21		TM	Patient Registration Time	1
0011xx30		PN	Patient NameRIS	1
0011xx31		PN	Patient Prename	1
0011xx40		LO	Patient Hospital Status	1
0011xx41		LO	Medical Alerts	1
0011xx42		LO	Contrast Allergy	1
0031xx10		LO	Request UID	1
0031xx45		LO	Requesting Physician	1
0031xx50		LO	Requested Physician	1
0033xx10		LO	Patient Study UID	1
	SIEMENS SIENET
0019xx01		DS	Unknown	1
	SIEMENS SMS-AX  ACQ 1.0
0021xx00		US	Acquisition Type	1
0021xx01		US	Acquisition Mode	1
0021xx02		US	Footswitch Index	1
0021xx03		US	Acquisition Room	1
0021xx04		SL	Current Time Product	1
0021xx05		SL	Dose	1
0021xx06		SL	Skin Dose Percent	1
0021xx07		SL	Skin Dose Accumulation	1
0021xx08		SL	Skin Dose Rate	1
0021xx09		UL	Impac Filename	1
0021xx0A		UL	Copper Filter	1
0021xx0B		US	Measuring Field	1
0021xx0C		SS	Post Blanking Circle	3
0021xx0D		SS	Dyna Angles	2-2n
0021xx0E		SS	Total Steps	1
0021xx0F		SL	Dyna X-Ray Info	3-3n
0021xx10		US	Modality LUT Input Gamma	1
0021xx11		US	Modality LUT Output Gamma	1
0021xx12		OB	SH_STPAR	1-n
0021xx13		US	Acquisition Zoom	1
0021xx14		SS	Dyna Angulation Step Width	1
0021xx15		US	Harmonization	1
0021xx16		US	DR Single Flag	1
0021xx17		SL	Source to Isocenter	1
0021xx18		US	Pressure Data	1
0021xx19		SL	ECG Index Array	1
0021xx1A		US	FD Flag	1
0021xx1B		OB	SH_ZOOM	1
0021xx1C		OB	SH_COLPAR	1
0021xx1D		US	K-Factor	1
0021xx1E		US	EVE	8
0021xx1F		SL	Total Scene Time	1
0021xx20		US	Restore Flag	1
0021xx21		US	Stand Movement Flag	1
0021xx22		US	FD Rows	1
0021xx23		US	FD Columns	1
0021xx24		US	Table Movement Flag	1
0021xx25		LO	Original Organ Program Name	1
0021xx26		DS	Crispy XPI Filter	1
0021xx28		SQ	Unknown	1
0021xx30		OB	Unknown	1
0021xx40		US	Unknown	3
0021xx41		LO	Unknown	1
0021xx42		US	Unknown	1-n
0021xx57		SS	Unknown	1-3
0021xx58		DS	Unknown	1
0021xx71		DS	Unknown	1
	SIEMENS SMS-AX  ORIGINAL IMAGE INFO 1.0
0025xx00		US	View Native	1
0025xx01		US	Original Series Number	1
0025xx02		US	Original Image Number	1
0025xx03		US	Win Center	1
0025xx04		US	Win Width	1
0025xx05		US	Win Brightness	1
0025xx06		US	Win Contrast	1
0025xx07		US	Original Frame Number	1
0025xx08		US	Original Mask Frame Number	1
0025xx09		US	Opac	1
0025xx0A		US	Original Number of Frames	1
0025xx0B		DS	Original Scene Duration	1
0025xx0C		LO	Identifier LOID	1
0025xx0D		SS	Original Scene VFR Info	1-n
0025xx0E		SS	Original Frame ECG Position	1
0025xx0F		SS	Original ECG 1st Frame Offset (retired)	1
0025xx10		SS	Zoom Flag	1
0025xx11		US	Flex	1
0025xx12		US	Number of Mask Frames	1
0025xx13		US	Number of Fill Frames	1
0025xx14		IS	Series Number	1
0025xx15		IS	Image Number	1
0025xx16		IS	Unknown	1
	SIEMENS SMS-AX  QUANT 1.0
0023xx00		DS	Horizontal Calibration Pixel Size	2
0023xx01		DS	Vertical Calibration Pixel Size	2
0023xx02		LO	Calibration Object	1
0023xx03		DS	Calibration Object Size	1
0023xx04		LO	Calibration Method	1
0023xx05		ST	Filename	1
0023xx06		IS	Frame Number	1
0023xx07		IS	Calibration Factor Multiplicity	2
0023xx08		IS	Calibration TOD Value	1
	SIEMENS SMS-AX  VIEW 1.0
0019xx00		US	Review Mode	1
0019xx01		US	Anatomical Background Percent	1
0019xx02		US	Number of Phases	1
0019xx03		US	Apply Anatomical Background	1
0019xx04		SS	Pixel Shift Array	4-4n
0019xx05		US	Brightness	1
0019xx06		US	Contrast	1
0019xx07		US	Enabled	1
0019xx08		US	Native Edge Enh. Percent Gain	1
0019xx09		SS	Native Edge Enh. LUT Index	1
0019xx0A		SS	Native Edge Enh. Kernel Size	1
0019xx0B		US	Subtr. Edge Enh. Percent Gain	1
0019xx0C		SS	Subtr. Edge Enh. LUT Index	1
0019xx0D		SS	Subtr. Edge Enh. Kernel Size	1
0019xx0E		US	Fade Percent	1
0019xx0F		US	Flipped Before Laterality Applied	1
0019xx10		US	Apply Fade	1
0019xx11		US	RefImages Taken	1
0019xx12		US	Zoom	1
0019xx13		SS	Pan X	1
0019xx14		SS	Pan Y	1
0019xx15		SS	Native Edge Enh. Adv Perc. Gain	1
0019xx16		SS	Subtr. Edge Enh. Adv Perc. Gain	1
0019xx17		US	Invert Flag	1
0019xx1A		OB	Quant 1K Overlay	1
0019xx1B		US	Original Resolution	1
0019xx1C		DS	Auto Window Center	1
0019xx1D		DS	Auto Window Width	1
	SIEMENS Selma
0019xx06		IS	Unknown	1
0019xx07		IS	Unknown	1
0019xx08		IS	Unknown	1
0019xx26		LO	Unknown	1
0019xx29		LO	Unknown	1
0019xx30		US	Unknown	1
0019xx31		US	Unknown	1
0019xx32		US	Unknown	1
0019xx33		US	Unknown	1
0019xx34		US	Unknown	1
0019xx35		US	Unknown	1
	SIEMENS WH SR 1.0
0071xx01		LO	Unknown	1
0071xx02		LO	Unknown	1
	SIEMENS_FLCOMPACT_VA01A_PROC
0017xx0A		SS	Internal Data	1
0017xx0B		SS	Internal Data	1
0017xx0C		SS	Internal Data	1
0017xx0D		FL	Internal Data	1
0017xx0E		LO	Internal Data	1
0017xx0F		LO	Internal Data	1
0017xx14		US	Internal Data	1
0017xx16		US	Internal Data	1
0017xx17		US	Internal Data	1
0017xx18		US	Internal Data	1
0017xx19		US	Internal Data	1
0017xx1A		US	Internal Data	1
0017xx1B		US	Internal Data	1
0017xx1C		US	Internal Data	1
0017xx1E		US	Internal Data	1
0017xx1F		SS	Internal Data	1
0017xx20		SS	Internal Data	1
0017xx21		US	Internal Data	1
0017xx22		US	Internal Data	1
0017xx23		US	Internal Data	1
0017xx24		US	Internal Data	1
0017xx25		US	Internal Data	1
0017xx26		US	Internal Data	1
0017xx27		US	Internal Data	1
0017xx28		FL	Internal Data	1
0017xx29		FL	Internal Data	1
0017xx48		SS	Internal Data	1
0017xx49		SS	Internal Data	1
0017xx4A		SS	Internal Data	1
0017xx4B		SS	Internal Data	1
0017xx4C		LO	Internal Data	1
0017xx4D		SS	Internal Data	1
0017xx4E		LO	Internal Data	1
0017xx4F		LO	Internal Data	1
0017xx50		SS	Internal Data	1
0017xx51		FL	Internal Data	1
0017xx52		SS	Internal Data	1
0017xx53		SS	Internal Data	1
0017xx54		SS	Internal Data	1
0017xx55		SS	Internal Data	1
0017xx5A		OW	Internal Data	1
0017xx5B		OW	Internal Data	1
0017xx5C		OW	Internal Data	1
0017xx64		US	Internal Data	1
0017xx66		US	Internal Data	1
0017xx67		US	Internal Data	1
0017xx68		US	Internal Data	1
0017xx85		US	Internal Data	1
0017xx86		US	Internal Data	1
0017xx87		US	Internal Data	1
0017xx88		US	Internal Data	1
0017xx89		US	Internal Data	1
0017xx8A		US	Internal Data	1
0017xx8B		US	Internal Data	1
0017xx8C		FL	Internal Data	1
0017xx8D		FL	Internal Data	1
0017xx8E		US	Internal Data	1
0017xx8F		US	Internal Data	1
0017xxA0		US	Internal Data	1
0017xxA1		US	Internal Data	1
0017xxA2		US	Internal Data	1
0017xxA3		US	Internal Data	1
0017xxA4		US	Internal Data	1
0017xxA5		US	Internal Data	1
0017xxA6		US	Internal Data	1
0017xxB0		DS	Internal Data	1
0017xxC0		LO	Internal Data	1
	SIENET
0009xx01		US	SIENET Command Field	1
0009xx14		LO	Receiver PLA	1
0009xx16		US	Transfer Priority	1
0009xx29		LO	Actual User	1
0009xx70		DS	Unknown	1
0009xx71		DS	Unknown	1
0009xx72		LO	Unknown	1
0009xx73		LO	Unknown	1
0009xx74		LO	Unknown	1
0009xx75		LO	Unknown	1
0091xx20		PN	Patient Name	1-n
0095xx01		LO	Examination Folder ID	1
0095xx04		SL	Folder Reported Status	1
0095xx05		LO	Folder Reporting Radiologist	1
0095xx07		LO	SIENET ISA PLA	1
0095xx0C		SL	Folder Rebuild Status	1
0095xx20		UN	Unknown	1
0095xxFB		ST	Unknown	1
0099xx02		UL	Key Images	1
0099xx05		SL	Image Number	1
	SPI
0009xx10		LO	Comments	1
0009xx15		LO	Unique Identifier	1
0009xx40		US	Data Object Type	1
0009xx41		SH	Data Object Subtype	1
0011xx10		LO	Organ	1
0011xx15		LO	Allergy Indication	1
0011xx20		CS	Pregnancy	1
0029xx60		LO	Compression Algorithm	1
	SPI RELEASE 1
0009xx10		LO	Comments	1
0009xx15		LO	Unique Identifier	1
0009xx40		US	Data Object Type	1
0009xx41		SH	Data Object Subtype	1
0011xx10		LO	Organ	1
0011xx15		LO	Allergy Indication	1
0011xx20		CS	Pregnancy	1
0029xx60		LO	Compression Algorithm	1
	SPI Release 1
0009xx08		CS	Unknown	1
0009xx10		LO	Comments	1
0009xx15		LO	UID	1
0009xx40		US	Data Object Type	1
0009xx41		SH	Data Object Subtype	1
0011xx10		LO	Organ	1
0011xx15		LO	Allergy Indication	1
0011xx20		LO	Pregnancy	1
0029xx60		LO	Compression Algorithm	1
	SPI-P Release 1
0009xx00		LT	Data Object Recognition Code	1
0009xx04		LO	Image Data Consistency	1-n
0009xx08		US	Unknown	1
0009xx12		LO	Unknown	1
0009xx15		LO	Unique Identifier	1
0009xx16		LO	Unknown	1
0009xx18		LO	Unknown	1
0009xx21		LT	Unknown	1
0009xx22		LO	Unknown	1
0009xx31		LO	PACS Unique Identifier	1
0009xx34		LO	Cluster Unique Identifier	1
0009xx38		LO	System Unique Identifier	1
0009xx39		LO	Unknown	1
0009xx40		LO	Unknown	1
0009xx41		LO	Unknown	1
0009xx51		LO	Study Unique Identifier	1
0009xx61		LO	Series Unique Identifier	1
0009xx91		LT	Unknown	1
0009xxA0		UN	Unknown	1
0009xxF2		LT	Unknown	1
0009xxF3		UN	Unknown	1
0009xxF4		LT	Unknown	1
0009xxF5		UN	Unknown	1
0009xxF7		LT	Unknown	1
0011xx10		LT	Patient Entry ID	1
0011xx20		UN	Unknown	1
0011xx21		UN	Unknown	1
0011xx22		UN	Unknown	1
0011xx30		UN	Unknown	1
0011xx31		UN	Unknown	1
0011xx32		UN	Unknown	1
0019xx00		LO	Unknown	1
0019xx01		LO	Unknown	1
0019xx02		UN	Unknown	1
0019xx10		US	Mains Frequency	1
0019xx25		LO	Original Pixel Data Quality	1-n
0019xx30		US	ECG Triggering	1
0019xx31		UN	ECG 1 Offset	1
0019xx32		UN	ECG 2 Offset 1	1
0019xx33		UN	ECG 2 Offset 2	1
0019xx50		US	Video Scan Mode	1
0019xx51		US	Video LineRate	1
0019xx60		US	Xray Technique	1
0019xx61		DS	Image Identifier Format	1
0019xx62		US	Iris Diaphragm	1
0019xx63		CS	Filter	1
0019xx64		CS	Cine Parallel	1
0019xx65		CS	Cine Master	1
0019xx70		US	Exposure Channel	1
0019xx71		UN	Exposure Channel First Image	1
0019xx72		US	Processing Channel	1
0019xx80		DS	Acquisition Delay	1
0019xx81		UN	Relative Image Time	1
0019xx90		CS	Video White Compression	1
0019xxA0		US	Angulation	1
0019xxA1		US	Rotation	1
0021xx12		LT	Series Unique Identifier	1
0021xx14		LT	Unknown	1
0029xx00		DS	Unknown	4
0029xx20		DS	Pixel Aspect Ratio	1
0029xx25		LO	Processed Pixel Data Quality	1-n
0029xx30		LT	Unknown	1
0029xx38		US	Unknown	1
0029xx60		LT	Unknown	1
0029xx61		LT	Unknown	1
0029xx67		LT	Unknown	1
0029xx70		LT	Window ID	1
0029xx71		CS	Video Invert Subtracted	1
0029xx72		CS	Video Invert Nonsubtracted	1
0029xx77		CS	Window Select Status	1
0029xx78		LT	ECG Display Printing ID	1
0029xx79		CS	ECG Display Printing	1
0029xx7E		CS	ECG Display Printing Enable Status	1
0029xx7F		CS	ECG Display Printing Select Status	1
0029xx80		LT	Physiological Display ID	1
0029xx81		US	Preferred Physiological Channel Display	1
0029xx8E		CS	Physiological Display Enable Status	1
0029xx8F		CS	Physiological Display Select Status	1
0029xx90		DS	Unknown	1-n
0029xx91		US	Unknown	1
0029xx9F		CS	Unknown	1
0029xxA0		DS	Unknown	1-n
0029xxA1		US	Unknown	1
0029xxAF		CS	Unknown	1
0029xxB0		DS	Unknown	1-n
0029xxB1		US	Unknown	1
0029xxBF		CS	Unknown	1
0029xxC0		LT	Functional Shutter ID	1
0029xxC1		US	Field Of Shutter	1
0029xxC5		LT	Field Of Shutter Rectangle	1
0029xxCE		CS	Shutter Enable Status	1
0029xxCF		CS	Shutter Select Status	1
7FE1xx10		UN	Pixel Data	1
	SPI-P Release 1;1
0009xxC0		LT	Unknown	1
0009xxC1		LT	Unknown	1
0019xx00		UN	Physiological Data Type	1
0019xx01		UN	Physiological Data Channel And Kind	1
0019xx02		US	Sample Bits Allocated	1
0019xx03		US	Sample Bits Stored	1
0019xx04		US	Sample High Bit	1
0019xx05		US	Sample Representation	1
0019xx06		UN	Smallest Sample Value	1
0019xx07		UN	Largest Sample Value	1
0019xx08		UN	Number Of Samples	1
0019xx09		UN	Sample Data	1
0019xx0A		UN	Sample Rate	1
0019xx10		UN	Physiological Data Type 2	1
0019xx11		UN	Physiological Data Channel And Kind 2	1
0019xx12		US	Sample Bits Allocated 2	1
0019xx13		US	Sample Bits Stored 2	1
0019xx14		US	Sample High Bit 2	1
0019xx15		US	Sample Representation 2	1
0019xx16		UN	Smallest Sample Value 2	1
0019xx17		UN	Largest Sample Value 2	1
0019xx18		UN	Number Of Samples 2	1
0019xx19		UN	Sample Data 2	1
0019xx1A		UN	Sample Rate 2	1
0021xx41		LO	Unknown	1
0021xx42		US	Unknown	1
0021xx43		US	Unknown	1
0021xx44		DS	Unknown	1
0021xx45		LO	Unknown	1
0021xx50		US	Unknown	1
0021xx51		US	Unknown	1
0021xx52		US	Unknown	1
0021xx60		IS	Unknown	1-n
0021xx61		IS	Unknown	1-n
0021xx67		LO	Unknown	1-n
0021xx6A		DS	Unknown	1-n
0021xx6B		DS	Unknown	1-n
0021xx6C		US	Unknown	1-n
0021xx6D		DS	Unknown	1-n
0021xx6E		US	Unknown	1-n
0021xx6F		DS	Unknown	1-n
0029xx00		LT	Zoom ID	1
0029xx01		DS	Zoom Rectangle	1-n
0029xx03		DS	Zoom Factor	1
0029xx04		US	Zoom Function	1
0029xx0E		CS	Zoom Enable Status	1
0029xx0F		CS	Zoom Select Status	1
0029xx40		LT	Magnifying Glass ID	1
0029xx41		DS	Magnifying Glass Rectangle	1-n
0029xx43		DS	Magnifying Glass Factor	1
0029xx44		US	Magnifying Glass Function	1
0029xx4E		CS	Magnifying Glass Enable Status	1
0029xx4F		CS	Magnifying Glass Select Status	1
	SPI-P Release 1;2
0029xx00		LT	Subtraction Mask ID	1
0029xx04		UN	Masking Function	1
0029xx0C		UN	Proprietary Masking Parameters	1
0029xx1E		CS	Subtraction Mask Enable Status	1
0029xx1F		CS	Subtraction Mask Select Status	1
	SPI-P Release 1;3
0029xx00		LT	Image Enhancement ID	1
0029xx01		LT	Image Enhancement	1
0029xx02		LT	Convolution ID	1
0029xx03		LT	Convolution Type	1
0029xx04		LT	Convolution Kernel Size ID	1
0029xx05		US	Convolution Kernel Size	2
0029xx06		US	Convolution Kernel	1-n
0029xx0C		DS	Enhancement Gain	1
0029xx1E		CS	Image Enhancement Enable Status	1
0029xx1F		CS	Image Enhancement Select Status	1
	SPI-P Release 2;1
0011xx18		LT	Unknown	1
0023xx0D		UI	Unknown	1
0023xx0E		UI	Unknown	1
	SPI-P-CTBE Release 1
0019xx00		IS	Unknown	1
0019xx02		IS	Unknown	1
0019xx03		DS	Unknown	1
0019xx04		IS	Unknown	1
0019xx05		DS	Unknown	1
0019xx0B		DS	Unknown	1
0019xx0C		IS	Unknown	1
0019xx14		IS	Unknown	1
0019xx18		IS	Unknown	1
0019xx19		IS	Unknown	1
0019xx1A		DS	Unknown	1
0019xx1B		IS	Unknown	1
0019xx1C		IS	Unknown	1
0019xx1D		DS	Unknown	1
	SPI-P-CTBE-Private Release 1
0021xx00		DS	Unknown	1
	SPI-P-GV-CT Release 1
0009xx00		LO	Unknown	1
0009xx10		LO	Unknown	1
0009xx20		LO	Unknown	1
0009xx30		LO	Unknown	1
0009xx40		LO	Unknown	1
0009xx50		LO	Unknown	1
0009xx60		LO	Unknown	1
0009xx70		LO	Unknown	1
0009xx75		LO	Unknown	1
0009xx80		LO	Unknown	1
0009xx90		LO	Unknown	1
0019xx08		IS	Unknown	1
0019xx09		IS	Unknown	1
0019xx0A		IS	Unknown	1
0019xx10		LO	Unknown	1
0019xx20		TM	Unknown	1
0019xx50		LO	Unknown	1
0019xx60		DS	Unknown	1
0019xx61		US	Unknown	1
0019xx63		LO	Unknown	1
0019xx64		US	Unknown	1
0019xx65		IS	Unknown	1
0019xx70		LT	Unknown	1
0019xx80		LO	Unknown	1
0019xx81		LO	Unknown	1
0019xx90		LO	Unknown	1
0019xxA0		LO	Unknown	1
0019xxA1		US	Unknown	1
0019xxA2		US	Unknown	1
0019xxA3		US	Unknown	1
0019xxB0		LO	Unknown	1
0019xxB1		LO	Unknown	1
0021xx20		LO	Unknown	1
0021xx30		DS	Unknown	1
0021xx40		LO	Unknown	1
0021xx50		LO	Unknown	1
0021xx60		DS	Unknown	1
0021xx70		DS	Unknown	1
0021xx80		DS	Unknown	1
0021xx90		DS	Unknown	1
0021xxA0		US	Unknown	1
0021xxA1		DS	Unknown	1
0021xxA2		DS	Unknown	1
0021xxA3		LT	Unknown	1
0021xxA4		LT	Unknown	1
0021xxB0		LO	Unknown	1
0021xxC0		LO	Unknown	1
0029xx10		LO	Unknown	1
0029xx30		UL	Unknown	1
0029xx31		UL	Unknown	1
0029xx32		UL	Unknown	1
0029xx33		UL	Unknown	1
0029xx80		LO	Unknown	1
0029xx90		LO	Unknown	1
0029xxD0		IS	Unknown	1
0029xxD1		IS	Unknown	1
	SPI-P-PCR Release 2
0019xx10		US	Reader Mode	1
0019xx20		ST	MRM Code	1
0019xx30		US	Unknown	1
0019xx40		DS	Latitude	1
0019xx60		ST	View Name	1
0019xx80		US	Unknown	1
0019xxA1		ST	Unknown	1
0019xxA3		DS	Unknown	1
0019xxA4		DS	Unknown	1
0019xxA5		DS	Unknown	1
0019xxA6		DS	Unknown	1
0019xxA7		DS	Unknown	1
0019xxA8		DS	Unknown	1
0019xxA9		DS	Unknown	1
0019xxAA		DS	Unknown	1
0019xxAB		DS	Unknown	1
0019xxAC		DS	Unknown	1
0019xxAD		DS	Unknown	1
0019xxAE		DS	Unknown	1
0019xxAF		ST	Unknown	1
0019xxB0		ST	Unknown	1
0019xxB1		ST	Unknown	1
0019xxB2		IS	Unknown	1
0019xxB3		IS	Unknown	1
0019xxB4		IS	Unknown	1
0019xxB5		DS	Unknown	1
0019xxB6		DS	Unknown	1
0019xxB7		ST	Unknown	1
0019xxB8		DS	Unknown	1
0019xxB9		ST	Unknown	1
0019xxBA		ST	Unknown	1
	SPI-P-Private-CWS Release 1
0021xx00		LT	Window Of Images ID	1
0021xx01		CS	Window Of Images Type	1
0021xx02		IS	WindowOfImagesScope	1-n
	SPI-P-Private-DCI Release 1
0019xx10		UN	Unknown	1
0019xx11		UN	Unknown	1
0019xx12		UN	Unknown	1
0019xx13		UN	Unknown	1
0019xx14		UN	Unknown	1
0019xx15		UN	Unknown	1
0019xx16		UN	Unknown	1
0019xx17		UN	Unknown	1
	SPI-P-Private-DiDi Release 1
0019xx00		LT	Post Mode String	1
0019xx01		LT	Post Data	1
0019xx10		LT	Image Header	1
0019xx20		LT	SCPreName	1
0019xx21		IS	SCPostNo	1
0019xx22		LT	SCSOPInstanceUID	1
0019xx23		LT	SCCreationDate	1
0019xx24		LT	SCProcessingCategory	1
0019xx25		LT	SCPostMethod	1
0019xx26		LT	SCPostString	1
0019xx27		LT	SCPostString2	1
0019xx28		LT	SCMode	1
0019xx29		IS	SCStCommit	1
0019xx2A		IS	SCExported	1
0019xx2B		IS	SCPrinted	1
0019xx2C		LT	SCOperator	1
0019xx40		LT	SCPreName	1
0019xx41		IS	SCPreType	1
	SPI-P-Private_CDS Release 1
0021xx40		IS	Unknown	1
0029xx00		UN	Unknown	1
0029xx10		OB	Unknown	1
	SPI-P-Private_ICS Release 1
0019xx30		DS	Unknown	1
0019xx31		LO	Unknown	1
0029xx07		SQ	Unknown	1
0029xx08		SQ	Unknown	1
0029xx0C		SQ	Unknown	1
0029xx0D		SQ	Unknown	1
0029xx0E		SQ	Unknown	1
0029xx0F		SQ	Unknown	1
0029xx10		SQ	Unknown	1
0029xx18		FD	Unknown	1
0029xx1B		SQ	Unknown	1
0029xx1C		SQ	Unknown	1
0029xx1D		SQ	Unknown	1
0029xx1E		SQ	Unknown	1
0029xx20		UN	Unknown	1
0029xx21		SQ	Unknown	1
0029xx4C		SQ	Unknown	1
0029xx4D		SQ	Unknown	1
0029xx4E		UN	Unknown	1
0029xx4F		UN	Unknown	1
0029xx50		UN	Unknown	1
0029xx51		UN	Unknown	1
0029xx66		DS	Unknown	4
0029xx67		LO	Unknown	1
0029xx68		US	Unknown	1
0029xx6A		LO	Unknown	1
0029xx6B		US	Unknown	1
0029xx72		SQ	Unknown	1
0029xx91		IS	Unknown	1
0029xx93		LO	Unknown	1-n
0029xx94		LO	Unknown	1-n
	SPI-P-Private_ICS Release 1;1
0029xx00		SL	Unknown	1
0029xx05		FL	Unknown	1
0029xx06		FL	Unknown	1
0029xx20		FL	Unknown	1
0029xx21		FL	Unknown	1
0029xx22		US	Unknown	1
0029xx23		FD	Unknown	1
0029xx24		FD	Unknown	1
0029xx25		FD	Unknown	1
0029xx26		FD	Unknown	1
0029xx30		ST	Unknown	1
0029xx6B		FD	Unknown	1
0029xxC1		US	Unknown	1
0029xxCB		FD	Unknown	1
0029xxCC		FD	Unknown	1
0029xxCD		SQ	Unknown	1
0029xxD4		FL	Unknown	1
0029xxD5		FL	Unknown	1
0029xxD6		ST	Unknown	1
	SPI-P-Private_ICS Release 1;2
0029xx00		FD	Unknown	1
0029xx01		FD	Unknown	1
0029xx02		FD	Unknown	1
0029xx03		SL	Unknown	1
0029xx04		SL	Unknown	1
0029xx05		SL	Unknown	1
0029xx30		LT	Unknown	1
0029xxA0		SL	Unknown	1
0029xxA1		FD	Unknown	1
0029xxA2		SL	Unknown	1
0029xxA3		SL	Unknown	1
0029xxA5		SQ	Unknown	1
0029xxA6		SL	Unknown	1
0029xxD9		SQ	Unknown	1
	SPI-P-Private_ICS Release 1;3
0029xx00		ST	Unknown	1
0029xx01		ST	Unknown	1
0029xx60		US	Unknown	1
0029xxB0		SL	Unknown	1
0029xxB1		FL	Unknown	1
0029xxB2		FL	Unknown	1
0029xxB4		FL	Unknown	1
0029xxB9		FL	Unknown	1
0029xxC0		SQ	Unknown	1
0029xxC1		SQ	Unknown	1
0029xxC2		SQ	Unknown	1
0029xxC3		SQ	Unknown	1
0029xxC4		SQ	Unknown	1
0029xxC5		SQ	Unknown	1
	SPI-P-Private_ICS Release 1;4
0029xx00		UL	Unknown	1
0029xx01		FL	Unknown	2
0029xx02		SQ	Unknown	1
0029xx06		UL	Unknown	1
0029xx07		SL	Unknown	1
0029xx08		US	Unknown	1
0029xx09		FL	Unknown	1
0029xx0A		FL	Unknown	1
0029xx0B		FL	Unknown	1
0029xx0C		FL	Unknown	1
0029xx0E		US	Unknown	1
0029xx0F		US	Unknown	1
0029xx10		SL	Unknown	1
0029xx90		SL	Unknown	1
0029xx9A		SQ	Unknown	1
0029xx9C		SQ	Unknown	1
0029xxA0		US	Unknown	1
0029xxA1		US	Unknown	1
0029xxB1		US	Unknown	1
0029xxB2		US	Unknown	1
0029xxB3		SL	Unknown	1
0029xxB5		FL	Unknown	1
0029xxB6		SL	Unknown	1
0029xxBC		SL	Unknown	1
0029xxBD		SL	Unknown	1
0029xxBE		US	Unknown	1
0029xxD6		FD	Unknown	1
0029xxD7		FD	Unknown	1
0029xxD8		UN	Unknown	1
0029xxD9		UN	Unknown	1
0029xxDA		UN	Unknown	1
0029xxDC		FD	Unknown	1
0029xxDD		FD	Unknown	1
0029xxE0		SQ	Unknown	1
	SPI-P-Private_ICS Release 1;5
0029xx50		CS	Unknown	1
0029xx55		CS	Unknown	1
	SPI-P-Private_ICS Release 1;6
0029xx01		FL	Unknown	1
0029xx02		LO	Unknown	1
0029xx03		UL	Unknown	1
0029xx04		LO	Unknown	1
0029xx06		SQ	Unknown	1
0029xx07		SQ	Unknown	1
0029xx08		US	Unknown	1
0029xx0A		US	Unknown	1
0029xx0B		US	Unknown	1
0029xx0C		US	Unknown	1
0029xx0D		US	Unknown	1
0029xx0F		LO	Unknown	1
0029xx10		US	Unknown	1
0029xx14		SQ	Unknown	1
0029xx15		UL	Unknown	2
0029xx16		FL	Unknown	1
0029xx17		FL	Unknown	1
0029xx1A		UL	Unknown	1
0029xx1D		US	Unknown	1
0029xx1F		FL	Unknown	1
0029xx20		FL	Unknown	1
0029xx21		UL	Unknown	1
0029xx23		US	Unknown	1
0029xx24		UL	Unknown	1
0029xx2A		UL	Unknown	1
0029xx2B		SQ	Unknown	1
0029xx2C		UL	Unknown	1
0029xx2D		SQ	Unknown	1
0029xx2E		SQ	Unknown	1
0029xx2F		SQ	Unknown	1
0029xx32		SQ	Unknown	1
0029xx34		SQ	Unknown	1
0029xx35		SQ	Unknown	1
0029xx36		SQ	Unknown	1
0029xx37		SQ	Unknown	1
0029xx38		SQ	Unknown	1
0029xx39		FL	Unknown	1
0029xx3D		SQ	Unknown	1
0029xx43		US	Unknown	1
0029xx44		US	Unknown	1
0029xx48		UL	Unknown	1
0029xx4F		SQ	Unknown	1
0029xx5C		SQ	Unknown	1
0029xx5D		UL	Unknown	1-n
0029xx5E		UL	Unknown	1
0029xx5F		US	Unknown	1
0029xx63		US	Unknown	1
0029xx65		SQ	Unknown	1
0029xx66		UL	Unknown	1
0029xx67		UL	Unknown	1
0029xx68		UL	Unknown	1
0029xx69		UL	Unknown	1
0029xx6D		SQ	Unknown	1
	SPI-P-XSB-DCI Release 1
0019xx10		LT	Video Beam Boost	1
0019xx11		US	Channel Generating Video Sync	1
0019xx12		US	Video Gain	1
0019xx13		US	Video Offset	1
0019xx20		DS	RTD Data Compression Factor	1
	SPI-P-XSB-VISUB Release 1
0019xx00		UN	Unknown	1
0019xx10		UN	Unknown	1
0019xx11		UN	Unknown	1
0019xx12		UN	Unknown	1
0019xx20		LO	Unknown	1
0019xx40		UN	Unknown	1
0019xx50		LO	Unknown	1
0029xx00		LO	Unknown	1
0029xx01		DS	Unknown	1
0029xx02		CS	Unknown	1
0029xx0F		CS	Unknown	1
0029xx10		LO	Unknown	1
0029xx11		DS	Unknown	1
0029xx12		CS	Unknown	1
0029xx1F		CS	Unknown	1
0029xx20		LO	Unknown	1
0029xx21		DS	Unknown	1
0029xx22		CS	Unknown	1
0029xx2F		CS	Unknown	1
0029xx30		LO	Unknown	1
0029xx31		DS	Unknown	1
0029xx32		CS	Unknown	1
0029xx3F		CS	Unknown	1
	STENTOR
0073xx01		ST	Unknown	1
0073xx02		LT	Private Creator	1
0073xx03		UT	Stentor Remote AETitle Element	1
0073xx04		UT	Stentor Local AETitle Element	1
0073xx06		UT	Stentor Transfer Syntax Value	1
	SVISION
0017xx00		LO	Extended Body Part	1
0017xx10		LO	Extended View Position	1
0017xx20		SQ	Scheduled Procedure Step	1
0017xxA0		IS	Fixed Grid System	1
0017xxF0		IS	Images SOP Class	1
0019xx00		IS	AEC Field	1
0019xx01		IS	AEC Film Screen	1
0019xx02		IS	AEC Density	1
0019xx10		IS	Patient Thickness	1
0019xx16		IS	Unknown	1
0019xx18		IS	Beam Distance	1
0019xx20		IS	Workstation Number	1
0019xx28		IS	Tube Number	1
0019xx30		IS	Bucky Grid	1
0019xx34		IS	Focus	1
0019xx38		IS	Age Group	1
0019xx40		IS	Collimator Distance X	1
0019xx41		IS	Collimator Distance Y	1
0019xx50		IS	Bucky Height	1
0019xx60		IS	Bucky Angle	1
0019xx68		IS	C-Arm Angle	1
0019xx69		IS	Collimator Angle	1
0019xx70		IS	Filter Number	1
0019xx74		LO	Filter Material 1	1
0019xx75		LO	Filter Material 2	1
0019xx78		DS	Filter Thickness 1	1
0019xx79		DS	Filter Thickness 2	1
0019xx80		IS	Bucky Format	1
0019xx81		IS	Object Position	1
0019xx90		LO	Desk Command	1
0019xx91		IS	Central Beam X	1
0019xx92		IS	Central Beam Y	1
0019xx93		IS	Tube Turn Angle	1
0019xx94		IS	Stand drive level	1
0019xxA0		DS	Extended Exposure Time	1
0019xxA1		DS	Actual Exposure Time	1
0019xxA8		DS	Extended X-ray Tube Current	1
0019xxB0		IS	Dose Indicator	1
0019xxB1		IS	Shift Reference Value	1
0019xxF0		IS	Unknown	1
0021xx00		DS	Noise Reduction	1
0021xx01		DS	Contrast Amplification	1
0021xx02		DS	Edge Contrast Boosting	1
0021xx03		DS	Latitude Reduction	1
0021xx10		LO	Find Range Algorithm	1
0021xx11		DS	Threshold C-Algorithm	1
0021xx20		LO	Sensometric Curve	1
0021xx30		DS	Lower Window Offset	1
0021xx31		DS	Upper Window Offset	1
0021xx40		DS	Min. Printable Density	1
0021xx41		DS	Max. Printable Density	1
0021xx50		DS	Min. Window Latitude	1
0021xx51		DS	Max. Window Latitude	1
0021xx52		DS	Rel. Window Alignment	1
0021xx60		DS	Decomposition Layer	1
0021xx90		DS	Brightness	1
0021xx91		DS	Contrast	1
0021xx92		DS	Shape Factor	1
0023xx00		LO	Image Laterality	1
0023xx01		IS	Letter Position	1
0023xx02		IS	Burned In Annotation	1
0023xx03		LO	Unknown	1
0023xxF0		IS	Image SOP Class	1
0025xx00		IS	Original Image	1
0025xx01		IS	Not Processed Image	1
0025xx02		IS	Cut Out Image	1
0025xx03		IS	Duplicated Image	1
0025xx04		IS	Stored Image	1
0025xx05		IS	Retrieved Image	1
0025xx06		IS	New Image	1
0025xx07		IS	Media Stored Image	1
0025xx08		IS	Image State	1
0025xx09		IS	Image Stitched Manually	1
0025xx0A		IS	Image Stitched Automatically	1
0025xx20		LO	Source Image File	1
0025xx21		LO	Source UID	1
0027xx00		IS	Number of Series	1
0027xx01		IS	Number of Studies	1
0027xx10		DT	Oldest Series	1
0027xx11		DT	Newest Series	1
0027xx12		DT	Oldest Study	1
0027xx13		DT	Newest Study	1
0029xx00		IS	Key Note Instance UID	1
0029xx01		IS	Storage State	1
0029xx02		IS	Referenced Image SOP Class	1
0029xx03		LO	Ref. Image Instance UID	1
0029xx04		IS	Rel. Presentation State Number	1
0029xx05		LO	Rel. Presentation State UID	1
	Siemens Ultrasound Miscellaneous
0019xx20		SH	Unknown	1
	Siemens: Thorax/Multix FD Image Stamp
0023xx00		US	Unknown	1
0023xx01		US	Unknown	1
0023xx02		US	Unknown	1
0023xx03		US	Unknown	1
0023xx04		US	Unknown	1
	Siemens: Thorax/Multix FD Lab Settings
0019xx00		LT	Internal Value	1
0019xx02		LO	Total Area Dose Product	1
0019xx04		LO	Unknown	1
0019xx05		US	Cassette Image	1
0019xx06		FD	Table Object Distance	1
0019xx07		FD	Table Detector Distance	1
0019xx08		US	Ortho Step Distance	1
0021xx08		US	Auto Window Flag	1
0021xx09		SL	Auto Window Center	1
0021xx0A		SL	Auto Window Width	1
0021xx0B		SS	Filter ID	1
0021xx14		US	Anatomic Correct View	1
0021xx15		SS	Auto Window Shift	1
0021xx16		DS	Auto Window Expansion	1
0021xx17		LO	System Type	1
0021xx30		SH	Anatomic Sort Number	1
0021xx31		SH	Acquisition Sort Number	1
	Siemens: Thorax/Multix FD Post Processing
0021xx00		US	Label Left	1
0021xx01		SS	Label Left Orientation	1
0021xx02		FL	Label Left Percentage X	1
0021xx03		FL	Label Left Percentage X	1
0021xx04		US	Label Right	1
0021xx05		SS	Label Right Orientation	1
0021xx06		FL	Label Right Percentage X	1
0021xx07		FL	Label Right Percentage X	1
0021xx08		US	Auto Window Flag	1
0021xx09		SL	Auto Window Center	1
0021xx0A		SL	Auto Window Width	1
0021xx0B		SS	Filter ID	1
0021xx0C		FL	Degree of Edge Enhancement	1
0021xx0D		SS	Half Kernel Size	1
0021xx0E		US	Dose Control Value	1
0021xx0F		US	Deleted Image Flag	1
0021xx10		US	Same Size Support	1
0021xx11		SS	Label Left Init Position	1
0021xx12		SS	Label Right Init Position	1
0021xx13		SS	Patient Rotation	1
0021xx14		US	Anatomic Correct View Flag	1
0021xx15		SS	Auto Window Shift	1
0021xx16		DS	Auto Window Expansion	1
	Siemens: Thorax/Multix FD Raw Image Settings
0025xx00		SS	Raw Image Amplification	1
0025xx01		SS	Gamma LUT	1
0025xx02		US	Collimator Manual	1
0025xx03		FL	Collimator Up Left X Percentage	1
0025xx04		FL	Collimator Up Right X Percentage	1
0025xx05		FL	Collimator Low Left X Percentage	1
0025xx06		FL	Collimator Low Right X Percentage	1
0025xx07		FL	Collimator Up Left Y Percentage	1
0025xx08		FL	Collimator Up Right Y Percentage	1
0025xx09		FL	Collimator Low Left Y Percentage	1
0025xx0A		FL	Collimator Low Right Y Percentage	1
0025xx0B		US	Set Gray	1
0025xx0C		SS	Harmonization Kernel	1
0025xx0D		FL	Harmonization Gain	1
0025xx0E		SS	Edge Enhancement Kernel	1
0025xx0F		FL	Edge Enhancement Gain	1
0025xx10		LT	Raw Image File Name	1
0025xx11		SS	Global Offset	1
0025xx12		SS	Image Columns	1
0025xx13		SS	Image Rows	1
0025xx14		SS	Image Alignment	1
0025xx15		SS	Active Image Columns	1
0025xx16		SS	Active Image Rows	1
0025xx17		LO	System Type	1
0025xx18		US	Auto Gain	1
0025xx19		US	Ortho Sub Sampling	1
0025xx1A		US	Image Crop Upper Left	2
0025xx1B		US	Image Crop Upper Right	2
0025xx1C		US	Image Crop Lower Left	2
0025xx1D		US	Image Crop Lower Right	2
0025xx30		US	Manual Cropping	1
0025xx31		SS	Gamma LUT Parameter 1	1
0025xx32		DS	Gamma LUT Parameter 2	1
0025xx33		SS	Gamma LUT Parameter 3	1
0025xx34		SS	Gamma LUT Parameter 4	1
	Siemens: Thorax/Multix FD Version
0017xx00		LO	Build Date	1
0017xx01		LO	IOD Version	1
	Silhouette Annot V1.0
0029xx11		IS	Annotation Name	1
0029xx12		LT	Annotation Font	1
0029xx13		LT	Annotation Text Foreground Color	1
0029xx14		LT	Annotation Text Background Color	1
0029xx15		UL	Annotation Text Backing Mode	1
0029xx16		UL	Annotation Text Justification	1
0029xx17		UL	Annotation Text Location	1
0029xx18		LT	Annotation Text String	1
0029xx19		UL	Annotation Text Attach Mode	1
0029xx20		UL	Annotation Text Cursor Mode	1
0029xx21		UL	Annotation Text Shadow Offset X	1
0029xx22		UL	Annotation Text Shadow Offset Y	1
0029xx23		LT	Annotation Line Color	1
0029xx24		UL	Annotation Line Thickness	1
0029xx25		UL	Annotation Line Type	1
0029xx26		UL	Annotation Line Style	1
0029xx27		UL	Annotation Line Dash Length	1
0029xx28		UL	Annotation Line Attach Mode	1
0029xx29		UL	Annotation Line Point Count	1
0029xx30		FD	Annotation Line Points	1
0029xx31		UL	Annotation Line Control Size	1
0029xx32		LT	Annotation Marker Color	1
0029xx33		UL	Annotation Marker Type	1
0029xx34		UL	Annotation Marker Size	1
0029xx35		FD	Annotation Marker Location	1
0029xx36		UL	Annotation Marker Attach Mode	1
0029xx37		LT	Annotation Geom Color	1
0029xx38		UL	Annotation Geom Thickness	1
0029xx39		UL	Annotation Geom Line Style	1
0029xx40		UL	Annotation Geom Dash Length	1
0029xx41		UL	Annotation Geom Fill Pattern	1
0029xx42		UL	Annotation Interactivity	1
0029xx43		FD	Annotation Arrow Length	1
0029xx44		FD	Annotation Arrow Angle	1
0029xx45		UL	Annotation Don't Save	1
	Silhouette Graphics Export V1.0
0029xx00		UI	Unknown	1
	Silhouette Line V1.0
0029xx11		IS	Line Name	1
0029xx12		LT	Line Name Font	1
0029xx13		UL	Line Name Display	1
0029xx14		LT	Line Normal Color	1
0029xx15		UL	Line Type	1
0029xx16		UL	Line Thickness	1
0029xx17		UL	Line Style	1
0029xx18		UL	Line Dash Length	1
0029xx19		UL	Line Interactivity	1
0029xx20		LT	Line Measurement Color	1
0029xx21		LT	Line Measurement Font	1
0029xx22		UL	Line Measurement Dash Length	1
0029xx23		UL	Line Point Space	1
0029xx24		FD	Line Points	1
0029xx25		UL	Line Control Point Size	1
0029xx26		UL	Line Control Point Space	1
0029xx27		FD	Line Control Points	1
0029xx28		LT	Line Label	1
0029xx29		UL	Line Don't Save	1
	Silhouette ROI V1.0
0029xx11		IS	ROI Name	1
0029xx12		LT	ROI Name Font	1
0029xx13		LT	ROI Normal Color	1
0029xx14		UL	ROI Fill Pattern	1
0029xx15		UL	ROI Bp Seg	1
0029xx16		UN	ROI Bp Seg Pairs	1
0029xx17		UL	ROI Seed Space	1
0029xx18		UN	ROI Seeds	1
0029xx19		UL	ROI Line Thickness	1
0029xx20		UL	ROI Line Style	1
0029xx21		UL	ROI Line Dash Length	1
0029xx22		UL	ROI Interactivity	1
0029xx23		UL	ROI Name Position	1
0029xx24		UL	ROI Name Display	1
0029xx25		LT	ROI Label	1
0029xx26		UL	ROI Shape	1
0029xx27		FD	ROI Shape Tilt	1
0029xx28		UL	ROI Shape Points Count	1
0029xx29		UL	ROI Shape Points Space	1
0029xx30		FD	ROI Shape Points	1
0029xx31		UL	ROI Shape Control Points Count	1
0029xx32		UL	ROI Shape Control Points Space	1
0029xx33		FD	ROI Shape Control Points	1
0029xx34		UL	ROI Don't Save	1
	Silhouette Sequence Ids V1.0
0029xx41		SQ	Unknown	1
0029xx42		SQ	Unknown	1
0029xx43		SQ	Unknown	1
	Silhouette V1.0
0029xx13		UL	Unknown	1
0029xx14		UL	Unknown	1
0029xx17		UN	Unknown	1
0029xx18		UN	Unknown	1
0029xx19		UL	Unknown	1
0029xx1A		UN	Unknown	1
0029xx1B		UL	Unknown	1
0029xx1C		UL	Unknown	1
0029xx1D		UN	Unknown	1
0029xx1E		UN	Unknown	1
0029xx21		US	Unknown	1
0029xx22		US	Unknown	1
0029xx23		US	Unknown	1
0029xx24		US	Unknown	1
0029xx25		US	Unknown	1
0029xx27		UN	Unknown	1
0029xx28		UN	Unknown	1
0029xx29		UN	Unknown	1
0029xx30		UN	Unknown	1
0029xx52		US	Unknown	1
0029xx53		LT	Unknown	1
0029xx54		UN	Unknown	1
0029xx55		LT	Unknown	1
0029xx56		LT	Unknown	1
0029xx57		UN	Unknown	1
	Silhouette VRS 3.0
0029xx13		UL	Unknown	1
0029xx14		UL	Unknown	1
0029xx17		FD	Unknown	2
0029xx18		FD	Unknown	2
0029xx19		UL	Unknown	1
0029xx1A		FD	Unknown	1
0029xx1B		UL	Unknown	1
0029xx1C		UL	Unknown	1
0029xx1D		UL	Unknown	3
0029xx1E		UL	Unknown	3
0029xx27		US	Unknown	1
0029xx28		OB	Unknown	1
0029xx30		US	Unknown	1
0029xx32		US	Unknown	1
0029xx34		LO	Unknown	1
0029xx35		CS	Unknown	1
0029xx36		US	Unknown	1
	Sound Technologies
F001xx00		CS	Patient Species	1
F001xx01		CS	Patient Breed	1
F001xx02		CS	Patient Category Size	1
F001xx03		CS	Patient Sex Extended (including spay/neuter)	1
F001xx04		CS	Image View	1
F001xx05		CS	Anatomy Imaged	1
F001xx06		CS	Image enhancements	1
F001xx07		CS	Detector Settings	1
F001xx08		CS	Application Version	1
F001xx09		LO	Image Laterality Extended	1
F001xx0A		PN	Client Name	1
F001xx0B		UI	Reference Study Instance Uid	1
F001xx0C		UI	Reference Series Instance Uid	1
F001xx0D		LO	Exam Ref Id	1
F001xx0E		ST	Physician Of Record Address	1
F001xx0F		SH	Physician Of Record Phone Numbers	1
F001xx10		LT	Reason For Study	1
F001xx11		LO	Protocol	1
F001xx12		LO	CaptureInputType	1
F001xx13		LT	Exam Complaint	1
F001xx14		LO	Exam Web Code	1
F001xx15		LO	Exam Category	1
F001xx16		SH	Exam Diagnosis	1
F001xx17		PN	Exam Created By	1
F001xx18		LO	Exam Created By Group	1
F001xx19		DT	Exam Required By DateTime	1
F001xx1A		LO	Capture Type	1
F001xx1B		IS	Telemed Exam ID	1
F001xx1C		LO	Exam Created By Guid	1
F001xx1D		LO	Client Name Guid	1
	TMDTK
7EFFxx21		SQ	Unknown	1
7EFFxx2E		LT	Unknown	1
	TOSHIBA COMAPL HEADER
0029xx08		CS	COMAPL Header Type	1
0029xx09		LO	COMAPL Header Version	1
0029xx10		LO		1
0029xx20		OB	COMAPL History Information	1
0029xx31		LO		1-n
0029xx32		UL		1-n
0029xx33		UL		1-n
0029xx34		CS		1-n
	TOSHIBA COMAPL OOG
0029xx08		CS	COMAPL OOG Type	1
0029xx09		LO	COMAPL OOG Version	1
0029xx10		LO		1
0029xx31		LO		1-n
0029xx32		UL		1-n
0029xx33		UL		1-n
0029xx34		CS		1-n
	TOSHIBA ENCRYPTED SR DATA
7015xx00		OB	Toshiba US Private Data	1
	TOSHIBA MDW HEADER
0029xx08		CS	Application Header Type	1
0029xx09		LO	Application Header Version	1
0029xx10		CS	Image Header Type	1
0029xx11		LO	Image Header Version	1
0029xx12		OB	Image Header Info	1
0029xx18		CS	Series Header Type	1
0029xx19		LO	Series Header Version	1
0029xx20		OB	Series Header Info	1
0029xx31		LO	PMTF Information 1	1
0029xx32		UL	PMTF Information 2	1
0029xx33		UL	PMTF Information 3	1
0029xx34		CS	PMTF Information 4	1
	TOSHIBA MDW NON-IMAGE
0029xx08		CS	Application Header Type	1
0029xx09		LO	Application Header Version	1
0029xx10		OB	Application Header Data	1
0029xx20		OB	Application Header Data	1
7FE1xx10		OB	Toshiba US Private Data	1
	TOSHIBA_MEC_1.0
0009xx01		LT	Unknown	1
0009xx02		US	Unknown	1-n
0009xx03		US	Unknown	1-n
0009xx04		US	Unknown	1-n
0011xx01		LT	Unknown	1
0011xx02		US	Unknown	1-n
0019xx01		US	Unknown	1-n
0019xx02		US	Unknown	1-n
0021xx01		US	Unknown	1-n
0021xx02		US	Unknown	1-n
0021xx03		US	Unknown	1-n
7FF1xx01		US	Unknown	1-n
7FF1xx02		US	Unknown	1-n
7FF1xx03		US	Unknown	1-n
7FF1xx10		US	Unknown	1-n
	TOSHIBA_MEC_CT3
7005xx00		OB	CT Private Data 1	1-n
7005xx03		SH	Cardiac R-R Mean Time	1
7005xx04		SH	Cardiac Reconstruction Gating Phase in Percent	1
7005xx05		SH	Cardiac Reconstruction Gating Phase in ms	1
7005xx06		SH	Cardiac Reconstruction Mode	1
7005xx07		DS	Reconstruction Center	2
7005xx08		DS	Detector Slice Thickness in mm	1
7005xx09		LO	Number of Detector rows to Reconstruct	1
7005xx0A		DS	Table Speed in mm/rot	1
7005xx0B		SH	Filter	1
7005xx0C		SH	Reconstruction Correction Type	1
7005xx0D		CS	Organ	1
7005xx0E		SH	File Type Remarks	1
7005xx0F		SH	Direction	1
7005xx10		OB	CT Private Data 2	1-n
7005xx11		LT	Series Comment	1
7005xx12		SH	Position	1
7005xx13		US	Expert Plan No.	1
7005xx14		US	Reconstruction ROI No.	1
7005xx15		US	Special Helical ACQ No.	1
7005xx16		UI	Volume UID	1
7005xx17		US	Total Frame Count in the Volume	1
7005xx18		US	Frame No.	1
7005xx19		UL	Frame Sort Key	1
7005xx1A		US	Frame Sort Order	1
7005xx1B		SH	Convolution Kernel	1
7005xx1C		LO	Contrast/Bolus Agent	1
7005xx1D		UL	Reconstruction Number	1
7005xx1E		UL	Raw Data Number	1
7005xx1F		LO	Volume Number	1
7005xx20		UL	Local Series Number	1
7005xx21		LO	Decrease in Artifact Filter	1
7005xx22		DS	Reconstruction Interval	1
7005xx23		DS	Pitch Factor	1
7005xx24		DA	The Acquisition Date of NRA	1
7005xx25		UL	Large Data File Attribute	1
7005xx26		CS	Large Data File Name	1-8
7005xx28		SQ	Enhanced CT Private Sequence	1
7005xx29		UI	Frame UID	1
7005xx30		CS	Main Modality in Study	1
7005xx35		DS	Scan Range	2
7005xx36		OB	CT Private Data 3	1-n
7005xx37		IS	Total Frames	1
7005xx38		IS	Start Frame	1
7005xx39		IS	End Frame	1
7005xx40		FD	DLP Dose Length Product	1
7005xx41		SH	Raw Slice Information	1
7005xx42		US	Local Frame No	1
7005xx43		DS	Volume Vector	3
7005xx44		US	Volume Type	1
7005xx45		DS	Relative Table Position of 4D Volume	1
7005xx46		DS	Absolute Table Position of 4D Volume	1
7005xx47		DS	Slice Pitch of 4D Volume	1
7005xx48		LO	Respiratory Gating Inf.	1
7005xx49		SH	Respiration Phase	1
7005xxF1		CS	Protect Mark for Image, Curve or Private Record	1
7005xxF2		CS	Protect Mark for Series Record	1
7005xxF3		CS	Protect Mark for Study Record	1
	TOSHIBA_MEC_CT_1.0
0019xx01		IS	Unknown	1
0019xx02		IS	Unknown	1
0019xx03		US	Unknown	1-n
0019xx04		LT	Unknown	1
0019xx05		LT	Unknown	1
0019xx06		US	Unknown	1-n
0019xx07		US	Unknown	1-n
0019xx08		LT	Orientation Head Feet	1
0019xx09		LT	View Direction	1
0019xx0A		LT	Orientation Supine Prone	1
0019xx0B		DS	Location	1
0019xx0C		CS	Scan View Direction	1
0019xx0D		TM	Time	1
0019xx0E		DS	Unknown	1
7FF1xx01		US	Unknown	1-n
7FF1xx02		US	Unknown	1-n
7FF1xx03		IS	Unknown	1
7FF1xx04		IS	Unknown	1
7FF1xx05		US	Unknown	1-n
7FF1xx07		US	Unknown	1-n
7FF1xx08		US	Unknown	1-n
7FF1xx09		US	Unknown	1-n
7FF1xx0A		LT	Unknown	1
7FF1xx0B		US	Unknown	1-n
7FF1xx0C		US	Unknown	1-n
7FF1xx0D		US	Unknown	1-n
	TOSHIBA_MEC_MR3
00290089		LO	Unknown	1
700Dxx00		DS	Scale Factor	1
700Dxx01		OB	Acquisition Order	1
700Dxx02		DS	Orientation Vector	9
700Dxx03		SS	Flip Flag	1
700Dxx04		OB	Rotate Information	1
700Dxx05		DS	FOV	1
700Dxx06		US	Image Matrix	4
700Dxx07		OB	Image Information	1
700Dxx08		OB	Original Data	1
700Dxx09		SS	Original Data Flag	1
700Dxx0C		CS	Receiver Gain Correction Check Flag	1
700Dxx20		SH	Identification Flag of 3D GDC	1
700Dxx80		US	Number of PAC channel	1
700Dxx81		US	Reference mode	1
700Dxx82		SQ	Gain value group for MRS	1
700Dxx83		FL	Gain value of each channel for MRS	1
700Dxx84		FL	Phase value of each channel for MRS	1
700Dxx85		FL	Reference gain value of each channel for MRS	1
700Dxx86		FL	Reference gain value of each channel for MRS	1
700Dxx87		FL	Receiver gain of reference scan	1
700Dxx88		UL	Flag of water Sat pulse	1
700Dxx89		FL	Selected contrast TE	1
700Dxx8A		SQ	Raw Data Set Sequence	1
700Dxx8B		DS	Multi Slice number	1
700Dxx8C		DS	Multi Coverage number	1
700Dxx8D		SQ	Raw Data Sequence	1
700Dxx8E		DS	Coil Channel No.	1
700Dxx8F		OB	MRS Raw Data	1
700Dxx90		OF	MRS Ref Raw Data	1
700Dxx91		FL	Receiver gain of prescan	1
	TOSHIBA_MEC_MR3^10
00090002		SH	Unknown	1
00110003		US	Unknown	1
00110004		SQ	Unknown	1
00110005		US	Unknown	1
00110006		US	Unknown	1
00110007		US	Unknown	1-n
00110008		SH	Unknown	1
0011000C		SS	Unknown	1
0011000E		US	Unknown	2
00190001		UL	Unknown	1
00190002		SL	Unknown	1
00190003		US	Unknown	1
00190004		SL	Unknown	1
00190005		FL	Unknown	1
00190006		SL	Unknown	1
00190007		FL	Unknown	3
00190008		US	Unknown	1
00190009		FL	Unknown	1
0019000A		FL	Unknown	1
0019000B		FL	Unknown	1
0019000C		US	Unknown	3
0019000D		SL	Unknown	6
0019000E		SL	Unknown	6
0019000F		SL	Unknown	6
00190010		US	Unknown	2
00190011		SL	Unknown	2
00190012		US	Unknown	1
00190013		SL	Unknown	1
00190014		US	Unknown	1
00190015		SL	Unknown	1
00190016		FL	Unknown	1
00190017		SL	Unknown	1
00190018		US	Unknown	1
00190019		SL	Unknown	1
0019001A		US	Unknown	1
0019001B		SL	Unknown	1
0019001C		SL	Unknown	1
0019001D		SL	Unknown	1
0019001E		US	Unknown	1
0019001F		SL	Unknown	1
00190020		FL	Unknown	2
00190021		US	Unknown	1
00190022		SL	Unknown	2
00190023		FL	Unknown	1
00190024		FL	Unknown	1
00190025		FL	Unknown	1
00190026		SL	Unknown	1
00190027		SL	Unknown	1
00190028		SL	Unknown	1
00190029		SH	Unknown	1
0019002B		SH	Unknown	1
0019002C		SL	Unknown	1
0019002D		SL	Unknown	1
0019002E		US	Unknown	1
0019002F		FL	Unknown	1
00190030		UL	Unknown	1
00190031		OF	Unknown	1-n
00190032		FL	Unknown	1
00190033		SL	Unknown	3
00190034		SL	Unknown	1
00190035		SL	Unknown	1
00190036		SQ	Unknown	1
00190038		SL	Unknown	1
0019003A		SL	Unknown	1
0019003B		SL	Unknown	2
0019003C		SL	Unknown	1
0019003D		SL	Unknown	1
0019003E		SL	Unknown	1
0019003F		SL	Unknown	1
00190042		US	Unknown	1
00190043		US	Unknown	1
00190044		SL	Unknown	1
00190045		SS	Unknown	1
00190046		US	Unknown	1
00190047		FL	Unknown	1
00190048		US	Unknown	1
00190049		US	Unknown	1
0019004B		US	Unknown	1
0019004C		US	Unknown	1
0019004D		SL	Unknown	1
0019004E		US	Unknown	1
0019004F		US	Unknown	1
00190050		SL	Unknown	2
00190051		SL	Unknown	2
00190052		LO	Unknown	1
00190054		US	Unknown	1
00190055		US	Unknown	1
00190057		FL	Unknown	3
00190058		FL	Unknown	3
00190059		SL	Unknown	1
0019005A		FL	Unknown	1-n
0019005D		FL	Unknown	1-n
0019005E		SL	Unknown	1
0019005F		FL	Unknown	1
00190060		US	Unknown	1
00190061		US	Unknown	1
00190062		US	Unknown	1
00190063		FL	Unknown	1
00190064		FL	Unknown	1
00190065		SL	Unknown	2
00190069		FL	Unknown	1
0019006A		US	Unknown	1
0019006B		SL	Unknown	1
0019006D		SL	Unknown	1
0019006E		FL	Unknown	1
0019006F		SL	Unknown	1
00190070		LO	Unknown	1
00190071		LO	Unknown	1
00190073		LO	Unknown	1
00190075		LO	Unknown	1
00190076		LO	Unknown	1
00190078		LO	Unknown	1
0019007B		LO	Unknown	1
0019007C		FL	Unknown	1
0019007D		FL	Unknown	1
0019007E		SL	Unknown	1
0019007F		SL	Unknown	1
00190085		FL	Unknown	1
00190086		SL	Unknown	1
00190087		FL	Unknown	1
00190088		LO	Unknown	1
0019008A		SL	Unknown	1-n
0019008C		UL	Unknown	1
0019008D		TM	Unknown	1
0019008E		SL	Unknown	1
00190092		SL	Unknown	1
00190093		FL	Unknown	3
00190096		US	Unknown	1
0019009B		FL	Unknown	3
0019009C		SL	Unknown	1
001900A0		SL	Unknown	4
001900A1		DS	Unknown	1
001900A2		SL	Unknown	1
001900A3		SL	Unknown	3
001900A4		FL	Unknown	3
001900A5		FL	Unknown	1
001900A6		SL	Unknown	1
001900A8		FL	Unknown	1
001900A9		SL	Unknown	1
001900AB		FL	Unknown	3
001900AC		US	Unknown	1
001900AD		FL	Unknown	1
001900AE		FL	Unknown	1
001900AF		SL	Unknown	1
001900B0		SL	Unknown	1
001900B1		SL	Unknown	1
001900B4		SL	Unknown	1
001900B5		SL	Unknown	1
001900B6		SL	Unknown	1
001900B7		FL	Unknown	2
001900BA		FL	Unknown	1
001900BB		FL	Unknown	1
001900BC		FL	Unknown	2
001900BD		SL	Unknown	1
001900BE		SL	Unknown	1
001900C1		SL	Unknown	1
001900C3		SL	Unknown	1
001900C6		FL	Unknown	2
001900C9		SL	Unknown	1
001900CA		LO	Unknown	1
001900CB		UL	Unknown	1
001900CC		UL	Unknown	1
001900CD		SL	Unknown	1
001900CE		SL	Unknown	1
001900CF		SL	Unknown	1
001900D0		US	Unknown	1
001900D1		SL	Unknown	1
001900D2		SL	Unknown	3
001900D3		SL	Unknown	1
001900D4		SL	Unknown	1
001900D8		US	Unknown	1
001900D9		SQ	Unknown	1
001900DA		US	Unknown	1
001900DB		SL	Unknown	1
001900DC		SL	Unknown	1
001900E1		SL	Unknown	1
001900E4		SL	Unknown	1
001900E5		SQ	Unknown	1
001900E6		SQ	Unknown	1
001900E9		SL	Unknown	1
001900EA		UI	Unknown	1
001900EB		SL	Unknown	1
001900EC		US	Unknown	1
001900EE		FL	Unknown	1
001900EF		FL	Unknown	1
001900F0		SL	Unknown	1
001900F1		FL	Unknown	1
001900F2		FL	Unknown	1
001900F3		SL	Unknown	1
001900F4		FD	Unknown	1
001900F5		SL	Unknown	1
001900F6		UI	Unknown	1
001900F8		US	Unknown	1
001900F9		SL	Unknown	1
001900FA		FL	Unknown	1
001900FB		UL	Unknown	1
001900FC		FL	Unknown	1
001900FD		FL	Unknown	1
001900FE		SL	Unknown	1
001900FF		SL	Unknown	3
00210002		SL	Unknown	1
00210003		SL	Unknown	1
00210004		US	Unknown	1
00210008		DS	Unknown	3
00210009		DS	Unknown	3
0021000A		DS	Unknown	3
0021000B		US	Unknown	1
0021000C		US	Unknown	1
0021000D		FL	Unknown	1
0021000F		US	Unknown	1
00210012		DS	Unknown	3
00210014		SQ	Unknown	1
00210015		FL	Unknown	1
00210016		FL	Unknown	2
00210018		US	Unknown	1
0021001A		US	Unknown	1
0021001D		IS	Unknown	1
0021001F		US	Unknown	1
00210022		US	Unknown	1
00210023		SS	Unknown	1
00290001		SL	Unknown	1
00290005		SQ	Unknown	1
00290006		FL	Unknown	1
00290007		FL	Unknown	1
0029001C		FL	Unknown	2
00290021		SL	Unknown	3
0029004E		SL	Unknown	1
00290050		LO	Unknown	1
00290051		LO	Unknown	1
00290052		LO	Unknown	1
00290054		LO	Unknown	1
00290067		FD	Unknown	4
00290068		SS	Unknown	1
0029006E		OB	Unknown	1
700D0010		DS	2nd Flip Angle [degree]	1
700D0011		US	Acquisition Inner Matrix	2
700D0012		US	MP2RAGE Flag	1
700D0013		FL	Inversion efficiency of inversion recovery pulse	1
700D0014		SL	Number of dummy shot	1
700D0015		FL	FFE total repetition time[s]	1
700D0016		LO	PAS Name	3
700D0017		LT	Intended Processing	1
700D0018		SS	Scanned Orientation IDs	1-n
700D0019		OB	PAS Reproduct Information	1
700D0080		US	Unknown	1
E2010002		US	Unknown	1
E3010000		SH	Unknown	1
E4010000		US	Unknown	1
E4010001		US	Unknown	1
E4010002		US	Unknown	1
E4010003		US	Unknown	1
E4010004		US	Unknown	1
E4010005		OB	Unknown	1
E4010007		FL	Unknown	1
E4010008		FL	Unknown	1
E4010012		FL	Unknown	1
E4010013		OB	Unknown	1
E4010020		SQ	Unknown	1
E4010021		SQ	Unknown	1
E4010022		LO	Unknown	1
E4010023		SH	Unknown	1
E4010024		OB	Unknown	1
E4030000		SQ	Unknown	1
EE010000		US	Unknown	1
EE010001		OB	Unknown	1
EE010002		US	Unknown	1
	TOSHIBA_MEC_MR3^11
00190002		SL	Unknown	1
00190003		SL	Unknown	1
00190004		SL	Unknown	1
00190008		SH	Unknown	1
00190009		SL	Unknown	2
0019000A		SL	Unknown	1
0019000B		OB	Unknown	1
0019000C		SL	Unknown	1
00190019		SQ	Unknown	1
00190024		SL	Unknown	1
00190025		SL	Unknown	1
00190026		SL	Unknown	1
00190028		SL	Unknown	1
00190029		SL	Unknown	1
0019002A		FL	Unknown	1
0019002B		FL	Unknown	1
0019002C		SL	Unknown	3
0019002D		SL	Unknown	3
0019002E		SL	Unknown	1
00190030		SL	Unknown	1
00190031		SL	Unknown	1
00190032		SL	Unknown	1
00190034		FL	Unknown	1
00190035		SL	Unknown	1
00190036		FL	Unknown	1
00190037		SL	Unknown	1
00190038		SL	Unknown	1
00190039		FL	Unknown	1
0019003A		FL	Unknown	1
0019003C		FL	Unknown	3
0019003E		FL	Unknown	9
0019003F		UI	Unknown	1
00190040		US	Unknown	1
00190041		US	Unknown	1
00190042		SL	Unknown	1
00190043		SL	Unknown	1
00190044		SL	Unknown	1
00190046		FL	Unknown	1
00190048		LT	Unknown	1
00190049		LT	Unknown	1
0019004C		SL	Unknown	1
0019004D		SL	Unknown	1
0019004E		SL	Unknown	1
00190055		LO	Unknown	1
00190057		FL	Unknown	1
00190058		US	Unknown	1
00190059		US	Unknown	1
0019005C		SL	Unknown	1
0019005D		SL	Unknown	1
0019005F		FL	Unknown	1
00190060		SL	Unknown	1
00190061		FL	Unknown	1
00190062		FL	Unknown	1
00190063		SL	Unknown	1
00190067		FL	Unknown	1
00190068		SL	Unknown	1
0019006C		FL	Unknown	1
0019006D		SH	Unknown	1
0019006E		SH	Unknown	1
0019006F		FL	Unknown	1
00190070		FL	Unknown	1
00190071		SL	Unknown	1
00190072		FL	Unknown	1
00190073		FL	Unknown	1
00190077		FL	Unknown	1
00190078		SL	Unknown	1
0019007A		SL	Unknown	2
0019007C		FL	Unknown	3
0019007D		SL	Unknown	1
0019007E		SL	Unknown	1
0019007F		SL	Unknown	1
00190080		FL	Unknown	1
00190083		FL	Unknown	1
00190084		SL	Unknown	1
00190087		SL	Unknown	1
0019008A		US	Unknown	1
0019008B		SL	Unknown	1
0019008C		SL	Unknown	1
0019008F		SL	Unknown	1
00190091		SL	Unknown	1
00190092		SL	Unknown	1
00190094		FL	Unknown	1
0019009A		SL	Unknown	1
0019009B		US	Unknown	1
0019009C		FL	Unknown	1
0019009D		SL	Unknown	1
0019009E		SL	Unknown	1
0019009F		SL	Unknown	1
001900A0		SL	Unknown	1
001900A5		US	Unknown	1
001900A6		US	Unknown	1
001900A8		SL	Unknown	1
001900AB		US	Unknown	1
001900AD		SL	Unknown	1
001900AE		SL	Unknown	1
001900B0		FL	Unknown	1
001900B1		SL	Unknown	1
001900B2		US	Unknown	1
001900B3		US	Unknown	1
001900B4		US	Unknown	1
001900B5		FL	Unknown	1
001900B6		SL	Unknown	1
001900B7		US	Unknown	1
001900B9		US	Unknown	1
001900BB		FL	Unknown	1
001900BC		SL	Unknown	1
001900BD		SL	Unknown	1
001900BE		FL	Unknown	1
001900BF		SL	Unknown	1
001900C0		SL	Unknown	1
001900C1		US	Unknown	1
001900C3		FL	Unknown	1
001900C4		SL	Unknown	1
001900CD		SL	Unknown	3
001900E0		FL	Unknown	1
001900E1		FL	Unknown	1
001900E3		SL	Unknown	3
001900E4		DS	Unknown	1
001900E5		SQ	Unknown	1
001900E6		SQ	Unknown	1
001900F0		SL	Unknown	4
001900F1		SL	Unknown	3
001900F2		FL	Unknown	3
001900F3		SL	Unknown	1
001900F4		SL	Unknown	1
001900F5		SQ	Unknown	1
001900F6		SL	Unknown	1
001900F7		SL	Unknown	1
001900F8		SL	Unknown	1
001900F9		SL	Unknown	1
001900FA		SL	Unknown	1
001900FB		FL	Unknown	1
001900FC		FL	Unknown	1
001900FD		SL	Unknown	1
001900FE		SL	Unknown	1
001900FF		SL	Unknown	1
	TOSHIBA_MEC_MR3^12
00190000		SL	Unknown	1
00190001		SL	Unknown	1
00190002		SL	Unknown	1
00190003		SL	Unknown	1
00190004		SL	Unknown	1
00190005		SH	Unknown	1
00190006		FL	Unknown	1
00190007		UL	Unknown	1-n
00190008		UL	Unknown	1-n
00190009		SL	Unknown	1
0019000A		SL	Unknown	1
0019000B		SL	Unknown	1
0019000C		UL	Unknown	1
0019000D		SQ	Unknown	1
0019000E		US	Unknown	1
00190010		SL	Unknown	1
00190011		SL	Unknown	1
00190012		SL	Unknown	1
00190013		FL	Unknown	1
00190014		FL	Unknown	1
00190018		UL	Unknown	1
00190028		DS	Unknown	1
0019002A		DS	Unknown	3
0019002B		SQ	Unknown	1
00190032		SH	Unknown	1
00190034		SL	Unknown	1
00190052		FL	Unknown	2
00190076		OB	Unknown	1
00190079		SQ	Unknown	1
00190080		FD	Unknown	1
00190085		US	Unknown	1
00190086		LO	Unknown	1
00190087		SQ	Unknown	1
00190088		US	Unknown	1
00190089		SL	Unknown	1
0019008A		US	Unknown	1
0019008B		US	Unknown	1
0019008F		OB	Unknown	1
00190093		SL	Unknown	1
00190094		UI	Unknown	1
00190095		UI	Unknown	1
00190098		FL	Unknown	3
00190099		LO	Unknown	1
0019009A		DS	Unknown	1
0019009B		IS	Unknown	1
0019009C		DS	Unknown	1
0019009D		US	Unknown	1
0019009E		FL	Unknown	3
0019009F		FL	Unknown	1
001900A0		FL	Unknown	1
001900A1		FL	Unknown	1
001900A2		FL	Unknown	1
001900A3		FL	Unknown	1
001900A4		FL	Unknown	1
001900A5		FL	Unknown	1
001900A6		FL	Unknown	1-n
001900A7		FL	Unknown	1
001900A8		FL	Unknown	1
001900AA		FL	Unknown	3
001900AB		FL	Unknown	3
001900AC		FL	Unknown	3
001900AD		FL	Unknown	3
001900AE		FL	Unknown	3
001900AF		FL	Unknown	3
001900B3		FD	Unknown	1
001900B4		LO	Unknown	1
001900C2		US	Unknown	1
001900C3		FL	Unknown	1
001900C4		SL	Unknown	1
001900C5		SL	Unknown	1
001900C6		SL	Unknown	1
001900C7		FL	Unknown	1
001900CD		LO	Unknown	1
001900CE		UL	Unknown	1
001900CF		FL	Unknown	1
001900D1		FL	Unknown	3
001900D2		US	Unknown	3
001900D3		SS	Unknown	1
001900D4		US	Unknown	2
001900D5		FL	Unknown	1
001900D6		FL	Unknown	3
001900D7		US	Unknown	2
001900D8		FL	Unknown	1-n
001900DE		US	Unknown	1
001900DF		US	Unknown	1
001900E0		US	Unknown	1
001900E1		FL	Unknown	3
001900E2		FL	Unknown	3
001900E3		TM	Unknown	1
001900E4		US	Unknown	2
001900EB		US	Unknown	1
001900EC		US	Unknown	1
001900EF		DS	Unknown	1
001900F0		LO	Unknown	1
001900F1		LO	Unknown	1
001900FA		LT	Unknown	1
001900FC		FL	Unknown	1
001900FD		SL	Unknown	1
001900FE		SL	Unknown	1
	TOSHIBA_MEC_MR3^13
00190002		US	Unknown	1
00190003		SL	Unknown	1
00190004		US	Unknown	1
00190005		SL	Unknown	1
00190008		SL	Unknown	1
00190009		SQ	Unknown	1
0019000A		FD	Unknown	3
0019000B		FD	Unknown	1
0019000C		FD	Unknown	1
0019000F		SH	Unknown	1
00190014		SH	Unknown	1
00190019		US	Unknown	1
0019001B		US	Unknown	1
0019001F		US	Unknown	1
00190022		SL	Unknown	1
E4030000		SH	Unknown	1
E4030001		OB	Unknown	1
E4030002		OB	Unknown	1
E4030003		OB	Unknown	1
	TOSHIBA_MEC_OT3
0009xx00		LO	HIS/RIS Study ID	1
7019xx71		CS	Indicator of creator	1
7019xx72		LO	ID of quality assurance reviewer	1
7019xx73		PN	Name of quality assurance reviewer	1
7019xx74		DA	Date of completion of quality assurance	1
7019xx75		TM	Time of completion of quality assurance	1
7019xx76		LO	Host name of quality assurance station	1
7019xx77		CS	Station name and version of quality assurance station	1
7019xx78		CS	Flag of completion of quality assurance	1
7019xx79		CS	Status of quality assurance review	1
7019xx7A		UI	Original SOP Instance UID	1
7019xx7B		UI	Original Series Instance UID	1
7019xx7C		UI	Original Study Instance UID	1
7019xx7D		US	Rotation information for image display from original image	1
7019xx7E		SQ	Sequence of LR mark	1
7019xx7F		US	Rotation status at creation of LR mark	1
7019xx80		OB/OW	Original image data on area of original LR mark	1
7019xx81		SS	X start position of LR mark	1
7019xx82		SS	Y start position of LR mark	1
7019xx83		US	Size of LR mark in X direction	1
7019xx84		US	Size of LR mark in Y direction	1
7019xx85		LO	Previous Patient ID	1
7019xx86		CS	Previous modality	1
	TOSHIBA_MEC_XA3
7079xx10		LO		1
7079xx21		SH		5
7079xx22		IS		2
7079xx23		IS		2
7079xx24		DS		1
7079xx25		SH		1
7079xx26		DS		2
7079xx27		US		2
7079xx28		US		1
7079xx29		US		10
7079xx2A		US		5
7079xx2B		UN		1
7079xx2C		SH		3
7079xx2D		SS		2
7079xx2E		SH		1
7079xx2F		SH		1
7079xx30		US		1
7079xx31		US		1-n
7079xx32		SH		2
7079xx33		US		1-n
7079xx34		SH		1
7079xx35		SH		1
7079xx36		SH		1
7079xx37		US		4
7079xx38		SS		1-n
7079xx39		SS		1-n
7079xx3A		US		2
7079xx3B		SH		1
7079xx3C		DS		2
7079xx3D		SS		2
7079xx3E		SH		1
7079xx3F		US		2
7079xx40		SH		2
7079xx41		SS		2
7079xx42		SH		1
7079xx43		SH		1
7079xx44		US		1
7079xx45		SH		1
7079xx46		SS		1
7079xx47		SS		18
7079xx48		US		12
7079xx49		US		3
7079xx4A		US		1
7079xx4B		LO		3
7079xx4C		OB		1
7079xx4D		LO		3
7079xx4E		SL		35
7079xx4F		SH		3
7079xx50		US		1-n
7079xx51		US		1-n
7079xx52		US		1
7079xx53		SH		1
7079xx54		US		5
7079xx55		UL		47-47n
7079xx56		US		1
7079xx57		US		1-n
7079xx58		US		1
7079xx59		US		2-2n
7079xx5A		US		1
7079xx5B		US		2
7079xx5C		US		2-2n
7079xx5D		SH		1
7079xx5E		US		2
7079xx5F		SS		4-4n
7079xx60		US		1-n
7079xx61		SS		30-30n
7079xx62		US		4
7079xx63		US		1-n
7079xx64		US		1-n
7079xx65		US		1-n
7079xx66		US		1-n
7079xx67		US		1-n
7079xx68		US		1-n
7079xx69		US		1-n
7079xx6A		US		1-n
7079xx6B		US		1-n
7079xx6C		US		1
7079xx6D		DS		1
7079xx6E		LO		1
7079xx6F		DS		1
7079xx70		DS		1
7079xx71		DS		1-n
7079xx72		DS		1-n
7079xx73		SL		4
7079xx74		SL		28
7079xx75		SH		1
7079xx76		US		1
7079xx77		SL		1
7079xx78		US		1
7079xx79		US		1
7079xx7B		SH	Unknown	1
7079xx80		LO		1
7079xx81		SS		1-n
7079xx82		SS		1-n
	TOSHIBA_SR
7015xx10		OB	Unknown	1
7015xx60		OB	Unknown	1
	Thinking Systems Private Creator
7FDD0042		UN	Unknown	1
7FDD0097		UN	Unknown	1
	V1
0011xx01		OB	User Data	1
0011xx02		DS	Normalization Coefficient	1
0011xx03		DS	Receiving Gain	1-n
0011xx04		DS	Mean Image Noise	1
	VEPRO BROKER 1.0
0057xx10		SQ	VEPRO Data replace sequence	1
	VEPRO BROKER 1.0 DATA REPLACE
0057xx20		SQ	Original data sequence	1
0057xx30		SQ	Replaced data sequence	1
0057xx40		DA	Date of data replacement	1
0057xx41		TM	Time of data replacement	1
0057xx42		LO	Dicom receive node	1
0057xx43		LO	Application name	1
0057xx44		LO	Computer name	1
	VEPRO DICOM RECEIVE DATA 1.0
0059xx40		DA	Receive date	1
0059xx41		TM	Receive time	1
0059xx42		ST	Receive node	1
0059xx43		ST	Receive application	1
0059xx50		ST	Receive local computer	1
0059xx51		ST	Receive local ae title	1
0059xx60		ST	Receive remote computer	1
0059xx61		ST	Receive remote ae title	1
0059xx70		UI	Receive original transfer syntax	1
	VEPRO DICOM TRANSFER 1.0
0059xx10		SQ	Dicom Transfer Info	1
	VEPRO VIF 3.0 DATA
0055xx30		OB	Icon data	1
0055xx65		OB	Image hash value	1
	VEPRO VIM 5.0 DATA
0055xx10		OB	VIFHEADER2	1
0055xx20		OB	VIMDATA2	1
0055xx30		OB	ICONDATA2	1
0055xx51		UI	VEPRO UID ??	1
0055xx65		OB	??	1
	Varian Medical Systems VISION 3253
3253xx00		UN	XML stream.	1
3253xx01		UN	Data length of the XML stream	1
3253xx02		UN	Extended Interface Format tag	1
	Viewing Protocol
0065xx93		CS	Unknown	1
	Vital Images SW 3.4
5653xx10		OB	Saved Workflow	1
5653xx11		LO	Saved Workflow File Name	1
5653xx12		OB	Saved Workflow File Data	1
5653xx13		SL	Saved Workflow File Length	1
5653xx14		SQ	Saved Workflow File Sequence	1
5653xx15		SQ	Image Sequence	1
5653xx16		SL	Volume Interpolated Slices	1
5653xx17		UI	Volume SOP Instance UID	1
5653xx18		SH	Saved Workflow Mark	1
5653xx19		UI	Unknown	1
5653xx22		UI	Unknown	1
5653xx23		LO	Unknown	1
	Voxar 2.16.124.113543.6003.1999.12.20.12.5.0
1135xx00		UI	Private Voxar Capture UID	1
1135xx01		OB	Private Voxar Saved State	1
1135xx02		SQ	Private Voxar Icon Image Sequence	1
1135xx03		ST	Private Voxar Top Right Display Demographics	1
1135xx04		ST	Private Voxar Bottom Left Display Demographics	1
1135xx05		IS	Private Voxar Span State Schema	1
1135xx06		UL	Private Voxar Live Image Restored Size	1
1135xx07		UI	Private Voxar CaptureType	1
1135xx08		SQ	Private Voxar Capture Source Series UID Sequence	1
1135xx09		UI	Private Voxar Capture Source Series UID	1
1135xx10		IS	Private Voxar Background Gray For Capture	1
1135xx11		IS	Private Voxar Calcium Scoring Report Schema	1
1135xx12		IS	Private Voxar Source Series Number	1
1135xx13		LO	Private Voxar Bottom Left Display Demographics	1
	WG12 Supplement 43
0009xx01		SQ	Event Timer Sequence	1
0009xx02		FD	Event Time Interval	1
0009xx03		SQ	Event Code Sequence	1
0019xx01		FD	Focus Depth(s)	1
0019xx03		SQ	Excluded Intervals Sequence	1
0019xx04		DT	Exclusion Start Datetime	1
0019xx05		FD	Exclusion Duration	1
0019xx06		SQ	US Image Description Sequence	1
0019xx07		SQ	Image Data Type Sequence	1
0019xx08		CS	Data Type	1
0019xx09		SQ	Transducer Scan Geometry Code Sequence	1
0019xx0B		CS	Aliased Data Type	1
0019xx0C		CS	Position Measuring Device Used	1
0019xx0D		SQ	Transducer Scanning Configuration Code Sequence	1
0019xx0E		SQ	Transducer Beam Steering Code Sequence	1
0019xx0F		SQ	Transducer Access Code Sequence	1
0021xx01		FD	Image Position (Volume)	1
0021xx02		FD	Image Orientation (Volume)	1
0021xx07		CS	Ultrasound Acquisition Geometry	1
0021xx08		FD	Apex Position	1
0021xx09		FD	Volume to Transducer Mapping Matrix	1
0021xx0A		FD	Volume to Table Mapping Matrix	1
0021xx0C		CS	Patient Frame of Reference Source	1
0021xx0D		FD	Temporal Position Time Offset	1
0021xx0E		SQ	Plane Position (Volume) Sequence	1
0021xx0F		SQ	Plane Orientation (Volume) Sequence	1
0021xx10		SQ	Temporal Position Sequence	1
0021xx11		CS	Dimension Organization Type	1
0029xx01		SQ	Data Frame Assignment Sequence	1
0029xx02		CS	Data Path Assignment	1
0029xx03		US	Bits Mapped to Color Lookup Table	1
0029xx04		SQ	Opacity 1 LUT Sequence	1
0029xx05		CS	Opacity 1 LUT Transfer Function	1
0029xx06		FD	Opacity Constant	1
0029xx07		US	Opacity Lookup Table Descriptor	1
0029xx08		OW	Opacity Lookup Table Data	1
0029xx0B		SQ	Enhanced Palette Color Lookup Table Sequence	1
0029xx0C		SQ	Opacity 2 LUT Sequence	1
0029xx0D		CS	Opacity 2 LUT Transfer Function	1
0029xx0E		CS	Data Path ID	1
0029xx0F		CS	RGB LUT Transfer Function	1
0029xx10		CS	Alpha LUT Transfer Function	1
0041xx01		CS	Performed Protocol Type	1
	agfa/originalStudyUID
7FDD0013		UN	Unknown	1
	agfa/seriesHeader
7FDB0012		UN	Unknown	1
7FDB0053		UN	Unknown	1
7FDB0054		UN	Unknown	1
7FDB0055		UN	Unknown	1
	http://www.gemedicalsystems.com/it_solutions/bamwallthickness/1.0
3119xx10		DT	BAM WallThickness Session Date/Time	1
3119xx20		PN	BAM WallThickness Session Creator	1
3119xx30		CS	BAM WallThickness Session Completion Flag	1
3119xx40		SQ	BAM WallThickness File Sequence	1
3119xx50		ST	BAM WallThickness File Name	1
3119xx60		OB	BAM WallThickness File Content	1
	http://www.gemedicalsystems.com/it_solutions/orthoview/2.1
3117xx10		DT	OrthoView Session Date/Time	1
3117xx20		PN	OrthoView Session Creator	1
3117xx30		CS	OrthoView Session Completion Flag	1
3117xx40		SQ	OrthoView File Sequence	1
3117xx50		ST	OrthoView File Name	1
3117xx60		OB	OrthoView File Content	1
	http://www.gemedicalsystems.com/it_solutions/rad_pacs/
3115xx01		UT	Reference to pacs study	1
3115xx02		UT	Reference to pacs image	1
3115xx03		CS	Pacs examnotes flag	1
	syngoDynamics
0021xxAE		OB	Unknown	1
"""#
    }
}
