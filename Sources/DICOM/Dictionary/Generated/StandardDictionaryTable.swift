// GENERATED FILE: do not edit. Regenerate it instead (see below).
// The standard DICOM data dictionary, parsed by DataDictionary.swift.
// Source: pydicom 3.0.2, _dicom_dict.py (DicomDictionary) (DICOM edition 2024c).
// Regenerate with:
//     python3 Scripts/generate_dictionary.py [path/to/pydicom-3.0.2-py3-none-any.whl]
// (without a path it runs `pip download --no-deps pydicom==3.0.2`).

// One line per tag, tab-separated: GGGGEEEE, R if retired, VRs (slash-separated),
// keyword, name, VM.
// 5091 entries.

extension DataDictionary {
    static var standardTableText: String {
#"""
00000000		UL	CommandGroupLength	Command Group Length	1
00000001	R	UL	CommandLengthToEnd	Command Length to End	1
00000002		UI	AffectedSOPClassUID	Affected SOP Class UID	1
00000003		UI	RequestedSOPClassUID	Requested SOP Class UID	1
00000010	R	SH	CommandRecognitionCode	Command Recognition Code	1
00000100		US	CommandField	Command Field	1
00000110		US	MessageID	Message ID	1
00000120		US	MessageIDBeingRespondedTo	Message ID Being Responded To	1
00000200	R	AE	Initiator	Initiator	1
00000300	R	AE	Receiver	Receiver	1
00000400	R	AE	FindLocation	Find Location	1
00000600		AE	MoveDestination	Move Destination	1
00000700		US	Priority	Priority	1
00000800		US	CommandDataSetType	Command Data Set Type	1
00000850	R	US	NumberOfMatches	Number of Matches	1
00000860	R	US	ResponseSequenceNumber	Response Sequence Number	1
00000900		US	Status	Status	1
00000901		AT	OffendingElement	Offending Element	1-n
00000902		LO	ErrorComment	Error Comment	1
00000903		US	ErrorID	Error ID	1
00001000		UI	AffectedSOPInstanceUID	Affected SOP Instance UID	1
00001001		UI	RequestedSOPInstanceUID	Requested SOP Instance UID	1
00001002		US	EventTypeID	Event Type ID	1
00001005		AT	AttributeIdentifierList	Attribute Identifier List	1-n
00001008		US	ActionTypeID	Action Type ID	1
00001020		US	NumberOfRemainingSuboperations	Number of Remaining Sub-operations	1
00001021		US	NumberOfCompletedSuboperations	Number of Completed Sub-operations	1
00001022		US	NumberOfFailedSuboperations	Number of Failed Sub-operations	1
00001023		US	NumberOfWarningSuboperations	Number of Warning Sub-operations	1
00001030		AE	MoveOriginatorApplicationEntityTitle	Move Originator Application Entity Title	1
00001031		US	MoveOriginatorMessageID	Move Originator Message ID	1
00004000	R	LT	DialogReceiver	Dialog Receiver	1
00004010	R	LT	TerminalType	Terminal Type	1
00005010	R	SH	MessageSetID	Message Set ID	1
00005020	R	SH	EndMessageID	End Message ID	1
00005110	R	LT	DisplayFormat	Display Format	1
00005120	R	LT	PagePositionID	Page Position ID	1
00005130	R	CS	TextFormatID	Text Format ID	1
00005140	R	CS	NormalReverse	Normal/Reverse	1
00005150	R	CS	AddGrayScale	Add Gray Scale	1
00005160	R	CS	Borders	Borders	1
00005170	R	IS	Copies	Copies	1
00005180	R	CS	CommandMagnificationType	Command Magnification Type	1
00005190	R	CS	Erase	Erase	1
000051A0	R	CS	Print	Print	1
000051B0	R	US	Overlays	Overlays	1-n
00020000		UL	FileMetaInformationGroupLength	File Meta Information Group Length	1
00020001		OB	FileMetaInformationVersion	File Meta Information Version	1
00020002		UI	MediaStorageSOPClassUID	Media Storage SOP Class UID	1
00020003		UI	MediaStorageSOPInstanceUID	Media Storage SOP Instance UID	1
00020010		UI	TransferSyntaxUID	Transfer Syntax UID	1
00020012		UI	ImplementationClassUID	Implementation Class UID	1
00020013		SH	ImplementationVersionName	Implementation Version Name	1
00020016		AE	SourceApplicationEntityTitle	Source Application Entity Title	1
00020017		AE	SendingApplicationEntityTitle	Sending Application Entity Title	1
00020018		AE	ReceivingApplicationEntityTitle	Receiving Application Entity Title	1
00020026		UR	SourcePresentationAddress	Source Presentation Address	1
00020027		UR	SendingPresentationAddress	Sending Presentation Address	1
00020028		UR	ReceivingPresentationAddress	Receiving Presentation Address	1
00020031		OB	RTVMetaInformationVersion	RTV Meta Information Version	1
00020032		UI	RTVCommunicationSOPClassUID	RTV Communication SOP Class UID	1
00020033		UI	RTVCommunicationSOPInstanceUID	RTV Communication SOP Instance UID	1
00020035		OB	RTVSourceIdentifier	RTV Source Identifier	1
00020036		OB	RTVFlowIdentifier	RTV Flow Identifier	1
00020037		UL	RTVFlowRTPSamplingRate	RTV Flow RTP Sampling Rate	1
00020038		FD	RTVFlowActualFrameDuration	RTV Flow Actual Frame Duration	1
00020100		UI	PrivateInformationCreatorUID	Private Information Creator UID	1
00020102		OB	PrivateInformation	Private Information	1
00041130		CS	FileSetID	File-set ID	1
00041141		CS	FileSetDescriptorFileID	File-set Descriptor File ID	1-8
00041142		CS	SpecificCharacterSetOfFileSetDescriptorFile	Specific Character Set of File-set Descriptor File	1
00041200		UL	OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity	Offset of the First Directory Record of the Root Directory Entity	1
00041202		UL	OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity	Offset of the Last Directory Record of the Root Directory Entity	1
00041212		US	FileSetConsistencyFlag	File-set Consistency Flag	1
00041220		SQ	DirectoryRecordSequence	Directory Record Sequence	1
00041400		UL	OffsetOfTheNextDirectoryRecord	Offset of the Next Directory Record	1
00041410		US	RecordInUseFlag	Record In-use Flag	1
00041420		UL	OffsetOfReferencedLowerLevelDirectoryEntity	Offset of Referenced Lower-Level Directory Entity	1
00041430		CS	DirectoryRecordType	Directory Record Type	1
00041432		UI	PrivateRecordUID	Private Record UID	1
00041500		CS	ReferencedFileID	Referenced File ID	1-8
00041504	R	UL	MRDRDirectoryRecordOffset	MRDR Directory Record Offset	1
00041510		UI	ReferencedSOPClassUIDInFile	Referenced SOP Class UID in File	1
00041511		UI	ReferencedSOPInstanceUIDInFile	Referenced SOP Instance UID in File	1
00041512		UI	ReferencedTransferSyntaxUIDInFile	Referenced Transfer Syntax UID in File	1
0004151A		UI	ReferencedRelatedGeneralSOPClassUIDInFile	Referenced Related General SOP Class UID in File	1-n
00041600	R	UL	NumberOfReferences	Number of References	1
00080001	R	UL	LengthToEnd	Length to End	1
00080005		CS	SpecificCharacterSet	Specific Character Set	1-n
00080006		SQ	LanguageCodeSequence	Language Code Sequence	1
00080008		CS	ImageType	Image Type	2-n
00080010	R	SH	RecognitionCode	Recognition Code	1
00080012		DA	InstanceCreationDate	Instance Creation Date	1
00080013		TM	InstanceCreationTime	Instance Creation Time	1
00080014		UI	InstanceCreatorUID	Instance Creator UID	1
00080015		DT	InstanceCoercionDateTime	Instance Coercion DateTime	1
00080016		UI	SOPClassUID	SOP Class UID	1
00080017		UI	AcquisitionUID	Acquisition UID	1
00080018		UI	SOPInstanceUID	SOP Instance UID	1
00080019		UI	PyramidUID	Pyramid UID	1
0008001A		UI	RelatedGeneralSOPClassUID	Related General SOP Class UID	1-n
0008001B		UI	OriginalSpecializedSOPClassUID	Original Specialized SOP Class UID	1
0008001C		CS	SyntheticData	Synthetic Data	1
00080020		DA	StudyDate	Study Date	1
00080021		DA	SeriesDate	Series Date	1
00080022		DA	AcquisitionDate	Acquisition Date	1
00080023		DA	ContentDate	Content Date	1
00080024	R	DA	OverlayDate	Overlay Date	1
00080025	R	DA	CurveDate	Curve Date	1
0008002A		DT	AcquisitionDateTime	Acquisition DateTime	1
00080030		TM	StudyTime	Study Time	1
00080031		TM	SeriesTime	Series Time	1
00080032		TM	AcquisitionTime	Acquisition Time	1
00080033		TM	ContentTime	Content Time	1
00080034	R	TM	OverlayTime	Overlay Time	1
00080035	R	TM	CurveTime	Curve Time	1
00080040	R	US	DataSetType	Data Set Type	1
00080041	R	LO	DataSetSubtype	Data Set Subtype	1
00080042	R	CS	NuclearMedicineSeriesType	Nuclear Medicine Series Type	1
00080050		SH	AccessionNumber	Accession Number	1
00080051		SQ	IssuerOfAccessionNumberSequence	Issuer of Accession Number Sequence	1
00080052		CS	QueryRetrieveLevel	Query/Retrieve Level	1
00080053		CS	QueryRetrieveView	Query/Retrieve View	1
00080054		AE	RetrieveAETitle	Retrieve AE Title	1-n
00080055		AE	StationAETitle	Station AE Title	1
00080056		CS	InstanceAvailability	Instance Availability	1
00080058		UI	FailedSOPInstanceUIDList	Failed SOP Instance UID List	1-n
00080060		CS	Modality	Modality	1
00080061		CS	ModalitiesInStudy	Modalities in Study	1-n
00080062		UI	SOPClassesInStudy	SOP Classes in Study	1-n
00080063		SQ	AnatomicRegionsInStudyCodeSequence	Anatomic Regions in Study Code Sequence	1
00080064		CS	ConversionType	Conversion Type	1
00080068		CS	PresentationIntentType	Presentation Intent Type	1
00080070		LO	Manufacturer	Manufacturer	1
00080080		LO	InstitutionName	Institution Name	1
00080081		ST	InstitutionAddress	Institution Address	1
00080082		SQ	InstitutionCodeSequence	Institution Code Sequence	1
00080090		PN	ReferringPhysicianName	Referring Physician's Name	1
00080092		ST	ReferringPhysicianAddress	Referring Physician's Address	1
00080094		SH	ReferringPhysicianTelephoneNumbers	Referring Physician's Telephone Numbers	1-n
00080096		SQ	ReferringPhysicianIdentificationSequence	Referring Physician Identification Sequence	1
0008009C		PN	ConsultingPhysicianName	Consulting Physician's Name	1-n
0008009D		SQ	ConsultingPhysicianIdentificationSequence	Consulting Physician Identification Sequence	1
00080100		SH	CodeValue	Code Value	1
00080101		LO	ExtendedCodeValue	Extended Code Value	1
00080102		SH	CodingSchemeDesignator	Coding Scheme Designator	1
00080103		SH	CodingSchemeVersion	Coding Scheme Version	1
00080104		LO	CodeMeaning	Code Meaning	1
00080105		CS	MappingResource	Mapping Resource	1
00080106		DT	ContextGroupVersion	Context Group Version	1
00080107		DT	ContextGroupLocalVersion	Context Group Local Version	1
00080108		LT	ExtendedCodeMeaning	Extended Code Meaning	1
00080109		SQ	CodingSchemeResourcesSequence	Coding Scheme Resources Sequence	1
0008010A		CS	CodingSchemeURLType	Coding Scheme URL Type	1
0008010B		CS	ContextGroupExtensionFlag	Context Group Extension Flag	1
0008010C		UI	CodingSchemeUID	Coding Scheme UID	1
0008010D		UI	ContextGroupExtensionCreatorUID	Context Group Extension Creator UID	1
0008010E		UR	CodingSchemeURL	Coding Scheme URL	1
0008010F		CS	ContextIdentifier	Context Identifier	1
00080110		SQ	CodingSchemeIdentificationSequence	Coding Scheme Identification Sequence	1
00080112		LO	CodingSchemeRegistry	Coding Scheme Registry	1
00080114		ST	CodingSchemeExternalID	Coding Scheme External ID	1
00080115		ST	CodingSchemeName	Coding Scheme Name	1
00080116		ST	CodingSchemeResponsibleOrganization	Coding Scheme Responsible Organization	1
00080117		UI	ContextUID	Context UID	1
00080118		UI	MappingResourceUID	Mapping Resource UID	1
00080119		UC	LongCodeValue	Long Code Value	1
00080120		UR	URNCodeValue	URN Code Value	1
00080121		SQ	EquivalentCodeSequence	Equivalent Code Sequence	1
00080122		LO	MappingResourceName	Mapping Resource Name	1
00080123		SQ	ContextGroupIdentificationSequence	Context Group Identification Sequence	1
00080124		SQ	MappingResourceIdentificationSequence	Mapping Resource Identification Sequence	1
00080201		SH	TimezoneOffsetFromUTC	Timezone Offset From UTC	1
00080202	R	OB		Retired-blank	1
00080220		SQ	ResponsibleGroupCodeSequence	Responsible Group Code Sequence	1
00080221		CS	EquipmentModality	Equipment Modality	1
00080222		LO	ManufacturerRelatedModelGroup	Manufacturer's Related Model Group	1
00080300		SQ	PrivateDataElementCharacteristicsSequence	Private Data Element Characteristics Sequence	1
00080301		US	PrivateGroupReference	Private Group Reference	1
00080302		LO	PrivateCreatorReference	Private Creator Reference	1
00080303		CS	BlockIdentifyingInformationStatus	Block Identifying Information Status	1
00080304		US	NonidentifyingPrivateElements	Nonidentifying Private Elements	1-n
00080305		SQ	DeidentificationActionSequence	Deidentification Action Sequence	1
00080306		US	IdentifyingPrivateElements	Identifying Private Elements	1-n
00080307		CS	DeidentificationAction	Deidentification Action	1
00080308		US	PrivateDataElement	Private Data Element	1
00080309		UL	PrivateDataElementValueMultiplicity	Private Data Element Value Multiplicity	1-3
0008030A		CS	PrivateDataElementValueRepresentation	Private Data Element Value Representation	1
0008030B		UL	PrivateDataElementNumberOfItems	Private Data Element Number of Items	1-2
0008030C		UC	PrivateDataElementName	Private Data Element Name	1
0008030D		UC	PrivateDataElementKeyword	Private Data Element Keyword	1
0008030E		UT	PrivateDataElementDescription	Private Data Element Description	1
0008030F		UT	PrivateDataElementEncoding	Private Data Element Encoding	1
00080310		SQ	PrivateDataElementDefinitionSequence	Private Data Element Definition Sequence	1
00080400		SQ	ScopeOfInventorySequence	Scope of Inventory Sequence	1
00080401		LT	InventoryPurpose	Inventory Purpose	1
00080402		LT	InventoryInstanceDescription	Inventory Instance Description	1
00080403		CS	InventoryLevel	Inventory Level	1
00080404		DT	ItemInventoryDateTime	Item Inventory DateTime	1
00080405		CS	RemovedFromOperationalUse	Removed from Operational Use	1
00080406		SQ	ReasonForRemovalCodeSequence	Reason for Removal Code Sequence	1
00080407		UR	StoredInstanceBaseURI	Stored Instance Base URI	1
00080408		UR	FolderAccessURI	Folder Access URI	1
00080409		UR	FileAccessURI	File Access URI	1
0008040A		CS	ContainerFileType	Container File Type	1
0008040B		UR	FilenameInContainer	Filename in Container	1
0008040C		UV	FileOffsetInContainer	File Offset in Container	1
0008040D		UV	FileLengthInContainer	File Length in Container	1
0008040E		UI	StoredInstanceTransferSyntaxUID	Stored Instance Transfer Syntax UID	1
0008040F		CS	ExtendedMatchingMechanisms	Extended Matching Mechanisms	1-n
00080410		SQ	RangeMatchingSequence	Range Matching Sequence	1
00080411		SQ	ListOfUIDMatchingSequence	List of UID Matching Sequence	1
00080412		SQ	EmptyValueMatchingSequence	Empty Value Matching Sequence	1
00080413		SQ	GeneralMatchingSequence	General Matching Sequence	1
00080414		US	RequestedStatusInterval	Requested Status Interval	1
00080415		CS	RetainInstances	Retain Instances	1
00080416		DT	ExpirationDateTime	Expiration DateTime	1
00080417		CS	TransactionStatus	Transaction Status	1
00080418		LT	TransactionStatusComment	Transaction Status Comment	1
00080419		SQ	FileSetAccessSequence	File Set Access Sequence	1
0008041A		SQ	FileAccessSequence	File Access Sequence	1
0008041B		OB	RecordKey	Record Key	1
0008041C		OB	PriorRecordKey	Prior Record Key	1
0008041D		SQ	MetadataSequence	Metadata Sequence	1
0008041E		SQ	UpdatedMetadataSequence	Updated Metadata Sequence	1
0008041F		DT	StudyUpdateDateTime	Study Update DateTime	1
00080420		SQ	InventoryAccessEndPointsSequence	Inventory Access End Points Sequence	1
00080421		SQ	StudyAccessEndPointsSequence	Study Access End Points Sequence	1
00080422		SQ	IncorporatedInventoryInstanceSequence	Incorporated Inventory Instance Sequence	1
00080423		SQ	InventoriedStudiesSequence	Inventoried Studies Sequence	1
00080424		SQ	InventoriedSeriesSequence	Inventoried Series Sequence	1
00080425		SQ	InventoriedInstancesSequence	Inventoried Instances Sequence	1
00080426		CS	InventoryCompletionStatus	Inventory Completion Status	1
00080427		UL	NumberOfStudyRecordsInInstance	Number of Study Records in Instance	1
00080428		UV	TotalNumberOfStudyRecords	Total Number of Study Records	1
00080429		UV	MaximumNumberOfRecords	Maximum Number of Records	1
00081000	R	AE	NetworkID	Network ID	1
00081010		SH	StationName	Station Name	1
00081030		LO	StudyDescription	Study Description	1
00081032		SQ	ProcedureCodeSequence	Procedure Code Sequence	1
0008103E		LO	SeriesDescription	Series Description	1
0008103F		SQ	SeriesDescriptionCodeSequence	Series Description Code Sequence	1
00081040		LO	InstitutionalDepartmentName	Institutional Department Name	1
00081041		SQ	InstitutionalDepartmentTypeCodeSequence	Institutional Department Type Code Sequence	1
00081048		PN	PhysiciansOfRecord	Physician(s) of Record	1-n
00081049		SQ	PhysiciansOfRecordIdentificationSequence	Physician(s) of Record Identification Sequence	1
00081050		PN	PerformingPhysicianName	Performing Physician's Name	1-n
00081052		SQ	PerformingPhysicianIdentificationSequence	Performing Physician Identification Sequence	1
00081060		PN	NameOfPhysiciansReadingStudy	Name of Physician(s) Reading Study	1-n
00081062		SQ	PhysiciansReadingStudyIdentificationSequence	Physician(s) Reading Study Identification Sequence	1
00081070		PN	OperatorsName	Operators' Name	1-n
00081072		SQ	OperatorIdentificationSequence	Operator Identification Sequence	1
00081080		LO	AdmittingDiagnosesDescription	Admitting Diagnoses Description	1-n
00081084		SQ	AdmittingDiagnosesCodeSequence	Admitting Diagnoses Code Sequence	1
00081088		LO	PyramidDescription	Pyramid Description	1
00081090		LO	ManufacturerModelName	Manufacturer's Model Name	1
00081100	R	SQ	ReferencedResultsSequence	Referenced Results Sequence	1
00081110		SQ	ReferencedStudySequence	Referenced Study Sequence	1
00081111		SQ	ReferencedPerformedProcedureStepSequence	Referenced Performed Procedure Step Sequence	1
00081112		SQ	ReferencedInstancesBySOPClassSequence	Referenced Instances by SOP Class Sequence	1
00081115		SQ	ReferencedSeriesSequence	Referenced Series Sequence	1
00081120		SQ	ReferencedPatientSequence	Referenced Patient Sequence	1
00081125		SQ	ReferencedVisitSequence	Referenced Visit Sequence	1
00081130	R	SQ	ReferencedOverlaySequence	Referenced Overlay Sequence	1
00081134		SQ	ReferencedStereometricInstanceSequence	Referenced Stereometric Instance Sequence	1
0008113A		SQ	ReferencedWaveformSequence	Referenced Waveform Sequence	1
00081140		SQ	ReferencedImageSequence	Referenced Image Sequence	1
00081145	R	SQ	ReferencedCurveSequence	Referenced Curve Sequence	1
0008114A		SQ	ReferencedInstanceSequence	Referenced Instance Sequence	1
0008114B		SQ	ReferencedRealWorldValueMappingInstanceSequence	Referenced Real World Value Mapping Instance Sequence	1
00081150		UI	ReferencedSOPClassUID	Referenced SOP Class UID	1
00081155		UI	ReferencedSOPInstanceUID	Referenced SOP Instance UID	1
00081156		SQ	DefinitionSourceSequence	Definition Source Sequence	1
0008115A		UI	SOPClassesSupported	SOP Classes Supported	1-n
00081160		IS	ReferencedFrameNumber	Referenced Frame Number	1-n
00081161		UL	SimpleFrameList	Simple Frame List	1-n
00081162		UL	CalculatedFrameList	Calculated Frame List	3-3n
00081163		FD	TimeRange	Time Range	2
00081164		SQ	FrameExtractionSequence	Frame Extraction Sequence	1
00081167		UI	MultiFrameSourceSOPInstanceUID	Multi-frame Source SOP Instance UID	1
00081190		UR	RetrieveURL	Retrieve URL	1
00081195		UI	TransactionUID	Transaction UID	1
00081196		US	WarningReason	Warning Reason	1
00081197		US	FailureReason	Failure Reason	1
00081198		SQ	FailedSOPSequence	Failed SOP Sequence	1
00081199		SQ	ReferencedSOPSequence	Referenced SOP Sequence	1
0008119A		SQ	OtherFailuresSequence	Other Failures Sequence	1
0008119B		SQ	FailedStudySequence	Failed Study Sequence	1
00081200		SQ	StudiesContainingOtherReferencedInstancesSequence	Studies Containing Other Referenced Instances Sequence	1
00081250		SQ	RelatedSeriesSequence	Related Series Sequence	1
00082110	R	CS	LossyImageCompressionRetired	Lossy Image Compression (Retired)	1
00082111		ST	DerivationDescription	Derivation Description	1
00082112		SQ	SourceImageSequence	Source Image Sequence	1
00082120		SH	StageName	Stage Name	1
00082122		IS	StageNumber	Stage Number	1
00082124		IS	NumberOfStages	Number of Stages	1
00082127		SH	ViewName	View Name	1
00082128		IS	ViewNumber	View Number	1
00082129		IS	NumberOfEventTimers	Number of Event Timers	1
0008212A		IS	NumberOfViewsInStage	Number of Views in Stage	1
00082130		DS	EventElapsedTimes	Event Elapsed Time(s)	1-n
00082132		LO	EventTimerNames	Event Timer Name(s)	1-n
00082133		SQ	EventTimerSequence	Event Timer Sequence	1
00082134		FD	EventTimeOffset	Event Time Offset	1
00082135		SQ	EventCodeSequence	Event Code Sequence	1
00082142		IS	StartTrim	Start Trim	1
00082143		IS	StopTrim	Stop Trim	1
00082144		IS	RecommendedDisplayFrameRate	Recommended Display Frame Rate	1
00082200	R	CS	TransducerPosition	Transducer Position	1
00082204	R	CS	TransducerOrientation	Transducer Orientation	1
00082208	R	CS	AnatomicStructure	Anatomic Structure	1
00082218		SQ	AnatomicRegionSequence	Anatomic Region Sequence	1
00082220		SQ	AnatomicRegionModifierSequence	Anatomic Region Modifier Sequence	1
00082228		SQ	PrimaryAnatomicStructureSequence	Primary Anatomic Structure Sequence	1
00082229	R	SQ	AnatomicStructureSpaceOrRegionSequence	Anatomic Structure, Space or Region Sequence	1
00082230		SQ	PrimaryAnatomicStructureModifierSequence	Primary Anatomic Structure Modifier Sequence	1
00082240	R	SQ	TransducerPositionSequence	Transducer Position Sequence	1
00082242	R	SQ	TransducerPositionModifierSequence	Transducer Position Modifier Sequence	1
00082244	R	SQ	TransducerOrientationSequence	Transducer Orientation Sequence	1
00082246	R	SQ	TransducerOrientationModifierSequence	Transducer Orientation Modifier Sequence	1
00082251	R	SQ	AnatomicStructureSpaceOrRegionCodeSequenceTrial	Anatomic Structure Space Or Region Code Sequence (Trial)	1
00082253	R	SQ	AnatomicPortalOfEntranceCodeSequenceTrial	Anatomic Portal Of Entrance Code Sequence (Trial)	1
00082255	R	SQ	AnatomicApproachDirectionCodeSequenceTrial	Anatomic Approach Direction Code Sequence (Trial)	1
00082256	R	ST	AnatomicPerspectiveDescriptionTrial	Anatomic Perspective Description (Trial)	1
00082257	R	SQ	AnatomicPerspectiveCodeSequenceTrial	Anatomic Perspective Code Sequence (Trial)	1
00082258	R	ST	AnatomicLocationOfExaminingInstrumentDescriptionTrial	Anatomic Location Of Examining Instrument Description (Trial)	1
00082259	R	SQ	AnatomicLocationOfExaminingInstrumentCodeSequenceTrial	Anatomic Location Of Examining Instrument Code Sequence (Trial)	1
0008225A	R	SQ	AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial	Anatomic Structure Space Or Region Modifier Code Sequence (Trial)	1
0008225C	R	SQ	OnAxisBackgroundAnatomicStructureCodeSequenceTrial	On Axis Background Anatomic Structure Code Sequence (Trial)	1
00083001		SQ	AlternateRepresentationSequence	Alternate Representation Sequence	1
00083002		UI	AvailableTransferSyntaxUID	Available Transfer Syntax UID	1-n
00083010		UI	IrradiationEventUID	Irradiation Event UID	1-n
00083011		SQ	SourceIrradiationEventSequence	Source Irradiation Event Sequence	1
00083012		UI	RadiopharmaceuticalAdministrationEventUID	Radiopharmaceutical Administration Event UID	1
00084000	R	LT	IdentifyingComments	Identifying Comments	1
00089007		CS	FrameType	Frame Type	4-5
00089092		SQ	ReferencedImageEvidenceSequence	Referenced Image Evidence Sequence	1
00089121		SQ	ReferencedRawDataSequence	Referenced Raw Data Sequence	1
00089123		UI	CreatorVersionUID	Creator-Version UID	1
00089124		SQ	DerivationImageSequence	Derivation Image Sequence	1
00089154		SQ	SourceImageEvidenceSequence	Source Image Evidence Sequence	1
00089205		CS	PixelPresentation	Pixel Presentation	1
00089206		CS	VolumetricProperties	Volumetric Properties	1
00089207		CS	VolumeBasedCalculationTechnique	Volume Based Calculation Technique	1
00089208		CS	ComplexImageComponent	Complex Image Component	1
00089209		CS	AcquisitionContrast	Acquisition Contrast	1
00089215		SQ	DerivationCodeSequence	Derivation Code Sequence	1
00089237		SQ	ReferencedPresentationStateSequence	Referenced Presentation State Sequence	1
00089410		SQ	ReferencedOtherPlaneSequence	Referenced Other Plane Sequence	1
00089458		SQ	FrameDisplaySequence	Frame Display Sequence	1
00089459		FL	RecommendedDisplayFrameRateInFloat	Recommended Display Frame Rate in Float	1
00089460		CS	SkipFrameRangeFlag	Skip Frame Range Flag	1
00100010		PN	PatientName	Patient's Name	1
00100020		LO	PatientID	Patient ID	1
00100021		LO	IssuerOfPatientID	Issuer of Patient ID	1
00100022		CS	TypeOfPatientID	Type of Patient ID	1
00100024		SQ	IssuerOfPatientIDQualifiersSequence	Issuer of Patient ID Qualifiers Sequence	1
00100026		SQ	SourcePatientGroupIdentificationSequence	Source Patient Group Identification Sequence	1
00100027		SQ	GroupOfPatientsIdentificationSequence	Group of Patients Identification Sequence	1
00100028		US	SubjectRelativePositionInImage	Subject Relative Position in Image	3
00100030		DA	PatientBirthDate	Patient's Birth Date	1
00100032		TM	PatientBirthTime	Patient's Birth Time	1
00100033		LO	PatientBirthDateInAlternativeCalendar	Patient's Birth Date in Alternative Calendar	1
00100034		LO	PatientDeathDateInAlternativeCalendar	Patient's Death Date in Alternative Calendar	1
00100035		CS	PatientAlternativeCalendar	Patient's Alternative Calendar	1
00100040		CS	PatientSex	Patient's Sex	1
00100050		SQ	PatientInsurancePlanCodeSequence	Patient's Insurance Plan Code Sequence	1
00100101		SQ	PatientPrimaryLanguageCodeSequence	Patient's Primary Language Code Sequence	1
00100102		SQ	PatientPrimaryLanguageModifierCodeSequence	Patient's Primary Language Modifier Code Sequence	1
00100200		CS	QualityControlSubject	Quality Control Subject	1
00100201		SQ	QualityControlSubjectTypeCodeSequence	Quality Control Subject Type Code Sequence	1
00100212		UC	StrainDescription	Strain Description	1
00100213		LO	StrainNomenclature	Strain Nomenclature	1
00100214		LO	StrainStockNumber	Strain Stock Number	1
00100215		SQ	StrainSourceRegistryCodeSequence	Strain Source Registry Code Sequence	1
00100216		SQ	StrainStockSequence	Strain Stock Sequence	1
00100217		LO	StrainSource	Strain Source	1
00100218		UT	StrainAdditionalInformation	Strain Additional Information	1
00100219		SQ	StrainCodeSequence	Strain Code Sequence	1
00100221		SQ	GeneticModificationsSequence	Genetic Modifications Sequence	1
00100222		UC	GeneticModificationsDescription	Genetic Modifications Description	1
00100223		LO	GeneticModificationsNomenclature	Genetic Modifications Nomenclature	1
00100229		SQ	GeneticModificationsCodeSequence	Genetic Modifications Code Sequence	1
00101000	R	LO	OtherPatientIDs	Other Patient IDs	1-n
00101001		PN	OtherPatientNames	Other Patient Names	1-n
00101002		SQ	OtherPatientIDsSequence	Other Patient IDs Sequence	1
00101005		PN	PatientBirthName	Patient's Birth Name	1
00101010		AS	PatientAge	Patient's Age	1
00101020		DS	PatientSize	Patient's Size	1
00101021		SQ	PatientSizeCodeSequence	Patient's Size Code Sequence	1
00101022		DS	PatientBodyMassIndex	Patient's Body Mass Index	1
00101023		DS	MeasuredAPDimension	Measured AP Dimension	1
00101024		DS	MeasuredLateralDimension	Measured Lateral Dimension	1
00101030		DS	PatientWeight	Patient's Weight	1
00101040		LO	PatientAddress	Patient's Address	1
00101050	R	LO	InsurancePlanIdentification	Insurance Plan Identification	1-n
00101060		PN	PatientMotherBirthName	Patient's Mother's Birth Name	1
00101080		LO	MilitaryRank	Military Rank	1
00101081		LO	BranchOfService	Branch of Service	1
00101090	R	LO	MedicalRecordLocator	Medical Record Locator	1
00101100		SQ	ReferencedPatientPhotoSequence	Referenced Patient Photo Sequence	1
00102000		LO	MedicalAlerts	Medical Alerts	1-n
00102110		LO	Allergies	Allergies	1-n
00102150		LO	CountryOfResidence	Country of Residence	1
00102152		LO	RegionOfResidence	Region of Residence	1
00102154		SH	PatientTelephoneNumbers	Patient's Telephone Numbers	1-n
00102155		LT	PatientTelecomInformation	Patient's Telecom Information	1
00102160		SH	EthnicGroup	Ethnic Group	1
00102161		SQ	EthnicGroupCodeSequence	Ethnic Group Code Sequence	1
00102180		SH	Occupation	Occupation	1
001021A0		CS	SmokingStatus	Smoking Status	1
001021B0		LT	AdditionalPatientHistory	Additional Patient History	1
001021C0		US	PregnancyStatus	Pregnancy Status	1
001021D0		DA	LastMenstrualDate	Last Menstrual Date	1
001021F0		LO	PatientReligiousPreference	Patient's Religious Preference	1
00102201		LO	PatientSpeciesDescription	Patient Species Description	1
00102202		SQ	PatientSpeciesCodeSequence	Patient Species Code Sequence	1
00102203		CS	PatientSexNeutered	Patient's Sex Neutered	1
00102210		CS	AnatomicalOrientationType	Anatomical Orientation Type	1
00102292		LO	PatientBreedDescription	Patient Breed Description	1
00102293		SQ	PatientBreedCodeSequence	Patient Breed Code Sequence	1
00102294		SQ	BreedRegistrationSequence	Breed Registration Sequence	1
00102295		LO	BreedRegistrationNumber	Breed Registration Number	1
00102296		SQ	BreedRegistryCodeSequence	Breed Registry Code Sequence	1
00102297		PN	ResponsiblePerson	Responsible Person	1
00102298		CS	ResponsiblePersonRole	Responsible Person Role	1
00102299		LO	ResponsibleOrganization	Responsible Organization	1
00104000		LT	PatientComments	Patient Comments	1
00109431		FL	ExaminedBodyThickness	Examined Body Thickness	1
00120010		LO	ClinicalTrialSponsorName	Clinical Trial Sponsor Name	1
00120020		LO	ClinicalTrialProtocolID	Clinical Trial Protocol ID	1
00120021		LO	ClinicalTrialProtocolName	Clinical Trial Protocol Name	1
00120022		LO	IssuerOfClinicalTrialProtocolID	Issuer of Clinical Trial Protocol ID	1
00120023		SQ	OtherClinicalTrialProtocolIDsSequence	Other Clinical Trial Protocol IDs Sequence	1
00120030		LO	ClinicalTrialSiteID	Clinical Trial Site ID	1
00120031		LO	ClinicalTrialSiteName	Clinical Trial Site Name	1
00120032		LO	IssuerOfClinicalTrialSiteID	Issuer of Clinical Trial Site ID	1
00120040		LO	ClinicalTrialSubjectID	Clinical Trial Subject ID	1
00120041		LO	IssuerOfClinicalTrialSubjectID	Issuer of Clinical Trial Subject ID	1
00120042		LO	ClinicalTrialSubjectReadingID	Clinical Trial Subject Reading ID	1
00120043		LO	IssuerOfClinicalTrialSubjectReadingID	Issuer of Clinical Trial Subject Reading ID	1
00120050		LO	ClinicalTrialTimePointID	Clinical Trial Time Point ID	1
00120051		ST	ClinicalTrialTimePointDescription	Clinical Trial Time Point Description	1
00120052		FD	LongitudinalTemporalOffsetFromEvent	Longitudinal Temporal Offset from Event	1
00120053		CS	LongitudinalTemporalEventType	Longitudinal Temporal Event Type	1
00120054		SQ	ClinicalTrialTimePointTypeCodeSequence	Clinical Trial Time Point Type Code Sequence	1
00120055		LO	IssuerOfClinicalTrialTimePointID	Issuer of Clinical Trial Time Point ID	1
00120060		LO	ClinicalTrialCoordinatingCenterName	Clinical Trial Coordinating Center Name	1
00120062		CS	PatientIdentityRemoved	Patient Identity Removed	1
00120063		LO	DeidentificationMethod	De-identification Method	1-n
00120064		SQ	DeidentificationMethodCodeSequence	De-identification Method Code Sequence	1
00120071		LO	ClinicalTrialSeriesID	Clinical Trial Series ID	1
00120072		LO	ClinicalTrialSeriesDescription	Clinical Trial Series Description	1
00120073		LO	IssuerOfClinicalTrialSeriesID	Issuer of Clinical Trial Series ID	1
00120081		LO	ClinicalTrialProtocolEthicsCommitteeName	Clinical Trial Protocol Ethics Committee Name	1
00120082		LO	ClinicalTrialProtocolEthicsCommitteeApprovalNumber	Clinical Trial Protocol Ethics Committee Approval Number	1
00120083		SQ	ConsentForClinicalTrialUseSequence	Consent for Clinical Trial Use Sequence	1
00120084		CS	DistributionType	Distribution Type	1
00120085		CS	ConsentForDistributionFlag	Consent for Distribution Flag	1
00120086		DA	EthicsCommitteeApprovalEffectivenessStartDate	Ethics Committee Approval Effectiveness Start Date	1
00120087		DA	EthicsCommitteeApprovalEffectivenessEndDate	Ethics Committee Approval Effectiveness End Date	1
00140023	R	ST	CADFileFormat	CAD File Format	1
00140024	R	ST	ComponentReferenceSystem	Component Reference System	1
00140025		ST	ComponentManufacturingProcedure	Component Manufacturing Procedure	1
00140028		ST	ComponentManufacturer	Component Manufacturer	1
00140030		DS	MaterialThickness	Material Thickness	1-n
00140032		DS	MaterialPipeDiameter	Material Pipe Diameter	1-n
00140034		DS	MaterialIsolationDiameter	Material Isolation Diameter	1-n
00140042		ST	MaterialGrade	Material Grade	1
00140044		ST	MaterialPropertiesDescription	Material Properties Description	1
00140045	R	ST	MaterialPropertiesFileFormatRetired	Material Properties File Format (Retired)	1
00140046		LT	MaterialNotes	Material Notes	1
00140050		CS	ComponentShape	Component Shape	1
00140052		CS	CurvatureType	Curvature Type	1
00140054		DS	OuterDiameter	Outer Diameter	1
00140056		DS	InnerDiameter	Inner Diameter	1
00140100		LO	ComponentWelderIDs	Component Welder IDs	1-n
00140101		CS	SecondaryApprovalStatus	Secondary Approval Status	1
00140102		DA	SecondaryReviewDate	Secondary Review Date	1
00140103		TM	SecondaryReviewTime	Secondary Review Time	1
00140104		PN	SecondaryReviewerName	Secondary Reviewer Name	1
00140105		ST	RepairID	Repair ID	1
00140106		SQ	MultipleComponentApprovalSequence	Multiple Component Approval Sequence	1
00140107		CS	OtherApprovalStatus	Other Approval Status	1-n
00140108		CS	OtherSecondaryApprovalStatus	Other Secondary Approval Status	1-n
00140200		SQ	DataElementLabelSequence	Data Element Label Sequence	1
00140201		SQ	DataElementLabelItemSequence	Data Element Label Item Sequence	1
00140202		AT	DataElement	Data Element	1
00140203		LO	DataElementName	Data Element Name	1
00140204		LO	DataElementDescription	Data Element Description	1
00140205		CS	DataElementConditionality	Data Element Conditionality	1
00140206		IS	DataElementMinimumCharacters	Data Element Minimum Characters	1
00140207		IS	DataElementMaximumCharacters	Data Element Maximum Characters	1
00141010		ST	ActualEnvironmentalConditions	Actual Environmental Conditions	1
00141020		DA	ExpiryDate	Expiry Date	1
00141040		ST	EnvironmentalConditions	Environmental Conditions	1
00142002		SQ	EvaluatorSequence	Evaluator Sequence	1
00142004		IS	EvaluatorNumber	Evaluator Number	1
00142006		PN	EvaluatorName	Evaluator Name	1
00142008		IS	EvaluationAttempt	Evaluation Attempt	1
00142012		SQ	IndicationSequence	Indication Sequence	1
00142014		IS	IndicationNumber	Indication Number	1
00142016		SH	IndicationLabel	Indication Label	1
00142018		ST	IndicationDescription	Indication Description	1
0014201A		CS	IndicationType	Indication Type	1-n
0014201C		CS	IndicationDisposition	Indication Disposition	1
0014201E		SQ	IndicationROISequence	Indication ROI Sequence	1
00142030		SQ	IndicationPhysicalPropertySequence	Indication Physical Property Sequence	1
00142032		SH	PropertyLabel	Property Label	1
00142202		IS	CoordinateSystemNumberOfAxes	Coordinate System Number of Axes	1
00142204		SQ	CoordinateSystemAxesSequence	Coordinate System Axes Sequence	1
00142206		ST	CoordinateSystemAxisDescription	Coordinate System Axis Description	1
00142208		CS	CoordinateSystemDataSetMapping	Coordinate System Data Set Mapping	1
0014220A		IS	CoordinateSystemAxisNumber	Coordinate System Axis Number	1
0014220C		CS	CoordinateSystemAxisType	Coordinate System Axis Type	1
0014220E		CS	CoordinateSystemAxisUnits	Coordinate System Axis Units	1
00142210		OB	CoordinateSystemAxisValues	Coordinate System Axis Values	1
00142220		SQ	CoordinateSystemTransformSequence	Coordinate System Transform Sequence	1
00142222		ST	TransformDescription	Transform Description	1
00142224		IS	TransformNumberOfAxes	Transform Number of Axes	1
00142226		IS	TransformOrderOfAxes	Transform Order of Axes	1-n
00142228		CS	TransformedAxisUnits	Transformed Axis Units	1
0014222A		DS	CoordinateSystemTransformRotationAndScaleMatrix	Coordinate System Transform Rotation and Scale Matrix	1-n
0014222C		DS	CoordinateSystemTransformTranslationMatrix	Coordinate System Transform Translation Matrix	1-n
00143011		DS	InternalDetectorFrameTime	Internal Detector Frame Time	1
00143012		DS	NumberOfFramesIntegrated	Number of Frames Integrated	1
00143020		SQ	DetectorTemperatureSequence	Detector Temperature Sequence	1
00143022		ST	SensorName	Sensor Name	1
00143024		DS	HorizontalOffsetOfSensor	Horizontal Offset of Sensor	1
00143026		DS	VerticalOffsetOfSensor	Vertical Offset of Sensor	1
00143028		DS	SensorTemperature	Sensor Temperature	1
00143040		SQ	DarkCurrentSequence	Dark Current Sequence	1
00143050		OB/OW	DarkCurrentCounts	Dark Current Counts	1
00143060		SQ	GainCorrectionReferenceSequence	Gain Correction Reference Sequence	1
00143070		OB/OW	AirCounts	Air Counts	1
00143071		DS	KVUsedInGainCalibration	KV Used in Gain Calibration	1
00143072		DS	MAUsedInGainCalibration	MA Used in Gain Calibration	1
00143073		DS	NumberOfFramesUsedForIntegration	Number of Frames Used for Integration	1
00143074		LO	FilterMaterialUsedInGainCalibration	Filter Material Used in Gain Calibration	1
00143075		DS	FilterThicknessUsedInGainCalibration	Filter Thickness Used in Gain Calibration	1
00143076		DA	DateOfGainCalibration	Date of Gain Calibration	1
00143077		TM	TimeOfGainCalibration	Time of Gain Calibration	1
00143080		OB	BadPixelImage	Bad Pixel Image	1
00143099		LT	CalibrationNotes	Calibration Notes	1
00143100		LT	LinearityCorrectionTechnique	Linearity Correction Technique	1
00143101		LT	BeamHardeningCorrectionTechnique	Beam Hardening Correction Technique	1
00144002		SQ	PulserEquipmentSequence	Pulser Equipment Sequence	1
00144004		CS	PulserType	Pulser Type	1
00144006		LT	PulserNotes	Pulser Notes	1
00144008		SQ	ReceiverEquipmentSequence	Receiver Equipment Sequence	1
0014400A		CS	AmplifierType	Amplifier Type	1
0014400C		LT	ReceiverNotes	Receiver Notes	1
0014400E		SQ	PreAmplifierEquipmentSequence	Pre-Amplifier Equipment Sequence	1
0014400F		LT	PreAmplifierNotes	Pre-Amplifier Notes	1
00144010		SQ	TransmitTransducerSequence	Transmit Transducer Sequence	1
00144011		SQ	ReceiveTransducerSequence	Receive Transducer Sequence	1
00144012		US	NumberOfElements	Number of Elements	1
00144013		CS	ElementShape	Element Shape	1
00144014		DS	ElementDimensionA	Element Dimension A	1
00144015		DS	ElementDimensionB	Element Dimension B	1
00144016		DS	ElementPitchA	Element Pitch A	1
00144017		DS	MeasuredBeamDimensionA	Measured Beam Dimension A	1
00144018		DS	MeasuredBeamDimensionB	Measured Beam Dimension B	1
00144019		DS	LocationOfMeasuredBeamDiameter	Location of Measured Beam Diameter	1
0014401A		DS	NominalFrequency	Nominal Frequency	1
0014401B		DS	MeasuredCenterFrequency	Measured Center Frequency	1
0014401C		DS	MeasuredBandwidth	Measured Bandwidth	1
0014401D		DS	ElementPitchB	Element Pitch B	1
00144020		SQ	PulserSettingsSequence	Pulser Settings Sequence	1
00144022		DS	PulseWidth	Pulse Width	1
00144024		DS	ExcitationFrequency	Excitation Frequency	1
00144026		CS	ModulationType	Modulation Type	1
00144028		DS	Damping	Damping	1
00144030		SQ	ReceiverSettingsSequence	Receiver Settings Sequence	1
00144031		DS	AcquiredSoundpathLength	Acquired Soundpath Length	1
00144032		CS	AcquisitionCompressionType	Acquisition Compression Type	1
00144033		IS	AcquisitionSampleSize	Acquisition Sample Size	1
00144034		DS	RectifierSmoothing	Rectifier Smoothing	1
00144035		SQ	DACSequence	DAC Sequence	1
00144036		CS	DACType	DAC Type	1
00144038		DS	DACGainPoints	DAC Gain Points	1-n
0014403A		DS	DACTimePoints	DAC Time Points	1-n
0014403C		DS	DACAmplitude	DAC Amplitude	1-n
00144040		SQ	PreAmplifierSettingsSequence	Pre-Amplifier Settings Sequence	1
00144050		SQ	TransmitTransducerSettingsSequence	Transmit Transducer Settings Sequence	1
00144051		SQ	ReceiveTransducerSettingsSequence	Receive Transducer Settings Sequence	1
00144052		DS	IncidentAngle	Incident Angle	1
00144054		ST	CouplingTechnique	Coupling Technique	1
00144056		ST	CouplingMedium	Coupling Medium	1
00144057		DS	CouplingVelocity	Coupling Velocity	1
00144058		DS	ProbeCenterLocationX	Probe Center Location X	1
00144059		DS	ProbeCenterLocationZ	Probe Center Location Z	1
0014405A		DS	SoundPathLength	Sound Path Length	1
0014405C		ST	DelayLawIdentifier	Delay Law Identifier	1
00144060		SQ	GateSettingsSequence	Gate Settings Sequence	1
00144062		DS	GateThreshold	Gate Threshold	1
00144064		DS	VelocityOfSound	Velocity of Sound	1
00144070		SQ	CalibrationSettingsSequence	Calibration Settings Sequence	1
00144072		ST	CalibrationProcedure	Calibration Procedure	1
00144074		SH	ProcedureVersion	Procedure Version	1
00144076		DA	ProcedureCreationDate	Procedure Creation Date	1
00144078		DA	ProcedureExpirationDate	Procedure Expiration Date	1
0014407A		DA	ProcedureLastModifiedDate	Procedure Last Modified Date	1
0014407C		TM	CalibrationTime	Calibration Time	1-n
0014407E		DA	CalibrationDate	Calibration Date	1-n
00144080		SQ	ProbeDriveEquipmentSequence	Probe Drive Equipment Sequence	1
00144081		CS	DriveType	Drive Type	1
00144082		LT	ProbeDriveNotes	Probe Drive Notes	1
00144083		SQ	DriveProbeSequence	Drive Probe Sequence	1
00144084		DS	ProbeInductance	Probe Inductance	1
00144085		DS	ProbeResistance	Probe Resistance	1
00144086		SQ	ReceiveProbeSequence	Receive Probe Sequence	1
00144087		SQ	ProbeDriveSettingsSequence	Probe Drive Settings Sequence	1
00144088		DS	BridgeResistors	Bridge Resistors	1
00144089		DS	ProbeOrientationAngle	Probe Orientation Angle	1
0014408B		DS	UserSelectedGainY	User Selected Gain Y	1
0014408C		DS	UserSelectedPhase	User Selected Phase	1
0014408D		DS	UserSelectedOffsetX	User Selected Offset X	1
0014408E		DS	UserSelectedOffsetY	User Selected Offset Y	1
00144091		SQ	ChannelSettingsSequence	Channel Settings Sequence	1
00144092		DS	ChannelThreshold	Channel Threshold	1
0014409A		SQ	ScannerSettingsSequence	Scanner Settings Sequence	1
0014409B		ST	ScanProcedure	Scan Procedure	1
0014409C		DS	TranslationRateX	Translation Rate X	1
0014409D		DS	TranslationRateY	Translation Rate Y	1
0014409F		DS	ChannelOverlap	Channel Overlap	1
001440A0		LO	ImageQualityIndicatorType	Image Quality Indicator Type	1-n
001440A1		LO	ImageQualityIndicatorMaterial	Image Quality Indicator Material	1-n
001440A2		LO	ImageQualityIndicatorSize	Image Quality Indicator Size	1-n
00145002		IS	LINACEnergy	LINAC Energy	1
00145004		IS	LINACOutput	LINAC Output	1
00145100		US	ActiveAperture	Active Aperture	1
00145101		DS	TotalAperture	Total Aperture	1
00145102		DS	ApertureElevation	Aperture Elevation	1
00145103		DS	MainLobeAngle	Main Lobe Angle	1
00145104		DS	MainRoofAngle	Main Roof Angle	1
00145105		CS	ConnectorType	Connector Type	1
00145106		SH	WedgeModelNumber	Wedge Model Number	1
00145107		DS	WedgeAngleFloat	Wedge Angle Float	1
00145108		DS	WedgeRoofAngle	Wedge Roof Angle	1
00145109		CS	WedgeElement1Position	Wedge Element 1 Position	1
0014510A		DS	WedgeMaterialVelocity	Wedge Material Velocity	1
0014510B		SH	WedgeMaterial	Wedge Material	1
0014510C		DS	WedgeOffsetZ	Wedge Offset Z	1
0014510D		DS	WedgeOriginOffsetX	Wedge Origin Offset X	1
0014510E		DS	WedgeTimeDelay	Wedge Time Delay	1
0014510F		SH	WedgeName	Wedge Name	1
00145110		SH	WedgeManufacturerName	Wedge Manufacturer Name	1
00145111		LO	WedgeDescription	Wedge Description	1
00145112		DS	NominalBeamAngle	Nominal Beam Angle	1
00145113		DS	WedgeOffsetX	Wedge Offset X	1
00145114		DS	WedgeOffsetY	Wedge Offset Y	1
00145115		DS	WedgeTotalLength	Wedge Total Length	1
00145116		DS	WedgeInContactLength	Wedge In Contact Length	1
00145117		DS	WedgeFrontGap	Wedge Front Gap	1
00145118		DS	WedgeTotalHeight	Wedge Total Height	1
00145119		DS	WedgeFrontHeight	Wedge Front Height	1
0014511A		DS	WedgeRearHeight	Wedge Rear Height	1
0014511B		DS	WedgeTotalWidth	Wedge Total Width	1
0014511C		DS	WedgeInContactWidth	Wedge In Contact Width	1
0014511D		DS	WedgeChamferHeight	Wedge Chamfer Height	1
0014511E		CS	WedgeCurve	Wedge Curve	1
0014511F		DS	RadiusAlongWedge	Radius Along the Wedge	1
00160001		DS	WhitePoint	White Point	1
00160002		DS	PrimaryChromaticities	Primary Chromaticities	3
00160003		UT	BatteryLevel	Battery Level	1
00160004		DS	ExposureTimeInSeconds	Exposure Time in Seconds	1
00160005		DS	FNumber	F-Number	1
00160006		IS	OECFRows	OECF Rows	1
00160007		IS	OECFColumns	OECF Columns	1
00160008		UC	OECFColumnNames	OECF Column Names	1-n
00160009		DS	OECFValues	OECF Values	1-n
0016000A		IS	SpatialFrequencyResponseRows	Spatial Frequency Response Rows	1
0016000B		IS	SpatialFrequencyResponseColumns	Spatial Frequency Response Columns	1
0016000C		UC	SpatialFrequencyResponseColumnNames	Spatial Frequency Response Column Names	1-n
0016000D		DS	SpatialFrequencyResponseValues	Spatial Frequency Response Values	1-n
0016000E		IS	ColorFilterArrayPatternRows	Color Filter Array Pattern Rows	1
0016000F		IS	ColorFilterArrayPatternColumns	Color Filter Array Pattern Columns	1
00160010		DS	ColorFilterArrayPatternValues	Color Filter Array Pattern Values	1-n
00160011		US	FlashFiringStatus	Flash Firing Status	1
00160012		US	FlashReturnStatus	Flash Return Status	1
00160013		US	FlashMode	Flash Mode	1
00160014		US	FlashFunctionPresent	Flash Function Present	1
00160015		US	FlashRedEyeMode	Flash Red Eye Mode	1
00160016		US	ExposureProgram	Exposure Program	1
00160017		UT	SpectralSensitivity	Spectral Sensitivity	1
00160018		IS	PhotographicSensitivity	Photographic Sensitivity	1
00160019		IS	SelfTimerMode	Self Timer Mode	1
0016001A		US	SensitivityType	Sensitivity Type	1
0016001B		IS	StandardOutputSensitivity	Standard Output Sensitivity	1
0016001C		IS	RecommendedExposureIndex	Recommended Exposure Index	1
0016001D		IS	ISOSpeed	ISO Speed	1
0016001E		IS	ISOSpeedLatitudeyyy	ISO Speed Latitude yyy	1
0016001F		IS	ISOSpeedLatitudezzz	ISO Speed Latitude zzz	1
00160020		UT	EXIFVersion	EXIF Version	1
00160021		DS	ShutterSpeedValue	Shutter Speed Value	1
00160022		DS	ApertureValue	Aperture Value	1
00160023		DS	BrightnessValue	Brightness Value	1
00160024		DS	ExposureBiasValue	Exposure Bias Value	1
00160025		DS	MaxApertureValue	Max Aperture Value	1
00160026		DS	SubjectDistance	Subject Distance	1
00160027		US	MeteringMode	Metering Mode	1
00160028		US	LightSource	Light Source	1
00160029		DS	FocalLength	Focal Length	1
0016002A		IS	SubjectArea	Subject Area	2-4
0016002B		OB	MakerNote	Maker Note	1
00160030		DS	Temperature	Temperature	1
00160031		DS	Humidity	Humidity	1
00160032		DS	Pressure	Pressure	1
00160033		DS	WaterDepth	Water Depth	1
00160034		DS	Acceleration	Acceleration	1
00160035		DS	CameraElevationAngle	Camera Elevation Angle	1
00160036		DS	FlashEnergy	Flash Energy	1-2
00160037		IS	SubjectLocation	Subject Location	2
00160038		DS	PhotographicExposureIndex	Photographic Exposure Index	1
00160039		US	SensingMethod	Sensing Method	1
0016003A		US	FileSource	File Source	1
0016003B		US	SceneType	Scene Type	1
00160041		US	CustomRendered	Custom Rendered	1
00160042		US	ExposureMode	Exposure Mode	1
00160043		US	WhiteBalance	White Balance	1
00160044		DS	DigitalZoomRatio	Digital Zoom Ratio	1
00160045		IS	FocalLengthIn35mmFilm	Focal Length In 35mm Film	1
00160046		US	SceneCaptureType	Scene Capture Type	1
00160047		US	GainControl	Gain Control	1
00160048		US	Contrast	Contrast	1
00160049		US	Saturation	Saturation	1
0016004A		US	Sharpness	Sharpness	1
0016004B		OB	DeviceSettingDescription	Device Setting Description	1
0016004C		US	SubjectDistanceRange	Subject Distance Range	1
0016004D		UT	CameraOwnerName	Camera Owner Name	1
0016004E		DS	LensSpecification	Lens Specification	4
0016004F		UT	LensMake	Lens Make	1
00160050		UT	LensModel	Lens Model	1
00160051		UT	LensSerialNumber	Lens Serial Number	1
00160061		CS	InteroperabilityIndex	Interoperability Index	1
00160062		OB	InteroperabilityVersion	Interoperability Version	1
00160070		OB	GPSVersionID	GPS Version ID	1
00160071		CS	GPSLatitudeRef	GPS Latitude Ref	1
00160072		DS	GPSLatitude	GPS Latitude	3
00160073		CS	GPSLongitudeRef	GPS Longitude Ref	1
00160074		DS	GPSLongitude	GPS Longitude	3
00160075		US	GPSAltitudeRef	GPS Altitude Ref	1
00160076		DS	GPSAltitude	GPS Altitude	1
00160077		DT	GPSTimeStamp	GPS Time Stamp	1
00160078		UT	GPSSatellites	GPS Satellites	1
00160079		CS	GPSStatus	GPS Status	1
0016007A		CS	GPSMeasureMode	GPS Measure Mode	1
0016007B		DS	GPSDOP	GPS DOP	1
0016007C		CS	GPSSpeedRef	GPS Speed Ref	1
0016007D		DS	GPSSpeed	GPS Speed	1
0016007E		CS	GPSTrackRef	GPS Track Ref	1
0016007F		DS	GPSTrack	GPS Track	1
00160080		CS	GPSImgDirectionRef	GPS Img Direction Ref	1
00160081		DS	GPSImgDirection	GPS Img Direction	1
00160082		UT	GPSMapDatum	GPS Map Datum	1
00160083		CS	GPSDestLatitudeRef	GPS Dest Latitude Ref	1
00160084		DS	GPSDestLatitude	GPS Dest Latitude	3
00160085		CS	GPSDestLongitudeRef	GPS Dest Longitude Ref	1
00160086		DS	GPSDestLongitude	GPS Dest Longitude	3
00160087		CS	GPSDestBearingRef	GPS Dest Bearing Ref	1
00160088		DS	GPSDestBearing	GPS Dest Bearing	1
00160089		CS	GPSDestDistanceRef	GPS Dest Distance Ref	1
0016008A		DS	GPSDestDistance	GPS Dest Distance	1
0016008B		OB	GPSProcessingMethod	GPS Processing Method	1
0016008C		OB	GPSAreaInformation	GPS Area Information	1
0016008D		DT	GPSDateStamp	GPS Date Stamp	1
0016008E		IS	GPSDifferential	GPS Differential	1
00161001		CS	LightSourcePolarization	Light Source Polarization	1
00161002		DS	EmitterColorTemperature	Emitter Color Temperature	1
00161003		CS	ContactMethod	Contact Method	1
00161004		CS	ImmersionMedia	Immersion Media	1-n
00161005		DS	OpticalMagnificationFactor	Optical Magnification Factor	1
00180010		LO	ContrastBolusAgent	Contrast/Bolus Agent	1
00180012		SQ	ContrastBolusAgentSequence	Contrast/Bolus Agent Sequence	1
00180013		FL	ContrastBolusT1Relaxivity	Contrast/Bolus T1 Relaxivity	1
00180014		SQ	ContrastBolusAdministrationRouteSequence	Contrast/Bolus Administration Route Sequence	1
00180015		CS	BodyPartExamined	Body Part Examined	1
00180020		CS	ScanningSequence	Scanning Sequence	1-n
00180021		CS	SequenceVariant	Sequence Variant	1-n
00180022		CS	ScanOptions	Scan Options	1-n
00180023		CS	MRAcquisitionType	MR Acquisition Type	1
00180024		SH	SequenceName	Sequence Name	1
00180025		CS	AngioFlag	Angio Flag	1
00180026		SQ	InterventionDrugInformationSequence	Intervention Drug Information Sequence	1
00180027		TM	InterventionDrugStopTime	Intervention Drug Stop Time	1
00180028		DS	InterventionDrugDose	Intervention Drug Dose	1
00180029		SQ	InterventionDrugCodeSequence	Intervention Drug Code Sequence	1
0018002A		SQ	AdditionalDrugSequence	Additional Drug Sequence	1
00180030	R	LO	Radionuclide	Radionuclide	1-n
00180031		LO	Radiopharmaceutical	Radiopharmaceutical	1
00180032	R	DS	EnergyWindowCenterline	Energy Window Centerline	1
00180033	R	DS	EnergyWindowTotalWidth	Energy Window Total Width	1-n
00180034		LO	InterventionDrugName	Intervention Drug Name	1
00180035		TM	InterventionDrugStartTime	Intervention Drug Start Time	1
00180036		SQ	InterventionSequence	Intervention Sequence	1
00180037	R	CS	TherapyType	Therapy Type	1
00180038		CS	InterventionStatus	Intervention Status	1
00180039	R	CS	TherapyDescription	Therapy Description	1
0018003A		ST	InterventionDescription	Intervention Description	1
00180040		IS	CineRate	Cine Rate	1
00180042		CS	InitialCineRunState	Initial Cine Run State	1
00180050		DS	SliceThickness	Slice Thickness	1
00180060		DS	KVP	KVP	1
00180061	R	DS			1
00180070		IS	CountsAccumulated	Counts Accumulated	1
00180071		CS	AcquisitionTerminationCondition	Acquisition Termination Condition	1
00180072		DS	EffectiveDuration	Effective Duration	1
00180073		CS	AcquisitionStartCondition	Acquisition Start Condition	1
00180074		IS	AcquisitionStartConditionData	Acquisition Start Condition Data	1
00180075		IS	AcquisitionTerminationConditionData	Acquisition Termination Condition Data	1
00180080		DS	RepetitionTime	Repetition Time	1
00180081		DS	EchoTime	Echo Time	1
00180082		DS	InversionTime	Inversion Time	1
00180083		DS	NumberOfAverages	Number of Averages	1
00180084		DS	ImagingFrequency	Imaging Frequency	1
00180085		SH	ImagedNucleus	Imaged Nucleus	1
00180086		IS	EchoNumbers	Echo Number(s)	1-n
00180087		DS	MagneticFieldStrength	Magnetic Field Strength	1
00180088		DS	SpacingBetweenSlices	Spacing Between Slices	1
00180089		IS	NumberOfPhaseEncodingSteps	Number of Phase Encoding Steps	1
00180090		DS	DataCollectionDiameter	Data Collection Diameter	1
00180091		IS	EchoTrainLength	Echo Train Length	1
00180093		DS	PercentSampling	Percent Sampling	1
00180094		DS	PercentPhaseFieldOfView	Percent Phase Field of View	1
00180095		DS	PixelBandwidth	Pixel Bandwidth	1
00181000		LO	DeviceSerialNumber	Device Serial Number	1
00181002		UI	DeviceUID	Device UID	1
00181003		LO	DeviceID	Device ID	1
00181004		LO	PlateID	Plate ID	1
00181005		LO	GeneratorID	Generator ID	1
00181006		LO	GridID	Grid ID	1
00181007		LO	CassetteID	Cassette ID	1
00181008		LO	GantryID	Gantry ID	1
00181009		UT	UniqueDeviceIdentifier	Unique Device Identifier	1
0018100A		SQ	UDISequence	UDI Sequence	1
0018100B		UI	ManufacturerDeviceClassUID	Manufacturer's Device Class UID	1-n
00181010		LO	SecondaryCaptureDeviceID	Secondary Capture Device ID	1
00181011	R	LO	HardcopyCreationDeviceID	Hardcopy Creation Device ID	1
00181012		DA	DateOfSecondaryCapture	Date of Secondary Capture	1
00181014		TM	TimeOfSecondaryCapture	Time of Secondary Capture	1
00181016		LO	SecondaryCaptureDeviceManufacturer	Secondary Capture Device Manufacturer	1
00181017	R	LO	HardcopyDeviceManufacturer	Hardcopy Device Manufacturer	1
00181018		LO	SecondaryCaptureDeviceManufacturerModelName	Secondary Capture Device Manufacturer's Model Name	1
00181019		LO	SecondaryCaptureDeviceSoftwareVersions	Secondary Capture Device Software Versions	1-n
0018101A	R	LO	HardcopyDeviceSoftwareVersion	Hardcopy Device Software Version	1-n
0018101B	R	LO	HardcopyDeviceManufacturerModelName	Hardcopy Device Manufacturer's Model Name	1
00181020		LO	SoftwareVersions	Software Versions	1-n
00181022		SH	VideoImageFormatAcquired	Video Image Format Acquired	1
00181023		LO	DigitalImageFormatAcquired	Digital Image Format Acquired	1
00181030		LO	ProtocolName	Protocol Name	1
00181040		LO	ContrastBolusRoute	Contrast/Bolus Route	1
00181041		DS	ContrastBolusVolume	Contrast/Bolus Volume	1
00181042		TM	ContrastBolusStartTime	Contrast/Bolus Start Time	1
00181043		TM	ContrastBolusStopTime	Contrast/Bolus Stop Time	1
00181044		DS	ContrastBolusTotalDose	Contrast/Bolus Total Dose	1
00181045		IS	SyringeCounts	Syringe Counts	1
00181046		DS	ContrastFlowRate	Contrast Flow Rate	1-n
00181047		DS	ContrastFlowDuration	Contrast Flow Duration	1-n
00181048		CS	ContrastBolusIngredient	Contrast/Bolus Ingredient	1
00181049		DS	ContrastBolusIngredientConcentration	Contrast/Bolus Ingredient Concentration	1
00181050		DS	SpatialResolution	Spatial Resolution	1
00181060		DS	TriggerTime	Trigger Time	1
00181061		LO	TriggerSourceOrType	Trigger Source or Type	1
00181062		IS	NominalInterval	Nominal Interval	1
00181063		DS	FrameTime	Frame Time	1
00181064		LO	CardiacFramingType	Cardiac Framing Type	1
00181065		DS	FrameTimeVector	Frame Time Vector	1-n
00181066		DS	FrameDelay	Frame Delay	1
00181067		DS	ImageTriggerDelay	Image Trigger Delay	1
00181068		DS	MultiplexGroupTimeOffset	Multiplex Group Time Offset	1
00181069		DS	TriggerTimeOffset	Trigger Time Offset	1
0018106A		CS	SynchronizationTrigger	Synchronization Trigger	1
0018106C		US	SynchronizationChannel	Synchronization Channel	2
0018106E		UL	TriggerSamplePosition	Trigger Sample Position	1
00181070		LO	RadiopharmaceuticalRoute	Radiopharmaceutical Route	1
00181071		DS	RadiopharmaceuticalVolume	Radiopharmaceutical Volume	1
00181072		TM	RadiopharmaceuticalStartTime	Radiopharmaceutical Start Time	1
00181073		TM	RadiopharmaceuticalStopTime	Radiopharmaceutical Stop Time	1
00181074		DS	RadionuclideTotalDose	Radionuclide Total Dose	1
00181075		DS	RadionuclideHalfLife	Radionuclide Half Life	1
00181076		DS	RadionuclidePositronFraction	Radionuclide Positron Fraction	1
00181077		DS	RadiopharmaceuticalSpecificActivity	Radiopharmaceutical Specific Activity	1
00181078		DT	RadiopharmaceuticalStartDateTime	Radiopharmaceutical Start DateTime	1
00181079		DT	RadiopharmaceuticalStopDateTime	Radiopharmaceutical Stop DateTime	1
00181080		CS	BeatRejectionFlag	Beat Rejection Flag	1
00181081		IS	LowRRValue	Low R-R Value	1
00181082		IS	HighRRValue	High R-R Value	1
00181083		IS	IntervalsAcquired	Intervals Acquired	1
00181084		IS	IntervalsRejected	Intervals Rejected	1
00181085		LO	PVCRejection	PVC Rejection	1
00181086		IS	SkipBeats	Skip Beats	1
00181088		IS	HeartRate	Heart Rate	1
00181090		IS	CardiacNumberOfImages	Cardiac Number of Images	1
00181094		IS	TriggerWindow	Trigger Window	1
00181100		DS	ReconstructionDiameter	Reconstruction Diameter	1
00181110		DS	DistanceSourceToDetector	Distance Source to Detector	1
00181111		DS	DistanceSourceToPatient	Distance Source to Patient	1
00181114		DS	EstimatedRadiographicMagnificationFactor	Estimated Radiographic Magnification Factor	1
00181120		DS	GantryDetectorTilt	Gantry/Detector Tilt	1
00181121		DS	GantryDetectorSlew	Gantry/Detector Slew	1
00181130		DS	TableHeight	Table Height	1
00181131		DS	TableTraverse	Table Traverse	1
00181134		CS	TableMotion	Table Motion	1
00181135		DS	TableVerticalIncrement	Table Vertical Increment	1-n
00181136		DS	TableLateralIncrement	Table Lateral Increment	1-n
00181137		DS	TableLongitudinalIncrement	Table Longitudinal Increment	1-n
00181138		DS	TableAngle	Table Angle	1
0018113A		CS	TableType	Table Type	1
00181140		CS	RotationDirection	Rotation Direction	1
00181141	R	DS	AngularPosition	Angular Position	1
00181142		DS	RadialPosition	Radial Position	1-n
00181143		DS	ScanArc	Scan Arc	1
00181144		DS	AngularStep	Angular Step	1
00181145		DS	CenterOfRotationOffset	Center of Rotation Offset	1
00181146	R	DS	RotationOffset	Rotation Offset	1-n
00181147		CS	FieldOfViewShape	Field of View Shape	1
00181149		IS	FieldOfViewDimensions	Field of View Dimension(s)	1-2
00181150		IS	ExposureTime	Exposure Time	1
00181151		IS	XRayTubeCurrent	X-Ray Tube Current	1
00181152		IS	Exposure	Exposure	1
00181153		IS	ExposureInuAs	Exposure in uAs	1
00181154		DS	AveragePulseWidth	Average Pulse Width	1
00181155		CS	RadiationSetting	Radiation Setting	1
00181156		CS	RectificationType	Rectification Type	1
0018115A		CS	RadiationMode	Radiation Mode	1
0018115E		DS	ImageAndFluoroscopyAreaDoseProduct	Image and Fluoroscopy Area Dose Product	1
00181160		SH	FilterType	Filter Type	1
00181161		LO	TypeOfFilters	Type of Filters	1-n
00181162		DS	IntensifierSize	Intensifier Size	1
00181164		DS	ImagerPixelSpacing	Imager Pixel Spacing	2
00181166		CS	Grid	Grid	1-n
00181170		IS	GeneratorPower	Generator Power	1
00181180		SH	CollimatorGridName	Collimator/grid Name	1
00181181		CS	CollimatorType	Collimator Type	1
00181182		IS	FocalDistance	Focal Distance	1-2
00181183		DS	XFocusCenter	X Focus Center	1-2
00181184		DS	YFocusCenter	Y Focus Center	1-2
00181190		DS	FocalSpots	Focal Spot(s)	1-n
00181191		CS	AnodeTargetMaterial	Anode Target Material	1
001811A0		DS	BodyPartThickness	Body Part Thickness	1
001811A2		DS	CompressionForce	Compression Force	1
001811A3		DS	CompressionPressure	Compression Pressure	1
001811A4		LO	PaddleDescription	Paddle Description	1
001811A5		DS	CompressionContactArea	Compression Contact Area	1
001811B0		LO	AcquisitionMode	Acquisition Mode	1
001811B1		LO	DoseModeName	Dose Mode Name	1
001811B2		CS	AcquiredSubtractionMaskFlag	Acquired Subtraction Mask Flag	1
001811B3		CS	FluoroscopyPersistenceFlag	Fluoroscopy Persistence Flag	1
001811B4		CS	FluoroscopyLastImageHoldPersistenceFlag	Fluoroscopy Last Image Hold Persistence Flag	1
001811B5		IS	UpperLimitNumberOfPersistentFluoroscopyFrames	Upper Limit Number Of Persistent Fluoroscopy Frames	1
001811B6		CS	ContrastBolusAutoInjectionTriggerFlag	Contrast/Bolus Auto Injection Trigger Flag	1
001811B7		FD	ContrastBolusInjectionDelay	Contrast/Bolus Injection Delay	1
001811B8		SQ	XAAcquisitionPhaseDetailsSequence	XA Acquisition Phase Details Sequence	1
001811B9		FD	XAAcquisitionFrameRate	XA Acquisition Frame Rate	1
001811BA		SQ	XAPlaneDetailsSequence	XA Plane Details Sequence	1
001811BB		LO	AcquisitionFieldOfViewLabel	Acquisition Field of View Label	1
001811BC		SQ	XRayFilterDetailsSequence	X-Ray Filter Details Sequence	1
001811BD		FD	XAAcquisitionDuration	XA Acquisition Duration	1
001811BE		CS	ReconstructionPipelineType	Reconstruction Pipeline Type	1
001811BF		SQ	ImageFilterDetailsSequence	Image Filter Details Sequence	1
001811C0		CS	AppliedMaskSubtractionFlag	Applied Mask Subtraction Flag	1
001811C1		SQ	RequestedSeriesDescriptionCodeSequence	Requested Series Description Code Sequence	1
00181200		DA	DateOfLastCalibration	Date of Last Calibration	1-n
00181201		TM	TimeOfLastCalibration	Time of Last Calibration	1-n
00181202		DT	DateTimeOfLastCalibration	DateTime of Last Calibration	1
00181203		DT	CalibrationDateTime	Calibration DateTime	1
00181204		DA	DateOfManufacture	Date of Manufacture	1
00181205		DA	DateOfInstallation	Date of Installation	1
00181210		SH	ConvolutionKernel	Convolution Kernel	1-n
00181240	R	IS	UpperLowerPixelValues	Upper/Lower Pixel Values	1-n
00181242		IS	ActualFrameDuration	Actual Frame Duration	1
00181243		IS	CountRate	Count Rate	1
00181244		US	PreferredPlaybackSequencing	Preferred Playback Sequencing	1
00181250		SH	ReceiveCoilName	Receive Coil Name	1
00181251		SH	TransmitCoilName	Transmit Coil Name	1
00181260		SH	PlateType	Plate Type	1
00181261		LO	PhosphorType	Phosphor Type	1
00181271		FD	WaterEquivalentDiameter	Water Equivalent Diameter	1
00181272		SQ	WaterEquivalentDiameterCalculationMethodCodeSequence	Water Equivalent Diameter Calculation Method Code Sequence	1
00181300		DS	ScanVelocity	Scan Velocity	1
00181301		CS	WholeBodyTechnique	Whole Body Technique	1-n
00181302		IS	ScanLength	Scan Length	1
00181310		US	AcquisitionMatrix	Acquisition Matrix	4
00181312		CS	InPlanePhaseEncodingDirection	In-plane Phase Encoding Direction	1
00181314		DS	FlipAngle	Flip Angle	1
00181315		CS	VariableFlipAngleFlag	Variable Flip Angle Flag	1
00181316		DS	SAR	SAR	1
00181318		DS	dBdt	dB/dt	1
00181320		FL	B1rms	B1rms	1
00181400		LO	AcquisitionDeviceProcessingDescription	Acquisition Device Processing Description	1
00181401		LO	AcquisitionDeviceProcessingCode	Acquisition Device Processing Code	1
00181402		CS	CassetteOrientation	Cassette Orientation	1
00181403		CS	CassetteSize	Cassette Size	1
00181404		US	ExposuresOnPlate	Exposures on Plate	1
00181405		IS	RelativeXRayExposure	Relative X-Ray Exposure	1
00181411		DS	ExposureIndex	Exposure Index	1
00181412		DS	TargetExposureIndex	Target Exposure Index	1
00181413		DS	DeviationIndex	Deviation Index	1
00181450		DS	ColumnAngulation	Column Angulation	1
00181460		DS	TomoLayerHeight	Tomo Layer Height	1
00181470		DS	TomoAngle	Tomo Angle	1
00181480		DS	TomoTime	Tomo Time	1
00181490		CS	TomoType	Tomo Type	1
00181491		CS	TomoClass	Tomo Class	1
00181495		IS	NumberOfTomosynthesisSourceImages	Number of Tomosynthesis Source Images	1
00181500		CS	PositionerMotion	Positioner Motion	1
00181508		CS	PositionerType	Positioner Type	1
00181510		DS	PositionerPrimaryAngle	Positioner Primary Angle	1
00181511		DS	PositionerSecondaryAngle	Positioner Secondary Angle	1
00181520		DS	PositionerPrimaryAngleIncrement	Positioner Primary Angle Increment	1-n
00181521		DS	PositionerSecondaryAngleIncrement	Positioner Secondary Angle Increment	1-n
00181530		DS	DetectorPrimaryAngle	Detector Primary Angle	1
00181531		DS	DetectorSecondaryAngle	Detector Secondary Angle	1
00181600		CS	ShutterShape	Shutter Shape	1-3
00181602		IS	ShutterLeftVerticalEdge	Shutter Left Vertical Edge	1
00181604		IS	ShutterRightVerticalEdge	Shutter Right Vertical Edge	1
00181606		IS	ShutterUpperHorizontalEdge	Shutter Upper Horizontal Edge	1
00181608		IS	ShutterLowerHorizontalEdge	Shutter Lower Horizontal Edge	1
00181610		IS	CenterOfCircularShutter	Center of Circular Shutter	2
00181612		IS	RadiusOfCircularShutter	Radius of Circular Shutter	1
00181620		IS	VerticesOfThePolygonalShutter	Vertices of the Polygonal Shutter	2-2n
00181622		US	ShutterPresentationValue	Shutter Presentation Value	1
00181623		US	ShutterOverlayGroup	Shutter Overlay Group	1
00181624		US	ShutterPresentationColorCIELabValue	Shutter Presentation Color CIELab Value	3
00181630		CS	OutlineShapeType	Outline Shape Type	1
00181631		FD	OutlineLeftVerticalEdge	Outline Left Vertical Edge	1
00181632		FD	OutlineRightVerticalEdge	Outline Right Vertical Edge	1
00181633		FD	OutlineUpperHorizontalEdge	Outline Upper Horizontal Edge	1
00181634		FD	OutlineLowerHorizontalEdge	Outline Lower Horizontal Edge	1
00181635		FD	CenterOfCircularOutline	Center of Circular Outline	2
00181636		FD	DiameterOfCircularOutline	Diameter of Circular Outline	1
00181637		UL	NumberOfPolygonalVertices	Number of Polygonal Vertices	1
00181638		OF	VerticesOfThePolygonalOutline	Vertices of the Polygonal Outline	1
00181700		CS	CollimatorShape	Collimator Shape	1-3
00181702		IS	CollimatorLeftVerticalEdge	Collimator Left Vertical Edge	1
00181704		IS	CollimatorRightVerticalEdge	Collimator Right Vertical Edge	1
00181706		IS	CollimatorUpperHorizontalEdge	Collimator Upper Horizontal Edge	1
00181708		IS	CollimatorLowerHorizontalEdge	Collimator Lower Horizontal Edge	1
00181710		IS	CenterOfCircularCollimator	Center of Circular Collimator	2
00181712		IS	RadiusOfCircularCollimator	Radius of Circular Collimator	1
00181720		IS	VerticesOfThePolygonalCollimator	Vertices of the Polygonal Collimator	2-2n
00181800		CS	AcquisitionTimeSynchronized	Acquisition Time Synchronized	1
00181801		SH	TimeSource	Time Source	1
00181802		CS	TimeDistributionProtocol	Time Distribution Protocol	1
00181803		LO	NTPSourceAddress	NTP Source Address	1
00182001		IS	PageNumberVector	Page Number Vector	1-n
00182002		SH	FrameLabelVector	Frame Label Vector	1-n
00182003		DS	FramePrimaryAngleVector	Frame Primary Angle Vector	1-n
00182004		DS	FrameSecondaryAngleVector	Frame Secondary Angle Vector	1-n
00182005		DS	SliceLocationVector	Slice Location Vector	1-n
00182006		SH	DisplayWindowLabelVector	Display Window Label Vector	1-n
00182010		DS	NominalScannedPixelSpacing	Nominal Scanned Pixel Spacing	2
00182020		CS	DigitizingDeviceTransportDirection	Digitizing Device Transport Direction	1
00182030		DS	RotationOfScannedFilm	Rotation of Scanned Film	1
00182041		SQ	BiopsyTargetSequence	Biopsy Target Sequence	1
00182042		UI	TargetUID	Target UID	1
00182043		FL	LocalizingCursorPosition	Localizing Cursor Position	2
00182044		FL	CalculatedTargetPosition	Calculated Target Position	3
00182045		SH	TargetLabel	Target Label	1
00182046		FL	DisplayedZValue	Displayed Z Value	1
00183100		CS	IVUSAcquisition	IVUS Acquisition	1
00183101		DS	IVUSPullbackRate	IVUS Pullback Rate	1
00183102		DS	IVUSGatedRate	IVUS Gated Rate	1
00183103		IS	IVUSPullbackStartFrameNumber	IVUS Pullback Start Frame Number	1
00183104		IS	IVUSPullbackStopFrameNumber	IVUS Pullback Stop Frame Number	1
00183105		IS	LesionNumber	Lesion Number	1-n
00184000	R	LT	AcquisitionComments	Acquisition Comments	1
00185000		SH	OutputPower	Output Power	1-n
00185010		LO	TransducerData	Transducer Data	1-n
00185011		SQ	TransducerIdentificationSequence	Transducer Identification Sequence	1
00185012		DS	FocusDepth	Focus Depth	1
00185020		LO	ProcessingFunction	Processing Function	1
00185021	R	LO	PostprocessingFunction	Postprocessing Function	1
00185022		DS	MechanicalIndex	Mechanical Index	1
00185024		DS	BoneThermalIndex	Bone Thermal Index	1
00185026		DS	CranialThermalIndex	Cranial Thermal Index	1
00185027		DS	SoftTissueThermalIndex	Soft Tissue Thermal Index	1
00185028		DS	SoftTissueFocusThermalIndex	Soft Tissue-focus Thermal Index	1
00185029		DS	SoftTissueSurfaceThermalIndex	Soft Tissue-surface Thermal Index	1
00185030	R	DS	DynamicRange	Dynamic Range	1
00185040	R	DS	TotalGain	Total Gain	1
00185050		IS	DepthOfScanField	Depth of Scan Field	1
00185100		CS	PatientPosition	Patient Position	1
00185101		CS	ViewPosition	View Position	1
00185104		SQ	ProjectionEponymousNameCodeSequence	Projection Eponymous Name Code Sequence	1
00185210	R	DS	ImageTransformationMatrix	Image Transformation Matrix	6
00185212	R	DS	ImageTranslationVector	Image Translation Vector	3
00186000		DS	Sensitivity	Sensitivity	1
00186011		SQ	SequenceOfUltrasoundRegions	Sequence of Ultrasound Regions	1
00186012		US	RegionSpatialFormat	Region Spatial Format	1
00186014		US	RegionDataType	Region Data Type	1
00186016		UL	RegionFlags	Region Flags	1
00186018		UL	RegionLocationMinX0	Region Location Min X0	1
0018601A		UL	RegionLocationMinY0	Region Location Min Y0	1
0018601C		UL	RegionLocationMaxX1	Region Location Max X1	1
0018601E		UL	RegionLocationMaxY1	Region Location Max Y1	1
00186020		SL	ReferencePixelX0	Reference Pixel X0	1
00186022		SL	ReferencePixelY0	Reference Pixel Y0	1
00186024		US	PhysicalUnitsXDirection	Physical Units X Direction	1
00186026		US	PhysicalUnitsYDirection	Physical Units Y Direction	1
00186028		FD	ReferencePixelPhysicalValueX	Reference Pixel Physical Value X	1
0018602A		FD	ReferencePixelPhysicalValueY	Reference Pixel Physical Value Y	1
0018602C		FD	PhysicalDeltaX	Physical Delta X	1
0018602E		FD	PhysicalDeltaY	Physical Delta Y	1
00186030		UL	TransducerFrequency	Transducer Frequency	1
00186031		CS	TransducerType	Transducer Type	1
00186032		UL	PulseRepetitionFrequency	Pulse Repetition Frequency	1
00186034		FD	DopplerCorrectionAngle	Doppler Correction Angle	1
00186036		FD	SteeringAngle	Steering Angle	1
00186038	R	UL	DopplerSampleVolumeXPositionRetired	Doppler Sample Volume X Position (Retired)	1
00186039		SL	DopplerSampleVolumeXPosition	Doppler Sample Volume X Position	1
0018603A	R	UL	DopplerSampleVolumeYPositionRetired	Doppler Sample Volume Y Position (Retired)	1
0018603B		SL	DopplerSampleVolumeYPosition	Doppler Sample Volume Y Position	1
0018603C	R	UL	TMLinePositionX0Retired	TM-Line Position X0 (Retired)	1
0018603D		SL	TMLinePositionX0	TM-Line Position X0	1
0018603E	R	UL	TMLinePositionY0Retired	TM-Line Position Y0 (Retired)	1
0018603F		SL	TMLinePositionY0	TM-Line Position Y0	1
00186040	R	UL	TMLinePositionX1Retired	TM-Line Position X1 (Retired)	1
00186041		SL	TMLinePositionX1	TM-Line Position X1	1
00186042	R	UL	TMLinePositionY1Retired	TM-Line Position Y1 (Retired)	1
00186043		SL	TMLinePositionY1	TM-Line Position Y1	1
00186044		US	PixelComponentOrganization	Pixel Component Organization	1
00186046		UL	PixelComponentMask	Pixel Component Mask	1
00186048		UL	PixelComponentRangeStart	Pixel Component Range Start	1
0018604A		UL	PixelComponentRangeStop	Pixel Component Range Stop	1
0018604C		US	PixelComponentPhysicalUnits	Pixel Component Physical Units	1
0018604E		US	PixelComponentDataType	Pixel Component Data Type	1
00186050		UL	NumberOfTableBreakPoints	Number of Table Break Points	1
00186052		UL	TableOfXBreakPoints	Table of X Break Points	1-n
00186054		FD	TableOfYBreakPoints	Table of Y Break Points	1-n
00186056		UL	NumberOfTableEntries	Number of Table Entries	1
00186058		UL	TableOfPixelValues	Table of Pixel Values	1-n
0018605A		FL	TableOfParameterValues	Table of Parameter Values	1-n
00186060		FL	RWaveTimeVector	R Wave Time Vector	1-n
00186070		US	ActiveImageAreaOverlayGroup	Active Image Area Overlay Group	1
00187000		CS	DetectorConditionsNominalFlag	Detector Conditions Nominal Flag	1
00187001		DS	DetectorTemperature	Detector Temperature	1
00187004		CS	DetectorType	Detector Type	1
00187005		CS	DetectorConfiguration	Detector Configuration	1
00187006		LT	DetectorDescription	Detector Description	1
00187008		LT	DetectorMode	Detector Mode	1
0018700A		SH	DetectorID	Detector ID	1
0018700C		DA	DateOfLastDetectorCalibration	Date of Last Detector Calibration	1
0018700E		TM	TimeOfLastDetectorCalibration	Time of Last Detector Calibration	1
00187010		IS	ExposuresOnDetectorSinceLastCalibration	Exposures on Detector Since Last Calibration	1
00187011		IS	ExposuresOnDetectorSinceManufactured	Exposures on Detector Since Manufactured	1
00187012		DS	DetectorTimeSinceLastExposure	Detector Time Since Last Exposure	1
00187014		DS	DetectorActiveTime	Detector Active Time	1
00187016		DS	DetectorActivationOffsetFromExposure	Detector Activation Offset From Exposure	1
0018701A		DS	DetectorBinning	Detector Binning	2
00187020		DS	DetectorElementPhysicalSize	Detector Element Physical Size	2
00187022		DS	DetectorElementSpacing	Detector Element Spacing	2
00187024		CS	DetectorActiveShape	Detector Active Shape	1
00187026		DS	DetectorActiveDimensions	Detector Active Dimension(s)	1-2
00187028		DS	DetectorActiveOrigin	Detector Active Origin	2
0018702A		LO	DetectorManufacturerName	Detector Manufacturer Name	1
0018702B		LO	DetectorManufacturerModelName	Detector Manufacturer's Model Name	1
00187030		DS	FieldOfViewOrigin	Field of View Origin	2
00187032		DS	FieldOfViewRotation	Field of View Rotation	1
00187034		CS	FieldOfViewHorizontalFlip	Field of View Horizontal Flip	1
00187036		FL	PixelDataAreaOriginRelativeToFOV	Pixel Data Area Origin Relative To FOV	2
00187038		FL	PixelDataAreaRotationAngleRelativeToFOV	Pixel Data Area Rotation Angle Relative To FOV	1
00187040		LT	GridAbsorbingMaterial	Grid Absorbing Material	1
00187041		LT	GridSpacingMaterial	Grid Spacing Material	1
00187042		DS	GridThickness	Grid Thickness	1
00187044		DS	GridPitch	Grid Pitch	1
00187046		IS	GridAspectRatio	Grid Aspect Ratio	2
00187048		DS	GridPeriod	Grid Period	1
0018704C		DS	GridFocalDistance	Grid Focal Distance	1
00187050		CS	FilterMaterial	Filter Material	1-n
00187052		DS	FilterThicknessMinimum	Filter Thickness Minimum	1-n
00187054		DS	FilterThicknessMaximum	Filter Thickness Maximum	1-n
00187056		FL	FilterBeamPathLengthMinimum	Filter Beam Path Length Minimum	1-n
00187058		FL	FilterBeamPathLengthMaximum	Filter Beam Path Length Maximum	1-n
00187060		CS	ExposureControlMode	Exposure Control Mode	1
00187062		LT	ExposureControlModeDescription	Exposure Control Mode Description	1
00187064		CS	ExposureStatus	Exposure Status	1
00187065		DS	PhototimerSetting	Phototimer Setting	1
00188150		DS	ExposureTimeInuS	Exposure Time in uS	1
00188151		DS	XRayTubeCurrentInuA	X-Ray Tube Current in uA	1
00189004		CS	ContentQualification	Content Qualification	1
00189005		SH	PulseSequenceName	Pulse Sequence Name	1
00189006		SQ	MRImagingModifierSequence	MR Imaging Modifier Sequence	1
00189008		CS	EchoPulseSequence	Echo Pulse Sequence	1
00189009		CS	InversionRecovery	Inversion Recovery	1
00189010		CS	FlowCompensation	Flow Compensation	1
00189011		CS	MultipleSpinEcho	Multiple Spin Echo	1
00189012		CS	MultiPlanarExcitation	Multi-planar Excitation	1
00189014		CS	PhaseContrast	Phase Contrast	1
00189015		CS	TimeOfFlightContrast	Time of Flight Contrast	1
00189016		CS	Spoiling	Spoiling	1
00189017		CS	SteadyStatePulseSequence	Steady State Pulse Sequence	1
00189018		CS	EchoPlanarPulseSequence	Echo Planar Pulse Sequence	1
00189019		FD	TagAngleFirstAxis	Tag Angle First Axis	1
00189020		CS	MagnetizationTransfer	Magnetization Transfer	1
00189021		CS	T2Preparation	T2 Preparation	1
00189022		CS	BloodSignalNulling	Blood Signal Nulling	1
00189024		CS	SaturationRecovery	Saturation Recovery	1
00189025		CS	SpectrallySelectedSuppression	Spectrally Selected Suppression	1
00189026		CS	SpectrallySelectedExcitation	Spectrally Selected Excitation	1
00189027		CS	SpatialPresaturation	Spatial Pre-saturation	1
00189028		CS	Tagging	Tagging	1
00189029		CS	OversamplingPhase	Oversampling Phase	1
00189030		FD	TagSpacingFirstDimension	Tag Spacing First Dimension	1
00189032		CS	GeometryOfKSpaceTraversal	Geometry of k-Space Traversal	1
00189033		CS	SegmentedKSpaceTraversal	Segmented k-Space Traversal	1
00189034		CS	RectilinearPhaseEncodeReordering	Rectilinear Phase Encode Reordering	1
00189035		FD	TagThickness	Tag Thickness	1
00189036		CS	PartialFourierDirection	Partial Fourier Direction	1
00189037		CS	CardiacSynchronizationTechnique	Cardiac Synchronization Technique	1
00189041		LO	ReceiveCoilManufacturerName	Receive Coil Manufacturer Name	1
00189042		SQ	MRReceiveCoilSequence	MR Receive Coil Sequence	1
00189043		CS	ReceiveCoilType	Receive Coil Type	1
00189044		CS	QuadratureReceiveCoil	Quadrature Receive Coil	1
00189045		SQ	MultiCoilDefinitionSequence	Multi-Coil Definition Sequence	1
00189046		LO	MultiCoilConfiguration	Multi-Coil Configuration	1
00189047		SH	MultiCoilElementName	Multi-Coil Element Name	1
00189048		CS	MultiCoilElementUsed	Multi-Coil Element Used	1
00189049		SQ	MRTransmitCoilSequence	MR Transmit Coil Sequence	1
00189050		LO	TransmitCoilManufacturerName	Transmit Coil Manufacturer Name	1
00189051		CS	TransmitCoilType	Transmit Coil Type	1
00189052		FD	SpectralWidth	Spectral Width	1-2
00189053		FD	ChemicalShiftReference	Chemical Shift Reference	1-2
00189054		CS	VolumeLocalizationTechnique	Volume Localization Technique	1
00189058		US	MRAcquisitionFrequencyEncodingSteps	MR Acquisition Frequency Encoding Steps	1
00189059		CS	Decoupling	De-coupling	1
00189060		CS	DecoupledNucleus	De-coupled Nucleus	1-2
00189061		FD	DecouplingFrequency	De-coupling Frequency	1-2
00189062		CS	DecouplingMethod	De-coupling Method	1
00189063		FD	DecouplingChemicalShiftReference	De-coupling Chemical Shift Reference	1-2
00189064		CS	KSpaceFiltering	k-space Filtering	1
00189065		CS	TimeDomainFiltering	Time Domain Filtering	1-2
00189066		US	NumberOfZeroFills	Number of Zero Fills	1-2
00189067		CS	BaselineCorrection	Baseline Correction	1
00189069		FD	ParallelReductionFactorInPlane	Parallel Reduction Factor In-plane	1
00189070		FD	CardiacRRIntervalSpecified	Cardiac R-R Interval Specified	1
00189073		FD	AcquisitionDuration	Acquisition Duration	1
00189074		DT	FrameAcquisitionDateTime	Frame Acquisition DateTime	1
00189075		CS	DiffusionDirectionality	Diffusion Directionality	1
00189076		SQ	DiffusionGradientDirectionSequence	Diffusion Gradient Direction Sequence	1
00189077		CS	ParallelAcquisition	Parallel Acquisition	1
00189078		CS	ParallelAcquisitionTechnique	Parallel Acquisition Technique	1
00189079		FD	InversionTimes	Inversion Times	1-n
00189080		ST	MetaboliteMapDescription	Metabolite Map Description	1
00189081		CS	PartialFourier	Partial Fourier	1
00189082		FD	EffectiveEchoTime	Effective Echo Time	1
00189083		SQ	MetaboliteMapCodeSequence	Metabolite Map Code Sequence	1
00189084		SQ	ChemicalShiftSequence	Chemical Shift Sequence	1
00189085		CS	CardiacSignalSource	Cardiac Signal Source	1
00189087		FD	DiffusionBValue	Diffusion b-value	1
00189089		FD	DiffusionGradientOrientation	Diffusion Gradient Orientation	3
00189090		FD	VelocityEncodingDirection	Velocity Encoding Direction	3
00189091		FD	VelocityEncodingMinimumValue	Velocity Encoding Minimum Value	1
00189092		SQ	VelocityEncodingAcquisitionSequence	Velocity Encoding Acquisition Sequence	1
00189093		US	NumberOfKSpaceTrajectories	Number of k-Space Trajectories	1
00189094		CS	CoverageOfKSpace	Coverage of k-Space	1
00189095		UL	SpectroscopyAcquisitionPhaseRows	Spectroscopy Acquisition Phase Rows	1
00189096	R	FD	ParallelReductionFactorInPlaneRetired	Parallel Reduction Factor In-plane (Retired)	1
00189098		FD	TransmitterFrequency	Transmitter Frequency	1-2
00189100		CS	ResonantNucleus	Resonant Nucleus	1-2
00189101		CS	FrequencyCorrection	Frequency Correction	1
00189103		SQ	MRSpectroscopyFOVGeometrySequence	MR Spectroscopy FOV/Geometry Sequence	1
00189104		FD	SlabThickness	Slab Thickness	1
00189105		FD	SlabOrientation	Slab Orientation	3
00189106		FD	MidSlabPosition	Mid Slab Position	3
00189107		SQ	MRSpatialSaturationSequence	MR Spatial Saturation Sequence	1
00189112		SQ	MRTimingAndRelatedParametersSequence	MR Timing and Related Parameters Sequence	1
00189114		SQ	MREchoSequence	MR Echo Sequence	1
00189115		SQ	MRModifierSequence	MR Modifier Sequence	1
00189117		SQ	MRDiffusionSequence	MR Diffusion Sequence	1
00189118		SQ	CardiacSynchronizationSequence	Cardiac Synchronization Sequence	1
00189119		SQ	MRAveragesSequence	MR Averages Sequence	1
00189125		SQ	MRFOVGeometrySequence	MR FOV/Geometry Sequence	1
00189126		SQ	VolumeLocalizationSequence	Volume Localization Sequence	1
00189127		UL	SpectroscopyAcquisitionDataColumns	Spectroscopy Acquisition Data Columns	1
00189147		CS	DiffusionAnisotropyType	Diffusion Anisotropy Type	1
00189151		DT	FrameReferenceDateTime	Frame Reference DateTime	1
00189152		SQ	MRMetaboliteMapSequence	MR Metabolite Map Sequence	1
00189155		FD	ParallelReductionFactorOutOfPlane	Parallel Reduction Factor out-of-plane	1
00189159		UL	SpectroscopyAcquisitionOutOfPlanePhaseSteps	Spectroscopy Acquisition Out-of-plane Phase Steps	1
00189166	R	CS	BulkMotionStatus	Bulk Motion Status	1
00189168		FD	ParallelReductionFactorSecondInPlane	Parallel Reduction Factor Second In-plane	1
00189169		CS	CardiacBeatRejectionTechnique	Cardiac Beat Rejection Technique	1
00189170		CS	RespiratoryMotionCompensationTechnique	Respiratory Motion Compensation Technique	1
00189171		CS	RespiratorySignalSource	Respiratory Signal Source	1
00189172		CS	BulkMotionCompensationTechnique	Bulk Motion Compensation Technique	1
00189173		CS	BulkMotionSignalSource	Bulk Motion Signal Source	1
00189174		CS	ApplicableSafetyStandardAgency	Applicable Safety Standard Agency	1
00189175		LO	ApplicableSafetyStandardDescription	Applicable Safety Standard Description	1
00189176		SQ	OperatingModeSequence	Operating Mode Sequence	1
00189177		CS	OperatingModeType	Operating Mode Type	1
00189178		CS	OperatingMode	Operating Mode	1
00189179		CS	SpecificAbsorptionRateDefinition	Specific Absorption Rate Definition	1
00189180		CS	GradientOutputType	Gradient Output Type	1
00189181		FD	SpecificAbsorptionRateValue	Specific Absorption Rate Value	1
00189182		FD	GradientOutput	Gradient Output	1
00189183		CS	FlowCompensationDirection	Flow Compensation Direction	1
00189184		FD	TaggingDelay	Tagging Delay	1
00189185		ST	RespiratoryMotionCompensationTechniqueDescription	Respiratory Motion Compensation Technique Description	1
00189186		SH	RespiratorySignalSourceID	Respiratory Signal Source ID	1
00189195	R	FD	ChemicalShiftMinimumIntegrationLimitInHz	Chemical Shift Minimum Integration Limit in Hz	1
00189196	R	FD	ChemicalShiftMaximumIntegrationLimitInHz	Chemical Shift Maximum Integration Limit in Hz	1
00189197		SQ	MRVelocityEncodingSequence	MR Velocity Encoding Sequence	1
00189198		CS	FirstOrderPhaseCorrection	First Order Phase Correction	1
00189199		CS	WaterReferencedPhaseCorrection	Water Referenced Phase Correction	1
00189200		CS	MRSpectroscopyAcquisitionType	MR Spectroscopy Acquisition Type	1
00189214		CS	RespiratoryCyclePosition	Respiratory Cycle Position	1
00189217		FD	VelocityEncodingMaximumValue	Velocity Encoding Maximum Value	1
00189218		FD	TagSpacingSecondDimension	Tag Spacing Second Dimension	1
00189219		SS	TagAngleSecondAxis	Tag Angle Second Axis	1
00189220		FD	FrameAcquisitionDuration	Frame Acquisition Duration	1
00189226		SQ	MRImageFrameTypeSequence	MR Image Frame Type Sequence	1
00189227		SQ	MRSpectroscopyFrameTypeSequence	MR Spectroscopy Frame Type Sequence	1
00189231		US	MRAcquisitionPhaseEncodingStepsInPlane	MR Acquisition Phase Encoding Steps in-plane	1
00189232		US	MRAcquisitionPhaseEncodingStepsOutOfPlane	MR Acquisition Phase Encoding Steps out-of-plane	1
00189234		UL	SpectroscopyAcquisitionPhaseColumns	Spectroscopy Acquisition Phase Columns	1
00189236		CS	CardiacCyclePosition	Cardiac Cycle Position	1
00189239		SQ	SpecificAbsorptionRateSequence	Specific Absorption Rate Sequence	1
00189240		US	RFEchoTrainLength	RF Echo Train Length	1
00189241		US	GradientEchoTrainLength	Gradient Echo Train Length	1
00189250		CS	ArterialSpinLabelingContrast	Arterial Spin Labeling Contrast	1
00189251		SQ	MRArterialSpinLabelingSequence	MR Arterial Spin Labeling Sequence	1
00189252		LO	ASLTechniqueDescription	ASL Technique Description	1
00189253		US	ASLSlabNumber	ASL Slab Number	1
00189254		FD	ASLSlabThickness	ASL Slab Thickness	1
00189255		FD	ASLSlabOrientation	ASL Slab Orientation	3
00189256		FD	ASLMidSlabPosition	ASL Mid Slab Position	3
00189257		CS	ASLContext	ASL Context	1
00189258		UL	ASLPulseTrainDuration	ASL Pulse Train Duration	1
00189259		CS	ASLCrusherFlag	ASL Crusher Flag	1
0018925A		FD	ASLCrusherFlowLimit	ASL Crusher Flow Limit	1
0018925B		LO	ASLCrusherDescription	ASL Crusher Description	1
0018925C		CS	ASLBolusCutoffFlag	ASL Bolus Cut-off Flag	1
0018925D		SQ	ASLBolusCutoffTimingSequence	ASL Bolus Cut-off Timing Sequence	1
0018925E		LO	ASLBolusCutoffTechnique	ASL Bolus Cut-off Technique	1
0018925F		UL	ASLBolusCutoffDelayTime	ASL Bolus Cut-off Delay Time	1
00189260		SQ	ASLSlabSequence	ASL Slab Sequence	1
00189295		FD	ChemicalShiftMinimumIntegrationLimitInppm	Chemical Shift Minimum Integration Limit in ppm	1
00189296		FD	ChemicalShiftMaximumIntegrationLimitInppm	Chemical Shift Maximum Integration Limit in ppm	1
00189297		CS	WaterReferenceAcquisition	Water Reference Acquisition	1
00189298		IS	EchoPeakPosition	Echo Peak Position	1
00189301		SQ	CTAcquisitionTypeSequence	CT Acquisition Type Sequence	1
00189302		CS	AcquisitionType	Acquisition Type	1
00189303		FD	TubeAngle	Tube Angle	1
00189304		SQ	CTAcquisitionDetailsSequence	CT Acquisition Details Sequence	1
00189305		FD	RevolutionTime	Revolution Time	1
00189306		FD	SingleCollimationWidth	Single Collimation Width	1
00189307		FD	TotalCollimationWidth	Total Collimation Width	1
00189308		SQ	CTTableDynamicsSequence	CT Table Dynamics Sequence	1
00189309		FD	TableSpeed	Table Speed	1
00189310		FD	TableFeedPerRotation	Table Feed per Rotation	1
00189311		FD	SpiralPitchFactor	Spiral Pitch Factor	1
00189312		SQ	CTGeometrySequence	CT Geometry Sequence	1
00189313		FD	DataCollectionCenterPatient	Data Collection Center (Patient)	3
00189314		SQ	CTReconstructionSequence	CT Reconstruction Sequence	1
00189315		CS	ReconstructionAlgorithm	Reconstruction Algorithm	1
00189316		CS	ConvolutionKernelGroup	Convolution Kernel Group	1
00189317		FD	ReconstructionFieldOfView	Reconstruction Field of View	2
00189318		FD	ReconstructionTargetCenterPatient	Reconstruction Target Center (Patient)	3
00189319		FD	ReconstructionAngle	Reconstruction Angle	1
00189320		SH	ImageFilter	Image Filter	1
00189321		SQ	CTExposureSequence	CT Exposure Sequence	1
00189322		FD	ReconstructionPixelSpacing	Reconstruction Pixel Spacing	2
00189323		CS	ExposureModulationType	Exposure Modulation Type	1-n
00189324	R	FD	EstimatedDoseSaving	Estimated Dose Saving	1
00189325		SQ	CTXRayDetailsSequence	CT X-Ray Details Sequence	1
00189326		SQ	CTPositionSequence	CT Position Sequence	1
00189327		FD	TablePosition	Table Position	1
00189328		FD	ExposureTimeInms	Exposure Time in ms	1
00189329		SQ	CTImageFrameTypeSequence	CT Image Frame Type Sequence	1
00189330		FD	XRayTubeCurrentInmA	X-Ray Tube Current in mA	1
00189332		FD	ExposureInmAs	Exposure in mAs	1
00189333		CS	ConstantVolumeFlag	Constant Volume Flag	1
00189334		CS	FluoroscopyFlag	Fluoroscopy Flag	1
00189335		FD	DistanceSourceToDataCollectionCenter	Distance Source to Data Collection Center	1
00189337		US	ContrastBolusAgentNumber	Contrast/Bolus Agent Number	1
00189338		SQ	ContrastBolusIngredientCodeSequence	Contrast/Bolus Ingredient Code Sequence	1
00189340		SQ	ContrastAdministrationProfileSequence	Contrast Administration Profile Sequence	1
00189341		SQ	ContrastBolusUsageSequence	Contrast/Bolus Usage Sequence	1
00189342		CS	ContrastBolusAgentAdministered	Contrast/Bolus Agent Administered	1
00189343		CS	ContrastBolusAgentDetected	Contrast/Bolus Agent Detected	1
00189344		CS	ContrastBolusAgentPhase	Contrast/Bolus Agent Phase	1
00189345		FD	CTDIvol	CTDIvol	1
00189346		SQ	CTDIPhantomTypeCodeSequence	CTDI Phantom Type Code Sequence	1
00189351		FL	CalciumScoringMassFactorPatient	Calcium Scoring Mass Factor Patient	1
00189352		FL	CalciumScoringMassFactorDevice	Calcium Scoring Mass Factor Device	3
00189353		FL	EnergyWeightingFactor	Energy Weighting Factor	1
00189360		SQ	CTAdditionalXRaySourceSequence	CT Additional X-Ray Source Sequence	1
00189361		CS	MultienergyCTAcquisition	Multi-energy CT Acquisition	1
00189362		SQ	MultienergyCTAcquisitionSequence	Multi-energy CT Acquisition Sequence	1
00189363		SQ	MultienergyCTProcessingSequence	Multi-energy CT Processing Sequence	1
00189364		SQ	MultienergyCTCharacteristicsSequence	Multi-energy CT Characteristics Sequence	1
00189365		SQ	MultienergyCTXRaySourceSequence	Multi-energy CT X-Ray Source Sequence	1
00189366		US	XRaySourceIndex	X-Ray Source Index	1
00189367		UC	XRaySourceID	X-Ray Source ID	1
00189368		CS	MultienergySourceTechnique	Multi-energy Source Technique	1
00189369		DT	SourceStartDateTime	Source Start DateTime	1
0018936A		DT	SourceEndDateTime	Source End DateTime	1
0018936B		US	SwitchingPhaseNumber	Switching Phase Number	1
0018936C		DS	SwitchingPhaseNominalDuration	Switching Phase Nominal Duration	1
0018936D		DS	SwitchingPhaseTransitionDuration	Switching Phase Transition Duration	1
0018936E		DS	EffectiveBinEnergy	Effective Bin Energy	1
0018936F		SQ	MultienergyCTXRayDetectorSequence	Multi-energy CT X-Ray Detector Sequence	1
00189370		US	XRayDetectorIndex	X-Ray Detector Index	1
00189371		UC	XRayDetectorID	X-Ray Detector ID	1
00189372		CS	MultienergyDetectorType	Multi-energy Detector Type	1
00189373		ST	XRayDetectorLabel	X-Ray Detector Label	1
00189374		DS	NominalMaxEnergy	Nominal Max Energy	1
00189375		DS	NominalMinEnergy	Nominal Min Energy	1
00189376		US	ReferencedXRayDetectorIndex	Referenced X-Ray Detector Index	1-n
00189377		US	ReferencedXRaySourceIndex	Referenced X-Ray Source Index	1-n
00189378		US	ReferencedPathIndex	Referenced Path Index	1-n
00189379		SQ	MultienergyCTPathSequence	Multi-energy CT Path Sequence	1
0018937A		US	MultienergyCTPathIndex	Multi-energy CT Path Index	1
0018937B		UT	MultienergyAcquisitionDescription	Multi-energy Acquisition Description	1
0018937C		FD	MonoenergeticEnergyEquivalent	Monoenergetic Energy Equivalent	1
0018937D		SQ	MaterialCodeSequence	Material Code Sequence	1
0018937E		CS	DecompositionMethod	Decomposition Method	1
0018937F		UT	DecompositionDescription	Decomposition Description	1
00189380		SQ	DecompositionAlgorithmIdentificationSequence	Decomposition Algorithm Identification Sequence	1
00189381		SQ	DecompositionMaterialSequence	Decomposition Material Sequence	1
00189382		SQ	MaterialAttenuationSequence	Material Attenuation Sequence	1
00189383		DS	PhotonEnergy	Photon Energy	1
00189384		DS	XRayMassAttenuationCoefficient	X-Ray Mass Attenuation Coefficient	1
00189401		SQ	ProjectionPixelCalibrationSequence	Projection Pixel Calibration Sequence	1
00189402		FL	DistanceSourceToIsocenter	Distance Source to Isocenter	1
00189403		FL	DistanceObjectToTableTop	Distance Object to Table Top	1
00189404		FL	ObjectPixelSpacingInCenterOfBeam	Object Pixel Spacing in Center of Beam	2
00189405		SQ	PositionerPositionSequence	Positioner Position Sequence	1
00189406		SQ	TablePositionSequence	Table Position Sequence	1
00189407		SQ	CollimatorShapeSequence	Collimator Shape Sequence	1
00189410		CS	PlanesInAcquisition	Planes in Acquisition	1
00189412		SQ	XAXRFFrameCharacteristicsSequence	XA/XRF Frame Characteristics Sequence	1
00189417		SQ	FrameAcquisitionSequence	Frame Acquisition Sequence	1
00189420		CS	XRayReceptorType	X-Ray Receptor Type	1
00189423		LO	AcquisitionProtocolName	Acquisition Protocol Name	1
00189424		LT	AcquisitionProtocolDescription	Acquisition Protocol Description	1
00189425		CS	ContrastBolusIngredientOpaque	Contrast/Bolus Ingredient Opaque	1
00189426		FL	DistanceReceptorPlaneToDetectorHousing	Distance Receptor Plane to Detector Housing	1
00189427		CS	IntensifierActiveShape	Intensifier Active Shape	1
00189428		FL	IntensifierActiveDimensions	Intensifier Active Dimension(s)	1-2
00189429		FL	PhysicalDetectorSize	Physical Detector Size	2
00189430		FL	PositionOfIsocenterProjection	Position of Isocenter Projection	2
00189432		SQ	FieldOfViewSequence	Field of View Sequence	1
00189433		LO	FieldOfViewDescription	Field of View Description	1
00189434		SQ	ExposureControlSensingRegionsSequence	Exposure Control Sensing Regions Sequence	1
00189435		CS	ExposureControlSensingRegionShape	Exposure Control Sensing Region Shape	1
00189436		SS	ExposureControlSensingRegionLeftVerticalEdge	Exposure Control Sensing Region Left Vertical Edge	1
00189437		SS	ExposureControlSensingRegionRightVerticalEdge	Exposure Control Sensing Region Right Vertical Edge	1
00189438		SS	ExposureControlSensingRegionUpperHorizontalEdge	Exposure Control Sensing Region Upper Horizontal Edge	1
00189439		SS	ExposureControlSensingRegionLowerHorizontalEdge	Exposure Control Sensing Region Lower Horizontal Edge	1
00189440		SS	CenterOfCircularExposureControlSensingRegion	Center of Circular Exposure Control Sensing Region	2
00189441		US	RadiusOfCircularExposureControlSensingRegion	Radius of Circular Exposure Control Sensing Region	1
00189442		SS	VerticesOfThePolygonalExposureControlSensingRegion	Vertices of the Polygonal Exposure Control Sensing Region	2-n
00189445	R	OB		Retired-blank	1
00189447		FL	ColumnAngulationPatient	Column Angulation (Patient)	1
00189449		FL	BeamAngle	Beam Angle	1
00189451		SQ	FrameDetectorParametersSequence	Frame Detector Parameters Sequence	1
00189452		FL	CalculatedAnatomyThickness	Calculated Anatomy Thickness	1
00189455		SQ	CalibrationSequence	Calibration Sequence	1
00189456		SQ	ObjectThicknessSequence	Object Thickness Sequence	1
00189457		CS	PlaneIdentification	Plane Identification	1
00189461		FL	FieldOfViewDimensionsInFloat	Field of View Dimension(s) in Float	1-2
00189462		SQ	IsocenterReferenceSystemSequence	Isocenter Reference System Sequence	1
00189463		FL	PositionerIsocenterPrimaryAngle	Positioner Isocenter Primary Angle	1
00189464		FL	PositionerIsocenterSecondaryAngle	Positioner Isocenter Secondary Angle	1
00189465		FL	PositionerIsocenterDetectorRotationAngle	Positioner Isocenter Detector Rotation Angle	1
00189466		FL	TableXPositionToIsocenter	Table X Position to Isocenter	1
00189467		FL	TableYPositionToIsocenter	Table Y Position to Isocenter	1
00189468		FL	TableZPositionToIsocenter	Table Z Position to Isocenter	1
00189469		FL	TableHorizontalRotationAngle	Table Horizontal Rotation Angle	1
00189470		FL	TableHeadTiltAngle	Table Head Tilt Angle	1
00189471		FL	TableCradleTiltAngle	Table Cradle Tilt Angle	1
00189472		SQ	FrameDisplayShutterSequence	Frame Display Shutter Sequence	1
00189473		FL	AcquiredImageAreaDoseProduct	Acquired Image Area Dose Product	1
00189474		CS	CArmPositionerTabletopRelationship	C-arm Positioner Tabletop Relationship	1
00189476		SQ	XRayGeometrySequence	X-Ray Geometry Sequence	1
00189477		SQ	IrradiationEventIdentificationSequence	Irradiation Event Identification Sequence	1
00189504		SQ	XRay3DFrameTypeSequence	X-Ray 3D Frame Type Sequence	1
00189506		SQ	ContributingSourcesSequence	Contributing Sources Sequence	1
00189507		SQ	XRay3DAcquisitionSequence	X-Ray 3D Acquisition Sequence	1
00189508		FL	PrimaryPositionerScanArc	Primary Positioner Scan Arc	1
00189509		FL	SecondaryPositionerScanArc	Secondary Positioner Scan Arc	1
00189510		FL	PrimaryPositionerScanStartAngle	Primary Positioner Scan Start Angle	1
00189511		FL	SecondaryPositionerScanStartAngle	Secondary Positioner Scan Start Angle	1
00189514		FL	PrimaryPositionerIncrement	Primary Positioner Increment	1
00189515		FL	SecondaryPositionerIncrement	Secondary Positioner Increment	1
00189516		DT	StartAcquisitionDateTime	Start Acquisition DateTime	1
00189517		DT	EndAcquisitionDateTime	End Acquisition DateTime	1
00189518		SS	PrimaryPositionerIncrementSign	Primary Positioner Increment Sign	1
00189519		SS	SecondaryPositionerIncrementSign	Secondary Positioner Increment Sign	1
00189524		LO	ApplicationName	Application Name	1
00189525		LO	ApplicationVersion	Application Version	1
00189526		LO	ApplicationManufacturer	Application Manufacturer	1
00189527		CS	AlgorithmType	Algorithm Type	1
00189528		LO	AlgorithmDescription	Algorithm Description	1
00189530		SQ	XRay3DReconstructionSequence	X-Ray 3D Reconstruction Sequence	1
00189531		LO	ReconstructionDescription	Reconstruction Description	1
00189538		SQ	PerProjectionAcquisitionSequence	Per Projection Acquisition Sequence	1
00189541		SQ	DetectorPositionSequence	Detector Position Sequence	1
00189542		SQ	XRayAcquisitionDoseSequence	X-Ray Acquisition Dose Sequence	1
00189543		FD	XRaySourceIsocenterPrimaryAngle	X-Ray Source Isocenter Primary Angle	1
00189544		FD	XRaySourceIsocenterSecondaryAngle	X-Ray Source Isocenter Secondary Angle	1
00189545		FD	BreastSupportIsocenterPrimaryAngle	Breast Support Isocenter Primary Angle	1
00189546		FD	BreastSupportIsocenterSecondaryAngle	Breast Support Isocenter Secondary Angle	1
00189547		FD	BreastSupportXPositionToIsocenter	Breast Support X Position to Isocenter	1
00189548		FD	BreastSupportYPositionToIsocenter	Breast Support Y Position to Isocenter	1
00189549		FD	BreastSupportZPositionToIsocenter	Breast Support Z Position to Isocenter	1
00189550		FD	DetectorIsocenterPrimaryAngle	Detector Isocenter Primary Angle	1
00189551		FD	DetectorIsocenterSecondaryAngle	Detector Isocenter Secondary Angle	1
00189552		FD	DetectorXPositionToIsocenter	Detector X Position to Isocenter	1
00189553		FD	DetectorYPositionToIsocenter	Detector Y Position to Isocenter	1
00189554		FD	DetectorZPositionToIsocenter	Detector Z Position to Isocenter	1
00189555		SQ	XRayGridSequence	X-Ray Grid Sequence	1
00189556		SQ	XRayFilterSequence	X-Ray Filter Sequence	1
00189557		FD	DetectorActiveAreaTLHCPosition	Detector Active Area TLHC Position	3
00189558		FD	DetectorActiveAreaOrientation	Detector Active Area Orientation	6
00189559		CS	PositionerPrimaryAngleDirection	Positioner Primary Angle Direction	1
00189601		SQ	DiffusionBMatrixSequence	Diffusion b-matrix Sequence	1
00189602		FD	DiffusionBValueXX	Diffusion b-value XX	1
00189603		FD	DiffusionBValueXY	Diffusion b-value XY	1
00189604		FD	DiffusionBValueXZ	Diffusion b-value XZ	1
00189605		FD	DiffusionBValueYY	Diffusion b-value YY	1
00189606		FD	DiffusionBValueYZ	Diffusion b-value YZ	1
00189607		FD	DiffusionBValueZZ	Diffusion b-value ZZ	1
00189621		SQ	FunctionalMRSequence	Functional MR Sequence	1
00189622		CS	FunctionalSettlingPhaseFramesPresent	Functional Settling Phase Frames Present	1
00189623		DT	FunctionalSyncPulse	Functional Sync Pulse	1
00189624		CS	SettlingPhaseFrame	Settling Phase Frame	1
00189701		DT	DecayCorrectionDateTime	Decay Correction DateTime	1
00189715		FD	StartDensityThreshold	Start Density Threshold	1
00189716		FD	StartRelativeDensityDifferenceThreshold	Start Relative Density Difference Threshold	1
00189717		FD	StartCardiacTriggerCountThreshold	Start Cardiac Trigger Count Threshold	1
00189718		FD	StartRespiratoryTriggerCountThreshold	Start Respiratory Trigger Count Threshold	1
00189719		FD	TerminationCountsThreshold	Termination Counts Threshold	1
00189720		FD	TerminationDensityThreshold	Termination Density Threshold	1
00189721		FD	TerminationRelativeDensityThreshold	Termination Relative Density Threshold	1
00189722		FD	TerminationTimeThreshold	Termination Time Threshold	1
00189723		FD	TerminationCardiacTriggerCountThreshold	Termination Cardiac Trigger Count Threshold	1
00189724		FD	TerminationRespiratoryTriggerCountThreshold	Termination Respiratory Trigger Count Threshold	1
00189725		CS	DetectorGeometry	Detector Geometry	1
00189726		FD	TransverseDetectorSeparation	Transverse Detector Separation	1
00189727		FD	AxialDetectorDimension	Axial Detector Dimension	1
00189729		US	RadiopharmaceuticalAgentNumber	Radiopharmaceutical Agent Number	1
00189732		SQ	PETFrameAcquisitionSequence	PET Frame Acquisition Sequence	1
00189733		SQ	PETDetectorMotionDetailsSequence	PET Detector Motion Details Sequence	1
00189734		SQ	PETTableDynamicsSequence	PET Table Dynamics Sequence	1
00189735		SQ	PETPositionSequence	PET Position Sequence	1
00189736		SQ	PETFrameCorrectionFactorsSequence	PET Frame Correction Factors Sequence	1
00189737		SQ	RadiopharmaceuticalUsageSequence	Radiopharmaceutical Usage Sequence	1
00189738		CS	AttenuationCorrectionSource	Attenuation Correction Source	1
00189739		US	NumberOfIterations	Number of Iterations	1
00189740		US	NumberOfSubsets	Number of Subsets	1
00189749		SQ	PETReconstructionSequence	PET Reconstruction Sequence	1
00189751		SQ	PETFrameTypeSequence	PET Frame Type Sequence	1
00189755		CS	TimeOfFlightInformationUsed	Time of Flight Information Used	1
00189756		CS	ReconstructionType	Reconstruction Type	1
00189758		CS	DecayCorrected	Decay Corrected	1
00189759		CS	AttenuationCorrected	Attenuation Corrected	1
00189760		CS	ScatterCorrected	Scatter Corrected	1
00189761		CS	DeadTimeCorrected	Dead Time Corrected	1
00189762		CS	GantryMotionCorrected	Gantry Motion Corrected	1
00189763		CS	PatientMotionCorrected	Patient Motion Corrected	1
00189764		CS	CountLossNormalizationCorrected	Count Loss Normalization Corrected	1
00189765		CS	RandomsCorrected	Randoms Corrected	1
00189766		CS	NonUniformRadialSamplingCorrected	Non-uniform Radial Sampling Corrected	1
00189767		CS	SensitivityCalibrated	Sensitivity Calibrated	1
00189768		CS	DetectorNormalizationCorrection	Detector Normalization Correction	1
00189769		CS	IterativeReconstructionMethod	Iterative Reconstruction Method	1
00189770		CS	AttenuationCorrectionTemporalRelationship	Attenuation Correction Temporal Relationship	1
00189771		SQ	PatientPhysiologicalStateSequence	Patient Physiological State Sequence	1
00189772		SQ	PatientPhysiologicalStateCodeSequence	Patient Physiological State Code Sequence	1
00189801		FD	DepthsOfFocus	Depth(s) of Focus	1-n
00189803		SQ	ExcludedIntervalsSequence	Excluded Intervals Sequence	1
00189804		DT	ExclusionStartDateTime	Exclusion Start DateTime	1
00189805		FD	ExclusionDuration	Exclusion Duration	1
00189806		SQ	USImageDescriptionSequence	US Image Description Sequence	1
00189807		SQ	ImageDataTypeSequence	Image Data Type Sequence	1
00189808		CS	DataType	Data Type	1
00189809		SQ	TransducerScanPatternCodeSequence	Transducer Scan Pattern Code Sequence	1
0018980B		CS	AliasedDataType	Aliased Data Type	1
0018980C		CS	PositionMeasuringDeviceUsed	Position Measuring Device Used	1
0018980D		SQ	TransducerGeometryCodeSequence	Transducer Geometry Code Sequence	1
0018980E		SQ	TransducerBeamSteeringCodeSequence	Transducer Beam Steering Code Sequence	1
0018980F		SQ	TransducerApplicationCodeSequence	Transducer Application Code Sequence	1
00189810		US/SS	ZeroVelocityPixelValue	Zero Velocity Pixel Value	1
00189821		SQ	PhotoacousticExcitationCharacteristicsSequence	Photoacoustic Excitation Characteristics Sequence	1
00189822		FD	ExcitationSpectralWidth	Excitation Spectral Width	1
00189823		FD	ExcitationEnergy	Excitation Energy	1
00189824		FD	ExcitationPulseDuration	Excitation Pulse Duration	1
00189825		SQ	ExcitationWavelengthSequence	Excitation Wavelength Sequence	1
00189826		FD	ExcitationWavelength	Excitation Wavelength	1
00189828		CS	IlluminationTranslationFlag	Illumination Translation Flag	1
00189829		CS	AcousticCouplingMediumFlag	Acoustic Coupling Medium Flag	1
0018982A		SQ	AcousticCouplingMediumCodeSequence	Acoustic Coupling Medium Code Sequence	1
0018982B		FD	AcousticCouplingMediumTemperature	Acoustic Coupling Medium Temperature	1
0018982C		SQ	TransducerResponseSequence	Transducer Response Sequence	1
0018982D		FD	CenterFrequency	Center Frequency	1
0018982E		FD	FractionalBandwidth	Fractional Bandwidth	1
0018982F		FD	LowerCutoffFrequency	Lower Cutoff Frequency	1
00189830		FD	UpperCutoffFrequency	Upper Cutoff Frequency	1
00189831		SQ	TransducerTechnologySequence	Transducer Technology Sequence	1
00189832		SQ	SoundSpeedCorrectionMechanismCodeSequence	Sound Speed Correction Mechanism Code Sequence	1
00189833		FD	ObjectSoundSpeed	Object Sound Speed	1
00189834		FD	AcousticCouplingMediumSoundSpeed	Acoustic Coupling Medium Sound Speed	1
00189835		SQ	PhotoacousticImageFrameTypeSequence	Photoacoustic Image Frame Type Sequence	1
00189836		SQ	ImageDataTypeCodeSequence	Image Data Type Code Sequence	1
00189900		LO	ReferenceLocationLabel	Reference Location Label	1
00189901		UT	ReferenceLocationDescription	Reference Location Description	1
00189902		SQ	ReferenceBasisCodeSequence	Reference Basis Code Sequence	1
00189903		SQ	ReferenceGeometryCodeSequence	Reference Geometry Code Sequence	1
00189904		DS	OffsetDistance	Offset Distance	1
00189905		CS	OffsetDirection	Offset Direction	1
00189906		SQ	PotentialScheduledProtocolCodeSequence	Potential Scheduled Protocol Code Sequence	1
00189907		SQ	PotentialRequestedProcedureCodeSequence	Potential Requested Procedure Code Sequence	1
00189908		UC	PotentialReasonsForProcedure	Potential Reasons for Procedure	1-n
00189909		SQ	PotentialReasonsForProcedureCodeSequence	Potential Reasons for Procedure Code Sequence	1
0018990A		UC	PotentialDiagnosticTasks	Potential Diagnostic Tasks	1-n
0018990B		SQ	ContraindicationsCodeSequence	Contraindications Code Sequence	1
0018990C		SQ	ReferencedDefinedProtocolSequence	Referenced Defined Protocol Sequence	1
0018990D		SQ	ReferencedPerformedProtocolSequence	Referenced Performed Protocol Sequence	1
0018990E		SQ	PredecessorProtocolSequence	Predecessor Protocol Sequence	1
0018990F		UT	ProtocolPlanningInformation	Protocol Planning Information	1
00189910		UT	ProtocolDesignRationale	Protocol Design Rationale	1
00189911		SQ	PatientSpecificationSequence	Patient Specification Sequence	1
00189912		SQ	ModelSpecificationSequence	Model Specification Sequence	1
00189913		SQ	ParametersSpecificationSequence	Parameters Specification Sequence	1
00189914		SQ	InstructionSequence	Instruction Sequence	1
00189915		US	InstructionIndex	Instruction Index	1
00189916		LO	InstructionText	Instruction Text	1
00189917		UT	InstructionDescription	Instruction Description	1
00189918		CS	InstructionPerformedFlag	Instruction Performed Flag	1
00189919		DT	InstructionPerformedDateTime	Instruction Performed DateTime	1
0018991A		UT	InstructionPerformanceComment	Instruction Performance Comment	1
0018991B		SQ	PatientPositioningInstructionSequence	Patient Positioning Instruction Sequence	1
0018991C		SQ	PositioningMethodCodeSequence	Positioning Method Code Sequence	1
0018991D		SQ	PositioningLandmarkSequence	Positioning Landmark Sequence	1
0018991E		UI	TargetFrameOfReferenceUID	Target Frame of Reference UID	1
0018991F		SQ	AcquisitionProtocolElementSpecificationSequence	Acquisition Protocol Element Specification Sequence	1
00189920		SQ	AcquisitionProtocolElementSequence	Acquisition Protocol Element Sequence	1
00189921		US	ProtocolElementNumber	Protocol Element Number	1
00189922		LO	ProtocolElementName	Protocol Element Name	1
00189923		UT	ProtocolElementCharacteristicsSummary	Protocol Element Characteristics Summary	1
00189924		UT	ProtocolElementPurpose	Protocol Element Purpose	1
00189930		CS	AcquisitionMotion	Acquisition Motion	1
00189931		SQ	AcquisitionStartLocationSequence	Acquisition Start Location Sequence	1
00189932		SQ	AcquisitionEndLocationSequence	Acquisition End Location Sequence	1
00189933		SQ	ReconstructionProtocolElementSpecificationSequence	Reconstruction Protocol Element Specification Sequence	1
00189934		SQ	ReconstructionProtocolElementSequence	Reconstruction Protocol Element Sequence	1
00189935		SQ	StorageProtocolElementSpecificationSequence	Storage Protocol Element Specification Sequence	1
00189936		SQ	StorageProtocolElementSequence	Storage Protocol Element Sequence	1
00189937		LO	RequestedSeriesDescription	Requested Series Description	1
00189938		US	SourceAcquisitionProtocolElementNumber	Source Acquisition Protocol Element Number	1-n
00189939		US	SourceAcquisitionBeamNumber	Source Acquisition Beam Number	1-n
0018993A		US	SourceReconstructionProtocolElementNumber	Source Reconstruction Protocol Element Number	1-n
0018993B		SQ	ReconstructionStartLocationSequence	Reconstruction Start Location Sequence	1
0018993C		SQ	ReconstructionEndLocationSequence	Reconstruction End Location Sequence	1
0018993D		SQ	ReconstructionAlgorithmSequence	Reconstruction Algorithm Sequence	1
0018993E		SQ	ReconstructionTargetCenterLocationSequence	Reconstruction Target Center Location Sequence	1
00189941		UT	ImageFilterDescription	Image Filter Description	1
00189942		FD	CTDIvolNotificationTrigger	CTDIvol Notification Trigger	1
00189943		FD	DLPNotificationTrigger	DLP Notification Trigger	1
00189944		CS	AutoKVPSelectionType	Auto KVP Selection Type	1
00189945		FD	AutoKVPUpperBound	Auto KVP Upper Bound	1
00189946		FD	AutoKVPLowerBound	Auto KVP Lower Bound	1
00189947		CS	ProtocolDefinedPatientPosition	Protocol Defined Patient Position	1
0018A001		SQ	ContributingEquipmentSequence	Contributing Equipment Sequence	1
0018A002		DT	ContributionDateTime	Contribution DateTime	1
0018A003		ST	ContributionDescription	Contribution Description	1
0020000D		UI	StudyInstanceUID	Study Instance UID	1
0020000E		UI	SeriesInstanceUID	Series Instance UID	1
00200010		SH	StudyID	Study ID	1
00200011		IS	SeriesNumber	Series Number	1
00200012		IS	AcquisitionNumber	Acquisition Number	1
00200013		IS	InstanceNumber	Instance Number	1
00200014	R	IS	IsotopeNumber	Isotope Number	1
00200015	R	IS	PhaseNumber	Phase Number	1
00200016	R	IS	IntervalNumber	Interval Number	1
00200017	R	IS	TimeSlotNumber	Time Slot Number	1
00200018	R	IS	AngleNumber	Angle Number	1
00200019		IS	ItemNumber	Item Number	1
00200020		CS	PatientOrientation	Patient Orientation	2
00200022	R	IS	OverlayNumber	Overlay Number	1
00200024	R	IS	CurveNumber	Curve Number	1
00200026	R	IS	LUTNumber	LUT Number	1
00200027		LO	PyramidLabel	Pyramid Label	1
00200030	R	DS	ImagePosition	Image Position	3
00200032		DS	ImagePositionPatient	Image Position (Patient)	3
00200035	R	DS	ImageOrientation	Image Orientation	6
00200037		DS	ImageOrientationPatient	Image Orientation (Patient)	6
00200050	R	DS	Location	Location	1
00200052		UI	FrameOfReferenceUID	Frame of Reference UID	1
00200060		CS	Laterality	Laterality	1
00200062		CS	ImageLaterality	Image Laterality	1
00200070	R	LO	ImageGeometryType	Image Geometry Type	1
00200080	R	CS	MaskingImage	Masking Image	1-n
002000AA	R	IS	ReportNumber	Report Number	1
00200100		IS	TemporalPositionIdentifier	Temporal Position Identifier	1
00200105		IS	NumberOfTemporalPositions	Number of Temporal Positions	1
00200110		DS	TemporalResolution	Temporal Resolution	1
00200200		UI	SynchronizationFrameOfReferenceUID	Synchronization Frame of Reference UID	1
00200242		UI	SOPInstanceUIDOfConcatenationSource	SOP Instance UID of Concatenation Source	1
00201000	R	IS	SeriesInStudy	Series in Study	1
00201001	R	IS	AcquisitionsInSeries	Acquisitions in Series	1
00201002		IS	ImagesInAcquisition	Images in Acquisition	1
00201003	R	IS	ImagesInSeries	Images in Series	1
00201004	R	IS	AcquisitionsInStudy	Acquisitions in Study	1
00201005	R	IS	ImagesInStudy	Images in Study	1
00201020	R	LO	Reference	Reference	1-n
0020103F		LO	TargetPositionReferenceIndicator	Target Position Reference Indicator	1
00201040		LO	PositionReferenceIndicator	Position Reference Indicator	1
00201041		DS	SliceLocation	Slice Location	1
00201070	R	IS	OtherStudyNumbers	Other Study Numbers	1-n
00201200		IS	NumberOfPatientRelatedStudies	Number of Patient Related Studies	1
00201202		IS	NumberOfPatientRelatedSeries	Number of Patient Related Series	1
00201204		IS	NumberOfPatientRelatedInstances	Number of Patient Related Instances	1
00201206		IS	NumberOfStudyRelatedSeries	Number of Study Related Series	1
00201208		IS	NumberOfStudyRelatedInstances	Number of Study Related Instances	1
00201209		IS	NumberOfSeriesRelatedInstances	Number of Series Related Instances	1
00203401	R	CS	ModifyingDeviceID	Modifying Device ID	1
00203402	R	CS	ModifiedImageID	Modified Image ID	1
00203403	R	DA	ModifiedImageDate	Modified Image Date	1
00203404	R	LO	ModifyingDeviceManufacturer	Modifying Device Manufacturer	1
00203405	R	TM	ModifiedImageTime	Modified Image Time	1
00203406	R	LO	ModifiedImageDescription	Modified Image Description	1
00204000		LT	ImageComments	Image Comments	1
00205000	R	AT	OriginalImageIdentification	Original Image Identification	1-n
00205002	R	LO	OriginalImageIdentificationNomenclature	Original Image Identification Nomenclature	1-n
00209056		SH	StackID	Stack ID	1
00209057		UL	InStackPositionNumber	In-Stack Position Number	1
00209071		SQ	FrameAnatomySequence	Frame Anatomy Sequence	1
00209072		CS	FrameLaterality	Frame Laterality	1
00209111		SQ	FrameContentSequence	Frame Content Sequence	1
00209113		SQ	PlanePositionSequence	Plane Position Sequence	1
00209116		SQ	PlaneOrientationSequence	Plane Orientation Sequence	1
00209128		UL	TemporalPositionIndex	Temporal Position Index	1
00209153		FD	NominalCardiacTriggerDelayTime	Nominal Cardiac Trigger Delay Time	1
00209154		FL	NominalCardiacTriggerTimePriorToRPeak	Nominal Cardiac Trigger Time Prior To R-Peak	1
00209155		FL	ActualCardiacTriggerTimePriorToRPeak	Actual Cardiac Trigger Time Prior To R-Peak	1
00209156		US	FrameAcquisitionNumber	Frame Acquisition Number	1
00209157		UL	DimensionIndexValues	Dimension Index Values	1-n
00209158		LT	FrameComments	Frame Comments	1
00209161		UI	ConcatenationUID	Concatenation UID	1
00209162		US	InConcatenationNumber	In-concatenation Number	1
00209163		US	InConcatenationTotalNumber	In-concatenation Total Number	1
00209164		UI	DimensionOrganizationUID	Dimension Organization UID	1
00209165		AT	DimensionIndexPointer	Dimension Index Pointer	1
00209167		AT	FunctionalGroupPointer	Functional Group Pointer	1
00209170		SQ	UnassignedSharedConvertedAttributesSequence	Unassigned Shared Converted Attributes Sequence	1
00209171		SQ	UnassignedPerFrameConvertedAttributesSequence	Unassigned Per-Frame Converted Attributes Sequence	1
00209172		SQ	ConversionSourceAttributesSequence	Conversion Source Attributes Sequence	1
00209213		LO	DimensionIndexPrivateCreator	Dimension Index Private Creator	1
00209221		SQ	DimensionOrganizationSequence	Dimension Organization Sequence	1
00209222		SQ	DimensionIndexSequence	Dimension Index Sequence	1
00209228		UL	ConcatenationFrameOffsetNumber	Concatenation Frame Offset Number	1
00209238		LO	FunctionalGroupPrivateCreator	Functional Group Private Creator	1
00209241		FL	NominalPercentageOfCardiacPhase	Nominal Percentage of Cardiac Phase	1
00209245		FL	NominalPercentageOfRespiratoryPhase	Nominal Percentage of Respiratory Phase	1
00209246		FL	StartingRespiratoryAmplitude	Starting Respiratory Amplitude	1
00209247		CS	StartingRespiratoryPhase	Starting Respiratory Phase	1
00209248		FL	EndingRespiratoryAmplitude	Ending Respiratory Amplitude	1
00209249		CS	EndingRespiratoryPhase	Ending Respiratory Phase	1
00209250		CS	RespiratoryTriggerType	Respiratory Trigger Type	1
00209251		FD	RRIntervalTimeNominal	R-R Interval Time Nominal	1
00209252		FD	ActualCardiacTriggerDelayTime	Actual Cardiac Trigger Delay Time	1
00209253		SQ	RespiratorySynchronizationSequence	Respiratory Synchronization Sequence	1
00209254		FD	RespiratoryIntervalTime	Respiratory Interval Time	1
00209255		FD	NominalRespiratoryTriggerDelayTime	Nominal Respiratory Trigger Delay Time	1
00209256		FD	RespiratoryTriggerDelayThreshold	Respiratory Trigger Delay Threshold	1
00209257		FD	ActualRespiratoryTriggerDelayTime	Actual Respiratory Trigger Delay Time	1
00209301		FD	ImagePositionVolume	Image Position (Volume)	3
00209302		FD	ImageOrientationVolume	Image Orientation (Volume)	6
00209307		CS	UltrasoundAcquisitionGeometry	Ultrasound Acquisition Geometry	1
00209308		FD	ApexPosition	Apex Position	3
00209309		FD	VolumeToTransducerMappingMatrix	Volume to Transducer Mapping Matrix	16
0020930A		FD	VolumeToTableMappingMatrix	Volume to Table Mapping Matrix	16
0020930B		CS	VolumeToTransducerRelationship	Volume to Transducer Relationship	1
0020930C		CS	PatientFrameOfReferenceSource	Patient Frame of Reference Source	1
0020930D		FD	TemporalPositionTimeOffset	Temporal Position Time Offset	1
0020930E		SQ	PlanePositionVolumeSequence	Plane Position (Volume) Sequence	1
0020930F		SQ	PlaneOrientationVolumeSequence	Plane Orientation (Volume) Sequence	1
00209310		SQ	TemporalPositionSequence	Temporal Position Sequence	1
00209311		CS	DimensionOrganizationType	Dimension Organization Type	1
00209312		UI	VolumeFrameOfReferenceUID	Volume Frame of Reference UID	1
00209313		UI	TableFrameOfReferenceUID	Table Frame of Reference UID	1
00209421		LO	DimensionDescriptionLabel	Dimension Description Label	1
00209450		SQ	PatientOrientationInFrameSequence	Patient Orientation in Frame Sequence	1
00209453		LO	FrameLabel	Frame Label	1
00209518		US	AcquisitionIndex	Acquisition Index	1-n
00209529		SQ	ContributingSOPInstancesReferenceSequence	Contributing SOP Instances Reference Sequence	1
00209536		US	ReconstructionIndex	Reconstruction Index	1
00220001		US	LightPathFilterPassThroughWavelength	Light Path Filter Pass-Through Wavelength	1
00220002		US	LightPathFilterPassBand	Light Path Filter Pass Band	2
00220003		US	ImagePathFilterPassThroughWavelength	Image Path Filter Pass-Through Wavelength	1
00220004		US	ImagePathFilterPassBand	Image Path Filter Pass Band	2
00220005		CS	PatientEyeMovementCommanded	Patient Eye Movement Commanded	1
00220006		SQ	PatientEyeMovementCommandCodeSequence	Patient Eye Movement Command Code Sequence	1
00220007		FL	SphericalLensPower	Spherical Lens Power	1
00220008		FL	CylinderLensPower	Cylinder Lens Power	1
00220009		FL	CylinderAxis	Cylinder Axis	1
0022000A		FL	EmmetropicMagnification	Emmetropic Magnification	1
0022000B		FL	IntraOcularPressure	Intra Ocular Pressure	1
0022000C		FL	HorizontalFieldOfView	Horizontal Field of View	1
0022000D		CS	PupilDilated	Pupil Dilated	1
0022000E		FL	DegreeOfDilation	Degree of Dilation	1
0022000F		FD	VertexDistance	Vertex Distance	1
00220010		FL	StereoBaselineAngle	Stereo Baseline Angle	1
00220011		FL	StereoBaselineDisplacement	Stereo Baseline Displacement	1
00220012		FL	StereoHorizontalPixelOffset	Stereo Horizontal Pixel Offset	1
00220013		FL	StereoVerticalPixelOffset	Stereo Vertical Pixel Offset	1
00220014		FL	StereoRotation	Stereo Rotation	1
00220015		SQ	AcquisitionDeviceTypeCodeSequence	Acquisition Device Type Code Sequence	1
00220016		SQ	IlluminationTypeCodeSequence	Illumination Type Code Sequence	1
00220017		SQ	LightPathFilterTypeStackCodeSequence	Light Path Filter Type Stack Code Sequence	1
00220018		SQ	ImagePathFilterTypeStackCodeSequence	Image Path Filter Type Stack Code Sequence	1
00220019		SQ	LensesCodeSequence	Lenses Code Sequence	1
0022001A		SQ	ChannelDescriptionCodeSequence	Channel Description Code Sequence	1
0022001B		SQ	RefractiveStateSequence	Refractive State Sequence	1
0022001C		SQ	MydriaticAgentCodeSequence	Mydriatic Agent Code Sequence	1
0022001D		SQ	RelativeImagePositionCodeSequence	Relative Image Position Code Sequence	1
0022001E		FL	CameraAngleOfView	Camera Angle of View	1
00220020		SQ	StereoPairsSequence	Stereo Pairs Sequence	1
00220021		SQ	LeftImageSequence	Left Image Sequence	1
00220022		SQ	RightImageSequence	Right Image Sequence	1
00220028		CS	StereoPairsPresent	Stereo Pairs Present	1
00220030		FL	AxialLengthOfTheEye	Axial Length of the Eye	1
00220031		SQ	OphthalmicFrameLocationSequence	Ophthalmic Frame Location Sequence	1
00220032		FL	ReferenceCoordinates	Reference Coordinates	2-2n
00220035		FL	DepthSpatialResolution	Depth Spatial Resolution	1
00220036		FL	MaximumDepthDistortion	Maximum Depth Distortion	1
00220037		FL	AlongScanSpatialResolution	Along-scan Spatial Resolution	1
00220038		FL	MaximumAlongScanDistortion	Maximum Along-scan Distortion	1
00220039		CS	OphthalmicImageOrientation	Ophthalmic Image Orientation	1
00220041		FL	DepthOfTransverseImage	Depth of Transverse Image	1
00220042		SQ	MydriaticAgentConcentrationUnitsSequence	Mydriatic Agent Concentration Units Sequence	1
00220048		FL	AcrossScanSpatialResolution	Across-scan Spatial Resolution	1
00220049		FL	MaximumAcrossScanDistortion	Maximum Across-scan Distortion	1
0022004E		DS	MydriaticAgentConcentration	Mydriatic Agent Concentration	1
00220055		FL	IlluminationWaveLength	Illumination Wave Length	1
00220056		FL	IlluminationPower	Illumination Power	1
00220057		FL	IlluminationBandwidth	Illumination Bandwidth	1
00220058		SQ	MydriaticAgentSequence	Mydriatic Agent Sequence	1
00221007		SQ	OphthalmicAxialMeasurementsRightEyeSequence	Ophthalmic Axial Measurements Right Eye Sequence	1
00221008		SQ	OphthalmicAxialMeasurementsLeftEyeSequence	Ophthalmic Axial Measurements Left Eye Sequence	1
00221009		CS	OphthalmicAxialMeasurementsDeviceType	Ophthalmic Axial Measurements Device Type	1
00221010		CS	OphthalmicAxialLengthMeasurementsType	Ophthalmic Axial Length Measurements Type	1
00221012		SQ	OphthalmicAxialLengthSequence	Ophthalmic Axial Length Sequence	1
00221019		FL	OphthalmicAxialLength	Ophthalmic Axial Length	1
00221024		SQ	LensStatusCodeSequence	Lens Status Code Sequence	1
00221025		SQ	VitreousStatusCodeSequence	Vitreous Status Code Sequence	1
00221028		SQ	IOLFormulaCodeSequence	IOL Formula Code Sequence	1
00221029		LO	IOLFormulaDetail	IOL Formula Detail	1
00221033		FL	KeratometerIndex	Keratometer Index	1
00221035		SQ	SourceOfOphthalmicAxialLengthCodeSequence	Source of Ophthalmic Axial Length Code Sequence	1
00221036		SQ	SourceOfCornealSizeDataCodeSequence	Source of Corneal Size Data Code Sequence	1
00221037		FL	TargetRefraction	Target Refraction	1
00221039		CS	RefractiveProcedureOccurred	Refractive Procedure Occurred	1
00221040		SQ	RefractiveSurgeryTypeCodeSequence	Refractive Surgery Type Code Sequence	1
00221044		SQ	OphthalmicUltrasoundMethodCodeSequence	Ophthalmic Ultrasound Method Code Sequence	1
00221045		SQ	SurgicallyInducedAstigmatismSequence	Surgically Induced Astigmatism Sequence	1
00221046		CS	TypeOfOpticalCorrection	Type of Optical Correction	1
00221047		SQ	ToricIOLPowerSequence	Toric IOL Power Sequence	1
00221048		SQ	PredictedToricErrorSequence	Predicted Toric Error Sequence	1
00221049		CS	PreSelectedForImplantation	Pre-Selected for Implantation	1
0022104A		SQ	ToricIOLPowerForExactEmmetropiaSequence	Toric IOL Power for Exact Emmetropia Sequence	1
0022104B		SQ	ToricIOLPowerForExactTargetRefractionSequence	Toric IOL Power for Exact Target Refraction Sequence	1
00221050		SQ	OphthalmicAxialLengthMeasurementsSequence	Ophthalmic Axial Length Measurements Sequence	1
00221053		FL	IOLPower	IOL Power	1
00221054		FL	PredictedRefractiveError	Predicted Refractive Error	1
00221059		FL	OphthalmicAxialLengthVelocity	Ophthalmic Axial Length Velocity	1
00221065		LO	LensStatusDescription	Lens Status Description	1
00221066		LO	VitreousStatusDescription	Vitreous Status Description	1
00221090		SQ	IOLPowerSequence	IOL Power Sequence	1
00221092		SQ	LensConstantSequence	Lens Constant Sequence	1
00221093		LO	IOLManufacturer	IOL Manufacturer	1
00221094	R	LO	LensConstantDescription	Lens Constant Description	1
00221095		LO	ImplantName	Implant Name	1
00221096		SQ	KeratometryMeasurementTypeCodeSequence	Keratometry Measurement Type Code Sequence	1
00221097		LO	ImplantPartNumber	Implant Part Number	1
00221100		SQ	ReferencedOphthalmicAxialMeasurementsSequence	Referenced Ophthalmic Axial Measurements Sequence	1
00221101		SQ	OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence	Ophthalmic Axial Length Measurements Segment Name Code Sequence	1
00221103		SQ	RefractiveErrorBeforeRefractiveSurgeryCodeSequence	Refractive Error Before Refractive Surgery Code Sequence	1
00221121		FL	IOLPowerForExactEmmetropia	IOL Power For Exact Emmetropia	1
00221122		FL	IOLPowerForExactTargetRefraction	IOL Power For Exact Target Refraction	1
00221125		SQ	AnteriorChamberDepthDefinitionCodeSequence	Anterior Chamber Depth Definition Code Sequence	1
00221127		SQ	LensThicknessSequence	Lens Thickness Sequence	1
00221128		SQ	AnteriorChamberDepthSequence	Anterior Chamber Depth Sequence	1
0022112A		SQ	CalculationCommentSequence	Calculation Comment Sequence	1
0022112B		CS	CalculationCommentType	Calculation Comment Type	1
0022112C		LT	CalculationComment	Calculation Comment	1
00221130		FL	LensThickness	Lens Thickness	1
00221131		FL	AnteriorChamberDepth	Anterior Chamber Depth	1
00221132		SQ	SourceOfLensThicknessDataCodeSequence	Source of Lens Thickness Data Code Sequence	1
00221133		SQ	SourceOfAnteriorChamberDepthDataCodeSequence	Source of Anterior Chamber Depth Data Code Sequence	1
00221134		SQ	SourceOfRefractiveMeasurementsSequence	Source of Refractive Measurements Sequence	1
00221135		SQ	SourceOfRefractiveMeasurementsCodeSequence	Source of Refractive Measurements Code Sequence	1
00221140		CS	OphthalmicAxialLengthMeasurementModified	Ophthalmic Axial Length Measurement Modified	1
00221150		SQ	OphthalmicAxialLengthDataSourceCodeSequence	Ophthalmic Axial Length Data Source Code Sequence	1
00221153	R	SQ	OphthalmicAxialLengthAcquisitionMethodCodeSequence	Ophthalmic Axial Length Acquisition Method Code Sequence	1
00221155		FL	SignalToNoiseRatio	Signal to Noise Ratio	1
00221159		LO	OphthalmicAxialLengthDataSourceDescription	Ophthalmic Axial Length Data Source Description	1
00221210		SQ	OphthalmicAxialLengthMeasurementsTotalLengthSequence	Ophthalmic Axial Length Measurements Total Length Sequence	1
00221211		SQ	OphthalmicAxialLengthMeasurementsSegmentalLengthSequence	Ophthalmic Axial Length Measurements Segmental Length Sequence	1
00221212		SQ	OphthalmicAxialLengthMeasurementsLengthSummationSequence	Ophthalmic Axial Length Measurements Length Summation Sequence	1
00221220		SQ	UltrasoundOphthalmicAxialLengthMeasurementsSequence	Ultrasound Ophthalmic Axial Length Measurements Sequence	1
00221225		SQ	OpticalOphthalmicAxialLengthMeasurementsSequence	Optical Ophthalmic Axial Length Measurements Sequence	1
00221230		SQ	UltrasoundSelectedOphthalmicAxialLengthSequence	Ultrasound Selected Ophthalmic Axial Length Sequence	1
00221250		SQ	OphthalmicAxialLengthSelectionMethodCodeSequence	Ophthalmic Axial Length Selection Method Code Sequence	1
00221255		SQ	OpticalSelectedOphthalmicAxialLengthSequence	Optical Selected Ophthalmic Axial Length Sequence	1
00221257		SQ	SelectedSegmentalOphthalmicAxialLengthSequence	Selected Segmental Ophthalmic Axial Length Sequence	1
00221260		SQ	SelectedTotalOphthalmicAxialLengthSequence	Selected Total Ophthalmic Axial Length Sequence	1
00221262		SQ	OphthalmicAxialLengthQualityMetricSequence	Ophthalmic Axial Length Quality Metric Sequence	1
00221265	R	SQ	OphthalmicAxialLengthQualityMetricTypeCodeSequence	Ophthalmic Axial Length Quality Metric Type Code Sequence	1
00221273	R	LO	OphthalmicAxialLengthQualityMetricTypeDescription	Ophthalmic Axial Length Quality Metric Type Description	1
00221300		SQ	IntraocularLensCalculationsRightEyeSequence	Intraocular Lens Calculations Right Eye Sequence	1
00221310		SQ	IntraocularLensCalculationsLeftEyeSequence	Intraocular Lens Calculations Left Eye Sequence	1
00221330		SQ	ReferencedOphthalmicAxialLengthMeasurementQCImageSequence	Referenced Ophthalmic Axial Length Measurement QC Image Sequence	1
00221415		CS	OphthalmicMappingDeviceType	Ophthalmic Mapping Device Type	1
00221420		SQ	AcquisitionMethodCodeSequence	Acquisition Method Code Sequence	1
00221423		SQ	AcquisitionMethodAlgorithmSequence	Acquisition Method Algorithm Sequence	1
00221436		SQ	OphthalmicThicknessMapTypeCodeSequence	Ophthalmic Thickness Map Type Code Sequence	1
00221443		SQ	OphthalmicThicknessMappingNormalsSequence	Ophthalmic Thickness Mapping Normals Sequence	1
00221445		SQ	RetinalThicknessDefinitionCodeSequence	Retinal Thickness Definition Code Sequence	1
00221450		SQ	PixelValueMappingToCodedConceptSequence	Pixel Value Mapping to Coded Concept Sequence	1
00221452		US/SS	MappedPixelValue	Mapped Pixel Value	1
00221454		LO	PixelValueMappingExplanation	Pixel Value Mapping Explanation	1
00221458		SQ	OphthalmicThicknessMapQualityThresholdSequence	Ophthalmic Thickness Map Quality Threshold Sequence	1
00221460		FL	OphthalmicThicknessMapThresholdQualityRating	Ophthalmic Thickness Map Threshold Quality Rating	1
00221463		FL	AnatomicStructureReferencePoint	Anatomic Structure Reference Point	2
00221465		SQ	RegistrationToLocalizerSequence	Registration to Localizer Sequence	1
00221466		CS	RegisteredLocalizerUnits	Registered Localizer Units	1
00221467		FL	RegisteredLocalizerTopLeftHandCorner	Registered Localizer Top Left Hand Corner	2
00221468		FL	RegisteredLocalizerBottomRightHandCorner	Registered Localizer Bottom Right Hand Corner	2
00221470		SQ	OphthalmicThicknessMapQualityRatingSequence	Ophthalmic Thickness Map Quality Rating Sequence	1
00221472		SQ	RelevantOPTAttributesSequence	Relevant OPT Attributes Sequence	1
00221512		SQ	TransformationMethodCodeSequence	Transformation Method Code Sequence	1
00221513		SQ	TransformationAlgorithmSequence	Transformation Algorithm Sequence	1
00221515		CS	OphthalmicAxialLengthMethod	Ophthalmic Axial Length Method	1
00221517		FL	OphthalmicFOV	Ophthalmic FOV	1
00221518		SQ	TwoDimensionalToThreeDimensionalMapSequence	Two Dimensional to Three Dimensional Map Sequence	1
00221525		SQ	WideFieldOphthalmicPhotographyQualityRatingSequence	Wide Field Ophthalmic Photography Quality Rating Sequence	1
00221526		SQ	WideFieldOphthalmicPhotographyQualityThresholdSequence	Wide Field Ophthalmic Photography Quality Threshold Sequence	1
00221527		FL	WideFieldOphthalmicPhotographyThresholdQualityRating	Wide Field Ophthalmic Photography Threshold Quality Rating	1
00221528		FL	XCoordinatesCenterPixelViewAngle	X Coordinates Center Pixel View Angle	1
00221529		FL	YCoordinatesCenterPixelViewAngle	Y Coordinates Center Pixel View Angle	1
00221530		UL	NumberOfMapPoints	Number of Map Points	1
00221531		OF	TwoDimensionalToThreeDimensionalMapData	Two Dimensional to Three Dimensional Map Data	1
00221612		SQ	DerivationAlgorithmSequence	Derivation Algorithm Sequence	1
00221615		SQ	OphthalmicImageTypeCodeSequence	Ophthalmic Image Type Code Sequence	1
00221616		LO	OphthalmicImageTypeDescription	Ophthalmic Image Type Description	1
00221618		SQ	ScanPatternTypeCodeSequence	Scan Pattern Type Code Sequence	1
00221620		SQ	ReferencedSurfaceMeshIdentificationSequence	Referenced Surface Mesh Identification Sequence	1
00221622		CS	OphthalmicVolumetricPropertiesFlag	Ophthalmic Volumetric Properties Flag	1
00221624		FL	OphthalmicAnatomicReferencePointXCoordinate	Ophthalmic Anatomic Reference Point X-Coordinate	1
00221626		FL	OphthalmicAnatomicReferencePointYCoordinate	Ophthalmic Anatomic Reference Point Y-Coordinate	1
00221628		SQ	OphthalmicEnFaceImageQualityRatingSequence	Ophthalmic En Face Image Quality Rating Sequence	1
00221630		DS	QualityThreshold	Quality Threshold	1
00221640		SQ	OCTBscanAnalysisAcquisitionParametersSequence	OCT B-scan Analysis Acquisition Parameters Sequence	1
00221642		UL	NumberOfBscansPerFrame	Number of B-scans Per Frame	1
00221643		FL	BscanSlabThickness	B-scan Slab Thickness	1
00221644		FL	DistanceBetweenBscanSlabs	Distance Between B-scan Slabs	1
00221645		FL	BscanCycleTime	B-scan Cycle Time	1
00221646		FL	BscanCycleTimeVector	B-scan Cycle Time Vector	1-n
00221649		FL	AscanRate	A-scan Rate	1
00221650		FL	BscanRate	B-scan Rate	1
00221658		UL	SurfaceMeshZPixelOffset	Surface Mesh Z-Pixel Offset	1
00240010		FL	VisualFieldHorizontalExtent	Visual Field Horizontal Extent	1
00240011		FL	VisualFieldVerticalExtent	Visual Field Vertical Extent	1
00240012		CS	VisualFieldShape	Visual Field Shape	1
00240016		SQ	ScreeningTestModeCodeSequence	Screening Test Mode Code Sequence	1
00240018		FL	MaximumStimulusLuminance	Maximum Stimulus Luminance	1
00240020		FL	BackgroundLuminance	Background Luminance	1
00240021		SQ	StimulusColorCodeSequence	Stimulus Color Code Sequence	1
00240024		SQ	BackgroundIlluminationColorCodeSequence	Background Illumination Color Code Sequence	1
00240025		FL	StimulusArea	Stimulus Area	1
00240028		FL	StimulusPresentationTime	Stimulus Presentation Time	1
00240032		SQ	FixationSequence	Fixation Sequence	1
00240033		SQ	FixationMonitoringCodeSequence	Fixation Monitoring Code Sequence	1
00240034		SQ	VisualFieldCatchTrialSequence	Visual Field Catch Trial Sequence	1
00240035		US	FixationCheckedQuantity	Fixation Checked Quantity	1
00240036		US	PatientNotProperlyFixatedQuantity	Patient Not Properly Fixated Quantity	1
00240037		CS	PresentedVisualStimuliDataFlag	Presented Visual Stimuli Data Flag	1
00240038		US	NumberOfVisualStimuli	Number of Visual Stimuli	1
00240039		CS	ExcessiveFixationLossesDataFlag	Excessive Fixation Losses Data Flag	1
00240040		CS	ExcessiveFixationLosses	Excessive Fixation Losses	1
00240042		US	StimuliRetestingQuantity	Stimuli Retesting Quantity	1
00240044		LT	CommentsOnPatientPerformanceOfVisualField	Comments on Patient's Performance of Visual Field	1
00240045		CS	FalseNegativesEstimateFlag	False Negatives Estimate Flag	1
00240046		FL	FalseNegativesEstimate	False Negatives Estimate	1
00240048		US	NegativeCatchTrialsQuantity	Negative Catch Trials Quantity	1
00240050		US	FalseNegativesQuantity	False Negatives Quantity	1
00240051		CS	ExcessiveFalseNegativesDataFlag	Excessive False Negatives Data Flag	1
00240052		CS	ExcessiveFalseNegatives	Excessive False Negatives	1
00240053		CS	FalsePositivesEstimateFlag	False Positives Estimate Flag	1
00240054		FL	FalsePositivesEstimate	False Positives Estimate	1
00240055		CS	CatchTrialsDataFlag	Catch Trials Data Flag	1
00240056		US	PositiveCatchTrialsQuantity	Positive Catch Trials Quantity	1
00240057		CS	TestPointNormalsDataFlag	Test Point Normals Data Flag	1
00240058		SQ	TestPointNormalsSequence	Test Point Normals Sequence	1
00240059		CS	GlobalDeviationProbabilityNormalsFlag	Global Deviation Probability Normals Flag	1
00240060		US	FalsePositivesQuantity	False Positives Quantity	1
00240061		CS	ExcessiveFalsePositivesDataFlag	Excessive False Positives Data Flag	1
00240062		CS	ExcessiveFalsePositives	Excessive False Positives	1
00240063		CS	VisualFieldTestNormalsFlag	Visual Field Test Normals Flag	1
00240064		SQ	ResultsNormalsSequence	Results Normals Sequence	1
00240065		SQ	AgeCorrectedSensitivityDeviationAlgorithmSequence	Age Corrected Sensitivity Deviation Algorithm Sequence	1
00240066		FL	GlobalDeviationFromNormal	Global Deviation From Normal	1
00240067		SQ	GeneralizedDefectSensitivityDeviationAlgorithmSequence	Generalized Defect Sensitivity Deviation Algorithm Sequence	1
00240068		FL	LocalizedDeviationFromNormal	Localized Deviation From Normal	1
00240069		LO	PatientReliabilityIndicator	Patient Reliability Indicator	1
00240070		FL	VisualFieldMeanSensitivity	Visual Field Mean Sensitivity	1
00240071		FL	GlobalDeviationProbability	Global Deviation Probability	1
00240072		CS	LocalDeviationProbabilityNormalsFlag	Local Deviation Probability Normals Flag	1
00240073		FL	LocalizedDeviationProbability	Localized Deviation Probability	1
00240074		CS	ShortTermFluctuationCalculated	Short Term Fluctuation Calculated	1
00240075		FL	ShortTermFluctuation	Short Term Fluctuation	1
00240076		CS	ShortTermFluctuationProbabilityCalculated	Short Term Fluctuation Probability Calculated	1
00240077		FL	ShortTermFluctuationProbability	Short Term Fluctuation Probability	1
00240078		CS	CorrectedLocalizedDeviationFromNormalCalculated	Corrected Localized Deviation From Normal Calculated	1
00240079		FL	CorrectedLocalizedDeviationFromNormal	Corrected Localized Deviation From Normal	1
00240080		CS	CorrectedLocalizedDeviationFromNormalProbabilityCalculated	Corrected Localized Deviation From Normal Probability Calculated	1
00240081		FL	CorrectedLocalizedDeviationFromNormalProbability	Corrected Localized Deviation From Normal Probability	1
00240083		SQ	GlobalDeviationProbabilitySequence	Global Deviation Probability Sequence	1
00240085		SQ	LocalizedDeviationProbabilitySequence	Localized Deviation Probability Sequence	1
00240086		CS	FovealSensitivityMeasured	Foveal Sensitivity Measured	1
00240087		FL	FovealSensitivity	Foveal Sensitivity	1
00240088		FL	VisualFieldTestDuration	Visual Field Test Duration	1
00240089		SQ	VisualFieldTestPointSequence	Visual Field Test Point Sequence	1
00240090		FL	VisualFieldTestPointXCoordinate	Visual Field Test Point X-Coordinate	1
00240091		FL	VisualFieldTestPointYCoordinate	Visual Field Test Point Y-Coordinate	1
00240092		FL	AgeCorrectedSensitivityDeviationValue	Age Corrected Sensitivity Deviation Value	1
00240093		CS	StimulusResults	Stimulus Results	1
00240094		FL	SensitivityValue	Sensitivity Value	1
00240095		CS	RetestStimulusSeen	Retest Stimulus Seen	1
00240096		FL	RetestSensitivityValue	Retest Sensitivity Value	1
00240097		SQ	VisualFieldTestPointNormalsSequence	Visual Field Test Point Normals Sequence	1
00240098		FL	QuantifiedDefect	Quantified Defect	1
00240100		FL	AgeCorrectedSensitivityDeviationProbabilityValue	Age Corrected Sensitivity Deviation Probability Value	1
00240102		CS	GeneralizedDefectCorrectedSensitivityDeviationFlag	Generalized Defect Corrected Sensitivity Deviation Flag	1
00240103		FL	GeneralizedDefectCorrectedSensitivityDeviationValue	Generalized Defect Corrected Sensitivity Deviation Value	1
00240104		FL	GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue	Generalized Defect Corrected Sensitivity Deviation Probability Value	1
00240105		FL	MinimumSensitivityValue	Minimum Sensitivity Value	1
00240106		CS	BlindSpotLocalized	Blind Spot Localized	1
00240107		FL	BlindSpotXCoordinate	Blind Spot X-Coordinate	1
00240108		FL	BlindSpotYCoordinate	Blind Spot Y-Coordinate	1
00240110		SQ	VisualAcuityMeasurementSequence	Visual Acuity Measurement Sequence	1
00240112		SQ	RefractiveParametersUsedOnPatientSequence	Refractive Parameters Used on Patient Sequence	1
00240113		CS	MeasurementLaterality	Measurement Laterality	1
00240114		SQ	OphthalmicPatientClinicalInformationLeftEyeSequence	Ophthalmic Patient Clinical Information Left Eye Sequence	1
00240115		SQ	OphthalmicPatientClinicalInformationRightEyeSequence	Ophthalmic Patient Clinical Information Right Eye Sequence	1
00240117		CS	FovealPointNormativeDataFlag	Foveal Point Normative Data Flag	1
00240118		FL	FovealPointProbabilityValue	Foveal Point Probability Value	1
00240120		CS	ScreeningBaselineMeasured	Screening Baseline Measured	1
00240122		SQ	ScreeningBaselineMeasuredSequence	Screening Baseline Measured Sequence	1
00240124		CS	ScreeningBaselineType	Screening Baseline Type	1
00240126		FL	ScreeningBaselineValue	Screening Baseline Value	1
00240202		LO	AlgorithmSource	Algorithm Source	1
00240306		LO	DataSetName	Data Set Name	1
00240307		LO	DataSetVersion	Data Set Version	1
00240308		LO	DataSetSource	Data Set Source	1
00240309		LO	DataSetDescription	Data Set Description	1
00240317		SQ	VisualFieldTestReliabilityGlobalIndexSequence	Visual Field Test Reliability Global Index Sequence	1
00240320		SQ	VisualFieldGlobalResultsIndexSequence	Visual Field Global Results Index Sequence	1
00240325		SQ	DataObservationSequence	Data Observation Sequence	1
00240338		CS	IndexNormalsFlag	Index Normals Flag	1
00240341		FL	IndexProbability	Index Probability	1
00240344		SQ	IndexProbabilitySequence	Index Probability Sequence	1
00280002		US	SamplesPerPixel	Samples per Pixel	1
00280003		US	SamplesPerPixelUsed	Samples per Pixel Used	1
00280004		CS	PhotometricInterpretation	Photometric Interpretation	1
00280005	R	US	ImageDimensions	Image Dimensions	1
00280006		US	PlanarConfiguration	Planar Configuration	1
00280008		IS	NumberOfFrames	Number of Frames	1
00280009		AT	FrameIncrementPointer	Frame Increment Pointer	1-n
0028000A		AT	FrameDimensionPointer	Frame Dimension Pointer	1-n
00280010		US	Rows	Rows	1
00280011		US	Columns	Columns	1
00280012	R	US	Planes	Planes	1
00280014		US	UltrasoundColorDataPresent	Ultrasound Color Data Present	1
00280020	R	OB		Retired-blank	1
00280030		DS	PixelSpacing	Pixel Spacing	2
00280031		DS	ZoomFactor	Zoom Factor	2
00280032		DS	ZoomCenter	Zoom Center	2
00280034		IS	PixelAspectRatio	Pixel Aspect Ratio	2
00280040	R	CS	ImageFormat	Image Format	1
00280050	R	LO	ManipulatedImage	Manipulated Image	1-n
00280051		CS	CorrectedImage	Corrected Image	1-n
0028005F	R	LO	CompressionRecognitionCode	Compression Recognition Code	1
00280060	R	CS	CompressionCode	Compression Code	1
00280061	R	SH	CompressionOriginator	Compression Originator	1
00280062	R	LO	CompressionLabel	Compression Label	1
00280063	R	SH	CompressionDescription	Compression Description	1
00280065	R	CS	CompressionSequence	Compression Sequence	1-n
00280066	R	AT	CompressionStepPointers	Compression Step Pointers	1-n
00280068	R	US	RepeatInterval	Repeat Interval	1
00280069	R	US	BitsGrouped	Bits Grouped	1
00280070	R	US	PerimeterTable	Perimeter Table	1-n
00280071	R	US/SS	PerimeterValue	Perimeter Value	1
00280080	R	US	PredictorRows	Predictor Rows	1
00280081	R	US	PredictorColumns	Predictor Columns	1
00280082	R	US	PredictorConstants	Predictor Constants	1-n
00280090	R	CS	BlockedPixels	Blocked Pixels	1
00280091	R	US	BlockRows	Block Rows	1
00280092	R	US	BlockColumns	Block Columns	1
00280093	R	US	RowOverlap	Row Overlap	1
00280094	R	US	ColumnOverlap	Column Overlap	1
00280100		US	BitsAllocated	Bits Allocated	1
00280101		US	BitsStored	Bits Stored	1
00280102		US	HighBit	High Bit	1
00280103		US	PixelRepresentation	Pixel Representation	1
00280104	R	US/SS	SmallestValidPixelValue	Smallest Valid Pixel Value	1
00280105	R	US/SS	LargestValidPixelValue	Largest Valid Pixel Value	1
00280106		US/SS	SmallestImagePixelValue	Smallest Image Pixel Value	1
00280107		US/SS	LargestImagePixelValue	Largest Image Pixel Value	1
00280108		US/SS	SmallestPixelValueInSeries	Smallest Pixel Value in Series	1
00280109		US/SS	LargestPixelValueInSeries	Largest Pixel Value in Series	1
00280110	R	US/SS	SmallestImagePixelValueInPlane	Smallest Image Pixel Value in Plane	1
00280111	R	US/SS	LargestImagePixelValueInPlane	Largest Image Pixel Value in Plane	1
00280120		US/SS	PixelPaddingValue	Pixel Padding Value	1
00280121		US/SS	PixelPaddingRangeLimit	Pixel Padding Range Limit	1
00280122		FL	FloatPixelPaddingValue	Float Pixel Padding Value	1
00280123		FD	DoubleFloatPixelPaddingValue	Double Float Pixel Padding Value	1
00280124		FL	FloatPixelPaddingRangeLimit	Float Pixel Padding Range Limit	1
00280125		FD	DoubleFloatPixelPaddingRangeLimit	Double Float Pixel Padding Range Limit	1
00280200	R	US	ImageLocation	Image Location	1
00280300		CS	QualityControlImage	Quality Control Image	1
00280301		CS	BurnedInAnnotation	Burned In Annotation	1
00280302		CS	RecognizableVisualFeatures	Recognizable Visual Features	1
00280303		CS	LongitudinalTemporalInformationModified	Longitudinal Temporal Information Modified	1
00280304		UI	ReferencedColorPaletteInstanceUID	Referenced Color Palette Instance UID	1
00280400	R	LO	TransformLabel	Transform Label	1
00280401	R	LO	TransformVersionNumber	Transform Version Number	1
00280402	R	US	NumberOfTransformSteps	Number of Transform Steps	1
00280403	R	LO	SequenceOfCompressedData	Sequence of Compressed Data	1-n
00280404	R	AT	DetailsOfCoefficients	Details of Coefficients	1-n
00280700	R	LO	DCTLabel	DCT Label	1
00280701	R	CS	DataBlockDescription	Data Block Description	1-n
00280702	R	AT	DataBlock	Data Block	1-n
00280710	R	US	NormalizationFactorFormat	Normalization Factor Format	1
00280720	R	US	ZonalMapNumberFormat	Zonal Map Number Format	1
00280721	R	AT	ZonalMapLocation	Zonal Map Location	1-n
00280722	R	US	ZonalMapFormat	Zonal Map Format	1
00280730	R	US	AdaptiveMapFormat	Adaptive Map Format	1
00280740	R	US	CodeNumberFormat	Code Number Format	1
00280A02		CS	PixelSpacingCalibrationType	Pixel Spacing Calibration Type	1
00280A04		LO	PixelSpacingCalibrationDescription	Pixel Spacing Calibration Description	1
00281040		CS	PixelIntensityRelationship	Pixel Intensity Relationship	1
00281041		SS	PixelIntensityRelationshipSign	Pixel Intensity Relationship Sign	1
00281050		DS	WindowCenter	Window Center	1-n
00281051		DS	WindowWidth	Window Width	1-n
00281052		DS	RescaleIntercept	Rescale Intercept	1
00281053		DS	RescaleSlope	Rescale Slope	1
00281054		LO	RescaleType	Rescale Type	1
00281055		LO	WindowCenterWidthExplanation	Window Center & Width Explanation	1-n
00281056		CS	VOILUTFunction	VOI LUT Function	1
00281080	R	CS	GrayScale	Gray Scale	1
00281090		CS	RecommendedViewingMode	Recommended Viewing Mode	1
00281100	R	US/SS	GrayLookupTableDescriptor	Gray Lookup Table Descriptor	3
00281101		US/SS	RedPaletteColorLookupTableDescriptor	Red Palette Color Lookup Table Descriptor	3
00281102		US/SS	GreenPaletteColorLookupTableDescriptor	Green Palette Color Lookup Table Descriptor	3
00281103		US/SS	BluePaletteColorLookupTableDescriptor	Blue Palette Color Lookup Table Descriptor	3
00281104		US	AlphaPaletteColorLookupTableDescriptor	Alpha Palette Color Lookup Table Descriptor	3
00281111	R	US/SS	LargeRedPaletteColorLookupTableDescriptor	Large Red Palette Color Lookup Table Descriptor	4
00281112	R	US/SS	LargeGreenPaletteColorLookupTableDescriptor	Large Green Palette Color Lookup Table Descriptor	4
00281113	R	US/SS	LargeBluePaletteColorLookupTableDescriptor	Large Blue Palette Color Lookup Table Descriptor	4
00281199		UI	PaletteColorLookupTableUID	Palette Color Lookup Table UID	1
00281200	R	US/SS/OW	GrayLookupTableData	Gray Lookup Table Data	1-n
00281201		OW	RedPaletteColorLookupTableData	Red Palette Color Lookup Table Data	1
00281202		OW	GreenPaletteColorLookupTableData	Green Palette Color Lookup Table Data	1
00281203		OW	BluePaletteColorLookupTableData	Blue Palette Color Lookup Table Data	1
00281204		OW	AlphaPaletteColorLookupTableData	Alpha Palette Color Lookup Table Data	1
00281211	R	OW	LargeRedPaletteColorLookupTableData	Large Red Palette Color Lookup Table Data	1
00281212	R	OW	LargeGreenPaletteColorLookupTableData	Large Green Palette Color Lookup Table Data	1
00281213	R	OW	LargeBluePaletteColorLookupTableData	Large Blue Palette Color Lookup Table Data	1
00281214	R	UI	LargePaletteColorLookupTableUID	Large Palette Color Lookup Table UID	1
00281221		OW	SegmentedRedPaletteColorLookupTableData	Segmented Red Palette Color Lookup Table Data	1
00281222		OW	SegmentedGreenPaletteColorLookupTableData	Segmented Green Palette Color Lookup Table Data	1
00281223		OW	SegmentedBluePaletteColorLookupTableData	Segmented Blue Palette Color Lookup Table Data	1
00281224		OW	SegmentedAlphaPaletteColorLookupTableData	Segmented Alpha Palette Color Lookup Table Data	1
00281230		SQ	StoredValueColorRangeSequence	Stored Value Color Range Sequence	1
00281231		FD	MinimumStoredValueMapped	Minimum Stored Value Mapped	1
00281232		FD	MaximumStoredValueMapped	Maximum Stored Value Mapped	1
00281300		CS	BreastImplantPresent	Breast Implant Present	1
00281350		CS	PartialView	Partial View	1
00281351		ST	PartialViewDescription	Partial View Description	1
00281352		SQ	PartialViewCodeSequence	Partial View Code Sequence	1
0028135A		CS	SpatialLocationsPreserved	Spatial Locations Preserved	1
00281401		SQ	DataFrameAssignmentSequence	Data Frame Assignment Sequence	1
00281402		CS	DataPathAssignment	Data Path Assignment	1
00281403		US	BitsMappedToColorLookupTable	Bits Mapped to Color Lookup Table	1
00281404		SQ	BlendingLUT1Sequence	Blending LUT 1 Sequence	1
00281405		CS	BlendingLUT1TransferFunction	Blending LUT 1 Transfer Function	1
00281406		FD	BlendingWeightConstant	Blending Weight Constant	1
00281407		US	BlendingLookupTableDescriptor	Blending Lookup Table Descriptor	3
00281408		OW	BlendingLookupTableData	Blending Lookup Table Data	1
0028140B		SQ	EnhancedPaletteColorLookupTableSequence	Enhanced Palette Color Lookup Table Sequence	1
0028140C		SQ	BlendingLUT2Sequence	Blending LUT 2 Sequence	1
0028140D		CS	BlendingLUT2TransferFunction	Blending LUT 2 Transfer Function	1
0028140E		CS	DataPathID	Data Path ID	1
0028140F		CS	RGBLUTTransferFunction	RGB LUT Transfer Function	1
00281410		CS	AlphaLUTTransferFunction	Alpha LUT Transfer Function	1
00282000		OB	ICCProfile	ICC Profile	1
00282002		CS	ColorSpace	Color Space	1
00282110		CS	LossyImageCompression	Lossy Image Compression	1
00282112		DS	LossyImageCompressionRatio	Lossy Image Compression Ratio	1-n
00282114		CS	LossyImageCompressionMethod	Lossy Image Compression Method	1-n
00283000		SQ	ModalityLUTSequence	Modality LUT Sequence	1
00283001		SQ	VariableModalityLUTSequence	Variable Modality LUT Sequence	1
00283002		US/SS	LUTDescriptor	LUT Descriptor	3
00283003		LO	LUTExplanation	LUT Explanation	1
00283004		LO	ModalityLUTType	Modality LUT Type	1
00283006		US/OW	LUTData	LUT Data	1-n
00283010		SQ	VOILUTSequence	VOI LUT Sequence	1
00283110		SQ	SoftcopyVOILUTSequence	Softcopy VOI LUT Sequence	1
00284000	R	LT	ImagePresentationComments	Image Presentation Comments	1
00285000	R	SQ	BiPlaneAcquisitionSequence	Bi-Plane Acquisition Sequence	1
00286010		US	RepresentativeFrameNumber	Representative Frame Number	1
00286020		US	FrameNumbersOfInterest	Frame Numbers of Interest (FOI)	1-n
00286022		LO	FrameOfInterestDescription	Frame of Interest Description	1-n
00286023		CS	FrameOfInterestType	Frame of Interest Type	1-n
00286030	R	US	MaskPointers	Mask Pointer(s)	1-n
00286040		US	RWavePointer	R Wave Pointer	1-n
00286100		SQ	MaskSubtractionSequence	Mask Subtraction Sequence	1
00286101		CS	MaskOperation	Mask Operation	1
00286102		US	ApplicableFrameRange	Applicable Frame Range	2-2n
00286110		US	MaskFrameNumbers	Mask Frame Numbers	1-n
00286112		US	ContrastFrameAveraging	Contrast Frame Averaging	1
00286114		FL	MaskSubPixelShift	Mask Sub-pixel Shift	2
00286120		SS	TIDOffset	TID Offset	1
00286190		ST	MaskOperationExplanation	Mask Operation Explanation	1
00287000		SQ	EquipmentAdministratorSequence	Equipment Administrator Sequence	1
00287001		US	NumberOfDisplaySubsystems	Number of Display Subsystems	1
00287002		US	CurrentConfigurationID	Current Configuration ID	1
00287003		US	DisplaySubsystemID	Display Subsystem ID	1
00287004		SH	DisplaySubsystemName	Display Subsystem Name	1
00287005		LO	DisplaySubsystemDescription	Display Subsystem Description	1
00287006		CS	SystemStatus	System Status	1
00287007		LO	SystemStatusComment	System Status Comment	1
00287008		SQ	TargetLuminanceCharacteristicsSequence	Target Luminance Characteristics Sequence	1
00287009		US	LuminanceCharacteristicsID	Luminance Characteristics ID	1
0028700A		SQ	DisplaySubsystemConfigurationSequence	Display Subsystem Configuration Sequence	1
0028700B		US	ConfigurationID	Configuration ID	1
0028700C		SH	ConfigurationName	Configuration Name	1
0028700D		LO	ConfigurationDescription	Configuration Description	1
0028700E		US	ReferencedTargetLuminanceCharacteristicsID	Referenced Target Luminance Characteristics ID	1
0028700F		SQ	QAResultsSequence	QA Results Sequence	1
00287010		SQ	DisplaySubsystemQAResultsSequence	Display Subsystem QA Results Sequence	1
00287011		SQ	ConfigurationQAResultsSequence	Configuration QA Results Sequence	1
00287012		SQ	MeasurementEquipmentSequence	Measurement Equipment Sequence	1
00287013		CS	MeasurementFunctions	Measurement Functions	1-n
00287014		CS	MeasurementEquipmentType	Measurement Equipment Type	1
00287015		SQ	VisualEvaluationResultSequence	Visual Evaluation Result Sequence	1
00287016		SQ	DisplayCalibrationResultSequence	Display Calibration Result Sequence	1
00287017		US	DDLValue	DDL Value	1
00287018		FL	CIExyWhitePoint	CIExy White Point	2
00287019		CS	DisplayFunctionType	Display Function Type	1
0028701A		FL	GammaValue	Gamma Value	1
0028701B		US	NumberOfLuminancePoints	Number of Luminance Points	1
0028701C		SQ	LuminanceResponseSequence	Luminance Response Sequence	1
0028701D		FL	TargetMinimumLuminance	Target Minimum Luminance	1
0028701E		FL	TargetMaximumLuminance	Target Maximum Luminance	1
0028701F		FL	LuminanceValue	Luminance Value	1
00287020		LO	LuminanceResponseDescription	Luminance Response Description	1
00287021		CS	WhitePointFlag	White Point Flag	1
00287022		SQ	DisplayDeviceTypeCodeSequence	Display Device Type Code Sequence	1
00287023		SQ	DisplaySubsystemSequence	Display Subsystem Sequence	1
00287024		SQ	LuminanceResultSequence	Luminance Result Sequence	1
00287025		CS	AmbientLightValueSource	Ambient Light Value Source	1
00287026		CS	MeasuredCharacteristics	Measured Characteristics	1-n
00287027		SQ	LuminanceUniformityResultSequence	Luminance Uniformity Result Sequence	1
00287028		SQ	VisualEvaluationTestSequence	Visual Evaluation Test Sequence	1
00287029		CS	TestResult	Test Result	1
0028702A		LO	TestResultComment	Test Result Comment	1
0028702B		CS	TestImageValidation	Test Image Validation	1
0028702C		SQ	TestPatternCodeSequence	Test Pattern Code Sequence	1
0028702D		SQ	MeasurementPatternCodeSequence	Measurement Pattern Code Sequence	1
0028702E		SQ	VisualEvaluationMethodCodeSequence	Visual Evaluation Method Code Sequence	1
00287FE0		UR	PixelDataProviderURL	Pixel Data Provider URL	1
00289001		UL	DataPointRows	Data Point Rows	1
00289002		UL	DataPointColumns	Data Point Columns	1
00289003		CS	SignalDomainColumns	Signal Domain Columns	1
00289099	R	US	LargestMonochromePixelValue	Largest Monochrome Pixel Value	1
00289108		CS	DataRepresentation	Data Representation	1
00289110		SQ	PixelMeasuresSequence	Pixel Measures Sequence	1
00289132		SQ	FrameVOILUTSequence	Frame VOI LUT Sequence	1
00289145		SQ	PixelValueTransformationSequence	Pixel Value Transformation Sequence	1
00289235		CS	SignalDomainRows	Signal Domain Rows	1
00289411		FL	DisplayFilterPercentage	Display Filter Percentage	1
00289415		SQ	FramePixelShiftSequence	Frame Pixel Shift Sequence	1
00289416		US	SubtractionItemID	Subtraction Item ID	1
00289422		SQ	PixelIntensityRelationshipLUTSequence	Pixel Intensity Relationship LUT Sequence	1
00289443		SQ	FramePixelDataPropertiesSequence	Frame Pixel Data Properties Sequence	1
00289444		CS	GeometricalProperties	Geometrical Properties	1
00289445		FL	GeometricMaximumDistortion	Geometric Maximum Distortion	1
00289446		CS	ImageProcessingApplied	Image Processing Applied	1-n
00289454		CS	MaskSelectionMode	Mask Selection Mode	1
00289474		CS	LUTFunction	LUT Function	1
00289478		FL	MaskVisibilityPercentage	Mask Visibility Percentage	1
00289501		SQ	PixelShiftSequence	Pixel Shift Sequence	1
00289502		SQ	RegionPixelShiftSequence	Region Pixel Shift Sequence	1
00289503		SS	VerticesOfTheRegion	Vertices of the Region	2-2n
00289505		SQ	MultiFramePresentationSequence	Multi-frame Presentation Sequence	1
00289506		US	PixelShiftFrameRange	Pixel Shift Frame Range	2-2n
00289507		US	LUTFrameRange	LUT Frame Range	2-2n
00289520		DS	ImageToEquipmentMappingMatrix	Image to Equipment Mapping Matrix	16
00289537		CS	EquipmentCoordinateSystemIdentification	Equipment Coordinate System Identification	1
0032000A	R	CS	StudyStatusID	Study Status ID	1
0032000C	R	CS	StudyPriorityID	Study Priority ID	1
00320012	R	LO	StudyIDIssuer	Study ID Issuer	1
00320032	R	DA	StudyVerifiedDate	Study Verified Date	1
00320033	R	TM	StudyVerifiedTime	Study Verified Time	1
00320034	R	DA	StudyReadDate	Study Read Date	1
00320035	R	TM	StudyReadTime	Study Read Time	1
00321000	R	DA	ScheduledStudyStartDate	Scheduled Study Start Date	1
00321001	R	TM	ScheduledStudyStartTime	Scheduled Study Start Time	1
00321010	R	DA	ScheduledStudyStopDate	Scheduled Study Stop Date	1
00321011	R	TM	ScheduledStudyStopTime	Scheduled Study Stop Time	1
00321020	R	LO	ScheduledStudyLocation	Scheduled Study Location	1
00321021	R	AE	ScheduledStudyLocationAETitle	Scheduled Study Location AE Title	1-n
00321030	R	LO	ReasonForStudy	Reason for Study	1
00321031		SQ	RequestingPhysicianIdentificationSequence	Requesting Physician Identification Sequence	1
00321032		PN	RequestingPhysician	Requesting Physician	1
00321033		LO	RequestingService	Requesting Service	1
00321034		SQ	RequestingServiceCodeSequence	Requesting Service Code Sequence	1
00321040	R	DA	StudyArrivalDate	Study Arrival Date	1
00321041	R	TM	StudyArrivalTime	Study Arrival Time	1
00321050	R	DA	StudyCompletionDate	Study Completion Date	1
00321051	R	TM	StudyCompletionTime	Study Completion Time	1
00321055	R	CS	StudyComponentStatusID	Study Component Status ID	1
00321060		LO	RequestedProcedureDescription	Requested Procedure Description	1
00321064		SQ	RequestedProcedureCodeSequence	Requested Procedure Code Sequence	1
00321065		SQ	RequestedLateralityCodeSequence	Requested Laterality Code Sequence	1
00321066		UT	ReasonForVisit	Reason for Visit	1
00321067		SQ	ReasonForVisitCodeSequence	Reason for Visit Code Sequence	1
00321070		LO	RequestedContrastAgent	Requested Contrast Agent	1
00324000	R	LT	StudyComments	Study Comments	1
00340001		SQ	FlowIdentifierSequence	Flow Identifier Sequence	1
00340002		OB	FlowIdentifier	Flow Identifier	1
00340003		UI	FlowTransferSyntaxUID	Flow Transfer Syntax UID	1
00340004		UL	FlowRTPSamplingRate	Flow RTP Sampling Rate	1
00340005		OB	SourceIdentifier	Source Identifier	1
00340007		OB	FrameOriginTimestamp	Frame Origin Timestamp	1
00340008		CS	IncludesImagingSubject	Includes Imaging Subject	1
00340009		SQ	FrameUsefulnessGroupSequence	Frame Usefulness Group Sequence	1
0034000A		SQ	RealTimeBulkDataFlowSequence	Real-Time Bulk Data Flow Sequence	1
0034000B		SQ	CameraPositionGroupSequence	Camera Position Group Sequence	1
0034000C		CS	IncludesInformation	Includes Information	1
0034000D		SQ	TimeOfFrameGroupSequence	Time of Frame Group Sequence	1
00380004	R	SQ	ReferencedPatientAliasSequence	Referenced Patient Alias Sequence	1
00380008		CS	VisitStatusID	Visit Status ID	1
00380010		LO	AdmissionID	Admission ID	1
00380011	R	LO	IssuerOfAdmissionID	Issuer of Admission ID	1
00380014		SQ	IssuerOfAdmissionIDSequence	Issuer of Admission ID Sequence	1
00380016		LO	RouteOfAdmissions	Route of Admissions	1
0038001A	R	DA	ScheduledAdmissionDate	Scheduled Admission Date	1
0038001B	R	TM	ScheduledAdmissionTime	Scheduled Admission Time	1
0038001C	R	DA	ScheduledDischargeDate	Scheduled Discharge Date	1
0038001D	R	TM	ScheduledDischargeTime	Scheduled Discharge Time	1
0038001E	R	LO	ScheduledPatientInstitutionResidence	Scheduled Patient Institution Residence	1
00380020		DA	AdmittingDate	Admitting Date	1
00380021		TM	AdmittingTime	Admitting Time	1
00380030	R	DA	DischargeDate	Discharge Date	1
00380032	R	TM	DischargeTime	Discharge Time	1
00380040	R	LO	DischargeDiagnosisDescription	Discharge Diagnosis Description	1
00380044	R	SQ	DischargeDiagnosisCodeSequence	Discharge Diagnosis Code Sequence	1
00380050		LO	SpecialNeeds	Special Needs	1
00380060		LO	ServiceEpisodeID	Service Episode ID	1
00380061	R	LO	IssuerOfServiceEpisodeID	Issuer of Service Episode ID	1
00380062		LO	ServiceEpisodeDescription	Service Episode Description	1
00380064		SQ	IssuerOfServiceEpisodeIDSequence	Issuer of Service Episode ID Sequence	1
00380100		SQ	PertinentDocumentsSequence	Pertinent Documents Sequence	1
00380101		SQ	PertinentResourcesSequence	Pertinent Resources Sequence	1
00380102		LO	ResourceDescription	Resource Description	1
00380300		LO	CurrentPatientLocation	Current Patient Location	1
00380400		LO	PatientInstitutionResidence	Patient's Institution Residence	1
00380500		LO	PatientState	Patient State	1
00380502		SQ	PatientClinicalTrialParticipationSequence	Patient Clinical Trial Participation Sequence	1
00384000		LT	VisitComments	Visit Comments	1
003A0004		CS	WaveformOriginality	Waveform Originality	1
003A0005		US	NumberOfWaveformChannels	Number of Waveform Channels	1
003A0010		UL	NumberOfWaveformSamples	Number of Waveform Samples	1
003A001A		DS	SamplingFrequency	Sampling Frequency	1
003A0020		SH	MultiplexGroupLabel	Multiplex Group Label	1
003A0200		SQ	ChannelDefinitionSequence	Channel Definition Sequence	1
003A0202		IS	WaveformChannelNumber	Waveform Channel Number	1
003A0203		SH	ChannelLabel	Channel Label	1
003A0205		CS	ChannelStatus	Channel Status	1-n
003A0208		SQ	ChannelSourceSequence	Channel Source Sequence	1
003A0209		SQ	ChannelSourceModifiersSequence	Channel Source Modifiers Sequence	1
003A020A		SQ	SourceWaveformSequence	Source Waveform Sequence	1
003A020C		LO	ChannelDerivationDescription	Channel Derivation Description	1
003A0210		DS	ChannelSensitivity	Channel Sensitivity	1
003A0211		SQ	ChannelSensitivityUnitsSequence	Channel Sensitivity Units Sequence	1
003A0212		DS	ChannelSensitivityCorrectionFactor	Channel Sensitivity Correction Factor	1
003A0213		DS	ChannelBaseline	Channel Baseline	1
003A0214		DS	ChannelTimeSkew	Channel Time Skew	1
003A0215		DS	ChannelSampleSkew	Channel Sample Skew	1
003A0218		DS	ChannelOffset	Channel Offset	1
003A021A		US	WaveformBitsStored	Waveform Bits Stored	1
003A0220		DS	FilterLowFrequency	Filter Low Frequency	1
003A0221		DS	FilterHighFrequency	Filter High Frequency	1
003A0222		DS	NotchFilterFrequency	Notch Filter Frequency	1
003A0223		DS	NotchFilterBandwidth	Notch Filter Bandwidth	1
003A0230		FL	WaveformDataDisplayScale	Waveform Data Display Scale	1
003A0231		US	WaveformDisplayBackgroundCIELabValue	Waveform Display Background CIELab Value	3
003A0240		SQ	WaveformPresentationGroupSequence	Waveform Presentation Group Sequence	1
003A0241		US	PresentationGroupNumber	Presentation Group Number	1
003A0242		SQ	ChannelDisplaySequence	Channel Display Sequence	1
003A0244		US	ChannelRecommendedDisplayCIELabValue	Channel Recommended Display CIELab Value	3
003A0245		FL	ChannelPosition	Channel Position	1
003A0246		CS	DisplayShadingFlag	Display Shading Flag	1
003A0247		FL	FractionalChannelDisplayScale	Fractional Channel Display Scale	1
003A0248		FL	AbsoluteChannelDisplayScale	Absolute Channel Display Scale	1
003A0300		SQ	MultiplexedAudioChannelsDescriptionCodeSequence	Multiplexed Audio Channels Description Code Sequence	1
003A0301		IS	ChannelIdentificationCode	Channel Identification Code	1
003A0302		CS	ChannelMode	Channel Mode	1
003A0310		UI	MultiplexGroupUID	Multiplex Group UID	1
003A0311		DS	PowerlineFrequency	Powerline Frequency	1
003A0312		SQ	ChannelImpedanceSequence	Channel Impedance Sequence	1
003A0313		DS	ImpedanceValue	Impedance Value	1
003A0314		DT	ImpedanceMeasurementDateTime	Impedance Measurement DateTime	1
003A0315		DS	ImpedanceMeasurementFrequency	Impedance Measurement Frequency	1
003A0316		CS	ImpedanceMeasurementCurrentType	Impedance Measurement Current Type	1
003A0317		CS	WaveformAmplifierType	Waveform Amplifier Type	1
003A0318		SQ	FilterLowFrequencyCharacteristicsSequence	Filter Low Frequency Characteristics Sequence	1
003A0319		SQ	FilterHighFrequencyCharacteristicsSequence	Filter High Frequency Characteristics Sequence	1
003A0320		SQ	SummarizedFilterLookupTable	Summarized Filter Lookup Table Sequence	1
003A0321		SQ	NotchFilterCharacteristicsSequence	Notch Filter Characteristics Sequence	1
003A0322		CS	WaveformFilterType	Waveform Filter Type	1
003A0323		SQ	AnalogFilterCharacteristicsSequence	Analog Filter Characteristics Sequence	1
003A0324		DS	AnalogFilterRollOff	Analog Filter Roll Off	1
003A0325		SQ	AnalogFilterType	Analog Filter Type Code Sequence	1
003A0326		SQ	DigitalFilterCharacteristicsSequence	Digital Filter Characteristics Sequence	1
003A0327		IS	DigitalFilterOrder	Digital Filter Order	1
003A0328		SQ	DigitalFilterTypeCodeSequence	Digital Filter Type Code Sequence	1
003A0329		ST	WaveformFilterDescription	Waveform Filter Description	1
003A032A		SQ	FilterLookupTableSequence	Filter Lookup Table Sequence	1
003A032B		ST	FilterLookupTableDescription	Filter Lookup Table Description	1
003A032C		SQ	FrequencyEncodingCodeSequence	Frequency Encoding Code Sequence	1
003A032D		SQ	MagnitudeEncodingCodeSequence	Magnitude Encoding Code Sequence	1
003A032E		OD	FilterLookupTableData	Filter Lookup Table Data	1
00400001		AE	ScheduledStationAETitle	Scheduled Station AE Title	1-n
00400002		DA	ScheduledProcedureStepStartDate	Scheduled Procedure Step Start Date	1
00400003		TM	ScheduledProcedureStepStartTime	Scheduled Procedure Step Start Time	1
00400004		DA	ScheduledProcedureStepEndDate	Scheduled Procedure Step End Date	1
00400005		TM	ScheduledProcedureStepEndTime	Scheduled Procedure Step End Time	1
00400006		PN	ScheduledPerformingPhysicianName	Scheduled Performing Physician's Name	1
00400007		LO	ScheduledProcedureStepDescription	Scheduled Procedure Step Description	1
00400008		SQ	ScheduledProtocolCodeSequence	Scheduled Protocol Code Sequence	1
00400009		SH	ScheduledProcedureStepID	Scheduled Procedure Step ID	1
0040000A		SQ	StageCodeSequence	Stage Code Sequence	1
0040000B		SQ	ScheduledPerformingPhysicianIdentificationSequence	Scheduled Performing Physician Identification Sequence	1
00400010		SH	ScheduledStationName	Scheduled Station Name	1-n
00400011		SH	ScheduledProcedureStepLocation	Scheduled Procedure Step Location	1
00400012		LO	PreMedication	Pre-Medication	1
00400020		CS	ScheduledProcedureStepStatus	Scheduled Procedure Step Status	1
00400026		SQ	OrderPlacerIdentifierSequence	Order Placer Identifier Sequence	1
00400027		SQ	OrderFillerIdentifierSequence	Order Filler Identifier Sequence	1
00400031		UT	LocalNamespaceEntityID	Local Namespace Entity ID	1
00400032		UT	UniversalEntityID	Universal Entity ID	1
00400033		CS	UniversalEntityIDType	Universal Entity ID Type	1
00400035		CS	IdentifierTypeCode	Identifier Type Code	1
00400036		SQ	AssigningFacilitySequence	Assigning Facility Sequence	1
00400039		SQ	AssigningJurisdictionCodeSequence	Assigning Jurisdiction Code Sequence	1
0040003A		SQ	AssigningAgencyOrDepartmentCodeSequence	Assigning Agency or Department Code Sequence	1
00400100		SQ	ScheduledProcedureStepSequence	Scheduled Procedure Step Sequence	1
00400220		SQ	ReferencedNonImageCompositeSOPInstanceSequence	Referenced Non-Image Composite SOP Instance Sequence	1
00400241		AE	PerformedStationAETitle	Performed Station AE Title	1
00400242		SH	PerformedStationName	Performed Station Name	1
00400243		SH	PerformedLocation	Performed Location	1
00400244		DA	PerformedProcedureStepStartDate	Performed Procedure Step Start Date	1
00400245		TM	PerformedProcedureStepStartTime	Performed Procedure Step Start Time	1
00400250		DA	PerformedProcedureStepEndDate	Performed Procedure Step End Date	1
00400251		TM	PerformedProcedureStepEndTime	Performed Procedure Step End Time	1
00400252		CS	PerformedProcedureStepStatus	Performed Procedure Step Status	1
00400253		SH	PerformedProcedureStepID	Performed Procedure Step ID	1
00400254		LO	PerformedProcedureStepDescription	Performed Procedure Step Description	1
00400255		LO	PerformedProcedureTypeDescription	Performed Procedure Type Description	1
00400260		SQ	PerformedProtocolCodeSequence	Performed Protocol Code Sequence	1
00400261		CS	PerformedProtocolType	Performed Protocol Type	1
00400270		SQ	ScheduledStepAttributesSequence	Scheduled Step Attributes Sequence	1
00400275		SQ	RequestAttributesSequence	Request Attributes Sequence	1
00400280		ST	CommentsOnThePerformedProcedureStep	Comments on the Performed Procedure Step	1
00400281		SQ	PerformedProcedureStepDiscontinuationReasonCodeSequence	Performed Procedure Step Discontinuation Reason Code Sequence	1
00400293		SQ	QuantitySequence	Quantity Sequence	1
00400294		DS	Quantity	Quantity	1
00400295		SQ	MeasuringUnitsSequence	Measuring Units Sequence	1
00400296		SQ	BillingItemSequence	Billing Item Sequence	1
00400300	R	US	TotalTimeOfFluoroscopy	Total Time of Fluoroscopy	1
00400301	R	US	TotalNumberOfExposures	Total Number of Exposures	1
00400302		US	EntranceDose	Entrance Dose	1
00400303		US	ExposedArea	Exposed Area	1-2
00400306		DS	DistanceSourceToEntrance	Distance Source to Entrance	1
00400307	R	DS	DistanceSourceToSupport	Distance Source to Support	1
0040030E	R	SQ	ExposureDoseSequence	Exposure Dose Sequence	1
00400310		ST	CommentsOnRadiationDose	Comments on Radiation Dose	1
00400312		DS	XRayOutput	X-Ray Output	1
00400314		DS	HalfValueLayer	Half Value Layer	1
00400316		DS	OrganDose	Organ Dose	1
00400318		CS	OrganExposed	Organ Exposed	1
00400320		SQ	BillingProcedureStepSequence	Billing Procedure Step Sequence	1
00400321		SQ	FilmConsumptionSequence	Film Consumption Sequence	1
00400324		SQ	BillingSuppliesAndDevicesSequence	Billing Supplies and Devices Sequence	1
00400330	R	SQ	ReferencedProcedureStepSequence	Referenced Procedure Step Sequence	1
00400340		SQ	PerformedSeriesSequence	Performed Series Sequence	1
00400400		LT	CommentsOnTheScheduledProcedureStep	Comments on the Scheduled Procedure Step	1
00400440		SQ	ProtocolContextSequence	Protocol Context Sequence	1
00400441		SQ	ContentItemModifierSequence	Content Item Modifier Sequence	1
00400500		SQ	ScheduledSpecimenSequence	Scheduled Specimen Sequence	1
0040050A	R	LO	SpecimenAccessionNumber	Specimen Accession Number	1
00400512		LO	ContainerIdentifier	Container Identifier	1
00400513		SQ	IssuerOfTheContainerIdentifierSequence	Issuer of the Container Identifier Sequence	1
00400515		SQ	AlternateContainerIdentifierSequence	Alternate Container Identifier Sequence	1
00400518		SQ	ContainerTypeCodeSequence	Container Type Code Sequence	1
0040051A		LO	ContainerDescription	Container Description	1
00400520		SQ	ContainerComponentSequence	Container Component Sequence	1
00400550	R	SQ	SpecimenSequence	Specimen Sequence	1
00400551		LO	SpecimenIdentifier	Specimen Identifier	1
00400552	R	SQ	SpecimenDescriptionSequenceTrial	Specimen Description Sequence (Trial)	1
00400553	R	ST	SpecimenDescriptionTrial	Specimen Description (Trial)	1
00400554		UI	SpecimenUID	Specimen UID	1
00400555		SQ	AcquisitionContextSequence	Acquisition Context Sequence	1
00400556		ST	AcquisitionContextDescription	Acquisition Context Description	1
00400560		SQ	SpecimenDescriptionSequence	Specimen Description Sequence	1
00400562		SQ	IssuerOfTheSpecimenIdentifierSequence	Issuer of the Specimen Identifier Sequence	1
0040059A		SQ	SpecimenTypeCodeSequence	Specimen Type Code Sequence	1
00400600		LO	SpecimenShortDescription	Specimen Short Description	1
00400602		UT	SpecimenDetailedDescription	Specimen Detailed Description	1
00400610		SQ	SpecimenPreparationSequence	Specimen Preparation Sequence	1
00400612		SQ	SpecimenPreparationStepContentItemSequence	Specimen Preparation Step Content Item Sequence	1
00400620		SQ	SpecimenLocalizationContentItemSequence	Specimen Localization Content Item Sequence	1
004006FA	R	LO	SlideIdentifier	Slide Identifier	1
00400710		SQ	WholeSlideMicroscopyImageFrameTypeSequence	Whole Slide Microscopy Image Frame Type Sequence	1
0040071A		SQ	ImageCenterPointCoordinatesSequence	Image Center Point Coordinates Sequence	1
0040072A		DS	XOffsetInSlideCoordinateSystem	X Offset in Slide Coordinate System	1
0040073A		DS	YOffsetInSlideCoordinateSystem	Y Offset in Slide Coordinate System	1
0040074A		DS	ZOffsetInSlideCoordinateSystem	Z Offset in Slide Coordinate System	1
004008D8	R	SQ	PixelSpacingSequence	Pixel Spacing Sequence	1
004008DA	R	SQ	CoordinateSystemAxisCodeSequence	Coordinate System Axis Code Sequence	1
004008EA		SQ	MeasurementUnitsCodeSequence	Measurement Units Code Sequence	1
004009F8	R	SQ	VitalStainCodeSequenceTrial	Vital Stain Code Sequence (Trial)	1
00401001		SH	RequestedProcedureID	Requested Procedure ID	1
00401002		LO	ReasonForTheRequestedProcedure	Reason for the Requested Procedure	1
00401003		SH	RequestedProcedurePriority	Requested Procedure Priority	1
00401004		LO	PatientTransportArrangements	Patient Transport Arrangements	1
00401005		LO	RequestedProcedureLocation	Requested Procedure Location	1
00401006	R	SH	PlacerOrderNumberProcedure	Placer Order Number / Procedure	1
00401007	R	SH	FillerOrderNumberProcedure	Filler Order Number / Procedure	1
00401008		LO	ConfidentialityCode	Confidentiality Code	1
00401009		SH	ReportingPriority	Reporting Priority	1
0040100A		SQ	ReasonForRequestedProcedureCodeSequence	Reason for Requested Procedure Code Sequence	1
00401010		PN	NamesOfIntendedRecipientsOfResults	Names of Intended Recipients of Results	1-n
00401011		SQ	IntendedRecipientsOfResultsIdentificationSequence	Intended Recipients of Results Identification Sequence	1
00401012		SQ	ReasonForPerformedProcedureCodeSequence	Reason For Performed Procedure Code Sequence	1
00401060	R	LO	RequestedProcedureDescriptionTrial	Requested Procedure Description (Trial)	1
00401101		SQ	PersonIdentificationCodeSequence	Person Identification Code Sequence	1
00401102		ST	PersonAddress	Person's Address	1
00401103		LO	PersonTelephoneNumbers	Person's Telephone Numbers	1-n
00401104		LT	PersonTelecomInformation	Person's Telecom Information	1
00401400		LT	RequestedProcedureComments	Requested Procedure Comments	1
00402001	R	LO	ReasonForTheImagingServiceRequest	Reason for the Imaging Service Request	1
00402004		DA	IssueDateOfImagingServiceRequest	Issue Date of Imaging Service Request	1
00402005		TM	IssueTimeOfImagingServiceRequest	Issue Time of Imaging Service Request	1
00402006	R	SH	PlacerOrderNumberImagingServiceRequestRetired	Placer Order Number / Imaging Service Request (Retired)	1
00402007	R	SH	FillerOrderNumberImagingServiceRequestRetired	Filler Order Number / Imaging Service Request (Retired)	1
00402008		PN	OrderEnteredBy	Order Entered By	1
00402009		SH	OrderEntererLocation	Order Enterer's Location	1
00402010		SH	OrderCallbackPhoneNumber	Order Callback Phone Number	1
00402011		LT	OrderCallbackTelecomInformation	Order Callback Telecom Information	1
00402016		LO	PlacerOrderNumberImagingServiceRequest	Placer Order Number / Imaging Service Request	1
00402017		LO	FillerOrderNumberImagingServiceRequest	Filler Order Number / Imaging Service Request	1
00402400		LT	ImagingServiceRequestComments	Imaging Service Request Comments	1
00403001		LO	ConfidentialityConstraintOnPatientDataDescription	Confidentiality Constraint on Patient Data Description	1
00404001	R	CS	GeneralPurposeScheduledProcedureStepStatus	General Purpose Scheduled Procedure Step Status	1
00404002	R	CS	GeneralPurposePerformedProcedureStepStatus	General Purpose Performed Procedure Step Status	1
00404003	R	CS	GeneralPurposeScheduledProcedureStepPriority	General Purpose Scheduled Procedure Step Priority	1
00404004	R	SQ	ScheduledProcessingApplicationsCodeSequence	Scheduled Processing Applications Code Sequence	1
00404005		DT	ScheduledProcedureStepStartDateTime	Scheduled Procedure Step Start DateTime	1
00404006	R	CS	MultipleCopiesFlag	Multiple Copies Flag	1
00404007	R	SQ	PerformedProcessingApplicationsCodeSequence	Performed Processing Applications Code Sequence	1
00404008		DT	ScheduledProcedureStepExpirationDateTime	Scheduled Procedure Step Expiration DateTime	1
00404009		SQ	HumanPerformerCodeSequence	Human Performer Code Sequence	1
00404010		DT	ScheduledProcedureStepModificationDateTime	Scheduled Procedure Step Modification DateTime	1
00404011		DT	ExpectedCompletionDateTime	Expected Completion DateTime	1
00404015	R	SQ	ResultingGeneralPurposePerformedProcedureStepsSequence	Resulting General Purpose Performed Procedure Steps Sequence	1
00404016	R	SQ	ReferencedGeneralPurposeScheduledProcedureStepSequence	Referenced General Purpose Scheduled Procedure Step Sequence	1
00404018		SQ	ScheduledWorkitemCodeSequence	Scheduled Workitem Code Sequence	1
00404019		SQ	PerformedWorkitemCodeSequence	Performed Workitem Code Sequence	1
00404020	R	CS	InputAvailabilityFlag	Input Availability Flag	1
00404021		SQ	InputInformationSequence	Input Information Sequence	1
00404022	R	SQ	RelevantInformationSequence	Relevant Information Sequence	1
00404023	R	UI	ReferencedGeneralPurposeScheduledProcedureStepTransactionUID	Referenced General Purpose Scheduled Procedure Step Transaction UID	1
00404025		SQ	ScheduledStationNameCodeSequence	Scheduled Station Name Code Sequence	1
00404026		SQ	ScheduledStationClassCodeSequence	Scheduled Station Class Code Sequence	1
00404027		SQ	ScheduledStationGeographicLocationCodeSequence	Scheduled Station Geographic Location Code Sequence	1
00404028		SQ	PerformedStationNameCodeSequence	Performed Station Name Code Sequence	1
00404029		SQ	PerformedStationClassCodeSequence	Performed Station Class Code Sequence	1
00404030		SQ	PerformedStationGeographicLocationCodeSequence	Performed Station Geographic Location Code Sequence	1
00404031	R	SQ	RequestedSubsequentWorkitemCodeSequence	Requested Subsequent Workitem Code Sequence	1
00404032	R	SQ	NonDICOMOutputCodeSequence	Non-DICOM Output Code Sequence	1
00404033		SQ	OutputInformationSequence	Output Information Sequence	1
00404034		SQ	ScheduledHumanPerformersSequence	Scheduled Human Performers Sequence	1
00404035		SQ	ActualHumanPerformersSequence	Actual Human Performers Sequence	1
00404036		LO	HumanPerformerOrganization	Human Performer's Organization	1
00404037		PN	HumanPerformerName	Human Performer's Name	1
00404040		CS	RawDataHandling	Raw Data Handling	1
00404041		CS	InputReadinessState	Input Readiness State	1
00404050		DT	PerformedProcedureStepStartDateTime	Performed Procedure Step Start DateTime	1
00404051		DT	PerformedProcedureStepEndDateTime	Performed Procedure Step End DateTime	1
00404052		DT	ProcedureStepCancellationDateTime	Procedure Step Cancellation DateTime	1
00404070		SQ	OutputDestinationSequence	Output Destination Sequence	1
00404071		SQ	DICOMStorageSequence	DICOM Storage Sequence	1
00404072		SQ	STOWRSStorageSequence	STOW-RS Storage Sequence	1
00404073		UR	StorageURL	Storage URL	1
00404074		SQ	XDSStorageSequence	XDS Storage Sequence	1
00408302		DS	EntranceDoseInmGy	Entrance Dose in mGy	1
00408303		CS	EntranceDoseDerivation	Entrance Dose Derivation	1
00409092		SQ	ParametricMapFrameTypeSequence	Parametric Map Frame Type Sequence	1
00409094		SQ	ReferencedImageRealWorldValueMappingSequence	Referenced Image Real World Value Mapping Sequence	1
00409096		SQ	RealWorldValueMappingSequence	Real World Value Mapping Sequence	1
00409098		SQ	PixelValueMappingCodeSequence	Pixel Value Mapping Code Sequence	1
00409210		SH	LUTLabel	LUT Label	1
00409211		US/SS	RealWorldValueLastValueMapped	Real World Value Last Value Mapped	1
00409212		FD	RealWorldValueLUTData	Real World Value LUT Data	1-n
00409213		FD	DoubleFloatRealWorldValueLastValueMapped	Double Float Real World Value Last Value Mapped	1
00409214		FD	DoubleFloatRealWorldValueFirstValueMapped	Double Float Real World Value First Value Mapped	1
00409216		US/SS	RealWorldValueFirstValueMapped	Real World Value First Value Mapped	1
00409220		SQ	QuantityDefinitionSequence	Quantity Definition Sequence	1
00409224		FD	RealWorldValueIntercept	Real World Value Intercept	1
00409225		FD	RealWorldValueSlope	Real World Value Slope	1
0040A007	R	CS	FindingsFlagTrial	Findings Flag (Trial)	1
0040A010		CS	RelationshipType	Relationship Type	1
0040A020	R	SQ	FindingsSequenceTrial	Findings Sequence (Trial)	1
0040A021	R	UI	FindingsGroupUIDTrial	Findings Group UID (Trial)	1
0040A022	R	UI	ReferencedFindingsGroupUIDTrial	Referenced Findings Group UID (Trial)	1
0040A023	R	DA	FindingsGroupRecordingDateTrial	Findings Group Recording Date (Trial)	1
0040A024	R	TM	FindingsGroupRecordingTimeTrial	Findings Group Recording Time (Trial)	1
0040A026	R	SQ	FindingsSourceCategoryCodeSequenceTrial	Findings Source Category Code Sequence (Trial)	1
0040A027		LO	VerifyingOrganization	Verifying Organization	1
0040A028	R	SQ	DocumentingOrganizationIdentifierCodeSequenceTrial	Documenting Organization Identifier Code Sequence (Trial)	1
0040A030		DT	VerificationDateTime	Verification DateTime	1
0040A032		DT	ObservationDateTime	Observation DateTime	1
0040A033		DT	ObservationStartDateTime	Observation Start DateTime	1
0040A040		CS	ValueType	Value Type	1
0040A043		SQ	ConceptNameCodeSequence	Concept Name Code Sequence	1
0040A047	R	LO	MeasurementPrecisionDescriptionTrial	Measurement Precision Description (Trial)	1
0040A050		CS	ContinuityOfContent	Continuity Of Content	1
0040A057	R	CS	UrgencyOrPriorityAlertsTrial	Urgency or Priority Alerts (Trial)	1-n
0040A060	R	LO	SequencingIndicatorTrial	Sequencing Indicator (Trial)	1
0040A066	R	SQ	DocumentIdentifierCodeSequenceTrial	Document Identifier Code Sequence (Trial)	1
0040A067	R	PN	DocumentAuthorTrial	Document Author (Trial)	1
0040A068	R	SQ	DocumentAuthorIdentifierCodeSequenceTrial	Document Author Identifier Code Sequence (Trial)	1
0040A070	R	SQ	IdentifierCodeSequenceTrial	Identifier Code Sequence (Trial)	1
0040A073		SQ	VerifyingObserverSequence	Verifying Observer Sequence	1
0040A074	R	OB	ObjectBinaryIdentifierTrial	Object Binary Identifier (Trial)	1
0040A075		PN	VerifyingObserverName	Verifying Observer Name	1
0040A076	R	SQ	DocumentingObserverIdentifierCodeSequenceTrial	Documenting Observer Identifier Code Sequence (Trial)	1
0040A078		SQ	AuthorObserverSequence	Author Observer Sequence	1
0040A07A		SQ	ParticipantSequence	Participant Sequence	1
0040A07C		SQ	CustodialOrganizationSequence	Custodial Organization Sequence	1
0040A080		CS	ParticipationType	Participation Type	1
0040A082		DT	ParticipationDateTime	Participation DateTime	1
0040A084		CS	ObserverType	Observer Type	1
0040A085	R	SQ	ProcedureIdentifierCodeSequenceTrial	Procedure Identifier Code Sequence (Trial)	1
0040A088		SQ	VerifyingObserverIdentificationCodeSequence	Verifying Observer Identification Code Sequence	1
0040A089	R	OB	ObjectDirectoryBinaryIdentifierTrial	Object Directory Binary Identifier (Trial)	1
0040A090	R	SQ	EquivalentCDADocumentSequence	Equivalent CDA Document Sequence	1
0040A0B0		US	ReferencedWaveformChannels	Referenced Waveform Channels	2-2n
0040A110	R	DA	DateOfDocumentOrVerbalTransactionTrial	Date of Document or Verbal Transaction (Trial)	1
0040A112	R	TM	TimeOfDocumentCreationOrVerbalTransactionTrial	Time of Document Creation or Verbal Transaction (Trial)	1
0040A120		DT	DateTime	DateTime	1
0040A121		DA	Date	Date	1
0040A122		TM	Time	Time	1
0040A123		PN	PersonName	Person Name	1
0040A124		UI	UID	UID	1
0040A125	R	CS	ReportStatusIDTrial	Report Status ID (Trial)	2
0040A130		CS	TemporalRangeType	Temporal Range Type	1
0040A132		UL	ReferencedSamplePositions	Referenced Sample Positions	1-n
0040A136	R	US	ReferencedFrameNumbers	Referenced Frame Numbers	1-n
0040A138		DS	ReferencedTimeOffsets	Referenced Time Offsets	1-n
0040A13A		DT	ReferencedDateTime	Referenced DateTime	1-n
0040A160		UT	TextValue	Text Value	1
0040A161		FD	FloatingPointValue	Floating Point Value	1-n
0040A162		SL	RationalNumeratorValue	Rational Numerator Value	1-n
0040A163		UL	RationalDenominatorValue	Rational Denominator Value	1-n
0040A167	R	SQ	ObservationCategoryCodeSequenceTrial	Observation Category Code Sequence (Trial)	1
0040A168		SQ	ConceptCodeSequence	Concept Code Sequence	1
0040A16A	R	ST	BibliographicCitationTrial	Bibliographic Citation (Trial)	1
0040A170		SQ	PurposeOfReferenceCodeSequence	Purpose of Reference Code Sequence	1
0040A171		UI	ObservationUID	Observation UID	1
0040A172	R	UI	ReferencedObservationUIDTrial	Referenced Observation UID (Trial)	1
0040A173	R	CS	ReferencedObservationClassTrial	Referenced Observation Class (Trial)	1
0040A174	R	CS	ReferencedObjectObservationClassTrial	Referenced Object Observation Class (Trial)	1
0040A180		US	AnnotationGroupNumber	Annotation Group Number	1
0040A192	R	DA	ObservationDateTrial	Observation Date (Trial)	1
0040A193	R	TM	ObservationTimeTrial	Observation Time (Trial)	1
0040A194	R	CS	MeasurementAutomationTrial	Measurement Automation (Trial)	1
0040A195		SQ	ModifierCodeSequence	Modifier Code Sequence	1
0040A224	R	ST	IdentificationDescriptionTrial	Identification Description (Trial)	1
0040A290	R	CS	CoordinatesSetGeometricTypeTrial	Coordinates Set Geometric Type (Trial)	1
0040A296	R	SQ	AlgorithmCodeSequenceTrial	Algorithm Code Sequence (Trial)	1
0040A297	R	ST	AlgorithmDescriptionTrial	Algorithm Description (Trial)	1
0040A29A	R	SL	PixelCoordinatesSetTrial	Pixel Coordinates Set (Trial)	2-2n
0040A300		SQ	MeasuredValueSequence	Measured Value Sequence	1
0040A301		SQ	NumericValueQualifierCodeSequence	Numeric Value Qualifier Code Sequence	1
0040A307	R	PN	CurrentObserverTrial	Current Observer (Trial)	1
0040A30A		DS	NumericValue	Numeric Value	1-n
0040A313	R	SQ	ReferencedAccessionSequenceTrial	Referenced Accession Sequence (Trial)	1
0040A33A	R	ST	ReportStatusCommentTrial	Report Status Comment (Trial)	1
0040A340	R	SQ	ProcedureContextSequenceTrial	Procedure Context Sequence (Trial)	1
0040A352	R	PN	VerbalSourceTrial	Verbal Source (Trial)	1
0040A353	R	ST	AddressTrial	Address (Trial)	1
0040A354	R	LO	TelephoneNumberTrial	Telephone Number (Trial)	1
0040A358	R	SQ	VerbalSourceIdentifierCodeSequenceTrial	Verbal Source Identifier Code Sequence (Trial)	1
0040A360		SQ	PredecessorDocumentsSequence	Predecessor Documents Sequence	1
0040A370		SQ	ReferencedRequestSequence	Referenced Request Sequence	1
0040A372		SQ	PerformedProcedureCodeSequence	Performed Procedure Code Sequence	1
0040A375		SQ	CurrentRequestedProcedureEvidenceSequence	Current Requested Procedure Evidence Sequence	1
0040A380	R	SQ	ReportDetailSequenceTrial	Report Detail Sequence (Trial)	1
0040A385		SQ	PertinentOtherEvidenceSequence	Pertinent Other Evidence Sequence	1
0040A390		SQ	HL7StructuredDocumentReferenceSequence	HL7 Structured Document Reference Sequence	1
0040A402	R	UI	ObservationSubjectUIDTrial	Observation Subject UID (Trial)	1
0040A403	R	CS	ObservationSubjectClassTrial	Observation Subject Class (Trial)	1
0040A404	R	SQ	ObservationSubjectTypeCodeSequenceTrial	Observation Subject Type Code Sequence (Trial)	1
0040A491		CS	CompletionFlag	Completion Flag	1
0040A492		LO	CompletionFlagDescription	Completion Flag Description	1
0040A493		CS	VerificationFlag	Verification Flag	1
0040A494		CS	ArchiveRequested	Archive Requested	1
0040A496		CS	PreliminaryFlag	Preliminary Flag	1
0040A504		SQ	ContentTemplateSequence	Content Template Sequence	1
0040A525		SQ	IdenticalDocumentsSequence	Identical Documents Sequence	1
0040A600	R	CS	ObservationSubjectContextFlagTrial	Observation Subject Context Flag (Trial)	1
0040A601	R	CS	ObserverContextFlagTrial	Observer Context Flag (Trial)	1
0040A603	R	CS	ProcedureContextFlagTrial	Procedure Context Flag (Trial)	1
0040A730		SQ	ContentSequence	Content Sequence	1
0040A731	R	SQ	RelationshipSequenceTrial	Relationship Sequence (Trial)	1
0040A732	R	SQ	RelationshipTypeCodeSequenceTrial	Relationship Type Code Sequence (Trial)	1
0040A744	R	SQ	LanguageCodeSequenceTrial	Language Code Sequence (Trial)	1
0040A801		SQ	TabulatedValuesSequence	Tabulated Values Sequence	1
0040A802		UL	NumberOfTableRows	Number of Table Rows	1
0040A803		UL	NumberOfTableColumns	Number of Table Columns	1
0040A804		UL	TableRowNumber	Table Row Number	1
0040A805		UL	TableColumnNumber	Table Column Number	1
0040A806		SQ	TableRowDefinitionSequence	Table Row Definition Sequence	1
0040A807		SQ	TableColumnDefinitionSequence	Table Column Definition Sequence	1
0040A808		SQ	CellValuesSequence	Cell Values Sequence	1
0040A992	R	ST	UniformResourceLocatorTrial	Uniform Resource Locator (Trial)	1
0040B020		SQ	WaveformAnnotationSequence	Waveform Annotation Sequence	1
0040DB00		CS	TemplateIdentifier	Template Identifier	1
0040DB06	R	DT	TemplateVersion	Template Version	1
0040DB07	R	DT	TemplateLocalVersion	Template Local Version	1
0040DB0B	R	CS	TemplateExtensionFlag	Template Extension Flag	1
0040DB0C	R	UI	TemplateExtensionOrganizationUID	Template Extension Organization UID	1
0040DB0D	R	UI	TemplateExtensionCreatorUID	Template Extension Creator UID	1
0040DB73		UL	ReferencedContentItemIdentifier	Referenced Content Item Identifier	1-n
0040E001		ST	HL7InstanceIdentifier	HL7 Instance Identifier	1
0040E004		DT	HL7DocumentEffectiveTime	HL7 Document Effective Time	1
0040E006		SQ	HL7DocumentTypeCodeSequence	HL7 Document Type Code Sequence	1
0040E008		SQ	DocumentClassCodeSequence	Document Class Code Sequence	1
0040E010		UR	RetrieveURI	Retrieve URI	1
0040E011		UI	RetrieveLocationUID	Retrieve Location UID	1
0040E020		CS	TypeOfInstances	Type of Instances	1
0040E021		SQ	DICOMRetrievalSequence	DICOM Retrieval Sequence	1
0040E022		SQ	DICOMMediaRetrievalSequence	DICOM Media Retrieval Sequence	1
0040E023		SQ	WADORetrievalSequence	WADO Retrieval Sequence	1
0040E024		SQ	XDSRetrievalSequence	XDS Retrieval Sequence	1
0040E025		SQ	WADORSRetrievalSequence	WADO-RS Retrieval Sequence	1
0040E030		UI	RepositoryUniqueID	Repository Unique ID	1
0040E031		UI	HomeCommunityID	Home Community ID	1
00420010		ST	DocumentTitle	Document Title	1
00420011		OB	EncapsulatedDocument	Encapsulated Document	1
00420012		LO	MIMETypeOfEncapsulatedDocument	MIME Type of Encapsulated Document	1
00420013		SQ	SourceInstanceSequence	Source Instance Sequence	1
00420014		LO	ListOfMIMETypes	List of MIME Types	1-n
00420015		UL	EncapsulatedDocumentLength	Encapsulated Document Length	1
00440001		ST	ProductPackageIdentifier	Product Package Identifier	1
00440002		CS	SubstanceAdministrationApproval	Substance Administration Approval	1
00440003		LT	ApprovalStatusFurtherDescription	Approval Status Further Description	1
00440004		DT	ApprovalStatusDateTime	Approval Status DateTime	1
00440007		SQ	ProductTypeCodeSequence	Product Type Code Sequence	1
00440008		LO	ProductName	Product Name	1-n
00440009		LT	ProductDescription	Product Description	1
0044000A		LO	ProductLotIdentifier	Product Lot Identifier	1
0044000B		DT	ProductExpirationDateTime	Product Expiration DateTime	1
00440010		DT	SubstanceAdministrationDateTime	Substance Administration DateTime	1
00440011		LO	SubstanceAdministrationNotes	Substance Administration Notes	1
00440012		LO	SubstanceAdministrationDeviceID	Substance Administration Device ID	1
00440013		SQ	ProductParameterSequence	Product Parameter Sequence	1
00440019		SQ	SubstanceAdministrationParameterSequence	Substance Administration Parameter Sequence	1
00440100		SQ	ApprovalSequence	Approval Sequence	1
00440101		SQ	AssertionCodeSequence	Assertion Code Sequence	1
00440102		UI	AssertionUID	Assertion UID	1
00440103		SQ	AsserterIdentificationSequence	Asserter Identification Sequence	1
00440104		DT	AssertionDateTime	Assertion DateTime	1
00440105		DT	AssertionExpirationDateTime	Assertion Expiration DateTime	1
00440106		UT	AssertionComments	Assertion Comments	1
00440107		SQ	RelatedAssertionSequence	Related Assertion Sequence	1
00440108		UI	ReferencedAssertionUID	Referenced Assertion UID	1
00440109		SQ	ApprovalSubjectSequence	Approval Subject Sequence	1
0044010A		SQ	OrganizationalRoleCodeSequence	Organizational Role Code Sequence	1
00460012		LO	LensDescription	Lens Description	1
00460014		SQ	RightLensSequence	Right Lens Sequence	1
00460015		SQ	LeftLensSequence	Left Lens Sequence	1
00460016		SQ	UnspecifiedLateralityLensSequence	Unspecified Laterality Lens Sequence	1
00460018		SQ	CylinderSequence	Cylinder Sequence	1
00460028		SQ	PrismSequence	Prism Sequence	1
00460030		FD	HorizontalPrismPower	Horizontal Prism Power	1
00460032		CS	HorizontalPrismBase	Horizontal Prism Base	1
00460034		FD	VerticalPrismPower	Vertical Prism Power	1
00460036		CS	VerticalPrismBase	Vertical Prism Base	1
00460038		CS	LensSegmentType	Lens Segment Type	1
00460040		FD	OpticalTransmittance	Optical Transmittance	1
00460042		FD	ChannelWidth	Channel Width	1
00460044		FD	PupilSize	Pupil Size	1
00460046		FD	CornealSize	Corneal Size	1
00460047		SQ	CornealSizeSequence	Corneal Size Sequence	1
00460050		SQ	AutorefractionRightEyeSequence	Autorefraction Right Eye Sequence	1
00460052		SQ	AutorefractionLeftEyeSequence	Autorefraction Left Eye Sequence	1
00460060		FD	DistancePupillaryDistance	Distance Pupillary Distance	1
00460062		FD	NearPupillaryDistance	Near Pupillary Distance	1
00460063		FD	IntermediatePupillaryDistance	Intermediate Pupillary Distance	1
00460064		FD	OtherPupillaryDistance	Other Pupillary Distance	1
00460070		SQ	KeratometryRightEyeSequence	Keratometry Right Eye Sequence	1
00460071		SQ	KeratometryLeftEyeSequence	Keratometry Left Eye Sequence	1
00460074		SQ	SteepKeratometricAxisSequence	Steep Keratometric Axis Sequence	1
00460075		FD	RadiusOfCurvature	Radius of Curvature	1
00460076		FD	KeratometricPower	Keratometric Power	1
00460077		FD	KeratometricAxis	Keratometric Axis	1
00460080		SQ	FlatKeratometricAxisSequence	Flat Keratometric Axis Sequence	1
00460092		CS	BackgroundColor	Background Color	1
00460094		CS	Optotype	Optotype	1
00460095		CS	OptotypePresentation	Optotype Presentation	1
00460097		SQ	SubjectiveRefractionRightEyeSequence	Subjective Refraction Right Eye Sequence	1
00460098		SQ	SubjectiveRefractionLeftEyeSequence	Subjective Refraction Left Eye Sequence	1
00460100		SQ	AddNearSequence	Add Near Sequence	1
00460101		SQ	AddIntermediateSequence	Add Intermediate Sequence	1
00460102		SQ	AddOtherSequence	Add Other Sequence	1
00460104		FD	AddPower	Add Power	1
00460106		FD	ViewingDistance	Viewing Distance	1
00460110		SQ	CorneaMeasurementsSequence	Cornea Measurements Sequence	1
00460111		SQ	SourceOfCorneaMeasurementDataCodeSequence	Source of Cornea Measurement Data Code Sequence	1
00460112		SQ	SteepCornealAxisSequence	Steep Corneal Axis Sequence	1
00460113		SQ	FlatCornealAxisSequence	Flat Corneal Axis Sequence	1
00460114		FD	CornealPower	Corneal Power	1
00460115		FD	CornealAxis	Corneal Axis	1
00460116		SQ	CorneaMeasurementMethodCodeSequence	Cornea Measurement Method Code Sequence	1
00460117		FL	RefractiveIndexOfCornea	Refractive Index of Cornea	1
00460118		FL	RefractiveIndexOfAqueousHumor	Refractive Index of Aqueous Humor	1
00460121		SQ	VisualAcuityTypeCodeSequence	Visual Acuity Type Code Sequence	1
00460122		SQ	VisualAcuityRightEyeSequence	Visual Acuity Right Eye Sequence	1
00460123		SQ	VisualAcuityLeftEyeSequence	Visual Acuity Left Eye Sequence	1
00460124		SQ	VisualAcuityBothEyesOpenSequence	Visual Acuity Both Eyes Open Sequence	1
00460125		CS	ViewingDistanceType	Viewing Distance Type	1
00460135		SS	VisualAcuityModifiers	Visual Acuity Modifiers	2
00460137		FD	DecimalVisualAcuity	Decimal Visual Acuity	1
00460139		LO	OptotypeDetailedDefinition	Optotype Detailed Definition	1
00460145		SQ	ReferencedRefractiveMeasurementsSequence	Referenced Refractive Measurements Sequence	1
00460146		FD	SpherePower	Sphere Power	1
00460147		FD	CylinderPower	Cylinder Power	1
00460201		CS	CornealTopographySurface	Corneal Topography Surface	1
00460202		FL	CornealVertexLocation	Corneal Vertex Location	2
00460203		FL	PupilCentroidXCoordinate	Pupil Centroid X-Coordinate	1
00460204		FL	PupilCentroidYCoordinate	Pupil Centroid Y-Coordinate	1
00460205		FL	EquivalentPupilRadius	Equivalent Pupil Radius	1
00460207		SQ	CornealTopographyMapTypeCodeSequence	Corneal Topography Map Type Code Sequence	1
00460208		IS	VerticesOfTheOutlineOfPupil	Vertices of the Outline of Pupil	2-2n
00460210		SQ	CornealTopographyMappingNormalsSequence	Corneal Topography Mapping Normals Sequence	1
00460211		SQ	MaximumCornealCurvatureSequence	Maximum Corneal Curvature Sequence	1
00460212		FL	MaximumCornealCurvature	Maximum Corneal Curvature	1
00460213		FL	MaximumCornealCurvatureLocation	Maximum Corneal Curvature Location	2
00460215		SQ	MinimumKeratometricSequence	Minimum Keratometric Sequence	1
00460218		SQ	SimulatedKeratometricCylinderSequence	Simulated Keratometric Cylinder Sequence	1
00460220		FL	AverageCornealPower	Average Corneal Power	1
00460224		FL	CornealISValue	Corneal I-S Value	1
00460227		FL	AnalyzedArea	Analyzed Area	1
00460230		FL	SurfaceRegularityIndex	Surface Regularity Index	1
00460232		FL	SurfaceAsymmetryIndex	Surface Asymmetry Index	1
00460234		FL	CornealEccentricityIndex	Corneal Eccentricity Index	1
00460236		FL	KeratoconusPredictionIndex	Keratoconus Prediction Index	1
00460238		FL	DecimalPotentialVisualAcuity	Decimal Potential Visual Acuity	1
00460242		CS	CornealTopographyMapQualityEvaluation	Corneal Topography Map Quality Evaluation	1
00460244		SQ	SourceImageCornealProcessedDataSequence	Source Image Corneal Processed Data Sequence	1
00460247		FL	CornealPointLocation	Corneal Point Location	3
00460248		CS	CornealPointEstimated	Corneal Point Estimated	1
00460249		FL	AxialPower	Axial Power	1
00460250		FL	TangentialPower	Tangential Power	1
00460251		FL	RefractivePower	Refractive Power	1
00460252		FL	RelativeElevation	Relative Elevation	1
00460253		FL	CornealWavefront	Corneal Wavefront	1
00480001		FL	ImagedVolumeWidth	Imaged Volume Width	1
00480002		FL	ImagedVolumeHeight	Imaged Volume Height	1
00480003		FL	ImagedVolumeDepth	Imaged Volume Depth	1
00480006		UL	TotalPixelMatrixColumns	Total Pixel Matrix Columns	1
00480007		UL	TotalPixelMatrixRows	Total Pixel Matrix Rows	1
00480008		SQ	TotalPixelMatrixOriginSequence	Total Pixel Matrix Origin Sequence	1
00480010		CS	SpecimenLabelInImage	Specimen Label in Image	1
00480011		CS	FocusMethod	Focus Method	1
00480012		CS	ExtendedDepthOfField	Extended Depth of Field	1
00480013		US	NumberOfFocalPlanes	Number of Focal Planes	1
00480014		FL	DistanceBetweenFocalPlanes	Distance Between Focal Planes	1
00480015		US	RecommendedAbsentPixelCIELabValue	Recommended Absent Pixel CIELab Value	3
00480100		SQ	IlluminatorTypeCodeSequence	Illuminator Type Code Sequence	1
00480102		DS	ImageOrientationSlide	Image Orientation (Slide)	6
00480105		SQ	OpticalPathSequence	Optical Path Sequence	1
00480106		SH	OpticalPathIdentifier	Optical Path Identifier	1
00480107		ST	OpticalPathDescription	Optical Path Description	1
00480108		SQ	IlluminationColorCodeSequence	Illumination Color Code Sequence	1
00480110		SQ	SpecimenReferenceSequence	Specimen Reference Sequence	1
00480111		DS	CondenserLensPower	Condenser Lens Power	1
00480112		DS	ObjectiveLensPower	Objective Lens Power	1
00480113		DS	ObjectiveLensNumericalAperture	Objective Lens Numerical Aperture	1
00480114		CS	ConfocalMode	Confocal Mode	1
00480115		CS	TissueLocation	Tissue Location	1
00480116		SQ	ConfocalMicroscopyImageFrameTypeSequence	Confocal Microscopy Image Frame Type Sequence	1
00480117		FD	ImageAcquisitionDepth	Image Acquisition Depth	1
00480120		SQ	PaletteColorLookupTableSequence	Palette Color Lookup Table Sequence	1
00480200	R	SQ	ReferencedImageNavigationSequence	Referenced Image Navigation Sequence	1
00480201	R	US	TopLeftHandCornerOfLocalizerArea	Top Left Hand Corner of Localizer Area	2
00480202	R	US	BottomRightHandCornerOfLocalizerArea	Bottom Right Hand Corner of Localizer Area	2
00480207		SQ	OpticalPathIdentificationSequence	Optical Path Identification Sequence	1
0048021A		SQ	PlanePositionSlideSequence	Plane Position (Slide) Sequence	1
0048021E		SL	ColumnPositionInTotalImagePixelMatrix	Column Position In Total Image Pixel Matrix	1
0048021F		SL	RowPositionInTotalImagePixelMatrix	Row Position In Total Image Pixel Matrix	1
00480301		CS	PixelOriginInterpretation	Pixel Origin Interpretation	1
00480302		UL	NumberOfOpticalPaths	Number of Optical Paths	1
00480303		UL	TotalPixelMatrixFocalPlanes	Total Pixel Matrix Focal Planes	1
00500004		CS	CalibrationImage	Calibration Image	1
00500010		SQ	DeviceSequence	Device Sequence	1
00500012		SQ	ContainerComponentTypeCodeSequence	Container Component Type Code Sequence	1
00500013		FD	ContainerComponentThickness	Container Component Thickness	1
00500014		DS	DeviceLength	Device Length	1
00500015		FD	ContainerComponentWidth	Container Component Width	1
00500016		DS	DeviceDiameter	Device Diameter	1
00500017		CS	DeviceDiameterUnits	Device Diameter Units	1
00500018		DS	DeviceVolume	Device Volume	1
00500019		DS	InterMarkerDistance	Inter-Marker Distance	1
0050001A		CS	ContainerComponentMaterial	Container Component Material	1
0050001B		LO	ContainerComponentID	Container Component ID	1
0050001C		FD	ContainerComponentLength	Container Component Length	1
0050001D		FD	ContainerComponentDiameter	Container Component Diameter	1
0050001E		LO	ContainerComponentDescription	Container Component Description	1
00500020		LO	DeviceDescription	Device Description	1
00500021		ST	LongDeviceDescription	Long Device Description	1
00520001		FL	ContrastBolusIngredientPercentByVolume	Contrast/Bolus Ingredient Percent by Volume	1
00520002		FD	OCTFocalDistance	OCT Focal Distance	1
00520003		FD	BeamSpotSize	Beam Spot Size	1
00520004		FD	EffectiveRefractiveIndex	Effective Refractive Index	1
00520006		CS	OCTAcquisitionDomain	OCT Acquisition Domain	1
00520007		FD	OCTOpticalCenterWavelength	OCT Optical Center Wavelength	1
00520008		FD	AxialResolution	Axial Resolution	1
00520009		FD	RangingDepth	Ranging Depth	1
00520011		FD	ALineRate	A-line Rate	1
00520012		US	ALinesPerFrame	A-lines Per Frame	1
00520013		FD	CatheterRotationalRate	Catheter Rotational Rate	1
00520014		FD	ALinePixelSpacing	A-line Pixel Spacing	1
00520016		SQ	ModeOfPercutaneousAccessSequence	Mode of Percutaneous Access Sequence	1
00520025		SQ	IntravascularOCTFrameTypeSequence	Intravascular OCT Frame Type Sequence	1
00520026		CS	OCTZOffsetApplied	OCT Z Offset Applied	1
00520027		SQ	IntravascularFrameContentSequence	Intravascular Frame Content Sequence	1
00520028		FD	IntravascularLongitudinalDistance	Intravascular Longitudinal Distance	1
00520029		SQ	IntravascularOCTFrameContentSequence	Intravascular OCT Frame Content Sequence	1
00520030		SS	OCTZOffsetCorrection	OCT Z Offset Correction	1
00520031		CS	CatheterDirectionOfRotation	Catheter Direction of Rotation	1
00520033		FD	SeamLineLocation	Seam Line Location	1
00520034		FD	FirstALineLocation	First A-line Location	1
00520036		US	SeamLineIndex	Seam Line Index	1
00520038		US	NumberOfPaddedALines	Number of Padded A-lines	1
00520039		CS	InterpolationType	Interpolation Type	1
0052003A		CS	RefractiveIndexApplied	Refractive Index Applied	1
00540010		US	EnergyWindowVector	Energy Window Vector	1-n
00540011		US	NumberOfEnergyWindows	Number of Energy Windows	1
00540012		SQ	EnergyWindowInformationSequence	Energy Window Information Sequence	1
00540013		SQ	EnergyWindowRangeSequence	Energy Window Range Sequence	1
00540014		DS	EnergyWindowLowerLimit	Energy Window Lower Limit	1
00540015		DS	EnergyWindowUpperLimit	Energy Window Upper Limit	1
00540016		SQ	RadiopharmaceuticalInformationSequence	Radiopharmaceutical Information Sequence	1
00540017		IS	ResidualSyringeCounts	Residual Syringe Counts	1
00540018		SH	EnergyWindowName	Energy Window Name	1
00540020		US	DetectorVector	Detector Vector	1-n
00540021		US	NumberOfDetectors	Number of Detectors	1
00540022		SQ	DetectorInformationSequence	Detector Information Sequence	1
00540030		US	PhaseVector	Phase Vector	1-n
00540031		US	NumberOfPhases	Number of Phases	1
00540032		SQ	PhaseInformationSequence	Phase Information Sequence	1
00540033		US	NumberOfFramesInPhase	Number of Frames in Phase	1
00540036		IS	PhaseDelay	Phase Delay	1
00540038		IS	PauseBetweenFrames	Pause Between Frames	1
00540039		CS	PhaseDescription	Phase Description	1
00540050		US	RotationVector	Rotation Vector	1-n
00540051		US	NumberOfRotations	Number of Rotations	1
00540052		SQ	RotationInformationSequence	Rotation Information Sequence	1
00540053		US	NumberOfFramesInRotation	Number of Frames in Rotation	1
00540060		US	RRIntervalVector	R-R Interval Vector	1-n
00540061		US	NumberOfRRIntervals	Number of R-R Intervals	1
00540062		SQ	GatedInformationSequence	Gated Information Sequence	1
00540063		SQ	DataInformationSequence	Data Information Sequence	1
00540070		US	TimeSlotVector	Time Slot Vector	1-n
00540071		US	NumberOfTimeSlots	Number of Time Slots	1
00540072		SQ	TimeSlotInformationSequence	Time Slot Information Sequence	1
00540073		DS	TimeSlotTime	Time Slot Time	1
00540080		US	SliceVector	Slice Vector	1-n
00540081		US	NumberOfSlices	Number of Slices	1
00540090		US	AngularViewVector	Angular View Vector	1-n
00540100		US	TimeSliceVector	Time Slice Vector	1-n
00540101		US	NumberOfTimeSlices	Number of Time Slices	1
00540200		DS	StartAngle	Start Angle	1
00540202		CS	TypeOfDetectorMotion	Type of Detector Motion	1
00540210		IS	TriggerVector	Trigger Vector	1-n
00540211		US	NumberOfTriggersInPhase	Number of Triggers in Phase	1
00540220		SQ	ViewCodeSequence	View Code Sequence	1
00540222		SQ	ViewModifierCodeSequence	View Modifier Code Sequence	1
00540300		SQ	RadionuclideCodeSequence	Radionuclide Code Sequence	1
00540302		SQ	AdministrationRouteCodeSequence	Administration Route Code Sequence	1
00540304		SQ	RadiopharmaceuticalCodeSequence	Radiopharmaceutical Code Sequence	1
00540306		SQ	CalibrationDataSequence	Calibration Data Sequence	1
00540308		US	EnergyWindowNumber	Energy Window Number	1
00540400		SH	ImageID	Image ID	1
00540410		SQ	PatientOrientationCodeSequence	Patient Orientation Code Sequence	1
00540412		SQ	PatientOrientationModifierCodeSequence	Patient Orientation Modifier Code Sequence	1
00540414		SQ	PatientGantryRelationshipCodeSequence	Patient Gantry Relationship Code Sequence	1
00540500		CS	SliceProgressionDirection	Slice Progression Direction	1
00540501		CS	ScanProgressionDirection	Scan Progression Direction	1
00541000		CS	SeriesType	Series Type	2
00541001		CS	Units	Units	1
00541002		CS	CountsSource	Counts Source	1
00541004		CS	ReprojectionMethod	Reprojection Method	1
00541006		CS	SUVType	SUV Type	1
00541100		CS	RandomsCorrectionMethod	Randoms Correction Method	1
00541101		LO	AttenuationCorrectionMethod	Attenuation Correction Method	1
00541102		CS	DecayCorrection	Decay Correction	1
00541103		LO	ReconstructionMethod	Reconstruction Method	1
00541104		LO	DetectorLinesOfResponseUsed	Detector Lines of Response Used	1
00541105		LO	ScatterCorrectionMethod	Scatter Correction Method	1
00541200		DS	AxialAcceptance	Axial Acceptance	1
00541201		IS	AxialMash	Axial Mash	2
00541202		IS	TransverseMash	Transverse Mash	1
00541203		DS	DetectorElementSize	Detector Element Size	2
00541210		DS	CoincidenceWindowWidth	Coincidence Window Width	1
00541220		CS	SecondaryCountsType	Secondary Counts Type	1-n
00541300		DS	FrameReferenceTime	Frame Reference Time	1
00541310		IS	PrimaryPromptsCountsAccumulated	Primary (Prompts) Counts Accumulated	1
00541311		IS	SecondaryCountsAccumulated	Secondary Counts Accumulated	1-n
00541320		DS	SliceSensitivityFactor	Slice Sensitivity Factor	1
00541321		DS	DecayFactor	Decay Factor	1
00541322		DS	DoseCalibrationFactor	Dose Calibration Factor	1
00541323		DS	ScatterFractionFactor	Scatter Fraction Factor	1
00541324		DS	DeadTimeFactor	Dead Time Factor	1
00541330		US	ImageIndex	Image Index	1
00541400	R	CS	CountsIncluded	Counts Included	1-n
00541401	R	CS	DeadTimeCorrectionFlag	Dead Time Correction Flag	1
00603000		SQ	HistogramSequence	Histogram Sequence	1
00603002		US	HistogramNumberOfBins	Histogram Number of Bins	1
00603004		US/SS	HistogramFirstBinValue	Histogram First Bin Value	1
00603006		US/SS	HistogramLastBinValue	Histogram Last Bin Value	1
00603008		US	HistogramBinWidth	Histogram Bin Width	1
00603010		LO	HistogramExplanation	Histogram Explanation	1
00603020		UL	HistogramData	Histogram Data	1-n
00620001		CS	SegmentationType	Segmentation Type	1
00620002		SQ	SegmentSequence	Segment Sequence	1
00620003		SQ	SegmentedPropertyCategoryCodeSequence	Segmented Property Category Code Sequence	1
00620004		US	SegmentNumber	Segment Number	1
00620005		LO	SegmentLabel	Segment Label	1
00620006		ST	SegmentDescription	Segment Description	1
00620007		SQ	SegmentationAlgorithmIdentificationSequence	Segmentation Algorithm Identification Sequence	1
00620008		CS	SegmentAlgorithmType	Segment Algorithm Type	1
00620009		LO	SegmentAlgorithmName	Segment Algorithm Name	1-n
0062000A		SQ	SegmentIdentificationSequence	Segment Identification Sequence	1
0062000B		US	ReferencedSegmentNumber	Referenced Segment Number	1-n
0062000C		US	RecommendedDisplayGrayscaleValue	Recommended Display Grayscale Value	1
0062000D		US	RecommendedDisplayCIELabValue	Recommended Display CIELab Value	3
0062000E		US	MaximumFractionalValue	Maximum Fractional Value	1
0062000F		SQ	SegmentedPropertyTypeCodeSequence	Segmented Property Type Code Sequence	1
00620010		CS	SegmentationFractionalType	Segmentation Fractional Type	1
00620011		SQ	SegmentedPropertyTypeModifierCodeSequence	Segmented Property Type Modifier Code Sequence	1
00620012		SQ	UsedSegmentsSequence	Used Segments Sequence	1
00620013		CS	SegmentsOverlap	Segments Overlap	1
00620020		UT	TrackingID	Tracking ID	1
00620021		UI	TrackingUID	Tracking UID	1
00640002		SQ	DeformableRegistrationSequence	Deformable Registration Sequence	1
00640003		UI	SourceFrameOfReferenceUID	Source Frame of Reference UID	1
00640005		SQ	DeformableRegistrationGridSequence	Deformable Registration Grid Sequence	1
00640007		UL	GridDimensions	Grid Dimensions	3
00640008		FD	GridResolution	Grid Resolution	3
00640009		OF	VectorGridData	Vector Grid Data	1
0064000F		SQ	PreDeformationMatrixRegistrationSequence	Pre Deformation Matrix Registration Sequence	1
00640010		SQ	PostDeformationMatrixRegistrationSequence	Post Deformation Matrix Registration Sequence	1
00660001		UL	NumberOfSurfaces	Number of Surfaces	1
00660002		SQ	SurfaceSequence	Surface Sequence	1
00660003		UL	SurfaceNumber	Surface Number	1
00660004		LT	SurfaceComments	Surface Comments	1
00660009		CS	SurfaceProcessing	Surface Processing	1
0066000A		FL	SurfaceProcessingRatio	Surface Processing Ratio	1
0066000B		LO	SurfaceProcessingDescription	Surface Processing Description	1
0066000C		FL	RecommendedPresentationOpacity	Recommended Presentation Opacity	1
0066000D		CS	RecommendedPresentationType	Recommended Presentation Type	1
0066000E		CS	FiniteVolume	Finite Volume	1
00660010		CS	Manifold	Manifold	1
00660011		SQ	SurfacePointsSequence	Surface Points Sequence	1
00660012		SQ	SurfacePointsNormalsSequence	Surface Points Normals Sequence	1
00660013		SQ	SurfaceMeshPrimitivesSequence	Surface Mesh Primitives Sequence	1
00660015		UL	NumberOfSurfacePoints	Number of Surface Points	1
00660016		OF	PointCoordinatesData	Point Coordinates Data	1
00660017		FL	PointPositionAccuracy	Point Position Accuracy	3
00660018		FL	MeanPointDistance	Mean Point Distance	1
00660019		FL	MaximumPointDistance	Maximum Point Distance	1
0066001A		FL	PointsBoundingBoxCoordinates	Points Bounding Box Coordinates	6
0066001B		FL	AxisOfRotation	Axis of Rotation	3
0066001C		FL	CenterOfRotation	Center of Rotation	3
0066001E		UL	NumberOfVectors	Number of Vectors	1
0066001F		US	VectorDimensionality	Vector Dimensionality	1
00660020		FL	VectorAccuracy	Vector Accuracy	1-n
00660021		OF	VectorCoordinateData	Vector Coordinate Data	1
00660022		OD	DoublePointCoordinatesData	Double Point Coordinates Data	1
00660023	R	OW	TrianglePointIndexList	Triangle Point Index List	1
00660024	R	OW	EdgePointIndexList	Edge Point Index List	1
00660025	R	OW	VertexPointIndexList	Vertex Point Index List	1
00660026		SQ	TriangleStripSequence	Triangle Strip Sequence	1
00660027		SQ	TriangleFanSequence	Triangle Fan Sequence	1
00660028		SQ	LineSequence	Line Sequence	1
00660029	R	OW	PrimitivePointIndexList	Primitive Point Index List	1
0066002A		UL	SurfaceCount	Surface Count	1
0066002B		SQ	ReferencedSurfaceSequence	Referenced Surface Sequence	1
0066002C		UL	ReferencedSurfaceNumber	Referenced Surface Number	1
0066002D		SQ	SegmentSurfaceGenerationAlgorithmIdentificationSequence	Segment Surface Generation Algorithm Identification Sequence	1
0066002E		SQ	SegmentSurfaceSourceInstanceSequence	Segment Surface Source Instance Sequence	1
0066002F		SQ	AlgorithmFamilyCodeSequence	Algorithm Family Code Sequence	1
00660030		SQ	AlgorithmNameCodeSequence	Algorithm Name Code Sequence	1
00660031		LO	AlgorithmVersion	Algorithm Version	1
00660032		LT	AlgorithmParameters	Algorithm Parameters	1
00660034		SQ	FacetSequence	Facet Sequence	1
00660035		SQ	SurfaceProcessingAlgorithmIdentificationSequence	Surface Processing Algorithm Identification Sequence	1
00660036		LO	AlgorithmName	Algorithm Name	1
00660037		FL	RecommendedPointRadius	Recommended Point Radius	1
00660038		FL	RecommendedLineThickness	Recommended Line Thickness	1
00660040		OL	LongPrimitivePointIndexList	Long Primitive Point Index List	1
00660041		OL	LongTrianglePointIndexList	Long Triangle Point Index List	1
00660042		OL	LongEdgePointIndexList	Long Edge Point Index List	1
00660043		OL	LongVertexPointIndexList	Long Vertex Point Index List	1
00660101		SQ	TrackSetSequence	Track Set Sequence	1
00660102		SQ	TrackSequence	Track Sequence	1
00660103		OW	RecommendedDisplayCIELabValueList	Recommended Display CIELab Value List	1
00660104		SQ	TrackingAlgorithmIdentificationSequence	Tracking Algorithm Identification Sequence	1
00660105		UL	TrackSetNumber	Track Set Number	1
00660106		LO	TrackSetLabel	Track Set Label	1
00660107		UT	TrackSetDescription	Track Set Description	1
00660108		SQ	TrackSetAnatomicalTypeCodeSequence	Track Set Anatomical Type Code Sequence	1
00660121		SQ	MeasurementsSequence	Measurements Sequence	1
00660124		SQ	TrackSetStatisticsSequence	Track Set Statistics Sequence	1
00660125		OF	FloatingPointValues	Floating Point Values	1
00660129		OL	TrackPointIndexList	Track Point Index List	1
00660130		SQ	TrackStatisticsSequence	Track Statistics Sequence	1
00660132		SQ	MeasurementValuesSequence	Measurement Values Sequence	1
00660133		SQ	DiffusionAcquisitionCodeSequence	Diffusion Acquisition Code Sequence	1
00660134		SQ	DiffusionModelCodeSequence	Diffusion Model Code Sequence	1
00686210		LO	ImplantSize	Implant Size	1
00686221		LO	ImplantTemplateVersion	Implant Template Version	1
00686222		SQ	ReplacedImplantTemplateSequence	Replaced Implant Template Sequence	1
00686223		CS	ImplantType	Implant Type	1
00686224		SQ	DerivationImplantTemplateSequence	Derivation Implant Template Sequence	1
00686225		SQ	OriginalImplantTemplateSequence	Original Implant Template Sequence	1
00686226		DT	EffectiveDateTime	Effective DateTime	1
00686230		SQ	ImplantTargetAnatomySequence	Implant Target Anatomy Sequence	1
00686260		SQ	InformationFromManufacturerSequence	Information From Manufacturer Sequence	1
00686265		SQ	NotificationFromManufacturerSequence	Notification From Manufacturer Sequence	1
00686270		DT	InformationIssueDateTime	Information Issue DateTime	1
00686280		ST	InformationSummary	Information Summary	1
006862A0		SQ	ImplantRegulatoryDisapprovalCodeSequence	Implant Regulatory Disapproval Code Sequence	1
006862A5		FD	OverallTemplateSpatialTolerance	Overall Template Spatial Tolerance	1
006862C0		SQ	HPGLDocumentSequence	HPGL Document Sequence	1
006862D0		US	HPGLDocumentID	HPGL Document ID	1
006862D5		LO	HPGLDocumentLabel	HPGL Document Label	1
006862E0		SQ	ViewOrientationCodeSequence	View Orientation Code Sequence	1
006862F0		SQ	ViewOrientationModifierCodeSequence	View Orientation Modifier Code Sequence	1
006862F2		FD	HPGLDocumentScaling	HPGL Document Scaling	1
00686300		OB	HPGLDocument	HPGL Document	1
00686310		US	HPGLContourPenNumber	HPGL Contour Pen Number	1
00686320		SQ	HPGLPenSequence	HPGL Pen Sequence	1
00686330		US	HPGLPenNumber	HPGL Pen Number	1
00686340		LO	HPGLPenLabel	HPGL Pen Label	1
00686345		ST	HPGLPenDescription	HPGL Pen Description	1
00686346		FD	RecommendedRotationPoint	Recommended Rotation Point	2
00686347		FD	BoundingRectangle	Bounding Rectangle	4
00686350		US	ImplantTemplate3DModelSurfaceNumber	Implant Template 3D Model Surface Number	1-n
00686360		SQ	SurfaceModelDescriptionSequence	Surface Model Description Sequence	1
00686380		LO	SurfaceModelLabel	Surface Model Label	1
00686390		FD	SurfaceModelScalingFactor	Surface Model Scaling Factor	1
006863A0		SQ	MaterialsCodeSequence	Materials Code Sequence	1
006863A4		SQ	CoatingMaterialsCodeSequence	Coating Materials Code Sequence	1
006863A8		SQ	ImplantTypeCodeSequence	Implant Type Code Sequence	1
006863AC		SQ	FixationMethodCodeSequence	Fixation Method Code Sequence	1
006863B0		SQ	MatingFeatureSetsSequence	Mating Feature Sets Sequence	1
006863C0		US	MatingFeatureSetID	Mating Feature Set ID	1
006863D0		LO	MatingFeatureSetLabel	Mating Feature Set Label	1
006863E0		SQ	MatingFeatureSequence	Mating Feature Sequence	1
006863F0		US	MatingFeatureID	Mating Feature ID	1
00686400		SQ	MatingFeatureDegreeOfFreedomSequence	Mating Feature Degree of Freedom Sequence	1
00686410		US	DegreeOfFreedomID	Degree of Freedom ID	1
00686420		CS	DegreeOfFreedomType	Degree of Freedom Type	1
00686430		SQ	TwoDMatingFeatureCoordinatesSequence	2D Mating Feature Coordinates Sequence	1
00686440		US	ReferencedHPGLDocumentID	Referenced HPGL Document ID	1
00686450		FD	TwoDMatingPoint	2D Mating Point	2
00686460		FD	TwoDMatingAxes	2D Mating Axes	4
00686470		SQ	TwoDDegreeOfFreedomSequence	2D Degree of Freedom Sequence	1
00686490		FD	ThreeDDegreeOfFreedomAxis	3D Degree of Freedom Axis	3
006864A0		FD	RangeOfFreedom	Range of Freedom	2
006864C0		FD	ThreeDMatingPoint	3D Mating Point	3
006864D0		FD	ThreeDMatingAxes	3D Mating Axes	9
006864F0		FD	TwoDDegreeOfFreedomAxis	2D Degree of Freedom Axis	3
00686500		SQ	PlanningLandmarkPointSequence	Planning Landmark Point Sequence	1
00686510		SQ	PlanningLandmarkLineSequence	Planning Landmark Line Sequence	1
00686520		SQ	PlanningLandmarkPlaneSequence	Planning Landmark Plane Sequence	1
00686530		US	PlanningLandmarkID	Planning Landmark ID	1
00686540		LO	PlanningLandmarkDescription	Planning Landmark Description	1
00686545		SQ	PlanningLandmarkIdentificationCodeSequence	Planning Landmark Identification Code Sequence	1
00686550		SQ	TwoDPointCoordinatesSequence	2D Point Coordinates Sequence	1
00686560		FD	TwoDPointCoordinates	2D Point Coordinates	2
00686590		FD	ThreeDPointCoordinates	3D Point Coordinates	3
006865A0		SQ	TwoDLineCoordinatesSequence	2D Line Coordinates Sequence	1
006865B0		FD	TwoDLineCoordinates	2D Line Coordinates	4
006865D0		FD	ThreeDLineCoordinates	3D Line Coordinates	6
006865E0		SQ	TwoDPlaneCoordinatesSequence	2D Plane Coordinates Sequence	1
006865F0		FD	TwoDPlaneIntersection	2D Plane Intersection	4
00686610		FD	ThreeDPlaneOrigin	3D Plane Origin	3
00686620		FD	ThreeDPlaneNormal	3D Plane Normal	3
00687001		CS	ModelModification	Model Modification	1
00687002		CS	ModelMirroring	Model Mirroring	1
00687003		SQ	ModelUsageCodeSequence	Model Usage Code Sequence	1
00687004		UI	ModelGroupUID	Model Group UID	1
00687005		UR	RelativeURIReferenceWithinEncapsulatedDocument	Relative URI Reference Within Encapsulated Document	1
006A0001		CS	AnnotationCoordinateType	Annotation Coordinate Type	1
006A0002		SQ	AnnotationGroupSequence	Annotation Group Sequence	1
006A0003		UI	AnnotationGroupUID	Annotation Group UID	1
006A0005		LO	AnnotationGroupLabel	Annotation Group Label	1
006A0006		UT	AnnotationGroupDescription	Annotation Group Description	1
006A0007		CS	AnnotationGroupGenerationType	Annotation Group Generation Type	1
006A0008		SQ	AnnotationGroupAlgorithmIdentificationSequence	Annotation Group Algorithm Identification Sequence	1
006A0009		SQ	AnnotationPropertyCategoryCodeSequence	Annotation Property Category Code Sequence	1
006A000A		SQ	AnnotationPropertyTypeCodeSequence	Annotation Property Type Code Sequence	1
006A000B		SQ	AnnotationPropertyTypeModifierCodeSequence	Annotation Property Type Modifier Code Sequence	1
006A000C		UL	NumberOfAnnotations	Number of Annotations	1
006A000D		CS	AnnotationAppliesToAllOpticalPaths	Annotation Applies to All Optical Paths	1
006A000E		SH	ReferencedOpticalPathIdentifier	Referenced Optical Path Identifier	1-n
006A000F		CS	AnnotationAppliesToAllZPlanes	Annotation Applies to All Z Planes	1
006A0010		FD	CommonZCoordinateValue	Common Z Coordinate Value	1-n
006A0011		OL	AnnotationIndexList	Annotation Index List	1
00700001		SQ	GraphicAnnotationSequence	Graphic Annotation Sequence	1
00700002		CS	GraphicLayer	Graphic Layer	1
00700003		CS	BoundingBoxAnnotationUnits	Bounding Box Annotation Units	1
00700004		CS	AnchorPointAnnotationUnits	Anchor Point Annotation Units	1
00700005		CS	GraphicAnnotationUnits	Graphic Annotation Units	1
00700006		ST	UnformattedTextValue	Unformatted Text Value	1
00700008		SQ	TextObjectSequence	Text Object Sequence	1
00700009		SQ	GraphicObjectSequence	Graphic Object Sequence	1
00700010		FL	BoundingBoxTopLeftHandCorner	Bounding Box Top Left Hand Corner	2
00700011		FL	BoundingBoxBottomRightHandCorner	Bounding Box Bottom Right Hand Corner	2
00700012		CS	BoundingBoxTextHorizontalJustification	Bounding Box Text Horizontal Justification	1
00700014		FL	AnchorPoint	Anchor Point	2
00700015		CS	AnchorPointVisibility	Anchor Point Visibility	1
00700020		US	GraphicDimensions	Graphic Dimensions	1
00700021		US	NumberOfGraphicPoints	Number of Graphic Points	1
00700022		FL	GraphicData	Graphic Data	2-n
00700023		CS	GraphicType	Graphic Type	1
00700024		CS	GraphicFilled	Graphic Filled	1
00700040	R	IS	ImageRotationRetired	Image Rotation (Retired)	1
00700041		CS	ImageHorizontalFlip	Image Horizontal Flip	1
00700042		US	ImageRotation	Image Rotation	1
00700050	R	US	DisplayedAreaTopLeftHandCornerTrial	Displayed Area Top Left Hand Corner (Trial)	2
00700051	R	US	DisplayedAreaBottomRightHandCornerTrial	Displayed Area Bottom Right Hand Corner (Trial)	2
00700052		SL	DisplayedAreaTopLeftHandCorner	Displayed Area Top Left Hand Corner	2
00700053		SL	DisplayedAreaBottomRightHandCorner	Displayed Area Bottom Right Hand Corner	2
0070005A		SQ	DisplayedAreaSelectionSequence	Displayed Area Selection Sequence	1
00700060		SQ	GraphicLayerSequence	Graphic Layer Sequence	1
00700062		IS	GraphicLayerOrder	Graphic Layer Order	1
00700066		US	GraphicLayerRecommendedDisplayGrayscaleValue	Graphic Layer Recommended Display Grayscale Value	1
00700067	R	US	GraphicLayerRecommendedDisplayRGBValue	Graphic Layer Recommended Display RGB Value	3
00700068		LO	GraphicLayerDescription	Graphic Layer Description	1
00700080		CS	ContentLabel	Content Label	1
00700081		LO	ContentDescription	Content Description	1
00700082		DA	PresentationCreationDate	Presentation Creation Date	1
00700083		TM	PresentationCreationTime	Presentation Creation Time	1
00700084		PN	ContentCreatorName	Content Creator's Name	1
00700086		SQ	ContentCreatorIdentificationCodeSequence	Content Creator's Identification Code Sequence	1
00700087		SQ	AlternateContentDescriptionSequence	Alternate Content Description Sequence	1
00700100		CS	PresentationSizeMode	Presentation Size Mode	1
00700101		DS	PresentationPixelSpacing	Presentation Pixel Spacing	2
00700102		IS	PresentationPixelAspectRatio	Presentation Pixel Aspect Ratio	2
00700103		FL	PresentationPixelMagnificationRatio	Presentation Pixel Magnification Ratio	1
00700207		LO	GraphicGroupLabel	Graphic Group Label	1
00700208		ST	GraphicGroupDescription	Graphic Group Description	1
00700209		SQ	CompoundGraphicSequence	Compound Graphic Sequence	1
00700226		UL	CompoundGraphicInstanceID	Compound Graphic Instance ID	1
00700227		LO	FontName	Font Name	1
00700228		CS	FontNameType	Font Name Type	1
00700229		LO	CSSFontName	CSS Font Name	1
00700230		FD	RotationAngle	Rotation Angle	1
00700231		SQ	TextStyleSequence	Text Style Sequence	1
00700232		SQ	LineStyleSequence	Line Style Sequence	1
00700233		SQ	FillStyleSequence	Fill Style Sequence	1
00700234		SQ	GraphicGroupSequence	Graphic Group Sequence	1
00700241		US	TextColorCIELabValue	Text Color CIELab Value	3
00700242		CS	HorizontalAlignment	Horizontal Alignment	1
00700243		CS	VerticalAlignment	Vertical Alignment	1
00700244		CS	ShadowStyle	Shadow Style	1
00700245		FL	ShadowOffsetX	Shadow Offset X	1
00700246		FL	ShadowOffsetY	Shadow Offset Y	1
00700247		US	ShadowColorCIELabValue	Shadow Color CIELab Value	3
00700248		CS	Underlined	Underlined	1
00700249		CS	Bold	Bold	1
00700250		CS	Italic	Italic	1
00700251		US	PatternOnColorCIELabValue	Pattern On Color CIELab Value	3
00700252		US	PatternOffColorCIELabValue	Pattern Off Color CIELab Value	3
00700253		FL	LineThickness	Line Thickness	1
00700254		CS	LineDashingStyle	Line Dashing Style	1
00700255		UL	LinePattern	Line Pattern	1
00700256		OB	FillPattern	Fill Pattern	1
00700257		CS	FillMode	Fill Mode	1
00700258		FL	ShadowOpacity	Shadow Opacity	1
00700261		FL	GapLength	Gap Length	1
00700262		FL	DiameterOfVisibility	Diameter of Visibility	1
00700273		FL	RotationPoint	Rotation Point	2
00700274		CS	TickAlignment	Tick Alignment	1
00700278		CS	ShowTickLabel	Show Tick Label	1
00700279		CS	TickLabelAlignment	Tick Label Alignment	1
00700282		CS	CompoundGraphicUnits	Compound Graphic Units	1
00700284		FL	PatternOnOpacity	Pattern On Opacity	1
00700285		FL	PatternOffOpacity	Pattern Off Opacity	1
00700287		SQ	MajorTicksSequence	Major Ticks Sequence	1
00700288		FL	TickPosition	Tick Position	1
00700289		SH	TickLabel	Tick Label	1
00700294		CS	CompoundGraphicType	Compound Graphic Type	1
00700295		UL	GraphicGroupID	Graphic Group ID	1
00700306		CS	ShapeType	Shape Type	1
00700308		SQ	RegistrationSequence	Registration Sequence	1
00700309		SQ	MatrixRegistrationSequence	Matrix Registration Sequence	1
0070030A		SQ	MatrixSequence	Matrix Sequence	1
0070030B		FD	FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix	Frame of Reference to Displayed Coordinate System Transformation Matrix	16
0070030C		CS	FrameOfReferenceTransformationMatrixType	Frame of Reference Transformation Matrix Type	1
0070030D		SQ	RegistrationTypeCodeSequence	Registration Type Code Sequence	1
0070030F		ST	FiducialDescription	Fiducial Description	1
00700310		SH	FiducialIdentifier	Fiducial Identifier	1
00700311		SQ	FiducialIdentifierCodeSequence	Fiducial Identifier Code Sequence	1
00700312		FD	ContourUncertaintyRadius	Contour Uncertainty Radius	1
00700314		SQ	UsedFiducialsSequence	Used Fiducials Sequence	1
00700315		SQ	UsedRTStructureSetROISequence	Used RT Structure Set ROI Sequence	1
00700318		SQ	GraphicCoordinatesDataSequence	Graphic Coordinates Data Sequence	1
0070031A		UI	FiducialUID	Fiducial UID	1
0070031B		UI	ReferencedFiducialUID	Referenced Fiducial UID	1
0070031C		SQ	FiducialSetSequence	Fiducial Set Sequence	1
0070031E		SQ	FiducialSequence	Fiducial Sequence	1
0070031F		SQ	FiducialsPropertyCategoryCodeSequence	Fiducials Property Category Code Sequence	1
00700401		US	GraphicLayerRecommendedDisplayCIELabValue	Graphic Layer Recommended Display CIELab Value	3
00700402		SQ	BlendingSequence	Blending Sequence	1
00700403		FL	RelativeOpacity	Relative Opacity	1
00700404		SQ	ReferencedSpatialRegistrationSequence	Referenced Spatial Registration Sequence	1
00700405		CS	BlendingPosition	Blending Position	1
00701101		UI	PresentationDisplayCollectionUID	Presentation Display Collection UID	1
00701102		UI	PresentationSequenceCollectionUID	Presentation Sequence Collection UID	1
00701103		US	PresentationSequencePositionIndex	Presentation Sequence Position Index	1
00701104		SQ	RenderedImageReferenceSequence	Rendered Image Reference Sequence	1
00701201		SQ	VolumetricPresentationStateInputSequence	Volumetric Presentation State Input Sequence	1
00701202		CS	PresentationInputType	Presentation Input Type	1
00701203		US	InputSequencePositionIndex	Input Sequence Position Index	1
00701204		CS	Crop	Crop	1
00701205		US	CroppingSpecificationIndex	Cropping Specification Index	1-n
00701206	R	CS	CompositingMethod	Compositing Method	1
00701207		US	VolumetricPresentationInputNumber	Volumetric Presentation Input Number	1
00701208		CS	ImageVolumeGeometry	Image Volume Geometry	1
00701209		UI	VolumetricPresentationInputSetUID	Volumetric Presentation Input Set UID	1
0070120A		SQ	VolumetricPresentationInputSetSequence	Volumetric Presentation Input Set Sequence	1
0070120B		CS	GlobalCrop	Global Crop	1
0070120C		US	GlobalCroppingSpecificationIndex	Global Cropping Specification Index	1-n
0070120D		CS	RenderingMethod	Rendering Method	1
00701301		SQ	VolumeCroppingSequence	Volume Cropping Sequence	1
00701302		CS	VolumeCroppingMethod	Volume Cropping Method	1
00701303		FD	BoundingBoxCrop	Bounding Box Crop	6
00701304		SQ	ObliqueCroppingPlaneSequence	Oblique Cropping Plane Sequence	1
00701305		FD	Plane	Plane	4
00701306		FD	PlaneNormal	Plane Normal	3
00701309		US	CroppingSpecificationNumber	Cropping Specification Number	1
00701501		CS	MultiPlanarReconstructionStyle	Multi-Planar Reconstruction Style	1
00701502		CS	MPRThicknessType	MPR Thickness Type	1
00701503		FD	MPRSlabThickness	MPR Slab Thickness	1
00701505		FD	MPRTopLeftHandCorner	MPR Top Left Hand Corner	3
00701507		FD	MPRViewWidthDirection	MPR View Width Direction	3
00701508		FD	MPRViewWidth	MPR View Width	1
0070150C		UL	NumberOfVolumetricCurvePoints	Number of Volumetric Curve Points	1
0070150D		OD	VolumetricCurvePoints	Volumetric Curve Points	1
00701511		FD	MPRViewHeightDirection	MPR View Height Direction	3
00701512		FD	MPRViewHeight	MPR View Height	1
00701602		CS	RenderProjection	Render Projection	1
00701603		FD	ViewpointPosition	Viewpoint Position	3
00701604		FD	ViewpointLookAtPoint	Viewpoint LookAt Point	3
00701605		FD	ViewpointUpDirection	Viewpoint Up Direction	3
00701606		FD	RenderFieldOfView	Render Field of View	6
00701607		FD	SamplingStepSize	Sampling Step Size	1
00701701		CS	ShadingStyle	Shading Style	1
00701702		FD	AmbientReflectionIntensity	Ambient Reflection Intensity	1
00701703		FD	LightDirection	Light Direction	3
00701704		FD	DiffuseReflectionIntensity	Diffuse Reflection Intensity	1
00701705		FD	SpecularReflectionIntensity	Specular Reflection Intensity	1
00701706		FD	Shininess	Shininess	1
00701801		SQ	PresentationStateClassificationComponentSequence	Presentation State Classification Component Sequence	1
00701802		CS	ComponentType	Component Type	1
00701803		SQ	ComponentInputSequence	Component Input Sequence	1
00701804		US	VolumetricPresentationInputIndex	Volumetric Presentation Input Index	1
00701805		SQ	PresentationStateCompositorComponentSequence	Presentation State Compositor Component Sequence	1
00701806		SQ	WeightingTransferFunctionSequence	Weighting Transfer Function Sequence	1
00701807	R	US	WeightingLookupTableDescriptor	Weighting Lookup Table Descriptor	3
00701808	R	OB	WeightingLookupTableData	Weighting Lookup Table Data	1
00701901		SQ	VolumetricAnnotationSequence	Volumetric Annotation Sequence	1
00701903		SQ	ReferencedStructuredContextSequence	Referenced Structured Context Sequence	1
00701904		UI	ReferencedContentItem	Referenced Content Item	1
00701905		SQ	VolumetricPresentationInputAnnotationSequence	Volumetric Presentation Input Annotation Sequence	1
00701907		CS	AnnotationClipping	Annotation Clipping	1
00701A01		CS	PresentationAnimationStyle	Presentation Animation Style	1
00701A03		FD	RecommendedAnimationRate	Recommended Animation Rate	1
00701A04		SQ	AnimationCurveSequence	Animation Curve Sequence	1
00701A05		FD	AnimationStepSize	Animation Step Size	1
00701A06		FD	SwivelRange	Swivel Range	1
00701A07		OD	VolumetricCurveUpDirections	Volumetric Curve Up Directions	1
00701A08		SQ	VolumeStreamSequence	Volume Stream Sequence	1
00701A09		LO	RGBATransferFunctionDescription	RGBA Transfer Function Description	1
00701B01		SQ	AdvancedBlendingSequence	Advanced Blending Sequence	1
00701B02		US	BlendingInputNumber	Blending Input Number	1
00701B03		SQ	BlendingDisplayInputSequence	Blending Display Input Sequence	1
00701B04		SQ	BlendingDisplaySequence	Blending Display Sequence	1
00701B06		CS	BlendingMode	Blending Mode	1
00701B07		CS	TimeSeriesBlending	Time Series Blending	1
00701B08		CS	GeometryForDisplay	Geometry for Display	1
00701B11		SQ	ThresholdSequence	Threshold Sequence	1
00701B12		SQ	ThresholdValueSequence	Threshold Value Sequence	1
00701B13		CS	ThresholdType	Threshold Type	1
00701B14		FD	ThresholdValue	Threshold Value	1
00720002		SH	HangingProtocolName	Hanging Protocol Name	1
00720004		LO	HangingProtocolDescription	Hanging Protocol Description	1
00720006		CS	HangingProtocolLevel	Hanging Protocol Level	1
00720008		LO	HangingProtocolCreator	Hanging Protocol Creator	1
0072000A		DT	HangingProtocolCreationDateTime	Hanging Protocol Creation DateTime	1
0072000C		SQ	HangingProtocolDefinitionSequence	Hanging Protocol Definition Sequence	1
0072000E		SQ	HangingProtocolUserIdentificationCodeSequence	Hanging Protocol User Identification Code Sequence	1
00720010		LO	HangingProtocolUserGroupName	Hanging Protocol User Group Name	1
00720012		SQ	SourceHangingProtocolSequence	Source Hanging Protocol Sequence	1
00720014		US	NumberOfPriorsReferenced	Number of Priors Referenced	1
00720020		SQ	ImageSetsSequence	Image Sets Sequence	1
00720022		SQ	ImageSetSelectorSequence	Image Set Selector Sequence	1
00720024		CS	ImageSetSelectorUsageFlag	Image Set Selector Usage Flag	1
00720026		AT	SelectorAttribute	Selector Attribute	1
00720028		US	SelectorValueNumber	Selector Value Number	1
00720030		SQ	TimeBasedImageSetsSequence	Time Based Image Sets Sequence	1
00720032		US	ImageSetNumber	Image Set Number	1
00720034		CS	ImageSetSelectorCategory	Image Set Selector Category	1
00720038		US	RelativeTime	Relative Time	2
0072003A		CS	RelativeTimeUnits	Relative Time Units	1
0072003C		SS	AbstractPriorValue	Abstract Prior Value	2
0072003E		SQ	AbstractPriorCodeSequence	Abstract Prior Code Sequence	1
00720040		LO	ImageSetLabel	Image Set Label	1
00720050		CS	SelectorAttributeVR	Selector Attribute VR	1
00720052		AT	SelectorSequencePointer	Selector Sequence Pointer	1-n
00720054		LO	SelectorSequencePointerPrivateCreator	Selector Sequence Pointer Private Creator	1-n
00720056		LO	SelectorAttributePrivateCreator	Selector Attribute Private Creator	1
0072005E		AE	SelectorAEValue	Selector AE Value	1-n
0072005F		AS	SelectorASValue	Selector AS Value	1-n
00720060		AT	SelectorATValue	Selector AT Value	1-n
00720061		DA	SelectorDAValue	Selector DA Value	1-n
00720062		CS	SelectorCSValue	Selector CS Value	1-n
00720063		DT	SelectorDTValue	Selector DT Value	1-n
00720064		IS	SelectorISValue	Selector IS Value	1-n
00720065		OB	SelectorOBValue	Selector OB Value	1
00720066		LO	SelectorLOValue	Selector LO Value	1-n
00720067		OF	SelectorOFValue	Selector OF Value	1
00720068		LT	SelectorLTValue	Selector LT Value	1
00720069		OW	SelectorOWValue	Selector OW Value	1
0072006A		PN	SelectorPNValue	Selector PN Value	1-n
0072006B		TM	SelectorTMValue	Selector TM Value	1-n
0072006C		SH	SelectorSHValue	Selector SH Value	1-n
0072006D		UN	SelectorUNValue	Selector UN Value	1
0072006E		ST	SelectorSTValue	Selector ST Value	1
0072006F		UC	SelectorUCValue	Selector UC Value	1-n
00720070		UT	SelectorUTValue	Selector UT Value	1
00720071		UR	SelectorURValue	Selector UR Value	1
00720072		DS	SelectorDSValue	Selector DS Value	1-n
00720073		OD	SelectorODValue	Selector OD Value	1
00720074		FD	SelectorFDValue	Selector FD Value	1-n
00720075		OL	SelectorOLValue	Selector OL Value	1
00720076		FL	SelectorFLValue	Selector FL Value	1-n
00720078		UL	SelectorULValue	Selector UL Value	1-n
0072007A		US	SelectorUSValue	Selector US Value	1-n
0072007C		SL	SelectorSLValue	Selector SL Value	1-n
0072007E		SS	SelectorSSValue	Selector SS Value	1-n
0072007F		UI	SelectorUIValue	Selector UI Value	1-n
00720080		SQ	SelectorCodeSequenceValue	Selector Code Sequence Value	1
00720081		OV	SelectorOVValue	Selector OV Value	1
00720082		SV	SelectorSVValue	Selector SV Value	1-n
00720083		UV	SelectorUVValue	Selector UV Value	1-n
00720100		US	NumberOfScreens	Number of Screens	1
00720102		SQ	NominalScreenDefinitionSequence	Nominal Screen Definition Sequence	1
00720104		US	NumberOfVerticalPixels	Number of Vertical Pixels	1
00720106		US	NumberOfHorizontalPixels	Number of Horizontal Pixels	1
00720108		FD	DisplayEnvironmentSpatialPosition	Display Environment Spatial Position	4
0072010A		US	ScreenMinimumGrayscaleBitDepth	Screen Minimum Grayscale Bit Depth	1
0072010C		US	ScreenMinimumColorBitDepth	Screen Minimum Color Bit Depth	1
0072010E		US	ApplicationMaximumRepaintTime	Application Maximum Repaint Time	1
00720200		SQ	DisplaySetsSequence	Display Sets Sequence	1
00720202		US	DisplaySetNumber	Display Set Number	1
00720203		LO	DisplaySetLabel	Display Set Label	1
00720204		US	DisplaySetPresentationGroup	Display Set Presentation Group	1
00720206		LO	DisplaySetPresentationGroupDescription	Display Set Presentation Group Description	1
00720208		CS	PartialDataDisplayHandling	Partial Data Display Handling	1
00720210		SQ	SynchronizedScrollingSequence	Synchronized Scrolling Sequence	1
00720212		US	DisplaySetScrollingGroup	Display Set Scrolling Group	2-n
00720214		SQ	NavigationIndicatorSequence	Navigation Indicator Sequence	1
00720216		US	NavigationDisplaySet	Navigation Display Set	1
00720218		US	ReferenceDisplaySets	Reference Display Sets	1-n
00720300		SQ	ImageBoxesSequence	Image Boxes Sequence	1
00720302		US	ImageBoxNumber	Image Box Number	1
00720304		CS	ImageBoxLayoutType	Image Box Layout Type	1
00720306		US	ImageBoxTileHorizontalDimension	Image Box Tile Horizontal Dimension	1
00720308		US	ImageBoxTileVerticalDimension	Image Box Tile Vertical Dimension	1
00720310		CS	ImageBoxScrollDirection	Image Box Scroll Direction	1
00720312		CS	ImageBoxSmallScrollType	Image Box Small Scroll Type	1
00720314		US	ImageBoxSmallScrollAmount	Image Box Small Scroll Amount	1
00720316		CS	ImageBoxLargeScrollType	Image Box Large Scroll Type	1
00720318		US	ImageBoxLargeScrollAmount	Image Box Large Scroll Amount	1
00720320		US	ImageBoxOverlapPriority	Image Box Overlap Priority	1
00720330		FD	CineRelativeToRealTime	Cine Relative to Real-Time	1
00720400		SQ	FilterOperationsSequence	Filter Operations Sequence	1
00720402		CS	FilterByCategory	Filter-by Category	1
00720404		CS	FilterByAttributePresence	Filter-by Attribute Presence	1
00720406		CS	FilterByOperator	Filter-by Operator	1
00720420		US	StructuredDisplayBackgroundCIELabValue	Structured Display Background CIELab Value	3
00720421		US	EmptyImageBoxCIELabValue	Empty Image Box CIELab Value	3
00720422		SQ	StructuredDisplayImageBoxSequence	Structured Display Image Box Sequence	1
00720424		SQ	StructuredDisplayTextBoxSequence	Structured Display Text Box Sequence	1
00720427		SQ	ReferencedFirstFrameSequence	Referenced First Frame Sequence	1
00720430		SQ	ImageBoxSynchronizationSequence	Image Box Synchronization Sequence	1
00720432		US	SynchronizedImageBoxList	Synchronized Image Box List	2-n
00720434		CS	TypeOfSynchronization	Type of Synchronization	1
00720500		CS	BlendingOperationType	Blending Operation Type	1
00720510		CS	ReformattingOperationType	Reformatting Operation Type	1
00720512		FD	ReformattingThickness	Reformatting Thickness	1
00720514		FD	ReformattingInterval	Reformatting Interval	1
00720516		CS	ReformattingOperationInitialViewDirection	Reformatting Operation Initial View Direction	1
00720520		CS	ThreeDRenderingType	3D Rendering Type	1-n
00720600		SQ	SortingOperationsSequence	Sorting Operations Sequence	1
00720602		CS	SortByCategory	Sort-by Category	1
00720604		CS	SortingDirection	Sorting Direction	1
00720700		CS	DisplaySetPatientOrientation	Display Set Patient Orientation	2
00720702		CS	VOIType	VOI Type	1
00720704		CS	PseudoColorType	Pseudo-Color Type	1
00720705		SQ	PseudoColorPaletteInstanceReferenceSequence	Pseudo-Color Palette Instance Reference Sequence	1
00720706		CS	ShowGrayscaleInverted	Show Grayscale Inverted	1
00720710		CS	ShowImageTrueSizeFlag	Show Image True Size Flag	1
00720712		CS	ShowGraphicAnnotationFlag	Show Graphic Annotation Flag	1
00720714		CS	ShowPatientDemographicsFlag	Show Patient Demographics Flag	1
00720716		CS	ShowAcquisitionTechniquesFlag	Show Acquisition Techniques Flag	1
00720717		CS	DisplaySetHorizontalJustification	Display Set Horizontal Justification	1
00720718		CS	DisplaySetVerticalJustification	Display Set Vertical Justification	1
00740120		FD	ContinuationStartMeterset	Continuation Start Meterset	1
00740121		FD	ContinuationEndMeterset	Continuation End Meterset	1
00741000		CS	ProcedureStepState	Procedure Step State	1
00741002		SQ	ProcedureStepProgressInformationSequence	Procedure Step Progress Information Sequence	1
00741004		DS	ProcedureStepProgress	Procedure Step Progress	1
00741006		ST	ProcedureStepProgressDescription	Procedure Step Progress Description	1
00741007		SQ	ProcedureStepProgressParametersSequence	Procedure Step Progress Parameters Sequence	1
00741008		SQ	ProcedureStepCommunicationsURISequence	Procedure Step Communications URI Sequence	1
0074100A		UR	ContactURI	Contact URI	1
0074100C		LO	ContactDisplayName	Contact Display Name	1
0074100E		SQ	ProcedureStepDiscontinuationReasonCodeSequence	Procedure Step Discontinuation Reason Code Sequence	1
00741020		SQ	BeamTaskSequence	Beam Task Sequence	1
00741022		CS	BeamTaskType	Beam Task Type	1
00741024	R	IS	BeamOrderIndexTrial	Beam Order Index (Trial)	1
00741025		CS	AutosequenceFlag	Autosequence Flag	1
00741026		FD	TableTopVerticalAdjustedPosition	Table Top Vertical Adjusted Position	1
00741027		FD	TableTopLongitudinalAdjustedPosition	Table Top Longitudinal Adjusted Position	1
00741028		FD	TableTopLateralAdjustedPosition	Table Top Lateral Adjusted Position	1
0074102A		FD	PatientSupportAdjustedAngle	Patient Support Adjusted Angle	1
0074102B		FD	TableTopEccentricAdjustedAngle	Table Top Eccentric Adjusted Angle	1
0074102C		FD	TableTopPitchAdjustedAngle	Table Top Pitch Adjusted Angle	1
0074102D		FD	TableTopRollAdjustedAngle	Table Top Roll Adjusted Angle	1
00741030		SQ	DeliveryVerificationImageSequence	Delivery Verification Image Sequence	1
00741032		CS	VerificationImageTiming	Verification Image Timing	1
00741034		CS	DoubleExposureFlag	Double Exposure Flag	1
00741036		CS	DoubleExposureOrdering	Double Exposure Ordering	1
00741038	R	DS	DoubleExposureMetersetTrial	Double Exposure Meterset (Trial)	1
0074103A	R	DS	DoubleExposureFieldDeltaTrial	Double Exposure Field Delta (Trial)	4
00741040		SQ	RelatedReferenceRTImageSequence	Related Reference RT Image Sequence	1
00741042		SQ	GeneralMachineVerificationSequence	General Machine Verification Sequence	1
00741044		SQ	ConventionalMachineVerificationSequence	Conventional Machine Verification Sequence	1
00741046		SQ	IonMachineVerificationSequence	Ion Machine Verification Sequence	1
00741048		SQ	FailedAttributesSequence	Failed Attributes Sequence	1
0074104A		SQ	OverriddenAttributesSequence	Overridden Attributes Sequence	1
0074104C		SQ	ConventionalControlPointVerificationSequence	Conventional Control Point Verification Sequence	1
0074104E		SQ	IonControlPointVerificationSequence	Ion Control Point Verification Sequence	1
00741050		SQ	AttributeOccurrenceSequence	Attribute Occurrence Sequence	1
00741052		AT	AttributeOccurrencePointer	Attribute Occurrence Pointer	1
00741054		UL	AttributeItemSelector	Attribute Item Selector	1
00741056		LO	AttributeOccurrencePrivateCreator	Attribute Occurrence Private Creator	1
00741057		IS	SelectorSequencePointerItems	Selector Sequence Pointer Items	1-n
00741200		CS	ScheduledProcedureStepPriority	Scheduled Procedure Step Priority	1
00741202		LO	WorklistLabel	Worklist Label	1
00741204		LO	ProcedureStepLabel	Procedure Step Label	1
00741210		SQ	ScheduledProcessingParametersSequence	Scheduled Processing Parameters Sequence	1
00741212		SQ	PerformedProcessingParametersSequence	Performed Processing Parameters Sequence	1
00741216		SQ	UnifiedProcedureStepPerformedProcedureSequence	Unified Procedure Step Performed Procedure Sequence	1
00741220	R	SQ	RelatedProcedureStepSequence	Related Procedure Step Sequence	1
00741222	R	LO	ProcedureStepRelationshipType	Procedure Step Relationship Type	1
00741224		SQ	ReplacedProcedureStepSequence	Replaced Procedure Step Sequence	1
00741230		LO	DeletionLock	Deletion Lock	1
00741234		AE	ReceivingAE	Receiving AE	1
00741236		AE	RequestingAE	Requesting AE	1
00741238		LT	ReasonForCancellation	Reason for Cancellation	1
00741242		CS	SCPStatus	SCP Status	1
00741244		CS	SubscriptionListStatus	Subscription List Status	1
00741246		CS	UnifiedProcedureStepListStatus	Unified Procedure Step List Status	1
00741324		UL	BeamOrderIndex	Beam Order Index	1
00741338		FD	DoubleExposureMeterset	Double Exposure Meterset	1
0074133A		FD	DoubleExposureFieldDelta	Double Exposure Field Delta	4
00741401		SQ	BrachyTaskSequence	Brachy Task Sequence	1
00741402		DS	ContinuationStartTotalReferenceAirKerma	Continuation Start Total Reference Air Kerma	1
00741403		DS	ContinuationEndTotalReferenceAirKerma	Continuation End Total Reference Air Kerma	1
00741404		IS	ContinuationPulseNumber	Continuation Pulse Number	1
00741405		SQ	ChannelDeliveryOrderSequence	Channel Delivery Order Sequence	1
00741406		IS	ReferencedChannelNumber	Referenced Channel Number	1
00741407		DS	StartCumulativeTimeWeight	Start Cumulative Time Weight	1
00741408		DS	EndCumulativeTimeWeight	End Cumulative Time Weight	1
00741409		SQ	OmittedChannelSequence	Omitted Channel Sequence	1
0074140A		CS	ReasonForChannelOmission	Reason for Channel Omission	1
0074140B		LO	ReasonForChannelOmissionDescription	Reason for Channel Omission Description	1
0074140C		IS	ChannelDeliveryOrderIndex	Channel Delivery Order Index	1
0074140D		SQ	ChannelDeliveryContinuationSequence	Channel Delivery Continuation Sequence	1
0074140E		SQ	OmittedApplicationSetupSequence	Omitted Application Setup Sequence	1
00760001		LO	ImplantAssemblyTemplateName	Implant Assembly Template Name	1
00760003		LO	ImplantAssemblyTemplateIssuer	Implant Assembly Template Issuer	1
00760006		LO	ImplantAssemblyTemplateVersion	Implant Assembly Template Version	1
00760008		SQ	ReplacedImplantAssemblyTemplateSequence	Replaced Implant Assembly Template Sequence	1
0076000A		CS	ImplantAssemblyTemplateType	Implant Assembly Template Type	1
0076000C		SQ	OriginalImplantAssemblyTemplateSequence	Original Implant Assembly Template Sequence	1
0076000E		SQ	DerivationImplantAssemblyTemplateSequence	Derivation Implant Assembly Template Sequence	1
00760010		SQ	ImplantAssemblyTemplateTargetAnatomySequence	Implant Assembly Template Target Anatomy Sequence	1
00760020		SQ	ProcedureTypeCodeSequence	Procedure Type Code Sequence	1
00760030		LO	SurgicalTechnique	Surgical Technique	1
00760032		SQ	ComponentTypesSequence	Component Types Sequence	1
00760034		SQ	ComponentTypeCodeSequence	Component Type Code Sequence	1
00760036		CS	ExclusiveComponentType	Exclusive Component Type	1
00760038		CS	MandatoryComponentType	Mandatory Component Type	1
00760040		SQ	ComponentSequence	Component Sequence	1
00760055		US	ComponentID	Component ID	1
00760060		SQ	ComponentAssemblySequence	Component Assembly Sequence	1
00760070		US	Component1ReferencedID	Component 1 Referenced ID	1
00760080		US	Component1ReferencedMatingFeatureSetID	Component 1 Referenced Mating Feature Set ID	1
00760090		US	Component1ReferencedMatingFeatureID	Component 1 Referenced Mating Feature ID	1
007600A0		US	Component2ReferencedID	Component 2 Referenced ID	1
007600B0		US	Component2ReferencedMatingFeatureSetID	Component 2 Referenced Mating Feature Set ID	1
007600C0		US	Component2ReferencedMatingFeatureID	Component 2 Referenced Mating Feature ID	1
00780001		LO	ImplantTemplateGroupName	Implant Template Group Name	1
00780010		ST	ImplantTemplateGroupDescription	Implant Template Group Description	1
00780020		LO	ImplantTemplateGroupIssuer	Implant Template Group Issuer	1
00780024		LO	ImplantTemplateGroupVersion	Implant Template Group Version	1
00780026		SQ	ReplacedImplantTemplateGroupSequence	Replaced Implant Template Group Sequence	1
00780028		SQ	ImplantTemplateGroupTargetAnatomySequence	Implant Template Group Target Anatomy Sequence	1
0078002A		SQ	ImplantTemplateGroupMembersSequence	Implant Template Group Members Sequence	1
0078002E		US	ImplantTemplateGroupMemberID	Implant Template Group Member ID	1
00780050		FD	ThreeDImplantTemplateGroupMemberMatchingPoint	3D Implant Template Group Member Matching Point	3
00780060		FD	ThreeDImplantTemplateGroupMemberMatchingAxes	3D Implant Template Group Member Matching Axes	9
00780070		SQ	ImplantTemplateGroupMemberMatching2DCoordinatesSequence	Implant Template Group Member Matching 2D Coordinates Sequence	1
00780090		FD	TwoDImplantTemplateGroupMemberMatchingPoint	2D Implant Template Group Member Matching Point	2
007800A0		FD	TwoDImplantTemplateGroupMemberMatchingAxes	2D Implant Template Group Member Matching Axes	4
007800B0		SQ	ImplantTemplateGroupVariationDimensionSequence	Implant Template Group Variation Dimension Sequence	1
007800B2		LO	ImplantTemplateGroupVariationDimensionName	Implant Template Group Variation Dimension Name	1
007800B4		SQ	ImplantTemplateGroupVariationDimensionRankSequence	Implant Template Group Variation Dimension Rank Sequence	1
007800B6		US	ReferencedImplantTemplateGroupMemberID	Referenced Implant Template Group Member ID	1
007800B8		US	ImplantTemplateGroupVariationDimensionRank	Implant Template Group Variation Dimension Rank	1
00800001		SQ	SurfaceScanAcquisitionTypeCodeSequence	Surface Scan Acquisition Type Code Sequence	1
00800002		SQ	SurfaceScanModeCodeSequence	Surface Scan Mode Code Sequence	1
00800003		SQ	RegistrationMethodCodeSequence	Registration Method Code Sequence	1
00800004		FD	ShotDurationTime	Shot Duration Time	1
00800005		FD	ShotOffsetTime	Shot Offset Time	1
00800006		US	SurfacePointPresentationValueData	Surface Point Presentation Value Data	1-n
00800007		US	SurfacePointColorCIELabValueData	Surface Point Color CIELab Value Data	3-3n
00800008		SQ	UVMappingSequence	UV Mapping Sequence	1
00800009		SH	TextureLabel	Texture Label	1
00800010		OF	UValueData	U Value Data	1
00800011		OF	VValueData	V Value Data	1
00800012		SQ	ReferencedTextureSequence	Referenced Texture Sequence	1
00800013		SQ	ReferencedSurfaceDataSequence	Referenced Surface Data Sequence	1
00820001		CS	AssessmentSummary	Assessment Summary	1
00820003		UT	AssessmentSummaryDescription	Assessment Summary Description	1
00820004		SQ	AssessedSOPInstanceSequence	Assessed SOP Instance Sequence	1
00820005		SQ	ReferencedComparisonSOPInstanceSequence	Referenced Comparison SOP Instance Sequence	1
00820006		UL	NumberOfAssessmentObservations	Number of Assessment Observations	1
00820007		SQ	AssessmentObservationsSequence	Assessment Observations Sequence	1
00820008		CS	ObservationSignificance	Observation Significance	1
0082000A		UT	ObservationDescription	Observation Description	1
0082000C		SQ	StructuredConstraintObservationSequence	Structured Constraint Observation Sequence	1
00820010		SQ	AssessedAttributeValueSequence	Assessed Attribute Value Sequence	1
00820016		LO	AssessmentSetID	Assessment Set ID	1
00820017		SQ	AssessmentRequesterSequence	Assessment Requester Sequence	1
00820018		LO	SelectorAttributeName	Selector Attribute Name	1
00820019		LO	SelectorAttributeKeyword	Selector Attribute Keyword	1
00820021		SQ	AssessmentTypeCodeSequence	Assessment Type Code Sequence	1
00820022		SQ	ObservationBasisCodeSequence	Observation Basis Code Sequence	1
00820023		LO	AssessmentLabel	Assessment Label	1
00820032		CS	ConstraintType	Constraint Type	1
00820033		UT	SpecificationSelectionGuidance	Specification Selection Guidance	1
00820034		SQ	ConstraintValueSequence	Constraint Value Sequence	1
00820035		SQ	RecommendedDefaultValueSequence	Recommended Default Value Sequence	1
00820036		CS	ConstraintViolationSignificance	Constraint Violation Significance	1
00820037		UT	ConstraintViolationCondition	Constraint Violation Condition	1
00820038		CS	ModifiableConstraintFlag	Modifiable Constraint Flag	1
00880130		SH	StorageMediaFileSetID	Storage Media File-set ID	1
00880140		UI	StorageMediaFileSetUID	Storage Media File-set UID	1
00880200		SQ	IconImageSequence	Icon Image Sequence	1
00880904	R	LO	TopicTitle	Topic Title	1
00880906	R	ST	TopicSubject	Topic Subject	1
00880910	R	LO	TopicAuthor	Topic Author	1
00880912	R	LO	TopicKeywords	Topic Keywords	1-32
01000410		CS	SOPInstanceStatus	SOP Instance Status	1
01000420		DT	SOPAuthorizationDateTime	SOP Authorization DateTime	1
01000424		LT	SOPAuthorizationComment	SOP Authorization Comment	1
01000426		LO	AuthorizationEquipmentCertificationNumber	Authorization Equipment Certification Number	1
04000005		US	MACIDNumber	MAC ID Number	1
04000010		UI	MACCalculationTransferSyntaxUID	MAC Calculation Transfer Syntax UID	1
04000015		CS	MACAlgorithm	MAC Algorithm	1
04000020		AT	DataElementsSigned	Data Elements Signed	1-n
04000100		UI	DigitalSignatureUID	Digital Signature UID	1
04000105		DT	DigitalSignatureDateTime	Digital Signature DateTime	1
04000110		CS	CertificateType	Certificate Type	1
04000115		OB	CertificateOfSigner	Certificate of Signer	1
04000120		OB	Signature	Signature	1
04000305		CS	CertifiedTimestampType	Certified Timestamp Type	1
04000310		OB	CertifiedTimestamp	Certified Timestamp	1
04000315	R	FL			1
04000401		SQ	DigitalSignaturePurposeCodeSequence	Digital Signature Purpose Code Sequence	1
04000402		SQ	ReferencedDigitalSignatureSequence	Referenced Digital Signature Sequence	1
04000403		SQ	ReferencedSOPInstanceMACSequence	Referenced SOP Instance MAC Sequence	1
04000404		OB	MAC	MAC	1
04000500		SQ	EncryptedAttributesSequence	Encrypted Attributes Sequence	1
04000510		UI	EncryptedContentTransferSyntaxUID	Encrypted Content Transfer Syntax UID	1
04000520		OB	EncryptedContent	Encrypted Content	1
04000550		SQ	ModifiedAttributesSequence	Modified Attributes Sequence	1
04000551		SQ	NonconformingModifiedAttributesSequence	Nonconforming Modified Attributes Sequence	1
04000552		OB	NonconformingDataElementValue	Nonconforming Data Element Value	1
04000561		SQ	OriginalAttributesSequence	Original Attributes Sequence	1
04000562		DT	AttributeModificationDateTime	Attribute Modification DateTime	1
04000563		LO	ModifyingSystem	Modifying System	1
04000564		LO	SourceOfPreviousValues	Source of Previous Values	1
04000565		CS	ReasonForTheAttributeModification	Reason for the Attribute Modification	1
04000600		CS	InstanceOriginStatus	Instance Origin Status	1
20000010		IS	NumberOfCopies	Number of Copies	1
2000001E		SQ	PrinterConfigurationSequence	Printer Configuration Sequence	1
20000020		CS	PrintPriority	Print Priority	1
20000030		CS	MediumType	Medium Type	1
20000040		CS	FilmDestination	Film Destination	1
20000050		LO	FilmSessionLabel	Film Session Label	1
20000060		IS	MemoryAllocation	Memory Allocation	1
20000061		IS	MaximumMemoryAllocation	Maximum Memory Allocation	1
20000062	R	CS	ColorImagePrintingFlag	Color Image Printing Flag	1
20000063	R	CS	CollationFlag	Collation Flag	1
20000065	R	CS	AnnotationFlag	Annotation Flag	1
20000067	R	CS	ImageOverlayFlag	Image Overlay Flag	1
20000069	R	CS	PresentationLUTFlag	Presentation LUT Flag	1
2000006A	R	CS	ImageBoxPresentationLUTFlag	Image Box Presentation LUT Flag	1
200000A0		US	MemoryBitDepth	Memory Bit Depth	1
200000A1		US	PrintingBitDepth	Printing Bit Depth	1
200000A2		SQ	MediaInstalledSequence	Media Installed Sequence	1
200000A4		SQ	OtherMediaAvailableSequence	Other Media Available Sequence	1
200000A8		SQ	SupportedImageDisplayFormatsSequence	Supported Image Display Formats Sequence	1
20000500		SQ	ReferencedFilmBoxSequence	Referenced Film Box Sequence	1
20000510	R	SQ	ReferencedStoredPrintSequence	Referenced Stored Print Sequence	1
20100010		ST	ImageDisplayFormat	Image Display Format	1
20100030		CS	AnnotationDisplayFormatID	Annotation Display Format ID	1
20100040		CS	FilmOrientation	Film Orientation	1
20100050		CS	FilmSizeID	Film Size ID	1
20100052		CS	PrinterResolutionID	Printer Resolution ID	1
20100054		CS	DefaultPrinterResolutionID	Default Printer Resolution ID	1
20100060		CS	MagnificationType	Magnification Type	1
20100080		CS	SmoothingType	Smoothing Type	1
201000A6		CS	DefaultMagnificationType	Default Magnification Type	1
201000A7		CS	OtherMagnificationTypesAvailable	Other Magnification Types Available	1-n
201000A8		CS	DefaultSmoothingType	Default Smoothing Type	1
201000A9		CS	OtherSmoothingTypesAvailable	Other Smoothing Types Available	1-n
20100100		CS	BorderDensity	Border Density	1
20100110		CS	EmptyImageDensity	Empty Image Density	1
20100120		US	MinDensity	Min Density	1
20100130		US	MaxDensity	Max Density	1
20100140		CS	Trim	Trim	1
20100150		ST	ConfigurationInformation	Configuration Information	1
20100152		LT	ConfigurationInformationDescription	Configuration Information Description	1
20100154		IS	MaximumCollatedFilms	Maximum Collated Films	1
2010015E		US	Illumination	Illumination	1
20100160		US	ReflectedAmbientLight	Reflected Ambient Light	1
20100376		DS	PrinterPixelSpacing	Printer Pixel Spacing	2
20100500		SQ	ReferencedFilmSessionSequence	Referenced Film Session Sequence	1
20100510		SQ	ReferencedImageBoxSequence	Referenced Image Box Sequence	1
20100520		SQ	ReferencedBasicAnnotationBoxSequence	Referenced Basic Annotation Box Sequence	1
20200010		US	ImageBoxPosition	Image Box Position	1
20200020		CS	Polarity	Polarity	1
20200030		DS	RequestedImageSize	Requested Image Size	1
20200040		CS	RequestedDecimateCropBehavior	Requested Decimate/Crop Behavior	1
20200050		CS	RequestedResolutionID	Requested Resolution ID	1
202000A0		CS	RequestedImageSizeFlag	Requested Image Size Flag	1
202000A2		CS	DecimateCropResult	Decimate/Crop Result	1
20200110		SQ	BasicGrayscaleImageSequence	Basic Grayscale Image Sequence	1
20200111		SQ	BasicColorImageSequence	Basic Color Image Sequence	1
20200130	R	SQ	ReferencedImageOverlayBoxSequence	Referenced Image Overlay Box Sequence	1
20200140	R	SQ	ReferencedVOILUTBoxSequence	Referenced VOI LUT Box Sequence	1
20300010		US	AnnotationPosition	Annotation Position	1
20300020		LO	TextString	Text String	1
20400010	R	SQ	ReferencedOverlayPlaneSequence	Referenced Overlay Plane Sequence	1
20400011	R	US	ReferencedOverlayPlaneGroups	Referenced Overlay Plane Groups	1-99
20400020	R	SQ	OverlayPixelDataSequence	Overlay Pixel Data Sequence	1
20400060	R	CS	OverlayMagnificationType	Overlay Magnification Type	1
20400070	R	CS	OverlaySmoothingType	Overlay Smoothing Type	1
20400072	R	CS	OverlayOrImageMagnification	Overlay or Image Magnification	1
20400074	R	US	MagnifyToNumberOfColumns	Magnify to Number of Columns	1
20400080	R	CS	OverlayForegroundDensity	Overlay Foreground Density	1
20400082	R	CS	OverlayBackgroundDensity	Overlay Background Density	1
20400090	R	CS	OverlayMode	Overlay Mode	1
20400100	R	CS	ThresholdDensity	Threshold Density	1
20400500	R	SQ	ReferencedImageBoxSequenceRetired	Referenced Image Box Sequence (Retired)	1
20500010		SQ	PresentationLUTSequence	Presentation LUT Sequence	1
20500020		CS	PresentationLUTShape	Presentation LUT Shape	1
20500500		SQ	ReferencedPresentationLUTSequence	Referenced Presentation LUT Sequence	1
21000010	R	SH	PrintJobID	Print Job ID	1
21000020		CS	ExecutionStatus	Execution Status	1
21000030		CS	ExecutionStatusInfo	Execution Status Info	1
21000040		DA	CreationDate	Creation Date	1
21000050		TM	CreationTime	Creation Time	1
21000070		AE	Originator	Originator	1
21000140		AE	DestinationAE	Destination AE	1
21000160		SH	OwnerID	Owner ID	1
21000170		IS	NumberOfFilms	Number of Films	1
21000500	R	SQ	ReferencedPrintJobSequencePullStoredPrint	Referenced Print Job Sequence (Pull Stored Print)	1
21100010		CS	PrinterStatus	Printer Status	1
21100020		CS	PrinterStatusInfo	Printer Status Info	1
21100030		LO	PrinterName	Printer Name	1
21100099	R	SH	PrintQueueID	Print Queue ID	1
21200010	R	CS	QueueStatus	Queue Status	1
21200050	R	SQ	PrintJobDescriptionSequence	Print Job Description Sequence	1
21200070	R	SQ	ReferencedPrintJobSequence	Referenced Print Job Sequence	1
21300010	R	SQ	PrintManagementCapabilitiesSequence	Print Management Capabilities Sequence	1
21300015	R	SQ	PrinterCharacteristicsSequence	Printer Characteristics Sequence	1
21300030	R	SQ	FilmBoxContentSequence	Film Box Content Sequence	1
21300040	R	SQ	ImageBoxContentSequence	Image Box Content Sequence	1
21300050	R	SQ	AnnotationContentSequence	Annotation Content Sequence	1
21300060	R	SQ	ImageOverlayBoxContentSequence	Image Overlay Box Content Sequence	1
21300080	R	SQ	PresentationLUTContentSequence	Presentation LUT Content Sequence	1
213000A0		SQ	ProposedStudySequence	Proposed Study Sequence	1
213000C0		SQ	OriginalImageSequence	Original Image Sequence	1
22000001		CS	LabelUsingInformationExtractedFromInstances	Label Using Information Extracted From Instances	1
22000002		UT	LabelText	Label Text	1
22000003		CS	LabelStyleSelection	Label Style Selection	1
22000004		LT	MediaDisposition	Media Disposition	1
22000005		LT	BarcodeValue	Barcode Value	1
22000006		CS	BarcodeSymbology	Barcode Symbology	1
22000007		CS	AllowMediaSplitting	Allow Media Splitting	1
22000008		CS	IncludeNonDICOMObjects	Include Non-DICOM Objects	1
22000009		CS	IncludeDisplayApplication	Include Display Application	1
2200000A		CS	PreserveCompositeInstancesAfterMediaCreation	Preserve Composite Instances After Media Creation	1
2200000B		US	TotalNumberOfPiecesOfMediaCreated	Total Number of Pieces of Media Created	1
2200000C		LO	RequestedMediaApplicationProfile	Requested Media Application Profile	1
2200000D		SQ	ReferencedStorageMediaSequence	Referenced Storage Media Sequence	1
2200000E		AT	FailureAttributes	Failure Attributes	1-n
2200000F		CS	AllowLossyCompression	Allow Lossy Compression	1
22000020		CS	RequestPriority	Request Priority	1
30020002		SH	RTImageLabel	RT Image Label	1
30020003		LO	RTImageName	RT Image Name	1
30020004		ST	RTImageDescription	RT Image Description	1
3002000A		CS	ReportedValuesOrigin	Reported Values Origin	1
3002000C		CS	RTImagePlane	RT Image Plane	1
3002000D		DS	XRayImageReceptorTranslation	X-Ray Image Receptor Translation	3
3002000E		DS	XRayImageReceptorAngle	X-Ray Image Receptor Angle	1
30020010		DS	RTImageOrientation	RT Image Orientation	6
30020011		DS	ImagePlanePixelSpacing	Image Plane Pixel Spacing	2
30020012		DS	RTImagePosition	RT Image Position	2
30020020		SH	RadiationMachineName	Radiation Machine Name	1
30020022		DS	RadiationMachineSAD	Radiation Machine SAD	1
30020024		DS	RadiationMachineSSD	Radiation Machine SSD	1
30020026		DS	RTImageSID	RT Image SID	1
30020028		DS	SourceToReferenceObjectDistance	Source to Reference Object Distance	1
30020029		IS	FractionNumber	Fraction Number	1
30020030		SQ	ExposureSequence	Exposure Sequence	1
30020032		DS	MetersetExposure	Meterset Exposure	1
30020034		DS	DiaphragmPosition	Diaphragm Position	4
30020040		SQ	FluenceMapSequence	Fluence Map Sequence	1
30020041		CS	FluenceDataSource	Fluence Data Source	1
30020042		DS	FluenceDataScale	Fluence Data Scale	1
30020050		SQ	PrimaryFluenceModeSequence	Primary Fluence Mode Sequence	1
30020051		CS	FluenceMode	Fluence Mode	1
30020052		SH	FluenceModeID	Fluence Mode ID	1
30020100		IS	SelectedFrameNumber	Selected Frame Number	1
30020101		SQ	SelectedFrameFunctionalGroupsSequence	Selected Frame Functional Groups Sequence	1
30020102		SQ	RTImageFrameGeneralContentSequence	RT Image Frame General Content Sequence	1
30020103		SQ	RTImageFrameContextSequence	RT Image Frame Context Sequence	1
30020104		SQ	RTImageScopeSequence	RT Image Scope Sequence	1
30020105		CS	BeamModifierCoordinatesPresenceFlag	Beam Modifier Coordinates Presence Flag	1
30020106		FD	StartCumulativeMeterset	Start Cumulative Meterset	1
30020107		FD	StopCumulativeMeterset	Stop Cumulative Meterset	1
30020108		SQ	RTAcquisitionPatientPositionSequence	RT Acquisition Patient Position Sequence	1
30020109		SQ	RTImageFrameImagingDevicePositionSequence	RT Image Frame Imaging Device Position Sequence	1
3002010A		SQ	RTImageFramekVRadiationAcquisitionSequence	RT Image Frame kV Radiation Acquisition Sequence	1
3002010B		SQ	RTImageFrameMVRadiationAcquisitionSequence	RT Image Frame MV Radiation Acquisition Sequence	1
3002010C		SQ	RTImageFrameRadiationAcquisitionSequence	RT Image Frame Radiation Acquisition Sequence	1
3002010D		SQ	ImagingSourcePositionSequence	Imaging Source Position Sequence	1
3002010E		SQ	ImageReceptorPositionSequence	Image Receptor Position Sequence	1
3002010F		FD	DevicePositionToEquipmentMappingMatrix	Device Position to Equipment Mapping Matrix	16
30020110		SQ	DevicePositionParameterSequence	Device Position Parameter Sequence	1
30020111		CS	ImagingSourceLocationSpecificationType	Imaging Source Location Specification Type	1
30020112		SQ	ImagingDeviceLocationMatrixSequence	Imaging Device Location Matrix Sequence	1
30020113		SQ	ImagingDeviceLocationParameterSequence	Imaging Device Location Parameter Sequence	1
30020114		SQ	ImagingApertureSequence	Imaging Aperture Sequence	1
30020115		CS	ImagingApertureSpecificationType	Imaging Aperture Specification Type	1
30020116		US	NumberOfAcquisitionDevices	Number of Acquisition Devices	1
30020117		SQ	AcquisitionDeviceSequence	Acquisition Device Sequence	1
30020118		SQ	AcquisitionTaskSequence	Acquisition Task Sequence	1
30020119		SQ	AcquisitionTaskWorkitemCodeSequence	Acquisition Task Workitem Code Sequence	1
3002011A		SQ	AcquisitionSubtaskSequence	Acquisition Subtask Sequence	1
3002011B		SQ	SubtaskWorkitemCodeSequence	Subtask Workitem Code Sequence	1
3002011C		US	AcquisitionTaskIndex	Acquisition Task Index	1
3002011D		US	AcquisitionSubtaskIndex	Acquisition Subtask Index	1
3002011E		SQ	ReferencedBaselineParametersRTRadiationInstanceSequence	Referenced Baseline Parameters RT Radiation Instance Sequence	1
3002011F		SQ	PositionAcquisitionTemplateIdentificationSequence	Position Acquisition Template Identification Sequence	1
30020120		ST	PositionAcquisitionTemplateID	Position Acquisition Template ID	1
30020121		LO	PositionAcquisitionTemplateName	Position Acquisition Template Name	1
30020122		SQ	PositionAcquisitionTemplateCodeSequence	Position Acquisition Template Code Sequence	1
30020123		LT	PositionAcquisitionTemplateDescription	Position Acquisition Template Description	1
30020124		SQ	AcquisitionTaskApplicabilitySequence	Acquisition Task Applicability Sequence	1
30020125		SQ	ProjectionImagingAcquisitionParameterSequence	Projection Imaging Acquisition Parameter Sequence	1
30020126		SQ	CTImagingAcquisitionParameterSequence	CT Imaging Acquisition Parameter Sequence	1
30020127		SQ	KVImagingGenerationParametersSequence	KV Imaging Generation Parameters Sequence	1
30020128		SQ	MVImagingGenerationParametersSequence	MV Imaging Generation Parameters Sequence	1
30020129		CS	AcquisitionSignalType	Acquisition Signal Type	1
3002012A		CS	AcquisitionMethod	Acquisition Method	1
3002012B		SQ	ScanStartPositionSequence	Scan Start Position Sequence	1
3002012C		SQ	ScanStopPositionSequence	Scan Stop Position Sequence	1
3002012D		FD	ImagingSourceToBeamModifierDefinitionPlaneDistance	Imaging Source to Beam Modifier Definition Plane Distance	1
3002012E		CS	ScanArcType	Scan Arc Type	1
3002012F		CS	DetectorPositioningType	Detector Positioning Type	1
30020130		SQ	AdditionalRTAccessoryDeviceSequence	Additional RT Accessory Device Sequence	1
30020131		SQ	DeviceSpecificAcquisitionParameterSequence	Device-Specific Acquisition Parameter Sequence	1
30020132		SQ	ReferencedPositionReferenceInstanceSequence	Referenced Position Reference Instance Sequence	1
30020133		SQ	EnergyDerivationCodeSequence	Energy Derivation Code Sequence	1
30020134		FD	MaximumCumulativeMetersetExposure	Maximum Cumulative Meterset Exposure	1
30020135		SQ	AcquisitionInitiationSequence	Acquisition Initiation Sequence	1
30040001		CS	DVHType	DVH Type	1
30040002		CS	DoseUnits	Dose Units	1
30040004		CS	DoseType	Dose Type	1
30040005		CS	SpatialTransformOfDose	Spatial Transform of Dose	1
30040006		LO	DoseComment	Dose Comment	1
30040008		DS	NormalizationPoint	Normalization Point	3
3004000A		CS	DoseSummationType	Dose Summation Type	1
3004000C		DS	GridFrameOffsetVector	Grid Frame Offset Vector	2-n
3004000E		DS	DoseGridScaling	Dose Grid Scaling	1
30040010	R	SQ	RTDoseROISequence	RT Dose ROI Sequence	1
30040012	R	DS	DoseValue	Dose Value	1
30040014		CS	TissueHeterogeneityCorrection	Tissue Heterogeneity Correction	1-3
30040040		DS	DVHNormalizationPoint	DVH Normalization Point	3
30040042		DS	DVHNormalizationDoseValue	DVH Normalization Dose Value	1
30040050		SQ	DVHSequence	DVH Sequence	1
30040052		DS	DVHDoseScaling	DVH Dose Scaling	1
30040054		CS	DVHVolumeUnits	DVH Volume Units	1
30040056		IS	DVHNumberOfBins	DVH Number of Bins	1
30040058		DS	DVHData	DVH Data	2-2n
30040060		SQ	DVHReferencedROISequence	DVH Referenced ROI Sequence	1
30040062		CS	DVHROIContributionType	DVH ROI Contribution Type	1
30040070		DS	DVHMinimumDose	DVH Minimum Dose	1
30040072		DS	DVHMaximumDose	DVH Maximum Dose	1
30040074		DS	DVHMeanDose	DVH Mean Dose	1
30060002		SH	StructureSetLabel	Structure Set Label	1
30060004		LO	StructureSetName	Structure Set Name	1
30060006		ST	StructureSetDescription	Structure Set Description	1
30060008		DA	StructureSetDate	Structure Set Date	1
30060009		TM	StructureSetTime	Structure Set Time	1
30060010		SQ	ReferencedFrameOfReferenceSequence	Referenced Frame of Reference Sequence	1
30060012		SQ	RTReferencedStudySequence	RT Referenced Study Sequence	1
30060014		SQ	RTReferencedSeriesSequence	RT Referenced Series Sequence	1
30060016		SQ	ContourImageSequence	Contour Image Sequence	1
30060018		SQ	PredecessorStructureSetSequence	Predecessor Structure Set Sequence	1
30060020		SQ	StructureSetROISequence	Structure Set ROI Sequence	1
30060022		IS	ROINumber	ROI Number	1
30060024		UI	ReferencedFrameOfReferenceUID	Referenced Frame of Reference UID	1
30060026		LO	ROIName	ROI Name	1
30060028		ST	ROIDescription	ROI Description	1
3006002A		IS	ROIDisplayColor	ROI Display Color	3
3006002C		DS	ROIVolume	ROI Volume	1
3006002D		DT	ROIDateTime	ROI DateTime	1
3006002E		DT	ROIObservationDateTime	ROI Observation DateTime	1
30060030		SQ	RTRelatedROISequence	RT Related ROI Sequence	1
30060033		CS	RTROIRelationship	RT ROI Relationship	1
30060036		CS	ROIGenerationAlgorithm	ROI Generation Algorithm	1
30060037		SQ	ROIDerivationAlgorithmIdentificationSequence	ROI Derivation Algorithm Identification Sequence	1
30060038		LO	ROIGenerationDescription	ROI Generation Description	1
30060039		SQ	ROIContourSequence	ROI Contour Sequence	1
30060040		SQ	ContourSequence	Contour Sequence	1
30060042		CS	ContourGeometricType	Contour Geometric Type	1
30060044	R	DS	ContourSlabThickness	Contour Slab Thickness	1
30060045	R	DS	ContourOffsetVector	Contour Offset Vector	3
30060046		IS	NumberOfContourPoints	Number of Contour Points	1
30060048		IS	ContourNumber	Contour Number	1
30060049	R	IS	AttachedContours	Attached Contours	1-n
3006004A		SQ	SourcePixelPlanesCharacteristicsSequence	Source Pixel Planes Characteristics Sequence	1
3006004B		SQ	SourceSeriesSequence	Source Series Sequence	1
3006004C		SQ	SourceSeriesInformationSequence	Source Series Information Sequence	1
3006004D		SQ	ROICreatorSequence	ROI Creator Sequence	1
3006004E		SQ	ROIInterpreterSequence	ROI Interpreter Sequence	1
3006004F		SQ	ROIObservationContextCodeSequence	ROI Observation Context Code Sequence	1
30060050		DS	ContourData	Contour Data	3-3n
30060080		SQ	RTROIObservationsSequence	RT ROI Observations Sequence	1
30060082		IS	ObservationNumber	Observation Number	1
30060084		IS	ReferencedROINumber	Referenced ROI Number	1
30060085	R	SH	ROIObservationLabel	ROI Observation Label	1
30060086		SQ	RTROIIdentificationCodeSequence	RT ROI Identification Code Sequence	1
30060088	R	ST	ROIObservationDescription	ROI Observation Description	1
300600A0		SQ	RelatedRTROIObservationsSequence	Related RT ROI Observations Sequence	1
300600A4		CS	RTROIInterpretedType	RT ROI Interpreted Type	1
300600A6		PN	ROIInterpreter	ROI Interpreter	1
300600B0		SQ	ROIPhysicalPropertiesSequence	ROI Physical Properties Sequence	1
300600B2		CS	ROIPhysicalProperty	ROI Physical Property	1
300600B4		DS	ROIPhysicalPropertyValue	ROI Physical Property Value	1
300600B6		SQ	ROIElementalCompositionSequence	ROI Elemental Composition Sequence	1
300600B7		US	ROIElementalCompositionAtomicNumber	ROI Elemental Composition Atomic Number	1
300600B8		FL	ROIElementalCompositionAtomicMassFraction	ROI Elemental Composition Atomic Mass Fraction	1
300600B9	R	SQ	AdditionalRTROIIdentificationCodeSequence	Additional RT ROI Identification Code Sequence	1
300600C0	R	SQ	FrameOfReferenceRelationshipSequence	Frame of Reference Relationship Sequence	1
300600C2	R	UI	RelatedFrameOfReferenceUID	Related Frame of Reference UID	1
300600C4	R	CS	FrameOfReferenceTransformationType	Frame of Reference Transformation Type	1
300600C6		DS	FrameOfReferenceTransformationMatrix	Frame of Reference Transformation Matrix	16
300600C8		LO	FrameOfReferenceTransformationComment	Frame of Reference Transformation Comment	1
300600C9		SQ	PatientLocationCoordinatesSequence	Patient Location Coordinates Sequence	1
300600CA		SQ	PatientLocationCoordinatesCodeSequence	Patient Location Coordinates Code Sequence	1
300600CB		SQ	PatientSupportPositionSequence	Patient Support Position Sequence	1
30080010		SQ	MeasuredDoseReferenceSequence	Measured Dose Reference Sequence	1
30080012		ST	MeasuredDoseDescription	Measured Dose Description	1
30080014		CS	MeasuredDoseType	Measured Dose Type	1
30080016		DS	MeasuredDoseValue	Measured Dose Value	1
30080020		SQ	TreatmentSessionBeamSequence	Treatment Session Beam Sequence	1
30080021		SQ	TreatmentSessionIonBeamSequence	Treatment Session Ion Beam Sequence	1
30080022		IS	CurrentFractionNumber	Current Fraction Number	1
30080024		DA	TreatmentControlPointDate	Treatment Control Point Date	1
30080025		TM	TreatmentControlPointTime	Treatment Control Point Time	1
3008002A		CS	TreatmentTerminationStatus	Treatment Termination Status	1
3008002B	R	SH	TreatmentTerminationCode	Treatment Termination Code	1
3008002C		CS	TreatmentVerificationStatus	Treatment Verification Status	1
30080030		SQ	ReferencedTreatmentRecordSequence	Referenced Treatment Record Sequence	1
30080032		DS	SpecifiedPrimaryMeterset	Specified Primary Meterset	1
30080033		DS	SpecifiedSecondaryMeterset	Specified Secondary Meterset	1
30080036		DS	DeliveredPrimaryMeterset	Delivered Primary Meterset	1
30080037		DS	DeliveredSecondaryMeterset	Delivered Secondary Meterset	1
3008003A		DS	SpecifiedTreatmentTime	Specified Treatment Time	1
3008003B		DS	DeliveredTreatmentTime	Delivered Treatment Time	1
30080040		SQ	ControlPointDeliverySequence	Control Point Delivery Sequence	1
30080041		SQ	IonControlPointDeliverySequence	Ion Control Point Delivery Sequence	1
30080042		DS	SpecifiedMeterset	Specified Meterset	1
30080044		DS	DeliveredMeterset	Delivered Meterset	1
30080045		FL	MetersetRateSet	Meterset Rate Set	1
30080046		FL	MetersetRateDelivered	Meterset Rate Delivered	1
30080047		FL	ScanSpotMetersetsDelivered	Scan Spot Metersets Delivered	1-n
30080048		DS	DoseRateDelivered	Dose Rate Delivered	1
30080050		SQ	TreatmentSummaryCalculatedDoseReferenceSequence	Treatment Summary Calculated Dose Reference Sequence	1
30080052		DS	CumulativeDoseToDoseReference	Cumulative Dose to Dose Reference	1
30080054		DA	FirstTreatmentDate	First Treatment Date	1
30080056		DA	MostRecentTreatmentDate	Most Recent Treatment Date	1
3008005A		IS	NumberOfFractionsDelivered	Number of Fractions Delivered	1
30080060		SQ	OverrideSequence	Override Sequence	1
30080061		AT	ParameterSequencePointer	Parameter Sequence Pointer	1
30080062		AT	OverrideParameterPointer	Override Parameter Pointer	1
30080063		IS	ParameterItemIndex	Parameter Item Index	1
30080064		IS	MeasuredDoseReferenceNumber	Measured Dose Reference Number	1
30080065		AT	ParameterPointer	Parameter Pointer	1
30080066		ST	OverrideReason	Override Reason	1
30080067		US	ParameterValueNumber	Parameter Value Number	1
30080068		SQ	CorrectedParameterSequence	Corrected Parameter Sequence	1
3008006A		FL	CorrectionValue	Correction Value	1
30080070		SQ	CalculatedDoseReferenceSequence	Calculated Dose Reference Sequence	1
30080072		IS	CalculatedDoseReferenceNumber	Calculated Dose Reference Number	1
30080074		ST	CalculatedDoseReferenceDescription	Calculated Dose Reference Description	1
30080076		DS	CalculatedDoseReferenceDoseValue	Calculated Dose Reference Dose Value	1
30080078		DS	StartMeterset	Start Meterset	1
3008007A		DS	EndMeterset	End Meterset	1
30080080		SQ	ReferencedMeasuredDoseReferenceSequence	Referenced Measured Dose Reference Sequence	1
30080082		IS	ReferencedMeasuredDoseReferenceNumber	Referenced Measured Dose Reference Number	1
30080090		SQ	ReferencedCalculatedDoseReferenceSequence	Referenced Calculated Dose Reference Sequence	1
30080092		IS	ReferencedCalculatedDoseReferenceNumber	Referenced Calculated Dose Reference Number	1
300800A0		SQ	BeamLimitingDeviceLeafPairsSequence	Beam Limiting Device Leaf Pairs Sequence	1
300800A1		SQ	EnhancedRTBeamLimitingDeviceSequence	Enhanced RT Beam Limiting Device Sequence	1
300800A2		SQ	EnhancedRTBeamLimitingOpeningSequence	Enhanced RT Beam Limiting Opening Sequence	1
300800A3		CS	EnhancedRTBeamLimitingDeviceDefinitionFlag	Enhanced RT Beam Limiting Device Definition Flag	1
300800A4		FD	ParallelRTBeamDelimiterOpeningExtents	Parallel RT Beam Delimiter Opening Extents	2-2n
300800B0		SQ	RecordedWedgeSequence	Recorded Wedge Sequence	1
300800C0		SQ	RecordedCompensatorSequence	Recorded Compensator Sequence	1
300800D0		SQ	RecordedBlockSequence	Recorded Block Sequence	1
300800D1		SQ	RecordedBlockSlabSequence	Recorded Block Slab Sequence	1
300800E0		SQ	TreatmentSummaryMeasuredDoseReferenceSequence	Treatment Summary Measured Dose Reference Sequence	1
300800F0		SQ	RecordedSnoutSequence	Recorded Snout Sequence	1
300800F2		SQ	RecordedRangeShifterSequence	Recorded Range Shifter Sequence	1
300800F4		SQ	RecordedLateralSpreadingDeviceSequence	Recorded Lateral Spreading Device Sequence	1
300800F6		SQ	RecordedRangeModulatorSequence	Recorded Range Modulator Sequence	1
30080100		SQ	RecordedSourceSequence	Recorded Source Sequence	1
30080105		LO	SourceSerialNumber	Source Serial Number	1
30080110		SQ	TreatmentSessionApplicationSetupSequence	Treatment Session Application Setup Sequence	1
30080116		CS	ApplicationSetupCheck	Application Setup Check	1
30080120		SQ	RecordedBrachyAccessoryDeviceSequence	Recorded Brachy Accessory Device Sequence	1
30080122		IS	ReferencedBrachyAccessoryDeviceNumber	Referenced Brachy Accessory Device Number	1
30080130		SQ	RecordedChannelSequence	Recorded Channel Sequence	1
30080132		DS	SpecifiedChannelTotalTime	Specified Channel Total Time	1
30080134		DS	DeliveredChannelTotalTime	Delivered Channel Total Time	1
30080136		IS	SpecifiedNumberOfPulses	Specified Number of Pulses	1
30080138		IS	DeliveredNumberOfPulses	Delivered Number of Pulses	1
3008013A		DS	SpecifiedPulseRepetitionInterval	Specified Pulse Repetition Interval	1
3008013C		DS	DeliveredPulseRepetitionInterval	Delivered Pulse Repetition Interval	1
30080140		SQ	RecordedSourceApplicatorSequence	Recorded Source Applicator Sequence	1
30080142		IS	ReferencedSourceApplicatorNumber	Referenced Source Applicator Number	1
30080150		SQ	RecordedChannelShieldSequence	Recorded Channel Shield Sequence	1
30080152		IS	ReferencedChannelShieldNumber	Referenced Channel Shield Number	1
30080160		SQ	BrachyControlPointDeliveredSequence	Brachy Control Point Delivered Sequence	1
30080162		DA	SafePositionExitDate	Safe Position Exit Date	1
30080164		TM	SafePositionExitTime	Safe Position Exit Time	1
30080166		DA	SafePositionReturnDate	Safe Position Return Date	1
30080168		TM	SafePositionReturnTime	Safe Position Return Time	1
30080171		SQ	PulseSpecificBrachyControlPointDeliveredSequence	Pulse Specific Brachy Control Point Delivered Sequence	1
30080172		US	PulseNumber	Pulse Number	1
30080173		SQ	BrachyPulseControlPointDeliveredSequence	Brachy Pulse Control Point Delivered Sequence	1
30080200		CS	CurrentTreatmentStatus	Current Treatment Status	1
30080202		ST	TreatmentStatusComment	Treatment Status Comment	1
30080220		SQ	FractionGroupSummarySequence	Fraction Group Summary Sequence	1
30080223		IS	ReferencedFractionNumber	Referenced Fraction Number	1
30080224		CS	FractionGroupType	Fraction Group Type	1
30080230		CS	BeamStopperPosition	Beam Stopper Position	1
30080240		SQ	FractionStatusSummarySequence	Fraction Status Summary Sequence	1
30080250		DA	TreatmentDate	Treatment Date	1
30080251		TM	TreatmentTime	Treatment Time	1
300A0002		SH	RTPlanLabel	RT Plan Label	1
300A0003		LO	RTPlanName	RT Plan Name	1
300A0004		ST	RTPlanDescription	RT Plan Description	1
300A0006		DA	RTPlanDate	RT Plan Date	1
300A0007		TM	RTPlanTime	RT Plan Time	1
300A0009		LO	TreatmentProtocols	Treatment Protocols	1-n
300A000A		CS	PlanIntent	Plan Intent	1
300A000B	R	LO	TreatmentSites	Treatment Sites	1-n
300A000C		CS	RTPlanGeometry	RT Plan Geometry	1
300A000E		ST	PrescriptionDescription	Prescription Description	1
300A0010		SQ	DoseReferenceSequence	Dose Reference Sequence	1
300A0012		IS	DoseReferenceNumber	Dose Reference Number	1
300A0013		UI	DoseReferenceUID	Dose Reference UID	1
300A0014		CS	DoseReferenceStructureType	Dose Reference Structure Type	1
300A0015		CS	NominalBeamEnergyUnit	Nominal Beam Energy Unit	1
300A0016		LO	DoseReferenceDescription	Dose Reference Description	1
300A0018		DS	DoseReferencePointCoordinates	Dose Reference Point Coordinates	3
300A001A		DS	NominalPriorDose	Nominal Prior Dose	1
300A0020		CS	DoseReferenceType	Dose Reference Type	1
300A0021		DS	ConstraintWeight	Constraint Weight	1
300A0022		DS	DeliveryWarningDose	Delivery Warning Dose	1
300A0023		DS	DeliveryMaximumDose	Delivery Maximum Dose	1
300A0025		DS	TargetMinimumDose	Target Minimum Dose	1
300A0026		DS	TargetPrescriptionDose	Target Prescription Dose	1
300A0027		DS	TargetMaximumDose	Target Maximum Dose	1
300A0028		DS	TargetUnderdoseVolumeFraction	Target Underdose Volume Fraction	1
300A002A		DS	OrganAtRiskFullVolumeDose	Organ at Risk Full-volume Dose	1
300A002B		DS	OrganAtRiskLimitDose	Organ at Risk Limit Dose	1
300A002C		DS	OrganAtRiskMaximumDose	Organ at Risk Maximum Dose	1
300A002D		DS	OrganAtRiskOverdoseVolumeFraction	Organ at Risk Overdose Volume Fraction	1
300A0040		SQ	ToleranceTableSequence	Tolerance Table Sequence	1
300A0042		IS	ToleranceTableNumber	Tolerance Table Number	1
300A0043		SH	ToleranceTableLabel	Tolerance Table Label	1
300A0044		DS	GantryAngleTolerance	Gantry Angle Tolerance	1
300A0046		DS	BeamLimitingDeviceAngleTolerance	Beam Limiting Device Angle Tolerance	1
300A0048		SQ	BeamLimitingDeviceToleranceSequence	Beam Limiting Device Tolerance Sequence	1
300A004A		DS	BeamLimitingDevicePositionTolerance	Beam Limiting Device Position Tolerance	1
300A004B		FL	SnoutPositionTolerance	Snout Position Tolerance	1
300A004C		DS	PatientSupportAngleTolerance	Patient Support Angle Tolerance	1
300A004E		DS	TableTopEccentricAngleTolerance	Table Top Eccentric Angle Tolerance	1
300A004F		FL	TableTopPitchAngleTolerance	Table Top Pitch Angle Tolerance	1
300A0050		FL	TableTopRollAngleTolerance	Table Top Roll Angle Tolerance	1
300A0051		DS	TableTopVerticalPositionTolerance	Table Top Vertical Position Tolerance	1
300A0052		DS	TableTopLongitudinalPositionTolerance	Table Top Longitudinal Position Tolerance	1
300A0053		DS	TableTopLateralPositionTolerance	Table Top Lateral Position Tolerance	1
300A0054		UI	TableTopPositionAlignmentUID	Table Top Position Alignment UID	1
300A0055		CS	RTPlanRelationship	RT Plan Relationship	1
300A0070		SQ	FractionGroupSequence	Fraction Group Sequence	1
300A0071		IS	FractionGroupNumber	Fraction Group Number	1
300A0072		LO	FractionGroupDescription	Fraction Group Description	1
300A0078		IS	NumberOfFractionsPlanned	Number of Fractions Planned	1
300A0079		IS	NumberOfFractionPatternDigitsPerDay	Number of Fraction Pattern Digits Per Day	1
300A007A		IS	RepeatFractionCycleLength	Repeat Fraction Cycle Length	1
300A007B		LT	FractionPattern	Fraction Pattern	1
300A0080		IS	NumberOfBeams	Number of Beams	1
300A0082	R	DS	BeamDoseSpecificationPoint	Beam Dose Specification Point	3
300A0083		UI	ReferencedDoseReferenceUID	Referenced Dose Reference UID	1
300A0084		DS	BeamDose	Beam Dose	1
300A0086		DS	BeamMeterset	Beam Meterset	1
300A0088		FL	BeamDosePointDepth	Beam Dose Point Depth	1
300A0089		FL	BeamDosePointEquivalentDepth	Beam Dose Point Equivalent Depth	1
300A008A		FL	BeamDosePointSSD	Beam Dose Point SSD	1
300A008B		CS	BeamDoseMeaning	Beam Dose Meaning	1
300A008C		SQ	BeamDoseVerificationControlPointSequence	Beam Dose Verification Control Point Sequence	1
300A008D	R	FL	AverageBeamDosePointDepth	Average Beam Dose Point Depth	1
300A008E	R	FL	AverageBeamDosePointEquivalentDepth	Average Beam Dose Point Equivalent Depth	1
300A008F	R	FL	AverageBeamDosePointSSD	Average Beam Dose Point SSD	1
300A0090		CS	BeamDoseType	Beam Dose Type	1
300A0091		DS	AlternateBeamDose	Alternate Beam Dose	1
300A0092		CS	AlternateBeamDoseType	Alternate Beam Dose Type	1
300A0093		CS	DepthValueAveragingFlag	Depth Value Averaging Flag	1
300A0094		DS	BeamDosePointSourceToExternalContourDistance	Beam Dose Point Source to External Contour Distance	1
300A00A0		IS	NumberOfBrachyApplicationSetups	Number of Brachy Application Setups	1
300A00A2		DS	BrachyApplicationSetupDoseSpecificationPoint	Brachy Application Setup Dose Specification Point	3
300A00A4		DS	BrachyApplicationSetupDose	Brachy Application Setup Dose	1
300A00B0		SQ	BeamSequence	Beam Sequence	1
300A00B2		SH	TreatmentMachineName	Treatment Machine Name	1
300A00B3		CS	PrimaryDosimeterUnit	Primary Dosimeter Unit	1
300A00B4		DS	SourceAxisDistance	Source-Axis Distance	1
300A00B6		SQ	BeamLimitingDeviceSequence	Beam Limiting Device Sequence	1
300A00B8		CS	RTBeamLimitingDeviceType	RT Beam Limiting Device Type	1
300A00BA		DS	SourceToBeamLimitingDeviceDistance	Source to Beam Limiting Device Distance	1
300A00BB		FL	IsocenterToBeamLimitingDeviceDistance	Isocenter to Beam Limiting Device Distance	1
300A00BC		IS	NumberOfLeafJawPairs	Number of Leaf/Jaw Pairs	1
300A00BE		DS	LeafPositionBoundaries	Leaf Position Boundaries	3-n
300A00C0		IS	BeamNumber	Beam Number	1
300A00C2		LO	BeamName	Beam Name	1
300A00C3		ST	BeamDescription	Beam Description	1
300A00C4		CS	BeamType	Beam Type	1
300A00C5		FD	BeamDeliveryDurationLimit	Beam Delivery Duration Limit	1
300A00C6		CS	RadiationType	Radiation Type	1
300A00C7		CS	HighDoseTechniqueType	High-Dose Technique Type	1
300A00C8		IS	ReferenceImageNumber	Reference Image Number	1
300A00CA		SQ	PlannedVerificationImageSequence	Planned Verification Image Sequence	1
300A00CC		LO	ImagingDeviceSpecificAcquisitionParameters	Imaging Device-Specific Acquisition Parameters	1-n
300A00CE		CS	TreatmentDeliveryType	Treatment Delivery Type	1
300A00D0		IS	NumberOfWedges	Number of Wedges	1
300A00D1		SQ	WedgeSequence	Wedge Sequence	1
300A00D2		IS	WedgeNumber	Wedge Number	1
300A00D3		CS	WedgeType	Wedge Type	1
300A00D4		SH	WedgeID	Wedge ID	1
300A00D5		IS	WedgeAngle	Wedge Angle	1
300A00D6		DS	WedgeFactor	Wedge Factor	1
300A00D7		FL	TotalWedgeTrayWaterEquivalentThickness	Total Wedge Tray Water-Equivalent Thickness	1
300A00D8		DS	WedgeOrientation	Wedge Orientation	1
300A00D9		FL	IsocenterToWedgeTrayDistance	Isocenter to Wedge Tray Distance	1
300A00DA		DS	SourceToWedgeTrayDistance	Source to Wedge Tray Distance	1
300A00DB		FL	WedgeThinEdgePosition	Wedge Thin Edge Position	1
300A00DC		SH	BolusID	Bolus ID	1
300A00DD		ST	BolusDescription	Bolus Description	1
300A00DE		DS	EffectiveWedgeAngle	Effective Wedge Angle	1
300A00E0		IS	NumberOfCompensators	Number of Compensators	1
300A00E1		SH	MaterialID	Material ID	1
300A00E2		DS	TotalCompensatorTrayFactor	Total Compensator Tray Factor	1
300A00E3		SQ	CompensatorSequence	Compensator Sequence	1
300A00E4		IS	CompensatorNumber	Compensator Number	1
300A00E5		SH	CompensatorID	Compensator ID	1
300A00E6		DS	SourceToCompensatorTrayDistance	Source to Compensator Tray Distance	1
300A00E7		IS	CompensatorRows	Compensator Rows	1
300A00E8		IS	CompensatorColumns	Compensator Columns	1
300A00E9		DS	CompensatorPixelSpacing	Compensator Pixel Spacing	2
300A00EA		DS	CompensatorPosition	Compensator Position	2
300A00EB		DS	CompensatorTransmissionData	Compensator Transmission Data	1-n
300A00EC		DS	CompensatorThicknessData	Compensator Thickness Data	1-n
300A00ED		IS	NumberOfBoli	Number of Boli	1
300A00EE		CS	CompensatorType	Compensator Type	1
300A00EF		SH	CompensatorTrayID	Compensator Tray ID	1
300A00F0		IS	NumberOfBlocks	Number of Blocks	1
300A00F2		DS	TotalBlockTrayFactor	Total Block Tray Factor	1
300A00F3		FL	TotalBlockTrayWaterEquivalentThickness	Total Block Tray Water-Equivalent Thickness	1
300A00F4		SQ	BlockSequence	Block Sequence	1
300A00F5		SH	BlockTrayID	Block Tray ID	1
300A00F6		DS	SourceToBlockTrayDistance	Source to Block Tray Distance	1
300A00F7		FL	IsocenterToBlockTrayDistance	Isocenter to Block Tray Distance	1
300A00F8		CS	BlockType	Block Type	1
300A00F9		LO	AccessoryCode	Accessory Code	1
300A00FA		CS	BlockDivergence	Block Divergence	1
300A00FB		CS	BlockMountingPosition	Block Mounting Position	1
300A00FC		IS	BlockNumber	Block Number	1
300A00FE		LO	BlockName	Block Name	1
300A0100		DS	BlockThickness	Block Thickness	1
300A0102		DS	BlockTransmission	Block Transmission	1
300A0104		IS	BlockNumberOfPoints	Block Number of Points	1
300A0106		DS	BlockData	Block Data	2-2n
300A0107		SQ	ApplicatorSequence	Applicator Sequence	1
300A0108		SH	ApplicatorID	Applicator ID	1
300A0109		CS	ApplicatorType	Applicator Type	1
300A010A		LO	ApplicatorDescription	Applicator Description	1
300A010C		DS	CumulativeDoseReferenceCoefficient	Cumulative Dose Reference Coefficient	1
300A010E		DS	FinalCumulativeMetersetWeight	Final Cumulative Meterset Weight	1
300A0110		IS	NumberOfControlPoints	Number of Control Points	1
300A0111		SQ	ControlPointSequence	Control Point Sequence	1
300A0112		IS	ControlPointIndex	Control Point Index	1
300A0114		DS	NominalBeamEnergy	Nominal Beam Energy	1
300A0115		DS	DoseRateSet	Dose Rate Set	1
300A0116		SQ	WedgePositionSequence	Wedge Position Sequence	1
300A0118		CS	WedgePosition	Wedge Position	1
300A011A		SQ	BeamLimitingDevicePositionSequence	Beam Limiting Device Position Sequence	1
300A011C		DS	LeafJawPositions	Leaf/Jaw Positions	2-2n
300A011E		DS	GantryAngle	Gantry Angle	1
300A011F		CS	GantryRotationDirection	Gantry Rotation Direction	1
300A0120		DS	BeamLimitingDeviceAngle	Beam Limiting Device Angle	1
300A0121		CS	BeamLimitingDeviceRotationDirection	Beam Limiting Device Rotation Direction	1
300A0122		DS	PatientSupportAngle	Patient Support Angle	1
300A0123		CS	PatientSupportRotationDirection	Patient Support Rotation Direction	1
300A0124		DS	TableTopEccentricAxisDistance	Table Top Eccentric Axis Distance	1
300A0125		DS	TableTopEccentricAngle	Table Top Eccentric Angle	1
300A0126		CS	TableTopEccentricRotationDirection	Table Top Eccentric Rotation Direction	1
300A0128		DS	TableTopVerticalPosition	Table Top Vertical Position	1
300A0129		DS	TableTopLongitudinalPosition	Table Top Longitudinal Position	1
300A012A		DS	TableTopLateralPosition	Table Top Lateral Position	1
300A012C		DS	IsocenterPosition	Isocenter Position	3
300A012E		DS	SurfaceEntryPoint	Surface Entry Point	3
300A0130		DS	SourceToSurfaceDistance	Source to Surface Distance	1
300A0131		FL	AverageBeamDosePointSourceToExternalContourDistance	Average Beam Dose Point Source to External Contour Distance	1
300A0132		FL	SourceToExternalContourDistance	Source to External Contour Distance	1
300A0133		FL	ExternalContourEntryPoint	External Contour Entry Point	3
300A0134		DS	CumulativeMetersetWeight	Cumulative Meterset Weight	1
300A0140		FL	TableTopPitchAngle	Table Top Pitch Angle	1
300A0142		CS	TableTopPitchRotationDirection	Table Top Pitch Rotation Direction	1
300A0144		FL	TableTopRollAngle	Table Top Roll Angle	1
300A0146		CS	TableTopRollRotationDirection	Table Top Roll Rotation Direction	1
300A0148		FL	HeadFixationAngle	Head Fixation Angle	1
300A014A		FL	GantryPitchAngle	Gantry Pitch Angle	1
300A014C		CS	GantryPitchRotationDirection	Gantry Pitch Rotation Direction	1
300A014E		FL	GantryPitchAngleTolerance	Gantry Pitch Angle Tolerance	1
300A0150		CS	FixationEye	Fixation Eye	1
300A0151		DS	ChairHeadFramePosition	Chair Head Frame Position	1
300A0152		DS	HeadFixationAngleTolerance	Head Fixation Angle Tolerance	1
300A0153		DS	ChairHeadFramePositionTolerance	Chair Head Frame Position Tolerance	1
300A0154		DS	FixationLightAzimuthalAngleTolerance	Fixation Light Azimuthal Angle Tolerance	1
300A0155		DS	FixationLightPolarAngleTolerance	Fixation Light Polar Angle Tolerance	1
300A0180		SQ	PatientSetupSequence	Patient Setup Sequence	1
300A0182		IS	PatientSetupNumber	Patient Setup Number	1
300A0183		LO	PatientSetupLabel	Patient Setup Label	1
300A0184		LO	PatientAdditionalPosition	Patient Additional Position	1
300A0190		SQ	FixationDeviceSequence	Fixation Device Sequence	1
300A0192		CS	FixationDeviceType	Fixation Device Type	1
300A0194		SH	FixationDeviceLabel	Fixation Device Label	1
300A0196		ST	FixationDeviceDescription	Fixation Device Description	1
300A0198		SH	FixationDevicePosition	Fixation Device Position	1
300A0199		FL	FixationDevicePitchAngle	Fixation Device Pitch Angle	1
300A019A		FL	FixationDeviceRollAngle	Fixation Device Roll Angle	1
300A01A0		SQ	ShieldingDeviceSequence	Shielding Device Sequence	1
300A01A2		CS	ShieldingDeviceType	Shielding Device Type	1
300A01A4		SH	ShieldingDeviceLabel	Shielding Device Label	1
300A01A6		ST	ShieldingDeviceDescription	Shielding Device Description	1
300A01A8		SH	ShieldingDevicePosition	Shielding Device Position	1
300A01B0		CS	SetupTechnique	Setup Technique	1
300A01B2		ST	SetupTechniqueDescription	Setup Technique Description	1
300A01B4		SQ	SetupDeviceSequence	Setup Device Sequence	1
300A01B6		CS	SetupDeviceType	Setup Device Type	1
300A01B8		SH	SetupDeviceLabel	Setup Device Label	1
300A01BA		ST	SetupDeviceDescription	Setup Device Description	1
300A01BC		DS	SetupDeviceParameter	Setup Device Parameter	1
300A01D0		ST	SetupReferenceDescription	Setup Reference Description	1
300A01D2		DS	TableTopVerticalSetupDisplacement	Table Top Vertical Setup Displacement	1
300A01D4		DS	TableTopLongitudinalSetupDisplacement	Table Top Longitudinal Setup Displacement	1
300A01D6		DS	TableTopLateralSetupDisplacement	Table Top Lateral Setup Displacement	1
300A0200		CS	BrachyTreatmentTechnique	Brachy Treatment Technique	1
300A0202		CS	BrachyTreatmentType	Brachy Treatment Type	1
300A0206		SQ	TreatmentMachineSequence	Treatment Machine Sequence	1
300A0210		SQ	SourceSequence	Source Sequence	1
300A0212		IS	SourceNumber	Source Number	1
300A0214		CS	SourceType	Source Type	1
300A0216		LO	SourceManufacturer	Source Manufacturer	1
300A0218		DS	ActiveSourceDiameter	Active Source Diameter	1
300A021A		DS	ActiveSourceLength	Active Source Length	1
300A021B		SH	SourceModelID	Source Model ID	1
300A021C		LO	SourceDescription	Source Description	1
300A0222		DS	SourceEncapsulationNominalThickness	Source Encapsulation Nominal Thickness	1
300A0224		DS	SourceEncapsulationNominalTransmission	Source Encapsulation Nominal Transmission	1
300A0226		LO	SourceIsotopeName	Source Isotope Name	1
300A0228		DS	SourceIsotopeHalfLife	Source Isotope Half Life	1
300A0229		CS	SourceStrengthUnits	Source Strength Units	1
300A022A		DS	ReferenceAirKermaRate	Reference Air Kerma Rate	1
300A022B		DS	SourceStrength	Source Strength	1
300A022C		DA	SourceStrengthReferenceDate	Source Strength Reference Date	1
300A022E		TM	SourceStrengthReferenceTime	Source Strength Reference Time	1
300A0230		SQ	ApplicationSetupSequence	Application Setup Sequence	1
300A0232		CS	ApplicationSetupType	Application Setup Type	1
300A0234		IS	ApplicationSetupNumber	Application Setup Number	1
300A0236		LO	ApplicationSetupName	Application Setup Name	1
300A0238		LO	ApplicationSetupManufacturer	Application Setup Manufacturer	1
300A0240		IS	TemplateNumber	Template Number	1
300A0242		SH	TemplateType	Template Type	1
300A0244		LO	TemplateName	Template Name	1
300A0250		DS	TotalReferenceAirKerma	Total Reference Air Kerma	1
300A0260		SQ	BrachyAccessoryDeviceSequence	Brachy Accessory Device Sequence	1
300A0262		IS	BrachyAccessoryDeviceNumber	Brachy Accessory Device Number	1
300A0263		SH	BrachyAccessoryDeviceID	Brachy Accessory Device ID	1
300A0264		CS	BrachyAccessoryDeviceType	Brachy Accessory Device Type	1
300A0266		LO	BrachyAccessoryDeviceName	Brachy Accessory Device Name	1
300A026A		DS	BrachyAccessoryDeviceNominalThickness	Brachy Accessory Device Nominal Thickness	1
300A026C		DS	BrachyAccessoryDeviceNominalTransmission	Brachy Accessory Device Nominal Transmission	1
300A0271		DS	ChannelEffectiveLength	Channel Effective Length	1
300A0272		DS	ChannelInnerLength	Channel Inner Length	1
300A0273		SH	AfterloaderChannelID	Afterloader Channel ID	1
300A0274		DS	SourceApplicatorTipLength	Source Applicator Tip Length	1
300A0280		SQ	ChannelSequence	Channel Sequence	1
300A0282		IS	ChannelNumber	Channel Number	1
300A0284		DS	ChannelLength	Channel Length	1
300A0286		DS	ChannelTotalTime	Channel Total Time	1
300A0288		CS	SourceMovementType	Source Movement Type	1
300A028A		IS	NumberOfPulses	Number of Pulses	1
300A028C		DS	PulseRepetitionInterval	Pulse Repetition Interval	1
300A0290		IS	SourceApplicatorNumber	Source Applicator Number	1
300A0291		SH	SourceApplicatorID	Source Applicator ID	1
300A0292		CS	SourceApplicatorType	Source Applicator Type	1
300A0294		LO	SourceApplicatorName	Source Applicator Name	1
300A0296		DS	SourceApplicatorLength	Source Applicator Length	1
300A0298		LO	SourceApplicatorManufacturer	Source Applicator Manufacturer	1
300A029C		DS	SourceApplicatorWallNominalThickness	Source Applicator Wall Nominal Thickness	1
300A029E		DS	SourceApplicatorWallNominalTransmission	Source Applicator Wall Nominal Transmission	1
300A02A0		DS	SourceApplicatorStepSize	Source Applicator Step Size	1
300A02A1		IS	ApplicatorShapeReferencedROINumber	Applicator Shape Referenced ROI Number	1
300A02A2		IS	TransferTubeNumber	Transfer Tube Number	1
300A02A4		DS	TransferTubeLength	Transfer Tube Length	1
300A02B0		SQ	ChannelShieldSequence	Channel Shield Sequence	1
300A02B2		IS	ChannelShieldNumber	Channel Shield Number	1
300A02B3		SH	ChannelShieldID	Channel Shield ID	1
300A02B4		LO	ChannelShieldName	Channel Shield Name	1
300A02B8		DS	ChannelShieldNominalThickness	Channel Shield Nominal Thickness	1
300A02BA		DS	ChannelShieldNominalTransmission	Channel Shield Nominal Transmission	1
300A02C8		DS	FinalCumulativeTimeWeight	Final Cumulative Time Weight	1
300A02D0		SQ	BrachyControlPointSequence	Brachy Control Point Sequence	1
300A02D2		DS	ControlPointRelativePosition	Control Point Relative Position	1
300A02D4		DS	ControlPoint3DPosition	Control Point 3D Position	3
300A02D6		DS	CumulativeTimeWeight	Cumulative Time Weight	1
300A02E0		CS	CompensatorDivergence	Compensator Divergence	1
300A02E1		CS	CompensatorMountingPosition	Compensator Mounting Position	1
300A02E2		DS	SourceToCompensatorDistance	Source to Compensator Distance	1-n
300A02E3		FL	TotalCompensatorTrayWaterEquivalentThickness	Total Compensator Tray Water-Equivalent Thickness	1
300A02E4		FL	IsocenterToCompensatorTrayDistance	Isocenter to Compensator Tray Distance	1
300A02E5		FL	CompensatorColumnOffset	Compensator Column Offset	1
300A02E6		FL	IsocenterToCompensatorDistances	Isocenter to Compensator Distances	1-n
300A02E7		FL	CompensatorRelativeStoppingPowerRatio	Compensator Relative Stopping Power Ratio	1
300A02E8		FL	CompensatorMillingToolDiameter	Compensator Milling Tool Diameter	1
300A02EA		SQ	IonRangeCompensatorSequence	Ion Range Compensator Sequence	1
300A02EB		LT	CompensatorDescription	Compensator Description	1
300A0302		IS	RadiationMassNumber	Radiation Mass Number	1
300A0304		IS	RadiationAtomicNumber	Radiation Atomic Number	1
300A0306		SS	RadiationChargeState	Radiation Charge State	1
300A0308		CS	ScanMode	Scan Mode	1
300A0309		CS	ModulatedScanModeType	Modulated Scan Mode Type	1
300A030A		FL	VirtualSourceAxisDistances	Virtual Source-Axis Distances	2
300A030C		SQ	SnoutSequence	Snout Sequence	1
300A030D		FL	SnoutPosition	Snout Position	1
300A030F		SH	SnoutID	Snout ID	1
300A0312		IS	NumberOfRangeShifters	Number of Range Shifters	1
300A0314		SQ	RangeShifterSequence	Range Shifter Sequence	1
300A0316		IS	RangeShifterNumber	Range Shifter Number	1
300A0318		SH	RangeShifterID	Range Shifter ID	1
300A0320		CS	RangeShifterType	Range Shifter Type	1
300A0322		LO	RangeShifterDescription	Range Shifter Description	1
300A0330		IS	NumberOfLateralSpreadingDevices	Number of Lateral Spreading Devices	1
300A0332		SQ	LateralSpreadingDeviceSequence	Lateral Spreading Device Sequence	1
300A0334		IS	LateralSpreadingDeviceNumber	Lateral Spreading Device Number	1
300A0336		SH	LateralSpreadingDeviceID	Lateral Spreading Device ID	1
300A0338		CS	LateralSpreadingDeviceType	Lateral Spreading Device Type	1
300A033A		LO	LateralSpreadingDeviceDescription	Lateral Spreading Device Description	1
300A033C		FL	LateralSpreadingDeviceWaterEquivalentThickness	Lateral Spreading Device Water Equivalent Thickness	1
300A0340		IS	NumberOfRangeModulators	Number of Range Modulators	1
300A0342		SQ	RangeModulatorSequence	Range Modulator Sequence	1
300A0344		IS	RangeModulatorNumber	Range Modulator Number	1
300A0346		SH	RangeModulatorID	Range Modulator ID	1
300A0348		CS	RangeModulatorType	Range Modulator Type	1
300A034A		LO	RangeModulatorDescription	Range Modulator Description	1
300A034C		SH	BeamCurrentModulationID	Beam Current Modulation ID	1
300A0350		CS	PatientSupportType	Patient Support Type	1
300A0352		SH	PatientSupportID	Patient Support ID	1
300A0354		LO	PatientSupportAccessoryCode	Patient Support Accessory Code	1
300A0355		LO	TrayAccessoryCode	Tray Accessory Code	1
300A0356		FL	FixationLightAzimuthalAngle	Fixation Light Azimuthal Angle	1
300A0358		FL	FixationLightPolarAngle	Fixation Light Polar Angle	1
300A035A		FL	MetersetRate	Meterset Rate	1
300A0360		SQ	RangeShifterSettingsSequence	Range Shifter Settings Sequence	1
300A0362		LO	RangeShifterSetting	Range Shifter Setting	1
300A0364		FL	IsocenterToRangeShifterDistance	Isocenter to Range Shifter Distance	1
300A0366		FL	RangeShifterWaterEquivalentThickness	Range Shifter Water Equivalent Thickness	1
300A0370		SQ	LateralSpreadingDeviceSettingsSequence	Lateral Spreading Device Settings Sequence	1
300A0372		LO	LateralSpreadingDeviceSetting	Lateral Spreading Device Setting	1
300A0374		FL	IsocenterToLateralSpreadingDeviceDistance	Isocenter to Lateral Spreading Device Distance	1
300A0380		SQ	RangeModulatorSettingsSequence	Range Modulator Settings Sequence	1
300A0382		FL	RangeModulatorGatingStartValue	Range Modulator Gating Start Value	1
300A0384		FL	RangeModulatorGatingStopValue	Range Modulator Gating Stop Value	1
300A0386		FL	RangeModulatorGatingStartWaterEquivalentThickness	Range Modulator Gating Start Water Equivalent Thickness	1
300A0388		FL	RangeModulatorGatingStopWaterEquivalentThickness	Range Modulator Gating Stop Water Equivalent Thickness	1
300A038A		FL	IsocenterToRangeModulatorDistance	Isocenter to Range Modulator Distance	1
300A038F		FL	ScanSpotTimeOffset	Scan Spot Time Offset	1-n
300A0390		SH	ScanSpotTuneID	Scan Spot Tune ID	1
300A0391		IS	ScanSpotPrescribedIndices	Scan Spot Prescribed Indices	1-n
300A0392		IS	NumberOfScanSpotPositions	Number of Scan Spot Positions	1
300A0393		CS	ScanSpotReordered	Scan Spot Reordered	1
300A0394		FL	ScanSpotPositionMap	Scan Spot Position Map	1-n
300A0395		CS	ScanSpotReorderingAllowed	Scan Spot Reordering Allowed	1
300A0396		FL	ScanSpotMetersetWeights	Scan Spot Meterset Weights	1-n
300A0398		FL	ScanningSpotSize	Scanning Spot Size	2
300A0399		FL	ScanSpotSizesDelivered	Scan Spot Sizes Delivered	2-2n
300A039A		IS	NumberOfPaintings	Number of Paintings	1
300A03A0		SQ	IonToleranceTableSequence	Ion Tolerance Table Sequence	1
300A03A2		SQ	IonBeamSequence	Ion Beam Sequence	1
300A03A4		SQ	IonBeamLimitingDeviceSequence	Ion Beam Limiting Device Sequence	1
300A03A6		SQ	IonBlockSequence	Ion Block Sequence	1
300A03A8		SQ	IonControlPointSequence	Ion Control Point Sequence	1
300A03AA		SQ	IonWedgeSequence	Ion Wedge Sequence	1
300A03AC		SQ	IonWedgePositionSequence	Ion Wedge Position Sequence	1
300A0401		SQ	ReferencedSetupImageSequence	Referenced Setup Image Sequence	1
300A0402		ST	SetupImageComment	Setup Image Comment	1
300A0410		SQ	MotionSynchronizationSequence	Motion Synchronization Sequence	1
300A0412		FL	ControlPointOrientation	Control Point Orientation	3
300A0420		SQ	GeneralAccessorySequence	General Accessory Sequence	1
300A0421		SH	GeneralAccessoryID	General Accessory ID	1
300A0422		ST	GeneralAccessoryDescription	General Accessory Description	1
300A0423		CS	GeneralAccessoryType	General Accessory Type	1
300A0424		IS	GeneralAccessoryNumber	General Accessory Number	1
300A0425		FL	SourceToGeneralAccessoryDistance	Source to General Accessory Distance	1
300A0426		DS	IsocenterToGeneralAccessoryDistance	Isocenter to General Accessory Distance	1
300A0431		SQ	ApplicatorGeometrySequence	Applicator Geometry Sequence	1
300A0432		CS	ApplicatorApertureShape	Applicator Aperture Shape	1
300A0433		FL	ApplicatorOpening	Applicator Opening	1
300A0434		FL	ApplicatorOpeningX	Applicator Opening X	1
300A0435		FL	ApplicatorOpeningY	Applicator Opening Y	1
300A0436		FL	SourceToApplicatorMountingPositionDistance	Source to Applicator Mounting Position Distance	1
300A0440		IS	NumberOfBlockSlabItems	Number of Block Slab Items	1
300A0441		SQ	BlockSlabSequence	Block Slab Sequence	1
300A0442		DS	BlockSlabThickness	Block Slab Thickness	1
300A0443		US	BlockSlabNumber	Block Slab Number	1
300A0450		SQ	DeviceMotionControlSequence	Device Motion Control Sequence	1
300A0451		CS	DeviceMotionExecutionMode	Device Motion Execution Mode	1
300A0452		CS	DeviceMotionObservationMode	Device Motion Observation Mode	1
300A0453		SQ	DeviceMotionParameterCodeSequence	Device Motion Parameter Code Sequence	1
300A0501		FL	DistalDepthFraction	Distal Depth Fraction	1
300A0502		FL	DistalDepth	Distal Depth	1
300A0503		FL	NominalRangeModulationFractions	Nominal Range Modulation Fractions	2
300A0504		FL	NominalRangeModulatedRegionDepths	Nominal Range Modulated Region Depths	2
300A0505		SQ	DepthDoseParametersSequence	Depth Dose Parameters Sequence	1
300A0506		SQ	DeliveredDepthDoseParametersSequence	Delivered Depth Dose Parameters Sequence	1
300A0507		FL	DeliveredDistalDepthFraction	Delivered Distal Depth Fraction	1
300A0508		FL	DeliveredDistalDepth	Delivered Distal Depth	1
300A0509		FL	DeliveredNominalRangeModulationFractions	Delivered Nominal Range Modulation Fractions	2
300A0510		FL	DeliveredNominalRangeModulatedRegionDepths	Delivered Nominal Range Modulated Region Depths	2
300A0511		CS	DeliveredReferenceDoseDefinition	Delivered Reference Dose Definition	1
300A0512		CS	ReferenceDoseDefinition	Reference Dose Definition	1
300A0600		US	RTControlPointIndex	RT Control Point Index	1
300A0601		US	RadiationGenerationModeIndex	Radiation Generation Mode Index	1
300A0602		US	ReferencedDefinedDeviceIndex	Referenced Defined Device Index	1
300A0603		US	RadiationDoseIdentificationIndex	Radiation Dose Identification Index	1
300A0604		US	NumberOfRTControlPoints	Number of RT Control Points	1
300A0605		US	ReferencedRadiationGenerationModeIndex	Referenced Radiation Generation Mode Index	1
300A0606		US	TreatmentPositionIndex	Treatment Position Index	1
300A0607		US	ReferencedDeviceIndex	Referenced Device Index	1
300A0608		LO	TreatmentPositionGroupLabel	Treatment Position Group Label	1
300A0609		UI	TreatmentPositionGroupUID	Treatment Position Group UID	1
300A060A		SQ	TreatmentPositionGroupSequence	Treatment Position Group Sequence	1
300A060B		US	ReferencedTreatmentPositionIndex	Referenced Treatment Position Index	1
300A060C		US	ReferencedRadiationDoseIdentificationIndex	Referenced Radiation Dose Identification Index	1
300A060D		FD	RTAccessoryHolderWaterEquivalentThickness	RT Accessory Holder Water-Equivalent Thickness	1
300A060E		US	ReferencedRTAccessoryHolderDeviceIndex	Referenced RT Accessory Holder Device Index	1
300A060F		CS	RTAccessoryHolderSlotExistenceFlag	RT Accessory Holder Slot Existence Flag	1
300A0610		SQ	RTAccessoryHolderSlotSequence	RT Accessory Holder Slot Sequence	1
300A0611		LO	RTAccessoryHolderSlotID	RT Accessory Holder Slot ID	1
300A0612		FD	RTAccessoryHolderSlotDistance	RT Accessory Holder Slot Distance	1
300A0613		FD	RTAccessorySlotDistance	RT Accessory Slot Distance	1
300A0614		SQ	RTAccessoryHolderDefinitionSequence	RT Accessory Holder Definition Sequence	1
300A0615		LO	RTAccessoryDeviceSlotID	RT Accessory Device Slot ID	1
300A0616		SQ	RTRadiationSequence	RT Radiation Sequence	1
300A0617		SQ	RadiationDoseSequence	Radiation Dose Sequence	1
300A0618		SQ	RadiationDoseIdentificationSequence	Radiation Dose Identification Sequence	1
300A0619		LO	RadiationDoseIdentificationLabel	Radiation Dose Identification Label	1
300A061A		CS	ReferenceDoseType	Reference Dose Type	1
300A061B		CS	PrimaryDoseValueIndicator	Primary Dose Value Indicator	1
300A061C		SQ	DoseValuesSequence	Dose Values Sequence	1
300A061D		CS	DoseValuePurpose	Dose Value Purpose	1-n
300A061E		FD	ReferenceDosePointCoordinates	Reference Dose Point Coordinates	3
300A061F		SQ	RadiationDoseValuesParametersSequence	Radiation Dose Values Parameters Sequence	1
300A0620		SQ	MetersetToDoseMappingSequence	Meterset to Dose Mapping Sequence	1
300A0621		SQ	ExpectedInVivoMeasurementValuesSequence	Expected In-Vivo Measurement Values Sequence	1
300A0622		US	ExpectedInVivoMeasurementValueIndex	Expected In-Vivo Measurement Value Index	1
300A0623		LO	RadiationDoseInVivoMeasurementLabel	Radiation Dose In-Vivo Measurement Label	1
300A0624		FD	RadiationDoseCentralAxisDisplacement	Radiation Dose Central Axis Displacement	2
300A0625		FD	RadiationDoseValue	Radiation Dose Value	1
300A0626		FD	RadiationDoseSourceToSkinDistance	Radiation Dose Source to Skin Distance	1
300A0627		FD	RadiationDoseMeasurementPointCoordinates	Radiation Dose Measurement Point Coordinates	3
300A0628		FD	RadiationDoseSourceToExternalContourDistance	Radiation Dose Source to External Contour Distance	1
300A0629		SQ	RTToleranceSetSequence	RT Tolerance Set Sequence	1
300A062A		LO	RTToleranceSetLabel	RT Tolerance Set Label	1
300A062B		SQ	AttributeToleranceValuesSequence	Attribute Tolerance Values Sequence	1
300A062C		FD	ToleranceValue	Tolerance Value	1
300A062D		SQ	PatientSupportPositionToleranceSequence	Patient Support Position Tolerance Sequence	1
300A062E		FD	TreatmentTimeLimit	Treatment Time Limit	1
300A062F		SQ	CArmPhotonElectronControlPointSequence	C-Arm Photon-Electron Control Point Sequence	1
300A0630		SQ	ReferencedRTRadiationSequence	Referenced RT Radiation Sequence	1
300A0631		SQ	ReferencedRTInstanceSequence	Referenced RT Instance Sequence	1
300A0632	R	SQ	ReferencedRTPatientSetupSequence	Referenced RT Patient Setup Sequence	1
300A0634		FD	SourceToPatientSurfaceDistance	Source to Patient Surface Distance	1
300A0635		SQ	TreatmentMachineSpecialModeCodeSequence	Treatment Machine Special Mode Code Sequence	1
300A0636		US	IntendedNumberOfFractions	Intended Number of Fractions	1
300A0637		CS	RTRadiationSetIntent	RT Radiation Set Intent	1
300A0638		CS	RTRadiationPhysicalAndGeometricContentDetailFlag	RT Radiation Physical and Geometric Content Detail Flag	1
300A0639		CS	RTRecordFlag	RT Record Flag	1
300A063A		SQ	TreatmentDeviceIdentificationSequence	Treatment Device Identification Sequence	1
300A063B		SQ	ReferencedRTPhysicianIntentSequence	Referenced RT Physician Intent Sequence	1
300A063C		FD	CumulativeMeterset	Cumulative Meterset	1
300A063D		FD	DeliveryRate	Delivery Rate	1
300A063E		SQ	DeliveryRateUnitSequence	Delivery Rate Unit Sequence	1
300A063F		SQ	TreatmentPositionSequence	Treatment Position Sequence	1
300A0640		FD	RadiationSourceAxisDistance	Radiation Source-Axis Distance	1
300A0641		US	NumberOfRTBeamLimitingDevices	Number of RT Beam Limiting Devices	1
300A0642		FD	RTBeamLimitingDeviceProximalDistance	RT Beam Limiting Device Proximal Distance	1
300A0643		FD	RTBeamLimitingDeviceDistalDistance	RT Beam Limiting Device Distal Distance	1
300A0644		SQ	ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence	Parallel RT Beam Delimiter Device Orientation Label Code Sequence	1
300A0645		FD	BeamModifierOrientationAngle	Beam Modifier Orientation Angle	1
300A0646		SQ	FixedRTBeamDelimiterDeviceSequence	Fixed RT Beam Delimiter Device Sequence	1
300A0647		SQ	ParallelRTBeamDelimiterDeviceSequence	Parallel RT Beam Delimiter Device Sequence	1
300A0648		US	NumberOfParallelRTBeamDelimiters	Number of Parallel RT Beam Delimiters	1
300A0649		FD	ParallelRTBeamDelimiterBoundaries	Parallel RT Beam Delimiter Boundaries	2-n
300A064A		FD	ParallelRTBeamDelimiterPositions	Parallel RT Beam Delimiter Positions	2-n
300A064B		FD	RTBeamLimitingDeviceOffset	RT Beam Limiting Device Offset	2
300A064C		SQ	RTBeamDelimiterGeometrySequence	RT Beam Delimiter Geometry Sequence	1
300A064D		SQ	RTBeamLimitingDeviceDefinitionSequence	RT Beam Limiting Device Definition Sequence	1
300A064E		CS	ParallelRTBeamDelimiterOpeningMode	Parallel RT Beam Delimiter Opening Mode	1
300A064F		CS	ParallelRTBeamDelimiterLeafMountingSide	Parallel RT Beam Delimiter Leaf Mounting Side	1-n
300A0650	R	UI	PatientSetupUID	Patient Setup UID	1
300A0651		SQ	WedgeDefinitionSequence	Wedge Definition Sequence	1
300A0652		FD	RadiationBeamWedgeAngle	Radiation Beam Wedge Angle	1
300A0653		FD	RadiationBeamWedgeThinEdgeDistance	Radiation Beam Wedge Thin Edge Distance	1
300A0654		FD	RadiationBeamEffectiveWedgeAngle	Radiation Beam Effective Wedge Angle	1
300A0655		US	NumberOfWedgePositions	Number of Wedge Positions	1
300A0656		SQ	RTBeamLimitingDeviceOpeningSequence	RT Beam Limiting Device Opening Sequence	1
300A0657		US	NumberOfRTBeamLimitingDeviceOpenings	Number of RT Beam Limiting Device Openings	1
300A0658		SQ	RadiationDosimeterUnitSequence	Radiation Dosimeter Unit Sequence	1
300A0659		SQ	RTDeviceDistanceReferenceLocationCodeSequence	RT Device Distance Reference Location Code Sequence	1
300A065A		SQ	RadiationDeviceConfigurationAndCommissioningKeySequence	Radiation Device Configuration and Commissioning Key Sequence	1
300A065B		SQ	PatientSupportPositionParameterSequence	Patient Support Position Parameter Sequence	1
300A065C		CS	PatientSupportPositionSpecificationMethod	Patient Support Position Specification Method	1
300A065D		SQ	PatientSupportPositionDeviceParameterSequence	Patient Support Position Device Parameter Sequence	1
300A065E		US	DeviceOrderIndex	Device Order Index	1
300A065F		US	PatientSupportPositionParameterOrderIndex	Patient Support Position Parameter Order Index	1
300A0660		SQ	PatientSupportPositionDeviceToleranceSequence	Patient Support Position Device Tolerance Sequence	1
300A0661		US	PatientSupportPositionToleranceOrderIndex	Patient Support Position Tolerance Order Index	1
300A0662		SQ	CompensatorDefinitionSequence	Compensator Definition Sequence	1
300A0663		CS	CompensatorMapOrientation	Compensator Map Orientation	1
300A0664		OF	CompensatorProximalThicknessMap	Compensator Proximal Thickness Map	1
300A0665		OF	CompensatorDistalThicknessMap	Compensator Distal Thickness Map	1
300A0666		FD	CompensatorBasePlaneOffset	Compensator Base Plane Offset	1
300A0667		SQ	CompensatorShapeFabricationCodeSequence	Compensator Shape Fabrication Code Sequence	1
300A0668		SQ	CompensatorShapeSequence	Compensator Shape Sequence	1
300A0669		FD	RadiationBeamCompensatorMillingToolDiameter	Radiation Beam Compensator Milling Tool Diameter	1
300A066A		SQ	BlockDefinitionSequence	Block Definition Sequence	1
300A066B		OF	BlockEdgeData	Block Edge Data	1
300A066C		CS	BlockOrientation	Block Orientation	1
300A066D		FD	RadiationBeamBlockThickness	Radiation Beam Block Thickness	1
300A066E		FD	RadiationBeamBlockSlabThickness	Radiation Beam Block Slab Thickness	1
300A066F		SQ	BlockEdgeDataSequence	Block Edge Data Sequence	1
300A0670		US	NumberOfRTAccessoryHolders	Number of RT Accessory Holders	1
300A0671		SQ	GeneralAccessoryDefinitionSequence	General Accessory Definition Sequence	1
300A0672		US	NumberOfGeneralAccessories	Number of General Accessories	1
300A0673		SQ	BolusDefinitionSequence	Bolus Definition Sequence	1
300A0674		US	NumberOfBoluses	Number of Boluses	1
300A0675		UI	EquipmentFrameOfReferenceUID	Equipment Frame of Reference UID	1
300A0676		ST	EquipmentFrameOfReferenceDescription	Equipment Frame of Reference Description	1
300A0677		SQ	EquipmentReferencePointCoordinatesSequence	Equipment Reference Point Coordinates Sequence	1
300A0678		SQ	EquipmentReferencePointCodeSequence	Equipment Reference Point Code Sequence	1
300A0679		FD	RTBeamLimitingDeviceAngle	RT Beam Limiting Device Angle	1
300A067A		FD	SourceRollAngle	Source Roll Angle	1
300A067B		SQ	RadiationGenerationModeSequence	Radiation GenerationMode Sequence	1
300A067C		SH	RadiationGenerationModeLabel	Radiation GenerationMode Label	1
300A067D		ST	RadiationGenerationModeDescription	Radiation GenerationMode Description	1
300A067E		SQ	RadiationGenerationModeMachineCodeSequence	Radiation GenerationMode Machine Code Sequence	1
300A067F		SQ	RadiationTypeCodeSequence	Radiation Type Code Sequence	1
300A0680		DS	NominalEnergy	Nominal Energy	1
300A0681		DS	MinimumNominalEnergy	Minimum Nominal Energy	1
300A0682		DS	MaximumNominalEnergy	Maximum Nominal Energy	1
300A0683		SQ	RadiationFluenceModifierCodeSequence	Radiation Fluence Modifier Code Sequence	1
300A0684		SQ	EnergyUnitCodeSequence	Energy Unit Code Sequence	1
300A0685		US	NumberOfRadiationGenerationModes	Number of Radiation GenerationModes	1
300A0686		SQ	PatientSupportDevicesSequence	Patient Support Devices Sequence	1
300A0687		US	NumberOfPatientSupportDevices	Number of Patient Support Devices	1
300A0688		FD	RTBeamModifierDefinitionDistance	RT Beam Modifier Definition Distance	1
300A0689		SQ	BeamAreaLimitSequence	Beam Area Limit Sequence	1
300A068A		SQ	ReferencedRTPrescriptionSequence	Referenced RT Prescription Sequence	1
300A068B		CS	DoseValueInterpretation	Dose Value Interpretation	1
300A0700		UI	TreatmentSessionUID	Treatment Session UID	1
300A0701		CS	RTRadiationUsage	RT Radiation Usage	1
300A0702		SQ	ReferencedRTRadiationSetSequence	Referenced RT Radiation Set Sequence	1
300A0703		SQ	ReferencedRTRadiationRecordSequence	Referenced RT Radiation Record Sequence	1
300A0704		US	RTRadiationSetDeliveryNumber	RT Radiation Set Delivery Number	1
300A0705		US	ClinicalFractionNumber	Clinical Fraction Number	1
300A0706		CS	RTTreatmentFractionCompletionStatus	RT Treatment Fraction Completion Status	1
300A0707		CS	RTRadiationSetUsage	RT Radiation Set Usage	1
300A0708		CS	TreatmentDeliveryContinuationFlag	Treatment Delivery Continuation Flag	1
300A0709		CS	TreatmentRecordContentOrigin	Treatment Record Content Origin	1
300A0714		CS	RTTreatmentTerminationStatus	RT Treatment Termination Status	1
300A0715		SQ	RTTreatmentTerminationReasonCodeSequence	RT Treatment Termination Reason Code Sequence	1
300A0716		SQ	MachineSpecificTreatmentTerminationCodeSequence	Machine-Specific Treatment Termination Code Sequence	1
300A0722		SQ	RTRadiationSalvageRecordControlPointSequence	RT Radiation Salvage Record Control Point Sequence	1
300A0723		CS	StartingMetersetValueKnownFlag	Starting Meterset Value Known Flag	1
300A0730		ST	TreatmentTerminationDescription	Treatment Termination Description	1
300A0731		SQ	TreatmentToleranceViolationSequence	Treatment Tolerance Violation Sequence	1
300A0732		CS	TreatmentToleranceViolationCategory	Treatment Tolerance Violation Category	1
300A0733		SQ	TreatmentToleranceViolationAttributeSequence	Treatment Tolerance Violation Attribute Sequence	1
300A0734		ST	TreatmentToleranceViolationDescription	Treatment Tolerance Violation Description	1
300A0735		ST	TreatmentToleranceViolationIdentification	Treatment Tolerance Violation Identification	1
300A0736		DT	TreatmentToleranceViolationDateTime	Treatment Tolerance Violation DateTime	1
300A073A		DT	RecordedRTControlPointDateTime	Recorded RT Control Point DateTime	1
300A073B		US	ReferencedRadiationRTControlPointIndex	Referenced Radiation RT Control Point Index	1
300A073E		SQ	AlternateValueSequence	Alternate Value Sequence	1
300A073F		SQ	ConfirmationSequence	Confirmation Sequence	1
300A0740		SQ	InterlockSequence	Interlock Sequence	1
300A0741		DT	InterlockDateTime	Interlock DateTime	1
300A0742		ST	InterlockDescription	Interlock Description	1
300A0743		SQ	InterlockOriginatingDeviceSequence	Interlock Originating Device Sequence	1
300A0744		SQ	InterlockCodeSequence	Interlock Code Sequence	1
300A0745		SQ	InterlockResolutionCodeSequence	Interlock Resolution Code Sequence	1
300A0746		SQ	InterlockResolutionUserSequence	Interlock Resolution User Sequence	1
300A0760		DT	OverrideDateTime	Override DateTime	1
300A0761		SQ	TreatmentToleranceViolationTypeCodeSequence	Treatment Tolerance Violation Type Code Sequence	1
300A0762		SQ	TreatmentToleranceViolationCauseCodeSequence	Treatment Tolerance Violation Cause Code Sequence	1
300A0772		SQ	MeasuredMetersetToDoseMappingSequence	Measured Meterset to Dose Mapping Sequence	1
300A0773		US	ReferencedExpectedInVivoMeasurementValueIndex	Referenced Expected In-Vivo Measurement Value Index	1
300A0774		SQ	DoseMeasurementDeviceCodeSequence	Dose Measurement Device Code Sequence	1
300A0780		SQ	AdditionalParameterRecordingInstanceSequence	Additional Parameter Recording Instance Sequence	1
300A0782	R	US			1
300A0783		ST	InterlockOriginDescription	Interlock Origin Description	1
300A0784		SQ	RTPatientPositionScopeSequence	RT Patient Position Scope Sequence	1
300A0785		UI	ReferencedTreatmentPositionGroupUID	Referenced Treatment Position Group UID	1
300A0786		US	RadiationOrderIndex	Radiation Order Index	1
300A0787		SQ	OmittedRadiationSequence	Omitted Radiation Sequence	1
300A0788		SQ	ReasonForOmissionCodeSequence	Reason for Omission Code Sequence	1
300A0789		SQ	RTDeliveryStartPatientPositionSequence	RT Delivery Start Patient Position Sequence	1
300A078A		SQ	RTTreatmentPreparationPatientPositionSequence	RT Treatment Preparation Patient Position Sequence	1
300A078B		SQ	ReferencedRTTreatmentPreparationSequence	Referenced RT Treatment Preparation Sequence	1
300A078C		SQ	ReferencedPatientSetupPhotoSequence	Referenced Patient Setup Photo Sequence	1
300A078D		SQ	PatientTreatmentPreparationMethodCodeSequence	Patient Treatment Preparation Method Code Sequence	1
300A078E		LT	PatientTreatmentPreparationProcedureParameterDescription	Patient Treatment Preparation Procedure Parameter Description	1
300A078F		SQ	PatientTreatmentPreparationDeviceSequence	Patient Treatment Preparation Device Sequence	1
300A0790		SQ	PatientTreatmentPreparationProcedureSequence	Patient Treatment Preparation Procedure Sequence	1
300A0791		SQ	PatientTreatmentPreparationProcedureCodeSequence	Patient Treatment Preparation Procedure Code Sequence	1
300A0792		LT	PatientTreatmentPreparationMethodDescription	Patient Treatment Preparation Method Description	1
300A0793		SQ	PatientTreatmentPreparationProcedureParameterSequence	Patient Treatment Preparation Procedure Parameter Sequence	1
300A0794		LT	PatientSetupPhotoDescription	Patient Setup Photo Description	1
300A0795		US	PatientTreatmentPreparationProcedureIndex	Patient Treatment Preparation Procedure Index	1
300A0796		US	ReferencedPatientSetupProcedureIndex	Referenced Patient Setup Procedure Index	1
300A0797		SQ	RTRadiationTaskSequence	RT Radiation Task Sequence	1
300A0798		SQ	RTPatientPositionDisplacementSequence	RT Patient Position Displacement Sequence	1
300A0799		SQ	RTPatientPositionSequence	RT Patient Position Sequence	1
300A079A		LO	DisplacementReferenceLabel	Displacement Reference Label	1
300A079B		FD	DisplacementMatrix	Displacement Matrix	16
300A079C		SQ	PatientSupportDisplacementSequence	Patient Support Displacement Sequence	1
300A079D		SQ	DisplacementReferenceLocationCodeSequence	Displacement Reference Location Code Sequence	1
300A079E		CS	RTRadiationSetDeliveryUsage	RT Radiation Set Delivery Usage	1
300A079F		SQ	PatientTreatmentPreparationSequence	Patient Treatment Preparation Sequence	1
300A07A0		SQ	PatientToEquipmentRelationshipSequence	Patient to Equipment Relationship Sequence	1
300A07A1		SQ	ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence	Imaging Equipment to Treatment Delivery Device Relationship Sequence	1
300C0002		SQ	ReferencedRTPlanSequence	Referenced RT Plan Sequence	1
300C0004		SQ	ReferencedBeamSequence	Referenced Beam Sequence	1
300C0006		IS	ReferencedBeamNumber	Referenced Beam Number	1
300C0007		IS	ReferencedReferenceImageNumber	Referenced Reference Image Number	1
300C0008		DS	StartCumulativeMetersetWeight	Start Cumulative Meterset Weight	1
300C0009		DS	EndCumulativeMetersetWeight	End Cumulative Meterset Weight	1
300C000A		SQ	ReferencedBrachyApplicationSetupSequence	Referenced Brachy Application Setup Sequence	1
300C000C		IS	ReferencedBrachyApplicationSetupNumber	Referenced Brachy Application Setup Number	1
300C000E		IS	ReferencedSourceNumber	Referenced Source Number	1
300C0020		SQ	ReferencedFractionGroupSequence	Referenced Fraction Group Sequence	1
300C0022		IS	ReferencedFractionGroupNumber	Referenced Fraction Group Number	1
300C0040		SQ	ReferencedVerificationImageSequence	Referenced Verification Image Sequence	1
300C0042		SQ	ReferencedReferenceImageSequence	Referenced Reference Image Sequence	1
300C0050		SQ	ReferencedDoseReferenceSequence	Referenced Dose Reference Sequence	1
300C0051		IS	ReferencedDoseReferenceNumber	Referenced Dose Reference Number	1
300C0055		SQ	BrachyReferencedDoseReferenceSequence	Brachy Referenced Dose Reference Sequence	1
300C0060		SQ	ReferencedStructureSetSequence	Referenced Structure Set Sequence	1
300C006A		IS	ReferencedPatientSetupNumber	Referenced Patient Setup Number	1
300C0080		SQ	ReferencedDoseSequence	Referenced Dose Sequence	1
300C00A0		IS	ReferencedToleranceTableNumber	Referenced Tolerance Table Number	1
300C00B0		SQ	ReferencedBolusSequence	Referenced Bolus Sequence	1
300C00C0		IS	ReferencedWedgeNumber	Referenced Wedge Number	1
300C00D0		IS	ReferencedCompensatorNumber	Referenced Compensator Number	1
300C00E0		IS	ReferencedBlockNumber	Referenced Block Number	1
300C00F0		IS	ReferencedControlPointIndex	Referenced Control Point Index	1
300C00F2		SQ	ReferencedControlPointSequence	Referenced Control Point Sequence	1
300C00F4		IS	ReferencedStartControlPointIndex	Referenced Start Control Point Index	1
300C00F6		IS	ReferencedStopControlPointIndex	Referenced Stop Control Point Index	1
300C0100		IS	ReferencedRangeShifterNumber	Referenced Range Shifter Number	1
300C0102		IS	ReferencedLateralSpreadingDeviceNumber	Referenced Lateral Spreading Device Number	1
300C0104		IS	ReferencedRangeModulatorNumber	Referenced Range Modulator Number	1
300C0111		SQ	OmittedBeamTaskSequence	Omitted Beam Task Sequence	1
300C0112		CS	ReasonForOmission	Reason for Omission	1
300C0113		LO	ReasonForOmissionDescription	Reason for Omission Description	1
300C0114		SQ	PrescriptionOverviewSequence	Prescription Overview Sequence	1
300C0115		FL	TotalPrescriptionDose	Total Prescription Dose	1
300C0116		SQ	PlanOverviewSequence	Plan Overview Sequence	1
300C0117		US	PlanOverviewIndex	Plan Overview Index	1
300C0118		US	ReferencedPlanOverviewIndex	Referenced Plan Overview Index	1
300C0119		US	NumberOfFractionsIncluded	Number of Fractions Included	1
300C0120		SQ	DoseCalibrationConditionsSequence	Dose Calibration Conditions Sequence	1
300C0121		FD	AbsorbedDoseToMetersetRatio	Absorbed Dose to Meterset Ratio	1
300C0122		FD	DelineatedRadiationFieldSize	Delineated Radiation Field Size	2
300C0123		CS	DoseCalibrationConditionsVerifiedFlag	Dose Calibration Conditions Verified Flag	1
300C0124		FD	CalibrationReferencePointDepth	Calibration Reference Point Depth	1
300C0125		SQ	GatingBeamHoldTransitionSequence	Gating Beam Hold Transition Sequence	1
300C0126		CS	BeamHoldTransition	Beam Hold Transition	1
300C0127		DT	BeamHoldTransitionDateTime	Beam Hold Transition DateTime	1
300C0128		SQ	BeamHoldOriginatingDeviceSequence	Beam Hold Originating Device Sequence	1
300C0129		CS	BeamHoldTransitionTriggerSource	Beam Hold Transition Trigger Source	1
300E0002		CS	ApprovalStatus	Approval Status	1
300E0004		DA	ReviewDate	Review Date	1
300E0005		TM	ReviewTime	Review Time	1
300E0008		PN	ReviewerName	Reviewer Name	1
30100001		SQ	RadiobiologicalDoseEffectSequence	Radiobiological Dose Effect Sequence	1
30100002		CS	RadiobiologicalDoseEffectFlag	Radiobiological Dose Effect Flag	1
30100003		SQ	EffectiveDoseCalculationMethodCategoryCodeSequence	Effective Dose Calculation Method Category Code Sequence	1
30100004		SQ	EffectiveDoseCalculationMethodCodeSequence	Effective Dose Calculation Method Code Sequence	1
30100005		LO	EffectiveDoseCalculationMethodDescription	Effective Dose Calculation Method Description	1
30100006		UI	ConceptualVolumeUID	Conceptual Volume UID	1
30100007		SQ	OriginatingSOPInstanceReferenceSequence	Originating SOP Instance Reference Sequence	1
30100008		SQ	ConceptualVolumeConstituentSequence	Conceptual Volume Constituent Sequence	1
30100009		SQ	EquivalentConceptualVolumeInstanceReferenceSequence	Equivalent Conceptual Volume Instance Reference Sequence	1
3010000A		SQ	EquivalentConceptualVolumesSequence	Equivalent Conceptual Volumes Sequence	1
3010000B		UI	ReferencedConceptualVolumeUID	Referenced Conceptual Volume UID	1
3010000C		UT	ConceptualVolumeCombinationExpression	Conceptual Volume Combination Expression	1
3010000D		US	ConceptualVolumeConstituentIndex	Conceptual Volume Constituent Index	1
3010000E		CS	ConceptualVolumeCombinationFlag	Conceptual Volume Combination Flag	1
3010000F		ST	ConceptualVolumeCombinationDescription	Conceptual Volume Combination Description	1
30100010		CS	ConceptualVolumeSegmentationDefinedFlag	Conceptual Volume Segmentation Defined Flag	1
30100011		SQ	ConceptualVolumeSegmentationReferenceSequence	Conceptual Volume Segmentation Reference Sequence	1
30100012		SQ	ConceptualVolumeConstituentSegmentationReferenceSequence	Conceptual Volume Constituent Segmentation Reference Sequence	1
30100013		UI	ConstituentConceptualVolumeUID	Constituent Conceptual Volume UID	1
30100014		SQ	DerivationConceptualVolumeSequence	Derivation Conceptual Volume Sequence	1
30100015		UI	SourceConceptualVolumeUID	Source Conceptual Volume UID	1
30100016		SQ	ConceptualVolumeDerivationAlgorithmSequence	Conceptual Volume Derivation Algorithm Sequence	1
30100017		ST	ConceptualVolumeDescription	Conceptual Volume Description	1
30100018		SQ	SourceConceptualVolumeSequence	Source Conceptual Volume Sequence	1
30100019		SQ	AuthorIdentificationSequence	Author Identification Sequence	1
3010001A		LO	ManufacturerModelVersion	Manufacturer's Model Version	1
3010001B		UC	DeviceAlternateIdentifier	Device Alternate Identifier	1
3010001C		CS	DeviceAlternateIdentifierType	Device Alternate Identifier Type	1
3010001D		LT	DeviceAlternateIdentifierFormat	Device Alternate Identifier Format	1
3010001E		LO	SegmentationCreationTemplateLabel	Segmentation Creation Template Label	1
3010001F		UI	SegmentationTemplateUID	Segmentation Template UID	1
30100020		US	ReferencedSegmentReferenceIndex	Referenced Segment Reference Index	1
30100021		SQ	SegmentReferenceSequence	Segment Reference Sequence	1
30100022		US	SegmentReferenceIndex	Segment Reference Index	1
30100023		SQ	DirectSegmentReferenceSequence	Direct Segment Reference Sequence	1
30100024		SQ	CombinationSegmentReferenceSequence	Combination Segment Reference Sequence	1
30100025		SQ	ConceptualVolumeSequence	Conceptual Volume Sequence	1
30100026		SQ	SegmentedRTAccessoryDeviceSequence	Segmented RT Accessory Device Sequence	1
30100027		SQ	SegmentCharacteristicsSequence	Segment Characteristics Sequence	1
30100028		SQ	RelatedSegmentCharacteristicsSequence	Related Segment Characteristics Sequence	1
30100029		US	SegmentCharacteristicsPrecedence	Segment Characteristics Precedence	1
3010002A		SQ	RTSegmentAnnotationSequence	RT Segment Annotation Sequence	1
3010002B		SQ	SegmentAnnotationCategoryCodeSequence	Segment Annotation Category Code Sequence	1
3010002C		SQ	SegmentAnnotationTypeCodeSequence	Segment Annotation Type Code Sequence	1
3010002D		LO	DeviceLabel	Device Label	1
3010002E		SQ	DeviceTypeCodeSequence	Device Type Code Sequence	1
3010002F		SQ	SegmentAnnotationTypeModifierCodeSequence	Segment Annotation Type Modifier Code Sequence	1
30100030		SQ	PatientEquipmentRelationshipCodeSequence	Patient Equipment Relationship Code Sequence	1
30100031		UI	ReferencedFiducialsUID	Referenced Fiducials UID	1
30100032		SQ	PatientTreatmentOrientationSequence	Patient Treatment Orientation Sequence	1
30100033		SH	UserContentLabel	User Content Label	1
30100034		LO	UserContentLongLabel	User Content Long Label	1
30100035		SH	EntityLabel	Entity Label	1
30100036		LO	EntityName	Entity Name	1
30100037		ST	EntityDescription	Entity Description	1
30100038		LO	EntityLongLabel	Entity Long Label	1
30100039		US	DeviceIndex	Device Index	1
3010003A		US	RTTreatmentPhaseIndex	RT Treatment Phase Index	1
3010003B		UI	RTTreatmentPhaseUID	RT Treatment Phase UID	1
3010003C		US	RTPrescriptionIndex	RT Prescription Index	1
3010003D		US	RTSegmentAnnotationIndex	RT Segment Annotation Index	1
3010003E		US	BasisRTTreatmentPhaseIndex	Basis RT Treatment Phase Index	1
3010003F		US	RelatedRTTreatmentPhaseIndex	Related RT Treatment Phase Index	1
30100040		US	ReferencedRTTreatmentPhaseIndex	Referenced RT Treatment Phase Index	1
30100041		US	ReferencedRTPrescriptionIndex	Referenced RT Prescription Index	1
30100042		US	ReferencedParentRTPrescriptionIndex	Referenced Parent RT Prescription Index	1
30100043		ST	ManufacturerDeviceIdentifier	Manufacturer's Device Identifier	1
30100044		SQ	InstanceLevelReferencedPerformedProcedureStepSequence	Instance-Level Referenced Performed Procedure Step Sequence	1
30100045		CS	RTTreatmentPhaseIntentPresenceFlag	RT Treatment Phase Intent Presence Flag	1
30100046		CS	RadiotherapyTreatmentType	Radiotherapy Treatment Type	1
30100047		CS	TeletherapyRadiationType	Teletherapy Radiation Type	1-n
30100048		CS	BrachytherapySourceType	Brachytherapy Source Type	1-n
30100049		SQ	ReferencedRTTreatmentPhaseSequence	Referenced RT Treatment Phase Sequence	1
3010004A		SQ	ReferencedDirectSegmentInstanceSequence	Referenced Direct Segment Instance Sequence	1
3010004B		SQ	IntendedRTTreatmentPhaseSequence	Intended RT Treatment Phase Sequence	1
3010004C		DA	IntendedPhaseStartDate	Intended Phase Start Date	1
3010004D		DA	IntendedPhaseEndDate	Intended Phase End Date	1
3010004E		SQ	RTTreatmentPhaseIntervalSequence	RT Treatment Phase Interval Sequence	1
3010004F		CS	TemporalRelationshipIntervalAnchor	Temporal Relationship Interval Anchor	1
30100050		FD	MinimumNumberOfIntervalDays	Minimum Number of Interval Days	1
30100051		FD	MaximumNumberOfIntervalDays	Maximum Number of Interval Days	1
30100052		UI	PertinentSOPClassesInStudy	Pertinent SOP Classes in Study	1-n
30100053		UI	PertinentSOPClassesInSeries	Pertinent SOP Classes in Series	1-n
30100054		LO	RTPrescriptionLabel	RT Prescription Label	1
30100055		SQ	RTPhysicianIntentPredecessorSequence	RT Physician Intent Predecessor Sequence	1
30100056		LO	RTTreatmentApproachLabel	RT Treatment Approach Label	1
30100057		SQ	RTPhysicianIntentSequence	RT Physician Intent Sequence	1
30100058		US	RTPhysicianIntentIndex	RT Physician Intent Index	1
30100059		CS	RTTreatmentIntentType	RT Treatment Intent Type	1
3010005A		UT	RTPhysicianIntentNarrative	RT Physician Intent Narrative	1
3010005B		SQ	RTProtocolCodeSequence	RT Protocol Code Sequence	1
3010005C		ST	ReasonForSuperseding	Reason for Superseding	1
3010005D		SQ	RTDiagnosisCodeSequence	RT Diagnosis Code Sequence	1
3010005E		US	ReferencedRTPhysicianIntentIndex	Referenced RT Physician Intent Index	1
3010005F		SQ	RTPhysicianIntentInputInstanceSequence	RT Physician Intent Input Instance Sequence	1
30100060		SQ	RTAnatomicPrescriptionSequence	RT Anatomic Prescription Sequence	1
30100061		UT	PriorTreatmentDoseDescription	Prior Treatment Dose Description	1
30100062		SQ	PriorTreatmentReferenceSequence	Prior Treatment Reference Sequence	1
30100063		CS	DosimetricObjectiveEvaluationScope	Dosimetric Objective Evaluation Scope	1
30100064		SQ	TherapeuticRoleCategoryCodeSequence	Therapeutic Role Category Code Sequence	1
30100065		SQ	TherapeuticRoleTypeCodeSequence	Therapeutic Role Type Code Sequence	1
30100066		US	ConceptualVolumeOptimizationPrecedence	Conceptual Volume Optimization Precedence	1
30100067		SQ	ConceptualVolumeCategoryCodeSequence	Conceptual Volume Category Code Sequence	1
30100068		CS	ConceptualVolumeBlockingConstraint	Conceptual Volume Blocking Constraint	1
30100069		SQ	ConceptualVolumeTypeCodeSequence	Conceptual Volume Type Code Sequence	1
3010006A		SQ	ConceptualVolumeTypeModifierCodeSequence	Conceptual Volume Type Modifier Code Sequence	1
3010006B		SQ	RTPrescriptionSequence	RT Prescription Sequence	1
3010006C		SQ	DosimetricObjectiveSequence	Dosimetric Objective Sequence	1
3010006D		SQ	DosimetricObjectiveTypeCodeSequence	Dosimetric Objective Type Code Sequence	1
3010006E		UI	DosimetricObjectiveUID	Dosimetric Objective UID	1
3010006F		UI	ReferencedDosimetricObjectiveUID	Referenced Dosimetric Objective UID	1
30100070		SQ	DosimetricObjectiveParameterSequence	Dosimetric Objective Parameter Sequence	1
30100071		SQ	ReferencedDosimetricObjectivesSequence	Referenced Dosimetric Objectives Sequence	1
30100073		CS	AbsoluteDosimetricObjectiveFlag	Absolute Dosimetric Objective Flag	1
30100074		FD	DosimetricObjectiveWeight	Dosimetric Objective Weight	1
30100075		CS	DosimetricObjectivePurpose	Dosimetric Objective Purpose	1
30100076		SQ	PlanningInputInformationSequence	Planning Input Information Sequence	1
30100077		LO	TreatmentSite	Treatment Site	1
30100078		SQ	TreatmentSiteCodeSequence	Treatment Site Code Sequence	1
30100079		SQ	FractionPatternSequence	Fraction Pattern Sequence	1
3010007A		UT	TreatmentTechniqueNotes	Treatment Technique Notes	1
3010007B		UT	PrescriptionNotes	Prescription Notes	1
3010007C		IS	NumberOfIntervalFractions	Number of Interval Fractions	1
3010007D		US	NumberOfFractions	Number of Fractions	1
3010007E		US	IntendedDeliveryDuration	Intended Delivery Duration	1
3010007F		UT	FractionationNotes	Fractionation Notes	1
30100080		SQ	RTTreatmentTechniqueCodeSequence	RT Treatment Technique Code Sequence	1
30100081		SQ	PrescriptionNotesSequence	Prescription Notes Sequence	1
30100082		SQ	FractionBasedRelationshipSequence	Fraction-Based Relationship Sequence	1
30100083		CS	FractionBasedRelationshipIntervalAnchor	Fraction-Based Relationship Interval Anchor	1
30100084		FD	MinimumHoursBetweenFractions	Minimum Hours between Fractions	1
30100085		TM	IntendedFractionStartTime	Intended Fraction Start Time	1-n
30100086		LT	IntendedStartDayOfWeek	Intended Start Day of Week	1
30100087		SQ	WeekdayFractionPatternSequence	Weekday Fraction Pattern Sequence	1
30100088		SQ	DeliveryTimeStructureCodeSequence	Delivery Time Structure Code Sequence	1
30100089		SQ	TreatmentSiteModifierCodeSequence	Treatment Site Modifier Code Sequence	1
30100090	R	CS	RoboticBaseLocationIndicator	Robotic Base Location Indicator	1
30100091		SQ	RoboticPathNodeSetCodeSequence	Robotic Path Node Set Code Sequence	1
30100092		UL	RoboticNodeIdentifier	Robotic Node Identifier	1
30100093		FD	RTTreatmentSourceCoordinates	RT Treatment Source Coordinates	3
30100094		FD	RadiationSourceCoordinateSystemYawAngle	Radiation Source Coordinate SystemYaw Angle	1
30100095		FD	RadiationSourceCoordinateSystemRollAngle	Radiation Source Coordinate SystemRoll Angle	1
30100096		FD	RadiationSourceCoordinateSystemPitchAngle	Radiation Source Coordinate System Pitch Angle	1
30100097		SQ	RoboticPathControlPointSequence	Robotic Path Control Point Sequence	1
30100098		SQ	TomotherapeuticControlPointSequence	Tomotherapeutic Control Point Sequence	1
30100099		FD	TomotherapeuticLeafOpenDurations	Tomotherapeutic Leaf Open Durations	1-n
3010009A		FD	TomotherapeuticLeafInitialClosedDurations	Tomotherapeutic Leaf Initial Closed Durations	1-n
301000A0		SQ	ConceptualVolumeIdentificationSequence	Conceptual Volume Identification Sequence	1
40000010	R	LT	Arbitrary	Arbitrary	1
40004000	R	LT	TextComments	Text Comments	1
40080040	R	SH	ResultsID	Results ID	1
40080042	R	LO	ResultsIDIssuer	Results ID Issuer	1
40080050	R	SQ	ReferencedInterpretationSequence	Referenced Interpretation Sequence	1
400800FF	R	CS	ReportProductionStatusTrial	Report Production Status (Trial)	1
40080100	R	DA	InterpretationRecordedDate	Interpretation Recorded Date	1
40080101	R	TM	InterpretationRecordedTime	Interpretation Recorded Time	1
40080102	R	PN	InterpretationRecorder	Interpretation Recorder	1
40080103	R	LO	ReferenceToRecordedSound	Reference to Recorded Sound	1
40080108	R	DA	InterpretationTranscriptionDate	Interpretation Transcription Date	1
40080109	R	TM	InterpretationTranscriptionTime	Interpretation Transcription Time	1
4008010A	R	PN	InterpretationTranscriber	Interpretation Transcriber	1
4008010B	R	ST	InterpretationText	Interpretation Text	1
4008010C	R	PN	InterpretationAuthor	Interpretation Author	1
40080111	R	SQ	InterpretationApproverSequence	Interpretation Approver Sequence	1
40080112	R	DA	InterpretationApprovalDate	Interpretation Approval Date	1
40080113	R	TM	InterpretationApprovalTime	Interpretation Approval Time	1
40080114	R	PN	PhysicianApprovingInterpretation	Physician Approving Interpretation	1
40080115	R	LT	InterpretationDiagnosisDescription	Interpretation Diagnosis Description	1
40080117	R	SQ	InterpretationDiagnosisCodeSequence	Interpretation Diagnosis Code Sequence	1
40080118	R	SQ	ResultsDistributionListSequence	Results Distribution List Sequence	1
40080119	R	PN	DistributionName	Distribution Name	1
4008011A	R	LO	DistributionAddress	Distribution Address	1
40080200	R	SH	InterpretationID	Interpretation ID	1
40080202	R	LO	InterpretationIDIssuer	Interpretation ID Issuer	1
40080210	R	CS	InterpretationTypeID	Interpretation Type ID	1
40080212	R	CS	InterpretationStatusID	Interpretation Status ID	1
40080300	R	ST	Impressions	Impressions	1
40084000	R	ST	ResultsComments	Results Comments	1
40100001		CS	LowEnergyDetectors	Low Energy Detectors	1
40100002		CS	HighEnergyDetectors	High Energy Detectors	1
40100004		SQ	DetectorGeometrySequence	Detector Geometry Sequence	1
40101001		SQ	ThreatROIVoxelSequence	Threat ROI Voxel Sequence	1
40101004		FL	ThreatROIBase	Threat ROI Base	3
40101005		FL	ThreatROIExtents	Threat ROI Extents	3
40101006		OB	ThreatROIBitmap	Threat ROI Bitmap	1
40101007		SH	RouteSegmentID	Route Segment ID	1
40101008		CS	GantryType	Gantry Type	1
40101009		CS	OOIOwnerType	OOI Owner Type	1
4010100A		SQ	RouteSegmentSequence	Route Segment Sequence	1
40101010		US	PotentialThreatObjectID	Potential Threat Object ID	1
40101011		SQ	ThreatSequence	Threat Sequence	1
40101012		CS	ThreatCategory	Threat Category	1
40101013		LT	ThreatCategoryDescription	Threat Category Description	1
40101014		CS	ATDAbilityAssessment	ATD Ability Assessment	1
40101015		CS	ATDAssessmentFlag	ATD Assessment Flag	1
40101016		FL	ATDAssessmentProbability	ATD Assessment Probability	1
40101017		FL	Mass	Mass	1
40101018		FL	Density	Density	1
40101019		FL	ZEffective	Z Effective	1
4010101A		SH	BoardingPassID	Boarding Pass ID	1
4010101B		FL	CenterOfMass	Center of Mass	3
4010101C		FL	CenterOfPTO	Center of PTO	3
4010101D		FL	BoundingPolygon	Bounding Polygon	6-n
4010101E		SH	RouteSegmentStartLocationID	Route Segment Start Location ID	1
4010101F		SH	RouteSegmentEndLocationID	Route Segment End Location ID	1
40101020		CS	RouteSegmentLocationIDType	Route Segment Location ID Type	1
40101021		CS	AbortReason	Abort Reason	1-n
40101023		FL	VolumeOfPTO	Volume of PTO	1
40101024		CS	AbortFlag	Abort Flag	1
40101025		DT	RouteSegmentStartTime	Route Segment Start Time	1
40101026		DT	RouteSegmentEndTime	Route Segment End Time	1
40101027		CS	TDRType	TDR Type	1
40101028		CS	InternationalRouteSegment	International Route Segment	1
40101029		LO	ThreatDetectionAlgorithmAndVersion	Threat Detection Algorithm and Version	1-n
4010102A		SH	AssignedLocation	Assigned Location	1
4010102B		DT	AlarmDecisionTime	Alarm Decision Time	1
40101031		CS	AlarmDecision	Alarm Decision	1
40101033		US	NumberOfTotalObjects	Number of Total Objects	1
40101034		US	NumberOfAlarmObjects	Number of Alarm Objects	1
40101037		SQ	PTORepresentationSequence	PTO Representation Sequence	1
40101038		SQ	ATDAssessmentSequence	ATD Assessment Sequence	1
40101039		CS	TIPType	TIP Type	1
4010103A		CS	DICOSVersion	DICOS Version	1
40101041		DT	OOIOwnerCreationTime	OOI Owner Creation Time	1
40101042		CS	OOIType	OOI Type	1
40101043		FL	OOISize	OOI Size	3
40101044		CS	AcquisitionStatus	Acquisition Status	1
40101045		SQ	BasisMaterialsCodeSequence	Basis Materials Code Sequence	1
40101046		CS	PhantomType	Phantom Type	1
40101047		SQ	OOIOwnerSequence	OOI Owner Sequence	1
40101048		CS	ScanType	Scan Type	1
40101051		LO	ItineraryID	Itinerary ID	1
40101052		SH	ItineraryIDType	Itinerary ID Type	1
40101053		LO	ItineraryIDAssigningAuthority	Itinerary ID Assigning Authority	1
40101054		SH	RouteID	Route ID	1
40101055		SH	RouteIDAssigningAuthority	Route ID Assigning Authority	1
40101056		CS	InboundArrivalType	Inbound Arrival Type	1
40101058		SH	CarrierID	Carrier ID	1
40101059		CS	CarrierIDAssigningAuthority	Carrier ID Assigning Authority	1
40101060		FL	SourceOrientation	Source Orientation	3
40101061		FL	SourcePosition	Source Position	3
40101062		FL	BeltHeight	Belt Height	1
40101064		SQ	AlgorithmRoutingCodeSequence	Algorithm Routing Code Sequence	1
40101067		CS	TransportClassification	Transport Classification	1
40101068		LT	OOITypeDescriptor	OOI Type Descriptor	1
40101069		FL	TotalProcessingTime	Total Processing Time	1
4010106C		OB	DetectorCalibrationData	Detector Calibration Data	1
4010106D		CS	AdditionalScreeningPerformed	Additional Screening Performed	1
4010106E		CS	AdditionalInspectionSelectionCriteria	Additional Inspection Selection Criteria	1
4010106F		SQ	AdditionalInspectionMethodSequence	Additional Inspection Method Sequence	1
40101070		CS	AITDeviceType	AIT Device Type	1
40101071		SQ	QRMeasurementsSequence	QR Measurements Sequence	1
40101072		SQ	TargetMaterialSequence	Target Material Sequence	1
40101073		FD	SNRThreshold	SNR Threshold	1
40101075		DS	ImageScaleRepresentation	Image Scale Representation	1
40101076		SQ	ReferencedPTOSequence	Referenced PTO Sequence	1
40101077		SQ	ReferencedTDRInstanceSequence	Referenced TDR Instance Sequence	1
40101078		ST	PTOLocationDescription	PTO Location Description	1
40101079		SQ	AnomalyLocatorIndicatorSequence	Anomaly Locator Indicator Sequence	1
4010107A		FL	AnomalyLocatorIndicator	Anomaly Locator Indicator	3
4010107B		SQ	PTORegionSequence	PTO Region Sequence	1
4010107C		CS	InspectionSelectionCriteria	Inspection Selection Criteria	1
4010107D		SQ	SecondaryInspectionMethodSequence	Secondary Inspection Method Sequence	1
4010107E		DS	PRCSToRCSOrientation	PRCS to RCS Orientation	6
4FFE0001		SQ	MACParametersSequence	MAC Parameters Sequence	1
52009229		SQ	SharedFunctionalGroupsSequence	Shared Functional Groups Sequence	1
52009230		SQ	PerFrameFunctionalGroupsSequence	Per-Frame Functional Groups Sequence	1
54000100		SQ	WaveformSequence	Waveform Sequence	1
54000110		OB/OW	ChannelMinimumValue	Channel Minimum Value	1
54000112		OB/OW	ChannelMaximumValue	Channel Maximum Value	1
54001004		US	WaveformBitsAllocated	Waveform Bits Allocated	1
54001006		CS	WaveformSampleInterpretation	Waveform Sample Interpretation	1
5400100A		OB/OW	WaveformPaddingValue	Waveform Padding Value	1
54001010		OB/OW	WaveformData	Waveform Data	1
56000010		OF	FirstOrderPhaseCorrectionAngle	First Order Phase Correction Angle	1
56000020		OF	SpectroscopyData	Spectroscopy Data	1
7FE00001		OV	ExtendedOffsetTable	Extended Offset Table	1
7FE00002		OV	ExtendedOffsetTableLengths	Extended Offset Table Lengths	1
7FE00003		UV	EncapsulatedPixelDataValueTotalLength	Encapsulated Pixel Data Value Total Length	1
7FE00008		OF	FloatPixelData	Float Pixel Data	1
7FE00009		OD	DoubleFloatPixelData	Double Float Pixel Data	1
7FE00010		OB/OW	PixelData	Pixel Data	1
7FE00020	R	OW	CoefficientsSDVN	Coefficients SDVN	1
7FE00030	R	OW	CoefficientsSDHN	Coefficients SDHN	1
7FE00040	R	OW	CoefficientsSDDN	Coefficients SDDN	1
FFFAFFFA		SQ	DigitalSignaturesSequence	Digital Signatures Sequence	1
FFFCFFFC		OB	DataSetTrailingPadding	Data Set Trailing Padding	1
FFFEE000			Item	Item	1
FFFEE00D			ItemDelimitationItem	Item Delimitation Item	1
FFFEE0DD			SequenceDelimitationItem	Sequence Delimitation Item	1
"""#
    }
}
