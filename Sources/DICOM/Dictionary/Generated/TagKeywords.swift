// GENERATED FILE: do not edit. Regenerate it instead (see below).
// A Tag constant for each keyword of a non-repeating standard tag (group FFFE is hand-written in Tag.swift).
// Source: pydicom 3.0.2, _dicom_dict.py (DicomDictionary) (DICOM edition 2024c).
// Regenerate with:
//     python3 Scripts/generate_dictionary.py [path/to/pydicom-3.0.2-py3-none-any.whl]
// (without a path it runs `pip download --no-deps pydicom==3.0.2`).

// Computed properties, not `static let`: 5000 lazily initialised globals take
// several seconds longer to compile, and these fold to a constant anyway.

extension Tag {
    /// (0000,0000) Command Group Length, UL, VM 1
    public static var commandGroupLength: Tag { Tag(rawValue: 0x00000000) }
    /// (0000,0001) Command Length to End, UL, VM 1 (retired)
    public static var commandLengthToEnd: Tag { Tag(rawValue: 0x00000001) }
    /// (0000,0002) Affected SOP Class UID, UI, VM 1
    public static var affectedSOPClassUID: Tag { Tag(rawValue: 0x00000002) }
    /// (0000,0003) Requested SOP Class UID, UI, VM 1
    public static var requestedSOPClassUID: Tag { Tag(rawValue: 0x00000003) }
    /// (0000,0010) Command Recognition Code, SH, VM 1 (retired)
    public static var commandRecognitionCode: Tag { Tag(rawValue: 0x00000010) }
    /// (0000,0100) Command Field, US, VM 1
    public static var commandField: Tag { Tag(rawValue: 0x00000100) }
    /// (0000,0110) Message ID, US, VM 1
    public static var messageID: Tag { Tag(rawValue: 0x00000110) }
    /// (0000,0120) Message ID Being Responded To, US, VM 1
    public static var messageIDBeingRespondedTo: Tag { Tag(rawValue: 0x00000120) }
    /// (0000,0200) Initiator, AE, VM 1 (retired)
    public static var initiator: Tag { Tag(rawValue: 0x00000200) }
    /// (0000,0300) Receiver, AE, VM 1 (retired)
    public static var receiver: Tag { Tag(rawValue: 0x00000300) }
    /// (0000,0400) Find Location, AE, VM 1 (retired)
    public static var findLocation: Tag { Tag(rawValue: 0x00000400) }
    /// (0000,0600) Move Destination, AE, VM 1
    public static var moveDestination: Tag { Tag(rawValue: 0x00000600) }
    /// (0000,0700) Priority, US, VM 1
    public static var priority: Tag { Tag(rawValue: 0x00000700) }
    /// (0000,0800) Command Data Set Type, US, VM 1
    public static var commandDataSetType: Tag { Tag(rawValue: 0x00000800) }
    /// (0000,0850) Number of Matches, US, VM 1 (retired)
    public static var numberOfMatches: Tag { Tag(rawValue: 0x00000850) }
    /// (0000,0860) Response Sequence Number, US, VM 1 (retired)
    public static var responseSequenceNumber: Tag { Tag(rawValue: 0x00000860) }
    /// (0000,0900) Status, US, VM 1
    public static var status: Tag { Tag(rawValue: 0x00000900) }
    /// (0000,0901) Offending Element, AT, VM 1-n
    public static var offendingElement: Tag { Tag(rawValue: 0x00000901) }
    /// (0000,0902) Error Comment, LO, VM 1
    public static var errorComment: Tag { Tag(rawValue: 0x00000902) }
    /// (0000,0903) Error ID, US, VM 1
    public static var errorID: Tag { Tag(rawValue: 0x00000903) }
    /// (0000,1000) Affected SOP Instance UID, UI, VM 1
    public static var affectedSOPInstanceUID: Tag { Tag(rawValue: 0x00001000) }
    /// (0000,1001) Requested SOP Instance UID, UI, VM 1
    public static var requestedSOPInstanceUID: Tag { Tag(rawValue: 0x00001001) }
    /// (0000,1002) Event Type ID, US, VM 1
    public static var eventTypeID: Tag { Tag(rawValue: 0x00001002) }
    /// (0000,1005) Attribute Identifier List, AT, VM 1-n
    public static var attributeIdentifierList: Tag { Tag(rawValue: 0x00001005) }
    /// (0000,1008) Action Type ID, US, VM 1
    public static var actionTypeID: Tag { Tag(rawValue: 0x00001008) }
    /// (0000,1020) Number of Remaining Sub-operations, US, VM 1
    public static var numberOfRemainingSuboperations: Tag { Tag(rawValue: 0x00001020) }
    /// (0000,1021) Number of Completed Sub-operations, US, VM 1
    public static var numberOfCompletedSuboperations: Tag { Tag(rawValue: 0x00001021) }
    /// (0000,1022) Number of Failed Sub-operations, US, VM 1
    public static var numberOfFailedSuboperations: Tag { Tag(rawValue: 0x00001022) }
    /// (0000,1023) Number of Warning Sub-operations, US, VM 1
    public static var numberOfWarningSuboperations: Tag { Tag(rawValue: 0x00001023) }
    /// (0000,1030) Move Originator Application Entity Title, AE, VM 1
    public static var moveOriginatorApplicationEntityTitle: Tag { Tag(rawValue: 0x00001030) }
    /// (0000,1031) Move Originator Message ID, US, VM 1
    public static var moveOriginatorMessageID: Tag { Tag(rawValue: 0x00001031) }
    /// (0000,4000) Dialog Receiver, LT, VM 1 (retired)
    public static var dialogReceiver: Tag { Tag(rawValue: 0x00004000) }
    /// (0000,4010) Terminal Type, LT, VM 1 (retired)
    public static var terminalType: Tag { Tag(rawValue: 0x00004010) }
    /// (0000,5010) Message Set ID, SH, VM 1 (retired)
    public static var messageSetID: Tag { Tag(rawValue: 0x00005010) }
    /// (0000,5020) End Message ID, SH, VM 1 (retired)
    public static var endMessageID: Tag { Tag(rawValue: 0x00005020) }
    /// (0000,5110) Display Format, LT, VM 1 (retired)
    public static var displayFormat: Tag { Tag(rawValue: 0x00005110) }
    /// (0000,5120) Page Position ID, LT, VM 1 (retired)
    public static var pagePositionID: Tag { Tag(rawValue: 0x00005120) }
    /// (0000,5130) Text Format ID, CS, VM 1 (retired)
    public static var textFormatID: Tag { Tag(rawValue: 0x00005130) }
    /// (0000,5140) Normal/Reverse, CS, VM 1 (retired)
    public static var normalReverse: Tag { Tag(rawValue: 0x00005140) }
    /// (0000,5150) Add Gray Scale, CS, VM 1 (retired)
    public static var addGrayScale: Tag { Tag(rawValue: 0x00005150) }
    /// (0000,5160) Borders, CS, VM 1 (retired)
    public static var borders: Tag { Tag(rawValue: 0x00005160) }
    /// (0000,5170) Copies, IS, VM 1 (retired)
    public static var copies: Tag { Tag(rawValue: 0x00005170) }
    /// (0000,5180) Command Magnification Type, CS, VM 1 (retired)
    public static var commandMagnificationType: Tag { Tag(rawValue: 0x00005180) }
    /// (0000,5190) Erase, CS, VM 1 (retired)
    public static var erase: Tag { Tag(rawValue: 0x00005190) }
    /// (0000,51A0) Print, CS, VM 1 (retired)
    public static var print: Tag { Tag(rawValue: 0x000051A0) }
    /// (0000,51B0) Overlays, US, VM 1-n (retired)
    public static var overlays: Tag { Tag(rawValue: 0x000051B0) }
    /// (0002,0000) File Meta Information Group Length, UL, VM 1
    public static var fileMetaInformationGroupLength: Tag { Tag(rawValue: 0x00020000) }
    /// (0002,0001) File Meta Information Version, OB, VM 1
    public static var fileMetaInformationVersion: Tag { Tag(rawValue: 0x00020001) }
    /// (0002,0002) Media Storage SOP Class UID, UI, VM 1
    public static var mediaStorageSOPClassUID: Tag { Tag(rawValue: 0x00020002) }
    /// (0002,0003) Media Storage SOP Instance UID, UI, VM 1
    public static var mediaStorageSOPInstanceUID: Tag { Tag(rawValue: 0x00020003) }
    /// (0002,0010) Transfer Syntax UID, UI, VM 1
    public static var transferSyntaxUID: Tag { Tag(rawValue: 0x00020010) }
    /// (0002,0012) Implementation Class UID, UI, VM 1
    public static var implementationClassUID: Tag { Tag(rawValue: 0x00020012) }
    /// (0002,0013) Implementation Version Name, SH, VM 1
    public static var implementationVersionName: Tag { Tag(rawValue: 0x00020013) }
    /// (0002,0016) Source Application Entity Title, AE, VM 1
    public static var sourceApplicationEntityTitle: Tag { Tag(rawValue: 0x00020016) }
    /// (0002,0017) Sending Application Entity Title, AE, VM 1
    public static var sendingApplicationEntityTitle: Tag { Tag(rawValue: 0x00020017) }
    /// (0002,0018) Receiving Application Entity Title, AE, VM 1
    public static var receivingApplicationEntityTitle: Tag { Tag(rawValue: 0x00020018) }
    /// (0002,0026) Source Presentation Address, UR, VM 1
    public static var sourcePresentationAddress: Tag { Tag(rawValue: 0x00020026) }
    /// (0002,0027) Sending Presentation Address, UR, VM 1
    public static var sendingPresentationAddress: Tag { Tag(rawValue: 0x00020027) }
    /// (0002,0028) Receiving Presentation Address, UR, VM 1
    public static var receivingPresentationAddress: Tag { Tag(rawValue: 0x00020028) }
    /// (0002,0031) RTV Meta Information Version, OB, VM 1
    public static var rtvMetaInformationVersion: Tag { Tag(rawValue: 0x00020031) }
    /// (0002,0032) RTV Communication SOP Class UID, UI, VM 1
    public static var rtvCommunicationSOPClassUID: Tag { Tag(rawValue: 0x00020032) }
    /// (0002,0033) RTV Communication SOP Instance UID, UI, VM 1
    public static var rtvCommunicationSOPInstanceUID: Tag { Tag(rawValue: 0x00020033) }
    /// (0002,0035) RTV Source Identifier, OB, VM 1
    public static var rtvSourceIdentifier: Tag { Tag(rawValue: 0x00020035) }
    /// (0002,0036) RTV Flow Identifier, OB, VM 1
    public static var rtvFlowIdentifier: Tag { Tag(rawValue: 0x00020036) }
    /// (0002,0037) RTV Flow RTP Sampling Rate, UL, VM 1
    public static var rtvFlowRTPSamplingRate: Tag { Tag(rawValue: 0x00020037) }
    /// (0002,0038) RTV Flow Actual Frame Duration, FD, VM 1
    public static var rtvFlowActualFrameDuration: Tag { Tag(rawValue: 0x00020038) }
    /// (0002,0100) Private Information Creator UID, UI, VM 1
    public static var privateInformationCreatorUID: Tag { Tag(rawValue: 0x00020100) }
    /// (0002,0102) Private Information, OB, VM 1
    public static var privateInformation: Tag { Tag(rawValue: 0x00020102) }
    /// (0004,1130) File-set ID, CS, VM 1
    public static var fileSetID: Tag { Tag(rawValue: 0x00041130) }
    /// (0004,1141) File-set Descriptor File ID, CS, VM 1-8
    public static var fileSetDescriptorFileID: Tag { Tag(rawValue: 0x00041141) }
    /// (0004,1142) Specific Character Set of File-set Descriptor File, CS, VM 1
    public static var specificCharacterSetOfFileSetDescriptorFile: Tag { Tag(rawValue: 0x00041142) }
    /// (0004,1200) Offset of the First Directory Record of the Root Directory Entity, UL, VM 1
    public static var offsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: Tag { Tag(rawValue: 0x00041200) }
    /// (0004,1202) Offset of the Last Directory Record of the Root Directory Entity, UL, VM 1
    public static var offsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity: Tag { Tag(rawValue: 0x00041202) }
    /// (0004,1212) File-set Consistency Flag, US, VM 1
    public static var fileSetConsistencyFlag: Tag { Tag(rawValue: 0x00041212) }
    /// (0004,1220) Directory Record Sequence, SQ, VM 1
    public static var directoryRecordSequence: Tag { Tag(rawValue: 0x00041220) }
    /// (0004,1400) Offset of the Next Directory Record, UL, VM 1
    public static var offsetOfTheNextDirectoryRecord: Tag { Tag(rawValue: 0x00041400) }
    /// (0004,1410) Record In-use Flag, US, VM 1
    public static var recordInUseFlag: Tag { Tag(rawValue: 0x00041410) }
    /// (0004,1420) Offset of Referenced Lower-Level Directory Entity, UL, VM 1
    public static var offsetOfReferencedLowerLevelDirectoryEntity: Tag { Tag(rawValue: 0x00041420) }
    /// (0004,1430) Directory Record Type, CS, VM 1
    public static var directoryRecordType: Tag { Tag(rawValue: 0x00041430) }
    /// (0004,1432) Private Record UID, UI, VM 1
    public static var privateRecordUID: Tag { Tag(rawValue: 0x00041432) }
    /// (0004,1500) Referenced File ID, CS, VM 1-8
    public static var referencedFileID: Tag { Tag(rawValue: 0x00041500) }
    /// (0004,1504) MRDR Directory Record Offset, UL, VM 1 (retired)
    public static var mrdrDirectoryRecordOffset: Tag { Tag(rawValue: 0x00041504) }
    /// (0004,1510) Referenced SOP Class UID in File, UI, VM 1
    public static var referencedSOPClassUIDInFile: Tag { Tag(rawValue: 0x00041510) }
    /// (0004,1511) Referenced SOP Instance UID in File, UI, VM 1
    public static var referencedSOPInstanceUIDInFile: Tag { Tag(rawValue: 0x00041511) }
    /// (0004,1512) Referenced Transfer Syntax UID in File, UI, VM 1
    public static var referencedTransferSyntaxUIDInFile: Tag { Tag(rawValue: 0x00041512) }
    /// (0004,151A) Referenced Related General SOP Class UID in File, UI, VM 1-n
    public static var referencedRelatedGeneralSOPClassUIDInFile: Tag { Tag(rawValue: 0x0004151A) }
    /// (0004,1600) Number of References, UL, VM 1 (retired)
    public static var numberOfReferences: Tag { Tag(rawValue: 0x00041600) }
    /// (0008,0001) Length to End, UL, VM 1 (retired)
    public static var lengthToEnd: Tag { Tag(rawValue: 0x00080001) }
    /// (0008,0005) Specific Character Set, CS, VM 1-n
    public static var specificCharacterSet: Tag { Tag(rawValue: 0x00080005) }
    /// (0008,0006) Language Code Sequence, SQ, VM 1
    public static var languageCodeSequence: Tag { Tag(rawValue: 0x00080006) }
    /// (0008,0008) Image Type, CS, VM 2-n
    public static var imageType: Tag { Tag(rawValue: 0x00080008) }
    /// (0008,0010) Recognition Code, SH, VM 1 (retired)
    public static var recognitionCode: Tag { Tag(rawValue: 0x00080010) }
    /// (0008,0012) Instance Creation Date, DA, VM 1
    public static var instanceCreationDate: Tag { Tag(rawValue: 0x00080012) }
    /// (0008,0013) Instance Creation Time, TM, VM 1
    public static var instanceCreationTime: Tag { Tag(rawValue: 0x00080013) }
    /// (0008,0014) Instance Creator UID, UI, VM 1
    public static var instanceCreatorUID: Tag { Tag(rawValue: 0x00080014) }
    /// (0008,0015) Instance Coercion DateTime, DT, VM 1
    public static var instanceCoercionDateTime: Tag { Tag(rawValue: 0x00080015) }
    /// (0008,0016) SOP Class UID, UI, VM 1
    public static var sopClassUID: Tag { Tag(rawValue: 0x00080016) }
    /// (0008,0017) Acquisition UID, UI, VM 1
    public static var acquisitionUID: Tag { Tag(rawValue: 0x00080017) }
    /// (0008,0018) SOP Instance UID, UI, VM 1
    public static var sopInstanceUID: Tag { Tag(rawValue: 0x00080018) }
    /// (0008,0019) Pyramid UID, UI, VM 1
    public static var pyramidUID: Tag { Tag(rawValue: 0x00080019) }
    /// (0008,001A) Related General SOP Class UID, UI, VM 1-n
    public static var relatedGeneralSOPClassUID: Tag { Tag(rawValue: 0x0008001A) }
    /// (0008,001B) Original Specialized SOP Class UID, UI, VM 1
    public static var originalSpecializedSOPClassUID: Tag { Tag(rawValue: 0x0008001B) }
    /// (0008,001C) Synthetic Data, CS, VM 1
    public static var syntheticData: Tag { Tag(rawValue: 0x0008001C) }
    /// (0008,0020) Study Date, DA, VM 1
    public static var studyDate: Tag { Tag(rawValue: 0x00080020) }
    /// (0008,0021) Series Date, DA, VM 1
    public static var seriesDate: Tag { Tag(rawValue: 0x00080021) }
    /// (0008,0022) Acquisition Date, DA, VM 1
    public static var acquisitionDate: Tag { Tag(rawValue: 0x00080022) }
    /// (0008,0023) Content Date, DA, VM 1
    public static var contentDate: Tag { Tag(rawValue: 0x00080023) }
    /// (0008,0024) Overlay Date, DA, VM 1 (retired)
    public static var overlayDate: Tag { Tag(rawValue: 0x00080024) }
    /// (0008,0025) Curve Date, DA, VM 1 (retired)
    public static var curveDate: Tag { Tag(rawValue: 0x00080025) }
    /// (0008,002A) Acquisition DateTime, DT, VM 1
    public static var acquisitionDateTime: Tag { Tag(rawValue: 0x0008002A) }
    /// (0008,0030) Study Time, TM, VM 1
    public static var studyTime: Tag { Tag(rawValue: 0x00080030) }
    /// (0008,0031) Series Time, TM, VM 1
    public static var seriesTime: Tag { Tag(rawValue: 0x00080031) }
    /// (0008,0032) Acquisition Time, TM, VM 1
    public static var acquisitionTime: Tag { Tag(rawValue: 0x00080032) }
    /// (0008,0033) Content Time, TM, VM 1
    public static var contentTime: Tag { Tag(rawValue: 0x00080033) }
    /// (0008,0034) Overlay Time, TM, VM 1 (retired)
    public static var overlayTime: Tag { Tag(rawValue: 0x00080034) }
    /// (0008,0035) Curve Time, TM, VM 1 (retired)
    public static var curveTime: Tag { Tag(rawValue: 0x00080035) }
    /// (0008,0040) Data Set Type, US, VM 1 (retired)
    public static var dataSetType: Tag { Tag(rawValue: 0x00080040) }
    /// (0008,0041) Data Set Subtype, LO, VM 1 (retired)
    public static var dataSetSubtype: Tag { Tag(rawValue: 0x00080041) }
    /// (0008,0042) Nuclear Medicine Series Type, CS, VM 1 (retired)
    public static var nuclearMedicineSeriesType: Tag { Tag(rawValue: 0x00080042) }
    /// (0008,0050) Accession Number, SH, VM 1
    public static var accessionNumber: Tag { Tag(rawValue: 0x00080050) }
    /// (0008,0051) Issuer of Accession Number Sequence, SQ, VM 1
    public static var issuerOfAccessionNumberSequence: Tag { Tag(rawValue: 0x00080051) }
    /// (0008,0052) Query/Retrieve Level, CS, VM 1
    public static var queryRetrieveLevel: Tag { Tag(rawValue: 0x00080052) }
    /// (0008,0053) Query/Retrieve View, CS, VM 1
    public static var queryRetrieveView: Tag { Tag(rawValue: 0x00080053) }
    /// (0008,0054) Retrieve AE Title, AE, VM 1-n
    public static var retrieveAETitle: Tag { Tag(rawValue: 0x00080054) }
    /// (0008,0055) Station AE Title, AE, VM 1
    public static var stationAETitle: Tag { Tag(rawValue: 0x00080055) }
    /// (0008,0056) Instance Availability, CS, VM 1
    public static var instanceAvailability: Tag { Tag(rawValue: 0x00080056) }
    /// (0008,0058) Failed SOP Instance UID List, UI, VM 1-n
    public static var failedSOPInstanceUIDList: Tag { Tag(rawValue: 0x00080058) }
    /// (0008,0060) Modality, CS, VM 1
    public static var modality: Tag { Tag(rawValue: 0x00080060) }
    /// (0008,0061) Modalities in Study, CS, VM 1-n
    public static var modalitiesInStudy: Tag { Tag(rawValue: 0x00080061) }
    /// (0008,0062) SOP Classes in Study, UI, VM 1-n
    public static var sopClassesInStudy: Tag { Tag(rawValue: 0x00080062) }
    /// (0008,0063) Anatomic Regions in Study Code Sequence, SQ, VM 1
    public static var anatomicRegionsInStudyCodeSequence: Tag { Tag(rawValue: 0x00080063) }
    /// (0008,0064) Conversion Type, CS, VM 1
    public static var conversionType: Tag { Tag(rawValue: 0x00080064) }
    /// (0008,0068) Presentation Intent Type, CS, VM 1
    public static var presentationIntentType: Tag { Tag(rawValue: 0x00080068) }
    /// (0008,0070) Manufacturer, LO, VM 1
    public static var manufacturer: Tag { Tag(rawValue: 0x00080070) }
    /// (0008,0080) Institution Name, LO, VM 1
    public static var institutionName: Tag { Tag(rawValue: 0x00080080) }
    /// (0008,0081) Institution Address, ST, VM 1
    public static var institutionAddress: Tag { Tag(rawValue: 0x00080081) }
    /// (0008,0082) Institution Code Sequence, SQ, VM 1
    public static var institutionCodeSequence: Tag { Tag(rawValue: 0x00080082) }
    /// (0008,0090) Referring Physician's Name, PN, VM 1
    public static var referringPhysicianName: Tag { Tag(rawValue: 0x00080090) }
    /// (0008,0092) Referring Physician's Address, ST, VM 1
    public static var referringPhysicianAddress: Tag { Tag(rawValue: 0x00080092) }
    /// (0008,0094) Referring Physician's Telephone Numbers, SH, VM 1-n
    public static var referringPhysicianTelephoneNumbers: Tag { Tag(rawValue: 0x00080094) }
    /// (0008,0096) Referring Physician Identification Sequence, SQ, VM 1
    public static var referringPhysicianIdentificationSequence: Tag { Tag(rawValue: 0x00080096) }
    /// (0008,009C) Consulting Physician's Name, PN, VM 1-n
    public static var consultingPhysicianName: Tag { Tag(rawValue: 0x0008009C) }
    /// (0008,009D) Consulting Physician Identification Sequence, SQ, VM 1
    public static var consultingPhysicianIdentificationSequence: Tag { Tag(rawValue: 0x0008009D) }
    /// (0008,0100) Code Value, SH, VM 1
    public static var codeValue: Tag { Tag(rawValue: 0x00080100) }
    /// (0008,0101) Extended Code Value, LO, VM 1
    public static var extendedCodeValue: Tag { Tag(rawValue: 0x00080101) }
    /// (0008,0102) Coding Scheme Designator, SH, VM 1
    public static var codingSchemeDesignator: Tag { Tag(rawValue: 0x00080102) }
    /// (0008,0103) Coding Scheme Version, SH, VM 1
    public static var codingSchemeVersion: Tag { Tag(rawValue: 0x00080103) }
    /// (0008,0104) Code Meaning, LO, VM 1
    public static var codeMeaning: Tag { Tag(rawValue: 0x00080104) }
    /// (0008,0105) Mapping Resource, CS, VM 1
    public static var mappingResource: Tag { Tag(rawValue: 0x00080105) }
    /// (0008,0106) Context Group Version, DT, VM 1
    public static var contextGroupVersion: Tag { Tag(rawValue: 0x00080106) }
    /// (0008,0107) Context Group Local Version, DT, VM 1
    public static var contextGroupLocalVersion: Tag { Tag(rawValue: 0x00080107) }
    /// (0008,0108) Extended Code Meaning, LT, VM 1
    public static var extendedCodeMeaning: Tag { Tag(rawValue: 0x00080108) }
    /// (0008,0109) Coding Scheme Resources Sequence, SQ, VM 1
    public static var codingSchemeResourcesSequence: Tag { Tag(rawValue: 0x00080109) }
    /// (0008,010A) Coding Scheme URL Type, CS, VM 1
    public static var codingSchemeURLType: Tag { Tag(rawValue: 0x0008010A) }
    /// (0008,010B) Context Group Extension Flag, CS, VM 1
    public static var contextGroupExtensionFlag: Tag { Tag(rawValue: 0x0008010B) }
    /// (0008,010C) Coding Scheme UID, UI, VM 1
    public static var codingSchemeUID: Tag { Tag(rawValue: 0x0008010C) }
    /// (0008,010D) Context Group Extension Creator UID, UI, VM 1
    public static var contextGroupExtensionCreatorUID: Tag { Tag(rawValue: 0x0008010D) }
    /// (0008,010E) Coding Scheme URL, UR, VM 1
    public static var codingSchemeURL: Tag { Tag(rawValue: 0x0008010E) }
    /// (0008,010F) Context Identifier, CS, VM 1
    public static var contextIdentifier: Tag { Tag(rawValue: 0x0008010F) }
    /// (0008,0110) Coding Scheme Identification Sequence, SQ, VM 1
    public static var codingSchemeIdentificationSequence: Tag { Tag(rawValue: 0x00080110) }
    /// (0008,0112) Coding Scheme Registry, LO, VM 1
    public static var codingSchemeRegistry: Tag { Tag(rawValue: 0x00080112) }
    /// (0008,0114) Coding Scheme External ID, ST, VM 1
    public static var codingSchemeExternalID: Tag { Tag(rawValue: 0x00080114) }
    /// (0008,0115) Coding Scheme Name, ST, VM 1
    public static var codingSchemeName: Tag { Tag(rawValue: 0x00080115) }
    /// (0008,0116) Coding Scheme Responsible Organization, ST, VM 1
    public static var codingSchemeResponsibleOrganization: Tag { Tag(rawValue: 0x00080116) }
    /// (0008,0117) Context UID, UI, VM 1
    public static var contextUID: Tag { Tag(rawValue: 0x00080117) }
    /// (0008,0118) Mapping Resource UID, UI, VM 1
    public static var mappingResourceUID: Tag { Tag(rawValue: 0x00080118) }
    /// (0008,0119) Long Code Value, UC, VM 1
    public static var longCodeValue: Tag { Tag(rawValue: 0x00080119) }
    /// (0008,0120) URN Code Value, UR, VM 1
    public static var urnCodeValue: Tag { Tag(rawValue: 0x00080120) }
    /// (0008,0121) Equivalent Code Sequence, SQ, VM 1
    public static var equivalentCodeSequence: Tag { Tag(rawValue: 0x00080121) }
    /// (0008,0122) Mapping Resource Name, LO, VM 1
    public static var mappingResourceName: Tag { Tag(rawValue: 0x00080122) }
    /// (0008,0123) Context Group Identification Sequence, SQ, VM 1
    public static var contextGroupIdentificationSequence: Tag { Tag(rawValue: 0x00080123) }
    /// (0008,0124) Mapping Resource Identification Sequence, SQ, VM 1
    public static var mappingResourceIdentificationSequence: Tag { Tag(rawValue: 0x00080124) }
    /// (0008,0201) Timezone Offset From UTC, SH, VM 1
    public static var timezoneOffsetFromUTC: Tag { Tag(rawValue: 0x00080201) }
    /// (0008,0220) Responsible Group Code Sequence, SQ, VM 1
    public static var responsibleGroupCodeSequence: Tag { Tag(rawValue: 0x00080220) }
    /// (0008,0221) Equipment Modality, CS, VM 1
    public static var equipmentModality: Tag { Tag(rawValue: 0x00080221) }
    /// (0008,0222) Manufacturer's Related Model Group, LO, VM 1
    public static var manufacturerRelatedModelGroup: Tag { Tag(rawValue: 0x00080222) }
    /// (0008,0300) Private Data Element Characteristics Sequence, SQ, VM 1
    public static var privateDataElementCharacteristicsSequence: Tag { Tag(rawValue: 0x00080300) }
    /// (0008,0301) Private Group Reference, US, VM 1
    public static var privateGroupReference: Tag { Tag(rawValue: 0x00080301) }
    /// (0008,0302) Private Creator Reference, LO, VM 1
    public static var privateCreatorReference: Tag { Tag(rawValue: 0x00080302) }
    /// (0008,0303) Block Identifying Information Status, CS, VM 1
    public static var blockIdentifyingInformationStatus: Tag { Tag(rawValue: 0x00080303) }
    /// (0008,0304) Nonidentifying Private Elements, US, VM 1-n
    public static var nonidentifyingPrivateElements: Tag { Tag(rawValue: 0x00080304) }
    /// (0008,0305) Deidentification Action Sequence, SQ, VM 1
    public static var deidentificationActionSequence: Tag { Tag(rawValue: 0x00080305) }
    /// (0008,0306) Identifying Private Elements, US, VM 1-n
    public static var identifyingPrivateElements: Tag { Tag(rawValue: 0x00080306) }
    /// (0008,0307) Deidentification Action, CS, VM 1
    public static var deidentificationAction: Tag { Tag(rawValue: 0x00080307) }
    /// (0008,0308) Private Data Element, US, VM 1
    public static var privateDataElement: Tag { Tag(rawValue: 0x00080308) }
    /// (0008,0309) Private Data Element Value Multiplicity, UL, VM 1-3
    public static var privateDataElementValueMultiplicity: Tag { Tag(rawValue: 0x00080309) }
    /// (0008,030A) Private Data Element Value Representation, CS, VM 1
    public static var privateDataElementValueRepresentation: Tag { Tag(rawValue: 0x0008030A) }
    /// (0008,030B) Private Data Element Number of Items, UL, VM 1-2
    public static var privateDataElementNumberOfItems: Tag { Tag(rawValue: 0x0008030B) }
    /// (0008,030C) Private Data Element Name, UC, VM 1
    public static var privateDataElementName: Tag { Tag(rawValue: 0x0008030C) }
    /// (0008,030D) Private Data Element Keyword, UC, VM 1
    public static var privateDataElementKeyword: Tag { Tag(rawValue: 0x0008030D) }
    /// (0008,030E) Private Data Element Description, UT, VM 1
    public static var privateDataElementDescription: Tag { Tag(rawValue: 0x0008030E) }
    /// (0008,030F) Private Data Element Encoding, UT, VM 1
    public static var privateDataElementEncoding: Tag { Tag(rawValue: 0x0008030F) }
    /// (0008,0310) Private Data Element Definition Sequence, SQ, VM 1
    public static var privateDataElementDefinitionSequence: Tag { Tag(rawValue: 0x00080310) }
    /// (0008,0400) Scope of Inventory Sequence, SQ, VM 1
    public static var scopeOfInventorySequence: Tag { Tag(rawValue: 0x00080400) }
    /// (0008,0401) Inventory Purpose, LT, VM 1
    public static var inventoryPurpose: Tag { Tag(rawValue: 0x00080401) }
    /// (0008,0402) Inventory Instance Description, LT, VM 1
    public static var inventoryInstanceDescription: Tag { Tag(rawValue: 0x00080402) }
    /// (0008,0403) Inventory Level, CS, VM 1
    public static var inventoryLevel: Tag { Tag(rawValue: 0x00080403) }
    /// (0008,0404) Item Inventory DateTime, DT, VM 1
    public static var itemInventoryDateTime: Tag { Tag(rawValue: 0x00080404) }
    /// (0008,0405) Removed from Operational Use, CS, VM 1
    public static var removedFromOperationalUse: Tag { Tag(rawValue: 0x00080405) }
    /// (0008,0406) Reason for Removal Code Sequence, SQ, VM 1
    public static var reasonForRemovalCodeSequence: Tag { Tag(rawValue: 0x00080406) }
    /// (0008,0407) Stored Instance Base URI, UR, VM 1
    public static var storedInstanceBaseURI: Tag { Tag(rawValue: 0x00080407) }
    /// (0008,0408) Folder Access URI, UR, VM 1
    public static var folderAccessURI: Tag { Tag(rawValue: 0x00080408) }
    /// (0008,0409) File Access URI, UR, VM 1
    public static var fileAccessURI: Tag { Tag(rawValue: 0x00080409) }
    /// (0008,040A) Container File Type, CS, VM 1
    public static var containerFileType: Tag { Tag(rawValue: 0x0008040A) }
    /// (0008,040B) Filename in Container, UR, VM 1
    public static var filenameInContainer: Tag { Tag(rawValue: 0x0008040B) }
    /// (0008,040C) File Offset in Container, UV, VM 1
    public static var fileOffsetInContainer: Tag { Tag(rawValue: 0x0008040C) }
    /// (0008,040D) File Length in Container, UV, VM 1
    public static var fileLengthInContainer: Tag { Tag(rawValue: 0x0008040D) }
    /// (0008,040E) Stored Instance Transfer Syntax UID, UI, VM 1
    public static var storedInstanceTransferSyntaxUID: Tag { Tag(rawValue: 0x0008040E) }
    /// (0008,040F) Extended Matching Mechanisms, CS, VM 1-n
    public static var extendedMatchingMechanisms: Tag { Tag(rawValue: 0x0008040F) }
    /// (0008,0410) Range Matching Sequence, SQ, VM 1
    public static var rangeMatchingSequence: Tag { Tag(rawValue: 0x00080410) }
    /// (0008,0411) List of UID Matching Sequence, SQ, VM 1
    public static var listOfUIDMatchingSequence: Tag { Tag(rawValue: 0x00080411) }
    /// (0008,0412) Empty Value Matching Sequence, SQ, VM 1
    public static var emptyValueMatchingSequence: Tag { Tag(rawValue: 0x00080412) }
    /// (0008,0413) General Matching Sequence, SQ, VM 1
    public static var generalMatchingSequence: Tag { Tag(rawValue: 0x00080413) }
    /// (0008,0414) Requested Status Interval, US, VM 1
    public static var requestedStatusInterval: Tag { Tag(rawValue: 0x00080414) }
    /// (0008,0415) Retain Instances, CS, VM 1
    public static var retainInstances: Tag { Tag(rawValue: 0x00080415) }
    /// (0008,0416) Expiration DateTime, DT, VM 1
    public static var expirationDateTime: Tag { Tag(rawValue: 0x00080416) }
    /// (0008,0417) Transaction Status, CS, VM 1
    public static var transactionStatus: Tag { Tag(rawValue: 0x00080417) }
    /// (0008,0418) Transaction Status Comment, LT, VM 1
    public static var transactionStatusComment: Tag { Tag(rawValue: 0x00080418) }
    /// (0008,0419) File Set Access Sequence, SQ, VM 1
    public static var fileSetAccessSequence: Tag { Tag(rawValue: 0x00080419) }
    /// (0008,041A) File Access Sequence, SQ, VM 1
    public static var fileAccessSequence: Tag { Tag(rawValue: 0x0008041A) }
    /// (0008,041B) Record Key, OB, VM 1
    public static var recordKey: Tag { Tag(rawValue: 0x0008041B) }
    /// (0008,041C) Prior Record Key, OB, VM 1
    public static var priorRecordKey: Tag { Tag(rawValue: 0x0008041C) }
    /// (0008,041D) Metadata Sequence, SQ, VM 1
    public static var metadataSequence: Tag { Tag(rawValue: 0x0008041D) }
    /// (0008,041E) Updated Metadata Sequence, SQ, VM 1
    public static var updatedMetadataSequence: Tag { Tag(rawValue: 0x0008041E) }
    /// (0008,041F) Study Update DateTime, DT, VM 1
    public static var studyUpdateDateTime: Tag { Tag(rawValue: 0x0008041F) }
    /// (0008,0420) Inventory Access End Points Sequence, SQ, VM 1
    public static var inventoryAccessEndPointsSequence: Tag { Tag(rawValue: 0x00080420) }
    /// (0008,0421) Study Access End Points Sequence, SQ, VM 1
    public static var studyAccessEndPointsSequence: Tag { Tag(rawValue: 0x00080421) }
    /// (0008,0422) Incorporated Inventory Instance Sequence, SQ, VM 1
    public static var incorporatedInventoryInstanceSequence: Tag { Tag(rawValue: 0x00080422) }
    /// (0008,0423) Inventoried Studies Sequence, SQ, VM 1
    public static var inventoriedStudiesSequence: Tag { Tag(rawValue: 0x00080423) }
    /// (0008,0424) Inventoried Series Sequence, SQ, VM 1
    public static var inventoriedSeriesSequence: Tag { Tag(rawValue: 0x00080424) }
    /// (0008,0425) Inventoried Instances Sequence, SQ, VM 1
    public static var inventoriedInstancesSequence: Tag { Tag(rawValue: 0x00080425) }
    /// (0008,0426) Inventory Completion Status, CS, VM 1
    public static var inventoryCompletionStatus: Tag { Tag(rawValue: 0x00080426) }
    /// (0008,0427) Number of Study Records in Instance, UL, VM 1
    public static var numberOfStudyRecordsInInstance: Tag { Tag(rawValue: 0x00080427) }
    /// (0008,0428) Total Number of Study Records, UV, VM 1
    public static var totalNumberOfStudyRecords: Tag { Tag(rawValue: 0x00080428) }
    /// (0008,0429) Maximum Number of Records, UV, VM 1
    public static var maximumNumberOfRecords: Tag { Tag(rawValue: 0x00080429) }
    /// (0008,1000) Network ID, AE, VM 1 (retired)
    public static var networkID: Tag { Tag(rawValue: 0x00081000) }
    /// (0008,1010) Station Name, SH, VM 1
    public static var stationName: Tag { Tag(rawValue: 0x00081010) }
    /// (0008,1030) Study Description, LO, VM 1
    public static var studyDescription: Tag { Tag(rawValue: 0x00081030) }
    /// (0008,1032) Procedure Code Sequence, SQ, VM 1
    public static var procedureCodeSequence: Tag { Tag(rawValue: 0x00081032) }
    /// (0008,103E) Series Description, LO, VM 1
    public static var seriesDescription: Tag { Tag(rawValue: 0x0008103E) }
    /// (0008,103F) Series Description Code Sequence, SQ, VM 1
    public static var seriesDescriptionCodeSequence: Tag { Tag(rawValue: 0x0008103F) }
    /// (0008,1040) Institutional Department Name, LO, VM 1
    public static var institutionalDepartmentName: Tag { Tag(rawValue: 0x00081040) }
    /// (0008,1041) Institutional Department Type Code Sequence, SQ, VM 1
    public static var institutionalDepartmentTypeCodeSequence: Tag { Tag(rawValue: 0x00081041) }
    /// (0008,1048) Physician(s) of Record, PN, VM 1-n
    public static var physiciansOfRecord: Tag { Tag(rawValue: 0x00081048) }
    /// (0008,1049) Physician(s) of Record Identification Sequence, SQ, VM 1
    public static var physiciansOfRecordIdentificationSequence: Tag { Tag(rawValue: 0x00081049) }
    /// (0008,1050) Performing Physician's Name, PN, VM 1-n
    public static var performingPhysicianName: Tag { Tag(rawValue: 0x00081050) }
    /// (0008,1052) Performing Physician Identification Sequence, SQ, VM 1
    public static var performingPhysicianIdentificationSequence: Tag { Tag(rawValue: 0x00081052) }
    /// (0008,1060) Name of Physician(s) Reading Study, PN, VM 1-n
    public static var nameOfPhysiciansReadingStudy: Tag { Tag(rawValue: 0x00081060) }
    /// (0008,1062) Physician(s) Reading Study Identification Sequence, SQ, VM 1
    public static var physiciansReadingStudyIdentificationSequence: Tag { Tag(rawValue: 0x00081062) }
    /// (0008,1070) Operators' Name, PN, VM 1-n
    public static var operatorsName: Tag { Tag(rawValue: 0x00081070) }
    /// (0008,1072) Operator Identification Sequence, SQ, VM 1
    public static var operatorIdentificationSequence: Tag { Tag(rawValue: 0x00081072) }
    /// (0008,1080) Admitting Diagnoses Description, LO, VM 1-n
    public static var admittingDiagnosesDescription: Tag { Tag(rawValue: 0x00081080) }
    /// (0008,1084) Admitting Diagnoses Code Sequence, SQ, VM 1
    public static var admittingDiagnosesCodeSequence: Tag { Tag(rawValue: 0x00081084) }
    /// (0008,1088) Pyramid Description, LO, VM 1
    public static var pyramidDescription: Tag { Tag(rawValue: 0x00081088) }
    /// (0008,1090) Manufacturer's Model Name, LO, VM 1
    public static var manufacturerModelName: Tag { Tag(rawValue: 0x00081090) }
    /// (0008,1100) Referenced Results Sequence, SQ, VM 1 (retired)
    public static var referencedResultsSequence: Tag { Tag(rawValue: 0x00081100) }
    /// (0008,1110) Referenced Study Sequence, SQ, VM 1
    public static var referencedStudySequence: Tag { Tag(rawValue: 0x00081110) }
    /// (0008,1111) Referenced Performed Procedure Step Sequence, SQ, VM 1
    public static var referencedPerformedProcedureStepSequence: Tag { Tag(rawValue: 0x00081111) }
    /// (0008,1112) Referenced Instances by SOP Class Sequence, SQ, VM 1
    public static var referencedInstancesBySOPClassSequence: Tag { Tag(rawValue: 0x00081112) }
    /// (0008,1115) Referenced Series Sequence, SQ, VM 1
    public static var referencedSeriesSequence: Tag { Tag(rawValue: 0x00081115) }
    /// (0008,1120) Referenced Patient Sequence, SQ, VM 1
    public static var referencedPatientSequence: Tag { Tag(rawValue: 0x00081120) }
    /// (0008,1125) Referenced Visit Sequence, SQ, VM 1
    public static var referencedVisitSequence: Tag { Tag(rawValue: 0x00081125) }
    /// (0008,1130) Referenced Overlay Sequence, SQ, VM 1 (retired)
    public static var referencedOverlaySequence: Tag { Tag(rawValue: 0x00081130) }
    /// (0008,1134) Referenced Stereometric Instance Sequence, SQ, VM 1
    public static var referencedStereometricInstanceSequence: Tag { Tag(rawValue: 0x00081134) }
    /// (0008,113A) Referenced Waveform Sequence, SQ, VM 1
    public static var referencedWaveformSequence: Tag { Tag(rawValue: 0x0008113A) }
    /// (0008,1140) Referenced Image Sequence, SQ, VM 1
    public static var referencedImageSequence: Tag { Tag(rawValue: 0x00081140) }
    /// (0008,1145) Referenced Curve Sequence, SQ, VM 1 (retired)
    public static var referencedCurveSequence: Tag { Tag(rawValue: 0x00081145) }
    /// (0008,114A) Referenced Instance Sequence, SQ, VM 1
    public static var referencedInstanceSequence: Tag { Tag(rawValue: 0x0008114A) }
    /// (0008,114B) Referenced Real World Value Mapping Instance Sequence, SQ, VM 1
    public static var referencedRealWorldValueMappingInstanceSequence: Tag { Tag(rawValue: 0x0008114B) }
    /// (0008,1150) Referenced SOP Class UID, UI, VM 1
    public static var referencedSOPClassUID: Tag { Tag(rawValue: 0x00081150) }
    /// (0008,1155) Referenced SOP Instance UID, UI, VM 1
    public static var referencedSOPInstanceUID: Tag { Tag(rawValue: 0x00081155) }
    /// (0008,1156) Definition Source Sequence, SQ, VM 1
    public static var definitionSourceSequence: Tag { Tag(rawValue: 0x00081156) }
    /// (0008,115A) SOP Classes Supported, UI, VM 1-n
    public static var sopClassesSupported: Tag { Tag(rawValue: 0x0008115A) }
    /// (0008,1160) Referenced Frame Number, IS, VM 1-n
    public static var referencedFrameNumber: Tag { Tag(rawValue: 0x00081160) }
    /// (0008,1161) Simple Frame List, UL, VM 1-n
    public static var simpleFrameList: Tag { Tag(rawValue: 0x00081161) }
    /// (0008,1162) Calculated Frame List, UL, VM 3-3n
    public static var calculatedFrameList: Tag { Tag(rawValue: 0x00081162) }
    /// (0008,1163) Time Range, FD, VM 2
    public static var timeRange: Tag { Tag(rawValue: 0x00081163) }
    /// (0008,1164) Frame Extraction Sequence, SQ, VM 1
    public static var frameExtractionSequence: Tag { Tag(rawValue: 0x00081164) }
    /// (0008,1167) Multi-frame Source SOP Instance UID, UI, VM 1
    public static var multiFrameSourceSOPInstanceUID: Tag { Tag(rawValue: 0x00081167) }
    /// (0008,1190) Retrieve URL, UR, VM 1
    public static var retrieveURL: Tag { Tag(rawValue: 0x00081190) }
    /// (0008,1195) Transaction UID, UI, VM 1
    public static var transactionUID: Tag { Tag(rawValue: 0x00081195) }
    /// (0008,1196) Warning Reason, US, VM 1
    public static var warningReason: Tag { Tag(rawValue: 0x00081196) }
    /// (0008,1197) Failure Reason, US, VM 1
    public static var failureReason: Tag { Tag(rawValue: 0x00081197) }
    /// (0008,1198) Failed SOP Sequence, SQ, VM 1
    public static var failedSOPSequence: Tag { Tag(rawValue: 0x00081198) }
    /// (0008,1199) Referenced SOP Sequence, SQ, VM 1
    public static var referencedSOPSequence: Tag { Tag(rawValue: 0x00081199) }
    /// (0008,119A) Other Failures Sequence, SQ, VM 1
    public static var otherFailuresSequence: Tag { Tag(rawValue: 0x0008119A) }
    /// (0008,119B) Failed Study Sequence, SQ, VM 1
    public static var failedStudySequence: Tag { Tag(rawValue: 0x0008119B) }
    /// (0008,1200) Studies Containing Other Referenced Instances Sequence, SQ, VM 1
    public static var studiesContainingOtherReferencedInstancesSequence: Tag { Tag(rawValue: 0x00081200) }
    /// (0008,1250) Related Series Sequence, SQ, VM 1
    public static var relatedSeriesSequence: Tag { Tag(rawValue: 0x00081250) }
    /// (0008,2110) Lossy Image Compression (Retired), CS, VM 1 (retired)
    public static var lossyImageCompressionRetired: Tag { Tag(rawValue: 0x00082110) }
    /// (0008,2111) Derivation Description, ST, VM 1
    public static var derivationDescription: Tag { Tag(rawValue: 0x00082111) }
    /// (0008,2112) Source Image Sequence, SQ, VM 1
    public static var sourceImageSequence: Tag { Tag(rawValue: 0x00082112) }
    /// (0008,2120) Stage Name, SH, VM 1
    public static var stageName: Tag { Tag(rawValue: 0x00082120) }
    /// (0008,2122) Stage Number, IS, VM 1
    public static var stageNumber: Tag { Tag(rawValue: 0x00082122) }
    /// (0008,2124) Number of Stages, IS, VM 1
    public static var numberOfStages: Tag { Tag(rawValue: 0x00082124) }
    /// (0008,2127) View Name, SH, VM 1
    public static var viewName: Tag { Tag(rawValue: 0x00082127) }
    /// (0008,2128) View Number, IS, VM 1
    public static var viewNumber: Tag { Tag(rawValue: 0x00082128) }
    /// (0008,2129) Number of Event Timers, IS, VM 1
    public static var numberOfEventTimers: Tag { Tag(rawValue: 0x00082129) }
    /// (0008,212A) Number of Views in Stage, IS, VM 1
    public static var numberOfViewsInStage: Tag { Tag(rawValue: 0x0008212A) }
    /// (0008,2130) Event Elapsed Time(s), DS, VM 1-n
    public static var eventElapsedTimes: Tag { Tag(rawValue: 0x00082130) }
    /// (0008,2132) Event Timer Name(s), LO, VM 1-n
    public static var eventTimerNames: Tag { Tag(rawValue: 0x00082132) }
    /// (0008,2133) Event Timer Sequence, SQ, VM 1
    public static var eventTimerSequence: Tag { Tag(rawValue: 0x00082133) }
    /// (0008,2134) Event Time Offset, FD, VM 1
    public static var eventTimeOffset: Tag { Tag(rawValue: 0x00082134) }
    /// (0008,2135) Event Code Sequence, SQ, VM 1
    public static var eventCodeSequence: Tag { Tag(rawValue: 0x00082135) }
    /// (0008,2142) Start Trim, IS, VM 1
    public static var startTrim: Tag { Tag(rawValue: 0x00082142) }
    /// (0008,2143) Stop Trim, IS, VM 1
    public static var stopTrim: Tag { Tag(rawValue: 0x00082143) }
    /// (0008,2144) Recommended Display Frame Rate, IS, VM 1
    public static var recommendedDisplayFrameRate: Tag { Tag(rawValue: 0x00082144) }
    /// (0008,2200) Transducer Position, CS, VM 1 (retired)
    public static var transducerPosition: Tag { Tag(rawValue: 0x00082200) }
    /// (0008,2204) Transducer Orientation, CS, VM 1 (retired)
    public static var transducerOrientation: Tag { Tag(rawValue: 0x00082204) }
    /// (0008,2208) Anatomic Structure, CS, VM 1 (retired)
    public static var anatomicStructure: Tag { Tag(rawValue: 0x00082208) }
    /// (0008,2218) Anatomic Region Sequence, SQ, VM 1
    public static var anatomicRegionSequence: Tag { Tag(rawValue: 0x00082218) }
    /// (0008,2220) Anatomic Region Modifier Sequence, SQ, VM 1
    public static var anatomicRegionModifierSequence: Tag { Tag(rawValue: 0x00082220) }
    /// (0008,2228) Primary Anatomic Structure Sequence, SQ, VM 1
    public static var primaryAnatomicStructureSequence: Tag { Tag(rawValue: 0x00082228) }
    /// (0008,2229) Anatomic Structure, Space or Region Sequence, SQ, VM 1 (retired)
    public static var anatomicStructureSpaceOrRegionSequence: Tag { Tag(rawValue: 0x00082229) }
    /// (0008,2230) Primary Anatomic Structure Modifier Sequence, SQ, VM 1
    public static var primaryAnatomicStructureModifierSequence: Tag { Tag(rawValue: 0x00082230) }
    /// (0008,2240) Transducer Position Sequence, SQ, VM 1 (retired)
    public static var transducerPositionSequence: Tag { Tag(rawValue: 0x00082240) }
    /// (0008,2242) Transducer Position Modifier Sequence, SQ, VM 1 (retired)
    public static var transducerPositionModifierSequence: Tag { Tag(rawValue: 0x00082242) }
    /// (0008,2244) Transducer Orientation Sequence, SQ, VM 1 (retired)
    public static var transducerOrientationSequence: Tag { Tag(rawValue: 0x00082244) }
    /// (0008,2246) Transducer Orientation Modifier Sequence, SQ, VM 1 (retired)
    public static var transducerOrientationModifierSequence: Tag { Tag(rawValue: 0x00082246) }
    /// (0008,2251) Anatomic Structure Space Or Region Code Sequence (Trial), SQ, VM 1 (retired)
    public static var anatomicStructureSpaceOrRegionCodeSequenceTrial: Tag { Tag(rawValue: 0x00082251) }
    /// (0008,2253) Anatomic Portal Of Entrance Code Sequence (Trial), SQ, VM 1 (retired)
    public static var anatomicPortalOfEntranceCodeSequenceTrial: Tag { Tag(rawValue: 0x00082253) }
    /// (0008,2255) Anatomic Approach Direction Code Sequence (Trial), SQ, VM 1 (retired)
    public static var anatomicApproachDirectionCodeSequenceTrial: Tag { Tag(rawValue: 0x00082255) }
    /// (0008,2256) Anatomic Perspective Description (Trial), ST, VM 1 (retired)
    public static var anatomicPerspectiveDescriptionTrial: Tag { Tag(rawValue: 0x00082256) }
    /// (0008,2257) Anatomic Perspective Code Sequence (Trial), SQ, VM 1 (retired)
    public static var anatomicPerspectiveCodeSequenceTrial: Tag { Tag(rawValue: 0x00082257) }
    /// (0008,2258) Anatomic Location Of Examining Instrument Description (Trial), ST, VM 1 (retired)
    public static var anatomicLocationOfExaminingInstrumentDescriptionTrial: Tag { Tag(rawValue: 0x00082258) }
    /// (0008,2259) Anatomic Location Of Examining Instrument Code Sequence (Trial), SQ, VM 1 (retired)
    public static var anatomicLocationOfExaminingInstrumentCodeSequenceTrial: Tag { Tag(rawValue: 0x00082259) }
    /// (0008,225A) Anatomic Structure Space Or Region Modifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var anatomicStructureSpaceOrRegionModifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0008225A) }
    /// (0008,225C) On Axis Background Anatomic Structure Code Sequence (Trial), SQ, VM 1 (retired)
    public static var onAxisBackgroundAnatomicStructureCodeSequenceTrial: Tag { Tag(rawValue: 0x0008225C) }
    /// (0008,3001) Alternate Representation Sequence, SQ, VM 1
    public static var alternateRepresentationSequence: Tag { Tag(rawValue: 0x00083001) }
    /// (0008,3002) Available Transfer Syntax UID, UI, VM 1-n
    public static var availableTransferSyntaxUID: Tag { Tag(rawValue: 0x00083002) }
    /// (0008,3010) Irradiation Event UID, UI, VM 1-n
    public static var irradiationEventUID: Tag { Tag(rawValue: 0x00083010) }
    /// (0008,3011) Source Irradiation Event Sequence, SQ, VM 1
    public static var sourceIrradiationEventSequence: Tag { Tag(rawValue: 0x00083011) }
    /// (0008,3012) Radiopharmaceutical Administration Event UID, UI, VM 1
    public static var radiopharmaceuticalAdministrationEventUID: Tag { Tag(rawValue: 0x00083012) }
    /// (0008,4000) Identifying Comments, LT, VM 1 (retired)
    public static var identifyingComments: Tag { Tag(rawValue: 0x00084000) }
    /// (0008,9007) Frame Type, CS, VM 4-5
    public static var frameType: Tag { Tag(rawValue: 0x00089007) }
    /// (0008,9092) Referenced Image Evidence Sequence, SQ, VM 1
    public static var referencedImageEvidenceSequence: Tag { Tag(rawValue: 0x00089092) }
    /// (0008,9121) Referenced Raw Data Sequence, SQ, VM 1
    public static var referencedRawDataSequence: Tag { Tag(rawValue: 0x00089121) }
    /// (0008,9123) Creator-Version UID, UI, VM 1
    public static var creatorVersionUID: Tag { Tag(rawValue: 0x00089123) }
    /// (0008,9124) Derivation Image Sequence, SQ, VM 1
    public static var derivationImageSequence: Tag { Tag(rawValue: 0x00089124) }
    /// (0008,9154) Source Image Evidence Sequence, SQ, VM 1
    public static var sourceImageEvidenceSequence: Tag { Tag(rawValue: 0x00089154) }
    /// (0008,9205) Pixel Presentation, CS, VM 1
    public static var pixelPresentation: Tag { Tag(rawValue: 0x00089205) }
    /// (0008,9206) Volumetric Properties, CS, VM 1
    public static var volumetricProperties: Tag { Tag(rawValue: 0x00089206) }
    /// (0008,9207) Volume Based Calculation Technique, CS, VM 1
    public static var volumeBasedCalculationTechnique: Tag { Tag(rawValue: 0x00089207) }
    /// (0008,9208) Complex Image Component, CS, VM 1
    public static var complexImageComponent: Tag { Tag(rawValue: 0x00089208) }
    /// (0008,9209) Acquisition Contrast, CS, VM 1
    public static var acquisitionContrast: Tag { Tag(rawValue: 0x00089209) }
    /// (0008,9215) Derivation Code Sequence, SQ, VM 1
    public static var derivationCodeSequence: Tag { Tag(rawValue: 0x00089215) }
    /// (0008,9237) Referenced Presentation State Sequence, SQ, VM 1
    public static var referencedPresentationStateSequence: Tag { Tag(rawValue: 0x00089237) }
    /// (0008,9410) Referenced Other Plane Sequence, SQ, VM 1
    public static var referencedOtherPlaneSequence: Tag { Tag(rawValue: 0x00089410) }
    /// (0008,9458) Frame Display Sequence, SQ, VM 1
    public static var frameDisplaySequence: Tag { Tag(rawValue: 0x00089458) }
    /// (0008,9459) Recommended Display Frame Rate in Float, FL, VM 1
    public static var recommendedDisplayFrameRateInFloat: Tag { Tag(rawValue: 0x00089459) }
    /// (0008,9460) Skip Frame Range Flag, CS, VM 1
    public static var skipFrameRangeFlag: Tag { Tag(rawValue: 0x00089460) }
    /// (0010,0010) Patient's Name, PN, VM 1
    public static var patientName: Tag { Tag(rawValue: 0x00100010) }
    /// (0010,0020) Patient ID, LO, VM 1
    public static var patientID: Tag { Tag(rawValue: 0x00100020) }
    /// (0010,0021) Issuer of Patient ID, LO, VM 1
    public static var issuerOfPatientID: Tag { Tag(rawValue: 0x00100021) }
    /// (0010,0022) Type of Patient ID, CS, VM 1
    public static var typeOfPatientID: Tag { Tag(rawValue: 0x00100022) }
    /// (0010,0024) Issuer of Patient ID Qualifiers Sequence, SQ, VM 1
    public static var issuerOfPatientIDQualifiersSequence: Tag { Tag(rawValue: 0x00100024) }
    /// (0010,0026) Source Patient Group Identification Sequence, SQ, VM 1
    public static var sourcePatientGroupIdentificationSequence: Tag { Tag(rawValue: 0x00100026) }
    /// (0010,0027) Group of Patients Identification Sequence, SQ, VM 1
    public static var groupOfPatientsIdentificationSequence: Tag { Tag(rawValue: 0x00100027) }
    /// (0010,0028) Subject Relative Position in Image, US, VM 3
    public static var subjectRelativePositionInImage: Tag { Tag(rawValue: 0x00100028) }
    /// (0010,0030) Patient's Birth Date, DA, VM 1
    public static var patientBirthDate: Tag { Tag(rawValue: 0x00100030) }
    /// (0010,0032) Patient's Birth Time, TM, VM 1
    public static var patientBirthTime: Tag { Tag(rawValue: 0x00100032) }
    /// (0010,0033) Patient's Birth Date in Alternative Calendar, LO, VM 1
    public static var patientBirthDateInAlternativeCalendar: Tag { Tag(rawValue: 0x00100033) }
    /// (0010,0034) Patient's Death Date in Alternative Calendar, LO, VM 1
    public static var patientDeathDateInAlternativeCalendar: Tag { Tag(rawValue: 0x00100034) }
    /// (0010,0035) Patient's Alternative Calendar, CS, VM 1
    public static var patientAlternativeCalendar: Tag { Tag(rawValue: 0x00100035) }
    /// (0010,0040) Patient's Sex, CS, VM 1
    public static var patientSex: Tag { Tag(rawValue: 0x00100040) }
    /// (0010,0050) Patient's Insurance Plan Code Sequence, SQ, VM 1
    public static var patientInsurancePlanCodeSequence: Tag { Tag(rawValue: 0x00100050) }
    /// (0010,0101) Patient's Primary Language Code Sequence, SQ, VM 1
    public static var patientPrimaryLanguageCodeSequence: Tag { Tag(rawValue: 0x00100101) }
    /// (0010,0102) Patient's Primary Language Modifier Code Sequence, SQ, VM 1
    public static var patientPrimaryLanguageModifierCodeSequence: Tag { Tag(rawValue: 0x00100102) }
    /// (0010,0200) Quality Control Subject, CS, VM 1
    public static var qualityControlSubject: Tag { Tag(rawValue: 0x00100200) }
    /// (0010,0201) Quality Control Subject Type Code Sequence, SQ, VM 1
    public static var qualityControlSubjectTypeCodeSequence: Tag { Tag(rawValue: 0x00100201) }
    /// (0010,0212) Strain Description, UC, VM 1
    public static var strainDescription: Tag { Tag(rawValue: 0x00100212) }
    /// (0010,0213) Strain Nomenclature, LO, VM 1
    public static var strainNomenclature: Tag { Tag(rawValue: 0x00100213) }
    /// (0010,0214) Strain Stock Number, LO, VM 1
    public static var strainStockNumber: Tag { Tag(rawValue: 0x00100214) }
    /// (0010,0215) Strain Source Registry Code Sequence, SQ, VM 1
    public static var strainSourceRegistryCodeSequence: Tag { Tag(rawValue: 0x00100215) }
    /// (0010,0216) Strain Stock Sequence, SQ, VM 1
    public static var strainStockSequence: Tag { Tag(rawValue: 0x00100216) }
    /// (0010,0217) Strain Source, LO, VM 1
    public static var strainSource: Tag { Tag(rawValue: 0x00100217) }
    /// (0010,0218) Strain Additional Information, UT, VM 1
    public static var strainAdditionalInformation: Tag { Tag(rawValue: 0x00100218) }
    /// (0010,0219) Strain Code Sequence, SQ, VM 1
    public static var strainCodeSequence: Tag { Tag(rawValue: 0x00100219) }
    /// (0010,0221) Genetic Modifications Sequence, SQ, VM 1
    public static var geneticModificationsSequence: Tag { Tag(rawValue: 0x00100221) }
    /// (0010,0222) Genetic Modifications Description, UC, VM 1
    public static var geneticModificationsDescription: Tag { Tag(rawValue: 0x00100222) }
    /// (0010,0223) Genetic Modifications Nomenclature, LO, VM 1
    public static var geneticModificationsNomenclature: Tag { Tag(rawValue: 0x00100223) }
    /// (0010,0229) Genetic Modifications Code Sequence, SQ, VM 1
    public static var geneticModificationsCodeSequence: Tag { Tag(rawValue: 0x00100229) }
    /// (0010,1000) Other Patient IDs, LO, VM 1-n (retired)
    public static var otherPatientIDs: Tag { Tag(rawValue: 0x00101000) }
    /// (0010,1001) Other Patient Names, PN, VM 1-n
    public static var otherPatientNames: Tag { Tag(rawValue: 0x00101001) }
    /// (0010,1002) Other Patient IDs Sequence, SQ, VM 1
    public static var otherPatientIDsSequence: Tag { Tag(rawValue: 0x00101002) }
    /// (0010,1005) Patient's Birth Name, PN, VM 1
    public static var patientBirthName: Tag { Tag(rawValue: 0x00101005) }
    /// (0010,1010) Patient's Age, AS, VM 1
    public static var patientAge: Tag { Tag(rawValue: 0x00101010) }
    /// (0010,1020) Patient's Size, DS, VM 1
    public static var patientSize: Tag { Tag(rawValue: 0x00101020) }
    /// (0010,1021) Patient's Size Code Sequence, SQ, VM 1
    public static var patientSizeCodeSequence: Tag { Tag(rawValue: 0x00101021) }
    /// (0010,1022) Patient's Body Mass Index, DS, VM 1
    public static var patientBodyMassIndex: Tag { Tag(rawValue: 0x00101022) }
    /// (0010,1023) Measured AP Dimension, DS, VM 1
    public static var measuredAPDimension: Tag { Tag(rawValue: 0x00101023) }
    /// (0010,1024) Measured Lateral Dimension, DS, VM 1
    public static var measuredLateralDimension: Tag { Tag(rawValue: 0x00101024) }
    /// (0010,1030) Patient's Weight, DS, VM 1
    public static var patientWeight: Tag { Tag(rawValue: 0x00101030) }
    /// (0010,1040) Patient's Address, LO, VM 1
    public static var patientAddress: Tag { Tag(rawValue: 0x00101040) }
    /// (0010,1050) Insurance Plan Identification, LO, VM 1-n (retired)
    public static var insurancePlanIdentification: Tag { Tag(rawValue: 0x00101050) }
    /// (0010,1060) Patient's Mother's Birth Name, PN, VM 1
    public static var patientMotherBirthName: Tag { Tag(rawValue: 0x00101060) }
    /// (0010,1080) Military Rank, LO, VM 1
    public static var militaryRank: Tag { Tag(rawValue: 0x00101080) }
    /// (0010,1081) Branch of Service, LO, VM 1
    public static var branchOfService: Tag { Tag(rawValue: 0x00101081) }
    /// (0010,1090) Medical Record Locator, LO, VM 1 (retired)
    public static var medicalRecordLocator: Tag { Tag(rawValue: 0x00101090) }
    /// (0010,1100) Referenced Patient Photo Sequence, SQ, VM 1
    public static var referencedPatientPhotoSequence: Tag { Tag(rawValue: 0x00101100) }
    /// (0010,2000) Medical Alerts, LO, VM 1-n
    public static var medicalAlerts: Tag { Tag(rawValue: 0x00102000) }
    /// (0010,2110) Allergies, LO, VM 1-n
    public static var allergies: Tag { Tag(rawValue: 0x00102110) }
    /// (0010,2150) Country of Residence, LO, VM 1
    public static var countryOfResidence: Tag { Tag(rawValue: 0x00102150) }
    /// (0010,2152) Region of Residence, LO, VM 1
    public static var regionOfResidence: Tag { Tag(rawValue: 0x00102152) }
    /// (0010,2154) Patient's Telephone Numbers, SH, VM 1-n
    public static var patientTelephoneNumbers: Tag { Tag(rawValue: 0x00102154) }
    /// (0010,2155) Patient's Telecom Information, LT, VM 1
    public static var patientTelecomInformation: Tag { Tag(rawValue: 0x00102155) }
    /// (0010,2160) Ethnic Group, SH, VM 1
    public static var ethnicGroup: Tag { Tag(rawValue: 0x00102160) }
    /// (0010,2161) Ethnic Group Code Sequence, SQ, VM 1
    public static var ethnicGroupCodeSequence: Tag { Tag(rawValue: 0x00102161) }
    /// (0010,2180) Occupation, SH, VM 1
    public static var occupation: Tag { Tag(rawValue: 0x00102180) }
    /// (0010,21A0) Smoking Status, CS, VM 1
    public static var smokingStatus: Tag { Tag(rawValue: 0x001021A0) }
    /// (0010,21B0) Additional Patient History, LT, VM 1
    public static var additionalPatientHistory: Tag { Tag(rawValue: 0x001021B0) }
    /// (0010,21C0) Pregnancy Status, US, VM 1
    public static var pregnancyStatus: Tag { Tag(rawValue: 0x001021C0) }
    /// (0010,21D0) Last Menstrual Date, DA, VM 1
    public static var lastMenstrualDate: Tag { Tag(rawValue: 0x001021D0) }
    /// (0010,21F0) Patient's Religious Preference, LO, VM 1
    public static var patientReligiousPreference: Tag { Tag(rawValue: 0x001021F0) }
    /// (0010,2201) Patient Species Description, LO, VM 1
    public static var patientSpeciesDescription: Tag { Tag(rawValue: 0x00102201) }
    /// (0010,2202) Patient Species Code Sequence, SQ, VM 1
    public static var patientSpeciesCodeSequence: Tag { Tag(rawValue: 0x00102202) }
    /// (0010,2203) Patient's Sex Neutered, CS, VM 1
    public static var patientSexNeutered: Tag { Tag(rawValue: 0x00102203) }
    /// (0010,2210) Anatomical Orientation Type, CS, VM 1
    public static var anatomicalOrientationType: Tag { Tag(rawValue: 0x00102210) }
    /// (0010,2292) Patient Breed Description, LO, VM 1
    public static var patientBreedDescription: Tag { Tag(rawValue: 0x00102292) }
    /// (0010,2293) Patient Breed Code Sequence, SQ, VM 1
    public static var patientBreedCodeSequence: Tag { Tag(rawValue: 0x00102293) }
    /// (0010,2294) Breed Registration Sequence, SQ, VM 1
    public static var breedRegistrationSequence: Tag { Tag(rawValue: 0x00102294) }
    /// (0010,2295) Breed Registration Number, LO, VM 1
    public static var breedRegistrationNumber: Tag { Tag(rawValue: 0x00102295) }
    /// (0010,2296) Breed Registry Code Sequence, SQ, VM 1
    public static var breedRegistryCodeSequence: Tag { Tag(rawValue: 0x00102296) }
    /// (0010,2297) Responsible Person, PN, VM 1
    public static var responsiblePerson: Tag { Tag(rawValue: 0x00102297) }
    /// (0010,2298) Responsible Person Role, CS, VM 1
    public static var responsiblePersonRole: Tag { Tag(rawValue: 0x00102298) }
    /// (0010,2299) Responsible Organization, LO, VM 1
    public static var responsibleOrganization: Tag { Tag(rawValue: 0x00102299) }
    /// (0010,4000) Patient Comments, LT, VM 1
    public static var patientComments: Tag { Tag(rawValue: 0x00104000) }
    /// (0010,9431) Examined Body Thickness, FL, VM 1
    public static var examinedBodyThickness: Tag { Tag(rawValue: 0x00109431) }
    /// (0012,0010) Clinical Trial Sponsor Name, LO, VM 1
    public static var clinicalTrialSponsorName: Tag { Tag(rawValue: 0x00120010) }
    /// (0012,0020) Clinical Trial Protocol ID, LO, VM 1
    public static var clinicalTrialProtocolID: Tag { Tag(rawValue: 0x00120020) }
    /// (0012,0021) Clinical Trial Protocol Name, LO, VM 1
    public static var clinicalTrialProtocolName: Tag { Tag(rawValue: 0x00120021) }
    /// (0012,0022) Issuer of Clinical Trial Protocol ID, LO, VM 1
    public static var issuerOfClinicalTrialProtocolID: Tag { Tag(rawValue: 0x00120022) }
    /// (0012,0023) Other Clinical Trial Protocol IDs Sequence, SQ, VM 1
    public static var otherClinicalTrialProtocolIDsSequence: Tag { Tag(rawValue: 0x00120023) }
    /// (0012,0030) Clinical Trial Site ID, LO, VM 1
    public static var clinicalTrialSiteID: Tag { Tag(rawValue: 0x00120030) }
    /// (0012,0031) Clinical Trial Site Name, LO, VM 1
    public static var clinicalTrialSiteName: Tag { Tag(rawValue: 0x00120031) }
    /// (0012,0032) Issuer of Clinical Trial Site ID, LO, VM 1
    public static var issuerOfClinicalTrialSiteID: Tag { Tag(rawValue: 0x00120032) }
    /// (0012,0040) Clinical Trial Subject ID, LO, VM 1
    public static var clinicalTrialSubjectID: Tag { Tag(rawValue: 0x00120040) }
    /// (0012,0041) Issuer of Clinical Trial Subject ID, LO, VM 1
    public static var issuerOfClinicalTrialSubjectID: Tag { Tag(rawValue: 0x00120041) }
    /// (0012,0042) Clinical Trial Subject Reading ID, LO, VM 1
    public static var clinicalTrialSubjectReadingID: Tag { Tag(rawValue: 0x00120042) }
    /// (0012,0043) Issuer of Clinical Trial Subject Reading ID, LO, VM 1
    public static var issuerOfClinicalTrialSubjectReadingID: Tag { Tag(rawValue: 0x00120043) }
    /// (0012,0050) Clinical Trial Time Point ID, LO, VM 1
    public static var clinicalTrialTimePointID: Tag { Tag(rawValue: 0x00120050) }
    /// (0012,0051) Clinical Trial Time Point Description, ST, VM 1
    public static var clinicalTrialTimePointDescription: Tag { Tag(rawValue: 0x00120051) }
    /// (0012,0052) Longitudinal Temporal Offset from Event, FD, VM 1
    public static var longitudinalTemporalOffsetFromEvent: Tag { Tag(rawValue: 0x00120052) }
    /// (0012,0053) Longitudinal Temporal Event Type, CS, VM 1
    public static var longitudinalTemporalEventType: Tag { Tag(rawValue: 0x00120053) }
    /// (0012,0054) Clinical Trial Time Point Type Code Sequence, SQ, VM 1
    public static var clinicalTrialTimePointTypeCodeSequence: Tag { Tag(rawValue: 0x00120054) }
    /// (0012,0055) Issuer of Clinical Trial Time Point ID, LO, VM 1
    public static var issuerOfClinicalTrialTimePointID: Tag { Tag(rawValue: 0x00120055) }
    /// (0012,0060) Clinical Trial Coordinating Center Name, LO, VM 1
    public static var clinicalTrialCoordinatingCenterName: Tag { Tag(rawValue: 0x00120060) }
    /// (0012,0062) Patient Identity Removed, CS, VM 1
    public static var patientIdentityRemoved: Tag { Tag(rawValue: 0x00120062) }
    /// (0012,0063) De-identification Method, LO, VM 1-n
    public static var deidentificationMethod: Tag { Tag(rawValue: 0x00120063) }
    /// (0012,0064) De-identification Method Code Sequence, SQ, VM 1
    public static var deidentificationMethodCodeSequence: Tag { Tag(rawValue: 0x00120064) }
    /// (0012,0071) Clinical Trial Series ID, LO, VM 1
    public static var clinicalTrialSeriesID: Tag { Tag(rawValue: 0x00120071) }
    /// (0012,0072) Clinical Trial Series Description, LO, VM 1
    public static var clinicalTrialSeriesDescription: Tag { Tag(rawValue: 0x00120072) }
    /// (0012,0073) Issuer of Clinical Trial Series ID, LO, VM 1
    public static var issuerOfClinicalTrialSeriesID: Tag { Tag(rawValue: 0x00120073) }
    /// (0012,0081) Clinical Trial Protocol Ethics Committee Name, LO, VM 1
    public static var clinicalTrialProtocolEthicsCommitteeName: Tag { Tag(rawValue: 0x00120081) }
    /// (0012,0082) Clinical Trial Protocol Ethics Committee Approval Number, LO, VM 1
    public static var clinicalTrialProtocolEthicsCommitteeApprovalNumber: Tag { Tag(rawValue: 0x00120082) }
    /// (0012,0083) Consent for Clinical Trial Use Sequence, SQ, VM 1
    public static var consentForClinicalTrialUseSequence: Tag { Tag(rawValue: 0x00120083) }
    /// (0012,0084) Distribution Type, CS, VM 1
    public static var distributionType: Tag { Tag(rawValue: 0x00120084) }
    /// (0012,0085) Consent for Distribution Flag, CS, VM 1
    public static var consentForDistributionFlag: Tag { Tag(rawValue: 0x00120085) }
    /// (0012,0086) Ethics Committee Approval Effectiveness Start Date, DA, VM 1
    public static var ethicsCommitteeApprovalEffectivenessStartDate: Tag { Tag(rawValue: 0x00120086) }
    /// (0012,0087) Ethics Committee Approval Effectiveness End Date, DA, VM 1
    public static var ethicsCommitteeApprovalEffectivenessEndDate: Tag { Tag(rawValue: 0x00120087) }
    /// (0014,0023) CAD File Format, ST, VM 1 (retired)
    public static var cadFileFormat: Tag { Tag(rawValue: 0x00140023) }
    /// (0014,0024) Component Reference System, ST, VM 1 (retired)
    public static var componentReferenceSystem: Tag { Tag(rawValue: 0x00140024) }
    /// (0014,0025) Component Manufacturing Procedure, ST, VM 1
    public static var componentManufacturingProcedure: Tag { Tag(rawValue: 0x00140025) }
    /// (0014,0028) Component Manufacturer, ST, VM 1
    public static var componentManufacturer: Tag { Tag(rawValue: 0x00140028) }
    /// (0014,0030) Material Thickness, DS, VM 1-n
    public static var materialThickness: Tag { Tag(rawValue: 0x00140030) }
    /// (0014,0032) Material Pipe Diameter, DS, VM 1-n
    public static var materialPipeDiameter: Tag { Tag(rawValue: 0x00140032) }
    /// (0014,0034) Material Isolation Diameter, DS, VM 1-n
    public static var materialIsolationDiameter: Tag { Tag(rawValue: 0x00140034) }
    /// (0014,0042) Material Grade, ST, VM 1
    public static var materialGrade: Tag { Tag(rawValue: 0x00140042) }
    /// (0014,0044) Material Properties Description, ST, VM 1
    public static var materialPropertiesDescription: Tag { Tag(rawValue: 0x00140044) }
    /// (0014,0045) Material Properties File Format (Retired), ST, VM 1 (retired)
    public static var materialPropertiesFileFormatRetired: Tag { Tag(rawValue: 0x00140045) }
    /// (0014,0046) Material Notes, LT, VM 1
    public static var materialNotes: Tag { Tag(rawValue: 0x00140046) }
    /// (0014,0050) Component Shape, CS, VM 1
    public static var componentShape: Tag { Tag(rawValue: 0x00140050) }
    /// (0014,0052) Curvature Type, CS, VM 1
    public static var curvatureType: Tag { Tag(rawValue: 0x00140052) }
    /// (0014,0054) Outer Diameter, DS, VM 1
    public static var outerDiameter: Tag { Tag(rawValue: 0x00140054) }
    /// (0014,0056) Inner Diameter, DS, VM 1
    public static var innerDiameter: Tag { Tag(rawValue: 0x00140056) }
    /// (0014,0100) Component Welder IDs, LO, VM 1-n
    public static var componentWelderIDs: Tag { Tag(rawValue: 0x00140100) }
    /// (0014,0101) Secondary Approval Status, CS, VM 1
    public static var secondaryApprovalStatus: Tag { Tag(rawValue: 0x00140101) }
    /// (0014,0102) Secondary Review Date, DA, VM 1
    public static var secondaryReviewDate: Tag { Tag(rawValue: 0x00140102) }
    /// (0014,0103) Secondary Review Time, TM, VM 1
    public static var secondaryReviewTime: Tag { Tag(rawValue: 0x00140103) }
    /// (0014,0104) Secondary Reviewer Name, PN, VM 1
    public static var secondaryReviewerName: Tag { Tag(rawValue: 0x00140104) }
    /// (0014,0105) Repair ID, ST, VM 1
    public static var repairID: Tag { Tag(rawValue: 0x00140105) }
    /// (0014,0106) Multiple Component Approval Sequence, SQ, VM 1
    public static var multipleComponentApprovalSequence: Tag { Tag(rawValue: 0x00140106) }
    /// (0014,0107) Other Approval Status, CS, VM 1-n
    public static var otherApprovalStatus: Tag { Tag(rawValue: 0x00140107) }
    /// (0014,0108) Other Secondary Approval Status, CS, VM 1-n
    public static var otherSecondaryApprovalStatus: Tag { Tag(rawValue: 0x00140108) }
    /// (0014,0200) Data Element Label Sequence, SQ, VM 1
    public static var dataElementLabelSequence: Tag { Tag(rawValue: 0x00140200) }
    /// (0014,0201) Data Element Label Item Sequence, SQ, VM 1
    public static var dataElementLabelItemSequence: Tag { Tag(rawValue: 0x00140201) }
    /// (0014,0202) Data Element, AT, VM 1
    public static var dataElement: Tag { Tag(rawValue: 0x00140202) }
    /// (0014,0203) Data Element Name, LO, VM 1
    public static var dataElementName: Tag { Tag(rawValue: 0x00140203) }
    /// (0014,0204) Data Element Description, LO, VM 1
    public static var dataElementDescription: Tag { Tag(rawValue: 0x00140204) }
    /// (0014,0205) Data Element Conditionality, CS, VM 1
    public static var dataElementConditionality: Tag { Tag(rawValue: 0x00140205) }
    /// (0014,0206) Data Element Minimum Characters, IS, VM 1
    public static var dataElementMinimumCharacters: Tag { Tag(rawValue: 0x00140206) }
    /// (0014,0207) Data Element Maximum Characters, IS, VM 1
    public static var dataElementMaximumCharacters: Tag { Tag(rawValue: 0x00140207) }
    /// (0014,1010) Actual Environmental Conditions, ST, VM 1
    public static var actualEnvironmentalConditions: Tag { Tag(rawValue: 0x00141010) }
    /// (0014,1020) Expiry Date, DA, VM 1
    public static var expiryDate: Tag { Tag(rawValue: 0x00141020) }
    /// (0014,1040) Environmental Conditions, ST, VM 1
    public static var environmentalConditions: Tag { Tag(rawValue: 0x00141040) }
    /// (0014,2002) Evaluator Sequence, SQ, VM 1
    public static var evaluatorSequence: Tag { Tag(rawValue: 0x00142002) }
    /// (0014,2004) Evaluator Number, IS, VM 1
    public static var evaluatorNumber: Tag { Tag(rawValue: 0x00142004) }
    /// (0014,2006) Evaluator Name, PN, VM 1
    public static var evaluatorName: Tag { Tag(rawValue: 0x00142006) }
    /// (0014,2008) Evaluation Attempt, IS, VM 1
    public static var evaluationAttempt: Tag { Tag(rawValue: 0x00142008) }
    /// (0014,2012) Indication Sequence, SQ, VM 1
    public static var indicationSequence: Tag { Tag(rawValue: 0x00142012) }
    /// (0014,2014) Indication Number, IS, VM 1
    public static var indicationNumber: Tag { Tag(rawValue: 0x00142014) }
    /// (0014,2016) Indication Label, SH, VM 1
    public static var indicationLabel: Tag { Tag(rawValue: 0x00142016) }
    /// (0014,2018) Indication Description, ST, VM 1
    public static var indicationDescription: Tag { Tag(rawValue: 0x00142018) }
    /// (0014,201A) Indication Type, CS, VM 1-n
    public static var indicationType: Tag { Tag(rawValue: 0x0014201A) }
    /// (0014,201C) Indication Disposition, CS, VM 1
    public static var indicationDisposition: Tag { Tag(rawValue: 0x0014201C) }
    /// (0014,201E) Indication ROI Sequence, SQ, VM 1
    public static var indicationROISequence: Tag { Tag(rawValue: 0x0014201E) }
    /// (0014,2030) Indication Physical Property Sequence, SQ, VM 1
    public static var indicationPhysicalPropertySequence: Tag { Tag(rawValue: 0x00142030) }
    /// (0014,2032) Property Label, SH, VM 1
    public static var propertyLabel: Tag { Tag(rawValue: 0x00142032) }
    /// (0014,2202) Coordinate System Number of Axes, IS, VM 1
    public static var coordinateSystemNumberOfAxes: Tag { Tag(rawValue: 0x00142202) }
    /// (0014,2204) Coordinate System Axes Sequence, SQ, VM 1
    public static var coordinateSystemAxesSequence: Tag { Tag(rawValue: 0x00142204) }
    /// (0014,2206) Coordinate System Axis Description, ST, VM 1
    public static var coordinateSystemAxisDescription: Tag { Tag(rawValue: 0x00142206) }
    /// (0014,2208) Coordinate System Data Set Mapping, CS, VM 1
    public static var coordinateSystemDataSetMapping: Tag { Tag(rawValue: 0x00142208) }
    /// (0014,220A) Coordinate System Axis Number, IS, VM 1
    public static var coordinateSystemAxisNumber: Tag { Tag(rawValue: 0x0014220A) }
    /// (0014,220C) Coordinate System Axis Type, CS, VM 1
    public static var coordinateSystemAxisType: Tag { Tag(rawValue: 0x0014220C) }
    /// (0014,220E) Coordinate System Axis Units, CS, VM 1
    public static var coordinateSystemAxisUnits: Tag { Tag(rawValue: 0x0014220E) }
    /// (0014,2210) Coordinate System Axis Values, OB, VM 1
    public static var coordinateSystemAxisValues: Tag { Tag(rawValue: 0x00142210) }
    /// (0014,2220) Coordinate System Transform Sequence, SQ, VM 1
    public static var coordinateSystemTransformSequence: Tag { Tag(rawValue: 0x00142220) }
    /// (0014,2222) Transform Description, ST, VM 1
    public static var transformDescription: Tag { Tag(rawValue: 0x00142222) }
    /// (0014,2224) Transform Number of Axes, IS, VM 1
    public static var transformNumberOfAxes: Tag { Tag(rawValue: 0x00142224) }
    /// (0014,2226) Transform Order of Axes, IS, VM 1-n
    public static var transformOrderOfAxes: Tag { Tag(rawValue: 0x00142226) }
    /// (0014,2228) Transformed Axis Units, CS, VM 1
    public static var transformedAxisUnits: Tag { Tag(rawValue: 0x00142228) }
    /// (0014,222A) Coordinate System Transform Rotation and Scale Matrix, DS, VM 1-n
    public static var coordinateSystemTransformRotationAndScaleMatrix: Tag { Tag(rawValue: 0x0014222A) }
    /// (0014,222C) Coordinate System Transform Translation Matrix, DS, VM 1-n
    public static var coordinateSystemTransformTranslationMatrix: Tag { Tag(rawValue: 0x0014222C) }
    /// (0014,3011) Internal Detector Frame Time, DS, VM 1
    public static var internalDetectorFrameTime: Tag { Tag(rawValue: 0x00143011) }
    /// (0014,3012) Number of Frames Integrated, DS, VM 1
    public static var numberOfFramesIntegrated: Tag { Tag(rawValue: 0x00143012) }
    /// (0014,3020) Detector Temperature Sequence, SQ, VM 1
    public static var detectorTemperatureSequence: Tag { Tag(rawValue: 0x00143020) }
    /// (0014,3022) Sensor Name, ST, VM 1
    public static var sensorName: Tag { Tag(rawValue: 0x00143022) }
    /// (0014,3024) Horizontal Offset of Sensor, DS, VM 1
    public static var horizontalOffsetOfSensor: Tag { Tag(rawValue: 0x00143024) }
    /// (0014,3026) Vertical Offset of Sensor, DS, VM 1
    public static var verticalOffsetOfSensor: Tag { Tag(rawValue: 0x00143026) }
    /// (0014,3028) Sensor Temperature, DS, VM 1
    public static var sensorTemperature: Tag { Tag(rawValue: 0x00143028) }
    /// (0014,3040) Dark Current Sequence, SQ, VM 1
    public static var darkCurrentSequence: Tag { Tag(rawValue: 0x00143040) }
    /// (0014,3050) Dark Current Counts, OB or OW, VM 1
    public static var darkCurrentCounts: Tag { Tag(rawValue: 0x00143050) }
    /// (0014,3060) Gain Correction Reference Sequence, SQ, VM 1
    public static var gainCorrectionReferenceSequence: Tag { Tag(rawValue: 0x00143060) }
    /// (0014,3070) Air Counts, OB or OW, VM 1
    public static var airCounts: Tag { Tag(rawValue: 0x00143070) }
    /// (0014,3071) KV Used in Gain Calibration, DS, VM 1
    public static var kvUsedInGainCalibration: Tag { Tag(rawValue: 0x00143071) }
    /// (0014,3072) MA Used in Gain Calibration, DS, VM 1
    public static var maUsedInGainCalibration: Tag { Tag(rawValue: 0x00143072) }
    /// (0014,3073) Number of Frames Used for Integration, DS, VM 1
    public static var numberOfFramesUsedForIntegration: Tag { Tag(rawValue: 0x00143073) }
    /// (0014,3074) Filter Material Used in Gain Calibration, LO, VM 1
    public static var filterMaterialUsedInGainCalibration: Tag { Tag(rawValue: 0x00143074) }
    /// (0014,3075) Filter Thickness Used in Gain Calibration, DS, VM 1
    public static var filterThicknessUsedInGainCalibration: Tag { Tag(rawValue: 0x00143075) }
    /// (0014,3076) Date of Gain Calibration, DA, VM 1
    public static var dateOfGainCalibration: Tag { Tag(rawValue: 0x00143076) }
    /// (0014,3077) Time of Gain Calibration, TM, VM 1
    public static var timeOfGainCalibration: Tag { Tag(rawValue: 0x00143077) }
    /// (0014,3080) Bad Pixel Image, OB, VM 1
    public static var badPixelImage: Tag { Tag(rawValue: 0x00143080) }
    /// (0014,3099) Calibration Notes, LT, VM 1
    public static var calibrationNotes: Tag { Tag(rawValue: 0x00143099) }
    /// (0014,3100) Linearity Correction Technique, LT, VM 1
    public static var linearityCorrectionTechnique: Tag { Tag(rawValue: 0x00143100) }
    /// (0014,3101) Beam Hardening Correction Technique, LT, VM 1
    public static var beamHardeningCorrectionTechnique: Tag { Tag(rawValue: 0x00143101) }
    /// (0014,4002) Pulser Equipment Sequence, SQ, VM 1
    public static var pulserEquipmentSequence: Tag { Tag(rawValue: 0x00144002) }
    /// (0014,4004) Pulser Type, CS, VM 1
    public static var pulserType: Tag { Tag(rawValue: 0x00144004) }
    /// (0014,4006) Pulser Notes, LT, VM 1
    public static var pulserNotes: Tag { Tag(rawValue: 0x00144006) }
    /// (0014,4008) Receiver Equipment Sequence, SQ, VM 1
    public static var receiverEquipmentSequence: Tag { Tag(rawValue: 0x00144008) }
    /// (0014,400A) Amplifier Type, CS, VM 1
    public static var amplifierType: Tag { Tag(rawValue: 0x0014400A) }
    /// (0014,400C) Receiver Notes, LT, VM 1
    public static var receiverNotes: Tag { Tag(rawValue: 0x0014400C) }
    /// (0014,400E) Pre-Amplifier Equipment Sequence, SQ, VM 1
    public static var preAmplifierEquipmentSequence: Tag { Tag(rawValue: 0x0014400E) }
    /// (0014,400F) Pre-Amplifier Notes, LT, VM 1
    public static var preAmplifierNotes: Tag { Tag(rawValue: 0x0014400F) }
    /// (0014,4010) Transmit Transducer Sequence, SQ, VM 1
    public static var transmitTransducerSequence: Tag { Tag(rawValue: 0x00144010) }
    /// (0014,4011) Receive Transducer Sequence, SQ, VM 1
    public static var receiveTransducerSequence: Tag { Tag(rawValue: 0x00144011) }
    /// (0014,4012) Number of Elements, US, VM 1
    public static var numberOfElements: Tag { Tag(rawValue: 0x00144012) }
    /// (0014,4013) Element Shape, CS, VM 1
    public static var elementShape: Tag { Tag(rawValue: 0x00144013) }
    /// (0014,4014) Element Dimension A, DS, VM 1
    public static var elementDimensionA: Tag { Tag(rawValue: 0x00144014) }
    /// (0014,4015) Element Dimension B, DS, VM 1
    public static var elementDimensionB: Tag { Tag(rawValue: 0x00144015) }
    /// (0014,4016) Element Pitch A, DS, VM 1
    public static var elementPitchA: Tag { Tag(rawValue: 0x00144016) }
    /// (0014,4017) Measured Beam Dimension A, DS, VM 1
    public static var measuredBeamDimensionA: Tag { Tag(rawValue: 0x00144017) }
    /// (0014,4018) Measured Beam Dimension B, DS, VM 1
    public static var measuredBeamDimensionB: Tag { Tag(rawValue: 0x00144018) }
    /// (0014,4019) Location of Measured Beam Diameter, DS, VM 1
    public static var locationOfMeasuredBeamDiameter: Tag { Tag(rawValue: 0x00144019) }
    /// (0014,401A) Nominal Frequency, DS, VM 1
    public static var nominalFrequency: Tag { Tag(rawValue: 0x0014401A) }
    /// (0014,401B) Measured Center Frequency, DS, VM 1
    public static var measuredCenterFrequency: Tag { Tag(rawValue: 0x0014401B) }
    /// (0014,401C) Measured Bandwidth, DS, VM 1
    public static var measuredBandwidth: Tag { Tag(rawValue: 0x0014401C) }
    /// (0014,401D) Element Pitch B, DS, VM 1
    public static var elementPitchB: Tag { Tag(rawValue: 0x0014401D) }
    /// (0014,4020) Pulser Settings Sequence, SQ, VM 1
    public static var pulserSettingsSequence: Tag { Tag(rawValue: 0x00144020) }
    /// (0014,4022) Pulse Width, DS, VM 1
    public static var pulseWidth: Tag { Tag(rawValue: 0x00144022) }
    /// (0014,4024) Excitation Frequency, DS, VM 1
    public static var excitationFrequency: Tag { Tag(rawValue: 0x00144024) }
    /// (0014,4026) Modulation Type, CS, VM 1
    public static var modulationType: Tag { Tag(rawValue: 0x00144026) }
    /// (0014,4028) Damping, DS, VM 1
    public static var damping: Tag { Tag(rawValue: 0x00144028) }
    /// (0014,4030) Receiver Settings Sequence, SQ, VM 1
    public static var receiverSettingsSequence: Tag { Tag(rawValue: 0x00144030) }
    /// (0014,4031) Acquired Soundpath Length, DS, VM 1
    public static var acquiredSoundpathLength: Tag { Tag(rawValue: 0x00144031) }
    /// (0014,4032) Acquisition Compression Type, CS, VM 1
    public static var acquisitionCompressionType: Tag { Tag(rawValue: 0x00144032) }
    /// (0014,4033) Acquisition Sample Size, IS, VM 1
    public static var acquisitionSampleSize: Tag { Tag(rawValue: 0x00144033) }
    /// (0014,4034) Rectifier Smoothing, DS, VM 1
    public static var rectifierSmoothing: Tag { Tag(rawValue: 0x00144034) }
    /// (0014,4035) DAC Sequence, SQ, VM 1
    public static var dacSequence: Tag { Tag(rawValue: 0x00144035) }
    /// (0014,4036) DAC Type, CS, VM 1
    public static var dacType: Tag { Tag(rawValue: 0x00144036) }
    /// (0014,4038) DAC Gain Points, DS, VM 1-n
    public static var dacGainPoints: Tag { Tag(rawValue: 0x00144038) }
    /// (0014,403A) DAC Time Points, DS, VM 1-n
    public static var dacTimePoints: Tag { Tag(rawValue: 0x0014403A) }
    /// (0014,403C) DAC Amplitude, DS, VM 1-n
    public static var dacAmplitude: Tag { Tag(rawValue: 0x0014403C) }
    /// (0014,4040) Pre-Amplifier Settings Sequence, SQ, VM 1
    public static var preAmplifierSettingsSequence: Tag { Tag(rawValue: 0x00144040) }
    /// (0014,4050) Transmit Transducer Settings Sequence, SQ, VM 1
    public static var transmitTransducerSettingsSequence: Tag { Tag(rawValue: 0x00144050) }
    /// (0014,4051) Receive Transducer Settings Sequence, SQ, VM 1
    public static var receiveTransducerSettingsSequence: Tag { Tag(rawValue: 0x00144051) }
    /// (0014,4052) Incident Angle, DS, VM 1
    public static var incidentAngle: Tag { Tag(rawValue: 0x00144052) }
    /// (0014,4054) Coupling Technique, ST, VM 1
    public static var couplingTechnique: Tag { Tag(rawValue: 0x00144054) }
    /// (0014,4056) Coupling Medium, ST, VM 1
    public static var couplingMedium: Tag { Tag(rawValue: 0x00144056) }
    /// (0014,4057) Coupling Velocity, DS, VM 1
    public static var couplingVelocity: Tag { Tag(rawValue: 0x00144057) }
    /// (0014,4058) Probe Center Location X, DS, VM 1
    public static var probeCenterLocationX: Tag { Tag(rawValue: 0x00144058) }
    /// (0014,4059) Probe Center Location Z, DS, VM 1
    public static var probeCenterLocationZ: Tag { Tag(rawValue: 0x00144059) }
    /// (0014,405A) Sound Path Length, DS, VM 1
    public static var soundPathLength: Tag { Tag(rawValue: 0x0014405A) }
    /// (0014,405C) Delay Law Identifier, ST, VM 1
    public static var delayLawIdentifier: Tag { Tag(rawValue: 0x0014405C) }
    /// (0014,4060) Gate Settings Sequence, SQ, VM 1
    public static var gateSettingsSequence: Tag { Tag(rawValue: 0x00144060) }
    /// (0014,4062) Gate Threshold, DS, VM 1
    public static var gateThreshold: Tag { Tag(rawValue: 0x00144062) }
    /// (0014,4064) Velocity of Sound, DS, VM 1
    public static var velocityOfSound: Tag { Tag(rawValue: 0x00144064) }
    /// (0014,4070) Calibration Settings Sequence, SQ, VM 1
    public static var calibrationSettingsSequence: Tag { Tag(rawValue: 0x00144070) }
    /// (0014,4072) Calibration Procedure, ST, VM 1
    public static var calibrationProcedure: Tag { Tag(rawValue: 0x00144072) }
    /// (0014,4074) Procedure Version, SH, VM 1
    public static var procedureVersion: Tag { Tag(rawValue: 0x00144074) }
    /// (0014,4076) Procedure Creation Date, DA, VM 1
    public static var procedureCreationDate: Tag { Tag(rawValue: 0x00144076) }
    /// (0014,4078) Procedure Expiration Date, DA, VM 1
    public static var procedureExpirationDate: Tag { Tag(rawValue: 0x00144078) }
    /// (0014,407A) Procedure Last Modified Date, DA, VM 1
    public static var procedureLastModifiedDate: Tag { Tag(rawValue: 0x0014407A) }
    /// (0014,407C) Calibration Time, TM, VM 1-n
    public static var calibrationTime: Tag { Tag(rawValue: 0x0014407C) }
    /// (0014,407E) Calibration Date, DA, VM 1-n
    public static var calibrationDate: Tag { Tag(rawValue: 0x0014407E) }
    /// (0014,4080) Probe Drive Equipment Sequence, SQ, VM 1
    public static var probeDriveEquipmentSequence: Tag { Tag(rawValue: 0x00144080) }
    /// (0014,4081) Drive Type, CS, VM 1
    public static var driveType: Tag { Tag(rawValue: 0x00144081) }
    /// (0014,4082) Probe Drive Notes, LT, VM 1
    public static var probeDriveNotes: Tag { Tag(rawValue: 0x00144082) }
    /// (0014,4083) Drive Probe Sequence, SQ, VM 1
    public static var driveProbeSequence: Tag { Tag(rawValue: 0x00144083) }
    /// (0014,4084) Probe Inductance, DS, VM 1
    public static var probeInductance: Tag { Tag(rawValue: 0x00144084) }
    /// (0014,4085) Probe Resistance, DS, VM 1
    public static var probeResistance: Tag { Tag(rawValue: 0x00144085) }
    /// (0014,4086) Receive Probe Sequence, SQ, VM 1
    public static var receiveProbeSequence: Tag { Tag(rawValue: 0x00144086) }
    /// (0014,4087) Probe Drive Settings Sequence, SQ, VM 1
    public static var probeDriveSettingsSequence: Tag { Tag(rawValue: 0x00144087) }
    /// (0014,4088) Bridge Resistors, DS, VM 1
    public static var bridgeResistors: Tag { Tag(rawValue: 0x00144088) }
    /// (0014,4089) Probe Orientation Angle, DS, VM 1
    public static var probeOrientationAngle: Tag { Tag(rawValue: 0x00144089) }
    /// (0014,408B) User Selected Gain Y, DS, VM 1
    public static var userSelectedGainY: Tag { Tag(rawValue: 0x0014408B) }
    /// (0014,408C) User Selected Phase, DS, VM 1
    public static var userSelectedPhase: Tag { Tag(rawValue: 0x0014408C) }
    /// (0014,408D) User Selected Offset X, DS, VM 1
    public static var userSelectedOffsetX: Tag { Tag(rawValue: 0x0014408D) }
    /// (0014,408E) User Selected Offset Y, DS, VM 1
    public static var userSelectedOffsetY: Tag { Tag(rawValue: 0x0014408E) }
    /// (0014,4091) Channel Settings Sequence, SQ, VM 1
    public static var channelSettingsSequence: Tag { Tag(rawValue: 0x00144091) }
    /// (0014,4092) Channel Threshold, DS, VM 1
    public static var channelThreshold: Tag { Tag(rawValue: 0x00144092) }
    /// (0014,409A) Scanner Settings Sequence, SQ, VM 1
    public static var scannerSettingsSequence: Tag { Tag(rawValue: 0x0014409A) }
    /// (0014,409B) Scan Procedure, ST, VM 1
    public static var scanProcedure: Tag { Tag(rawValue: 0x0014409B) }
    /// (0014,409C) Translation Rate X, DS, VM 1
    public static var translationRateX: Tag { Tag(rawValue: 0x0014409C) }
    /// (0014,409D) Translation Rate Y, DS, VM 1
    public static var translationRateY: Tag { Tag(rawValue: 0x0014409D) }
    /// (0014,409F) Channel Overlap, DS, VM 1
    public static var channelOverlap: Tag { Tag(rawValue: 0x0014409F) }
    /// (0014,40A0) Image Quality Indicator Type, LO, VM 1-n
    public static var imageQualityIndicatorType: Tag { Tag(rawValue: 0x001440A0) }
    /// (0014,40A1) Image Quality Indicator Material, LO, VM 1-n
    public static var imageQualityIndicatorMaterial: Tag { Tag(rawValue: 0x001440A1) }
    /// (0014,40A2) Image Quality Indicator Size, LO, VM 1-n
    public static var imageQualityIndicatorSize: Tag { Tag(rawValue: 0x001440A2) }
    /// (0014,5002) LINAC Energy, IS, VM 1
    public static var linacEnergy: Tag { Tag(rawValue: 0x00145002) }
    /// (0014,5004) LINAC Output, IS, VM 1
    public static var linacOutput: Tag { Tag(rawValue: 0x00145004) }
    /// (0014,5100) Active Aperture, US, VM 1
    public static var activeAperture: Tag { Tag(rawValue: 0x00145100) }
    /// (0014,5101) Total Aperture, DS, VM 1
    public static var totalAperture: Tag { Tag(rawValue: 0x00145101) }
    /// (0014,5102) Aperture Elevation, DS, VM 1
    public static var apertureElevation: Tag { Tag(rawValue: 0x00145102) }
    /// (0014,5103) Main Lobe Angle, DS, VM 1
    public static var mainLobeAngle: Tag { Tag(rawValue: 0x00145103) }
    /// (0014,5104) Main Roof Angle, DS, VM 1
    public static var mainRoofAngle: Tag { Tag(rawValue: 0x00145104) }
    /// (0014,5105) Connector Type, CS, VM 1
    public static var connectorType: Tag { Tag(rawValue: 0x00145105) }
    /// (0014,5106) Wedge Model Number, SH, VM 1
    public static var wedgeModelNumber: Tag { Tag(rawValue: 0x00145106) }
    /// (0014,5107) Wedge Angle Float, DS, VM 1
    public static var wedgeAngleFloat: Tag { Tag(rawValue: 0x00145107) }
    /// (0014,5108) Wedge Roof Angle, DS, VM 1
    public static var wedgeRoofAngle: Tag { Tag(rawValue: 0x00145108) }
    /// (0014,5109) Wedge Element 1 Position, CS, VM 1
    public static var wedgeElement1Position: Tag { Tag(rawValue: 0x00145109) }
    /// (0014,510A) Wedge Material Velocity, DS, VM 1
    public static var wedgeMaterialVelocity: Tag { Tag(rawValue: 0x0014510A) }
    /// (0014,510B) Wedge Material, SH, VM 1
    public static var wedgeMaterial: Tag { Tag(rawValue: 0x0014510B) }
    /// (0014,510C) Wedge Offset Z, DS, VM 1
    public static var wedgeOffsetZ: Tag { Tag(rawValue: 0x0014510C) }
    /// (0014,510D) Wedge Origin Offset X, DS, VM 1
    public static var wedgeOriginOffsetX: Tag { Tag(rawValue: 0x0014510D) }
    /// (0014,510E) Wedge Time Delay, DS, VM 1
    public static var wedgeTimeDelay: Tag { Tag(rawValue: 0x0014510E) }
    /// (0014,510F) Wedge Name, SH, VM 1
    public static var wedgeName: Tag { Tag(rawValue: 0x0014510F) }
    /// (0014,5110) Wedge Manufacturer Name, SH, VM 1
    public static var wedgeManufacturerName: Tag { Tag(rawValue: 0x00145110) }
    /// (0014,5111) Wedge Description, LO, VM 1
    public static var wedgeDescription: Tag { Tag(rawValue: 0x00145111) }
    /// (0014,5112) Nominal Beam Angle, DS, VM 1
    public static var nominalBeamAngle: Tag { Tag(rawValue: 0x00145112) }
    /// (0014,5113) Wedge Offset X, DS, VM 1
    public static var wedgeOffsetX: Tag { Tag(rawValue: 0x00145113) }
    /// (0014,5114) Wedge Offset Y, DS, VM 1
    public static var wedgeOffsetY: Tag { Tag(rawValue: 0x00145114) }
    /// (0014,5115) Wedge Total Length, DS, VM 1
    public static var wedgeTotalLength: Tag { Tag(rawValue: 0x00145115) }
    /// (0014,5116) Wedge In Contact Length, DS, VM 1
    public static var wedgeInContactLength: Tag { Tag(rawValue: 0x00145116) }
    /// (0014,5117) Wedge Front Gap, DS, VM 1
    public static var wedgeFrontGap: Tag { Tag(rawValue: 0x00145117) }
    /// (0014,5118) Wedge Total Height, DS, VM 1
    public static var wedgeTotalHeight: Tag { Tag(rawValue: 0x00145118) }
    /// (0014,5119) Wedge Front Height, DS, VM 1
    public static var wedgeFrontHeight: Tag { Tag(rawValue: 0x00145119) }
    /// (0014,511A) Wedge Rear Height, DS, VM 1
    public static var wedgeRearHeight: Tag { Tag(rawValue: 0x0014511A) }
    /// (0014,511B) Wedge Total Width, DS, VM 1
    public static var wedgeTotalWidth: Tag { Tag(rawValue: 0x0014511B) }
    /// (0014,511C) Wedge In Contact Width, DS, VM 1
    public static var wedgeInContactWidth: Tag { Tag(rawValue: 0x0014511C) }
    /// (0014,511D) Wedge Chamfer Height, DS, VM 1
    public static var wedgeChamferHeight: Tag { Tag(rawValue: 0x0014511D) }
    /// (0014,511E) Wedge Curve, CS, VM 1
    public static var wedgeCurve: Tag { Tag(rawValue: 0x0014511E) }
    /// (0014,511F) Radius Along the Wedge, DS, VM 1
    public static var radiusAlongWedge: Tag { Tag(rawValue: 0x0014511F) }
    /// (0016,0001) White Point, DS, VM 1
    public static var whitePoint: Tag { Tag(rawValue: 0x00160001) }
    /// (0016,0002) Primary Chromaticities, DS, VM 3
    public static var primaryChromaticities: Tag { Tag(rawValue: 0x00160002) }
    /// (0016,0003) Battery Level, UT, VM 1
    public static var batteryLevel: Tag { Tag(rawValue: 0x00160003) }
    /// (0016,0004) Exposure Time in Seconds, DS, VM 1
    public static var exposureTimeInSeconds: Tag { Tag(rawValue: 0x00160004) }
    /// (0016,0005) F-Number, DS, VM 1
    public static var fNumber: Tag { Tag(rawValue: 0x00160005) }
    /// (0016,0006) OECF Rows, IS, VM 1
    public static var oecfRows: Tag { Tag(rawValue: 0x00160006) }
    /// (0016,0007) OECF Columns, IS, VM 1
    public static var oecfColumns: Tag { Tag(rawValue: 0x00160007) }
    /// (0016,0008) OECF Column Names, UC, VM 1-n
    public static var oecfColumnNames: Tag { Tag(rawValue: 0x00160008) }
    /// (0016,0009) OECF Values, DS, VM 1-n
    public static var oecfValues: Tag { Tag(rawValue: 0x00160009) }
    /// (0016,000A) Spatial Frequency Response Rows, IS, VM 1
    public static var spatialFrequencyResponseRows: Tag { Tag(rawValue: 0x0016000A) }
    /// (0016,000B) Spatial Frequency Response Columns, IS, VM 1
    public static var spatialFrequencyResponseColumns: Tag { Tag(rawValue: 0x0016000B) }
    /// (0016,000C) Spatial Frequency Response Column Names, UC, VM 1-n
    public static var spatialFrequencyResponseColumnNames: Tag { Tag(rawValue: 0x0016000C) }
    /// (0016,000D) Spatial Frequency Response Values, DS, VM 1-n
    public static var spatialFrequencyResponseValues: Tag { Tag(rawValue: 0x0016000D) }
    /// (0016,000E) Color Filter Array Pattern Rows, IS, VM 1
    public static var colorFilterArrayPatternRows: Tag { Tag(rawValue: 0x0016000E) }
    /// (0016,000F) Color Filter Array Pattern Columns, IS, VM 1
    public static var colorFilterArrayPatternColumns: Tag { Tag(rawValue: 0x0016000F) }
    /// (0016,0010) Color Filter Array Pattern Values, DS, VM 1-n
    public static var colorFilterArrayPatternValues: Tag { Tag(rawValue: 0x00160010) }
    /// (0016,0011) Flash Firing Status, US, VM 1
    public static var flashFiringStatus: Tag { Tag(rawValue: 0x00160011) }
    /// (0016,0012) Flash Return Status, US, VM 1
    public static var flashReturnStatus: Tag { Tag(rawValue: 0x00160012) }
    /// (0016,0013) Flash Mode, US, VM 1
    public static var flashMode: Tag { Tag(rawValue: 0x00160013) }
    /// (0016,0014) Flash Function Present, US, VM 1
    public static var flashFunctionPresent: Tag { Tag(rawValue: 0x00160014) }
    /// (0016,0015) Flash Red Eye Mode, US, VM 1
    public static var flashRedEyeMode: Tag { Tag(rawValue: 0x00160015) }
    /// (0016,0016) Exposure Program, US, VM 1
    public static var exposureProgram: Tag { Tag(rawValue: 0x00160016) }
    /// (0016,0017) Spectral Sensitivity, UT, VM 1
    public static var spectralSensitivity: Tag { Tag(rawValue: 0x00160017) }
    /// (0016,0018) Photographic Sensitivity, IS, VM 1
    public static var photographicSensitivity: Tag { Tag(rawValue: 0x00160018) }
    /// (0016,0019) Self Timer Mode, IS, VM 1
    public static var selfTimerMode: Tag { Tag(rawValue: 0x00160019) }
    /// (0016,001A) Sensitivity Type, US, VM 1
    public static var sensitivityType: Tag { Tag(rawValue: 0x0016001A) }
    /// (0016,001B) Standard Output Sensitivity, IS, VM 1
    public static var standardOutputSensitivity: Tag { Tag(rawValue: 0x0016001B) }
    /// (0016,001C) Recommended Exposure Index, IS, VM 1
    public static var recommendedExposureIndex: Tag { Tag(rawValue: 0x0016001C) }
    /// (0016,001D) ISO Speed, IS, VM 1
    public static var isoSpeed: Tag { Tag(rawValue: 0x0016001D) }
    /// (0016,001E) ISO Speed Latitude yyy, IS, VM 1
    public static var isoSpeedLatitudeyyy: Tag { Tag(rawValue: 0x0016001E) }
    /// (0016,001F) ISO Speed Latitude zzz, IS, VM 1
    public static var isoSpeedLatitudezzz: Tag { Tag(rawValue: 0x0016001F) }
    /// (0016,0020) EXIF Version, UT, VM 1
    public static var exifVersion: Tag { Tag(rawValue: 0x00160020) }
    /// (0016,0021) Shutter Speed Value, DS, VM 1
    public static var shutterSpeedValue: Tag { Tag(rawValue: 0x00160021) }
    /// (0016,0022) Aperture Value, DS, VM 1
    public static var apertureValue: Tag { Tag(rawValue: 0x00160022) }
    /// (0016,0023) Brightness Value, DS, VM 1
    public static var brightnessValue: Tag { Tag(rawValue: 0x00160023) }
    /// (0016,0024) Exposure Bias Value, DS, VM 1
    public static var exposureBiasValue: Tag { Tag(rawValue: 0x00160024) }
    /// (0016,0025) Max Aperture Value, DS, VM 1
    public static var maxApertureValue: Tag { Tag(rawValue: 0x00160025) }
    /// (0016,0026) Subject Distance, DS, VM 1
    public static var subjectDistance: Tag { Tag(rawValue: 0x00160026) }
    /// (0016,0027) Metering Mode, US, VM 1
    public static var meteringMode: Tag { Tag(rawValue: 0x00160027) }
    /// (0016,0028) Light Source, US, VM 1
    public static var lightSource: Tag { Tag(rawValue: 0x00160028) }
    /// (0016,0029) Focal Length, DS, VM 1
    public static var focalLength: Tag { Tag(rawValue: 0x00160029) }
    /// (0016,002A) Subject Area, IS, VM 2-4
    public static var subjectArea: Tag { Tag(rawValue: 0x0016002A) }
    /// (0016,002B) Maker Note, OB, VM 1
    public static var makerNote: Tag { Tag(rawValue: 0x0016002B) }
    /// (0016,0030) Temperature, DS, VM 1
    public static var temperature: Tag { Tag(rawValue: 0x00160030) }
    /// (0016,0031) Humidity, DS, VM 1
    public static var humidity: Tag { Tag(rawValue: 0x00160031) }
    /// (0016,0032) Pressure, DS, VM 1
    public static var pressure: Tag { Tag(rawValue: 0x00160032) }
    /// (0016,0033) Water Depth, DS, VM 1
    public static var waterDepth: Tag { Tag(rawValue: 0x00160033) }
    /// (0016,0034) Acceleration, DS, VM 1
    public static var acceleration: Tag { Tag(rawValue: 0x00160034) }
    /// (0016,0035) Camera Elevation Angle, DS, VM 1
    public static var cameraElevationAngle: Tag { Tag(rawValue: 0x00160035) }
    /// (0016,0036) Flash Energy, DS, VM 1-2
    public static var flashEnergy: Tag { Tag(rawValue: 0x00160036) }
    /// (0016,0037) Subject Location, IS, VM 2
    public static var subjectLocation: Tag { Tag(rawValue: 0x00160037) }
    /// (0016,0038) Photographic Exposure Index, DS, VM 1
    public static var photographicExposureIndex: Tag { Tag(rawValue: 0x00160038) }
    /// (0016,0039) Sensing Method, US, VM 1
    public static var sensingMethod: Tag { Tag(rawValue: 0x00160039) }
    /// (0016,003A) File Source, US, VM 1
    public static var fileSource: Tag { Tag(rawValue: 0x0016003A) }
    /// (0016,003B) Scene Type, US, VM 1
    public static var sceneType: Tag { Tag(rawValue: 0x0016003B) }
    /// (0016,0041) Custom Rendered, US, VM 1
    public static var customRendered: Tag { Tag(rawValue: 0x00160041) }
    /// (0016,0042) Exposure Mode, US, VM 1
    public static var exposureMode: Tag { Tag(rawValue: 0x00160042) }
    /// (0016,0043) White Balance, US, VM 1
    public static var whiteBalance: Tag { Tag(rawValue: 0x00160043) }
    /// (0016,0044) Digital Zoom Ratio, DS, VM 1
    public static var digitalZoomRatio: Tag { Tag(rawValue: 0x00160044) }
    /// (0016,0045) Focal Length In 35mm Film, IS, VM 1
    public static var focalLengthIn35mmFilm: Tag { Tag(rawValue: 0x00160045) }
    /// (0016,0046) Scene Capture Type, US, VM 1
    public static var sceneCaptureType: Tag { Tag(rawValue: 0x00160046) }
    /// (0016,0047) Gain Control, US, VM 1
    public static var gainControl: Tag { Tag(rawValue: 0x00160047) }
    /// (0016,0048) Contrast, US, VM 1
    public static var contrast: Tag { Tag(rawValue: 0x00160048) }
    /// (0016,0049) Saturation, US, VM 1
    public static var saturation: Tag { Tag(rawValue: 0x00160049) }
    /// (0016,004A) Sharpness, US, VM 1
    public static var sharpness: Tag { Tag(rawValue: 0x0016004A) }
    /// (0016,004B) Device Setting Description, OB, VM 1
    public static var deviceSettingDescription: Tag { Tag(rawValue: 0x0016004B) }
    /// (0016,004C) Subject Distance Range, US, VM 1
    public static var subjectDistanceRange: Tag { Tag(rawValue: 0x0016004C) }
    /// (0016,004D) Camera Owner Name, UT, VM 1
    public static var cameraOwnerName: Tag { Tag(rawValue: 0x0016004D) }
    /// (0016,004E) Lens Specification, DS, VM 4
    public static var lensSpecification: Tag { Tag(rawValue: 0x0016004E) }
    /// (0016,004F) Lens Make, UT, VM 1
    public static var lensMake: Tag { Tag(rawValue: 0x0016004F) }
    /// (0016,0050) Lens Model, UT, VM 1
    public static var lensModel: Tag { Tag(rawValue: 0x00160050) }
    /// (0016,0051) Lens Serial Number, UT, VM 1
    public static var lensSerialNumber: Tag { Tag(rawValue: 0x00160051) }
    /// (0016,0061) Interoperability Index, CS, VM 1
    public static var interoperabilityIndex: Tag { Tag(rawValue: 0x00160061) }
    /// (0016,0062) Interoperability Version, OB, VM 1
    public static var interoperabilityVersion: Tag { Tag(rawValue: 0x00160062) }
    /// (0016,0070) GPS Version ID, OB, VM 1
    public static var gpsVersionID: Tag { Tag(rawValue: 0x00160070) }
    /// (0016,0071) GPS Latitude Ref, CS, VM 1
    public static var gpsLatitudeRef: Tag { Tag(rawValue: 0x00160071) }
    /// (0016,0072) GPS Latitude, DS, VM 3
    public static var gpsLatitude: Tag { Tag(rawValue: 0x00160072) }
    /// (0016,0073) GPS Longitude Ref, CS, VM 1
    public static var gpsLongitudeRef: Tag { Tag(rawValue: 0x00160073) }
    /// (0016,0074) GPS Longitude, DS, VM 3
    public static var gpsLongitude: Tag { Tag(rawValue: 0x00160074) }
    /// (0016,0075) GPS Altitude Ref, US, VM 1
    public static var gpsAltitudeRef: Tag { Tag(rawValue: 0x00160075) }
    /// (0016,0076) GPS Altitude, DS, VM 1
    public static var gpsAltitude: Tag { Tag(rawValue: 0x00160076) }
    /// (0016,0077) GPS Time Stamp, DT, VM 1
    public static var gpsTimeStamp: Tag { Tag(rawValue: 0x00160077) }
    /// (0016,0078) GPS Satellites, UT, VM 1
    public static var gpsSatellites: Tag { Tag(rawValue: 0x00160078) }
    /// (0016,0079) GPS Status, CS, VM 1
    public static var gpsStatus: Tag { Tag(rawValue: 0x00160079) }
    /// (0016,007A) GPS Measure Mode, CS, VM 1
    public static var gpsMeasureMode: Tag { Tag(rawValue: 0x0016007A) }
    /// (0016,007B) GPS DOP, DS, VM 1
    public static var gpsdop: Tag { Tag(rawValue: 0x0016007B) }
    /// (0016,007C) GPS Speed Ref, CS, VM 1
    public static var gpsSpeedRef: Tag { Tag(rawValue: 0x0016007C) }
    /// (0016,007D) GPS Speed, DS, VM 1
    public static var gpsSpeed: Tag { Tag(rawValue: 0x0016007D) }
    /// (0016,007E) GPS Track Ref, CS, VM 1
    public static var gpsTrackRef: Tag { Tag(rawValue: 0x0016007E) }
    /// (0016,007F) GPS Track, DS, VM 1
    public static var gpsTrack: Tag { Tag(rawValue: 0x0016007F) }
    /// (0016,0080) GPS Img Direction Ref, CS, VM 1
    public static var gpsImgDirectionRef: Tag { Tag(rawValue: 0x00160080) }
    /// (0016,0081) GPS Img Direction, DS, VM 1
    public static var gpsImgDirection: Tag { Tag(rawValue: 0x00160081) }
    /// (0016,0082) GPS Map Datum, UT, VM 1
    public static var gpsMapDatum: Tag { Tag(rawValue: 0x00160082) }
    /// (0016,0083) GPS Dest Latitude Ref, CS, VM 1
    public static var gpsDestLatitudeRef: Tag { Tag(rawValue: 0x00160083) }
    /// (0016,0084) GPS Dest Latitude, DS, VM 3
    public static var gpsDestLatitude: Tag { Tag(rawValue: 0x00160084) }
    /// (0016,0085) GPS Dest Longitude Ref, CS, VM 1
    public static var gpsDestLongitudeRef: Tag { Tag(rawValue: 0x00160085) }
    /// (0016,0086) GPS Dest Longitude, DS, VM 3
    public static var gpsDestLongitude: Tag { Tag(rawValue: 0x00160086) }
    /// (0016,0087) GPS Dest Bearing Ref, CS, VM 1
    public static var gpsDestBearingRef: Tag { Tag(rawValue: 0x00160087) }
    /// (0016,0088) GPS Dest Bearing, DS, VM 1
    public static var gpsDestBearing: Tag { Tag(rawValue: 0x00160088) }
    /// (0016,0089) GPS Dest Distance Ref, CS, VM 1
    public static var gpsDestDistanceRef: Tag { Tag(rawValue: 0x00160089) }
    /// (0016,008A) GPS Dest Distance, DS, VM 1
    public static var gpsDestDistance: Tag { Tag(rawValue: 0x0016008A) }
    /// (0016,008B) GPS Processing Method, OB, VM 1
    public static var gpsProcessingMethod: Tag { Tag(rawValue: 0x0016008B) }
    /// (0016,008C) GPS Area Information, OB, VM 1
    public static var gpsAreaInformation: Tag { Tag(rawValue: 0x0016008C) }
    /// (0016,008D) GPS Date Stamp, DT, VM 1
    public static var gpsDateStamp: Tag { Tag(rawValue: 0x0016008D) }
    /// (0016,008E) GPS Differential, IS, VM 1
    public static var gpsDifferential: Tag { Tag(rawValue: 0x0016008E) }
    /// (0016,1001) Light Source Polarization, CS, VM 1
    public static var lightSourcePolarization: Tag { Tag(rawValue: 0x00161001) }
    /// (0016,1002) Emitter Color Temperature, DS, VM 1
    public static var emitterColorTemperature: Tag { Tag(rawValue: 0x00161002) }
    /// (0016,1003) Contact Method, CS, VM 1
    public static var contactMethod: Tag { Tag(rawValue: 0x00161003) }
    /// (0016,1004) Immersion Media, CS, VM 1-n
    public static var immersionMedia: Tag { Tag(rawValue: 0x00161004) }
    /// (0016,1005) Optical Magnification Factor, DS, VM 1
    public static var opticalMagnificationFactor: Tag { Tag(rawValue: 0x00161005) }
    /// (0018,0010) Contrast/Bolus Agent, LO, VM 1
    public static var contrastBolusAgent: Tag { Tag(rawValue: 0x00180010) }
    /// (0018,0012) Contrast/Bolus Agent Sequence, SQ, VM 1
    public static var contrastBolusAgentSequence: Tag { Tag(rawValue: 0x00180012) }
    /// (0018,0013) Contrast/Bolus T1 Relaxivity, FL, VM 1
    public static var contrastBolusT1Relaxivity: Tag { Tag(rawValue: 0x00180013) }
    /// (0018,0014) Contrast/Bolus Administration Route Sequence, SQ, VM 1
    public static var contrastBolusAdministrationRouteSequence: Tag { Tag(rawValue: 0x00180014) }
    /// (0018,0015) Body Part Examined, CS, VM 1
    public static var bodyPartExamined: Tag { Tag(rawValue: 0x00180015) }
    /// (0018,0020) Scanning Sequence, CS, VM 1-n
    public static var scanningSequence: Tag { Tag(rawValue: 0x00180020) }
    /// (0018,0021) Sequence Variant, CS, VM 1-n
    public static var sequenceVariant: Tag { Tag(rawValue: 0x00180021) }
    /// (0018,0022) Scan Options, CS, VM 1-n
    public static var scanOptions: Tag { Tag(rawValue: 0x00180022) }
    /// (0018,0023) MR Acquisition Type, CS, VM 1
    public static var mrAcquisitionType: Tag { Tag(rawValue: 0x00180023) }
    /// (0018,0024) Sequence Name, SH, VM 1
    public static var sequenceName: Tag { Tag(rawValue: 0x00180024) }
    /// (0018,0025) Angio Flag, CS, VM 1
    public static var angioFlag: Tag { Tag(rawValue: 0x00180025) }
    /// (0018,0026) Intervention Drug Information Sequence, SQ, VM 1
    public static var interventionDrugInformationSequence: Tag { Tag(rawValue: 0x00180026) }
    /// (0018,0027) Intervention Drug Stop Time, TM, VM 1
    public static var interventionDrugStopTime: Tag { Tag(rawValue: 0x00180027) }
    /// (0018,0028) Intervention Drug Dose, DS, VM 1
    public static var interventionDrugDose: Tag { Tag(rawValue: 0x00180028) }
    /// (0018,0029) Intervention Drug Code Sequence, SQ, VM 1
    public static var interventionDrugCodeSequence: Tag { Tag(rawValue: 0x00180029) }
    /// (0018,002A) Additional Drug Sequence, SQ, VM 1
    public static var additionalDrugSequence: Tag { Tag(rawValue: 0x0018002A) }
    /// (0018,0030) Radionuclide, LO, VM 1-n (retired)
    public static var radionuclide: Tag { Tag(rawValue: 0x00180030) }
    /// (0018,0031) Radiopharmaceutical, LO, VM 1
    public static var radiopharmaceutical: Tag { Tag(rawValue: 0x00180031) }
    /// (0018,0032) Energy Window Centerline, DS, VM 1 (retired)
    public static var energyWindowCenterline: Tag { Tag(rawValue: 0x00180032) }
    /// (0018,0033) Energy Window Total Width, DS, VM 1-n (retired)
    public static var energyWindowTotalWidth: Tag { Tag(rawValue: 0x00180033) }
    /// (0018,0034) Intervention Drug Name, LO, VM 1
    public static var interventionDrugName: Tag { Tag(rawValue: 0x00180034) }
    /// (0018,0035) Intervention Drug Start Time, TM, VM 1
    public static var interventionDrugStartTime: Tag { Tag(rawValue: 0x00180035) }
    /// (0018,0036) Intervention Sequence, SQ, VM 1
    public static var interventionSequence: Tag { Tag(rawValue: 0x00180036) }
    /// (0018,0037) Therapy Type, CS, VM 1 (retired)
    public static var therapyType: Tag { Tag(rawValue: 0x00180037) }
    /// (0018,0038) Intervention Status, CS, VM 1
    public static var interventionStatus: Tag { Tag(rawValue: 0x00180038) }
    /// (0018,0039) Therapy Description, CS, VM 1 (retired)
    public static var therapyDescription: Tag { Tag(rawValue: 0x00180039) }
    /// (0018,003A) Intervention Description, ST, VM 1
    public static var interventionDescription: Tag { Tag(rawValue: 0x0018003A) }
    /// (0018,0040) Cine Rate, IS, VM 1
    public static var cineRate: Tag { Tag(rawValue: 0x00180040) }
    /// (0018,0042) Initial Cine Run State, CS, VM 1
    public static var initialCineRunState: Tag { Tag(rawValue: 0x00180042) }
    /// (0018,0050) Slice Thickness, DS, VM 1
    public static var sliceThickness: Tag { Tag(rawValue: 0x00180050) }
    /// (0018,0060) KVP, DS, VM 1
    public static var kvp: Tag { Tag(rawValue: 0x00180060) }
    /// (0018,0070) Counts Accumulated, IS, VM 1
    public static var countsAccumulated: Tag { Tag(rawValue: 0x00180070) }
    /// (0018,0071) Acquisition Termination Condition, CS, VM 1
    public static var acquisitionTerminationCondition: Tag { Tag(rawValue: 0x00180071) }
    /// (0018,0072) Effective Duration, DS, VM 1
    public static var effectiveDuration: Tag { Tag(rawValue: 0x00180072) }
    /// (0018,0073) Acquisition Start Condition, CS, VM 1
    public static var acquisitionStartCondition: Tag { Tag(rawValue: 0x00180073) }
    /// (0018,0074) Acquisition Start Condition Data, IS, VM 1
    public static var acquisitionStartConditionData: Tag { Tag(rawValue: 0x00180074) }
    /// (0018,0075) Acquisition Termination Condition Data, IS, VM 1
    public static var acquisitionTerminationConditionData: Tag { Tag(rawValue: 0x00180075) }
    /// (0018,0080) Repetition Time, DS, VM 1
    public static var repetitionTime: Tag { Tag(rawValue: 0x00180080) }
    /// (0018,0081) Echo Time, DS, VM 1
    public static var echoTime: Tag { Tag(rawValue: 0x00180081) }
    /// (0018,0082) Inversion Time, DS, VM 1
    public static var inversionTime: Tag { Tag(rawValue: 0x00180082) }
    /// (0018,0083) Number of Averages, DS, VM 1
    public static var numberOfAverages: Tag { Tag(rawValue: 0x00180083) }
    /// (0018,0084) Imaging Frequency, DS, VM 1
    public static var imagingFrequency: Tag { Tag(rawValue: 0x00180084) }
    /// (0018,0085) Imaged Nucleus, SH, VM 1
    public static var imagedNucleus: Tag { Tag(rawValue: 0x00180085) }
    /// (0018,0086) Echo Number(s), IS, VM 1-n
    public static var echoNumbers: Tag { Tag(rawValue: 0x00180086) }
    /// (0018,0087) Magnetic Field Strength, DS, VM 1
    public static var magneticFieldStrength: Tag { Tag(rawValue: 0x00180087) }
    /// (0018,0088) Spacing Between Slices, DS, VM 1
    public static var spacingBetweenSlices: Tag { Tag(rawValue: 0x00180088) }
    /// (0018,0089) Number of Phase Encoding Steps, IS, VM 1
    public static var numberOfPhaseEncodingSteps: Tag { Tag(rawValue: 0x00180089) }
    /// (0018,0090) Data Collection Diameter, DS, VM 1
    public static var dataCollectionDiameter: Tag { Tag(rawValue: 0x00180090) }
    /// (0018,0091) Echo Train Length, IS, VM 1
    public static var echoTrainLength: Tag { Tag(rawValue: 0x00180091) }
    /// (0018,0093) Percent Sampling, DS, VM 1
    public static var percentSampling: Tag { Tag(rawValue: 0x00180093) }
    /// (0018,0094) Percent Phase Field of View, DS, VM 1
    public static var percentPhaseFieldOfView: Tag { Tag(rawValue: 0x00180094) }
    /// (0018,0095) Pixel Bandwidth, DS, VM 1
    public static var pixelBandwidth: Tag { Tag(rawValue: 0x00180095) }
    /// (0018,1000) Device Serial Number, LO, VM 1
    public static var deviceSerialNumber: Tag { Tag(rawValue: 0x00181000) }
    /// (0018,1002) Device UID, UI, VM 1
    public static var deviceUID: Tag { Tag(rawValue: 0x00181002) }
    /// (0018,1003) Device ID, LO, VM 1
    public static var deviceID: Tag { Tag(rawValue: 0x00181003) }
    /// (0018,1004) Plate ID, LO, VM 1
    public static var plateID: Tag { Tag(rawValue: 0x00181004) }
    /// (0018,1005) Generator ID, LO, VM 1
    public static var generatorID: Tag { Tag(rawValue: 0x00181005) }
    /// (0018,1006) Grid ID, LO, VM 1
    public static var gridID: Tag { Tag(rawValue: 0x00181006) }
    /// (0018,1007) Cassette ID, LO, VM 1
    public static var cassetteID: Tag { Tag(rawValue: 0x00181007) }
    /// (0018,1008) Gantry ID, LO, VM 1
    public static var gantryID: Tag { Tag(rawValue: 0x00181008) }
    /// (0018,1009) Unique Device Identifier, UT, VM 1
    public static var uniqueDeviceIdentifier: Tag { Tag(rawValue: 0x00181009) }
    /// (0018,100A) UDI Sequence, SQ, VM 1
    public static var udiSequence: Tag { Tag(rawValue: 0x0018100A) }
    /// (0018,100B) Manufacturer's Device Class UID, UI, VM 1-n
    public static var manufacturerDeviceClassUID: Tag { Tag(rawValue: 0x0018100B) }
    /// (0018,1010) Secondary Capture Device ID, LO, VM 1
    public static var secondaryCaptureDeviceID: Tag { Tag(rawValue: 0x00181010) }
    /// (0018,1011) Hardcopy Creation Device ID, LO, VM 1 (retired)
    public static var hardcopyCreationDeviceID: Tag { Tag(rawValue: 0x00181011) }
    /// (0018,1012) Date of Secondary Capture, DA, VM 1
    public static var dateOfSecondaryCapture: Tag { Tag(rawValue: 0x00181012) }
    /// (0018,1014) Time of Secondary Capture, TM, VM 1
    public static var timeOfSecondaryCapture: Tag { Tag(rawValue: 0x00181014) }
    /// (0018,1016) Secondary Capture Device Manufacturer, LO, VM 1
    public static var secondaryCaptureDeviceManufacturer: Tag { Tag(rawValue: 0x00181016) }
    /// (0018,1017) Hardcopy Device Manufacturer, LO, VM 1 (retired)
    public static var hardcopyDeviceManufacturer: Tag { Tag(rawValue: 0x00181017) }
    /// (0018,1018) Secondary Capture Device Manufacturer's Model Name, LO, VM 1
    public static var secondaryCaptureDeviceManufacturerModelName: Tag { Tag(rawValue: 0x00181018) }
    /// (0018,1019) Secondary Capture Device Software Versions, LO, VM 1-n
    public static var secondaryCaptureDeviceSoftwareVersions: Tag { Tag(rawValue: 0x00181019) }
    /// (0018,101A) Hardcopy Device Software Version, LO, VM 1-n (retired)
    public static var hardcopyDeviceSoftwareVersion: Tag { Tag(rawValue: 0x0018101A) }
    /// (0018,101B) Hardcopy Device Manufacturer's Model Name, LO, VM 1 (retired)
    public static var hardcopyDeviceManufacturerModelName: Tag { Tag(rawValue: 0x0018101B) }
    /// (0018,1020) Software Versions, LO, VM 1-n
    public static var softwareVersions: Tag { Tag(rawValue: 0x00181020) }
    /// (0018,1022) Video Image Format Acquired, SH, VM 1
    public static var videoImageFormatAcquired: Tag { Tag(rawValue: 0x00181022) }
    /// (0018,1023) Digital Image Format Acquired, LO, VM 1
    public static var digitalImageFormatAcquired: Tag { Tag(rawValue: 0x00181023) }
    /// (0018,1030) Protocol Name, LO, VM 1
    public static var protocolName: Tag { Tag(rawValue: 0x00181030) }
    /// (0018,1040) Contrast/Bolus Route, LO, VM 1
    public static var contrastBolusRoute: Tag { Tag(rawValue: 0x00181040) }
    /// (0018,1041) Contrast/Bolus Volume, DS, VM 1
    public static var contrastBolusVolume: Tag { Tag(rawValue: 0x00181041) }
    /// (0018,1042) Contrast/Bolus Start Time, TM, VM 1
    public static var contrastBolusStartTime: Tag { Tag(rawValue: 0x00181042) }
    /// (0018,1043) Contrast/Bolus Stop Time, TM, VM 1
    public static var contrastBolusStopTime: Tag { Tag(rawValue: 0x00181043) }
    /// (0018,1044) Contrast/Bolus Total Dose, DS, VM 1
    public static var contrastBolusTotalDose: Tag { Tag(rawValue: 0x00181044) }
    /// (0018,1045) Syringe Counts, IS, VM 1
    public static var syringeCounts: Tag { Tag(rawValue: 0x00181045) }
    /// (0018,1046) Contrast Flow Rate, DS, VM 1-n
    public static var contrastFlowRate: Tag { Tag(rawValue: 0x00181046) }
    /// (0018,1047) Contrast Flow Duration, DS, VM 1-n
    public static var contrastFlowDuration: Tag { Tag(rawValue: 0x00181047) }
    /// (0018,1048) Contrast/Bolus Ingredient, CS, VM 1
    public static var contrastBolusIngredient: Tag { Tag(rawValue: 0x00181048) }
    /// (0018,1049) Contrast/Bolus Ingredient Concentration, DS, VM 1
    public static var contrastBolusIngredientConcentration: Tag { Tag(rawValue: 0x00181049) }
    /// (0018,1050) Spatial Resolution, DS, VM 1
    public static var spatialResolution: Tag { Tag(rawValue: 0x00181050) }
    /// (0018,1060) Trigger Time, DS, VM 1
    public static var triggerTime: Tag { Tag(rawValue: 0x00181060) }
    /// (0018,1061) Trigger Source or Type, LO, VM 1
    public static var triggerSourceOrType: Tag { Tag(rawValue: 0x00181061) }
    /// (0018,1062) Nominal Interval, IS, VM 1
    public static var nominalInterval: Tag { Tag(rawValue: 0x00181062) }
    /// (0018,1063) Frame Time, DS, VM 1
    public static var frameTime: Tag { Tag(rawValue: 0x00181063) }
    /// (0018,1064) Cardiac Framing Type, LO, VM 1
    public static var cardiacFramingType: Tag { Tag(rawValue: 0x00181064) }
    /// (0018,1065) Frame Time Vector, DS, VM 1-n
    public static var frameTimeVector: Tag { Tag(rawValue: 0x00181065) }
    /// (0018,1066) Frame Delay, DS, VM 1
    public static var frameDelay: Tag { Tag(rawValue: 0x00181066) }
    /// (0018,1067) Image Trigger Delay, DS, VM 1
    public static var imageTriggerDelay: Tag { Tag(rawValue: 0x00181067) }
    /// (0018,1068) Multiplex Group Time Offset, DS, VM 1
    public static var multiplexGroupTimeOffset: Tag { Tag(rawValue: 0x00181068) }
    /// (0018,1069) Trigger Time Offset, DS, VM 1
    public static var triggerTimeOffset: Tag { Tag(rawValue: 0x00181069) }
    /// (0018,106A) Synchronization Trigger, CS, VM 1
    public static var synchronizationTrigger: Tag { Tag(rawValue: 0x0018106A) }
    /// (0018,106C) Synchronization Channel, US, VM 2
    public static var synchronizationChannel: Tag { Tag(rawValue: 0x0018106C) }
    /// (0018,106E) Trigger Sample Position, UL, VM 1
    public static var triggerSamplePosition: Tag { Tag(rawValue: 0x0018106E) }
    /// (0018,1070) Radiopharmaceutical Route, LO, VM 1
    public static var radiopharmaceuticalRoute: Tag { Tag(rawValue: 0x00181070) }
    /// (0018,1071) Radiopharmaceutical Volume, DS, VM 1
    public static var radiopharmaceuticalVolume: Tag { Tag(rawValue: 0x00181071) }
    /// (0018,1072) Radiopharmaceutical Start Time, TM, VM 1
    public static var radiopharmaceuticalStartTime: Tag { Tag(rawValue: 0x00181072) }
    /// (0018,1073) Radiopharmaceutical Stop Time, TM, VM 1
    public static var radiopharmaceuticalStopTime: Tag { Tag(rawValue: 0x00181073) }
    /// (0018,1074) Radionuclide Total Dose, DS, VM 1
    public static var radionuclideTotalDose: Tag { Tag(rawValue: 0x00181074) }
    /// (0018,1075) Radionuclide Half Life, DS, VM 1
    public static var radionuclideHalfLife: Tag { Tag(rawValue: 0x00181075) }
    /// (0018,1076) Radionuclide Positron Fraction, DS, VM 1
    public static var radionuclidePositronFraction: Tag { Tag(rawValue: 0x00181076) }
    /// (0018,1077) Radiopharmaceutical Specific Activity, DS, VM 1
    public static var radiopharmaceuticalSpecificActivity: Tag { Tag(rawValue: 0x00181077) }
    /// (0018,1078) Radiopharmaceutical Start DateTime, DT, VM 1
    public static var radiopharmaceuticalStartDateTime: Tag { Tag(rawValue: 0x00181078) }
    /// (0018,1079) Radiopharmaceutical Stop DateTime, DT, VM 1
    public static var radiopharmaceuticalStopDateTime: Tag { Tag(rawValue: 0x00181079) }
    /// (0018,1080) Beat Rejection Flag, CS, VM 1
    public static var beatRejectionFlag: Tag { Tag(rawValue: 0x00181080) }
    /// (0018,1081) Low R-R Value, IS, VM 1
    public static var lowRRValue: Tag { Tag(rawValue: 0x00181081) }
    /// (0018,1082) High R-R Value, IS, VM 1
    public static var highRRValue: Tag { Tag(rawValue: 0x00181082) }
    /// (0018,1083) Intervals Acquired, IS, VM 1
    public static var intervalsAcquired: Tag { Tag(rawValue: 0x00181083) }
    /// (0018,1084) Intervals Rejected, IS, VM 1
    public static var intervalsRejected: Tag { Tag(rawValue: 0x00181084) }
    /// (0018,1085) PVC Rejection, LO, VM 1
    public static var pvcRejection: Tag { Tag(rawValue: 0x00181085) }
    /// (0018,1086) Skip Beats, IS, VM 1
    public static var skipBeats: Tag { Tag(rawValue: 0x00181086) }
    /// (0018,1088) Heart Rate, IS, VM 1
    public static var heartRate: Tag { Tag(rawValue: 0x00181088) }
    /// (0018,1090) Cardiac Number of Images, IS, VM 1
    public static var cardiacNumberOfImages: Tag { Tag(rawValue: 0x00181090) }
    /// (0018,1094) Trigger Window, IS, VM 1
    public static var triggerWindow: Tag { Tag(rawValue: 0x00181094) }
    /// (0018,1100) Reconstruction Diameter, DS, VM 1
    public static var reconstructionDiameter: Tag { Tag(rawValue: 0x00181100) }
    /// (0018,1110) Distance Source to Detector, DS, VM 1
    public static var distanceSourceToDetector: Tag { Tag(rawValue: 0x00181110) }
    /// (0018,1111) Distance Source to Patient, DS, VM 1
    public static var distanceSourceToPatient: Tag { Tag(rawValue: 0x00181111) }
    /// (0018,1114) Estimated Radiographic Magnification Factor, DS, VM 1
    public static var estimatedRadiographicMagnificationFactor: Tag { Tag(rawValue: 0x00181114) }
    /// (0018,1120) Gantry/Detector Tilt, DS, VM 1
    public static var gantryDetectorTilt: Tag { Tag(rawValue: 0x00181120) }
    /// (0018,1121) Gantry/Detector Slew, DS, VM 1
    public static var gantryDetectorSlew: Tag { Tag(rawValue: 0x00181121) }
    /// (0018,1130) Table Height, DS, VM 1
    public static var tableHeight: Tag { Tag(rawValue: 0x00181130) }
    /// (0018,1131) Table Traverse, DS, VM 1
    public static var tableTraverse: Tag { Tag(rawValue: 0x00181131) }
    /// (0018,1134) Table Motion, CS, VM 1
    public static var tableMotion: Tag { Tag(rawValue: 0x00181134) }
    /// (0018,1135) Table Vertical Increment, DS, VM 1-n
    public static var tableVerticalIncrement: Tag { Tag(rawValue: 0x00181135) }
    /// (0018,1136) Table Lateral Increment, DS, VM 1-n
    public static var tableLateralIncrement: Tag { Tag(rawValue: 0x00181136) }
    /// (0018,1137) Table Longitudinal Increment, DS, VM 1-n
    public static var tableLongitudinalIncrement: Tag { Tag(rawValue: 0x00181137) }
    /// (0018,1138) Table Angle, DS, VM 1
    public static var tableAngle: Tag { Tag(rawValue: 0x00181138) }
    /// (0018,113A) Table Type, CS, VM 1
    public static var tableType: Tag { Tag(rawValue: 0x0018113A) }
    /// (0018,1140) Rotation Direction, CS, VM 1
    public static var rotationDirection: Tag { Tag(rawValue: 0x00181140) }
    /// (0018,1141) Angular Position, DS, VM 1 (retired)
    public static var angularPosition: Tag { Tag(rawValue: 0x00181141) }
    /// (0018,1142) Radial Position, DS, VM 1-n
    public static var radialPosition: Tag { Tag(rawValue: 0x00181142) }
    /// (0018,1143) Scan Arc, DS, VM 1
    public static var scanArc: Tag { Tag(rawValue: 0x00181143) }
    /// (0018,1144) Angular Step, DS, VM 1
    public static var angularStep: Tag { Tag(rawValue: 0x00181144) }
    /// (0018,1145) Center of Rotation Offset, DS, VM 1
    public static var centerOfRotationOffset: Tag { Tag(rawValue: 0x00181145) }
    /// (0018,1146) Rotation Offset, DS, VM 1-n (retired)
    public static var rotationOffset: Tag { Tag(rawValue: 0x00181146) }
    /// (0018,1147) Field of View Shape, CS, VM 1
    public static var fieldOfViewShape: Tag { Tag(rawValue: 0x00181147) }
    /// (0018,1149) Field of View Dimension(s), IS, VM 1-2
    public static var fieldOfViewDimensions: Tag { Tag(rawValue: 0x00181149) }
    /// (0018,1150) Exposure Time, IS, VM 1
    public static var exposureTime: Tag { Tag(rawValue: 0x00181150) }
    /// (0018,1151) X-Ray Tube Current, IS, VM 1
    public static var xRayTubeCurrent: Tag { Tag(rawValue: 0x00181151) }
    /// (0018,1152) Exposure, IS, VM 1
    public static var exposure: Tag { Tag(rawValue: 0x00181152) }
    /// (0018,1153) Exposure in uAs, IS, VM 1
    public static var exposureInuAs: Tag { Tag(rawValue: 0x00181153) }
    /// (0018,1154) Average Pulse Width, DS, VM 1
    public static var averagePulseWidth: Tag { Tag(rawValue: 0x00181154) }
    /// (0018,1155) Radiation Setting, CS, VM 1
    public static var radiationSetting: Tag { Tag(rawValue: 0x00181155) }
    /// (0018,1156) Rectification Type, CS, VM 1
    public static var rectificationType: Tag { Tag(rawValue: 0x00181156) }
    /// (0018,115A) Radiation Mode, CS, VM 1
    public static var radiationMode: Tag { Tag(rawValue: 0x0018115A) }
    /// (0018,115E) Image and Fluoroscopy Area Dose Product, DS, VM 1
    public static var imageAndFluoroscopyAreaDoseProduct: Tag { Tag(rawValue: 0x0018115E) }
    /// (0018,1160) Filter Type, SH, VM 1
    public static var filterType: Tag { Tag(rawValue: 0x00181160) }
    /// (0018,1161) Type of Filters, LO, VM 1-n
    public static var typeOfFilters: Tag { Tag(rawValue: 0x00181161) }
    /// (0018,1162) Intensifier Size, DS, VM 1
    public static var intensifierSize: Tag { Tag(rawValue: 0x00181162) }
    /// (0018,1164) Imager Pixel Spacing, DS, VM 2
    public static var imagerPixelSpacing: Tag { Tag(rawValue: 0x00181164) }
    /// (0018,1166) Grid, CS, VM 1-n
    public static var grid: Tag { Tag(rawValue: 0x00181166) }
    /// (0018,1170) Generator Power, IS, VM 1
    public static var generatorPower: Tag { Tag(rawValue: 0x00181170) }
    /// (0018,1180) Collimator/grid Name, SH, VM 1
    public static var collimatorGridName: Tag { Tag(rawValue: 0x00181180) }
    /// (0018,1181) Collimator Type, CS, VM 1
    public static var collimatorType: Tag { Tag(rawValue: 0x00181181) }
    /// (0018,1182) Focal Distance, IS, VM 1-2
    public static var focalDistance: Tag { Tag(rawValue: 0x00181182) }
    /// (0018,1183) X Focus Center, DS, VM 1-2
    public static var xFocusCenter: Tag { Tag(rawValue: 0x00181183) }
    /// (0018,1184) Y Focus Center, DS, VM 1-2
    public static var yFocusCenter: Tag { Tag(rawValue: 0x00181184) }
    /// (0018,1190) Focal Spot(s), DS, VM 1-n
    public static var focalSpots: Tag { Tag(rawValue: 0x00181190) }
    /// (0018,1191) Anode Target Material, CS, VM 1
    public static var anodeTargetMaterial: Tag { Tag(rawValue: 0x00181191) }
    /// (0018,11A0) Body Part Thickness, DS, VM 1
    public static var bodyPartThickness: Tag { Tag(rawValue: 0x001811A0) }
    /// (0018,11A2) Compression Force, DS, VM 1
    public static var compressionForce: Tag { Tag(rawValue: 0x001811A2) }
    /// (0018,11A3) Compression Pressure, DS, VM 1
    public static var compressionPressure: Tag { Tag(rawValue: 0x001811A3) }
    /// (0018,11A4) Paddle Description, LO, VM 1
    public static var paddleDescription: Tag { Tag(rawValue: 0x001811A4) }
    /// (0018,11A5) Compression Contact Area, DS, VM 1
    public static var compressionContactArea: Tag { Tag(rawValue: 0x001811A5) }
    /// (0018,11B0) Acquisition Mode, LO, VM 1
    public static var acquisitionMode: Tag { Tag(rawValue: 0x001811B0) }
    /// (0018,11B1) Dose Mode Name, LO, VM 1
    public static var doseModeName: Tag { Tag(rawValue: 0x001811B1) }
    /// (0018,11B2) Acquired Subtraction Mask Flag, CS, VM 1
    public static var acquiredSubtractionMaskFlag: Tag { Tag(rawValue: 0x001811B2) }
    /// (0018,11B3) Fluoroscopy Persistence Flag, CS, VM 1
    public static var fluoroscopyPersistenceFlag: Tag { Tag(rawValue: 0x001811B3) }
    /// (0018,11B4) Fluoroscopy Last Image Hold Persistence Flag, CS, VM 1
    public static var fluoroscopyLastImageHoldPersistenceFlag: Tag { Tag(rawValue: 0x001811B4) }
    /// (0018,11B5) Upper Limit Number Of Persistent Fluoroscopy Frames, IS, VM 1
    public static var upperLimitNumberOfPersistentFluoroscopyFrames: Tag { Tag(rawValue: 0x001811B5) }
    /// (0018,11B6) Contrast/Bolus Auto Injection Trigger Flag, CS, VM 1
    public static var contrastBolusAutoInjectionTriggerFlag: Tag { Tag(rawValue: 0x001811B6) }
    /// (0018,11B7) Contrast/Bolus Injection Delay, FD, VM 1
    public static var contrastBolusInjectionDelay: Tag { Tag(rawValue: 0x001811B7) }
    /// (0018,11B8) XA Acquisition Phase Details Sequence, SQ, VM 1
    public static var xaAcquisitionPhaseDetailsSequence: Tag { Tag(rawValue: 0x001811B8) }
    /// (0018,11B9) XA Acquisition Frame Rate, FD, VM 1
    public static var xaAcquisitionFrameRate: Tag { Tag(rawValue: 0x001811B9) }
    /// (0018,11BA) XA Plane Details Sequence, SQ, VM 1
    public static var xaPlaneDetailsSequence: Tag { Tag(rawValue: 0x001811BA) }
    /// (0018,11BB) Acquisition Field of View Label, LO, VM 1
    public static var acquisitionFieldOfViewLabel: Tag { Tag(rawValue: 0x001811BB) }
    /// (0018,11BC) X-Ray Filter Details Sequence, SQ, VM 1
    public static var xRayFilterDetailsSequence: Tag { Tag(rawValue: 0x001811BC) }
    /// (0018,11BD) XA Acquisition Duration, FD, VM 1
    public static var xaAcquisitionDuration: Tag { Tag(rawValue: 0x001811BD) }
    /// (0018,11BE) Reconstruction Pipeline Type, CS, VM 1
    public static var reconstructionPipelineType: Tag { Tag(rawValue: 0x001811BE) }
    /// (0018,11BF) Image Filter Details Sequence, SQ, VM 1
    public static var imageFilterDetailsSequence: Tag { Tag(rawValue: 0x001811BF) }
    /// (0018,11C0) Applied Mask Subtraction Flag, CS, VM 1
    public static var appliedMaskSubtractionFlag: Tag { Tag(rawValue: 0x001811C0) }
    /// (0018,11C1) Requested Series Description Code Sequence, SQ, VM 1
    public static var requestedSeriesDescriptionCodeSequence: Tag { Tag(rawValue: 0x001811C1) }
    /// (0018,1200) Date of Last Calibration, DA, VM 1-n
    public static var dateOfLastCalibration: Tag { Tag(rawValue: 0x00181200) }
    /// (0018,1201) Time of Last Calibration, TM, VM 1-n
    public static var timeOfLastCalibration: Tag { Tag(rawValue: 0x00181201) }
    /// (0018,1202) DateTime of Last Calibration, DT, VM 1
    public static var dateTimeOfLastCalibration: Tag { Tag(rawValue: 0x00181202) }
    /// (0018,1203) Calibration DateTime, DT, VM 1
    public static var calibrationDateTime: Tag { Tag(rawValue: 0x00181203) }
    /// (0018,1204) Date of Manufacture, DA, VM 1
    public static var dateOfManufacture: Tag { Tag(rawValue: 0x00181204) }
    /// (0018,1205) Date of Installation, DA, VM 1
    public static var dateOfInstallation: Tag { Tag(rawValue: 0x00181205) }
    /// (0018,1210) Convolution Kernel, SH, VM 1-n
    public static var convolutionKernel: Tag { Tag(rawValue: 0x00181210) }
    /// (0018,1240) Upper/Lower Pixel Values, IS, VM 1-n (retired)
    public static var upperLowerPixelValues: Tag { Tag(rawValue: 0x00181240) }
    /// (0018,1242) Actual Frame Duration, IS, VM 1
    public static var actualFrameDuration: Tag { Tag(rawValue: 0x00181242) }
    /// (0018,1243) Count Rate, IS, VM 1
    public static var countRate: Tag { Tag(rawValue: 0x00181243) }
    /// (0018,1244) Preferred Playback Sequencing, US, VM 1
    public static var preferredPlaybackSequencing: Tag { Tag(rawValue: 0x00181244) }
    /// (0018,1250) Receive Coil Name, SH, VM 1
    public static var receiveCoilName: Tag { Tag(rawValue: 0x00181250) }
    /// (0018,1251) Transmit Coil Name, SH, VM 1
    public static var transmitCoilName: Tag { Tag(rawValue: 0x00181251) }
    /// (0018,1260) Plate Type, SH, VM 1
    public static var plateType: Tag { Tag(rawValue: 0x00181260) }
    /// (0018,1261) Phosphor Type, LO, VM 1
    public static var phosphorType: Tag { Tag(rawValue: 0x00181261) }
    /// (0018,1271) Water Equivalent Diameter, FD, VM 1
    public static var waterEquivalentDiameter: Tag { Tag(rawValue: 0x00181271) }
    /// (0018,1272) Water Equivalent Diameter Calculation Method Code Sequence, SQ, VM 1
    public static var waterEquivalentDiameterCalculationMethodCodeSequence: Tag { Tag(rawValue: 0x00181272) }
    /// (0018,1300) Scan Velocity, DS, VM 1
    public static var scanVelocity: Tag { Tag(rawValue: 0x00181300) }
    /// (0018,1301) Whole Body Technique, CS, VM 1-n
    public static var wholeBodyTechnique: Tag { Tag(rawValue: 0x00181301) }
    /// (0018,1302) Scan Length, IS, VM 1
    public static var scanLength: Tag { Tag(rawValue: 0x00181302) }
    /// (0018,1310) Acquisition Matrix, US, VM 4
    public static var acquisitionMatrix: Tag { Tag(rawValue: 0x00181310) }
    /// (0018,1312) In-plane Phase Encoding Direction, CS, VM 1
    public static var inPlanePhaseEncodingDirection: Tag { Tag(rawValue: 0x00181312) }
    /// (0018,1314) Flip Angle, DS, VM 1
    public static var flipAngle: Tag { Tag(rawValue: 0x00181314) }
    /// (0018,1315) Variable Flip Angle Flag, CS, VM 1
    public static var variableFlipAngleFlag: Tag { Tag(rawValue: 0x00181315) }
    /// (0018,1316) SAR, DS, VM 1
    public static var sar: Tag { Tag(rawValue: 0x00181316) }
    /// (0018,1318) dB/dt, DS, VM 1
    public static var dBdt: Tag { Tag(rawValue: 0x00181318) }
    /// (0018,1320) B1rms, FL, VM 1
    public static var b1rms: Tag { Tag(rawValue: 0x00181320) }
    /// (0018,1400) Acquisition Device Processing Description, LO, VM 1
    public static var acquisitionDeviceProcessingDescription: Tag { Tag(rawValue: 0x00181400) }
    /// (0018,1401) Acquisition Device Processing Code, LO, VM 1
    public static var acquisitionDeviceProcessingCode: Tag { Tag(rawValue: 0x00181401) }
    /// (0018,1402) Cassette Orientation, CS, VM 1
    public static var cassetteOrientation: Tag { Tag(rawValue: 0x00181402) }
    /// (0018,1403) Cassette Size, CS, VM 1
    public static var cassetteSize: Tag { Tag(rawValue: 0x00181403) }
    /// (0018,1404) Exposures on Plate, US, VM 1
    public static var exposuresOnPlate: Tag { Tag(rawValue: 0x00181404) }
    /// (0018,1405) Relative X-Ray Exposure, IS, VM 1
    public static var relativeXRayExposure: Tag { Tag(rawValue: 0x00181405) }
    /// (0018,1411) Exposure Index, DS, VM 1
    public static var exposureIndex: Tag { Tag(rawValue: 0x00181411) }
    /// (0018,1412) Target Exposure Index, DS, VM 1
    public static var targetExposureIndex: Tag { Tag(rawValue: 0x00181412) }
    /// (0018,1413) Deviation Index, DS, VM 1
    public static var deviationIndex: Tag { Tag(rawValue: 0x00181413) }
    /// (0018,1450) Column Angulation, DS, VM 1
    public static var columnAngulation: Tag { Tag(rawValue: 0x00181450) }
    /// (0018,1460) Tomo Layer Height, DS, VM 1
    public static var tomoLayerHeight: Tag { Tag(rawValue: 0x00181460) }
    /// (0018,1470) Tomo Angle, DS, VM 1
    public static var tomoAngle: Tag { Tag(rawValue: 0x00181470) }
    /// (0018,1480) Tomo Time, DS, VM 1
    public static var tomoTime: Tag { Tag(rawValue: 0x00181480) }
    /// (0018,1490) Tomo Type, CS, VM 1
    public static var tomoType: Tag { Tag(rawValue: 0x00181490) }
    /// (0018,1491) Tomo Class, CS, VM 1
    public static var tomoClass: Tag { Tag(rawValue: 0x00181491) }
    /// (0018,1495) Number of Tomosynthesis Source Images, IS, VM 1
    public static var numberOfTomosynthesisSourceImages: Tag { Tag(rawValue: 0x00181495) }
    /// (0018,1500) Positioner Motion, CS, VM 1
    public static var positionerMotion: Tag { Tag(rawValue: 0x00181500) }
    /// (0018,1508) Positioner Type, CS, VM 1
    public static var positionerType: Tag { Tag(rawValue: 0x00181508) }
    /// (0018,1510) Positioner Primary Angle, DS, VM 1
    public static var positionerPrimaryAngle: Tag { Tag(rawValue: 0x00181510) }
    /// (0018,1511) Positioner Secondary Angle, DS, VM 1
    public static var positionerSecondaryAngle: Tag { Tag(rawValue: 0x00181511) }
    /// (0018,1520) Positioner Primary Angle Increment, DS, VM 1-n
    public static var positionerPrimaryAngleIncrement: Tag { Tag(rawValue: 0x00181520) }
    /// (0018,1521) Positioner Secondary Angle Increment, DS, VM 1-n
    public static var positionerSecondaryAngleIncrement: Tag { Tag(rawValue: 0x00181521) }
    /// (0018,1530) Detector Primary Angle, DS, VM 1
    public static var detectorPrimaryAngle: Tag { Tag(rawValue: 0x00181530) }
    /// (0018,1531) Detector Secondary Angle, DS, VM 1
    public static var detectorSecondaryAngle: Tag { Tag(rawValue: 0x00181531) }
    /// (0018,1600) Shutter Shape, CS, VM 1-3
    public static var shutterShape: Tag { Tag(rawValue: 0x00181600) }
    /// (0018,1602) Shutter Left Vertical Edge, IS, VM 1
    public static var shutterLeftVerticalEdge: Tag { Tag(rawValue: 0x00181602) }
    /// (0018,1604) Shutter Right Vertical Edge, IS, VM 1
    public static var shutterRightVerticalEdge: Tag { Tag(rawValue: 0x00181604) }
    /// (0018,1606) Shutter Upper Horizontal Edge, IS, VM 1
    public static var shutterUpperHorizontalEdge: Tag { Tag(rawValue: 0x00181606) }
    /// (0018,1608) Shutter Lower Horizontal Edge, IS, VM 1
    public static var shutterLowerHorizontalEdge: Tag { Tag(rawValue: 0x00181608) }
    /// (0018,1610) Center of Circular Shutter, IS, VM 2
    public static var centerOfCircularShutter: Tag { Tag(rawValue: 0x00181610) }
    /// (0018,1612) Radius of Circular Shutter, IS, VM 1
    public static var radiusOfCircularShutter: Tag { Tag(rawValue: 0x00181612) }
    /// (0018,1620) Vertices of the Polygonal Shutter, IS, VM 2-2n
    public static var verticesOfThePolygonalShutter: Tag { Tag(rawValue: 0x00181620) }
    /// (0018,1622) Shutter Presentation Value, US, VM 1
    public static var shutterPresentationValue: Tag { Tag(rawValue: 0x00181622) }
    /// (0018,1623) Shutter Overlay Group, US, VM 1
    public static var shutterOverlayGroup: Tag { Tag(rawValue: 0x00181623) }
    /// (0018,1624) Shutter Presentation Color CIELab Value, US, VM 3
    public static var shutterPresentationColorCIELabValue: Tag { Tag(rawValue: 0x00181624) }
    /// (0018,1630) Outline Shape Type, CS, VM 1
    public static var outlineShapeType: Tag { Tag(rawValue: 0x00181630) }
    /// (0018,1631) Outline Left Vertical Edge, FD, VM 1
    public static var outlineLeftVerticalEdge: Tag { Tag(rawValue: 0x00181631) }
    /// (0018,1632) Outline Right Vertical Edge, FD, VM 1
    public static var outlineRightVerticalEdge: Tag { Tag(rawValue: 0x00181632) }
    /// (0018,1633) Outline Upper Horizontal Edge, FD, VM 1
    public static var outlineUpperHorizontalEdge: Tag { Tag(rawValue: 0x00181633) }
    /// (0018,1634) Outline Lower Horizontal Edge, FD, VM 1
    public static var outlineLowerHorizontalEdge: Tag { Tag(rawValue: 0x00181634) }
    /// (0018,1635) Center of Circular Outline, FD, VM 2
    public static var centerOfCircularOutline: Tag { Tag(rawValue: 0x00181635) }
    /// (0018,1636) Diameter of Circular Outline, FD, VM 1
    public static var diameterOfCircularOutline: Tag { Tag(rawValue: 0x00181636) }
    /// (0018,1637) Number of Polygonal Vertices, UL, VM 1
    public static var numberOfPolygonalVertices: Tag { Tag(rawValue: 0x00181637) }
    /// (0018,1638) Vertices of the Polygonal Outline, OF, VM 1
    public static var verticesOfThePolygonalOutline: Tag { Tag(rawValue: 0x00181638) }
    /// (0018,1700) Collimator Shape, CS, VM 1-3
    public static var collimatorShape: Tag { Tag(rawValue: 0x00181700) }
    /// (0018,1702) Collimator Left Vertical Edge, IS, VM 1
    public static var collimatorLeftVerticalEdge: Tag { Tag(rawValue: 0x00181702) }
    /// (0018,1704) Collimator Right Vertical Edge, IS, VM 1
    public static var collimatorRightVerticalEdge: Tag { Tag(rawValue: 0x00181704) }
    /// (0018,1706) Collimator Upper Horizontal Edge, IS, VM 1
    public static var collimatorUpperHorizontalEdge: Tag { Tag(rawValue: 0x00181706) }
    /// (0018,1708) Collimator Lower Horizontal Edge, IS, VM 1
    public static var collimatorLowerHorizontalEdge: Tag { Tag(rawValue: 0x00181708) }
    /// (0018,1710) Center of Circular Collimator, IS, VM 2
    public static var centerOfCircularCollimator: Tag { Tag(rawValue: 0x00181710) }
    /// (0018,1712) Radius of Circular Collimator, IS, VM 1
    public static var radiusOfCircularCollimator: Tag { Tag(rawValue: 0x00181712) }
    /// (0018,1720) Vertices of the Polygonal Collimator, IS, VM 2-2n
    public static var verticesOfThePolygonalCollimator: Tag { Tag(rawValue: 0x00181720) }
    /// (0018,1800) Acquisition Time Synchronized, CS, VM 1
    public static var acquisitionTimeSynchronized: Tag { Tag(rawValue: 0x00181800) }
    /// (0018,1801) Time Source, SH, VM 1
    public static var timeSource: Tag { Tag(rawValue: 0x00181801) }
    /// (0018,1802) Time Distribution Protocol, CS, VM 1
    public static var timeDistributionProtocol: Tag { Tag(rawValue: 0x00181802) }
    /// (0018,1803) NTP Source Address, LO, VM 1
    public static var ntpSourceAddress: Tag { Tag(rawValue: 0x00181803) }
    /// (0018,2001) Page Number Vector, IS, VM 1-n
    public static var pageNumberVector: Tag { Tag(rawValue: 0x00182001) }
    /// (0018,2002) Frame Label Vector, SH, VM 1-n
    public static var frameLabelVector: Tag { Tag(rawValue: 0x00182002) }
    /// (0018,2003) Frame Primary Angle Vector, DS, VM 1-n
    public static var framePrimaryAngleVector: Tag { Tag(rawValue: 0x00182003) }
    /// (0018,2004) Frame Secondary Angle Vector, DS, VM 1-n
    public static var frameSecondaryAngleVector: Tag { Tag(rawValue: 0x00182004) }
    /// (0018,2005) Slice Location Vector, DS, VM 1-n
    public static var sliceLocationVector: Tag { Tag(rawValue: 0x00182005) }
    /// (0018,2006) Display Window Label Vector, SH, VM 1-n
    public static var displayWindowLabelVector: Tag { Tag(rawValue: 0x00182006) }
    /// (0018,2010) Nominal Scanned Pixel Spacing, DS, VM 2
    public static var nominalScannedPixelSpacing: Tag { Tag(rawValue: 0x00182010) }
    /// (0018,2020) Digitizing Device Transport Direction, CS, VM 1
    public static var digitizingDeviceTransportDirection: Tag { Tag(rawValue: 0x00182020) }
    /// (0018,2030) Rotation of Scanned Film, DS, VM 1
    public static var rotationOfScannedFilm: Tag { Tag(rawValue: 0x00182030) }
    /// (0018,2041) Biopsy Target Sequence, SQ, VM 1
    public static var biopsyTargetSequence: Tag { Tag(rawValue: 0x00182041) }
    /// (0018,2042) Target UID, UI, VM 1
    public static var targetUID: Tag { Tag(rawValue: 0x00182042) }
    /// (0018,2043) Localizing Cursor Position, FL, VM 2
    public static var localizingCursorPosition: Tag { Tag(rawValue: 0x00182043) }
    /// (0018,2044) Calculated Target Position, FL, VM 3
    public static var calculatedTargetPosition: Tag { Tag(rawValue: 0x00182044) }
    /// (0018,2045) Target Label, SH, VM 1
    public static var targetLabel: Tag { Tag(rawValue: 0x00182045) }
    /// (0018,2046) Displayed Z Value, FL, VM 1
    public static var displayedZValue: Tag { Tag(rawValue: 0x00182046) }
    /// (0018,3100) IVUS Acquisition, CS, VM 1
    public static var ivusAcquisition: Tag { Tag(rawValue: 0x00183100) }
    /// (0018,3101) IVUS Pullback Rate, DS, VM 1
    public static var ivusPullbackRate: Tag { Tag(rawValue: 0x00183101) }
    /// (0018,3102) IVUS Gated Rate, DS, VM 1
    public static var ivusGatedRate: Tag { Tag(rawValue: 0x00183102) }
    /// (0018,3103) IVUS Pullback Start Frame Number, IS, VM 1
    public static var ivusPullbackStartFrameNumber: Tag { Tag(rawValue: 0x00183103) }
    /// (0018,3104) IVUS Pullback Stop Frame Number, IS, VM 1
    public static var ivusPullbackStopFrameNumber: Tag { Tag(rawValue: 0x00183104) }
    /// (0018,3105) Lesion Number, IS, VM 1-n
    public static var lesionNumber: Tag { Tag(rawValue: 0x00183105) }
    /// (0018,4000) Acquisition Comments, LT, VM 1 (retired)
    public static var acquisitionComments: Tag { Tag(rawValue: 0x00184000) }
    /// (0018,5000) Output Power, SH, VM 1-n
    public static var outputPower: Tag { Tag(rawValue: 0x00185000) }
    /// (0018,5010) Transducer Data, LO, VM 1-n
    public static var transducerData: Tag { Tag(rawValue: 0x00185010) }
    /// (0018,5011) Transducer Identification Sequence, SQ, VM 1
    public static var transducerIdentificationSequence: Tag { Tag(rawValue: 0x00185011) }
    /// (0018,5012) Focus Depth, DS, VM 1
    public static var focusDepth: Tag { Tag(rawValue: 0x00185012) }
    /// (0018,5020) Processing Function, LO, VM 1
    public static var processingFunction: Tag { Tag(rawValue: 0x00185020) }
    /// (0018,5021) Postprocessing Function, LO, VM 1 (retired)
    public static var postprocessingFunction: Tag { Tag(rawValue: 0x00185021) }
    /// (0018,5022) Mechanical Index, DS, VM 1
    public static var mechanicalIndex: Tag { Tag(rawValue: 0x00185022) }
    /// (0018,5024) Bone Thermal Index, DS, VM 1
    public static var boneThermalIndex: Tag { Tag(rawValue: 0x00185024) }
    /// (0018,5026) Cranial Thermal Index, DS, VM 1
    public static var cranialThermalIndex: Tag { Tag(rawValue: 0x00185026) }
    /// (0018,5027) Soft Tissue Thermal Index, DS, VM 1
    public static var softTissueThermalIndex: Tag { Tag(rawValue: 0x00185027) }
    /// (0018,5028) Soft Tissue-focus Thermal Index, DS, VM 1
    public static var softTissueFocusThermalIndex: Tag { Tag(rawValue: 0x00185028) }
    /// (0018,5029) Soft Tissue-surface Thermal Index, DS, VM 1
    public static var softTissueSurfaceThermalIndex: Tag { Tag(rawValue: 0x00185029) }
    /// (0018,5030) Dynamic Range, DS, VM 1 (retired)
    public static var dynamicRange: Tag { Tag(rawValue: 0x00185030) }
    /// (0018,5040) Total Gain, DS, VM 1 (retired)
    public static var totalGain: Tag { Tag(rawValue: 0x00185040) }
    /// (0018,5050) Depth of Scan Field, IS, VM 1
    public static var depthOfScanField: Tag { Tag(rawValue: 0x00185050) }
    /// (0018,5100) Patient Position, CS, VM 1
    public static var patientPosition: Tag { Tag(rawValue: 0x00185100) }
    /// (0018,5101) View Position, CS, VM 1
    public static var viewPosition: Tag { Tag(rawValue: 0x00185101) }
    /// (0018,5104) Projection Eponymous Name Code Sequence, SQ, VM 1
    public static var projectionEponymousNameCodeSequence: Tag { Tag(rawValue: 0x00185104) }
    /// (0018,5210) Image Transformation Matrix, DS, VM 6 (retired)
    public static var imageTransformationMatrix: Tag { Tag(rawValue: 0x00185210) }
    /// (0018,5212) Image Translation Vector, DS, VM 3 (retired)
    public static var imageTranslationVector: Tag { Tag(rawValue: 0x00185212) }
    /// (0018,6000) Sensitivity, DS, VM 1
    public static var sensitivity: Tag { Tag(rawValue: 0x00186000) }
    /// (0018,6011) Sequence of Ultrasound Regions, SQ, VM 1
    public static var sequenceOfUltrasoundRegions: Tag { Tag(rawValue: 0x00186011) }
    /// (0018,6012) Region Spatial Format, US, VM 1
    public static var regionSpatialFormat: Tag { Tag(rawValue: 0x00186012) }
    /// (0018,6014) Region Data Type, US, VM 1
    public static var regionDataType: Tag { Tag(rawValue: 0x00186014) }
    /// (0018,6016) Region Flags, UL, VM 1
    public static var regionFlags: Tag { Tag(rawValue: 0x00186016) }
    /// (0018,6018) Region Location Min X0, UL, VM 1
    public static var regionLocationMinX0: Tag { Tag(rawValue: 0x00186018) }
    /// (0018,601A) Region Location Min Y0, UL, VM 1
    public static var regionLocationMinY0: Tag { Tag(rawValue: 0x0018601A) }
    /// (0018,601C) Region Location Max X1, UL, VM 1
    public static var regionLocationMaxX1: Tag { Tag(rawValue: 0x0018601C) }
    /// (0018,601E) Region Location Max Y1, UL, VM 1
    public static var regionLocationMaxY1: Tag { Tag(rawValue: 0x0018601E) }
    /// (0018,6020) Reference Pixel X0, SL, VM 1
    public static var referencePixelX0: Tag { Tag(rawValue: 0x00186020) }
    /// (0018,6022) Reference Pixel Y0, SL, VM 1
    public static var referencePixelY0: Tag { Tag(rawValue: 0x00186022) }
    /// (0018,6024) Physical Units X Direction, US, VM 1
    public static var physicalUnitsXDirection: Tag { Tag(rawValue: 0x00186024) }
    /// (0018,6026) Physical Units Y Direction, US, VM 1
    public static var physicalUnitsYDirection: Tag { Tag(rawValue: 0x00186026) }
    /// (0018,6028) Reference Pixel Physical Value X, FD, VM 1
    public static var referencePixelPhysicalValueX: Tag { Tag(rawValue: 0x00186028) }
    /// (0018,602A) Reference Pixel Physical Value Y, FD, VM 1
    public static var referencePixelPhysicalValueY: Tag { Tag(rawValue: 0x0018602A) }
    /// (0018,602C) Physical Delta X, FD, VM 1
    public static var physicalDeltaX: Tag { Tag(rawValue: 0x0018602C) }
    /// (0018,602E) Physical Delta Y, FD, VM 1
    public static var physicalDeltaY: Tag { Tag(rawValue: 0x0018602E) }
    /// (0018,6030) Transducer Frequency, UL, VM 1
    public static var transducerFrequency: Tag { Tag(rawValue: 0x00186030) }
    /// (0018,6031) Transducer Type, CS, VM 1
    public static var transducerType: Tag { Tag(rawValue: 0x00186031) }
    /// (0018,6032) Pulse Repetition Frequency, UL, VM 1
    public static var pulseRepetitionFrequency: Tag { Tag(rawValue: 0x00186032) }
    /// (0018,6034) Doppler Correction Angle, FD, VM 1
    public static var dopplerCorrectionAngle: Tag { Tag(rawValue: 0x00186034) }
    /// (0018,6036) Steering Angle, FD, VM 1
    public static var steeringAngle: Tag { Tag(rawValue: 0x00186036) }
    /// (0018,6038) Doppler Sample Volume X Position (Retired), UL, VM 1 (retired)
    public static var dopplerSampleVolumeXPositionRetired: Tag { Tag(rawValue: 0x00186038) }
    /// (0018,6039) Doppler Sample Volume X Position, SL, VM 1
    public static var dopplerSampleVolumeXPosition: Tag { Tag(rawValue: 0x00186039) }
    /// (0018,603A) Doppler Sample Volume Y Position (Retired), UL, VM 1 (retired)
    public static var dopplerSampleVolumeYPositionRetired: Tag { Tag(rawValue: 0x0018603A) }
    /// (0018,603B) Doppler Sample Volume Y Position, SL, VM 1
    public static var dopplerSampleVolumeYPosition: Tag { Tag(rawValue: 0x0018603B) }
    /// (0018,603C) TM-Line Position X0 (Retired), UL, VM 1 (retired)
    public static var tmLinePositionX0Retired: Tag { Tag(rawValue: 0x0018603C) }
    /// (0018,603D) TM-Line Position X0, SL, VM 1
    public static var tmLinePositionX0: Tag { Tag(rawValue: 0x0018603D) }
    /// (0018,603E) TM-Line Position Y0 (Retired), UL, VM 1 (retired)
    public static var tmLinePositionY0Retired: Tag { Tag(rawValue: 0x0018603E) }
    /// (0018,603F) TM-Line Position Y0, SL, VM 1
    public static var tmLinePositionY0: Tag { Tag(rawValue: 0x0018603F) }
    /// (0018,6040) TM-Line Position X1 (Retired), UL, VM 1 (retired)
    public static var tmLinePositionX1Retired: Tag { Tag(rawValue: 0x00186040) }
    /// (0018,6041) TM-Line Position X1, SL, VM 1
    public static var tmLinePositionX1: Tag { Tag(rawValue: 0x00186041) }
    /// (0018,6042) TM-Line Position Y1 (Retired), UL, VM 1 (retired)
    public static var tmLinePositionY1Retired: Tag { Tag(rawValue: 0x00186042) }
    /// (0018,6043) TM-Line Position Y1, SL, VM 1
    public static var tmLinePositionY1: Tag { Tag(rawValue: 0x00186043) }
    /// (0018,6044) Pixel Component Organization, US, VM 1
    public static var pixelComponentOrganization: Tag { Tag(rawValue: 0x00186044) }
    /// (0018,6046) Pixel Component Mask, UL, VM 1
    public static var pixelComponentMask: Tag { Tag(rawValue: 0x00186046) }
    /// (0018,6048) Pixel Component Range Start, UL, VM 1
    public static var pixelComponentRangeStart: Tag { Tag(rawValue: 0x00186048) }
    /// (0018,604A) Pixel Component Range Stop, UL, VM 1
    public static var pixelComponentRangeStop: Tag { Tag(rawValue: 0x0018604A) }
    /// (0018,604C) Pixel Component Physical Units, US, VM 1
    public static var pixelComponentPhysicalUnits: Tag { Tag(rawValue: 0x0018604C) }
    /// (0018,604E) Pixel Component Data Type, US, VM 1
    public static var pixelComponentDataType: Tag { Tag(rawValue: 0x0018604E) }
    /// (0018,6050) Number of Table Break Points, UL, VM 1
    public static var numberOfTableBreakPoints: Tag { Tag(rawValue: 0x00186050) }
    /// (0018,6052) Table of X Break Points, UL, VM 1-n
    public static var tableOfXBreakPoints: Tag { Tag(rawValue: 0x00186052) }
    /// (0018,6054) Table of Y Break Points, FD, VM 1-n
    public static var tableOfYBreakPoints: Tag { Tag(rawValue: 0x00186054) }
    /// (0018,6056) Number of Table Entries, UL, VM 1
    public static var numberOfTableEntries: Tag { Tag(rawValue: 0x00186056) }
    /// (0018,6058) Table of Pixel Values, UL, VM 1-n
    public static var tableOfPixelValues: Tag { Tag(rawValue: 0x00186058) }
    /// (0018,605A) Table of Parameter Values, FL, VM 1-n
    public static var tableOfParameterValues: Tag { Tag(rawValue: 0x0018605A) }
    /// (0018,6060) R Wave Time Vector, FL, VM 1-n
    public static var rWaveTimeVector: Tag { Tag(rawValue: 0x00186060) }
    /// (0018,6070) Active Image Area Overlay Group, US, VM 1
    public static var activeImageAreaOverlayGroup: Tag { Tag(rawValue: 0x00186070) }
    /// (0018,7000) Detector Conditions Nominal Flag, CS, VM 1
    public static var detectorConditionsNominalFlag: Tag { Tag(rawValue: 0x00187000) }
    /// (0018,7001) Detector Temperature, DS, VM 1
    public static var detectorTemperature: Tag { Tag(rawValue: 0x00187001) }
    /// (0018,7004) Detector Type, CS, VM 1
    public static var detectorType: Tag { Tag(rawValue: 0x00187004) }
    /// (0018,7005) Detector Configuration, CS, VM 1
    public static var detectorConfiguration: Tag { Tag(rawValue: 0x00187005) }
    /// (0018,7006) Detector Description, LT, VM 1
    public static var detectorDescription: Tag { Tag(rawValue: 0x00187006) }
    /// (0018,7008) Detector Mode, LT, VM 1
    public static var detectorMode: Tag { Tag(rawValue: 0x00187008) }
    /// (0018,700A) Detector ID, SH, VM 1
    public static var detectorID: Tag { Tag(rawValue: 0x0018700A) }
    /// (0018,700C) Date of Last Detector Calibration, DA, VM 1
    public static var dateOfLastDetectorCalibration: Tag { Tag(rawValue: 0x0018700C) }
    /// (0018,700E) Time of Last Detector Calibration, TM, VM 1
    public static var timeOfLastDetectorCalibration: Tag { Tag(rawValue: 0x0018700E) }
    /// (0018,7010) Exposures on Detector Since Last Calibration, IS, VM 1
    public static var exposuresOnDetectorSinceLastCalibration: Tag { Tag(rawValue: 0x00187010) }
    /// (0018,7011) Exposures on Detector Since Manufactured, IS, VM 1
    public static var exposuresOnDetectorSinceManufactured: Tag { Tag(rawValue: 0x00187011) }
    /// (0018,7012) Detector Time Since Last Exposure, DS, VM 1
    public static var detectorTimeSinceLastExposure: Tag { Tag(rawValue: 0x00187012) }
    /// (0018,7014) Detector Active Time, DS, VM 1
    public static var detectorActiveTime: Tag { Tag(rawValue: 0x00187014) }
    /// (0018,7016) Detector Activation Offset From Exposure, DS, VM 1
    public static var detectorActivationOffsetFromExposure: Tag { Tag(rawValue: 0x00187016) }
    /// (0018,701A) Detector Binning, DS, VM 2
    public static var detectorBinning: Tag { Tag(rawValue: 0x0018701A) }
    /// (0018,7020) Detector Element Physical Size, DS, VM 2
    public static var detectorElementPhysicalSize: Tag { Tag(rawValue: 0x00187020) }
    /// (0018,7022) Detector Element Spacing, DS, VM 2
    public static var detectorElementSpacing: Tag { Tag(rawValue: 0x00187022) }
    /// (0018,7024) Detector Active Shape, CS, VM 1
    public static var detectorActiveShape: Tag { Tag(rawValue: 0x00187024) }
    /// (0018,7026) Detector Active Dimension(s), DS, VM 1-2
    public static var detectorActiveDimensions: Tag { Tag(rawValue: 0x00187026) }
    /// (0018,7028) Detector Active Origin, DS, VM 2
    public static var detectorActiveOrigin: Tag { Tag(rawValue: 0x00187028) }
    /// (0018,702A) Detector Manufacturer Name, LO, VM 1
    public static var detectorManufacturerName: Tag { Tag(rawValue: 0x0018702A) }
    /// (0018,702B) Detector Manufacturer's Model Name, LO, VM 1
    public static var detectorManufacturerModelName: Tag { Tag(rawValue: 0x0018702B) }
    /// (0018,7030) Field of View Origin, DS, VM 2
    public static var fieldOfViewOrigin: Tag { Tag(rawValue: 0x00187030) }
    /// (0018,7032) Field of View Rotation, DS, VM 1
    public static var fieldOfViewRotation: Tag { Tag(rawValue: 0x00187032) }
    /// (0018,7034) Field of View Horizontal Flip, CS, VM 1
    public static var fieldOfViewHorizontalFlip: Tag { Tag(rawValue: 0x00187034) }
    /// (0018,7036) Pixel Data Area Origin Relative To FOV, FL, VM 2
    public static var pixelDataAreaOriginRelativeToFOV: Tag { Tag(rawValue: 0x00187036) }
    /// (0018,7038) Pixel Data Area Rotation Angle Relative To FOV, FL, VM 1
    public static var pixelDataAreaRotationAngleRelativeToFOV: Tag { Tag(rawValue: 0x00187038) }
    /// (0018,7040) Grid Absorbing Material, LT, VM 1
    public static var gridAbsorbingMaterial: Tag { Tag(rawValue: 0x00187040) }
    /// (0018,7041) Grid Spacing Material, LT, VM 1
    public static var gridSpacingMaterial: Tag { Tag(rawValue: 0x00187041) }
    /// (0018,7042) Grid Thickness, DS, VM 1
    public static var gridThickness: Tag { Tag(rawValue: 0x00187042) }
    /// (0018,7044) Grid Pitch, DS, VM 1
    public static var gridPitch: Tag { Tag(rawValue: 0x00187044) }
    /// (0018,7046) Grid Aspect Ratio, IS, VM 2
    public static var gridAspectRatio: Tag { Tag(rawValue: 0x00187046) }
    /// (0018,7048) Grid Period, DS, VM 1
    public static var gridPeriod: Tag { Tag(rawValue: 0x00187048) }
    /// (0018,704C) Grid Focal Distance, DS, VM 1
    public static var gridFocalDistance: Tag { Tag(rawValue: 0x0018704C) }
    /// (0018,7050) Filter Material, CS, VM 1-n
    public static var filterMaterial: Tag { Tag(rawValue: 0x00187050) }
    /// (0018,7052) Filter Thickness Minimum, DS, VM 1-n
    public static var filterThicknessMinimum: Tag { Tag(rawValue: 0x00187052) }
    /// (0018,7054) Filter Thickness Maximum, DS, VM 1-n
    public static var filterThicknessMaximum: Tag { Tag(rawValue: 0x00187054) }
    /// (0018,7056) Filter Beam Path Length Minimum, FL, VM 1-n
    public static var filterBeamPathLengthMinimum: Tag { Tag(rawValue: 0x00187056) }
    /// (0018,7058) Filter Beam Path Length Maximum, FL, VM 1-n
    public static var filterBeamPathLengthMaximum: Tag { Tag(rawValue: 0x00187058) }
    /// (0018,7060) Exposure Control Mode, CS, VM 1
    public static var exposureControlMode: Tag { Tag(rawValue: 0x00187060) }
    /// (0018,7062) Exposure Control Mode Description, LT, VM 1
    public static var exposureControlModeDescription: Tag { Tag(rawValue: 0x00187062) }
    /// (0018,7064) Exposure Status, CS, VM 1
    public static var exposureStatus: Tag { Tag(rawValue: 0x00187064) }
    /// (0018,7065) Phototimer Setting, DS, VM 1
    public static var phototimerSetting: Tag { Tag(rawValue: 0x00187065) }
    /// (0018,8150) Exposure Time in uS, DS, VM 1
    public static var exposureTimeInuS: Tag { Tag(rawValue: 0x00188150) }
    /// (0018,8151) X-Ray Tube Current in uA, DS, VM 1
    public static var xRayTubeCurrentInuA: Tag { Tag(rawValue: 0x00188151) }
    /// (0018,9004) Content Qualification, CS, VM 1
    public static var contentQualification: Tag { Tag(rawValue: 0x00189004) }
    /// (0018,9005) Pulse Sequence Name, SH, VM 1
    public static var pulseSequenceName: Tag { Tag(rawValue: 0x00189005) }
    /// (0018,9006) MR Imaging Modifier Sequence, SQ, VM 1
    public static var mrImagingModifierSequence: Tag { Tag(rawValue: 0x00189006) }
    /// (0018,9008) Echo Pulse Sequence, CS, VM 1
    public static var echoPulseSequence: Tag { Tag(rawValue: 0x00189008) }
    /// (0018,9009) Inversion Recovery, CS, VM 1
    public static var inversionRecovery: Tag { Tag(rawValue: 0x00189009) }
    /// (0018,9010) Flow Compensation, CS, VM 1
    public static var flowCompensation: Tag { Tag(rawValue: 0x00189010) }
    /// (0018,9011) Multiple Spin Echo, CS, VM 1
    public static var multipleSpinEcho: Tag { Tag(rawValue: 0x00189011) }
    /// (0018,9012) Multi-planar Excitation, CS, VM 1
    public static var multiPlanarExcitation: Tag { Tag(rawValue: 0x00189012) }
    /// (0018,9014) Phase Contrast, CS, VM 1
    public static var phaseContrast: Tag { Tag(rawValue: 0x00189014) }
    /// (0018,9015) Time of Flight Contrast, CS, VM 1
    public static var timeOfFlightContrast: Tag { Tag(rawValue: 0x00189015) }
    /// (0018,9016) Spoiling, CS, VM 1
    public static var spoiling: Tag { Tag(rawValue: 0x00189016) }
    /// (0018,9017) Steady State Pulse Sequence, CS, VM 1
    public static var steadyStatePulseSequence: Tag { Tag(rawValue: 0x00189017) }
    /// (0018,9018) Echo Planar Pulse Sequence, CS, VM 1
    public static var echoPlanarPulseSequence: Tag { Tag(rawValue: 0x00189018) }
    /// (0018,9019) Tag Angle First Axis, FD, VM 1
    public static var tagAngleFirstAxis: Tag { Tag(rawValue: 0x00189019) }
    /// (0018,9020) Magnetization Transfer, CS, VM 1
    public static var magnetizationTransfer: Tag { Tag(rawValue: 0x00189020) }
    /// (0018,9021) T2 Preparation, CS, VM 1
    public static var t2Preparation: Tag { Tag(rawValue: 0x00189021) }
    /// (0018,9022) Blood Signal Nulling, CS, VM 1
    public static var bloodSignalNulling: Tag { Tag(rawValue: 0x00189022) }
    /// (0018,9024) Saturation Recovery, CS, VM 1
    public static var saturationRecovery: Tag { Tag(rawValue: 0x00189024) }
    /// (0018,9025) Spectrally Selected Suppression, CS, VM 1
    public static var spectrallySelectedSuppression: Tag { Tag(rawValue: 0x00189025) }
    /// (0018,9026) Spectrally Selected Excitation, CS, VM 1
    public static var spectrallySelectedExcitation: Tag { Tag(rawValue: 0x00189026) }
    /// (0018,9027) Spatial Pre-saturation, CS, VM 1
    public static var spatialPresaturation: Tag { Tag(rawValue: 0x00189027) }
    /// (0018,9028) Tagging, CS, VM 1
    public static var tagging: Tag { Tag(rawValue: 0x00189028) }
    /// (0018,9029) Oversampling Phase, CS, VM 1
    public static var oversamplingPhase: Tag { Tag(rawValue: 0x00189029) }
    /// (0018,9030) Tag Spacing First Dimension, FD, VM 1
    public static var tagSpacingFirstDimension: Tag { Tag(rawValue: 0x00189030) }
    /// (0018,9032) Geometry of k-Space Traversal, CS, VM 1
    public static var geometryOfKSpaceTraversal: Tag { Tag(rawValue: 0x00189032) }
    /// (0018,9033) Segmented k-Space Traversal, CS, VM 1
    public static var segmentedKSpaceTraversal: Tag { Tag(rawValue: 0x00189033) }
    /// (0018,9034) Rectilinear Phase Encode Reordering, CS, VM 1
    public static var rectilinearPhaseEncodeReordering: Tag { Tag(rawValue: 0x00189034) }
    /// (0018,9035) Tag Thickness, FD, VM 1
    public static var tagThickness: Tag { Tag(rawValue: 0x00189035) }
    /// (0018,9036) Partial Fourier Direction, CS, VM 1
    public static var partialFourierDirection: Tag { Tag(rawValue: 0x00189036) }
    /// (0018,9037) Cardiac Synchronization Technique, CS, VM 1
    public static var cardiacSynchronizationTechnique: Tag { Tag(rawValue: 0x00189037) }
    /// (0018,9041) Receive Coil Manufacturer Name, LO, VM 1
    public static var receiveCoilManufacturerName: Tag { Tag(rawValue: 0x00189041) }
    /// (0018,9042) MR Receive Coil Sequence, SQ, VM 1
    public static var mrReceiveCoilSequence: Tag { Tag(rawValue: 0x00189042) }
    /// (0018,9043) Receive Coil Type, CS, VM 1
    public static var receiveCoilType: Tag { Tag(rawValue: 0x00189043) }
    /// (0018,9044) Quadrature Receive Coil, CS, VM 1
    public static var quadratureReceiveCoil: Tag { Tag(rawValue: 0x00189044) }
    /// (0018,9045) Multi-Coil Definition Sequence, SQ, VM 1
    public static var multiCoilDefinitionSequence: Tag { Tag(rawValue: 0x00189045) }
    /// (0018,9046) Multi-Coil Configuration, LO, VM 1
    public static var multiCoilConfiguration: Tag { Tag(rawValue: 0x00189046) }
    /// (0018,9047) Multi-Coil Element Name, SH, VM 1
    public static var multiCoilElementName: Tag { Tag(rawValue: 0x00189047) }
    /// (0018,9048) Multi-Coil Element Used, CS, VM 1
    public static var multiCoilElementUsed: Tag { Tag(rawValue: 0x00189048) }
    /// (0018,9049) MR Transmit Coil Sequence, SQ, VM 1
    public static var mrTransmitCoilSequence: Tag { Tag(rawValue: 0x00189049) }
    /// (0018,9050) Transmit Coil Manufacturer Name, LO, VM 1
    public static var transmitCoilManufacturerName: Tag { Tag(rawValue: 0x00189050) }
    /// (0018,9051) Transmit Coil Type, CS, VM 1
    public static var transmitCoilType: Tag { Tag(rawValue: 0x00189051) }
    /// (0018,9052) Spectral Width, FD, VM 1-2
    public static var spectralWidth: Tag { Tag(rawValue: 0x00189052) }
    /// (0018,9053) Chemical Shift Reference, FD, VM 1-2
    public static var chemicalShiftReference: Tag { Tag(rawValue: 0x00189053) }
    /// (0018,9054) Volume Localization Technique, CS, VM 1
    public static var volumeLocalizationTechnique: Tag { Tag(rawValue: 0x00189054) }
    /// (0018,9058) MR Acquisition Frequency Encoding Steps, US, VM 1
    public static var mrAcquisitionFrequencyEncodingSteps: Tag { Tag(rawValue: 0x00189058) }
    /// (0018,9059) De-coupling, CS, VM 1
    public static var decoupling: Tag { Tag(rawValue: 0x00189059) }
    /// (0018,9060) De-coupled Nucleus, CS, VM 1-2
    public static var decoupledNucleus: Tag { Tag(rawValue: 0x00189060) }
    /// (0018,9061) De-coupling Frequency, FD, VM 1-2
    public static var decouplingFrequency: Tag { Tag(rawValue: 0x00189061) }
    /// (0018,9062) De-coupling Method, CS, VM 1
    public static var decouplingMethod: Tag { Tag(rawValue: 0x00189062) }
    /// (0018,9063) De-coupling Chemical Shift Reference, FD, VM 1-2
    public static var decouplingChemicalShiftReference: Tag { Tag(rawValue: 0x00189063) }
    /// (0018,9064) k-space Filtering, CS, VM 1
    public static var kSpaceFiltering: Tag { Tag(rawValue: 0x00189064) }
    /// (0018,9065) Time Domain Filtering, CS, VM 1-2
    public static var timeDomainFiltering: Tag { Tag(rawValue: 0x00189065) }
    /// (0018,9066) Number of Zero Fills, US, VM 1-2
    public static var numberOfZeroFills: Tag { Tag(rawValue: 0x00189066) }
    /// (0018,9067) Baseline Correction, CS, VM 1
    public static var baselineCorrection: Tag { Tag(rawValue: 0x00189067) }
    /// (0018,9069) Parallel Reduction Factor In-plane, FD, VM 1
    public static var parallelReductionFactorInPlane: Tag { Tag(rawValue: 0x00189069) }
    /// (0018,9070) Cardiac R-R Interval Specified, FD, VM 1
    public static var cardiacRRIntervalSpecified: Tag { Tag(rawValue: 0x00189070) }
    /// (0018,9073) Acquisition Duration, FD, VM 1
    public static var acquisitionDuration: Tag { Tag(rawValue: 0x00189073) }
    /// (0018,9074) Frame Acquisition DateTime, DT, VM 1
    public static var frameAcquisitionDateTime: Tag { Tag(rawValue: 0x00189074) }
    /// (0018,9075) Diffusion Directionality, CS, VM 1
    public static var diffusionDirectionality: Tag { Tag(rawValue: 0x00189075) }
    /// (0018,9076) Diffusion Gradient Direction Sequence, SQ, VM 1
    public static var diffusionGradientDirectionSequence: Tag { Tag(rawValue: 0x00189076) }
    /// (0018,9077) Parallel Acquisition, CS, VM 1
    public static var parallelAcquisition: Tag { Tag(rawValue: 0x00189077) }
    /// (0018,9078) Parallel Acquisition Technique, CS, VM 1
    public static var parallelAcquisitionTechnique: Tag { Tag(rawValue: 0x00189078) }
    /// (0018,9079) Inversion Times, FD, VM 1-n
    public static var inversionTimes: Tag { Tag(rawValue: 0x00189079) }
    /// (0018,9080) Metabolite Map Description, ST, VM 1
    public static var metaboliteMapDescription: Tag { Tag(rawValue: 0x00189080) }
    /// (0018,9081) Partial Fourier, CS, VM 1
    public static var partialFourier: Tag { Tag(rawValue: 0x00189081) }
    /// (0018,9082) Effective Echo Time, FD, VM 1
    public static var effectiveEchoTime: Tag { Tag(rawValue: 0x00189082) }
    /// (0018,9083) Metabolite Map Code Sequence, SQ, VM 1
    public static var metaboliteMapCodeSequence: Tag { Tag(rawValue: 0x00189083) }
    /// (0018,9084) Chemical Shift Sequence, SQ, VM 1
    public static var chemicalShiftSequence: Tag { Tag(rawValue: 0x00189084) }
    /// (0018,9085) Cardiac Signal Source, CS, VM 1
    public static var cardiacSignalSource: Tag { Tag(rawValue: 0x00189085) }
    /// (0018,9087) Diffusion b-value, FD, VM 1
    public static var diffusionBValue: Tag { Tag(rawValue: 0x00189087) }
    /// (0018,9089) Diffusion Gradient Orientation, FD, VM 3
    public static var diffusionGradientOrientation: Tag { Tag(rawValue: 0x00189089) }
    /// (0018,9090) Velocity Encoding Direction, FD, VM 3
    public static var velocityEncodingDirection: Tag { Tag(rawValue: 0x00189090) }
    /// (0018,9091) Velocity Encoding Minimum Value, FD, VM 1
    public static var velocityEncodingMinimumValue: Tag { Tag(rawValue: 0x00189091) }
    /// (0018,9092) Velocity Encoding Acquisition Sequence, SQ, VM 1
    public static var velocityEncodingAcquisitionSequence: Tag { Tag(rawValue: 0x00189092) }
    /// (0018,9093) Number of k-Space Trajectories, US, VM 1
    public static var numberOfKSpaceTrajectories: Tag { Tag(rawValue: 0x00189093) }
    /// (0018,9094) Coverage of k-Space, CS, VM 1
    public static var coverageOfKSpace: Tag { Tag(rawValue: 0x00189094) }
    /// (0018,9095) Spectroscopy Acquisition Phase Rows, UL, VM 1
    public static var spectroscopyAcquisitionPhaseRows: Tag { Tag(rawValue: 0x00189095) }
    /// (0018,9096) Parallel Reduction Factor In-plane (Retired), FD, VM 1 (retired)
    public static var parallelReductionFactorInPlaneRetired: Tag { Tag(rawValue: 0x00189096) }
    /// (0018,9098) Transmitter Frequency, FD, VM 1-2
    public static var transmitterFrequency: Tag { Tag(rawValue: 0x00189098) }
    /// (0018,9100) Resonant Nucleus, CS, VM 1-2
    public static var resonantNucleus: Tag { Tag(rawValue: 0x00189100) }
    /// (0018,9101) Frequency Correction, CS, VM 1
    public static var frequencyCorrection: Tag { Tag(rawValue: 0x00189101) }
    /// (0018,9103) MR Spectroscopy FOV/Geometry Sequence, SQ, VM 1
    public static var mrSpectroscopyFOVGeometrySequence: Tag { Tag(rawValue: 0x00189103) }
    /// (0018,9104) Slab Thickness, FD, VM 1
    public static var slabThickness: Tag { Tag(rawValue: 0x00189104) }
    /// (0018,9105) Slab Orientation, FD, VM 3
    public static var slabOrientation: Tag { Tag(rawValue: 0x00189105) }
    /// (0018,9106) Mid Slab Position, FD, VM 3
    public static var midSlabPosition: Tag { Tag(rawValue: 0x00189106) }
    /// (0018,9107) MR Spatial Saturation Sequence, SQ, VM 1
    public static var mrSpatialSaturationSequence: Tag { Tag(rawValue: 0x00189107) }
    /// (0018,9112) MR Timing and Related Parameters Sequence, SQ, VM 1
    public static var mrTimingAndRelatedParametersSequence: Tag { Tag(rawValue: 0x00189112) }
    /// (0018,9114) MR Echo Sequence, SQ, VM 1
    public static var mrEchoSequence: Tag { Tag(rawValue: 0x00189114) }
    /// (0018,9115) MR Modifier Sequence, SQ, VM 1
    public static var mrModifierSequence: Tag { Tag(rawValue: 0x00189115) }
    /// (0018,9117) MR Diffusion Sequence, SQ, VM 1
    public static var mrDiffusionSequence: Tag { Tag(rawValue: 0x00189117) }
    /// (0018,9118) Cardiac Synchronization Sequence, SQ, VM 1
    public static var cardiacSynchronizationSequence: Tag { Tag(rawValue: 0x00189118) }
    /// (0018,9119) MR Averages Sequence, SQ, VM 1
    public static var mrAveragesSequence: Tag { Tag(rawValue: 0x00189119) }
    /// (0018,9125) MR FOV/Geometry Sequence, SQ, VM 1
    public static var mrfovGeometrySequence: Tag { Tag(rawValue: 0x00189125) }
    /// (0018,9126) Volume Localization Sequence, SQ, VM 1
    public static var volumeLocalizationSequence: Tag { Tag(rawValue: 0x00189126) }
    /// (0018,9127) Spectroscopy Acquisition Data Columns, UL, VM 1
    public static var spectroscopyAcquisitionDataColumns: Tag { Tag(rawValue: 0x00189127) }
    /// (0018,9147) Diffusion Anisotropy Type, CS, VM 1
    public static var diffusionAnisotropyType: Tag { Tag(rawValue: 0x00189147) }
    /// (0018,9151) Frame Reference DateTime, DT, VM 1
    public static var frameReferenceDateTime: Tag { Tag(rawValue: 0x00189151) }
    /// (0018,9152) MR Metabolite Map Sequence, SQ, VM 1
    public static var mrMetaboliteMapSequence: Tag { Tag(rawValue: 0x00189152) }
    /// (0018,9155) Parallel Reduction Factor out-of-plane, FD, VM 1
    public static var parallelReductionFactorOutOfPlane: Tag { Tag(rawValue: 0x00189155) }
    /// (0018,9159) Spectroscopy Acquisition Out-of-plane Phase Steps, UL, VM 1
    public static var spectroscopyAcquisitionOutOfPlanePhaseSteps: Tag { Tag(rawValue: 0x00189159) }
    /// (0018,9166) Bulk Motion Status, CS, VM 1 (retired)
    public static var bulkMotionStatus: Tag { Tag(rawValue: 0x00189166) }
    /// (0018,9168) Parallel Reduction Factor Second In-plane, FD, VM 1
    public static var parallelReductionFactorSecondInPlane: Tag { Tag(rawValue: 0x00189168) }
    /// (0018,9169) Cardiac Beat Rejection Technique, CS, VM 1
    public static var cardiacBeatRejectionTechnique: Tag { Tag(rawValue: 0x00189169) }
    /// (0018,9170) Respiratory Motion Compensation Technique, CS, VM 1
    public static var respiratoryMotionCompensationTechnique: Tag { Tag(rawValue: 0x00189170) }
    /// (0018,9171) Respiratory Signal Source, CS, VM 1
    public static var respiratorySignalSource: Tag { Tag(rawValue: 0x00189171) }
    /// (0018,9172) Bulk Motion Compensation Technique, CS, VM 1
    public static var bulkMotionCompensationTechnique: Tag { Tag(rawValue: 0x00189172) }
    /// (0018,9173) Bulk Motion Signal Source, CS, VM 1
    public static var bulkMotionSignalSource: Tag { Tag(rawValue: 0x00189173) }
    /// (0018,9174) Applicable Safety Standard Agency, CS, VM 1
    public static var applicableSafetyStandardAgency: Tag { Tag(rawValue: 0x00189174) }
    /// (0018,9175) Applicable Safety Standard Description, LO, VM 1
    public static var applicableSafetyStandardDescription: Tag { Tag(rawValue: 0x00189175) }
    /// (0018,9176) Operating Mode Sequence, SQ, VM 1
    public static var operatingModeSequence: Tag { Tag(rawValue: 0x00189176) }
    /// (0018,9177) Operating Mode Type, CS, VM 1
    public static var operatingModeType: Tag { Tag(rawValue: 0x00189177) }
    /// (0018,9178) Operating Mode, CS, VM 1
    public static var operatingMode: Tag { Tag(rawValue: 0x00189178) }
    /// (0018,9179) Specific Absorption Rate Definition, CS, VM 1
    public static var specificAbsorptionRateDefinition: Tag { Tag(rawValue: 0x00189179) }
    /// (0018,9180) Gradient Output Type, CS, VM 1
    public static var gradientOutputType: Tag { Tag(rawValue: 0x00189180) }
    /// (0018,9181) Specific Absorption Rate Value, FD, VM 1
    public static var specificAbsorptionRateValue: Tag { Tag(rawValue: 0x00189181) }
    /// (0018,9182) Gradient Output, FD, VM 1
    public static var gradientOutput: Tag { Tag(rawValue: 0x00189182) }
    /// (0018,9183) Flow Compensation Direction, CS, VM 1
    public static var flowCompensationDirection: Tag { Tag(rawValue: 0x00189183) }
    /// (0018,9184) Tagging Delay, FD, VM 1
    public static var taggingDelay: Tag { Tag(rawValue: 0x00189184) }
    /// (0018,9185) Respiratory Motion Compensation Technique Description, ST, VM 1
    public static var respiratoryMotionCompensationTechniqueDescription: Tag { Tag(rawValue: 0x00189185) }
    /// (0018,9186) Respiratory Signal Source ID, SH, VM 1
    public static var respiratorySignalSourceID: Tag { Tag(rawValue: 0x00189186) }
    /// (0018,9195) Chemical Shift Minimum Integration Limit in Hz, FD, VM 1 (retired)
    public static var chemicalShiftMinimumIntegrationLimitInHz: Tag { Tag(rawValue: 0x00189195) }
    /// (0018,9196) Chemical Shift Maximum Integration Limit in Hz, FD, VM 1 (retired)
    public static var chemicalShiftMaximumIntegrationLimitInHz: Tag { Tag(rawValue: 0x00189196) }
    /// (0018,9197) MR Velocity Encoding Sequence, SQ, VM 1
    public static var mrVelocityEncodingSequence: Tag { Tag(rawValue: 0x00189197) }
    /// (0018,9198) First Order Phase Correction, CS, VM 1
    public static var firstOrderPhaseCorrection: Tag { Tag(rawValue: 0x00189198) }
    /// (0018,9199) Water Referenced Phase Correction, CS, VM 1
    public static var waterReferencedPhaseCorrection: Tag { Tag(rawValue: 0x00189199) }
    /// (0018,9200) MR Spectroscopy Acquisition Type, CS, VM 1
    public static var mrSpectroscopyAcquisitionType: Tag { Tag(rawValue: 0x00189200) }
    /// (0018,9214) Respiratory Cycle Position, CS, VM 1
    public static var respiratoryCyclePosition: Tag { Tag(rawValue: 0x00189214) }
    /// (0018,9217) Velocity Encoding Maximum Value, FD, VM 1
    public static var velocityEncodingMaximumValue: Tag { Tag(rawValue: 0x00189217) }
    /// (0018,9218) Tag Spacing Second Dimension, FD, VM 1
    public static var tagSpacingSecondDimension: Tag { Tag(rawValue: 0x00189218) }
    /// (0018,9219) Tag Angle Second Axis, SS, VM 1
    public static var tagAngleSecondAxis: Tag { Tag(rawValue: 0x00189219) }
    /// (0018,9220) Frame Acquisition Duration, FD, VM 1
    public static var frameAcquisitionDuration: Tag { Tag(rawValue: 0x00189220) }
    /// (0018,9226) MR Image Frame Type Sequence, SQ, VM 1
    public static var mrImageFrameTypeSequence: Tag { Tag(rawValue: 0x00189226) }
    /// (0018,9227) MR Spectroscopy Frame Type Sequence, SQ, VM 1
    public static var mrSpectroscopyFrameTypeSequence: Tag { Tag(rawValue: 0x00189227) }
    /// (0018,9231) MR Acquisition Phase Encoding Steps in-plane, US, VM 1
    public static var mrAcquisitionPhaseEncodingStepsInPlane: Tag { Tag(rawValue: 0x00189231) }
    /// (0018,9232) MR Acquisition Phase Encoding Steps out-of-plane, US, VM 1
    public static var mrAcquisitionPhaseEncodingStepsOutOfPlane: Tag { Tag(rawValue: 0x00189232) }
    /// (0018,9234) Spectroscopy Acquisition Phase Columns, UL, VM 1
    public static var spectroscopyAcquisitionPhaseColumns: Tag { Tag(rawValue: 0x00189234) }
    /// (0018,9236) Cardiac Cycle Position, CS, VM 1
    public static var cardiacCyclePosition: Tag { Tag(rawValue: 0x00189236) }
    /// (0018,9239) Specific Absorption Rate Sequence, SQ, VM 1
    public static var specificAbsorptionRateSequence: Tag { Tag(rawValue: 0x00189239) }
    /// (0018,9240) RF Echo Train Length, US, VM 1
    public static var rfEchoTrainLength: Tag { Tag(rawValue: 0x00189240) }
    /// (0018,9241) Gradient Echo Train Length, US, VM 1
    public static var gradientEchoTrainLength: Tag { Tag(rawValue: 0x00189241) }
    /// (0018,9250) Arterial Spin Labeling Contrast, CS, VM 1
    public static var arterialSpinLabelingContrast: Tag { Tag(rawValue: 0x00189250) }
    /// (0018,9251) MR Arterial Spin Labeling Sequence, SQ, VM 1
    public static var mrArterialSpinLabelingSequence: Tag { Tag(rawValue: 0x00189251) }
    /// (0018,9252) ASL Technique Description, LO, VM 1
    public static var aslTechniqueDescription: Tag { Tag(rawValue: 0x00189252) }
    /// (0018,9253) ASL Slab Number, US, VM 1
    public static var aslSlabNumber: Tag { Tag(rawValue: 0x00189253) }
    /// (0018,9254) ASL Slab Thickness, FD, VM 1
    public static var aslSlabThickness: Tag { Tag(rawValue: 0x00189254) }
    /// (0018,9255) ASL Slab Orientation, FD, VM 3
    public static var aslSlabOrientation: Tag { Tag(rawValue: 0x00189255) }
    /// (0018,9256) ASL Mid Slab Position, FD, VM 3
    public static var aslMidSlabPosition: Tag { Tag(rawValue: 0x00189256) }
    /// (0018,9257) ASL Context, CS, VM 1
    public static var aslContext: Tag { Tag(rawValue: 0x00189257) }
    /// (0018,9258) ASL Pulse Train Duration, UL, VM 1
    public static var aslPulseTrainDuration: Tag { Tag(rawValue: 0x00189258) }
    /// (0018,9259) ASL Crusher Flag, CS, VM 1
    public static var aslCrusherFlag: Tag { Tag(rawValue: 0x00189259) }
    /// (0018,925A) ASL Crusher Flow Limit, FD, VM 1
    public static var aslCrusherFlowLimit: Tag { Tag(rawValue: 0x0018925A) }
    /// (0018,925B) ASL Crusher Description, LO, VM 1
    public static var aslCrusherDescription: Tag { Tag(rawValue: 0x0018925B) }
    /// (0018,925C) ASL Bolus Cut-off Flag, CS, VM 1
    public static var aslBolusCutoffFlag: Tag { Tag(rawValue: 0x0018925C) }
    /// (0018,925D) ASL Bolus Cut-off Timing Sequence, SQ, VM 1
    public static var aslBolusCutoffTimingSequence: Tag { Tag(rawValue: 0x0018925D) }
    /// (0018,925E) ASL Bolus Cut-off Technique, LO, VM 1
    public static var aslBolusCutoffTechnique: Tag { Tag(rawValue: 0x0018925E) }
    /// (0018,925F) ASL Bolus Cut-off Delay Time, UL, VM 1
    public static var aslBolusCutoffDelayTime: Tag { Tag(rawValue: 0x0018925F) }
    /// (0018,9260) ASL Slab Sequence, SQ, VM 1
    public static var aslSlabSequence: Tag { Tag(rawValue: 0x00189260) }
    /// (0018,9295) Chemical Shift Minimum Integration Limit in ppm, FD, VM 1
    public static var chemicalShiftMinimumIntegrationLimitInppm: Tag { Tag(rawValue: 0x00189295) }
    /// (0018,9296) Chemical Shift Maximum Integration Limit in ppm, FD, VM 1
    public static var chemicalShiftMaximumIntegrationLimitInppm: Tag { Tag(rawValue: 0x00189296) }
    /// (0018,9297) Water Reference Acquisition, CS, VM 1
    public static var waterReferenceAcquisition: Tag { Tag(rawValue: 0x00189297) }
    /// (0018,9298) Echo Peak Position, IS, VM 1
    public static var echoPeakPosition: Tag { Tag(rawValue: 0x00189298) }
    /// (0018,9301) CT Acquisition Type Sequence, SQ, VM 1
    public static var ctAcquisitionTypeSequence: Tag { Tag(rawValue: 0x00189301) }
    /// (0018,9302) Acquisition Type, CS, VM 1
    public static var acquisitionType: Tag { Tag(rawValue: 0x00189302) }
    /// (0018,9303) Tube Angle, FD, VM 1
    public static var tubeAngle: Tag { Tag(rawValue: 0x00189303) }
    /// (0018,9304) CT Acquisition Details Sequence, SQ, VM 1
    public static var ctAcquisitionDetailsSequence: Tag { Tag(rawValue: 0x00189304) }
    /// (0018,9305) Revolution Time, FD, VM 1
    public static var revolutionTime: Tag { Tag(rawValue: 0x00189305) }
    /// (0018,9306) Single Collimation Width, FD, VM 1
    public static var singleCollimationWidth: Tag { Tag(rawValue: 0x00189306) }
    /// (0018,9307) Total Collimation Width, FD, VM 1
    public static var totalCollimationWidth: Tag { Tag(rawValue: 0x00189307) }
    /// (0018,9308) CT Table Dynamics Sequence, SQ, VM 1
    public static var ctTableDynamicsSequence: Tag { Tag(rawValue: 0x00189308) }
    /// (0018,9309) Table Speed, FD, VM 1
    public static var tableSpeed: Tag { Tag(rawValue: 0x00189309) }
    /// (0018,9310) Table Feed per Rotation, FD, VM 1
    public static var tableFeedPerRotation: Tag { Tag(rawValue: 0x00189310) }
    /// (0018,9311) Spiral Pitch Factor, FD, VM 1
    public static var spiralPitchFactor: Tag { Tag(rawValue: 0x00189311) }
    /// (0018,9312) CT Geometry Sequence, SQ, VM 1
    public static var ctGeometrySequence: Tag { Tag(rawValue: 0x00189312) }
    /// (0018,9313) Data Collection Center (Patient), FD, VM 3
    public static var dataCollectionCenterPatient: Tag { Tag(rawValue: 0x00189313) }
    /// (0018,9314) CT Reconstruction Sequence, SQ, VM 1
    public static var ctReconstructionSequence: Tag { Tag(rawValue: 0x00189314) }
    /// (0018,9315) Reconstruction Algorithm, CS, VM 1
    public static var reconstructionAlgorithm: Tag { Tag(rawValue: 0x00189315) }
    /// (0018,9316) Convolution Kernel Group, CS, VM 1
    public static var convolutionKernelGroup: Tag { Tag(rawValue: 0x00189316) }
    /// (0018,9317) Reconstruction Field of View, FD, VM 2
    public static var reconstructionFieldOfView: Tag { Tag(rawValue: 0x00189317) }
    /// (0018,9318) Reconstruction Target Center (Patient), FD, VM 3
    public static var reconstructionTargetCenterPatient: Tag { Tag(rawValue: 0x00189318) }
    /// (0018,9319) Reconstruction Angle, FD, VM 1
    public static var reconstructionAngle: Tag { Tag(rawValue: 0x00189319) }
    /// (0018,9320) Image Filter, SH, VM 1
    public static var imageFilter: Tag { Tag(rawValue: 0x00189320) }
    /// (0018,9321) CT Exposure Sequence, SQ, VM 1
    public static var ctExposureSequence: Tag { Tag(rawValue: 0x00189321) }
    /// (0018,9322) Reconstruction Pixel Spacing, FD, VM 2
    public static var reconstructionPixelSpacing: Tag { Tag(rawValue: 0x00189322) }
    /// (0018,9323) Exposure Modulation Type, CS, VM 1-n
    public static var exposureModulationType: Tag { Tag(rawValue: 0x00189323) }
    /// (0018,9324) Estimated Dose Saving, FD, VM 1 (retired)
    public static var estimatedDoseSaving: Tag { Tag(rawValue: 0x00189324) }
    /// (0018,9325) CT X-Ray Details Sequence, SQ, VM 1
    public static var ctxRayDetailsSequence: Tag { Tag(rawValue: 0x00189325) }
    /// (0018,9326) CT Position Sequence, SQ, VM 1
    public static var ctPositionSequence: Tag { Tag(rawValue: 0x00189326) }
    /// (0018,9327) Table Position, FD, VM 1
    public static var tablePosition: Tag { Tag(rawValue: 0x00189327) }
    /// (0018,9328) Exposure Time in ms, FD, VM 1
    public static var exposureTimeInms: Tag { Tag(rawValue: 0x00189328) }
    /// (0018,9329) CT Image Frame Type Sequence, SQ, VM 1
    public static var ctImageFrameTypeSequence: Tag { Tag(rawValue: 0x00189329) }
    /// (0018,9330) X-Ray Tube Current in mA, FD, VM 1
    public static var xRayTubeCurrentInmA: Tag { Tag(rawValue: 0x00189330) }
    /// (0018,9332) Exposure in mAs, FD, VM 1
    public static var exposureInmAs: Tag { Tag(rawValue: 0x00189332) }
    /// (0018,9333) Constant Volume Flag, CS, VM 1
    public static var constantVolumeFlag: Tag { Tag(rawValue: 0x00189333) }
    /// (0018,9334) Fluoroscopy Flag, CS, VM 1
    public static var fluoroscopyFlag: Tag { Tag(rawValue: 0x00189334) }
    /// (0018,9335) Distance Source to Data Collection Center, FD, VM 1
    public static var distanceSourceToDataCollectionCenter: Tag { Tag(rawValue: 0x00189335) }
    /// (0018,9337) Contrast/Bolus Agent Number, US, VM 1
    public static var contrastBolusAgentNumber: Tag { Tag(rawValue: 0x00189337) }
    /// (0018,9338) Contrast/Bolus Ingredient Code Sequence, SQ, VM 1
    public static var contrastBolusIngredientCodeSequence: Tag { Tag(rawValue: 0x00189338) }
    /// (0018,9340) Contrast Administration Profile Sequence, SQ, VM 1
    public static var contrastAdministrationProfileSequence: Tag { Tag(rawValue: 0x00189340) }
    /// (0018,9341) Contrast/Bolus Usage Sequence, SQ, VM 1
    public static var contrastBolusUsageSequence: Tag { Tag(rawValue: 0x00189341) }
    /// (0018,9342) Contrast/Bolus Agent Administered, CS, VM 1
    public static var contrastBolusAgentAdministered: Tag { Tag(rawValue: 0x00189342) }
    /// (0018,9343) Contrast/Bolus Agent Detected, CS, VM 1
    public static var contrastBolusAgentDetected: Tag { Tag(rawValue: 0x00189343) }
    /// (0018,9344) Contrast/Bolus Agent Phase, CS, VM 1
    public static var contrastBolusAgentPhase: Tag { Tag(rawValue: 0x00189344) }
    /// (0018,9345) CTDIvol, FD, VM 1
    public static var ctdIvol: Tag { Tag(rawValue: 0x00189345) }
    /// (0018,9346) CTDI Phantom Type Code Sequence, SQ, VM 1
    public static var ctdiPhantomTypeCodeSequence: Tag { Tag(rawValue: 0x00189346) }
    /// (0018,9351) Calcium Scoring Mass Factor Patient, FL, VM 1
    public static var calciumScoringMassFactorPatient: Tag { Tag(rawValue: 0x00189351) }
    /// (0018,9352) Calcium Scoring Mass Factor Device, FL, VM 3
    public static var calciumScoringMassFactorDevice: Tag { Tag(rawValue: 0x00189352) }
    /// (0018,9353) Energy Weighting Factor, FL, VM 1
    public static var energyWeightingFactor: Tag { Tag(rawValue: 0x00189353) }
    /// (0018,9360) CT Additional X-Ray Source Sequence, SQ, VM 1
    public static var ctAdditionalXRaySourceSequence: Tag { Tag(rawValue: 0x00189360) }
    /// (0018,9361) Multi-energy CT Acquisition, CS, VM 1
    public static var multienergyCTAcquisition: Tag { Tag(rawValue: 0x00189361) }
    /// (0018,9362) Multi-energy CT Acquisition Sequence, SQ, VM 1
    public static var multienergyCTAcquisitionSequence: Tag { Tag(rawValue: 0x00189362) }
    /// (0018,9363) Multi-energy CT Processing Sequence, SQ, VM 1
    public static var multienergyCTProcessingSequence: Tag { Tag(rawValue: 0x00189363) }
    /// (0018,9364) Multi-energy CT Characteristics Sequence, SQ, VM 1
    public static var multienergyCTCharacteristicsSequence: Tag { Tag(rawValue: 0x00189364) }
    /// (0018,9365) Multi-energy CT X-Ray Source Sequence, SQ, VM 1
    public static var multienergyCTXRaySourceSequence: Tag { Tag(rawValue: 0x00189365) }
    /// (0018,9366) X-Ray Source Index, US, VM 1
    public static var xRaySourceIndex: Tag { Tag(rawValue: 0x00189366) }
    /// (0018,9367) X-Ray Source ID, UC, VM 1
    public static var xRaySourceID: Tag { Tag(rawValue: 0x00189367) }
    /// (0018,9368) Multi-energy Source Technique, CS, VM 1
    public static var multienergySourceTechnique: Tag { Tag(rawValue: 0x00189368) }
    /// (0018,9369) Source Start DateTime, DT, VM 1
    public static var sourceStartDateTime: Tag { Tag(rawValue: 0x00189369) }
    /// (0018,936A) Source End DateTime, DT, VM 1
    public static var sourceEndDateTime: Tag { Tag(rawValue: 0x0018936A) }
    /// (0018,936B) Switching Phase Number, US, VM 1
    public static var switchingPhaseNumber: Tag { Tag(rawValue: 0x0018936B) }
    /// (0018,936C) Switching Phase Nominal Duration, DS, VM 1
    public static var switchingPhaseNominalDuration: Tag { Tag(rawValue: 0x0018936C) }
    /// (0018,936D) Switching Phase Transition Duration, DS, VM 1
    public static var switchingPhaseTransitionDuration: Tag { Tag(rawValue: 0x0018936D) }
    /// (0018,936E) Effective Bin Energy, DS, VM 1
    public static var effectiveBinEnergy: Tag { Tag(rawValue: 0x0018936E) }
    /// (0018,936F) Multi-energy CT X-Ray Detector Sequence, SQ, VM 1
    public static var multienergyCTXRayDetectorSequence: Tag { Tag(rawValue: 0x0018936F) }
    /// (0018,9370) X-Ray Detector Index, US, VM 1
    public static var xRayDetectorIndex: Tag { Tag(rawValue: 0x00189370) }
    /// (0018,9371) X-Ray Detector ID, UC, VM 1
    public static var xRayDetectorID: Tag { Tag(rawValue: 0x00189371) }
    /// (0018,9372) Multi-energy Detector Type, CS, VM 1
    public static var multienergyDetectorType: Tag { Tag(rawValue: 0x00189372) }
    /// (0018,9373) X-Ray Detector Label, ST, VM 1
    public static var xRayDetectorLabel: Tag { Tag(rawValue: 0x00189373) }
    /// (0018,9374) Nominal Max Energy, DS, VM 1
    public static var nominalMaxEnergy: Tag { Tag(rawValue: 0x00189374) }
    /// (0018,9375) Nominal Min Energy, DS, VM 1
    public static var nominalMinEnergy: Tag { Tag(rawValue: 0x00189375) }
    /// (0018,9376) Referenced X-Ray Detector Index, US, VM 1-n
    public static var referencedXRayDetectorIndex: Tag { Tag(rawValue: 0x00189376) }
    /// (0018,9377) Referenced X-Ray Source Index, US, VM 1-n
    public static var referencedXRaySourceIndex: Tag { Tag(rawValue: 0x00189377) }
    /// (0018,9378) Referenced Path Index, US, VM 1-n
    public static var referencedPathIndex: Tag { Tag(rawValue: 0x00189378) }
    /// (0018,9379) Multi-energy CT Path Sequence, SQ, VM 1
    public static var multienergyCTPathSequence: Tag { Tag(rawValue: 0x00189379) }
    /// (0018,937A) Multi-energy CT Path Index, US, VM 1
    public static var multienergyCTPathIndex: Tag { Tag(rawValue: 0x0018937A) }
    /// (0018,937B) Multi-energy Acquisition Description, UT, VM 1
    public static var multienergyAcquisitionDescription: Tag { Tag(rawValue: 0x0018937B) }
    /// (0018,937C) Monoenergetic Energy Equivalent, FD, VM 1
    public static var monoenergeticEnergyEquivalent: Tag { Tag(rawValue: 0x0018937C) }
    /// (0018,937D) Material Code Sequence, SQ, VM 1
    public static var materialCodeSequence: Tag { Tag(rawValue: 0x0018937D) }
    /// (0018,937E) Decomposition Method, CS, VM 1
    public static var decompositionMethod: Tag { Tag(rawValue: 0x0018937E) }
    /// (0018,937F) Decomposition Description, UT, VM 1
    public static var decompositionDescription: Tag { Tag(rawValue: 0x0018937F) }
    /// (0018,9380) Decomposition Algorithm Identification Sequence, SQ, VM 1
    public static var decompositionAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x00189380) }
    /// (0018,9381) Decomposition Material Sequence, SQ, VM 1
    public static var decompositionMaterialSequence: Tag { Tag(rawValue: 0x00189381) }
    /// (0018,9382) Material Attenuation Sequence, SQ, VM 1
    public static var materialAttenuationSequence: Tag { Tag(rawValue: 0x00189382) }
    /// (0018,9383) Photon Energy, DS, VM 1
    public static var photonEnergy: Tag { Tag(rawValue: 0x00189383) }
    /// (0018,9384) X-Ray Mass Attenuation Coefficient, DS, VM 1
    public static var xRayMassAttenuationCoefficient: Tag { Tag(rawValue: 0x00189384) }
    /// (0018,9401) Projection Pixel Calibration Sequence, SQ, VM 1
    public static var projectionPixelCalibrationSequence: Tag { Tag(rawValue: 0x00189401) }
    /// (0018,9402) Distance Source to Isocenter, FL, VM 1
    public static var distanceSourceToIsocenter: Tag { Tag(rawValue: 0x00189402) }
    /// (0018,9403) Distance Object to Table Top, FL, VM 1
    public static var distanceObjectToTableTop: Tag { Tag(rawValue: 0x00189403) }
    /// (0018,9404) Object Pixel Spacing in Center of Beam, FL, VM 2
    public static var objectPixelSpacingInCenterOfBeam: Tag { Tag(rawValue: 0x00189404) }
    /// (0018,9405) Positioner Position Sequence, SQ, VM 1
    public static var positionerPositionSequence: Tag { Tag(rawValue: 0x00189405) }
    /// (0018,9406) Table Position Sequence, SQ, VM 1
    public static var tablePositionSequence: Tag { Tag(rawValue: 0x00189406) }
    /// (0018,9407) Collimator Shape Sequence, SQ, VM 1
    public static var collimatorShapeSequence: Tag { Tag(rawValue: 0x00189407) }
    /// (0018,9410) Planes in Acquisition, CS, VM 1
    public static var planesInAcquisition: Tag { Tag(rawValue: 0x00189410) }
    /// (0018,9412) XA/XRF Frame Characteristics Sequence, SQ, VM 1
    public static var xaxrfFrameCharacteristicsSequence: Tag { Tag(rawValue: 0x00189412) }
    /// (0018,9417) Frame Acquisition Sequence, SQ, VM 1
    public static var frameAcquisitionSequence: Tag { Tag(rawValue: 0x00189417) }
    /// (0018,9420) X-Ray Receptor Type, CS, VM 1
    public static var xRayReceptorType: Tag { Tag(rawValue: 0x00189420) }
    /// (0018,9423) Acquisition Protocol Name, LO, VM 1
    public static var acquisitionProtocolName: Tag { Tag(rawValue: 0x00189423) }
    /// (0018,9424) Acquisition Protocol Description, LT, VM 1
    public static var acquisitionProtocolDescription: Tag { Tag(rawValue: 0x00189424) }
    /// (0018,9425) Contrast/Bolus Ingredient Opaque, CS, VM 1
    public static var contrastBolusIngredientOpaque: Tag { Tag(rawValue: 0x00189425) }
    /// (0018,9426) Distance Receptor Plane to Detector Housing, FL, VM 1
    public static var distanceReceptorPlaneToDetectorHousing: Tag { Tag(rawValue: 0x00189426) }
    /// (0018,9427) Intensifier Active Shape, CS, VM 1
    public static var intensifierActiveShape: Tag { Tag(rawValue: 0x00189427) }
    /// (0018,9428) Intensifier Active Dimension(s), FL, VM 1-2
    public static var intensifierActiveDimensions: Tag { Tag(rawValue: 0x00189428) }
    /// (0018,9429) Physical Detector Size, FL, VM 2
    public static var physicalDetectorSize: Tag { Tag(rawValue: 0x00189429) }
    /// (0018,9430) Position of Isocenter Projection, FL, VM 2
    public static var positionOfIsocenterProjection: Tag { Tag(rawValue: 0x00189430) }
    /// (0018,9432) Field of View Sequence, SQ, VM 1
    public static var fieldOfViewSequence: Tag { Tag(rawValue: 0x00189432) }
    /// (0018,9433) Field of View Description, LO, VM 1
    public static var fieldOfViewDescription: Tag { Tag(rawValue: 0x00189433) }
    /// (0018,9434) Exposure Control Sensing Regions Sequence, SQ, VM 1
    public static var exposureControlSensingRegionsSequence: Tag { Tag(rawValue: 0x00189434) }
    /// (0018,9435) Exposure Control Sensing Region Shape, CS, VM 1
    public static var exposureControlSensingRegionShape: Tag { Tag(rawValue: 0x00189435) }
    /// (0018,9436) Exposure Control Sensing Region Left Vertical Edge, SS, VM 1
    public static var exposureControlSensingRegionLeftVerticalEdge: Tag { Tag(rawValue: 0x00189436) }
    /// (0018,9437) Exposure Control Sensing Region Right Vertical Edge, SS, VM 1
    public static var exposureControlSensingRegionRightVerticalEdge: Tag { Tag(rawValue: 0x00189437) }
    /// (0018,9438) Exposure Control Sensing Region Upper Horizontal Edge, SS, VM 1
    public static var exposureControlSensingRegionUpperHorizontalEdge: Tag { Tag(rawValue: 0x00189438) }
    /// (0018,9439) Exposure Control Sensing Region Lower Horizontal Edge, SS, VM 1
    public static var exposureControlSensingRegionLowerHorizontalEdge: Tag { Tag(rawValue: 0x00189439) }
    /// (0018,9440) Center of Circular Exposure Control Sensing Region, SS, VM 2
    public static var centerOfCircularExposureControlSensingRegion: Tag { Tag(rawValue: 0x00189440) }
    /// (0018,9441) Radius of Circular Exposure Control Sensing Region, US, VM 1
    public static var radiusOfCircularExposureControlSensingRegion: Tag { Tag(rawValue: 0x00189441) }
    /// (0018,9442) Vertices of the Polygonal Exposure Control Sensing Region, SS, VM 2-n
    public static var verticesOfThePolygonalExposureControlSensingRegion: Tag { Tag(rawValue: 0x00189442) }
    /// (0018,9447) Column Angulation (Patient), FL, VM 1
    public static var columnAngulationPatient: Tag { Tag(rawValue: 0x00189447) }
    /// (0018,9449) Beam Angle, FL, VM 1
    public static var beamAngle: Tag { Tag(rawValue: 0x00189449) }
    /// (0018,9451) Frame Detector Parameters Sequence, SQ, VM 1
    public static var frameDetectorParametersSequence: Tag { Tag(rawValue: 0x00189451) }
    /// (0018,9452) Calculated Anatomy Thickness, FL, VM 1
    public static var calculatedAnatomyThickness: Tag { Tag(rawValue: 0x00189452) }
    /// (0018,9455) Calibration Sequence, SQ, VM 1
    public static var calibrationSequence: Tag { Tag(rawValue: 0x00189455) }
    /// (0018,9456) Object Thickness Sequence, SQ, VM 1
    public static var objectThicknessSequence: Tag { Tag(rawValue: 0x00189456) }
    /// (0018,9457) Plane Identification, CS, VM 1
    public static var planeIdentification: Tag { Tag(rawValue: 0x00189457) }
    /// (0018,9461) Field of View Dimension(s) in Float, FL, VM 1-2
    public static var fieldOfViewDimensionsInFloat: Tag { Tag(rawValue: 0x00189461) }
    /// (0018,9462) Isocenter Reference System Sequence, SQ, VM 1
    public static var isocenterReferenceSystemSequence: Tag { Tag(rawValue: 0x00189462) }
    /// (0018,9463) Positioner Isocenter Primary Angle, FL, VM 1
    public static var positionerIsocenterPrimaryAngle: Tag { Tag(rawValue: 0x00189463) }
    /// (0018,9464) Positioner Isocenter Secondary Angle, FL, VM 1
    public static var positionerIsocenterSecondaryAngle: Tag { Tag(rawValue: 0x00189464) }
    /// (0018,9465) Positioner Isocenter Detector Rotation Angle, FL, VM 1
    public static var positionerIsocenterDetectorRotationAngle: Tag { Tag(rawValue: 0x00189465) }
    /// (0018,9466) Table X Position to Isocenter, FL, VM 1
    public static var tableXPositionToIsocenter: Tag { Tag(rawValue: 0x00189466) }
    /// (0018,9467) Table Y Position to Isocenter, FL, VM 1
    public static var tableYPositionToIsocenter: Tag { Tag(rawValue: 0x00189467) }
    /// (0018,9468) Table Z Position to Isocenter, FL, VM 1
    public static var tableZPositionToIsocenter: Tag { Tag(rawValue: 0x00189468) }
    /// (0018,9469) Table Horizontal Rotation Angle, FL, VM 1
    public static var tableHorizontalRotationAngle: Tag { Tag(rawValue: 0x00189469) }
    /// (0018,9470) Table Head Tilt Angle, FL, VM 1
    public static var tableHeadTiltAngle: Tag { Tag(rawValue: 0x00189470) }
    /// (0018,9471) Table Cradle Tilt Angle, FL, VM 1
    public static var tableCradleTiltAngle: Tag { Tag(rawValue: 0x00189471) }
    /// (0018,9472) Frame Display Shutter Sequence, SQ, VM 1
    public static var frameDisplayShutterSequence: Tag { Tag(rawValue: 0x00189472) }
    /// (0018,9473) Acquired Image Area Dose Product, FL, VM 1
    public static var acquiredImageAreaDoseProduct: Tag { Tag(rawValue: 0x00189473) }
    /// (0018,9474) C-arm Positioner Tabletop Relationship, CS, VM 1
    public static var cArmPositionerTabletopRelationship: Tag { Tag(rawValue: 0x00189474) }
    /// (0018,9476) X-Ray Geometry Sequence, SQ, VM 1
    public static var xRayGeometrySequence: Tag { Tag(rawValue: 0x00189476) }
    /// (0018,9477) Irradiation Event Identification Sequence, SQ, VM 1
    public static var irradiationEventIdentificationSequence: Tag { Tag(rawValue: 0x00189477) }
    /// (0018,9504) X-Ray 3D Frame Type Sequence, SQ, VM 1
    public static var xRay3DFrameTypeSequence: Tag { Tag(rawValue: 0x00189504) }
    /// (0018,9506) Contributing Sources Sequence, SQ, VM 1
    public static var contributingSourcesSequence: Tag { Tag(rawValue: 0x00189506) }
    /// (0018,9507) X-Ray 3D Acquisition Sequence, SQ, VM 1
    public static var xRay3DAcquisitionSequence: Tag { Tag(rawValue: 0x00189507) }
    /// (0018,9508) Primary Positioner Scan Arc, FL, VM 1
    public static var primaryPositionerScanArc: Tag { Tag(rawValue: 0x00189508) }
    /// (0018,9509) Secondary Positioner Scan Arc, FL, VM 1
    public static var secondaryPositionerScanArc: Tag { Tag(rawValue: 0x00189509) }
    /// (0018,9510) Primary Positioner Scan Start Angle, FL, VM 1
    public static var primaryPositionerScanStartAngle: Tag { Tag(rawValue: 0x00189510) }
    /// (0018,9511) Secondary Positioner Scan Start Angle, FL, VM 1
    public static var secondaryPositionerScanStartAngle: Tag { Tag(rawValue: 0x00189511) }
    /// (0018,9514) Primary Positioner Increment, FL, VM 1
    public static var primaryPositionerIncrement: Tag { Tag(rawValue: 0x00189514) }
    /// (0018,9515) Secondary Positioner Increment, FL, VM 1
    public static var secondaryPositionerIncrement: Tag { Tag(rawValue: 0x00189515) }
    /// (0018,9516) Start Acquisition DateTime, DT, VM 1
    public static var startAcquisitionDateTime: Tag { Tag(rawValue: 0x00189516) }
    /// (0018,9517) End Acquisition DateTime, DT, VM 1
    public static var endAcquisitionDateTime: Tag { Tag(rawValue: 0x00189517) }
    /// (0018,9518) Primary Positioner Increment Sign, SS, VM 1
    public static var primaryPositionerIncrementSign: Tag { Tag(rawValue: 0x00189518) }
    /// (0018,9519) Secondary Positioner Increment Sign, SS, VM 1
    public static var secondaryPositionerIncrementSign: Tag { Tag(rawValue: 0x00189519) }
    /// (0018,9524) Application Name, LO, VM 1
    public static var applicationName: Tag { Tag(rawValue: 0x00189524) }
    /// (0018,9525) Application Version, LO, VM 1
    public static var applicationVersion: Tag { Tag(rawValue: 0x00189525) }
    /// (0018,9526) Application Manufacturer, LO, VM 1
    public static var applicationManufacturer: Tag { Tag(rawValue: 0x00189526) }
    /// (0018,9527) Algorithm Type, CS, VM 1
    public static var algorithmType: Tag { Tag(rawValue: 0x00189527) }
    /// (0018,9528) Algorithm Description, LO, VM 1
    public static var algorithmDescription: Tag { Tag(rawValue: 0x00189528) }
    /// (0018,9530) X-Ray 3D Reconstruction Sequence, SQ, VM 1
    public static var xRay3DReconstructionSequence: Tag { Tag(rawValue: 0x00189530) }
    /// (0018,9531) Reconstruction Description, LO, VM 1
    public static var reconstructionDescription: Tag { Tag(rawValue: 0x00189531) }
    /// (0018,9538) Per Projection Acquisition Sequence, SQ, VM 1
    public static var perProjectionAcquisitionSequence: Tag { Tag(rawValue: 0x00189538) }
    /// (0018,9541) Detector Position Sequence, SQ, VM 1
    public static var detectorPositionSequence: Tag { Tag(rawValue: 0x00189541) }
    /// (0018,9542) X-Ray Acquisition Dose Sequence, SQ, VM 1
    public static var xRayAcquisitionDoseSequence: Tag { Tag(rawValue: 0x00189542) }
    /// (0018,9543) X-Ray Source Isocenter Primary Angle, FD, VM 1
    public static var xRaySourceIsocenterPrimaryAngle: Tag { Tag(rawValue: 0x00189543) }
    /// (0018,9544) X-Ray Source Isocenter Secondary Angle, FD, VM 1
    public static var xRaySourceIsocenterSecondaryAngle: Tag { Tag(rawValue: 0x00189544) }
    /// (0018,9545) Breast Support Isocenter Primary Angle, FD, VM 1
    public static var breastSupportIsocenterPrimaryAngle: Tag { Tag(rawValue: 0x00189545) }
    /// (0018,9546) Breast Support Isocenter Secondary Angle, FD, VM 1
    public static var breastSupportIsocenterSecondaryAngle: Tag { Tag(rawValue: 0x00189546) }
    /// (0018,9547) Breast Support X Position to Isocenter, FD, VM 1
    public static var breastSupportXPositionToIsocenter: Tag { Tag(rawValue: 0x00189547) }
    /// (0018,9548) Breast Support Y Position to Isocenter, FD, VM 1
    public static var breastSupportYPositionToIsocenter: Tag { Tag(rawValue: 0x00189548) }
    /// (0018,9549) Breast Support Z Position to Isocenter, FD, VM 1
    public static var breastSupportZPositionToIsocenter: Tag { Tag(rawValue: 0x00189549) }
    /// (0018,9550) Detector Isocenter Primary Angle, FD, VM 1
    public static var detectorIsocenterPrimaryAngle: Tag { Tag(rawValue: 0x00189550) }
    /// (0018,9551) Detector Isocenter Secondary Angle, FD, VM 1
    public static var detectorIsocenterSecondaryAngle: Tag { Tag(rawValue: 0x00189551) }
    /// (0018,9552) Detector X Position to Isocenter, FD, VM 1
    public static var detectorXPositionToIsocenter: Tag { Tag(rawValue: 0x00189552) }
    /// (0018,9553) Detector Y Position to Isocenter, FD, VM 1
    public static var detectorYPositionToIsocenter: Tag { Tag(rawValue: 0x00189553) }
    /// (0018,9554) Detector Z Position to Isocenter, FD, VM 1
    public static var detectorZPositionToIsocenter: Tag { Tag(rawValue: 0x00189554) }
    /// (0018,9555) X-Ray Grid Sequence, SQ, VM 1
    public static var xRayGridSequence: Tag { Tag(rawValue: 0x00189555) }
    /// (0018,9556) X-Ray Filter Sequence, SQ, VM 1
    public static var xRayFilterSequence: Tag { Tag(rawValue: 0x00189556) }
    /// (0018,9557) Detector Active Area TLHC Position, FD, VM 3
    public static var detectorActiveAreaTLHCPosition: Tag { Tag(rawValue: 0x00189557) }
    /// (0018,9558) Detector Active Area Orientation, FD, VM 6
    public static var detectorActiveAreaOrientation: Tag { Tag(rawValue: 0x00189558) }
    /// (0018,9559) Positioner Primary Angle Direction, CS, VM 1
    public static var positionerPrimaryAngleDirection: Tag { Tag(rawValue: 0x00189559) }
    /// (0018,9601) Diffusion b-matrix Sequence, SQ, VM 1
    public static var diffusionBMatrixSequence: Tag { Tag(rawValue: 0x00189601) }
    /// (0018,9602) Diffusion b-value XX, FD, VM 1
    public static var diffusionBValueXX: Tag { Tag(rawValue: 0x00189602) }
    /// (0018,9603) Diffusion b-value XY, FD, VM 1
    public static var diffusionBValueXY: Tag { Tag(rawValue: 0x00189603) }
    /// (0018,9604) Diffusion b-value XZ, FD, VM 1
    public static var diffusionBValueXZ: Tag { Tag(rawValue: 0x00189604) }
    /// (0018,9605) Diffusion b-value YY, FD, VM 1
    public static var diffusionBValueYY: Tag { Tag(rawValue: 0x00189605) }
    /// (0018,9606) Diffusion b-value YZ, FD, VM 1
    public static var diffusionBValueYZ: Tag { Tag(rawValue: 0x00189606) }
    /// (0018,9607) Diffusion b-value ZZ, FD, VM 1
    public static var diffusionBValueZZ: Tag { Tag(rawValue: 0x00189607) }
    /// (0018,9621) Functional MR Sequence, SQ, VM 1
    public static var functionalMRSequence: Tag { Tag(rawValue: 0x00189621) }
    /// (0018,9622) Functional Settling Phase Frames Present, CS, VM 1
    public static var functionalSettlingPhaseFramesPresent: Tag { Tag(rawValue: 0x00189622) }
    /// (0018,9623) Functional Sync Pulse, DT, VM 1
    public static var functionalSyncPulse: Tag { Tag(rawValue: 0x00189623) }
    /// (0018,9624) Settling Phase Frame, CS, VM 1
    public static var settlingPhaseFrame: Tag { Tag(rawValue: 0x00189624) }
    /// (0018,9701) Decay Correction DateTime, DT, VM 1
    public static var decayCorrectionDateTime: Tag { Tag(rawValue: 0x00189701) }
    /// (0018,9715) Start Density Threshold, FD, VM 1
    public static var startDensityThreshold: Tag { Tag(rawValue: 0x00189715) }
    /// (0018,9716) Start Relative Density Difference Threshold, FD, VM 1
    public static var startRelativeDensityDifferenceThreshold: Tag { Tag(rawValue: 0x00189716) }
    /// (0018,9717) Start Cardiac Trigger Count Threshold, FD, VM 1
    public static var startCardiacTriggerCountThreshold: Tag { Tag(rawValue: 0x00189717) }
    /// (0018,9718) Start Respiratory Trigger Count Threshold, FD, VM 1
    public static var startRespiratoryTriggerCountThreshold: Tag { Tag(rawValue: 0x00189718) }
    /// (0018,9719) Termination Counts Threshold, FD, VM 1
    public static var terminationCountsThreshold: Tag { Tag(rawValue: 0x00189719) }
    /// (0018,9720) Termination Density Threshold, FD, VM 1
    public static var terminationDensityThreshold: Tag { Tag(rawValue: 0x00189720) }
    /// (0018,9721) Termination Relative Density Threshold, FD, VM 1
    public static var terminationRelativeDensityThreshold: Tag { Tag(rawValue: 0x00189721) }
    /// (0018,9722) Termination Time Threshold, FD, VM 1
    public static var terminationTimeThreshold: Tag { Tag(rawValue: 0x00189722) }
    /// (0018,9723) Termination Cardiac Trigger Count Threshold, FD, VM 1
    public static var terminationCardiacTriggerCountThreshold: Tag { Tag(rawValue: 0x00189723) }
    /// (0018,9724) Termination Respiratory Trigger Count Threshold, FD, VM 1
    public static var terminationRespiratoryTriggerCountThreshold: Tag { Tag(rawValue: 0x00189724) }
    /// (0018,9725) Detector Geometry, CS, VM 1
    public static var detectorGeometry: Tag { Tag(rawValue: 0x00189725) }
    /// (0018,9726) Transverse Detector Separation, FD, VM 1
    public static var transverseDetectorSeparation: Tag { Tag(rawValue: 0x00189726) }
    /// (0018,9727) Axial Detector Dimension, FD, VM 1
    public static var axialDetectorDimension: Tag { Tag(rawValue: 0x00189727) }
    /// (0018,9729) Radiopharmaceutical Agent Number, US, VM 1
    public static var radiopharmaceuticalAgentNumber: Tag { Tag(rawValue: 0x00189729) }
    /// (0018,9732) PET Frame Acquisition Sequence, SQ, VM 1
    public static var petFrameAcquisitionSequence: Tag { Tag(rawValue: 0x00189732) }
    /// (0018,9733) PET Detector Motion Details Sequence, SQ, VM 1
    public static var petDetectorMotionDetailsSequence: Tag { Tag(rawValue: 0x00189733) }
    /// (0018,9734) PET Table Dynamics Sequence, SQ, VM 1
    public static var petTableDynamicsSequence: Tag { Tag(rawValue: 0x00189734) }
    /// (0018,9735) PET Position Sequence, SQ, VM 1
    public static var petPositionSequence: Tag { Tag(rawValue: 0x00189735) }
    /// (0018,9736) PET Frame Correction Factors Sequence, SQ, VM 1
    public static var petFrameCorrectionFactorsSequence: Tag { Tag(rawValue: 0x00189736) }
    /// (0018,9737) Radiopharmaceutical Usage Sequence, SQ, VM 1
    public static var radiopharmaceuticalUsageSequence: Tag { Tag(rawValue: 0x00189737) }
    /// (0018,9738) Attenuation Correction Source, CS, VM 1
    public static var attenuationCorrectionSource: Tag { Tag(rawValue: 0x00189738) }
    /// (0018,9739) Number of Iterations, US, VM 1
    public static var numberOfIterations: Tag { Tag(rawValue: 0x00189739) }
    /// (0018,9740) Number of Subsets, US, VM 1
    public static var numberOfSubsets: Tag { Tag(rawValue: 0x00189740) }
    /// (0018,9749) PET Reconstruction Sequence, SQ, VM 1
    public static var petReconstructionSequence: Tag { Tag(rawValue: 0x00189749) }
    /// (0018,9751) PET Frame Type Sequence, SQ, VM 1
    public static var petFrameTypeSequence: Tag { Tag(rawValue: 0x00189751) }
    /// (0018,9755) Time of Flight Information Used, CS, VM 1
    public static var timeOfFlightInformationUsed: Tag { Tag(rawValue: 0x00189755) }
    /// (0018,9756) Reconstruction Type, CS, VM 1
    public static var reconstructionType: Tag { Tag(rawValue: 0x00189756) }
    /// (0018,9758) Decay Corrected, CS, VM 1
    public static var decayCorrected: Tag { Tag(rawValue: 0x00189758) }
    /// (0018,9759) Attenuation Corrected, CS, VM 1
    public static var attenuationCorrected: Tag { Tag(rawValue: 0x00189759) }
    /// (0018,9760) Scatter Corrected, CS, VM 1
    public static var scatterCorrected: Tag { Tag(rawValue: 0x00189760) }
    /// (0018,9761) Dead Time Corrected, CS, VM 1
    public static var deadTimeCorrected: Tag { Tag(rawValue: 0x00189761) }
    /// (0018,9762) Gantry Motion Corrected, CS, VM 1
    public static var gantryMotionCorrected: Tag { Tag(rawValue: 0x00189762) }
    /// (0018,9763) Patient Motion Corrected, CS, VM 1
    public static var patientMotionCorrected: Tag { Tag(rawValue: 0x00189763) }
    /// (0018,9764) Count Loss Normalization Corrected, CS, VM 1
    public static var countLossNormalizationCorrected: Tag { Tag(rawValue: 0x00189764) }
    /// (0018,9765) Randoms Corrected, CS, VM 1
    public static var randomsCorrected: Tag { Tag(rawValue: 0x00189765) }
    /// (0018,9766) Non-uniform Radial Sampling Corrected, CS, VM 1
    public static var nonUniformRadialSamplingCorrected: Tag { Tag(rawValue: 0x00189766) }
    /// (0018,9767) Sensitivity Calibrated, CS, VM 1
    public static var sensitivityCalibrated: Tag { Tag(rawValue: 0x00189767) }
    /// (0018,9768) Detector Normalization Correction, CS, VM 1
    public static var detectorNormalizationCorrection: Tag { Tag(rawValue: 0x00189768) }
    /// (0018,9769) Iterative Reconstruction Method, CS, VM 1
    public static var iterativeReconstructionMethod: Tag { Tag(rawValue: 0x00189769) }
    /// (0018,9770) Attenuation Correction Temporal Relationship, CS, VM 1
    public static var attenuationCorrectionTemporalRelationship: Tag { Tag(rawValue: 0x00189770) }
    /// (0018,9771) Patient Physiological State Sequence, SQ, VM 1
    public static var patientPhysiologicalStateSequence: Tag { Tag(rawValue: 0x00189771) }
    /// (0018,9772) Patient Physiological State Code Sequence, SQ, VM 1
    public static var patientPhysiologicalStateCodeSequence: Tag { Tag(rawValue: 0x00189772) }
    /// (0018,9801) Depth(s) of Focus, FD, VM 1-n
    public static var depthsOfFocus: Tag { Tag(rawValue: 0x00189801) }
    /// (0018,9803) Excluded Intervals Sequence, SQ, VM 1
    public static var excludedIntervalsSequence: Tag { Tag(rawValue: 0x00189803) }
    /// (0018,9804) Exclusion Start DateTime, DT, VM 1
    public static var exclusionStartDateTime: Tag { Tag(rawValue: 0x00189804) }
    /// (0018,9805) Exclusion Duration, FD, VM 1
    public static var exclusionDuration: Tag { Tag(rawValue: 0x00189805) }
    /// (0018,9806) US Image Description Sequence, SQ, VM 1
    public static var usImageDescriptionSequence: Tag { Tag(rawValue: 0x00189806) }
    /// (0018,9807) Image Data Type Sequence, SQ, VM 1
    public static var imageDataTypeSequence: Tag { Tag(rawValue: 0x00189807) }
    /// (0018,9808) Data Type, CS, VM 1
    public static var dataType: Tag { Tag(rawValue: 0x00189808) }
    /// (0018,9809) Transducer Scan Pattern Code Sequence, SQ, VM 1
    public static var transducerScanPatternCodeSequence: Tag { Tag(rawValue: 0x00189809) }
    /// (0018,980B) Aliased Data Type, CS, VM 1
    public static var aliasedDataType: Tag { Tag(rawValue: 0x0018980B) }
    /// (0018,980C) Position Measuring Device Used, CS, VM 1
    public static var positionMeasuringDeviceUsed: Tag { Tag(rawValue: 0x0018980C) }
    /// (0018,980D) Transducer Geometry Code Sequence, SQ, VM 1
    public static var transducerGeometryCodeSequence: Tag { Tag(rawValue: 0x0018980D) }
    /// (0018,980E) Transducer Beam Steering Code Sequence, SQ, VM 1
    public static var transducerBeamSteeringCodeSequence: Tag { Tag(rawValue: 0x0018980E) }
    /// (0018,980F) Transducer Application Code Sequence, SQ, VM 1
    public static var transducerApplicationCodeSequence: Tag { Tag(rawValue: 0x0018980F) }
    /// (0018,9810) Zero Velocity Pixel Value, US or SS, VM 1
    public static var zeroVelocityPixelValue: Tag { Tag(rawValue: 0x00189810) }
    /// (0018,9821) Photoacoustic Excitation Characteristics Sequence, SQ, VM 1
    public static var photoacousticExcitationCharacteristicsSequence: Tag { Tag(rawValue: 0x00189821) }
    /// (0018,9822) Excitation Spectral Width, FD, VM 1
    public static var excitationSpectralWidth: Tag { Tag(rawValue: 0x00189822) }
    /// (0018,9823) Excitation Energy, FD, VM 1
    public static var excitationEnergy: Tag { Tag(rawValue: 0x00189823) }
    /// (0018,9824) Excitation Pulse Duration, FD, VM 1
    public static var excitationPulseDuration: Tag { Tag(rawValue: 0x00189824) }
    /// (0018,9825) Excitation Wavelength Sequence, SQ, VM 1
    public static var excitationWavelengthSequence: Tag { Tag(rawValue: 0x00189825) }
    /// (0018,9826) Excitation Wavelength, FD, VM 1
    public static var excitationWavelength: Tag { Tag(rawValue: 0x00189826) }
    /// (0018,9828) Illumination Translation Flag, CS, VM 1
    public static var illuminationTranslationFlag: Tag { Tag(rawValue: 0x00189828) }
    /// (0018,9829) Acoustic Coupling Medium Flag, CS, VM 1
    public static var acousticCouplingMediumFlag: Tag { Tag(rawValue: 0x00189829) }
    /// (0018,982A) Acoustic Coupling Medium Code Sequence, SQ, VM 1
    public static var acousticCouplingMediumCodeSequence: Tag { Tag(rawValue: 0x0018982A) }
    /// (0018,982B) Acoustic Coupling Medium Temperature, FD, VM 1
    public static var acousticCouplingMediumTemperature: Tag { Tag(rawValue: 0x0018982B) }
    /// (0018,982C) Transducer Response Sequence, SQ, VM 1
    public static var transducerResponseSequence: Tag { Tag(rawValue: 0x0018982C) }
    /// (0018,982D) Center Frequency, FD, VM 1
    public static var centerFrequency: Tag { Tag(rawValue: 0x0018982D) }
    /// (0018,982E) Fractional Bandwidth, FD, VM 1
    public static var fractionalBandwidth: Tag { Tag(rawValue: 0x0018982E) }
    /// (0018,982F) Lower Cutoff Frequency, FD, VM 1
    public static var lowerCutoffFrequency: Tag { Tag(rawValue: 0x0018982F) }
    /// (0018,9830) Upper Cutoff Frequency, FD, VM 1
    public static var upperCutoffFrequency: Tag { Tag(rawValue: 0x00189830) }
    /// (0018,9831) Transducer Technology Sequence, SQ, VM 1
    public static var transducerTechnologySequence: Tag { Tag(rawValue: 0x00189831) }
    /// (0018,9832) Sound Speed Correction Mechanism Code Sequence, SQ, VM 1
    public static var soundSpeedCorrectionMechanismCodeSequence: Tag { Tag(rawValue: 0x00189832) }
    /// (0018,9833) Object Sound Speed, FD, VM 1
    public static var objectSoundSpeed: Tag { Tag(rawValue: 0x00189833) }
    /// (0018,9834) Acoustic Coupling Medium Sound Speed, FD, VM 1
    public static var acousticCouplingMediumSoundSpeed: Tag { Tag(rawValue: 0x00189834) }
    /// (0018,9835) Photoacoustic Image Frame Type Sequence, SQ, VM 1
    public static var photoacousticImageFrameTypeSequence: Tag { Tag(rawValue: 0x00189835) }
    /// (0018,9836) Image Data Type Code Sequence, SQ, VM 1
    public static var imageDataTypeCodeSequence: Tag { Tag(rawValue: 0x00189836) }
    /// (0018,9900) Reference Location Label, LO, VM 1
    public static var referenceLocationLabel: Tag { Tag(rawValue: 0x00189900) }
    /// (0018,9901) Reference Location Description, UT, VM 1
    public static var referenceLocationDescription: Tag { Tag(rawValue: 0x00189901) }
    /// (0018,9902) Reference Basis Code Sequence, SQ, VM 1
    public static var referenceBasisCodeSequence: Tag { Tag(rawValue: 0x00189902) }
    /// (0018,9903) Reference Geometry Code Sequence, SQ, VM 1
    public static var referenceGeometryCodeSequence: Tag { Tag(rawValue: 0x00189903) }
    /// (0018,9904) Offset Distance, DS, VM 1
    public static var offsetDistance: Tag { Tag(rawValue: 0x00189904) }
    /// (0018,9905) Offset Direction, CS, VM 1
    public static var offsetDirection: Tag { Tag(rawValue: 0x00189905) }
    /// (0018,9906) Potential Scheduled Protocol Code Sequence, SQ, VM 1
    public static var potentialScheduledProtocolCodeSequence: Tag { Tag(rawValue: 0x00189906) }
    /// (0018,9907) Potential Requested Procedure Code Sequence, SQ, VM 1
    public static var potentialRequestedProcedureCodeSequence: Tag { Tag(rawValue: 0x00189907) }
    /// (0018,9908) Potential Reasons for Procedure, UC, VM 1-n
    public static var potentialReasonsForProcedure: Tag { Tag(rawValue: 0x00189908) }
    /// (0018,9909) Potential Reasons for Procedure Code Sequence, SQ, VM 1
    public static var potentialReasonsForProcedureCodeSequence: Tag { Tag(rawValue: 0x00189909) }
    /// (0018,990A) Potential Diagnostic Tasks, UC, VM 1-n
    public static var potentialDiagnosticTasks: Tag { Tag(rawValue: 0x0018990A) }
    /// (0018,990B) Contraindications Code Sequence, SQ, VM 1
    public static var contraindicationsCodeSequence: Tag { Tag(rawValue: 0x0018990B) }
    /// (0018,990C) Referenced Defined Protocol Sequence, SQ, VM 1
    public static var referencedDefinedProtocolSequence: Tag { Tag(rawValue: 0x0018990C) }
    /// (0018,990D) Referenced Performed Protocol Sequence, SQ, VM 1
    public static var referencedPerformedProtocolSequence: Tag { Tag(rawValue: 0x0018990D) }
    /// (0018,990E) Predecessor Protocol Sequence, SQ, VM 1
    public static var predecessorProtocolSequence: Tag { Tag(rawValue: 0x0018990E) }
    /// (0018,990F) Protocol Planning Information, UT, VM 1
    public static var protocolPlanningInformation: Tag { Tag(rawValue: 0x0018990F) }
    /// (0018,9910) Protocol Design Rationale, UT, VM 1
    public static var protocolDesignRationale: Tag { Tag(rawValue: 0x00189910) }
    /// (0018,9911) Patient Specification Sequence, SQ, VM 1
    public static var patientSpecificationSequence: Tag { Tag(rawValue: 0x00189911) }
    /// (0018,9912) Model Specification Sequence, SQ, VM 1
    public static var modelSpecificationSequence: Tag { Tag(rawValue: 0x00189912) }
    /// (0018,9913) Parameters Specification Sequence, SQ, VM 1
    public static var parametersSpecificationSequence: Tag { Tag(rawValue: 0x00189913) }
    /// (0018,9914) Instruction Sequence, SQ, VM 1
    public static var instructionSequence: Tag { Tag(rawValue: 0x00189914) }
    /// (0018,9915) Instruction Index, US, VM 1
    public static var instructionIndex: Tag { Tag(rawValue: 0x00189915) }
    /// (0018,9916) Instruction Text, LO, VM 1
    public static var instructionText: Tag { Tag(rawValue: 0x00189916) }
    /// (0018,9917) Instruction Description, UT, VM 1
    public static var instructionDescription: Tag { Tag(rawValue: 0x00189917) }
    /// (0018,9918) Instruction Performed Flag, CS, VM 1
    public static var instructionPerformedFlag: Tag { Tag(rawValue: 0x00189918) }
    /// (0018,9919) Instruction Performed DateTime, DT, VM 1
    public static var instructionPerformedDateTime: Tag { Tag(rawValue: 0x00189919) }
    /// (0018,991A) Instruction Performance Comment, UT, VM 1
    public static var instructionPerformanceComment: Tag { Tag(rawValue: 0x0018991A) }
    /// (0018,991B) Patient Positioning Instruction Sequence, SQ, VM 1
    public static var patientPositioningInstructionSequence: Tag { Tag(rawValue: 0x0018991B) }
    /// (0018,991C) Positioning Method Code Sequence, SQ, VM 1
    public static var positioningMethodCodeSequence: Tag { Tag(rawValue: 0x0018991C) }
    /// (0018,991D) Positioning Landmark Sequence, SQ, VM 1
    public static var positioningLandmarkSequence: Tag { Tag(rawValue: 0x0018991D) }
    /// (0018,991E) Target Frame of Reference UID, UI, VM 1
    public static var targetFrameOfReferenceUID: Tag { Tag(rawValue: 0x0018991E) }
    /// (0018,991F) Acquisition Protocol Element Specification Sequence, SQ, VM 1
    public static var acquisitionProtocolElementSpecificationSequence: Tag { Tag(rawValue: 0x0018991F) }
    /// (0018,9920) Acquisition Protocol Element Sequence, SQ, VM 1
    public static var acquisitionProtocolElementSequence: Tag { Tag(rawValue: 0x00189920) }
    /// (0018,9921) Protocol Element Number, US, VM 1
    public static var protocolElementNumber: Tag { Tag(rawValue: 0x00189921) }
    /// (0018,9922) Protocol Element Name, LO, VM 1
    public static var protocolElementName: Tag { Tag(rawValue: 0x00189922) }
    /// (0018,9923) Protocol Element Characteristics Summary, UT, VM 1
    public static var protocolElementCharacteristicsSummary: Tag { Tag(rawValue: 0x00189923) }
    /// (0018,9924) Protocol Element Purpose, UT, VM 1
    public static var protocolElementPurpose: Tag { Tag(rawValue: 0x00189924) }
    /// (0018,9930) Acquisition Motion, CS, VM 1
    public static var acquisitionMotion: Tag { Tag(rawValue: 0x00189930) }
    /// (0018,9931) Acquisition Start Location Sequence, SQ, VM 1
    public static var acquisitionStartLocationSequence: Tag { Tag(rawValue: 0x00189931) }
    /// (0018,9932) Acquisition End Location Sequence, SQ, VM 1
    public static var acquisitionEndLocationSequence: Tag { Tag(rawValue: 0x00189932) }
    /// (0018,9933) Reconstruction Protocol Element Specification Sequence, SQ, VM 1
    public static var reconstructionProtocolElementSpecificationSequence: Tag { Tag(rawValue: 0x00189933) }
    /// (0018,9934) Reconstruction Protocol Element Sequence, SQ, VM 1
    public static var reconstructionProtocolElementSequence: Tag { Tag(rawValue: 0x00189934) }
    /// (0018,9935) Storage Protocol Element Specification Sequence, SQ, VM 1
    public static var storageProtocolElementSpecificationSequence: Tag { Tag(rawValue: 0x00189935) }
    /// (0018,9936) Storage Protocol Element Sequence, SQ, VM 1
    public static var storageProtocolElementSequence: Tag { Tag(rawValue: 0x00189936) }
    /// (0018,9937) Requested Series Description, LO, VM 1
    public static var requestedSeriesDescription: Tag { Tag(rawValue: 0x00189937) }
    /// (0018,9938) Source Acquisition Protocol Element Number, US, VM 1-n
    public static var sourceAcquisitionProtocolElementNumber: Tag { Tag(rawValue: 0x00189938) }
    /// (0018,9939) Source Acquisition Beam Number, US, VM 1-n
    public static var sourceAcquisitionBeamNumber: Tag { Tag(rawValue: 0x00189939) }
    /// (0018,993A) Source Reconstruction Protocol Element Number, US, VM 1-n
    public static var sourceReconstructionProtocolElementNumber: Tag { Tag(rawValue: 0x0018993A) }
    /// (0018,993B) Reconstruction Start Location Sequence, SQ, VM 1
    public static var reconstructionStartLocationSequence: Tag { Tag(rawValue: 0x0018993B) }
    /// (0018,993C) Reconstruction End Location Sequence, SQ, VM 1
    public static var reconstructionEndLocationSequence: Tag { Tag(rawValue: 0x0018993C) }
    /// (0018,993D) Reconstruction Algorithm Sequence, SQ, VM 1
    public static var reconstructionAlgorithmSequence: Tag { Tag(rawValue: 0x0018993D) }
    /// (0018,993E) Reconstruction Target Center Location Sequence, SQ, VM 1
    public static var reconstructionTargetCenterLocationSequence: Tag { Tag(rawValue: 0x0018993E) }
    /// (0018,9941) Image Filter Description, UT, VM 1
    public static var imageFilterDescription: Tag { Tag(rawValue: 0x00189941) }
    /// (0018,9942) CTDIvol Notification Trigger, FD, VM 1
    public static var ctdIvolNotificationTrigger: Tag { Tag(rawValue: 0x00189942) }
    /// (0018,9943) DLP Notification Trigger, FD, VM 1
    public static var dlpNotificationTrigger: Tag { Tag(rawValue: 0x00189943) }
    /// (0018,9944) Auto KVP Selection Type, CS, VM 1
    public static var autoKVPSelectionType: Tag { Tag(rawValue: 0x00189944) }
    /// (0018,9945) Auto KVP Upper Bound, FD, VM 1
    public static var autoKVPUpperBound: Tag { Tag(rawValue: 0x00189945) }
    /// (0018,9946) Auto KVP Lower Bound, FD, VM 1
    public static var autoKVPLowerBound: Tag { Tag(rawValue: 0x00189946) }
    /// (0018,9947) Protocol Defined Patient Position, CS, VM 1
    public static var protocolDefinedPatientPosition: Tag { Tag(rawValue: 0x00189947) }
    /// (0018,A001) Contributing Equipment Sequence, SQ, VM 1
    public static var contributingEquipmentSequence: Tag { Tag(rawValue: 0x0018A001) }
    /// (0018,A002) Contribution DateTime, DT, VM 1
    public static var contributionDateTime: Tag { Tag(rawValue: 0x0018A002) }
    /// (0018,A003) Contribution Description, ST, VM 1
    public static var contributionDescription: Tag { Tag(rawValue: 0x0018A003) }
    /// (0020,000D) Study Instance UID, UI, VM 1
    public static var studyInstanceUID: Tag { Tag(rawValue: 0x0020000D) }
    /// (0020,000E) Series Instance UID, UI, VM 1
    public static var seriesInstanceUID: Tag { Tag(rawValue: 0x0020000E) }
    /// (0020,0010) Study ID, SH, VM 1
    public static var studyID: Tag { Tag(rawValue: 0x00200010) }
    /// (0020,0011) Series Number, IS, VM 1
    public static var seriesNumber: Tag { Tag(rawValue: 0x00200011) }
    /// (0020,0012) Acquisition Number, IS, VM 1
    public static var acquisitionNumber: Tag { Tag(rawValue: 0x00200012) }
    /// (0020,0013) Instance Number, IS, VM 1
    public static var instanceNumber: Tag { Tag(rawValue: 0x00200013) }
    /// (0020,0014) Isotope Number, IS, VM 1 (retired)
    public static var isotopeNumber: Tag { Tag(rawValue: 0x00200014) }
    /// (0020,0015) Phase Number, IS, VM 1 (retired)
    public static var phaseNumber: Tag { Tag(rawValue: 0x00200015) }
    /// (0020,0016) Interval Number, IS, VM 1 (retired)
    public static var intervalNumber: Tag { Tag(rawValue: 0x00200016) }
    /// (0020,0017) Time Slot Number, IS, VM 1 (retired)
    public static var timeSlotNumber: Tag { Tag(rawValue: 0x00200017) }
    /// (0020,0018) Angle Number, IS, VM 1 (retired)
    public static var angleNumber: Tag { Tag(rawValue: 0x00200018) }
    /// (0020,0019) Item Number, IS, VM 1
    public static var itemNumber: Tag { Tag(rawValue: 0x00200019) }
    /// (0020,0020) Patient Orientation, CS, VM 2
    public static var patientOrientation: Tag { Tag(rawValue: 0x00200020) }
    /// (0020,0022) Overlay Number, IS, VM 1 (retired)
    public static var overlayNumber: Tag { Tag(rawValue: 0x00200022) }
    /// (0020,0024) Curve Number, IS, VM 1 (retired)
    public static var curveNumber: Tag { Tag(rawValue: 0x00200024) }
    /// (0020,0026) LUT Number, IS, VM 1 (retired)
    public static var lutNumber: Tag { Tag(rawValue: 0x00200026) }
    /// (0020,0027) Pyramid Label, LO, VM 1
    public static var pyramidLabel: Tag { Tag(rawValue: 0x00200027) }
    /// (0020,0030) Image Position, DS, VM 3 (retired)
    public static var imagePosition: Tag { Tag(rawValue: 0x00200030) }
    /// (0020,0032) Image Position (Patient), DS, VM 3
    public static var imagePositionPatient: Tag { Tag(rawValue: 0x00200032) }
    /// (0020,0035) Image Orientation, DS, VM 6 (retired)
    public static var imageOrientation: Tag { Tag(rawValue: 0x00200035) }
    /// (0020,0037) Image Orientation (Patient), DS, VM 6
    public static var imageOrientationPatient: Tag { Tag(rawValue: 0x00200037) }
    /// (0020,0050) Location, DS, VM 1 (retired)
    public static var location: Tag { Tag(rawValue: 0x00200050) }
    /// (0020,0052) Frame of Reference UID, UI, VM 1
    public static var frameOfReferenceUID: Tag { Tag(rawValue: 0x00200052) }
    /// (0020,0060) Laterality, CS, VM 1
    public static var laterality: Tag { Tag(rawValue: 0x00200060) }
    /// (0020,0062) Image Laterality, CS, VM 1
    public static var imageLaterality: Tag { Tag(rawValue: 0x00200062) }
    /// (0020,0070) Image Geometry Type, LO, VM 1 (retired)
    public static var imageGeometryType: Tag { Tag(rawValue: 0x00200070) }
    /// (0020,0080) Masking Image, CS, VM 1-n (retired)
    public static var maskingImage: Tag { Tag(rawValue: 0x00200080) }
    /// (0020,00AA) Report Number, IS, VM 1 (retired)
    public static var reportNumber: Tag { Tag(rawValue: 0x002000AA) }
    /// (0020,0100) Temporal Position Identifier, IS, VM 1
    public static var temporalPositionIdentifier: Tag { Tag(rawValue: 0x00200100) }
    /// (0020,0105) Number of Temporal Positions, IS, VM 1
    public static var numberOfTemporalPositions: Tag { Tag(rawValue: 0x00200105) }
    /// (0020,0110) Temporal Resolution, DS, VM 1
    public static var temporalResolution: Tag { Tag(rawValue: 0x00200110) }
    /// (0020,0200) Synchronization Frame of Reference UID, UI, VM 1
    public static var synchronizationFrameOfReferenceUID: Tag { Tag(rawValue: 0x00200200) }
    /// (0020,0242) SOP Instance UID of Concatenation Source, UI, VM 1
    public static var sopInstanceUIDOfConcatenationSource: Tag { Tag(rawValue: 0x00200242) }
    /// (0020,1000) Series in Study, IS, VM 1 (retired)
    public static var seriesInStudy: Tag { Tag(rawValue: 0x00201000) }
    /// (0020,1001) Acquisitions in Series, IS, VM 1 (retired)
    public static var acquisitionsInSeries: Tag { Tag(rawValue: 0x00201001) }
    /// (0020,1002) Images in Acquisition, IS, VM 1
    public static var imagesInAcquisition: Tag { Tag(rawValue: 0x00201002) }
    /// (0020,1003) Images in Series, IS, VM 1 (retired)
    public static var imagesInSeries: Tag { Tag(rawValue: 0x00201003) }
    /// (0020,1004) Acquisitions in Study, IS, VM 1 (retired)
    public static var acquisitionsInStudy: Tag { Tag(rawValue: 0x00201004) }
    /// (0020,1005) Images in Study, IS, VM 1 (retired)
    public static var imagesInStudy: Tag { Tag(rawValue: 0x00201005) }
    /// (0020,1020) Reference, LO, VM 1-n (retired)
    public static var reference: Tag { Tag(rawValue: 0x00201020) }
    /// (0020,103F) Target Position Reference Indicator, LO, VM 1
    public static var targetPositionReferenceIndicator: Tag { Tag(rawValue: 0x0020103F) }
    /// (0020,1040) Position Reference Indicator, LO, VM 1
    public static var positionReferenceIndicator: Tag { Tag(rawValue: 0x00201040) }
    /// (0020,1041) Slice Location, DS, VM 1
    public static var sliceLocation: Tag { Tag(rawValue: 0x00201041) }
    /// (0020,1070) Other Study Numbers, IS, VM 1-n (retired)
    public static var otherStudyNumbers: Tag { Tag(rawValue: 0x00201070) }
    /// (0020,1200) Number of Patient Related Studies, IS, VM 1
    public static var numberOfPatientRelatedStudies: Tag { Tag(rawValue: 0x00201200) }
    /// (0020,1202) Number of Patient Related Series, IS, VM 1
    public static var numberOfPatientRelatedSeries: Tag { Tag(rawValue: 0x00201202) }
    /// (0020,1204) Number of Patient Related Instances, IS, VM 1
    public static var numberOfPatientRelatedInstances: Tag { Tag(rawValue: 0x00201204) }
    /// (0020,1206) Number of Study Related Series, IS, VM 1
    public static var numberOfStudyRelatedSeries: Tag { Tag(rawValue: 0x00201206) }
    /// (0020,1208) Number of Study Related Instances, IS, VM 1
    public static var numberOfStudyRelatedInstances: Tag { Tag(rawValue: 0x00201208) }
    /// (0020,1209) Number of Series Related Instances, IS, VM 1
    public static var numberOfSeriesRelatedInstances: Tag { Tag(rawValue: 0x00201209) }
    /// (0020,3401) Modifying Device ID, CS, VM 1 (retired)
    public static var modifyingDeviceID: Tag { Tag(rawValue: 0x00203401) }
    /// (0020,3402) Modified Image ID, CS, VM 1 (retired)
    public static var modifiedImageID: Tag { Tag(rawValue: 0x00203402) }
    /// (0020,3403) Modified Image Date, DA, VM 1 (retired)
    public static var modifiedImageDate: Tag { Tag(rawValue: 0x00203403) }
    /// (0020,3404) Modifying Device Manufacturer, LO, VM 1 (retired)
    public static var modifyingDeviceManufacturer: Tag { Tag(rawValue: 0x00203404) }
    /// (0020,3405) Modified Image Time, TM, VM 1 (retired)
    public static var modifiedImageTime: Tag { Tag(rawValue: 0x00203405) }
    /// (0020,3406) Modified Image Description, LO, VM 1 (retired)
    public static var modifiedImageDescription: Tag { Tag(rawValue: 0x00203406) }
    /// (0020,4000) Image Comments, LT, VM 1
    public static var imageComments: Tag { Tag(rawValue: 0x00204000) }
    /// (0020,5000) Original Image Identification, AT, VM 1-n (retired)
    public static var originalImageIdentification: Tag { Tag(rawValue: 0x00205000) }
    /// (0020,5002) Original Image Identification Nomenclature, LO, VM 1-n (retired)
    public static var originalImageIdentificationNomenclature: Tag { Tag(rawValue: 0x00205002) }
    /// (0020,9056) Stack ID, SH, VM 1
    public static var stackID: Tag { Tag(rawValue: 0x00209056) }
    /// (0020,9057) In-Stack Position Number, UL, VM 1
    public static var inStackPositionNumber: Tag { Tag(rawValue: 0x00209057) }
    /// (0020,9071) Frame Anatomy Sequence, SQ, VM 1
    public static var frameAnatomySequence: Tag { Tag(rawValue: 0x00209071) }
    /// (0020,9072) Frame Laterality, CS, VM 1
    public static var frameLaterality: Tag { Tag(rawValue: 0x00209072) }
    /// (0020,9111) Frame Content Sequence, SQ, VM 1
    public static var frameContentSequence: Tag { Tag(rawValue: 0x00209111) }
    /// (0020,9113) Plane Position Sequence, SQ, VM 1
    public static var planePositionSequence: Tag { Tag(rawValue: 0x00209113) }
    /// (0020,9116) Plane Orientation Sequence, SQ, VM 1
    public static var planeOrientationSequence: Tag { Tag(rawValue: 0x00209116) }
    /// (0020,9128) Temporal Position Index, UL, VM 1
    public static var temporalPositionIndex: Tag { Tag(rawValue: 0x00209128) }
    /// (0020,9153) Nominal Cardiac Trigger Delay Time, FD, VM 1
    public static var nominalCardiacTriggerDelayTime: Tag { Tag(rawValue: 0x00209153) }
    /// (0020,9154) Nominal Cardiac Trigger Time Prior To R-Peak, FL, VM 1
    public static var nominalCardiacTriggerTimePriorToRPeak: Tag { Tag(rawValue: 0x00209154) }
    /// (0020,9155) Actual Cardiac Trigger Time Prior To R-Peak, FL, VM 1
    public static var actualCardiacTriggerTimePriorToRPeak: Tag { Tag(rawValue: 0x00209155) }
    /// (0020,9156) Frame Acquisition Number, US, VM 1
    public static var frameAcquisitionNumber: Tag { Tag(rawValue: 0x00209156) }
    /// (0020,9157) Dimension Index Values, UL, VM 1-n
    public static var dimensionIndexValues: Tag { Tag(rawValue: 0x00209157) }
    /// (0020,9158) Frame Comments, LT, VM 1
    public static var frameComments: Tag { Tag(rawValue: 0x00209158) }
    /// (0020,9161) Concatenation UID, UI, VM 1
    public static var concatenationUID: Tag { Tag(rawValue: 0x00209161) }
    /// (0020,9162) In-concatenation Number, US, VM 1
    public static var inConcatenationNumber: Tag { Tag(rawValue: 0x00209162) }
    /// (0020,9163) In-concatenation Total Number, US, VM 1
    public static var inConcatenationTotalNumber: Tag { Tag(rawValue: 0x00209163) }
    /// (0020,9164) Dimension Organization UID, UI, VM 1
    public static var dimensionOrganizationUID: Tag { Tag(rawValue: 0x00209164) }
    /// (0020,9165) Dimension Index Pointer, AT, VM 1
    public static var dimensionIndexPointer: Tag { Tag(rawValue: 0x00209165) }
    /// (0020,9167) Functional Group Pointer, AT, VM 1
    public static var functionalGroupPointer: Tag { Tag(rawValue: 0x00209167) }
    /// (0020,9170) Unassigned Shared Converted Attributes Sequence, SQ, VM 1
    public static var unassignedSharedConvertedAttributesSequence: Tag { Tag(rawValue: 0x00209170) }
    /// (0020,9171) Unassigned Per-Frame Converted Attributes Sequence, SQ, VM 1
    public static var unassignedPerFrameConvertedAttributesSequence: Tag { Tag(rawValue: 0x00209171) }
    /// (0020,9172) Conversion Source Attributes Sequence, SQ, VM 1
    public static var conversionSourceAttributesSequence: Tag { Tag(rawValue: 0x00209172) }
    /// (0020,9213) Dimension Index Private Creator, LO, VM 1
    public static var dimensionIndexPrivateCreator: Tag { Tag(rawValue: 0x00209213) }
    /// (0020,9221) Dimension Organization Sequence, SQ, VM 1
    public static var dimensionOrganizationSequence: Tag { Tag(rawValue: 0x00209221) }
    /// (0020,9222) Dimension Index Sequence, SQ, VM 1
    public static var dimensionIndexSequence: Tag { Tag(rawValue: 0x00209222) }
    /// (0020,9228) Concatenation Frame Offset Number, UL, VM 1
    public static var concatenationFrameOffsetNumber: Tag { Tag(rawValue: 0x00209228) }
    /// (0020,9238) Functional Group Private Creator, LO, VM 1
    public static var functionalGroupPrivateCreator: Tag { Tag(rawValue: 0x00209238) }
    /// (0020,9241) Nominal Percentage of Cardiac Phase, FL, VM 1
    public static var nominalPercentageOfCardiacPhase: Tag { Tag(rawValue: 0x00209241) }
    /// (0020,9245) Nominal Percentage of Respiratory Phase, FL, VM 1
    public static var nominalPercentageOfRespiratoryPhase: Tag { Tag(rawValue: 0x00209245) }
    /// (0020,9246) Starting Respiratory Amplitude, FL, VM 1
    public static var startingRespiratoryAmplitude: Tag { Tag(rawValue: 0x00209246) }
    /// (0020,9247) Starting Respiratory Phase, CS, VM 1
    public static var startingRespiratoryPhase: Tag { Tag(rawValue: 0x00209247) }
    /// (0020,9248) Ending Respiratory Amplitude, FL, VM 1
    public static var endingRespiratoryAmplitude: Tag { Tag(rawValue: 0x00209248) }
    /// (0020,9249) Ending Respiratory Phase, CS, VM 1
    public static var endingRespiratoryPhase: Tag { Tag(rawValue: 0x00209249) }
    /// (0020,9250) Respiratory Trigger Type, CS, VM 1
    public static var respiratoryTriggerType: Tag { Tag(rawValue: 0x00209250) }
    /// (0020,9251) R-R Interval Time Nominal, FD, VM 1
    public static var rrIntervalTimeNominal: Tag { Tag(rawValue: 0x00209251) }
    /// (0020,9252) Actual Cardiac Trigger Delay Time, FD, VM 1
    public static var actualCardiacTriggerDelayTime: Tag { Tag(rawValue: 0x00209252) }
    /// (0020,9253) Respiratory Synchronization Sequence, SQ, VM 1
    public static var respiratorySynchronizationSequence: Tag { Tag(rawValue: 0x00209253) }
    /// (0020,9254) Respiratory Interval Time, FD, VM 1
    public static var respiratoryIntervalTime: Tag { Tag(rawValue: 0x00209254) }
    /// (0020,9255) Nominal Respiratory Trigger Delay Time, FD, VM 1
    public static var nominalRespiratoryTriggerDelayTime: Tag { Tag(rawValue: 0x00209255) }
    /// (0020,9256) Respiratory Trigger Delay Threshold, FD, VM 1
    public static var respiratoryTriggerDelayThreshold: Tag { Tag(rawValue: 0x00209256) }
    /// (0020,9257) Actual Respiratory Trigger Delay Time, FD, VM 1
    public static var actualRespiratoryTriggerDelayTime: Tag { Tag(rawValue: 0x00209257) }
    /// (0020,9301) Image Position (Volume), FD, VM 3
    public static var imagePositionVolume: Tag { Tag(rawValue: 0x00209301) }
    /// (0020,9302) Image Orientation (Volume), FD, VM 6
    public static var imageOrientationVolume: Tag { Tag(rawValue: 0x00209302) }
    /// (0020,9307) Ultrasound Acquisition Geometry, CS, VM 1
    public static var ultrasoundAcquisitionGeometry: Tag { Tag(rawValue: 0x00209307) }
    /// (0020,9308) Apex Position, FD, VM 3
    public static var apexPosition: Tag { Tag(rawValue: 0x00209308) }
    /// (0020,9309) Volume to Transducer Mapping Matrix, FD, VM 16
    public static var volumeToTransducerMappingMatrix: Tag { Tag(rawValue: 0x00209309) }
    /// (0020,930A) Volume to Table Mapping Matrix, FD, VM 16
    public static var volumeToTableMappingMatrix: Tag { Tag(rawValue: 0x0020930A) }
    /// (0020,930B) Volume to Transducer Relationship, CS, VM 1
    public static var volumeToTransducerRelationship: Tag { Tag(rawValue: 0x0020930B) }
    /// (0020,930C) Patient Frame of Reference Source, CS, VM 1
    public static var patientFrameOfReferenceSource: Tag { Tag(rawValue: 0x0020930C) }
    /// (0020,930D) Temporal Position Time Offset, FD, VM 1
    public static var temporalPositionTimeOffset: Tag { Tag(rawValue: 0x0020930D) }
    /// (0020,930E) Plane Position (Volume) Sequence, SQ, VM 1
    public static var planePositionVolumeSequence: Tag { Tag(rawValue: 0x0020930E) }
    /// (0020,930F) Plane Orientation (Volume) Sequence, SQ, VM 1
    public static var planeOrientationVolumeSequence: Tag { Tag(rawValue: 0x0020930F) }
    /// (0020,9310) Temporal Position Sequence, SQ, VM 1
    public static var temporalPositionSequence: Tag { Tag(rawValue: 0x00209310) }
    /// (0020,9311) Dimension Organization Type, CS, VM 1
    public static var dimensionOrganizationType: Tag { Tag(rawValue: 0x00209311) }
    /// (0020,9312) Volume Frame of Reference UID, UI, VM 1
    public static var volumeFrameOfReferenceUID: Tag { Tag(rawValue: 0x00209312) }
    /// (0020,9313) Table Frame of Reference UID, UI, VM 1
    public static var tableFrameOfReferenceUID: Tag { Tag(rawValue: 0x00209313) }
    /// (0020,9421) Dimension Description Label, LO, VM 1
    public static var dimensionDescriptionLabel: Tag { Tag(rawValue: 0x00209421) }
    /// (0020,9450) Patient Orientation in Frame Sequence, SQ, VM 1
    public static var patientOrientationInFrameSequence: Tag { Tag(rawValue: 0x00209450) }
    /// (0020,9453) Frame Label, LO, VM 1
    public static var frameLabel: Tag { Tag(rawValue: 0x00209453) }
    /// (0020,9518) Acquisition Index, US, VM 1-n
    public static var acquisitionIndex: Tag { Tag(rawValue: 0x00209518) }
    /// (0020,9529) Contributing SOP Instances Reference Sequence, SQ, VM 1
    public static var contributingSOPInstancesReferenceSequence: Tag { Tag(rawValue: 0x00209529) }
    /// (0020,9536) Reconstruction Index, US, VM 1
    public static var reconstructionIndex: Tag { Tag(rawValue: 0x00209536) }
    /// (0022,0001) Light Path Filter Pass-Through Wavelength, US, VM 1
    public static var lightPathFilterPassThroughWavelength: Tag { Tag(rawValue: 0x00220001) }
    /// (0022,0002) Light Path Filter Pass Band, US, VM 2
    public static var lightPathFilterPassBand: Tag { Tag(rawValue: 0x00220002) }
    /// (0022,0003) Image Path Filter Pass-Through Wavelength, US, VM 1
    public static var imagePathFilterPassThroughWavelength: Tag { Tag(rawValue: 0x00220003) }
    /// (0022,0004) Image Path Filter Pass Band, US, VM 2
    public static var imagePathFilterPassBand: Tag { Tag(rawValue: 0x00220004) }
    /// (0022,0005) Patient Eye Movement Commanded, CS, VM 1
    public static var patientEyeMovementCommanded: Tag { Tag(rawValue: 0x00220005) }
    /// (0022,0006) Patient Eye Movement Command Code Sequence, SQ, VM 1
    public static var patientEyeMovementCommandCodeSequence: Tag { Tag(rawValue: 0x00220006) }
    /// (0022,0007) Spherical Lens Power, FL, VM 1
    public static var sphericalLensPower: Tag { Tag(rawValue: 0x00220007) }
    /// (0022,0008) Cylinder Lens Power, FL, VM 1
    public static var cylinderLensPower: Tag { Tag(rawValue: 0x00220008) }
    /// (0022,0009) Cylinder Axis, FL, VM 1
    public static var cylinderAxis: Tag { Tag(rawValue: 0x00220009) }
    /// (0022,000A) Emmetropic Magnification, FL, VM 1
    public static var emmetropicMagnification: Tag { Tag(rawValue: 0x0022000A) }
    /// (0022,000B) Intra Ocular Pressure, FL, VM 1
    public static var intraOcularPressure: Tag { Tag(rawValue: 0x0022000B) }
    /// (0022,000C) Horizontal Field of View, FL, VM 1
    public static var horizontalFieldOfView: Tag { Tag(rawValue: 0x0022000C) }
    /// (0022,000D) Pupil Dilated, CS, VM 1
    public static var pupilDilated: Tag { Tag(rawValue: 0x0022000D) }
    /// (0022,000E) Degree of Dilation, FL, VM 1
    public static var degreeOfDilation: Tag { Tag(rawValue: 0x0022000E) }
    /// (0022,000F) Vertex Distance, FD, VM 1
    public static var vertexDistance: Tag { Tag(rawValue: 0x0022000F) }
    /// (0022,0010) Stereo Baseline Angle, FL, VM 1
    public static var stereoBaselineAngle: Tag { Tag(rawValue: 0x00220010) }
    /// (0022,0011) Stereo Baseline Displacement, FL, VM 1
    public static var stereoBaselineDisplacement: Tag { Tag(rawValue: 0x00220011) }
    /// (0022,0012) Stereo Horizontal Pixel Offset, FL, VM 1
    public static var stereoHorizontalPixelOffset: Tag { Tag(rawValue: 0x00220012) }
    /// (0022,0013) Stereo Vertical Pixel Offset, FL, VM 1
    public static var stereoVerticalPixelOffset: Tag { Tag(rawValue: 0x00220013) }
    /// (0022,0014) Stereo Rotation, FL, VM 1
    public static var stereoRotation: Tag { Tag(rawValue: 0x00220014) }
    /// (0022,0015) Acquisition Device Type Code Sequence, SQ, VM 1
    public static var acquisitionDeviceTypeCodeSequence: Tag { Tag(rawValue: 0x00220015) }
    /// (0022,0016) Illumination Type Code Sequence, SQ, VM 1
    public static var illuminationTypeCodeSequence: Tag { Tag(rawValue: 0x00220016) }
    /// (0022,0017) Light Path Filter Type Stack Code Sequence, SQ, VM 1
    public static var lightPathFilterTypeStackCodeSequence: Tag { Tag(rawValue: 0x00220017) }
    /// (0022,0018) Image Path Filter Type Stack Code Sequence, SQ, VM 1
    public static var imagePathFilterTypeStackCodeSequence: Tag { Tag(rawValue: 0x00220018) }
    /// (0022,0019) Lenses Code Sequence, SQ, VM 1
    public static var lensesCodeSequence: Tag { Tag(rawValue: 0x00220019) }
    /// (0022,001A) Channel Description Code Sequence, SQ, VM 1
    public static var channelDescriptionCodeSequence: Tag { Tag(rawValue: 0x0022001A) }
    /// (0022,001B) Refractive State Sequence, SQ, VM 1
    public static var refractiveStateSequence: Tag { Tag(rawValue: 0x0022001B) }
    /// (0022,001C) Mydriatic Agent Code Sequence, SQ, VM 1
    public static var mydriaticAgentCodeSequence: Tag { Tag(rawValue: 0x0022001C) }
    /// (0022,001D) Relative Image Position Code Sequence, SQ, VM 1
    public static var relativeImagePositionCodeSequence: Tag { Tag(rawValue: 0x0022001D) }
    /// (0022,001E) Camera Angle of View, FL, VM 1
    public static var cameraAngleOfView: Tag { Tag(rawValue: 0x0022001E) }
    /// (0022,0020) Stereo Pairs Sequence, SQ, VM 1
    public static var stereoPairsSequence: Tag { Tag(rawValue: 0x00220020) }
    /// (0022,0021) Left Image Sequence, SQ, VM 1
    public static var leftImageSequence: Tag { Tag(rawValue: 0x00220021) }
    /// (0022,0022) Right Image Sequence, SQ, VM 1
    public static var rightImageSequence: Tag { Tag(rawValue: 0x00220022) }
    /// (0022,0028) Stereo Pairs Present, CS, VM 1
    public static var stereoPairsPresent: Tag { Tag(rawValue: 0x00220028) }
    /// (0022,0030) Axial Length of the Eye, FL, VM 1
    public static var axialLengthOfTheEye: Tag { Tag(rawValue: 0x00220030) }
    /// (0022,0031) Ophthalmic Frame Location Sequence, SQ, VM 1
    public static var ophthalmicFrameLocationSequence: Tag { Tag(rawValue: 0x00220031) }
    /// (0022,0032) Reference Coordinates, FL, VM 2-2n
    public static var referenceCoordinates: Tag { Tag(rawValue: 0x00220032) }
    /// (0022,0035) Depth Spatial Resolution, FL, VM 1
    public static var depthSpatialResolution: Tag { Tag(rawValue: 0x00220035) }
    /// (0022,0036) Maximum Depth Distortion, FL, VM 1
    public static var maximumDepthDistortion: Tag { Tag(rawValue: 0x00220036) }
    /// (0022,0037) Along-scan Spatial Resolution, FL, VM 1
    public static var alongScanSpatialResolution: Tag { Tag(rawValue: 0x00220037) }
    /// (0022,0038) Maximum Along-scan Distortion, FL, VM 1
    public static var maximumAlongScanDistortion: Tag { Tag(rawValue: 0x00220038) }
    /// (0022,0039) Ophthalmic Image Orientation, CS, VM 1
    public static var ophthalmicImageOrientation: Tag { Tag(rawValue: 0x00220039) }
    /// (0022,0041) Depth of Transverse Image, FL, VM 1
    public static var depthOfTransverseImage: Tag { Tag(rawValue: 0x00220041) }
    /// (0022,0042) Mydriatic Agent Concentration Units Sequence, SQ, VM 1
    public static var mydriaticAgentConcentrationUnitsSequence: Tag { Tag(rawValue: 0x00220042) }
    /// (0022,0048) Across-scan Spatial Resolution, FL, VM 1
    public static var acrossScanSpatialResolution: Tag { Tag(rawValue: 0x00220048) }
    /// (0022,0049) Maximum Across-scan Distortion, FL, VM 1
    public static var maximumAcrossScanDistortion: Tag { Tag(rawValue: 0x00220049) }
    /// (0022,004E) Mydriatic Agent Concentration, DS, VM 1
    public static var mydriaticAgentConcentration: Tag { Tag(rawValue: 0x0022004E) }
    /// (0022,0055) Illumination Wave Length, FL, VM 1
    public static var illuminationWaveLength: Tag { Tag(rawValue: 0x00220055) }
    /// (0022,0056) Illumination Power, FL, VM 1
    public static var illuminationPower: Tag { Tag(rawValue: 0x00220056) }
    /// (0022,0057) Illumination Bandwidth, FL, VM 1
    public static var illuminationBandwidth: Tag { Tag(rawValue: 0x00220057) }
    /// (0022,0058) Mydriatic Agent Sequence, SQ, VM 1
    public static var mydriaticAgentSequence: Tag { Tag(rawValue: 0x00220058) }
    /// (0022,1007) Ophthalmic Axial Measurements Right Eye Sequence, SQ, VM 1
    public static var ophthalmicAxialMeasurementsRightEyeSequence: Tag { Tag(rawValue: 0x00221007) }
    /// (0022,1008) Ophthalmic Axial Measurements Left Eye Sequence, SQ, VM 1
    public static var ophthalmicAxialMeasurementsLeftEyeSequence: Tag { Tag(rawValue: 0x00221008) }
    /// (0022,1009) Ophthalmic Axial Measurements Device Type, CS, VM 1
    public static var ophthalmicAxialMeasurementsDeviceType: Tag { Tag(rawValue: 0x00221009) }
    /// (0022,1010) Ophthalmic Axial Length Measurements Type, CS, VM 1
    public static var ophthalmicAxialLengthMeasurementsType: Tag { Tag(rawValue: 0x00221010) }
    /// (0022,1012) Ophthalmic Axial Length Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthSequence: Tag { Tag(rawValue: 0x00221012) }
    /// (0022,1019) Ophthalmic Axial Length, FL, VM 1
    public static var ophthalmicAxialLength: Tag { Tag(rawValue: 0x00221019) }
    /// (0022,1024) Lens Status Code Sequence, SQ, VM 1
    public static var lensStatusCodeSequence: Tag { Tag(rawValue: 0x00221024) }
    /// (0022,1025) Vitreous Status Code Sequence, SQ, VM 1
    public static var vitreousStatusCodeSequence: Tag { Tag(rawValue: 0x00221025) }
    /// (0022,1028) IOL Formula Code Sequence, SQ, VM 1
    public static var iolFormulaCodeSequence: Tag { Tag(rawValue: 0x00221028) }
    /// (0022,1029) IOL Formula Detail, LO, VM 1
    public static var iolFormulaDetail: Tag { Tag(rawValue: 0x00221029) }
    /// (0022,1033) Keratometer Index, FL, VM 1
    public static var keratometerIndex: Tag { Tag(rawValue: 0x00221033) }
    /// (0022,1035) Source of Ophthalmic Axial Length Code Sequence, SQ, VM 1
    public static var sourceOfOphthalmicAxialLengthCodeSequence: Tag { Tag(rawValue: 0x00221035) }
    /// (0022,1036) Source of Corneal Size Data Code Sequence, SQ, VM 1
    public static var sourceOfCornealSizeDataCodeSequence: Tag { Tag(rawValue: 0x00221036) }
    /// (0022,1037) Target Refraction, FL, VM 1
    public static var targetRefraction: Tag { Tag(rawValue: 0x00221037) }
    /// (0022,1039) Refractive Procedure Occurred, CS, VM 1
    public static var refractiveProcedureOccurred: Tag { Tag(rawValue: 0x00221039) }
    /// (0022,1040) Refractive Surgery Type Code Sequence, SQ, VM 1
    public static var refractiveSurgeryTypeCodeSequence: Tag { Tag(rawValue: 0x00221040) }
    /// (0022,1044) Ophthalmic Ultrasound Method Code Sequence, SQ, VM 1
    public static var ophthalmicUltrasoundMethodCodeSequence: Tag { Tag(rawValue: 0x00221044) }
    /// (0022,1045) Surgically Induced Astigmatism Sequence, SQ, VM 1
    public static var surgicallyInducedAstigmatismSequence: Tag { Tag(rawValue: 0x00221045) }
    /// (0022,1046) Type of Optical Correction, CS, VM 1
    public static var typeOfOpticalCorrection: Tag { Tag(rawValue: 0x00221046) }
    /// (0022,1047) Toric IOL Power Sequence, SQ, VM 1
    public static var toricIOLPowerSequence: Tag { Tag(rawValue: 0x00221047) }
    /// (0022,1048) Predicted Toric Error Sequence, SQ, VM 1
    public static var predictedToricErrorSequence: Tag { Tag(rawValue: 0x00221048) }
    /// (0022,1049) Pre-Selected for Implantation, CS, VM 1
    public static var preSelectedForImplantation: Tag { Tag(rawValue: 0x00221049) }
    /// (0022,104A) Toric IOL Power for Exact Emmetropia Sequence, SQ, VM 1
    public static var toricIOLPowerForExactEmmetropiaSequence: Tag { Tag(rawValue: 0x0022104A) }
    /// (0022,104B) Toric IOL Power for Exact Target Refraction Sequence, SQ, VM 1
    public static var toricIOLPowerForExactTargetRefractionSequence: Tag { Tag(rawValue: 0x0022104B) }
    /// (0022,1050) Ophthalmic Axial Length Measurements Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthMeasurementsSequence: Tag { Tag(rawValue: 0x00221050) }
    /// (0022,1053) IOL Power, FL, VM 1
    public static var iolPower: Tag { Tag(rawValue: 0x00221053) }
    /// (0022,1054) Predicted Refractive Error, FL, VM 1
    public static var predictedRefractiveError: Tag { Tag(rawValue: 0x00221054) }
    /// (0022,1059) Ophthalmic Axial Length Velocity, FL, VM 1
    public static var ophthalmicAxialLengthVelocity: Tag { Tag(rawValue: 0x00221059) }
    /// (0022,1065) Lens Status Description, LO, VM 1
    public static var lensStatusDescription: Tag { Tag(rawValue: 0x00221065) }
    /// (0022,1066) Vitreous Status Description, LO, VM 1
    public static var vitreousStatusDescription: Tag { Tag(rawValue: 0x00221066) }
    /// (0022,1090) IOL Power Sequence, SQ, VM 1
    public static var iolPowerSequence: Tag { Tag(rawValue: 0x00221090) }
    /// (0022,1092) Lens Constant Sequence, SQ, VM 1
    public static var lensConstantSequence: Tag { Tag(rawValue: 0x00221092) }
    /// (0022,1093) IOL Manufacturer, LO, VM 1
    public static var iolManufacturer: Tag { Tag(rawValue: 0x00221093) }
    /// (0022,1094) Lens Constant Description, LO, VM 1 (retired)
    public static var lensConstantDescription: Tag { Tag(rawValue: 0x00221094) }
    /// (0022,1095) Implant Name, LO, VM 1
    public static var implantName: Tag { Tag(rawValue: 0x00221095) }
    /// (0022,1096) Keratometry Measurement Type Code Sequence, SQ, VM 1
    public static var keratometryMeasurementTypeCodeSequence: Tag { Tag(rawValue: 0x00221096) }
    /// (0022,1097) Implant Part Number, LO, VM 1
    public static var implantPartNumber: Tag { Tag(rawValue: 0x00221097) }
    /// (0022,1100) Referenced Ophthalmic Axial Measurements Sequence, SQ, VM 1
    public static var referencedOphthalmicAxialMeasurementsSequence: Tag { Tag(rawValue: 0x00221100) }
    /// (0022,1101) Ophthalmic Axial Length Measurements Segment Name Code Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthMeasurementsSegmentNameCodeSequence: Tag { Tag(rawValue: 0x00221101) }
    /// (0022,1103) Refractive Error Before Refractive Surgery Code Sequence, SQ, VM 1
    public static var refractiveErrorBeforeRefractiveSurgeryCodeSequence: Tag { Tag(rawValue: 0x00221103) }
    /// (0022,1121) IOL Power For Exact Emmetropia, FL, VM 1
    public static var iolPowerForExactEmmetropia: Tag { Tag(rawValue: 0x00221121) }
    /// (0022,1122) IOL Power For Exact Target Refraction, FL, VM 1
    public static var iolPowerForExactTargetRefraction: Tag { Tag(rawValue: 0x00221122) }
    /// (0022,1125) Anterior Chamber Depth Definition Code Sequence, SQ, VM 1
    public static var anteriorChamberDepthDefinitionCodeSequence: Tag { Tag(rawValue: 0x00221125) }
    /// (0022,1127) Lens Thickness Sequence, SQ, VM 1
    public static var lensThicknessSequence: Tag { Tag(rawValue: 0x00221127) }
    /// (0022,1128) Anterior Chamber Depth Sequence, SQ, VM 1
    public static var anteriorChamberDepthSequence: Tag { Tag(rawValue: 0x00221128) }
    /// (0022,112A) Calculation Comment Sequence, SQ, VM 1
    public static var calculationCommentSequence: Tag { Tag(rawValue: 0x0022112A) }
    /// (0022,112B) Calculation Comment Type, CS, VM 1
    public static var calculationCommentType: Tag { Tag(rawValue: 0x0022112B) }
    /// (0022,112C) Calculation Comment, LT, VM 1
    public static var calculationComment: Tag { Tag(rawValue: 0x0022112C) }
    /// (0022,1130) Lens Thickness, FL, VM 1
    public static var lensThickness: Tag { Tag(rawValue: 0x00221130) }
    /// (0022,1131) Anterior Chamber Depth, FL, VM 1
    public static var anteriorChamberDepth: Tag { Tag(rawValue: 0x00221131) }
    /// (0022,1132) Source of Lens Thickness Data Code Sequence, SQ, VM 1
    public static var sourceOfLensThicknessDataCodeSequence: Tag { Tag(rawValue: 0x00221132) }
    /// (0022,1133) Source of Anterior Chamber Depth Data Code Sequence, SQ, VM 1
    public static var sourceOfAnteriorChamberDepthDataCodeSequence: Tag { Tag(rawValue: 0x00221133) }
    /// (0022,1134) Source of Refractive Measurements Sequence, SQ, VM 1
    public static var sourceOfRefractiveMeasurementsSequence: Tag { Tag(rawValue: 0x00221134) }
    /// (0022,1135) Source of Refractive Measurements Code Sequence, SQ, VM 1
    public static var sourceOfRefractiveMeasurementsCodeSequence: Tag { Tag(rawValue: 0x00221135) }
    /// (0022,1140) Ophthalmic Axial Length Measurement Modified, CS, VM 1
    public static var ophthalmicAxialLengthMeasurementModified: Tag { Tag(rawValue: 0x00221140) }
    /// (0022,1150) Ophthalmic Axial Length Data Source Code Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthDataSourceCodeSequence: Tag { Tag(rawValue: 0x00221150) }
    /// (0022,1153) Ophthalmic Axial Length Acquisition Method Code Sequence, SQ, VM 1 (retired)
    public static var ophthalmicAxialLengthAcquisitionMethodCodeSequence: Tag { Tag(rawValue: 0x00221153) }
    /// (0022,1155) Signal to Noise Ratio, FL, VM 1
    public static var signalToNoiseRatio: Tag { Tag(rawValue: 0x00221155) }
    /// (0022,1159) Ophthalmic Axial Length Data Source Description, LO, VM 1
    public static var ophthalmicAxialLengthDataSourceDescription: Tag { Tag(rawValue: 0x00221159) }
    /// (0022,1210) Ophthalmic Axial Length Measurements Total Length Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthMeasurementsTotalLengthSequence: Tag { Tag(rawValue: 0x00221210) }
    /// (0022,1211) Ophthalmic Axial Length Measurements Segmental Length Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthMeasurementsSegmentalLengthSequence: Tag { Tag(rawValue: 0x00221211) }
    /// (0022,1212) Ophthalmic Axial Length Measurements Length Summation Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthMeasurementsLengthSummationSequence: Tag { Tag(rawValue: 0x00221212) }
    /// (0022,1220) Ultrasound Ophthalmic Axial Length Measurements Sequence, SQ, VM 1
    public static var ultrasoundOphthalmicAxialLengthMeasurementsSequence: Tag { Tag(rawValue: 0x00221220) }
    /// (0022,1225) Optical Ophthalmic Axial Length Measurements Sequence, SQ, VM 1
    public static var opticalOphthalmicAxialLengthMeasurementsSequence: Tag { Tag(rawValue: 0x00221225) }
    /// (0022,1230) Ultrasound Selected Ophthalmic Axial Length Sequence, SQ, VM 1
    public static var ultrasoundSelectedOphthalmicAxialLengthSequence: Tag { Tag(rawValue: 0x00221230) }
    /// (0022,1250) Ophthalmic Axial Length Selection Method Code Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthSelectionMethodCodeSequence: Tag { Tag(rawValue: 0x00221250) }
    /// (0022,1255) Optical Selected Ophthalmic Axial Length Sequence, SQ, VM 1
    public static var opticalSelectedOphthalmicAxialLengthSequence: Tag { Tag(rawValue: 0x00221255) }
    /// (0022,1257) Selected Segmental Ophthalmic Axial Length Sequence, SQ, VM 1
    public static var selectedSegmentalOphthalmicAxialLengthSequence: Tag { Tag(rawValue: 0x00221257) }
    /// (0022,1260) Selected Total Ophthalmic Axial Length Sequence, SQ, VM 1
    public static var selectedTotalOphthalmicAxialLengthSequence: Tag { Tag(rawValue: 0x00221260) }
    /// (0022,1262) Ophthalmic Axial Length Quality Metric Sequence, SQ, VM 1
    public static var ophthalmicAxialLengthQualityMetricSequence: Tag { Tag(rawValue: 0x00221262) }
    /// (0022,1265) Ophthalmic Axial Length Quality Metric Type Code Sequence, SQ, VM 1 (retired)
    public static var ophthalmicAxialLengthQualityMetricTypeCodeSequence: Tag { Tag(rawValue: 0x00221265) }
    /// (0022,1273) Ophthalmic Axial Length Quality Metric Type Description, LO, VM 1 (retired)
    public static var ophthalmicAxialLengthQualityMetricTypeDescription: Tag { Tag(rawValue: 0x00221273) }
    /// (0022,1300) Intraocular Lens Calculations Right Eye Sequence, SQ, VM 1
    public static var intraocularLensCalculationsRightEyeSequence: Tag { Tag(rawValue: 0x00221300) }
    /// (0022,1310) Intraocular Lens Calculations Left Eye Sequence, SQ, VM 1
    public static var intraocularLensCalculationsLeftEyeSequence: Tag { Tag(rawValue: 0x00221310) }
    /// (0022,1330) Referenced Ophthalmic Axial Length Measurement QC Image Sequence, SQ, VM 1
    public static var referencedOphthalmicAxialLengthMeasurementQCImageSequence: Tag { Tag(rawValue: 0x00221330) }
    /// (0022,1415) Ophthalmic Mapping Device Type, CS, VM 1
    public static var ophthalmicMappingDeviceType: Tag { Tag(rawValue: 0x00221415) }
    /// (0022,1420) Acquisition Method Code Sequence, SQ, VM 1
    public static var acquisitionMethodCodeSequence: Tag { Tag(rawValue: 0x00221420) }
    /// (0022,1423) Acquisition Method Algorithm Sequence, SQ, VM 1
    public static var acquisitionMethodAlgorithmSequence: Tag { Tag(rawValue: 0x00221423) }
    /// (0022,1436) Ophthalmic Thickness Map Type Code Sequence, SQ, VM 1
    public static var ophthalmicThicknessMapTypeCodeSequence: Tag { Tag(rawValue: 0x00221436) }
    /// (0022,1443) Ophthalmic Thickness Mapping Normals Sequence, SQ, VM 1
    public static var ophthalmicThicknessMappingNormalsSequence: Tag { Tag(rawValue: 0x00221443) }
    /// (0022,1445) Retinal Thickness Definition Code Sequence, SQ, VM 1
    public static var retinalThicknessDefinitionCodeSequence: Tag { Tag(rawValue: 0x00221445) }
    /// (0022,1450) Pixel Value Mapping to Coded Concept Sequence, SQ, VM 1
    public static var pixelValueMappingToCodedConceptSequence: Tag { Tag(rawValue: 0x00221450) }
    /// (0022,1452) Mapped Pixel Value, US or SS, VM 1
    public static var mappedPixelValue: Tag { Tag(rawValue: 0x00221452) }
    /// (0022,1454) Pixel Value Mapping Explanation, LO, VM 1
    public static var pixelValueMappingExplanation: Tag { Tag(rawValue: 0x00221454) }
    /// (0022,1458) Ophthalmic Thickness Map Quality Threshold Sequence, SQ, VM 1
    public static var ophthalmicThicknessMapQualityThresholdSequence: Tag { Tag(rawValue: 0x00221458) }
    /// (0022,1460) Ophthalmic Thickness Map Threshold Quality Rating, FL, VM 1
    public static var ophthalmicThicknessMapThresholdQualityRating: Tag { Tag(rawValue: 0x00221460) }
    /// (0022,1463) Anatomic Structure Reference Point, FL, VM 2
    public static var anatomicStructureReferencePoint: Tag { Tag(rawValue: 0x00221463) }
    /// (0022,1465) Registration to Localizer Sequence, SQ, VM 1
    public static var registrationToLocalizerSequence: Tag { Tag(rawValue: 0x00221465) }
    /// (0022,1466) Registered Localizer Units, CS, VM 1
    public static var registeredLocalizerUnits: Tag { Tag(rawValue: 0x00221466) }
    /// (0022,1467) Registered Localizer Top Left Hand Corner, FL, VM 2
    public static var registeredLocalizerTopLeftHandCorner: Tag { Tag(rawValue: 0x00221467) }
    /// (0022,1468) Registered Localizer Bottom Right Hand Corner, FL, VM 2
    public static var registeredLocalizerBottomRightHandCorner: Tag { Tag(rawValue: 0x00221468) }
    /// (0022,1470) Ophthalmic Thickness Map Quality Rating Sequence, SQ, VM 1
    public static var ophthalmicThicknessMapQualityRatingSequence: Tag { Tag(rawValue: 0x00221470) }
    /// (0022,1472) Relevant OPT Attributes Sequence, SQ, VM 1
    public static var relevantOPTAttributesSequence: Tag { Tag(rawValue: 0x00221472) }
    /// (0022,1512) Transformation Method Code Sequence, SQ, VM 1
    public static var transformationMethodCodeSequence: Tag { Tag(rawValue: 0x00221512) }
    /// (0022,1513) Transformation Algorithm Sequence, SQ, VM 1
    public static var transformationAlgorithmSequence: Tag { Tag(rawValue: 0x00221513) }
    /// (0022,1515) Ophthalmic Axial Length Method, CS, VM 1
    public static var ophthalmicAxialLengthMethod: Tag { Tag(rawValue: 0x00221515) }
    /// (0022,1517) Ophthalmic FOV, FL, VM 1
    public static var ophthalmicFOV: Tag { Tag(rawValue: 0x00221517) }
    /// (0022,1518) Two Dimensional to Three Dimensional Map Sequence, SQ, VM 1
    public static var twoDimensionalToThreeDimensionalMapSequence: Tag { Tag(rawValue: 0x00221518) }
    /// (0022,1525) Wide Field Ophthalmic Photography Quality Rating Sequence, SQ, VM 1
    public static var wideFieldOphthalmicPhotographyQualityRatingSequence: Tag { Tag(rawValue: 0x00221525) }
    /// (0022,1526) Wide Field Ophthalmic Photography Quality Threshold Sequence, SQ, VM 1
    public static var wideFieldOphthalmicPhotographyQualityThresholdSequence: Tag { Tag(rawValue: 0x00221526) }
    /// (0022,1527) Wide Field Ophthalmic Photography Threshold Quality Rating, FL, VM 1
    public static var wideFieldOphthalmicPhotographyThresholdQualityRating: Tag { Tag(rawValue: 0x00221527) }
    /// (0022,1528) X Coordinates Center Pixel View Angle, FL, VM 1
    public static var xCoordinatesCenterPixelViewAngle: Tag { Tag(rawValue: 0x00221528) }
    /// (0022,1529) Y Coordinates Center Pixel View Angle, FL, VM 1
    public static var yCoordinatesCenterPixelViewAngle: Tag { Tag(rawValue: 0x00221529) }
    /// (0022,1530) Number of Map Points, UL, VM 1
    public static var numberOfMapPoints: Tag { Tag(rawValue: 0x00221530) }
    /// (0022,1531) Two Dimensional to Three Dimensional Map Data, OF, VM 1
    public static var twoDimensionalToThreeDimensionalMapData: Tag { Tag(rawValue: 0x00221531) }
    /// (0022,1612) Derivation Algorithm Sequence, SQ, VM 1
    public static var derivationAlgorithmSequence: Tag { Tag(rawValue: 0x00221612) }
    /// (0022,1615) Ophthalmic Image Type Code Sequence, SQ, VM 1
    public static var ophthalmicImageTypeCodeSequence: Tag { Tag(rawValue: 0x00221615) }
    /// (0022,1616) Ophthalmic Image Type Description, LO, VM 1
    public static var ophthalmicImageTypeDescription: Tag { Tag(rawValue: 0x00221616) }
    /// (0022,1618) Scan Pattern Type Code Sequence, SQ, VM 1
    public static var scanPatternTypeCodeSequence: Tag { Tag(rawValue: 0x00221618) }
    /// (0022,1620) Referenced Surface Mesh Identification Sequence, SQ, VM 1
    public static var referencedSurfaceMeshIdentificationSequence: Tag { Tag(rawValue: 0x00221620) }
    /// (0022,1622) Ophthalmic Volumetric Properties Flag, CS, VM 1
    public static var ophthalmicVolumetricPropertiesFlag: Tag { Tag(rawValue: 0x00221622) }
    /// (0022,1624) Ophthalmic Anatomic Reference Point X-Coordinate, FL, VM 1
    public static var ophthalmicAnatomicReferencePointXCoordinate: Tag { Tag(rawValue: 0x00221624) }
    /// (0022,1626) Ophthalmic Anatomic Reference Point Y-Coordinate, FL, VM 1
    public static var ophthalmicAnatomicReferencePointYCoordinate: Tag { Tag(rawValue: 0x00221626) }
    /// (0022,1628) Ophthalmic En Face Image Quality Rating Sequence, SQ, VM 1
    public static var ophthalmicEnFaceImageQualityRatingSequence: Tag { Tag(rawValue: 0x00221628) }
    /// (0022,1630) Quality Threshold, DS, VM 1
    public static var qualityThreshold: Tag { Tag(rawValue: 0x00221630) }
    /// (0022,1640) OCT B-scan Analysis Acquisition Parameters Sequence, SQ, VM 1
    public static var octBscanAnalysisAcquisitionParametersSequence: Tag { Tag(rawValue: 0x00221640) }
    /// (0022,1642) Number of B-scans Per Frame, UL, VM 1
    public static var numberOfBscansPerFrame: Tag { Tag(rawValue: 0x00221642) }
    /// (0022,1643) B-scan Slab Thickness, FL, VM 1
    public static var bscanSlabThickness: Tag { Tag(rawValue: 0x00221643) }
    /// (0022,1644) Distance Between B-scan Slabs, FL, VM 1
    public static var distanceBetweenBscanSlabs: Tag { Tag(rawValue: 0x00221644) }
    /// (0022,1645) B-scan Cycle Time, FL, VM 1
    public static var bscanCycleTime: Tag { Tag(rawValue: 0x00221645) }
    /// (0022,1646) B-scan Cycle Time Vector, FL, VM 1-n
    public static var bscanCycleTimeVector: Tag { Tag(rawValue: 0x00221646) }
    /// (0022,1649) A-scan Rate, FL, VM 1
    public static var ascanRate: Tag { Tag(rawValue: 0x00221649) }
    /// (0022,1650) B-scan Rate, FL, VM 1
    public static var bscanRate: Tag { Tag(rawValue: 0x00221650) }
    /// (0022,1658) Surface Mesh Z-Pixel Offset, UL, VM 1
    public static var surfaceMeshZPixelOffset: Tag { Tag(rawValue: 0x00221658) }
    /// (0024,0010) Visual Field Horizontal Extent, FL, VM 1
    public static var visualFieldHorizontalExtent: Tag { Tag(rawValue: 0x00240010) }
    /// (0024,0011) Visual Field Vertical Extent, FL, VM 1
    public static var visualFieldVerticalExtent: Tag { Tag(rawValue: 0x00240011) }
    /// (0024,0012) Visual Field Shape, CS, VM 1
    public static var visualFieldShape: Tag { Tag(rawValue: 0x00240012) }
    /// (0024,0016) Screening Test Mode Code Sequence, SQ, VM 1
    public static var screeningTestModeCodeSequence: Tag { Tag(rawValue: 0x00240016) }
    /// (0024,0018) Maximum Stimulus Luminance, FL, VM 1
    public static var maximumStimulusLuminance: Tag { Tag(rawValue: 0x00240018) }
    /// (0024,0020) Background Luminance, FL, VM 1
    public static var backgroundLuminance: Tag { Tag(rawValue: 0x00240020) }
    /// (0024,0021) Stimulus Color Code Sequence, SQ, VM 1
    public static var stimulusColorCodeSequence: Tag { Tag(rawValue: 0x00240021) }
    /// (0024,0024) Background Illumination Color Code Sequence, SQ, VM 1
    public static var backgroundIlluminationColorCodeSequence: Tag { Tag(rawValue: 0x00240024) }
    /// (0024,0025) Stimulus Area, FL, VM 1
    public static var stimulusArea: Tag { Tag(rawValue: 0x00240025) }
    /// (0024,0028) Stimulus Presentation Time, FL, VM 1
    public static var stimulusPresentationTime: Tag { Tag(rawValue: 0x00240028) }
    /// (0024,0032) Fixation Sequence, SQ, VM 1
    public static var fixationSequence: Tag { Tag(rawValue: 0x00240032) }
    /// (0024,0033) Fixation Monitoring Code Sequence, SQ, VM 1
    public static var fixationMonitoringCodeSequence: Tag { Tag(rawValue: 0x00240033) }
    /// (0024,0034) Visual Field Catch Trial Sequence, SQ, VM 1
    public static var visualFieldCatchTrialSequence: Tag { Tag(rawValue: 0x00240034) }
    /// (0024,0035) Fixation Checked Quantity, US, VM 1
    public static var fixationCheckedQuantity: Tag { Tag(rawValue: 0x00240035) }
    /// (0024,0036) Patient Not Properly Fixated Quantity, US, VM 1
    public static var patientNotProperlyFixatedQuantity: Tag { Tag(rawValue: 0x00240036) }
    /// (0024,0037) Presented Visual Stimuli Data Flag, CS, VM 1
    public static var presentedVisualStimuliDataFlag: Tag { Tag(rawValue: 0x00240037) }
    /// (0024,0038) Number of Visual Stimuli, US, VM 1
    public static var numberOfVisualStimuli: Tag { Tag(rawValue: 0x00240038) }
    /// (0024,0039) Excessive Fixation Losses Data Flag, CS, VM 1
    public static var excessiveFixationLossesDataFlag: Tag { Tag(rawValue: 0x00240039) }
    /// (0024,0040) Excessive Fixation Losses, CS, VM 1
    public static var excessiveFixationLosses: Tag { Tag(rawValue: 0x00240040) }
    /// (0024,0042) Stimuli Retesting Quantity, US, VM 1
    public static var stimuliRetestingQuantity: Tag { Tag(rawValue: 0x00240042) }
    /// (0024,0044) Comments on Patient's Performance of Visual Field, LT, VM 1
    public static var commentsOnPatientPerformanceOfVisualField: Tag { Tag(rawValue: 0x00240044) }
    /// (0024,0045) False Negatives Estimate Flag, CS, VM 1
    public static var falseNegativesEstimateFlag: Tag { Tag(rawValue: 0x00240045) }
    /// (0024,0046) False Negatives Estimate, FL, VM 1
    public static var falseNegativesEstimate: Tag { Tag(rawValue: 0x00240046) }
    /// (0024,0048) Negative Catch Trials Quantity, US, VM 1
    public static var negativeCatchTrialsQuantity: Tag { Tag(rawValue: 0x00240048) }
    /// (0024,0050) False Negatives Quantity, US, VM 1
    public static var falseNegativesQuantity: Tag { Tag(rawValue: 0x00240050) }
    /// (0024,0051) Excessive False Negatives Data Flag, CS, VM 1
    public static var excessiveFalseNegativesDataFlag: Tag { Tag(rawValue: 0x00240051) }
    /// (0024,0052) Excessive False Negatives, CS, VM 1
    public static var excessiveFalseNegatives: Tag { Tag(rawValue: 0x00240052) }
    /// (0024,0053) False Positives Estimate Flag, CS, VM 1
    public static var falsePositivesEstimateFlag: Tag { Tag(rawValue: 0x00240053) }
    /// (0024,0054) False Positives Estimate, FL, VM 1
    public static var falsePositivesEstimate: Tag { Tag(rawValue: 0x00240054) }
    /// (0024,0055) Catch Trials Data Flag, CS, VM 1
    public static var catchTrialsDataFlag: Tag { Tag(rawValue: 0x00240055) }
    /// (0024,0056) Positive Catch Trials Quantity, US, VM 1
    public static var positiveCatchTrialsQuantity: Tag { Tag(rawValue: 0x00240056) }
    /// (0024,0057) Test Point Normals Data Flag, CS, VM 1
    public static var testPointNormalsDataFlag: Tag { Tag(rawValue: 0x00240057) }
    /// (0024,0058) Test Point Normals Sequence, SQ, VM 1
    public static var testPointNormalsSequence: Tag { Tag(rawValue: 0x00240058) }
    /// (0024,0059) Global Deviation Probability Normals Flag, CS, VM 1
    public static var globalDeviationProbabilityNormalsFlag: Tag { Tag(rawValue: 0x00240059) }
    /// (0024,0060) False Positives Quantity, US, VM 1
    public static var falsePositivesQuantity: Tag { Tag(rawValue: 0x00240060) }
    /// (0024,0061) Excessive False Positives Data Flag, CS, VM 1
    public static var excessiveFalsePositivesDataFlag: Tag { Tag(rawValue: 0x00240061) }
    /// (0024,0062) Excessive False Positives, CS, VM 1
    public static var excessiveFalsePositives: Tag { Tag(rawValue: 0x00240062) }
    /// (0024,0063) Visual Field Test Normals Flag, CS, VM 1
    public static var visualFieldTestNormalsFlag: Tag { Tag(rawValue: 0x00240063) }
    /// (0024,0064) Results Normals Sequence, SQ, VM 1
    public static var resultsNormalsSequence: Tag { Tag(rawValue: 0x00240064) }
    /// (0024,0065) Age Corrected Sensitivity Deviation Algorithm Sequence, SQ, VM 1
    public static var ageCorrectedSensitivityDeviationAlgorithmSequence: Tag { Tag(rawValue: 0x00240065) }
    /// (0024,0066) Global Deviation From Normal, FL, VM 1
    public static var globalDeviationFromNormal: Tag { Tag(rawValue: 0x00240066) }
    /// (0024,0067) Generalized Defect Sensitivity Deviation Algorithm Sequence, SQ, VM 1
    public static var generalizedDefectSensitivityDeviationAlgorithmSequence: Tag { Tag(rawValue: 0x00240067) }
    /// (0024,0068) Localized Deviation From Normal, FL, VM 1
    public static var localizedDeviationFromNormal: Tag { Tag(rawValue: 0x00240068) }
    /// (0024,0069) Patient Reliability Indicator, LO, VM 1
    public static var patientReliabilityIndicator: Tag { Tag(rawValue: 0x00240069) }
    /// (0024,0070) Visual Field Mean Sensitivity, FL, VM 1
    public static var visualFieldMeanSensitivity: Tag { Tag(rawValue: 0x00240070) }
    /// (0024,0071) Global Deviation Probability, FL, VM 1
    public static var globalDeviationProbability: Tag { Tag(rawValue: 0x00240071) }
    /// (0024,0072) Local Deviation Probability Normals Flag, CS, VM 1
    public static var localDeviationProbabilityNormalsFlag: Tag { Tag(rawValue: 0x00240072) }
    /// (0024,0073) Localized Deviation Probability, FL, VM 1
    public static var localizedDeviationProbability: Tag { Tag(rawValue: 0x00240073) }
    /// (0024,0074) Short Term Fluctuation Calculated, CS, VM 1
    public static var shortTermFluctuationCalculated: Tag { Tag(rawValue: 0x00240074) }
    /// (0024,0075) Short Term Fluctuation, FL, VM 1
    public static var shortTermFluctuation: Tag { Tag(rawValue: 0x00240075) }
    /// (0024,0076) Short Term Fluctuation Probability Calculated, CS, VM 1
    public static var shortTermFluctuationProbabilityCalculated: Tag { Tag(rawValue: 0x00240076) }
    /// (0024,0077) Short Term Fluctuation Probability, FL, VM 1
    public static var shortTermFluctuationProbability: Tag { Tag(rawValue: 0x00240077) }
    /// (0024,0078) Corrected Localized Deviation From Normal Calculated, CS, VM 1
    public static var correctedLocalizedDeviationFromNormalCalculated: Tag { Tag(rawValue: 0x00240078) }
    /// (0024,0079) Corrected Localized Deviation From Normal, FL, VM 1
    public static var correctedLocalizedDeviationFromNormal: Tag { Tag(rawValue: 0x00240079) }
    /// (0024,0080) Corrected Localized Deviation From Normal Probability Calculated, CS, VM 1
    public static var correctedLocalizedDeviationFromNormalProbabilityCalculated: Tag { Tag(rawValue: 0x00240080) }
    /// (0024,0081) Corrected Localized Deviation From Normal Probability, FL, VM 1
    public static var correctedLocalizedDeviationFromNormalProbability: Tag { Tag(rawValue: 0x00240081) }
    /// (0024,0083) Global Deviation Probability Sequence, SQ, VM 1
    public static var globalDeviationProbabilitySequence: Tag { Tag(rawValue: 0x00240083) }
    /// (0024,0085) Localized Deviation Probability Sequence, SQ, VM 1
    public static var localizedDeviationProbabilitySequence: Tag { Tag(rawValue: 0x00240085) }
    /// (0024,0086) Foveal Sensitivity Measured, CS, VM 1
    public static var fovealSensitivityMeasured: Tag { Tag(rawValue: 0x00240086) }
    /// (0024,0087) Foveal Sensitivity, FL, VM 1
    public static var fovealSensitivity: Tag { Tag(rawValue: 0x00240087) }
    /// (0024,0088) Visual Field Test Duration, FL, VM 1
    public static var visualFieldTestDuration: Tag { Tag(rawValue: 0x00240088) }
    /// (0024,0089) Visual Field Test Point Sequence, SQ, VM 1
    public static var visualFieldTestPointSequence: Tag { Tag(rawValue: 0x00240089) }
    /// (0024,0090) Visual Field Test Point X-Coordinate, FL, VM 1
    public static var visualFieldTestPointXCoordinate: Tag { Tag(rawValue: 0x00240090) }
    /// (0024,0091) Visual Field Test Point Y-Coordinate, FL, VM 1
    public static var visualFieldTestPointYCoordinate: Tag { Tag(rawValue: 0x00240091) }
    /// (0024,0092) Age Corrected Sensitivity Deviation Value, FL, VM 1
    public static var ageCorrectedSensitivityDeviationValue: Tag { Tag(rawValue: 0x00240092) }
    /// (0024,0093) Stimulus Results, CS, VM 1
    public static var stimulusResults: Tag { Tag(rawValue: 0x00240093) }
    /// (0024,0094) Sensitivity Value, FL, VM 1
    public static var sensitivityValue: Tag { Tag(rawValue: 0x00240094) }
    /// (0024,0095) Retest Stimulus Seen, CS, VM 1
    public static var retestStimulusSeen: Tag { Tag(rawValue: 0x00240095) }
    /// (0024,0096) Retest Sensitivity Value, FL, VM 1
    public static var retestSensitivityValue: Tag { Tag(rawValue: 0x00240096) }
    /// (0024,0097) Visual Field Test Point Normals Sequence, SQ, VM 1
    public static var visualFieldTestPointNormalsSequence: Tag { Tag(rawValue: 0x00240097) }
    /// (0024,0098) Quantified Defect, FL, VM 1
    public static var quantifiedDefect: Tag { Tag(rawValue: 0x00240098) }
    /// (0024,0100) Age Corrected Sensitivity Deviation Probability Value, FL, VM 1
    public static var ageCorrectedSensitivityDeviationProbabilityValue: Tag { Tag(rawValue: 0x00240100) }
    /// (0024,0102) Generalized Defect Corrected Sensitivity Deviation Flag, CS, VM 1
    public static var generalizedDefectCorrectedSensitivityDeviationFlag: Tag { Tag(rawValue: 0x00240102) }
    /// (0024,0103) Generalized Defect Corrected Sensitivity Deviation Value, FL, VM 1
    public static var generalizedDefectCorrectedSensitivityDeviationValue: Tag { Tag(rawValue: 0x00240103) }
    /// (0024,0104) Generalized Defect Corrected Sensitivity Deviation Probability Value, FL, VM 1
    public static var generalizedDefectCorrectedSensitivityDeviationProbabilityValue: Tag { Tag(rawValue: 0x00240104) }
    /// (0024,0105) Minimum Sensitivity Value, FL, VM 1
    public static var minimumSensitivityValue: Tag { Tag(rawValue: 0x00240105) }
    /// (0024,0106) Blind Spot Localized, CS, VM 1
    public static var blindSpotLocalized: Tag { Tag(rawValue: 0x00240106) }
    /// (0024,0107) Blind Spot X-Coordinate, FL, VM 1
    public static var blindSpotXCoordinate: Tag { Tag(rawValue: 0x00240107) }
    /// (0024,0108) Blind Spot Y-Coordinate, FL, VM 1
    public static var blindSpotYCoordinate: Tag { Tag(rawValue: 0x00240108) }
    /// (0024,0110) Visual Acuity Measurement Sequence, SQ, VM 1
    public static var visualAcuityMeasurementSequence: Tag { Tag(rawValue: 0x00240110) }
    /// (0024,0112) Refractive Parameters Used on Patient Sequence, SQ, VM 1
    public static var refractiveParametersUsedOnPatientSequence: Tag { Tag(rawValue: 0x00240112) }
    /// (0024,0113) Measurement Laterality, CS, VM 1
    public static var measurementLaterality: Tag { Tag(rawValue: 0x00240113) }
    /// (0024,0114) Ophthalmic Patient Clinical Information Left Eye Sequence, SQ, VM 1
    public static var ophthalmicPatientClinicalInformationLeftEyeSequence: Tag { Tag(rawValue: 0x00240114) }
    /// (0024,0115) Ophthalmic Patient Clinical Information Right Eye Sequence, SQ, VM 1
    public static var ophthalmicPatientClinicalInformationRightEyeSequence: Tag { Tag(rawValue: 0x00240115) }
    /// (0024,0117) Foveal Point Normative Data Flag, CS, VM 1
    public static var fovealPointNormativeDataFlag: Tag { Tag(rawValue: 0x00240117) }
    /// (0024,0118) Foveal Point Probability Value, FL, VM 1
    public static var fovealPointProbabilityValue: Tag { Tag(rawValue: 0x00240118) }
    /// (0024,0120) Screening Baseline Measured, CS, VM 1
    public static var screeningBaselineMeasured: Tag { Tag(rawValue: 0x00240120) }
    /// (0024,0122) Screening Baseline Measured Sequence, SQ, VM 1
    public static var screeningBaselineMeasuredSequence: Tag { Tag(rawValue: 0x00240122) }
    /// (0024,0124) Screening Baseline Type, CS, VM 1
    public static var screeningBaselineType: Tag { Tag(rawValue: 0x00240124) }
    /// (0024,0126) Screening Baseline Value, FL, VM 1
    public static var screeningBaselineValue: Tag { Tag(rawValue: 0x00240126) }
    /// (0024,0202) Algorithm Source, LO, VM 1
    public static var algorithmSource: Tag { Tag(rawValue: 0x00240202) }
    /// (0024,0306) Data Set Name, LO, VM 1
    public static var dataSetName: Tag { Tag(rawValue: 0x00240306) }
    /// (0024,0307) Data Set Version, LO, VM 1
    public static var dataSetVersion: Tag { Tag(rawValue: 0x00240307) }
    /// (0024,0308) Data Set Source, LO, VM 1
    public static var dataSetSource: Tag { Tag(rawValue: 0x00240308) }
    /// (0024,0309) Data Set Description, LO, VM 1
    public static var dataSetDescription: Tag { Tag(rawValue: 0x00240309) }
    /// (0024,0317) Visual Field Test Reliability Global Index Sequence, SQ, VM 1
    public static var visualFieldTestReliabilityGlobalIndexSequence: Tag { Tag(rawValue: 0x00240317) }
    /// (0024,0320) Visual Field Global Results Index Sequence, SQ, VM 1
    public static var visualFieldGlobalResultsIndexSequence: Tag { Tag(rawValue: 0x00240320) }
    /// (0024,0325) Data Observation Sequence, SQ, VM 1
    public static var dataObservationSequence: Tag { Tag(rawValue: 0x00240325) }
    /// (0024,0338) Index Normals Flag, CS, VM 1
    public static var indexNormalsFlag: Tag { Tag(rawValue: 0x00240338) }
    /// (0024,0341) Index Probability, FL, VM 1
    public static var indexProbability: Tag { Tag(rawValue: 0x00240341) }
    /// (0024,0344) Index Probability Sequence, SQ, VM 1
    public static var indexProbabilitySequence: Tag { Tag(rawValue: 0x00240344) }
    /// (0028,0002) Samples per Pixel, US, VM 1
    public static var samplesPerPixel: Tag { Tag(rawValue: 0x00280002) }
    /// (0028,0003) Samples per Pixel Used, US, VM 1
    public static var samplesPerPixelUsed: Tag { Tag(rawValue: 0x00280003) }
    /// (0028,0004) Photometric Interpretation, CS, VM 1
    public static var photometricInterpretation: Tag { Tag(rawValue: 0x00280004) }
    /// (0028,0005) Image Dimensions, US, VM 1 (retired)
    public static var imageDimensions: Tag { Tag(rawValue: 0x00280005) }
    /// (0028,0006) Planar Configuration, US, VM 1
    public static var planarConfiguration: Tag { Tag(rawValue: 0x00280006) }
    /// (0028,0008) Number of Frames, IS, VM 1
    public static var numberOfFrames: Tag { Tag(rawValue: 0x00280008) }
    /// (0028,0009) Frame Increment Pointer, AT, VM 1-n
    public static var frameIncrementPointer: Tag { Tag(rawValue: 0x00280009) }
    /// (0028,000A) Frame Dimension Pointer, AT, VM 1-n
    public static var frameDimensionPointer: Tag { Tag(rawValue: 0x0028000A) }
    /// (0028,0010) Rows, US, VM 1
    public static var rows: Tag { Tag(rawValue: 0x00280010) }
    /// (0028,0011) Columns, US, VM 1
    public static var columns: Tag { Tag(rawValue: 0x00280011) }
    /// (0028,0012) Planes, US, VM 1 (retired)
    public static var planes: Tag { Tag(rawValue: 0x00280012) }
    /// (0028,0014) Ultrasound Color Data Present, US, VM 1
    public static var ultrasoundColorDataPresent: Tag { Tag(rawValue: 0x00280014) }
    /// (0028,0030) Pixel Spacing, DS, VM 2
    public static var pixelSpacing: Tag { Tag(rawValue: 0x00280030) }
    /// (0028,0031) Zoom Factor, DS, VM 2
    public static var zoomFactor: Tag { Tag(rawValue: 0x00280031) }
    /// (0028,0032) Zoom Center, DS, VM 2
    public static var zoomCenter: Tag { Tag(rawValue: 0x00280032) }
    /// (0028,0034) Pixel Aspect Ratio, IS, VM 2
    public static var pixelAspectRatio: Tag { Tag(rawValue: 0x00280034) }
    /// (0028,0040) Image Format, CS, VM 1 (retired)
    public static var imageFormat: Tag { Tag(rawValue: 0x00280040) }
    /// (0028,0050) Manipulated Image, LO, VM 1-n (retired)
    public static var manipulatedImage: Tag { Tag(rawValue: 0x00280050) }
    /// (0028,0051) Corrected Image, CS, VM 1-n
    public static var correctedImage: Tag { Tag(rawValue: 0x00280051) }
    /// (0028,005F) Compression Recognition Code, LO, VM 1 (retired)
    public static var compressionRecognitionCode: Tag { Tag(rawValue: 0x0028005F) }
    /// (0028,0060) Compression Code, CS, VM 1 (retired)
    public static var compressionCode: Tag { Tag(rawValue: 0x00280060) }
    /// (0028,0061) Compression Originator, SH, VM 1 (retired)
    public static var compressionOriginator: Tag { Tag(rawValue: 0x00280061) }
    /// (0028,0062) Compression Label, LO, VM 1 (retired)
    public static var compressionLabel: Tag { Tag(rawValue: 0x00280062) }
    /// (0028,0063) Compression Description, SH, VM 1 (retired)
    public static var compressionDescription: Tag { Tag(rawValue: 0x00280063) }
    /// (0028,0065) Compression Sequence, CS, VM 1-n (retired)
    public static var compressionSequence: Tag { Tag(rawValue: 0x00280065) }
    /// (0028,0066) Compression Step Pointers, AT, VM 1-n (retired)
    public static var compressionStepPointers: Tag { Tag(rawValue: 0x00280066) }
    /// (0028,0068) Repeat Interval, US, VM 1 (retired)
    public static var repeatInterval: Tag { Tag(rawValue: 0x00280068) }
    /// (0028,0069) Bits Grouped, US, VM 1 (retired)
    public static var bitsGrouped: Tag { Tag(rawValue: 0x00280069) }
    /// (0028,0070) Perimeter Table, US, VM 1-n (retired)
    public static var perimeterTable: Tag { Tag(rawValue: 0x00280070) }
    /// (0028,0071) Perimeter Value, US or SS, VM 1 (retired)
    public static var perimeterValue: Tag { Tag(rawValue: 0x00280071) }
    /// (0028,0080) Predictor Rows, US, VM 1 (retired)
    public static var predictorRows: Tag { Tag(rawValue: 0x00280080) }
    /// (0028,0081) Predictor Columns, US, VM 1 (retired)
    public static var predictorColumns: Tag { Tag(rawValue: 0x00280081) }
    /// (0028,0082) Predictor Constants, US, VM 1-n (retired)
    public static var predictorConstants: Tag { Tag(rawValue: 0x00280082) }
    /// (0028,0090) Blocked Pixels, CS, VM 1 (retired)
    public static var blockedPixels: Tag { Tag(rawValue: 0x00280090) }
    /// (0028,0091) Block Rows, US, VM 1 (retired)
    public static var blockRows: Tag { Tag(rawValue: 0x00280091) }
    /// (0028,0092) Block Columns, US, VM 1 (retired)
    public static var blockColumns: Tag { Tag(rawValue: 0x00280092) }
    /// (0028,0093) Row Overlap, US, VM 1 (retired)
    public static var rowOverlap: Tag { Tag(rawValue: 0x00280093) }
    /// (0028,0094) Column Overlap, US, VM 1 (retired)
    public static var columnOverlap: Tag { Tag(rawValue: 0x00280094) }
    /// (0028,0100) Bits Allocated, US, VM 1
    public static var bitsAllocated: Tag { Tag(rawValue: 0x00280100) }
    /// (0028,0101) Bits Stored, US, VM 1
    public static var bitsStored: Tag { Tag(rawValue: 0x00280101) }
    /// (0028,0102) High Bit, US, VM 1
    public static var highBit: Tag { Tag(rawValue: 0x00280102) }
    /// (0028,0103) Pixel Representation, US, VM 1
    public static var pixelRepresentation: Tag { Tag(rawValue: 0x00280103) }
    /// (0028,0104) Smallest Valid Pixel Value, US or SS, VM 1 (retired)
    public static var smallestValidPixelValue: Tag { Tag(rawValue: 0x00280104) }
    /// (0028,0105) Largest Valid Pixel Value, US or SS, VM 1 (retired)
    public static var largestValidPixelValue: Tag { Tag(rawValue: 0x00280105) }
    /// (0028,0106) Smallest Image Pixel Value, US or SS, VM 1
    public static var smallestImagePixelValue: Tag { Tag(rawValue: 0x00280106) }
    /// (0028,0107) Largest Image Pixel Value, US or SS, VM 1
    public static var largestImagePixelValue: Tag { Tag(rawValue: 0x00280107) }
    /// (0028,0108) Smallest Pixel Value in Series, US or SS, VM 1
    public static var smallestPixelValueInSeries: Tag { Tag(rawValue: 0x00280108) }
    /// (0028,0109) Largest Pixel Value in Series, US or SS, VM 1
    public static var largestPixelValueInSeries: Tag { Tag(rawValue: 0x00280109) }
    /// (0028,0110) Smallest Image Pixel Value in Plane, US or SS, VM 1 (retired)
    public static var smallestImagePixelValueInPlane: Tag { Tag(rawValue: 0x00280110) }
    /// (0028,0111) Largest Image Pixel Value in Plane, US or SS, VM 1 (retired)
    public static var largestImagePixelValueInPlane: Tag { Tag(rawValue: 0x00280111) }
    /// (0028,0120) Pixel Padding Value, US or SS, VM 1
    public static var pixelPaddingValue: Tag { Tag(rawValue: 0x00280120) }
    /// (0028,0121) Pixel Padding Range Limit, US or SS, VM 1
    public static var pixelPaddingRangeLimit: Tag { Tag(rawValue: 0x00280121) }
    /// (0028,0122) Float Pixel Padding Value, FL, VM 1
    public static var floatPixelPaddingValue: Tag { Tag(rawValue: 0x00280122) }
    /// (0028,0123) Double Float Pixel Padding Value, FD, VM 1
    public static var doubleFloatPixelPaddingValue: Tag { Tag(rawValue: 0x00280123) }
    /// (0028,0124) Float Pixel Padding Range Limit, FL, VM 1
    public static var floatPixelPaddingRangeLimit: Tag { Tag(rawValue: 0x00280124) }
    /// (0028,0125) Double Float Pixel Padding Range Limit, FD, VM 1
    public static var doubleFloatPixelPaddingRangeLimit: Tag { Tag(rawValue: 0x00280125) }
    /// (0028,0200) Image Location, US, VM 1 (retired)
    public static var imageLocation: Tag { Tag(rawValue: 0x00280200) }
    /// (0028,0300) Quality Control Image, CS, VM 1
    public static var qualityControlImage: Tag { Tag(rawValue: 0x00280300) }
    /// (0028,0301) Burned In Annotation, CS, VM 1
    public static var burnedInAnnotation: Tag { Tag(rawValue: 0x00280301) }
    /// (0028,0302) Recognizable Visual Features, CS, VM 1
    public static var recognizableVisualFeatures: Tag { Tag(rawValue: 0x00280302) }
    /// (0028,0303) Longitudinal Temporal Information Modified, CS, VM 1
    public static var longitudinalTemporalInformationModified: Tag { Tag(rawValue: 0x00280303) }
    /// (0028,0304) Referenced Color Palette Instance UID, UI, VM 1
    public static var referencedColorPaletteInstanceUID: Tag { Tag(rawValue: 0x00280304) }
    /// (0028,0400) Transform Label, LO, VM 1 (retired)
    public static var transformLabel: Tag { Tag(rawValue: 0x00280400) }
    /// (0028,0401) Transform Version Number, LO, VM 1 (retired)
    public static var transformVersionNumber: Tag { Tag(rawValue: 0x00280401) }
    /// (0028,0402) Number of Transform Steps, US, VM 1 (retired)
    public static var numberOfTransformSteps: Tag { Tag(rawValue: 0x00280402) }
    /// (0028,0403) Sequence of Compressed Data, LO, VM 1-n (retired)
    public static var sequenceOfCompressedData: Tag { Tag(rawValue: 0x00280403) }
    /// (0028,0404) Details of Coefficients, AT, VM 1-n (retired)
    public static var detailsOfCoefficients: Tag { Tag(rawValue: 0x00280404) }
    /// (0028,0700) DCT Label, LO, VM 1 (retired)
    public static var dctLabel: Tag { Tag(rawValue: 0x00280700) }
    /// (0028,0701) Data Block Description, CS, VM 1-n (retired)
    public static var dataBlockDescription: Tag { Tag(rawValue: 0x00280701) }
    /// (0028,0702) Data Block, AT, VM 1-n (retired)
    public static var dataBlock: Tag { Tag(rawValue: 0x00280702) }
    /// (0028,0710) Normalization Factor Format, US, VM 1 (retired)
    public static var normalizationFactorFormat: Tag { Tag(rawValue: 0x00280710) }
    /// (0028,0720) Zonal Map Number Format, US, VM 1 (retired)
    public static var zonalMapNumberFormat: Tag { Tag(rawValue: 0x00280720) }
    /// (0028,0721) Zonal Map Location, AT, VM 1-n (retired)
    public static var zonalMapLocation: Tag { Tag(rawValue: 0x00280721) }
    /// (0028,0722) Zonal Map Format, US, VM 1 (retired)
    public static var zonalMapFormat: Tag { Tag(rawValue: 0x00280722) }
    /// (0028,0730) Adaptive Map Format, US, VM 1 (retired)
    public static var adaptiveMapFormat: Tag { Tag(rawValue: 0x00280730) }
    /// (0028,0740) Code Number Format, US, VM 1 (retired)
    public static var codeNumberFormat: Tag { Tag(rawValue: 0x00280740) }
    /// (0028,0A02) Pixel Spacing Calibration Type, CS, VM 1
    public static var pixelSpacingCalibrationType: Tag { Tag(rawValue: 0x00280A02) }
    /// (0028,0A04) Pixel Spacing Calibration Description, LO, VM 1
    public static var pixelSpacingCalibrationDescription: Tag { Tag(rawValue: 0x00280A04) }
    /// (0028,1040) Pixel Intensity Relationship, CS, VM 1
    public static var pixelIntensityRelationship: Tag { Tag(rawValue: 0x00281040) }
    /// (0028,1041) Pixel Intensity Relationship Sign, SS, VM 1
    public static var pixelIntensityRelationshipSign: Tag { Tag(rawValue: 0x00281041) }
    /// (0028,1050) Window Center, DS, VM 1-n
    public static var windowCenter: Tag { Tag(rawValue: 0x00281050) }
    /// (0028,1051) Window Width, DS, VM 1-n
    public static var windowWidth: Tag { Tag(rawValue: 0x00281051) }
    /// (0028,1052) Rescale Intercept, DS, VM 1
    public static var rescaleIntercept: Tag { Tag(rawValue: 0x00281052) }
    /// (0028,1053) Rescale Slope, DS, VM 1
    public static var rescaleSlope: Tag { Tag(rawValue: 0x00281053) }
    /// (0028,1054) Rescale Type, LO, VM 1
    public static var rescaleType: Tag { Tag(rawValue: 0x00281054) }
    /// (0028,1055) Window Center & Width Explanation, LO, VM 1-n
    public static var windowCenterWidthExplanation: Tag { Tag(rawValue: 0x00281055) }
    /// (0028,1056) VOI LUT Function, CS, VM 1
    public static var voilutFunction: Tag { Tag(rawValue: 0x00281056) }
    /// (0028,1080) Gray Scale, CS, VM 1 (retired)
    public static var grayScale: Tag { Tag(rawValue: 0x00281080) }
    /// (0028,1090) Recommended Viewing Mode, CS, VM 1
    public static var recommendedViewingMode: Tag { Tag(rawValue: 0x00281090) }
    /// (0028,1100) Gray Lookup Table Descriptor, US or SS, VM 3 (retired)
    public static var grayLookupTableDescriptor: Tag { Tag(rawValue: 0x00281100) }
    /// (0028,1101) Red Palette Color Lookup Table Descriptor, US or SS, VM 3
    public static var redPaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281101) }
    /// (0028,1102) Green Palette Color Lookup Table Descriptor, US or SS, VM 3
    public static var greenPaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281102) }
    /// (0028,1103) Blue Palette Color Lookup Table Descriptor, US or SS, VM 3
    public static var bluePaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281103) }
    /// (0028,1104) Alpha Palette Color Lookup Table Descriptor, US, VM 3
    public static var alphaPaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281104) }
    /// (0028,1111) Large Red Palette Color Lookup Table Descriptor, US or SS, VM 4 (retired)
    public static var largeRedPaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281111) }
    /// (0028,1112) Large Green Palette Color Lookup Table Descriptor, US or SS, VM 4 (retired)
    public static var largeGreenPaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281112) }
    /// (0028,1113) Large Blue Palette Color Lookup Table Descriptor, US or SS, VM 4 (retired)
    public static var largeBluePaletteColorLookupTableDescriptor: Tag { Tag(rawValue: 0x00281113) }
    /// (0028,1199) Palette Color Lookup Table UID, UI, VM 1
    public static var paletteColorLookupTableUID: Tag { Tag(rawValue: 0x00281199) }
    /// (0028,1200) Gray Lookup Table Data, US or SS or OW, VM 1-n (retired)
    public static var grayLookupTableData: Tag { Tag(rawValue: 0x00281200) }
    /// (0028,1201) Red Palette Color Lookup Table Data, OW, VM 1
    public static var redPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281201) }
    /// (0028,1202) Green Palette Color Lookup Table Data, OW, VM 1
    public static var greenPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281202) }
    /// (0028,1203) Blue Palette Color Lookup Table Data, OW, VM 1
    public static var bluePaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281203) }
    /// (0028,1204) Alpha Palette Color Lookup Table Data, OW, VM 1
    public static var alphaPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281204) }
    /// (0028,1211) Large Red Palette Color Lookup Table Data, OW, VM 1 (retired)
    public static var largeRedPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281211) }
    /// (0028,1212) Large Green Palette Color Lookup Table Data, OW, VM 1 (retired)
    public static var largeGreenPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281212) }
    /// (0028,1213) Large Blue Palette Color Lookup Table Data, OW, VM 1 (retired)
    public static var largeBluePaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281213) }
    /// (0028,1214) Large Palette Color Lookup Table UID, UI, VM 1 (retired)
    public static var largePaletteColorLookupTableUID: Tag { Tag(rawValue: 0x00281214) }
    /// (0028,1221) Segmented Red Palette Color Lookup Table Data, OW, VM 1
    public static var segmentedRedPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281221) }
    /// (0028,1222) Segmented Green Palette Color Lookup Table Data, OW, VM 1
    public static var segmentedGreenPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281222) }
    /// (0028,1223) Segmented Blue Palette Color Lookup Table Data, OW, VM 1
    public static var segmentedBluePaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281223) }
    /// (0028,1224) Segmented Alpha Palette Color Lookup Table Data, OW, VM 1
    public static var segmentedAlphaPaletteColorLookupTableData: Tag { Tag(rawValue: 0x00281224) }
    /// (0028,1230) Stored Value Color Range Sequence, SQ, VM 1
    public static var storedValueColorRangeSequence: Tag { Tag(rawValue: 0x00281230) }
    /// (0028,1231) Minimum Stored Value Mapped, FD, VM 1
    public static var minimumStoredValueMapped: Tag { Tag(rawValue: 0x00281231) }
    /// (0028,1232) Maximum Stored Value Mapped, FD, VM 1
    public static var maximumStoredValueMapped: Tag { Tag(rawValue: 0x00281232) }
    /// (0028,1300) Breast Implant Present, CS, VM 1
    public static var breastImplantPresent: Tag { Tag(rawValue: 0x00281300) }
    /// (0028,1350) Partial View, CS, VM 1
    public static var partialView: Tag { Tag(rawValue: 0x00281350) }
    /// (0028,1351) Partial View Description, ST, VM 1
    public static var partialViewDescription: Tag { Tag(rawValue: 0x00281351) }
    /// (0028,1352) Partial View Code Sequence, SQ, VM 1
    public static var partialViewCodeSequence: Tag { Tag(rawValue: 0x00281352) }
    /// (0028,135A) Spatial Locations Preserved, CS, VM 1
    public static var spatialLocationsPreserved: Tag { Tag(rawValue: 0x0028135A) }
    /// (0028,1401) Data Frame Assignment Sequence, SQ, VM 1
    public static var dataFrameAssignmentSequence: Tag { Tag(rawValue: 0x00281401) }
    /// (0028,1402) Data Path Assignment, CS, VM 1
    public static var dataPathAssignment: Tag { Tag(rawValue: 0x00281402) }
    /// (0028,1403) Bits Mapped to Color Lookup Table, US, VM 1
    public static var bitsMappedToColorLookupTable: Tag { Tag(rawValue: 0x00281403) }
    /// (0028,1404) Blending LUT 1 Sequence, SQ, VM 1
    public static var blendingLUT1Sequence: Tag { Tag(rawValue: 0x00281404) }
    /// (0028,1405) Blending LUT 1 Transfer Function, CS, VM 1
    public static var blendingLUT1TransferFunction: Tag { Tag(rawValue: 0x00281405) }
    /// (0028,1406) Blending Weight Constant, FD, VM 1
    public static var blendingWeightConstant: Tag { Tag(rawValue: 0x00281406) }
    /// (0028,1407) Blending Lookup Table Descriptor, US, VM 3
    public static var blendingLookupTableDescriptor: Tag { Tag(rawValue: 0x00281407) }
    /// (0028,1408) Blending Lookup Table Data, OW, VM 1
    public static var blendingLookupTableData: Tag { Tag(rawValue: 0x00281408) }
    /// (0028,140B) Enhanced Palette Color Lookup Table Sequence, SQ, VM 1
    public static var enhancedPaletteColorLookupTableSequence: Tag { Tag(rawValue: 0x0028140B) }
    /// (0028,140C) Blending LUT 2 Sequence, SQ, VM 1
    public static var blendingLUT2Sequence: Tag { Tag(rawValue: 0x0028140C) }
    /// (0028,140D) Blending LUT 2 Transfer Function, CS, VM 1
    public static var blendingLUT2TransferFunction: Tag { Tag(rawValue: 0x0028140D) }
    /// (0028,140E) Data Path ID, CS, VM 1
    public static var dataPathID: Tag { Tag(rawValue: 0x0028140E) }
    /// (0028,140F) RGB LUT Transfer Function, CS, VM 1
    public static var rgblutTransferFunction: Tag { Tag(rawValue: 0x0028140F) }
    /// (0028,1410) Alpha LUT Transfer Function, CS, VM 1
    public static var alphaLUTTransferFunction: Tag { Tag(rawValue: 0x00281410) }
    /// (0028,2000) ICC Profile, OB, VM 1
    public static var iccProfile: Tag { Tag(rawValue: 0x00282000) }
    /// (0028,2002) Color Space, CS, VM 1
    public static var colorSpace: Tag { Tag(rawValue: 0x00282002) }
    /// (0028,2110) Lossy Image Compression, CS, VM 1
    public static var lossyImageCompression: Tag { Tag(rawValue: 0x00282110) }
    /// (0028,2112) Lossy Image Compression Ratio, DS, VM 1-n
    public static var lossyImageCompressionRatio: Tag { Tag(rawValue: 0x00282112) }
    /// (0028,2114) Lossy Image Compression Method, CS, VM 1-n
    public static var lossyImageCompressionMethod: Tag { Tag(rawValue: 0x00282114) }
    /// (0028,3000) Modality LUT Sequence, SQ, VM 1
    public static var modalityLUTSequence: Tag { Tag(rawValue: 0x00283000) }
    /// (0028,3001) Variable Modality LUT Sequence, SQ, VM 1
    public static var variableModalityLUTSequence: Tag { Tag(rawValue: 0x00283001) }
    /// (0028,3002) LUT Descriptor, US or SS, VM 3
    public static var lutDescriptor: Tag { Tag(rawValue: 0x00283002) }
    /// (0028,3003) LUT Explanation, LO, VM 1
    public static var lutExplanation: Tag { Tag(rawValue: 0x00283003) }
    /// (0028,3004) Modality LUT Type, LO, VM 1
    public static var modalityLUTType: Tag { Tag(rawValue: 0x00283004) }
    /// (0028,3006) LUT Data, US or OW, VM 1-n
    public static var lutData: Tag { Tag(rawValue: 0x00283006) }
    /// (0028,3010) VOI LUT Sequence, SQ, VM 1
    public static var voilutSequence: Tag { Tag(rawValue: 0x00283010) }
    /// (0028,3110) Softcopy VOI LUT Sequence, SQ, VM 1
    public static var softcopyVOILUTSequence: Tag { Tag(rawValue: 0x00283110) }
    /// (0028,4000) Image Presentation Comments, LT, VM 1 (retired)
    public static var imagePresentationComments: Tag { Tag(rawValue: 0x00284000) }
    /// (0028,5000) Bi-Plane Acquisition Sequence, SQ, VM 1 (retired)
    public static var biPlaneAcquisitionSequence: Tag { Tag(rawValue: 0x00285000) }
    /// (0028,6010) Representative Frame Number, US, VM 1
    public static var representativeFrameNumber: Tag { Tag(rawValue: 0x00286010) }
    /// (0028,6020) Frame Numbers of Interest (FOI), US, VM 1-n
    public static var frameNumbersOfInterest: Tag { Tag(rawValue: 0x00286020) }
    /// (0028,6022) Frame of Interest Description, LO, VM 1-n
    public static var frameOfInterestDescription: Tag { Tag(rawValue: 0x00286022) }
    /// (0028,6023) Frame of Interest Type, CS, VM 1-n
    public static var frameOfInterestType: Tag { Tag(rawValue: 0x00286023) }
    /// (0028,6030) Mask Pointer(s), US, VM 1-n (retired)
    public static var maskPointers: Tag { Tag(rawValue: 0x00286030) }
    /// (0028,6040) R Wave Pointer, US, VM 1-n
    public static var rWavePointer: Tag { Tag(rawValue: 0x00286040) }
    /// (0028,6100) Mask Subtraction Sequence, SQ, VM 1
    public static var maskSubtractionSequence: Tag { Tag(rawValue: 0x00286100) }
    /// (0028,6101) Mask Operation, CS, VM 1
    public static var maskOperation: Tag { Tag(rawValue: 0x00286101) }
    /// (0028,6102) Applicable Frame Range, US, VM 2-2n
    public static var applicableFrameRange: Tag { Tag(rawValue: 0x00286102) }
    /// (0028,6110) Mask Frame Numbers, US, VM 1-n
    public static var maskFrameNumbers: Tag { Tag(rawValue: 0x00286110) }
    /// (0028,6112) Contrast Frame Averaging, US, VM 1
    public static var contrastFrameAveraging: Tag { Tag(rawValue: 0x00286112) }
    /// (0028,6114) Mask Sub-pixel Shift, FL, VM 2
    public static var maskSubPixelShift: Tag { Tag(rawValue: 0x00286114) }
    /// (0028,6120) TID Offset, SS, VM 1
    public static var tidOffset: Tag { Tag(rawValue: 0x00286120) }
    /// (0028,6190) Mask Operation Explanation, ST, VM 1
    public static var maskOperationExplanation: Tag { Tag(rawValue: 0x00286190) }
    /// (0028,7000) Equipment Administrator Sequence, SQ, VM 1
    public static var equipmentAdministratorSequence: Tag { Tag(rawValue: 0x00287000) }
    /// (0028,7001) Number of Display Subsystems, US, VM 1
    public static var numberOfDisplaySubsystems: Tag { Tag(rawValue: 0x00287001) }
    /// (0028,7002) Current Configuration ID, US, VM 1
    public static var currentConfigurationID: Tag { Tag(rawValue: 0x00287002) }
    /// (0028,7003) Display Subsystem ID, US, VM 1
    public static var displaySubsystemID: Tag { Tag(rawValue: 0x00287003) }
    /// (0028,7004) Display Subsystem Name, SH, VM 1
    public static var displaySubsystemName: Tag { Tag(rawValue: 0x00287004) }
    /// (0028,7005) Display Subsystem Description, LO, VM 1
    public static var displaySubsystemDescription: Tag { Tag(rawValue: 0x00287005) }
    /// (0028,7006) System Status, CS, VM 1
    public static var systemStatus: Tag { Tag(rawValue: 0x00287006) }
    /// (0028,7007) System Status Comment, LO, VM 1
    public static var systemStatusComment: Tag { Tag(rawValue: 0x00287007) }
    /// (0028,7008) Target Luminance Characteristics Sequence, SQ, VM 1
    public static var targetLuminanceCharacteristicsSequence: Tag { Tag(rawValue: 0x00287008) }
    /// (0028,7009) Luminance Characteristics ID, US, VM 1
    public static var luminanceCharacteristicsID: Tag { Tag(rawValue: 0x00287009) }
    /// (0028,700A) Display Subsystem Configuration Sequence, SQ, VM 1
    public static var displaySubsystemConfigurationSequence: Tag { Tag(rawValue: 0x0028700A) }
    /// (0028,700B) Configuration ID, US, VM 1
    public static var configurationID: Tag { Tag(rawValue: 0x0028700B) }
    /// (0028,700C) Configuration Name, SH, VM 1
    public static var configurationName: Tag { Tag(rawValue: 0x0028700C) }
    /// (0028,700D) Configuration Description, LO, VM 1
    public static var configurationDescription: Tag { Tag(rawValue: 0x0028700D) }
    /// (0028,700E) Referenced Target Luminance Characteristics ID, US, VM 1
    public static var referencedTargetLuminanceCharacteristicsID: Tag { Tag(rawValue: 0x0028700E) }
    /// (0028,700F) QA Results Sequence, SQ, VM 1
    public static var qaResultsSequence: Tag { Tag(rawValue: 0x0028700F) }
    /// (0028,7010) Display Subsystem QA Results Sequence, SQ, VM 1
    public static var displaySubsystemQAResultsSequence: Tag { Tag(rawValue: 0x00287010) }
    /// (0028,7011) Configuration QA Results Sequence, SQ, VM 1
    public static var configurationQAResultsSequence: Tag { Tag(rawValue: 0x00287011) }
    /// (0028,7012) Measurement Equipment Sequence, SQ, VM 1
    public static var measurementEquipmentSequence: Tag { Tag(rawValue: 0x00287012) }
    /// (0028,7013) Measurement Functions, CS, VM 1-n
    public static var measurementFunctions: Tag { Tag(rawValue: 0x00287013) }
    /// (0028,7014) Measurement Equipment Type, CS, VM 1
    public static var measurementEquipmentType: Tag { Tag(rawValue: 0x00287014) }
    /// (0028,7015) Visual Evaluation Result Sequence, SQ, VM 1
    public static var visualEvaluationResultSequence: Tag { Tag(rawValue: 0x00287015) }
    /// (0028,7016) Display Calibration Result Sequence, SQ, VM 1
    public static var displayCalibrationResultSequence: Tag { Tag(rawValue: 0x00287016) }
    /// (0028,7017) DDL Value, US, VM 1
    public static var ddlValue: Tag { Tag(rawValue: 0x00287017) }
    /// (0028,7018) CIExy White Point, FL, VM 2
    public static var ciExyWhitePoint: Tag { Tag(rawValue: 0x00287018) }
    /// (0028,7019) Display Function Type, CS, VM 1
    public static var displayFunctionType: Tag { Tag(rawValue: 0x00287019) }
    /// (0028,701A) Gamma Value, FL, VM 1
    public static var gammaValue: Tag { Tag(rawValue: 0x0028701A) }
    /// (0028,701B) Number of Luminance Points, US, VM 1
    public static var numberOfLuminancePoints: Tag { Tag(rawValue: 0x0028701B) }
    /// (0028,701C) Luminance Response Sequence, SQ, VM 1
    public static var luminanceResponseSequence: Tag { Tag(rawValue: 0x0028701C) }
    /// (0028,701D) Target Minimum Luminance, FL, VM 1
    public static var targetMinimumLuminance: Tag { Tag(rawValue: 0x0028701D) }
    /// (0028,701E) Target Maximum Luminance, FL, VM 1
    public static var targetMaximumLuminance: Tag { Tag(rawValue: 0x0028701E) }
    /// (0028,701F) Luminance Value, FL, VM 1
    public static var luminanceValue: Tag { Tag(rawValue: 0x0028701F) }
    /// (0028,7020) Luminance Response Description, LO, VM 1
    public static var luminanceResponseDescription: Tag { Tag(rawValue: 0x00287020) }
    /// (0028,7021) White Point Flag, CS, VM 1
    public static var whitePointFlag: Tag { Tag(rawValue: 0x00287021) }
    /// (0028,7022) Display Device Type Code Sequence, SQ, VM 1
    public static var displayDeviceTypeCodeSequence: Tag { Tag(rawValue: 0x00287022) }
    /// (0028,7023) Display Subsystem Sequence, SQ, VM 1
    public static var displaySubsystemSequence: Tag { Tag(rawValue: 0x00287023) }
    /// (0028,7024) Luminance Result Sequence, SQ, VM 1
    public static var luminanceResultSequence: Tag { Tag(rawValue: 0x00287024) }
    /// (0028,7025) Ambient Light Value Source, CS, VM 1
    public static var ambientLightValueSource: Tag { Tag(rawValue: 0x00287025) }
    /// (0028,7026) Measured Characteristics, CS, VM 1-n
    public static var measuredCharacteristics: Tag { Tag(rawValue: 0x00287026) }
    /// (0028,7027) Luminance Uniformity Result Sequence, SQ, VM 1
    public static var luminanceUniformityResultSequence: Tag { Tag(rawValue: 0x00287027) }
    /// (0028,7028) Visual Evaluation Test Sequence, SQ, VM 1
    public static var visualEvaluationTestSequence: Tag { Tag(rawValue: 0x00287028) }
    /// (0028,7029) Test Result, CS, VM 1
    public static var testResult: Tag { Tag(rawValue: 0x00287029) }
    /// (0028,702A) Test Result Comment, LO, VM 1
    public static var testResultComment: Tag { Tag(rawValue: 0x0028702A) }
    /// (0028,702B) Test Image Validation, CS, VM 1
    public static var testImageValidation: Tag { Tag(rawValue: 0x0028702B) }
    /// (0028,702C) Test Pattern Code Sequence, SQ, VM 1
    public static var testPatternCodeSequence: Tag { Tag(rawValue: 0x0028702C) }
    /// (0028,702D) Measurement Pattern Code Sequence, SQ, VM 1
    public static var measurementPatternCodeSequence: Tag { Tag(rawValue: 0x0028702D) }
    /// (0028,702E) Visual Evaluation Method Code Sequence, SQ, VM 1
    public static var visualEvaluationMethodCodeSequence: Tag { Tag(rawValue: 0x0028702E) }
    /// (0028,7FE0) Pixel Data Provider URL, UR, VM 1
    public static var pixelDataProviderURL: Tag { Tag(rawValue: 0x00287FE0) }
    /// (0028,9001) Data Point Rows, UL, VM 1
    public static var dataPointRows: Tag { Tag(rawValue: 0x00289001) }
    /// (0028,9002) Data Point Columns, UL, VM 1
    public static var dataPointColumns: Tag { Tag(rawValue: 0x00289002) }
    /// (0028,9003) Signal Domain Columns, CS, VM 1
    public static var signalDomainColumns: Tag { Tag(rawValue: 0x00289003) }
    /// (0028,9099) Largest Monochrome Pixel Value, US, VM 1 (retired)
    public static var largestMonochromePixelValue: Tag { Tag(rawValue: 0x00289099) }
    /// (0028,9108) Data Representation, CS, VM 1
    public static var dataRepresentation: Tag { Tag(rawValue: 0x00289108) }
    /// (0028,9110) Pixel Measures Sequence, SQ, VM 1
    public static var pixelMeasuresSequence: Tag { Tag(rawValue: 0x00289110) }
    /// (0028,9132) Frame VOI LUT Sequence, SQ, VM 1
    public static var frameVOILUTSequence: Tag { Tag(rawValue: 0x00289132) }
    /// (0028,9145) Pixel Value Transformation Sequence, SQ, VM 1
    public static var pixelValueTransformationSequence: Tag { Tag(rawValue: 0x00289145) }
    /// (0028,9235) Signal Domain Rows, CS, VM 1
    public static var signalDomainRows: Tag { Tag(rawValue: 0x00289235) }
    /// (0028,9411) Display Filter Percentage, FL, VM 1
    public static var displayFilterPercentage: Tag { Tag(rawValue: 0x00289411) }
    /// (0028,9415) Frame Pixel Shift Sequence, SQ, VM 1
    public static var framePixelShiftSequence: Tag { Tag(rawValue: 0x00289415) }
    /// (0028,9416) Subtraction Item ID, US, VM 1
    public static var subtractionItemID: Tag { Tag(rawValue: 0x00289416) }
    /// (0028,9422) Pixel Intensity Relationship LUT Sequence, SQ, VM 1
    public static var pixelIntensityRelationshipLUTSequence: Tag { Tag(rawValue: 0x00289422) }
    /// (0028,9443) Frame Pixel Data Properties Sequence, SQ, VM 1
    public static var framePixelDataPropertiesSequence: Tag { Tag(rawValue: 0x00289443) }
    /// (0028,9444) Geometrical Properties, CS, VM 1
    public static var geometricalProperties: Tag { Tag(rawValue: 0x00289444) }
    /// (0028,9445) Geometric Maximum Distortion, FL, VM 1
    public static var geometricMaximumDistortion: Tag { Tag(rawValue: 0x00289445) }
    /// (0028,9446) Image Processing Applied, CS, VM 1-n
    public static var imageProcessingApplied: Tag { Tag(rawValue: 0x00289446) }
    /// (0028,9454) Mask Selection Mode, CS, VM 1
    public static var maskSelectionMode: Tag { Tag(rawValue: 0x00289454) }
    /// (0028,9474) LUT Function, CS, VM 1
    public static var lutFunction: Tag { Tag(rawValue: 0x00289474) }
    /// (0028,9478) Mask Visibility Percentage, FL, VM 1
    public static var maskVisibilityPercentage: Tag { Tag(rawValue: 0x00289478) }
    /// (0028,9501) Pixel Shift Sequence, SQ, VM 1
    public static var pixelShiftSequence: Tag { Tag(rawValue: 0x00289501) }
    /// (0028,9502) Region Pixel Shift Sequence, SQ, VM 1
    public static var regionPixelShiftSequence: Tag { Tag(rawValue: 0x00289502) }
    /// (0028,9503) Vertices of the Region, SS, VM 2-2n
    public static var verticesOfTheRegion: Tag { Tag(rawValue: 0x00289503) }
    /// (0028,9505) Multi-frame Presentation Sequence, SQ, VM 1
    public static var multiFramePresentationSequence: Tag { Tag(rawValue: 0x00289505) }
    /// (0028,9506) Pixel Shift Frame Range, US, VM 2-2n
    public static var pixelShiftFrameRange: Tag { Tag(rawValue: 0x00289506) }
    /// (0028,9507) LUT Frame Range, US, VM 2-2n
    public static var lutFrameRange: Tag { Tag(rawValue: 0x00289507) }
    /// (0028,9520) Image to Equipment Mapping Matrix, DS, VM 16
    public static var imageToEquipmentMappingMatrix: Tag { Tag(rawValue: 0x00289520) }
    /// (0028,9537) Equipment Coordinate System Identification, CS, VM 1
    public static var equipmentCoordinateSystemIdentification: Tag { Tag(rawValue: 0x00289537) }
    /// (0032,000A) Study Status ID, CS, VM 1 (retired)
    public static var studyStatusID: Tag { Tag(rawValue: 0x0032000A) }
    /// (0032,000C) Study Priority ID, CS, VM 1 (retired)
    public static var studyPriorityID: Tag { Tag(rawValue: 0x0032000C) }
    /// (0032,0012) Study ID Issuer, LO, VM 1 (retired)
    public static var studyIDIssuer: Tag { Tag(rawValue: 0x00320012) }
    /// (0032,0032) Study Verified Date, DA, VM 1 (retired)
    public static var studyVerifiedDate: Tag { Tag(rawValue: 0x00320032) }
    /// (0032,0033) Study Verified Time, TM, VM 1 (retired)
    public static var studyVerifiedTime: Tag { Tag(rawValue: 0x00320033) }
    /// (0032,0034) Study Read Date, DA, VM 1 (retired)
    public static var studyReadDate: Tag { Tag(rawValue: 0x00320034) }
    /// (0032,0035) Study Read Time, TM, VM 1 (retired)
    public static var studyReadTime: Tag { Tag(rawValue: 0x00320035) }
    /// (0032,1000) Scheduled Study Start Date, DA, VM 1 (retired)
    public static var scheduledStudyStartDate: Tag { Tag(rawValue: 0x00321000) }
    /// (0032,1001) Scheduled Study Start Time, TM, VM 1 (retired)
    public static var scheduledStudyStartTime: Tag { Tag(rawValue: 0x00321001) }
    /// (0032,1010) Scheduled Study Stop Date, DA, VM 1 (retired)
    public static var scheduledStudyStopDate: Tag { Tag(rawValue: 0x00321010) }
    /// (0032,1011) Scheduled Study Stop Time, TM, VM 1 (retired)
    public static var scheduledStudyStopTime: Tag { Tag(rawValue: 0x00321011) }
    /// (0032,1020) Scheduled Study Location, LO, VM 1 (retired)
    public static var scheduledStudyLocation: Tag { Tag(rawValue: 0x00321020) }
    /// (0032,1021) Scheduled Study Location AE Title, AE, VM 1-n (retired)
    public static var scheduledStudyLocationAETitle: Tag { Tag(rawValue: 0x00321021) }
    /// (0032,1030) Reason for Study, LO, VM 1 (retired)
    public static var reasonForStudy: Tag { Tag(rawValue: 0x00321030) }
    /// (0032,1031) Requesting Physician Identification Sequence, SQ, VM 1
    public static var requestingPhysicianIdentificationSequence: Tag { Tag(rawValue: 0x00321031) }
    /// (0032,1032) Requesting Physician, PN, VM 1
    public static var requestingPhysician: Tag { Tag(rawValue: 0x00321032) }
    /// (0032,1033) Requesting Service, LO, VM 1
    public static var requestingService: Tag { Tag(rawValue: 0x00321033) }
    /// (0032,1034) Requesting Service Code Sequence, SQ, VM 1
    public static var requestingServiceCodeSequence: Tag { Tag(rawValue: 0x00321034) }
    /// (0032,1040) Study Arrival Date, DA, VM 1 (retired)
    public static var studyArrivalDate: Tag { Tag(rawValue: 0x00321040) }
    /// (0032,1041) Study Arrival Time, TM, VM 1 (retired)
    public static var studyArrivalTime: Tag { Tag(rawValue: 0x00321041) }
    /// (0032,1050) Study Completion Date, DA, VM 1 (retired)
    public static var studyCompletionDate: Tag { Tag(rawValue: 0x00321050) }
    /// (0032,1051) Study Completion Time, TM, VM 1 (retired)
    public static var studyCompletionTime: Tag { Tag(rawValue: 0x00321051) }
    /// (0032,1055) Study Component Status ID, CS, VM 1 (retired)
    public static var studyComponentStatusID: Tag { Tag(rawValue: 0x00321055) }
    /// (0032,1060) Requested Procedure Description, LO, VM 1
    public static var requestedProcedureDescription: Tag { Tag(rawValue: 0x00321060) }
    /// (0032,1064) Requested Procedure Code Sequence, SQ, VM 1
    public static var requestedProcedureCodeSequence: Tag { Tag(rawValue: 0x00321064) }
    /// (0032,1065) Requested Laterality Code Sequence, SQ, VM 1
    public static var requestedLateralityCodeSequence: Tag { Tag(rawValue: 0x00321065) }
    /// (0032,1066) Reason for Visit, UT, VM 1
    public static var reasonForVisit: Tag { Tag(rawValue: 0x00321066) }
    /// (0032,1067) Reason for Visit Code Sequence, SQ, VM 1
    public static var reasonForVisitCodeSequence: Tag { Tag(rawValue: 0x00321067) }
    /// (0032,1070) Requested Contrast Agent, LO, VM 1
    public static var requestedContrastAgent: Tag { Tag(rawValue: 0x00321070) }
    /// (0032,4000) Study Comments, LT, VM 1 (retired)
    public static var studyComments: Tag { Tag(rawValue: 0x00324000) }
    /// (0034,0001) Flow Identifier Sequence, SQ, VM 1
    public static var flowIdentifierSequence: Tag { Tag(rawValue: 0x00340001) }
    /// (0034,0002) Flow Identifier, OB, VM 1
    public static var flowIdentifier: Tag { Tag(rawValue: 0x00340002) }
    /// (0034,0003) Flow Transfer Syntax UID, UI, VM 1
    public static var flowTransferSyntaxUID: Tag { Tag(rawValue: 0x00340003) }
    /// (0034,0004) Flow RTP Sampling Rate, UL, VM 1
    public static var flowRTPSamplingRate: Tag { Tag(rawValue: 0x00340004) }
    /// (0034,0005) Source Identifier, OB, VM 1
    public static var sourceIdentifier: Tag { Tag(rawValue: 0x00340005) }
    /// (0034,0007) Frame Origin Timestamp, OB, VM 1
    public static var frameOriginTimestamp: Tag { Tag(rawValue: 0x00340007) }
    /// (0034,0008) Includes Imaging Subject, CS, VM 1
    public static var includesImagingSubject: Tag { Tag(rawValue: 0x00340008) }
    /// (0034,0009) Frame Usefulness Group Sequence, SQ, VM 1
    public static var frameUsefulnessGroupSequence: Tag { Tag(rawValue: 0x00340009) }
    /// (0034,000A) Real-Time Bulk Data Flow Sequence, SQ, VM 1
    public static var realTimeBulkDataFlowSequence: Tag { Tag(rawValue: 0x0034000A) }
    /// (0034,000B) Camera Position Group Sequence, SQ, VM 1
    public static var cameraPositionGroupSequence: Tag { Tag(rawValue: 0x0034000B) }
    /// (0034,000C) Includes Information, CS, VM 1
    public static var includesInformation: Tag { Tag(rawValue: 0x0034000C) }
    /// (0034,000D) Time of Frame Group Sequence, SQ, VM 1
    public static var timeOfFrameGroupSequence: Tag { Tag(rawValue: 0x0034000D) }
    /// (0038,0004) Referenced Patient Alias Sequence, SQ, VM 1 (retired)
    public static var referencedPatientAliasSequence: Tag { Tag(rawValue: 0x00380004) }
    /// (0038,0008) Visit Status ID, CS, VM 1
    public static var visitStatusID: Tag { Tag(rawValue: 0x00380008) }
    /// (0038,0010) Admission ID, LO, VM 1
    public static var admissionID: Tag { Tag(rawValue: 0x00380010) }
    /// (0038,0011) Issuer of Admission ID, LO, VM 1 (retired)
    public static var issuerOfAdmissionID: Tag { Tag(rawValue: 0x00380011) }
    /// (0038,0014) Issuer of Admission ID Sequence, SQ, VM 1
    public static var issuerOfAdmissionIDSequence: Tag { Tag(rawValue: 0x00380014) }
    /// (0038,0016) Route of Admissions, LO, VM 1
    public static var routeOfAdmissions: Tag { Tag(rawValue: 0x00380016) }
    /// (0038,001A) Scheduled Admission Date, DA, VM 1 (retired)
    public static var scheduledAdmissionDate: Tag { Tag(rawValue: 0x0038001A) }
    /// (0038,001B) Scheduled Admission Time, TM, VM 1 (retired)
    public static var scheduledAdmissionTime: Tag { Tag(rawValue: 0x0038001B) }
    /// (0038,001C) Scheduled Discharge Date, DA, VM 1 (retired)
    public static var scheduledDischargeDate: Tag { Tag(rawValue: 0x0038001C) }
    /// (0038,001D) Scheduled Discharge Time, TM, VM 1 (retired)
    public static var scheduledDischargeTime: Tag { Tag(rawValue: 0x0038001D) }
    /// (0038,001E) Scheduled Patient Institution Residence, LO, VM 1 (retired)
    public static var scheduledPatientInstitutionResidence: Tag { Tag(rawValue: 0x0038001E) }
    /// (0038,0020) Admitting Date, DA, VM 1
    public static var admittingDate: Tag { Tag(rawValue: 0x00380020) }
    /// (0038,0021) Admitting Time, TM, VM 1
    public static var admittingTime: Tag { Tag(rawValue: 0x00380021) }
    /// (0038,0030) Discharge Date, DA, VM 1 (retired)
    public static var dischargeDate: Tag { Tag(rawValue: 0x00380030) }
    /// (0038,0032) Discharge Time, TM, VM 1 (retired)
    public static var dischargeTime: Tag { Tag(rawValue: 0x00380032) }
    /// (0038,0040) Discharge Diagnosis Description, LO, VM 1 (retired)
    public static var dischargeDiagnosisDescription: Tag { Tag(rawValue: 0x00380040) }
    /// (0038,0044) Discharge Diagnosis Code Sequence, SQ, VM 1 (retired)
    public static var dischargeDiagnosisCodeSequence: Tag { Tag(rawValue: 0x00380044) }
    /// (0038,0050) Special Needs, LO, VM 1
    public static var specialNeeds: Tag { Tag(rawValue: 0x00380050) }
    /// (0038,0060) Service Episode ID, LO, VM 1
    public static var serviceEpisodeID: Tag { Tag(rawValue: 0x00380060) }
    /// (0038,0061) Issuer of Service Episode ID, LO, VM 1 (retired)
    public static var issuerOfServiceEpisodeID: Tag { Tag(rawValue: 0x00380061) }
    /// (0038,0062) Service Episode Description, LO, VM 1
    public static var serviceEpisodeDescription: Tag { Tag(rawValue: 0x00380062) }
    /// (0038,0064) Issuer of Service Episode ID Sequence, SQ, VM 1
    public static var issuerOfServiceEpisodeIDSequence: Tag { Tag(rawValue: 0x00380064) }
    /// (0038,0100) Pertinent Documents Sequence, SQ, VM 1
    public static var pertinentDocumentsSequence: Tag { Tag(rawValue: 0x00380100) }
    /// (0038,0101) Pertinent Resources Sequence, SQ, VM 1
    public static var pertinentResourcesSequence: Tag { Tag(rawValue: 0x00380101) }
    /// (0038,0102) Resource Description, LO, VM 1
    public static var resourceDescription: Tag { Tag(rawValue: 0x00380102) }
    /// (0038,0300) Current Patient Location, LO, VM 1
    public static var currentPatientLocation: Tag { Tag(rawValue: 0x00380300) }
    /// (0038,0400) Patient's Institution Residence, LO, VM 1
    public static var patientInstitutionResidence: Tag { Tag(rawValue: 0x00380400) }
    /// (0038,0500) Patient State, LO, VM 1
    public static var patientState: Tag { Tag(rawValue: 0x00380500) }
    /// (0038,0502) Patient Clinical Trial Participation Sequence, SQ, VM 1
    public static var patientClinicalTrialParticipationSequence: Tag { Tag(rawValue: 0x00380502) }
    /// (0038,4000) Visit Comments, LT, VM 1
    public static var visitComments: Tag { Tag(rawValue: 0x00384000) }
    /// (003A,0004) Waveform Originality, CS, VM 1
    public static var waveformOriginality: Tag { Tag(rawValue: 0x003A0004) }
    /// (003A,0005) Number of Waveform Channels, US, VM 1
    public static var numberOfWaveformChannels: Tag { Tag(rawValue: 0x003A0005) }
    /// (003A,0010) Number of Waveform Samples, UL, VM 1
    public static var numberOfWaveformSamples: Tag { Tag(rawValue: 0x003A0010) }
    /// (003A,001A) Sampling Frequency, DS, VM 1
    public static var samplingFrequency: Tag { Tag(rawValue: 0x003A001A) }
    /// (003A,0020) Multiplex Group Label, SH, VM 1
    public static var multiplexGroupLabel: Tag { Tag(rawValue: 0x003A0020) }
    /// (003A,0200) Channel Definition Sequence, SQ, VM 1
    public static var channelDefinitionSequence: Tag { Tag(rawValue: 0x003A0200) }
    /// (003A,0202) Waveform Channel Number, IS, VM 1
    public static var waveformChannelNumber: Tag { Tag(rawValue: 0x003A0202) }
    /// (003A,0203) Channel Label, SH, VM 1
    public static var channelLabel: Tag { Tag(rawValue: 0x003A0203) }
    /// (003A,0205) Channel Status, CS, VM 1-n
    public static var channelStatus: Tag { Tag(rawValue: 0x003A0205) }
    /// (003A,0208) Channel Source Sequence, SQ, VM 1
    public static var channelSourceSequence: Tag { Tag(rawValue: 0x003A0208) }
    /// (003A,0209) Channel Source Modifiers Sequence, SQ, VM 1
    public static var channelSourceModifiersSequence: Tag { Tag(rawValue: 0x003A0209) }
    /// (003A,020A) Source Waveform Sequence, SQ, VM 1
    public static var sourceWaveformSequence: Tag { Tag(rawValue: 0x003A020A) }
    /// (003A,020C) Channel Derivation Description, LO, VM 1
    public static var channelDerivationDescription: Tag { Tag(rawValue: 0x003A020C) }
    /// (003A,0210) Channel Sensitivity, DS, VM 1
    public static var channelSensitivity: Tag { Tag(rawValue: 0x003A0210) }
    /// (003A,0211) Channel Sensitivity Units Sequence, SQ, VM 1
    public static var channelSensitivityUnitsSequence: Tag { Tag(rawValue: 0x003A0211) }
    /// (003A,0212) Channel Sensitivity Correction Factor, DS, VM 1
    public static var channelSensitivityCorrectionFactor: Tag { Tag(rawValue: 0x003A0212) }
    /// (003A,0213) Channel Baseline, DS, VM 1
    public static var channelBaseline: Tag { Tag(rawValue: 0x003A0213) }
    /// (003A,0214) Channel Time Skew, DS, VM 1
    public static var channelTimeSkew: Tag { Tag(rawValue: 0x003A0214) }
    /// (003A,0215) Channel Sample Skew, DS, VM 1
    public static var channelSampleSkew: Tag { Tag(rawValue: 0x003A0215) }
    /// (003A,0218) Channel Offset, DS, VM 1
    public static var channelOffset: Tag { Tag(rawValue: 0x003A0218) }
    /// (003A,021A) Waveform Bits Stored, US, VM 1
    public static var waveformBitsStored: Tag { Tag(rawValue: 0x003A021A) }
    /// (003A,0220) Filter Low Frequency, DS, VM 1
    public static var filterLowFrequency: Tag { Tag(rawValue: 0x003A0220) }
    /// (003A,0221) Filter High Frequency, DS, VM 1
    public static var filterHighFrequency: Tag { Tag(rawValue: 0x003A0221) }
    /// (003A,0222) Notch Filter Frequency, DS, VM 1
    public static var notchFilterFrequency: Tag { Tag(rawValue: 0x003A0222) }
    /// (003A,0223) Notch Filter Bandwidth, DS, VM 1
    public static var notchFilterBandwidth: Tag { Tag(rawValue: 0x003A0223) }
    /// (003A,0230) Waveform Data Display Scale, FL, VM 1
    public static var waveformDataDisplayScale: Tag { Tag(rawValue: 0x003A0230) }
    /// (003A,0231) Waveform Display Background CIELab Value, US, VM 3
    public static var waveformDisplayBackgroundCIELabValue: Tag { Tag(rawValue: 0x003A0231) }
    /// (003A,0240) Waveform Presentation Group Sequence, SQ, VM 1
    public static var waveformPresentationGroupSequence: Tag { Tag(rawValue: 0x003A0240) }
    /// (003A,0241) Presentation Group Number, US, VM 1
    public static var presentationGroupNumber: Tag { Tag(rawValue: 0x003A0241) }
    /// (003A,0242) Channel Display Sequence, SQ, VM 1
    public static var channelDisplaySequence: Tag { Tag(rawValue: 0x003A0242) }
    /// (003A,0244) Channel Recommended Display CIELab Value, US, VM 3
    public static var channelRecommendedDisplayCIELabValue: Tag { Tag(rawValue: 0x003A0244) }
    /// (003A,0245) Channel Position, FL, VM 1
    public static var channelPosition: Tag { Tag(rawValue: 0x003A0245) }
    /// (003A,0246) Display Shading Flag, CS, VM 1
    public static var displayShadingFlag: Tag { Tag(rawValue: 0x003A0246) }
    /// (003A,0247) Fractional Channel Display Scale, FL, VM 1
    public static var fractionalChannelDisplayScale: Tag { Tag(rawValue: 0x003A0247) }
    /// (003A,0248) Absolute Channel Display Scale, FL, VM 1
    public static var absoluteChannelDisplayScale: Tag { Tag(rawValue: 0x003A0248) }
    /// (003A,0300) Multiplexed Audio Channels Description Code Sequence, SQ, VM 1
    public static var multiplexedAudioChannelsDescriptionCodeSequence: Tag { Tag(rawValue: 0x003A0300) }
    /// (003A,0301) Channel Identification Code, IS, VM 1
    public static var channelIdentificationCode: Tag { Tag(rawValue: 0x003A0301) }
    /// (003A,0302) Channel Mode, CS, VM 1
    public static var channelMode: Tag { Tag(rawValue: 0x003A0302) }
    /// (003A,0310) Multiplex Group UID, UI, VM 1
    public static var multiplexGroupUID: Tag { Tag(rawValue: 0x003A0310) }
    /// (003A,0311) Powerline Frequency, DS, VM 1
    public static var powerlineFrequency: Tag { Tag(rawValue: 0x003A0311) }
    /// (003A,0312) Channel Impedance Sequence, SQ, VM 1
    public static var channelImpedanceSequence: Tag { Tag(rawValue: 0x003A0312) }
    /// (003A,0313) Impedance Value, DS, VM 1
    public static var impedanceValue: Tag { Tag(rawValue: 0x003A0313) }
    /// (003A,0314) Impedance Measurement DateTime, DT, VM 1
    public static var impedanceMeasurementDateTime: Tag { Tag(rawValue: 0x003A0314) }
    /// (003A,0315) Impedance Measurement Frequency, DS, VM 1
    public static var impedanceMeasurementFrequency: Tag { Tag(rawValue: 0x003A0315) }
    /// (003A,0316) Impedance Measurement Current Type, CS, VM 1
    public static var impedanceMeasurementCurrentType: Tag { Tag(rawValue: 0x003A0316) }
    /// (003A,0317) Waveform Amplifier Type, CS, VM 1
    public static var waveformAmplifierType: Tag { Tag(rawValue: 0x003A0317) }
    /// (003A,0318) Filter Low Frequency Characteristics Sequence, SQ, VM 1
    public static var filterLowFrequencyCharacteristicsSequence: Tag { Tag(rawValue: 0x003A0318) }
    /// (003A,0319) Filter High Frequency Characteristics Sequence, SQ, VM 1
    public static var filterHighFrequencyCharacteristicsSequence: Tag { Tag(rawValue: 0x003A0319) }
    /// (003A,0320) Summarized Filter Lookup Table Sequence, SQ, VM 1
    public static var summarizedFilterLookupTable: Tag { Tag(rawValue: 0x003A0320) }
    /// (003A,0321) Notch Filter Characteristics Sequence, SQ, VM 1
    public static var notchFilterCharacteristicsSequence: Tag { Tag(rawValue: 0x003A0321) }
    /// (003A,0322) Waveform Filter Type, CS, VM 1
    public static var waveformFilterType: Tag { Tag(rawValue: 0x003A0322) }
    /// (003A,0323) Analog Filter Characteristics Sequence, SQ, VM 1
    public static var analogFilterCharacteristicsSequence: Tag { Tag(rawValue: 0x003A0323) }
    /// (003A,0324) Analog Filter Roll Off, DS, VM 1
    public static var analogFilterRollOff: Tag { Tag(rawValue: 0x003A0324) }
    /// (003A,0325) Analog Filter Type Code Sequence, SQ, VM 1
    public static var analogFilterType: Tag { Tag(rawValue: 0x003A0325) }
    /// (003A,0326) Digital Filter Characteristics Sequence, SQ, VM 1
    public static var digitalFilterCharacteristicsSequence: Tag { Tag(rawValue: 0x003A0326) }
    /// (003A,0327) Digital Filter Order, IS, VM 1
    public static var digitalFilterOrder: Tag { Tag(rawValue: 0x003A0327) }
    /// (003A,0328) Digital Filter Type Code Sequence, SQ, VM 1
    public static var digitalFilterTypeCodeSequence: Tag { Tag(rawValue: 0x003A0328) }
    /// (003A,0329) Waveform Filter Description, ST, VM 1
    public static var waveformFilterDescription: Tag { Tag(rawValue: 0x003A0329) }
    /// (003A,032A) Filter Lookup Table Sequence, SQ, VM 1
    public static var filterLookupTableSequence: Tag { Tag(rawValue: 0x003A032A) }
    /// (003A,032B) Filter Lookup Table Description, ST, VM 1
    public static var filterLookupTableDescription: Tag { Tag(rawValue: 0x003A032B) }
    /// (003A,032C) Frequency Encoding Code Sequence, SQ, VM 1
    public static var frequencyEncodingCodeSequence: Tag { Tag(rawValue: 0x003A032C) }
    /// (003A,032D) Magnitude Encoding Code Sequence, SQ, VM 1
    public static var magnitudeEncodingCodeSequence: Tag { Tag(rawValue: 0x003A032D) }
    /// (003A,032E) Filter Lookup Table Data, OD, VM 1
    public static var filterLookupTableData: Tag { Tag(rawValue: 0x003A032E) }
    /// (0040,0001) Scheduled Station AE Title, AE, VM 1-n
    public static var scheduledStationAETitle: Tag { Tag(rawValue: 0x00400001) }
    /// (0040,0002) Scheduled Procedure Step Start Date, DA, VM 1
    public static var scheduledProcedureStepStartDate: Tag { Tag(rawValue: 0x00400002) }
    /// (0040,0003) Scheduled Procedure Step Start Time, TM, VM 1
    public static var scheduledProcedureStepStartTime: Tag { Tag(rawValue: 0x00400003) }
    /// (0040,0004) Scheduled Procedure Step End Date, DA, VM 1
    public static var scheduledProcedureStepEndDate: Tag { Tag(rawValue: 0x00400004) }
    /// (0040,0005) Scheduled Procedure Step End Time, TM, VM 1
    public static var scheduledProcedureStepEndTime: Tag { Tag(rawValue: 0x00400005) }
    /// (0040,0006) Scheduled Performing Physician's Name, PN, VM 1
    public static var scheduledPerformingPhysicianName: Tag { Tag(rawValue: 0x00400006) }
    /// (0040,0007) Scheduled Procedure Step Description, LO, VM 1
    public static var scheduledProcedureStepDescription: Tag { Tag(rawValue: 0x00400007) }
    /// (0040,0008) Scheduled Protocol Code Sequence, SQ, VM 1
    public static var scheduledProtocolCodeSequence: Tag { Tag(rawValue: 0x00400008) }
    /// (0040,0009) Scheduled Procedure Step ID, SH, VM 1
    public static var scheduledProcedureStepID: Tag { Tag(rawValue: 0x00400009) }
    /// (0040,000A) Stage Code Sequence, SQ, VM 1
    public static var stageCodeSequence: Tag { Tag(rawValue: 0x0040000A) }
    /// (0040,000B) Scheduled Performing Physician Identification Sequence, SQ, VM 1
    public static var scheduledPerformingPhysicianIdentificationSequence: Tag { Tag(rawValue: 0x0040000B) }
    /// (0040,0010) Scheduled Station Name, SH, VM 1-n
    public static var scheduledStationName: Tag { Tag(rawValue: 0x00400010) }
    /// (0040,0011) Scheduled Procedure Step Location, SH, VM 1
    public static var scheduledProcedureStepLocation: Tag { Tag(rawValue: 0x00400011) }
    /// (0040,0012) Pre-Medication, LO, VM 1
    public static var preMedication: Tag { Tag(rawValue: 0x00400012) }
    /// (0040,0020) Scheduled Procedure Step Status, CS, VM 1
    public static var scheduledProcedureStepStatus: Tag { Tag(rawValue: 0x00400020) }
    /// (0040,0026) Order Placer Identifier Sequence, SQ, VM 1
    public static var orderPlacerIdentifierSequence: Tag { Tag(rawValue: 0x00400026) }
    /// (0040,0027) Order Filler Identifier Sequence, SQ, VM 1
    public static var orderFillerIdentifierSequence: Tag { Tag(rawValue: 0x00400027) }
    /// (0040,0031) Local Namespace Entity ID, UT, VM 1
    public static var localNamespaceEntityID: Tag { Tag(rawValue: 0x00400031) }
    /// (0040,0032) Universal Entity ID, UT, VM 1
    public static var universalEntityID: Tag { Tag(rawValue: 0x00400032) }
    /// (0040,0033) Universal Entity ID Type, CS, VM 1
    public static var universalEntityIDType: Tag { Tag(rawValue: 0x00400033) }
    /// (0040,0035) Identifier Type Code, CS, VM 1
    public static var identifierTypeCode: Tag { Tag(rawValue: 0x00400035) }
    /// (0040,0036) Assigning Facility Sequence, SQ, VM 1
    public static var assigningFacilitySequence: Tag { Tag(rawValue: 0x00400036) }
    /// (0040,0039) Assigning Jurisdiction Code Sequence, SQ, VM 1
    public static var assigningJurisdictionCodeSequence: Tag { Tag(rawValue: 0x00400039) }
    /// (0040,003A) Assigning Agency or Department Code Sequence, SQ, VM 1
    public static var assigningAgencyOrDepartmentCodeSequence: Tag { Tag(rawValue: 0x0040003A) }
    /// (0040,0100) Scheduled Procedure Step Sequence, SQ, VM 1
    public static var scheduledProcedureStepSequence: Tag { Tag(rawValue: 0x00400100) }
    /// (0040,0220) Referenced Non-Image Composite SOP Instance Sequence, SQ, VM 1
    public static var referencedNonImageCompositeSOPInstanceSequence: Tag { Tag(rawValue: 0x00400220) }
    /// (0040,0241) Performed Station AE Title, AE, VM 1
    public static var performedStationAETitle: Tag { Tag(rawValue: 0x00400241) }
    /// (0040,0242) Performed Station Name, SH, VM 1
    public static var performedStationName: Tag { Tag(rawValue: 0x00400242) }
    /// (0040,0243) Performed Location, SH, VM 1
    public static var performedLocation: Tag { Tag(rawValue: 0x00400243) }
    /// (0040,0244) Performed Procedure Step Start Date, DA, VM 1
    public static var performedProcedureStepStartDate: Tag { Tag(rawValue: 0x00400244) }
    /// (0040,0245) Performed Procedure Step Start Time, TM, VM 1
    public static var performedProcedureStepStartTime: Tag { Tag(rawValue: 0x00400245) }
    /// (0040,0250) Performed Procedure Step End Date, DA, VM 1
    public static var performedProcedureStepEndDate: Tag { Tag(rawValue: 0x00400250) }
    /// (0040,0251) Performed Procedure Step End Time, TM, VM 1
    public static var performedProcedureStepEndTime: Tag { Tag(rawValue: 0x00400251) }
    /// (0040,0252) Performed Procedure Step Status, CS, VM 1
    public static var performedProcedureStepStatus: Tag { Tag(rawValue: 0x00400252) }
    /// (0040,0253) Performed Procedure Step ID, SH, VM 1
    public static var performedProcedureStepID: Tag { Tag(rawValue: 0x00400253) }
    /// (0040,0254) Performed Procedure Step Description, LO, VM 1
    public static var performedProcedureStepDescription: Tag { Tag(rawValue: 0x00400254) }
    /// (0040,0255) Performed Procedure Type Description, LO, VM 1
    public static var performedProcedureTypeDescription: Tag { Tag(rawValue: 0x00400255) }
    /// (0040,0260) Performed Protocol Code Sequence, SQ, VM 1
    public static var performedProtocolCodeSequence: Tag { Tag(rawValue: 0x00400260) }
    /// (0040,0261) Performed Protocol Type, CS, VM 1
    public static var performedProtocolType: Tag { Tag(rawValue: 0x00400261) }
    /// (0040,0270) Scheduled Step Attributes Sequence, SQ, VM 1
    public static var scheduledStepAttributesSequence: Tag { Tag(rawValue: 0x00400270) }
    /// (0040,0275) Request Attributes Sequence, SQ, VM 1
    public static var requestAttributesSequence: Tag { Tag(rawValue: 0x00400275) }
    /// (0040,0280) Comments on the Performed Procedure Step, ST, VM 1
    public static var commentsOnThePerformedProcedureStep: Tag { Tag(rawValue: 0x00400280) }
    /// (0040,0281) Performed Procedure Step Discontinuation Reason Code Sequence, SQ, VM 1
    public static var performedProcedureStepDiscontinuationReasonCodeSequence: Tag { Tag(rawValue: 0x00400281) }
    /// (0040,0293) Quantity Sequence, SQ, VM 1
    public static var quantitySequence: Tag { Tag(rawValue: 0x00400293) }
    /// (0040,0294) Quantity, DS, VM 1
    public static var quantity: Tag { Tag(rawValue: 0x00400294) }
    /// (0040,0295) Measuring Units Sequence, SQ, VM 1
    public static var measuringUnitsSequence: Tag { Tag(rawValue: 0x00400295) }
    /// (0040,0296) Billing Item Sequence, SQ, VM 1
    public static var billingItemSequence: Tag { Tag(rawValue: 0x00400296) }
    /// (0040,0300) Total Time of Fluoroscopy, US, VM 1 (retired)
    public static var totalTimeOfFluoroscopy: Tag { Tag(rawValue: 0x00400300) }
    /// (0040,0301) Total Number of Exposures, US, VM 1 (retired)
    public static var totalNumberOfExposures: Tag { Tag(rawValue: 0x00400301) }
    /// (0040,0302) Entrance Dose, US, VM 1
    public static var entranceDose: Tag { Tag(rawValue: 0x00400302) }
    /// (0040,0303) Exposed Area, US, VM 1-2
    public static var exposedArea: Tag { Tag(rawValue: 0x00400303) }
    /// (0040,0306) Distance Source to Entrance, DS, VM 1
    public static var distanceSourceToEntrance: Tag { Tag(rawValue: 0x00400306) }
    /// (0040,0307) Distance Source to Support, DS, VM 1 (retired)
    public static var distanceSourceToSupport: Tag { Tag(rawValue: 0x00400307) }
    /// (0040,030E) Exposure Dose Sequence, SQ, VM 1 (retired)
    public static var exposureDoseSequence: Tag { Tag(rawValue: 0x0040030E) }
    /// (0040,0310) Comments on Radiation Dose, ST, VM 1
    public static var commentsOnRadiationDose: Tag { Tag(rawValue: 0x00400310) }
    /// (0040,0312) X-Ray Output, DS, VM 1
    public static var xRayOutput: Tag { Tag(rawValue: 0x00400312) }
    /// (0040,0314) Half Value Layer, DS, VM 1
    public static var halfValueLayer: Tag { Tag(rawValue: 0x00400314) }
    /// (0040,0316) Organ Dose, DS, VM 1
    public static var organDose: Tag { Tag(rawValue: 0x00400316) }
    /// (0040,0318) Organ Exposed, CS, VM 1
    public static var organExposed: Tag { Tag(rawValue: 0x00400318) }
    /// (0040,0320) Billing Procedure Step Sequence, SQ, VM 1
    public static var billingProcedureStepSequence: Tag { Tag(rawValue: 0x00400320) }
    /// (0040,0321) Film Consumption Sequence, SQ, VM 1
    public static var filmConsumptionSequence: Tag { Tag(rawValue: 0x00400321) }
    /// (0040,0324) Billing Supplies and Devices Sequence, SQ, VM 1
    public static var billingSuppliesAndDevicesSequence: Tag { Tag(rawValue: 0x00400324) }
    /// (0040,0330) Referenced Procedure Step Sequence, SQ, VM 1 (retired)
    public static var referencedProcedureStepSequence: Tag { Tag(rawValue: 0x00400330) }
    /// (0040,0340) Performed Series Sequence, SQ, VM 1
    public static var performedSeriesSequence: Tag { Tag(rawValue: 0x00400340) }
    /// (0040,0400) Comments on the Scheduled Procedure Step, LT, VM 1
    public static var commentsOnTheScheduledProcedureStep: Tag { Tag(rawValue: 0x00400400) }
    /// (0040,0440) Protocol Context Sequence, SQ, VM 1
    public static var protocolContextSequence: Tag { Tag(rawValue: 0x00400440) }
    /// (0040,0441) Content Item Modifier Sequence, SQ, VM 1
    public static var contentItemModifierSequence: Tag { Tag(rawValue: 0x00400441) }
    /// (0040,0500) Scheduled Specimen Sequence, SQ, VM 1
    public static var scheduledSpecimenSequence: Tag { Tag(rawValue: 0x00400500) }
    /// (0040,050A) Specimen Accession Number, LO, VM 1 (retired)
    public static var specimenAccessionNumber: Tag { Tag(rawValue: 0x0040050A) }
    /// (0040,0512) Container Identifier, LO, VM 1
    public static var containerIdentifier: Tag { Tag(rawValue: 0x00400512) }
    /// (0040,0513) Issuer of the Container Identifier Sequence, SQ, VM 1
    public static var issuerOfTheContainerIdentifierSequence: Tag { Tag(rawValue: 0x00400513) }
    /// (0040,0515) Alternate Container Identifier Sequence, SQ, VM 1
    public static var alternateContainerIdentifierSequence: Tag { Tag(rawValue: 0x00400515) }
    /// (0040,0518) Container Type Code Sequence, SQ, VM 1
    public static var containerTypeCodeSequence: Tag { Tag(rawValue: 0x00400518) }
    /// (0040,051A) Container Description, LO, VM 1
    public static var containerDescription: Tag { Tag(rawValue: 0x0040051A) }
    /// (0040,0520) Container Component Sequence, SQ, VM 1
    public static var containerComponentSequence: Tag { Tag(rawValue: 0x00400520) }
    /// (0040,0550) Specimen Sequence, SQ, VM 1 (retired)
    public static var specimenSequence: Tag { Tag(rawValue: 0x00400550) }
    /// (0040,0551) Specimen Identifier, LO, VM 1
    public static var specimenIdentifier: Tag { Tag(rawValue: 0x00400551) }
    /// (0040,0552) Specimen Description Sequence (Trial), SQ, VM 1 (retired)
    public static var specimenDescriptionSequenceTrial: Tag { Tag(rawValue: 0x00400552) }
    /// (0040,0553) Specimen Description (Trial), ST, VM 1 (retired)
    public static var specimenDescriptionTrial: Tag { Tag(rawValue: 0x00400553) }
    /// (0040,0554) Specimen UID, UI, VM 1
    public static var specimenUID: Tag { Tag(rawValue: 0x00400554) }
    /// (0040,0555) Acquisition Context Sequence, SQ, VM 1
    public static var acquisitionContextSequence: Tag { Tag(rawValue: 0x00400555) }
    /// (0040,0556) Acquisition Context Description, ST, VM 1
    public static var acquisitionContextDescription: Tag { Tag(rawValue: 0x00400556) }
    /// (0040,0560) Specimen Description Sequence, SQ, VM 1
    public static var specimenDescriptionSequence: Tag { Tag(rawValue: 0x00400560) }
    /// (0040,0562) Issuer of the Specimen Identifier Sequence, SQ, VM 1
    public static var issuerOfTheSpecimenIdentifierSequence: Tag { Tag(rawValue: 0x00400562) }
    /// (0040,059A) Specimen Type Code Sequence, SQ, VM 1
    public static var specimenTypeCodeSequence: Tag { Tag(rawValue: 0x0040059A) }
    /// (0040,0600) Specimen Short Description, LO, VM 1
    public static var specimenShortDescription: Tag { Tag(rawValue: 0x00400600) }
    /// (0040,0602) Specimen Detailed Description, UT, VM 1
    public static var specimenDetailedDescription: Tag { Tag(rawValue: 0x00400602) }
    /// (0040,0610) Specimen Preparation Sequence, SQ, VM 1
    public static var specimenPreparationSequence: Tag { Tag(rawValue: 0x00400610) }
    /// (0040,0612) Specimen Preparation Step Content Item Sequence, SQ, VM 1
    public static var specimenPreparationStepContentItemSequence: Tag { Tag(rawValue: 0x00400612) }
    /// (0040,0620) Specimen Localization Content Item Sequence, SQ, VM 1
    public static var specimenLocalizationContentItemSequence: Tag { Tag(rawValue: 0x00400620) }
    /// (0040,06FA) Slide Identifier, LO, VM 1 (retired)
    public static var slideIdentifier: Tag { Tag(rawValue: 0x004006FA) }
    /// (0040,0710) Whole Slide Microscopy Image Frame Type Sequence, SQ, VM 1
    public static var wholeSlideMicroscopyImageFrameTypeSequence: Tag { Tag(rawValue: 0x00400710) }
    /// (0040,071A) Image Center Point Coordinates Sequence, SQ, VM 1
    public static var imageCenterPointCoordinatesSequence: Tag { Tag(rawValue: 0x0040071A) }
    /// (0040,072A) X Offset in Slide Coordinate System, DS, VM 1
    public static var xOffsetInSlideCoordinateSystem: Tag { Tag(rawValue: 0x0040072A) }
    /// (0040,073A) Y Offset in Slide Coordinate System, DS, VM 1
    public static var yOffsetInSlideCoordinateSystem: Tag { Tag(rawValue: 0x0040073A) }
    /// (0040,074A) Z Offset in Slide Coordinate System, DS, VM 1
    public static var zOffsetInSlideCoordinateSystem: Tag { Tag(rawValue: 0x0040074A) }
    /// (0040,08D8) Pixel Spacing Sequence, SQ, VM 1 (retired)
    public static var pixelSpacingSequence: Tag { Tag(rawValue: 0x004008D8) }
    /// (0040,08DA) Coordinate System Axis Code Sequence, SQ, VM 1 (retired)
    public static var coordinateSystemAxisCodeSequence: Tag { Tag(rawValue: 0x004008DA) }
    /// (0040,08EA) Measurement Units Code Sequence, SQ, VM 1
    public static var measurementUnitsCodeSequence: Tag { Tag(rawValue: 0x004008EA) }
    /// (0040,09F8) Vital Stain Code Sequence (Trial), SQ, VM 1 (retired)
    public static var vitalStainCodeSequenceTrial: Tag { Tag(rawValue: 0x004009F8) }
    /// (0040,1001) Requested Procedure ID, SH, VM 1
    public static var requestedProcedureID: Tag { Tag(rawValue: 0x00401001) }
    /// (0040,1002) Reason for the Requested Procedure, LO, VM 1
    public static var reasonForTheRequestedProcedure: Tag { Tag(rawValue: 0x00401002) }
    /// (0040,1003) Requested Procedure Priority, SH, VM 1
    public static var requestedProcedurePriority: Tag { Tag(rawValue: 0x00401003) }
    /// (0040,1004) Patient Transport Arrangements, LO, VM 1
    public static var patientTransportArrangements: Tag { Tag(rawValue: 0x00401004) }
    /// (0040,1005) Requested Procedure Location, LO, VM 1
    public static var requestedProcedureLocation: Tag { Tag(rawValue: 0x00401005) }
    /// (0040,1006) Placer Order Number / Procedure, SH, VM 1 (retired)
    public static var placerOrderNumberProcedure: Tag { Tag(rawValue: 0x00401006) }
    /// (0040,1007) Filler Order Number / Procedure, SH, VM 1 (retired)
    public static var fillerOrderNumberProcedure: Tag { Tag(rawValue: 0x00401007) }
    /// (0040,1008) Confidentiality Code, LO, VM 1
    public static var confidentialityCode: Tag { Tag(rawValue: 0x00401008) }
    /// (0040,1009) Reporting Priority, SH, VM 1
    public static var reportingPriority: Tag { Tag(rawValue: 0x00401009) }
    /// (0040,100A) Reason for Requested Procedure Code Sequence, SQ, VM 1
    public static var reasonForRequestedProcedureCodeSequence: Tag { Tag(rawValue: 0x0040100A) }
    /// (0040,1010) Names of Intended Recipients of Results, PN, VM 1-n
    public static var namesOfIntendedRecipientsOfResults: Tag { Tag(rawValue: 0x00401010) }
    /// (0040,1011) Intended Recipients of Results Identification Sequence, SQ, VM 1
    public static var intendedRecipientsOfResultsIdentificationSequence: Tag { Tag(rawValue: 0x00401011) }
    /// (0040,1012) Reason For Performed Procedure Code Sequence, SQ, VM 1
    public static var reasonForPerformedProcedureCodeSequence: Tag { Tag(rawValue: 0x00401012) }
    /// (0040,1060) Requested Procedure Description (Trial), LO, VM 1 (retired)
    public static var requestedProcedureDescriptionTrial: Tag { Tag(rawValue: 0x00401060) }
    /// (0040,1101) Person Identification Code Sequence, SQ, VM 1
    public static var personIdentificationCodeSequence: Tag { Tag(rawValue: 0x00401101) }
    /// (0040,1102) Person's Address, ST, VM 1
    public static var personAddress: Tag { Tag(rawValue: 0x00401102) }
    /// (0040,1103) Person's Telephone Numbers, LO, VM 1-n
    public static var personTelephoneNumbers: Tag { Tag(rawValue: 0x00401103) }
    /// (0040,1104) Person's Telecom Information, LT, VM 1
    public static var personTelecomInformation: Tag { Tag(rawValue: 0x00401104) }
    /// (0040,1400) Requested Procedure Comments, LT, VM 1
    public static var requestedProcedureComments: Tag { Tag(rawValue: 0x00401400) }
    /// (0040,2001) Reason for the Imaging Service Request, LO, VM 1 (retired)
    public static var reasonForTheImagingServiceRequest: Tag { Tag(rawValue: 0x00402001) }
    /// (0040,2004) Issue Date of Imaging Service Request, DA, VM 1
    public static var issueDateOfImagingServiceRequest: Tag { Tag(rawValue: 0x00402004) }
    /// (0040,2005) Issue Time of Imaging Service Request, TM, VM 1
    public static var issueTimeOfImagingServiceRequest: Tag { Tag(rawValue: 0x00402005) }
    /// (0040,2006) Placer Order Number / Imaging Service Request (Retired), SH, VM 1 (retired)
    public static var placerOrderNumberImagingServiceRequestRetired: Tag { Tag(rawValue: 0x00402006) }
    /// (0040,2007) Filler Order Number / Imaging Service Request (Retired), SH, VM 1 (retired)
    public static var fillerOrderNumberImagingServiceRequestRetired: Tag { Tag(rawValue: 0x00402007) }
    /// (0040,2008) Order Entered By, PN, VM 1
    public static var orderEnteredBy: Tag { Tag(rawValue: 0x00402008) }
    /// (0040,2009) Order Enterer's Location, SH, VM 1
    public static var orderEntererLocation: Tag { Tag(rawValue: 0x00402009) }
    /// (0040,2010) Order Callback Phone Number, SH, VM 1
    public static var orderCallbackPhoneNumber: Tag { Tag(rawValue: 0x00402010) }
    /// (0040,2011) Order Callback Telecom Information, LT, VM 1
    public static var orderCallbackTelecomInformation: Tag { Tag(rawValue: 0x00402011) }
    /// (0040,2016) Placer Order Number / Imaging Service Request, LO, VM 1
    public static var placerOrderNumberImagingServiceRequest: Tag { Tag(rawValue: 0x00402016) }
    /// (0040,2017) Filler Order Number / Imaging Service Request, LO, VM 1
    public static var fillerOrderNumberImagingServiceRequest: Tag { Tag(rawValue: 0x00402017) }
    /// (0040,2400) Imaging Service Request Comments, LT, VM 1
    public static var imagingServiceRequestComments: Tag { Tag(rawValue: 0x00402400) }
    /// (0040,3001) Confidentiality Constraint on Patient Data Description, LO, VM 1
    public static var confidentialityConstraintOnPatientDataDescription: Tag { Tag(rawValue: 0x00403001) }
    /// (0040,4001) General Purpose Scheduled Procedure Step Status, CS, VM 1 (retired)
    public static var generalPurposeScheduledProcedureStepStatus: Tag { Tag(rawValue: 0x00404001) }
    /// (0040,4002) General Purpose Performed Procedure Step Status, CS, VM 1 (retired)
    public static var generalPurposePerformedProcedureStepStatus: Tag { Tag(rawValue: 0x00404002) }
    /// (0040,4003) General Purpose Scheduled Procedure Step Priority, CS, VM 1 (retired)
    public static var generalPurposeScheduledProcedureStepPriority: Tag { Tag(rawValue: 0x00404003) }
    /// (0040,4004) Scheduled Processing Applications Code Sequence, SQ, VM 1 (retired)
    public static var scheduledProcessingApplicationsCodeSequence: Tag { Tag(rawValue: 0x00404004) }
    /// (0040,4005) Scheduled Procedure Step Start DateTime, DT, VM 1
    public static var scheduledProcedureStepStartDateTime: Tag { Tag(rawValue: 0x00404005) }
    /// (0040,4006) Multiple Copies Flag, CS, VM 1 (retired)
    public static var multipleCopiesFlag: Tag { Tag(rawValue: 0x00404006) }
    /// (0040,4007) Performed Processing Applications Code Sequence, SQ, VM 1 (retired)
    public static var performedProcessingApplicationsCodeSequence: Tag { Tag(rawValue: 0x00404007) }
    /// (0040,4008) Scheduled Procedure Step Expiration DateTime, DT, VM 1
    public static var scheduledProcedureStepExpirationDateTime: Tag { Tag(rawValue: 0x00404008) }
    /// (0040,4009) Human Performer Code Sequence, SQ, VM 1
    public static var humanPerformerCodeSequence: Tag { Tag(rawValue: 0x00404009) }
    /// (0040,4010) Scheduled Procedure Step Modification DateTime, DT, VM 1
    public static var scheduledProcedureStepModificationDateTime: Tag { Tag(rawValue: 0x00404010) }
    /// (0040,4011) Expected Completion DateTime, DT, VM 1
    public static var expectedCompletionDateTime: Tag { Tag(rawValue: 0x00404011) }
    /// (0040,4015) Resulting General Purpose Performed Procedure Steps Sequence, SQ, VM 1 (retired)
    public static var resultingGeneralPurposePerformedProcedureStepsSequence: Tag { Tag(rawValue: 0x00404015) }
    /// (0040,4016) Referenced General Purpose Scheduled Procedure Step Sequence, SQ, VM 1 (retired)
    public static var referencedGeneralPurposeScheduledProcedureStepSequence: Tag { Tag(rawValue: 0x00404016) }
    /// (0040,4018) Scheduled Workitem Code Sequence, SQ, VM 1
    public static var scheduledWorkitemCodeSequence: Tag { Tag(rawValue: 0x00404018) }
    /// (0040,4019) Performed Workitem Code Sequence, SQ, VM 1
    public static var performedWorkitemCodeSequence: Tag { Tag(rawValue: 0x00404019) }
    /// (0040,4020) Input Availability Flag, CS, VM 1 (retired)
    public static var inputAvailabilityFlag: Tag { Tag(rawValue: 0x00404020) }
    /// (0040,4021) Input Information Sequence, SQ, VM 1
    public static var inputInformationSequence: Tag { Tag(rawValue: 0x00404021) }
    /// (0040,4022) Relevant Information Sequence, SQ, VM 1 (retired)
    public static var relevantInformationSequence: Tag { Tag(rawValue: 0x00404022) }
    /// (0040,4023) Referenced General Purpose Scheduled Procedure Step Transaction UID, UI, VM 1 (retired)
    public static var referencedGeneralPurposeScheduledProcedureStepTransactionUID: Tag { Tag(rawValue: 0x00404023) }
    /// (0040,4025) Scheduled Station Name Code Sequence, SQ, VM 1
    public static var scheduledStationNameCodeSequence: Tag { Tag(rawValue: 0x00404025) }
    /// (0040,4026) Scheduled Station Class Code Sequence, SQ, VM 1
    public static var scheduledStationClassCodeSequence: Tag { Tag(rawValue: 0x00404026) }
    /// (0040,4027) Scheduled Station Geographic Location Code Sequence, SQ, VM 1
    public static var scheduledStationGeographicLocationCodeSequence: Tag { Tag(rawValue: 0x00404027) }
    /// (0040,4028) Performed Station Name Code Sequence, SQ, VM 1
    public static var performedStationNameCodeSequence: Tag { Tag(rawValue: 0x00404028) }
    /// (0040,4029) Performed Station Class Code Sequence, SQ, VM 1
    public static var performedStationClassCodeSequence: Tag { Tag(rawValue: 0x00404029) }
    /// (0040,4030) Performed Station Geographic Location Code Sequence, SQ, VM 1
    public static var performedStationGeographicLocationCodeSequence: Tag { Tag(rawValue: 0x00404030) }
    /// (0040,4031) Requested Subsequent Workitem Code Sequence, SQ, VM 1 (retired)
    public static var requestedSubsequentWorkitemCodeSequence: Tag { Tag(rawValue: 0x00404031) }
    /// (0040,4032) Non-DICOM Output Code Sequence, SQ, VM 1 (retired)
    public static var nonDICOMOutputCodeSequence: Tag { Tag(rawValue: 0x00404032) }
    /// (0040,4033) Output Information Sequence, SQ, VM 1
    public static var outputInformationSequence: Tag { Tag(rawValue: 0x00404033) }
    /// (0040,4034) Scheduled Human Performers Sequence, SQ, VM 1
    public static var scheduledHumanPerformersSequence: Tag { Tag(rawValue: 0x00404034) }
    /// (0040,4035) Actual Human Performers Sequence, SQ, VM 1
    public static var actualHumanPerformersSequence: Tag { Tag(rawValue: 0x00404035) }
    /// (0040,4036) Human Performer's Organization, LO, VM 1
    public static var humanPerformerOrganization: Tag { Tag(rawValue: 0x00404036) }
    /// (0040,4037) Human Performer's Name, PN, VM 1
    public static var humanPerformerName: Tag { Tag(rawValue: 0x00404037) }
    /// (0040,4040) Raw Data Handling, CS, VM 1
    public static var rawDataHandling: Tag { Tag(rawValue: 0x00404040) }
    /// (0040,4041) Input Readiness State, CS, VM 1
    public static var inputReadinessState: Tag { Tag(rawValue: 0x00404041) }
    /// (0040,4050) Performed Procedure Step Start DateTime, DT, VM 1
    public static var performedProcedureStepStartDateTime: Tag { Tag(rawValue: 0x00404050) }
    /// (0040,4051) Performed Procedure Step End DateTime, DT, VM 1
    public static var performedProcedureStepEndDateTime: Tag { Tag(rawValue: 0x00404051) }
    /// (0040,4052) Procedure Step Cancellation DateTime, DT, VM 1
    public static var procedureStepCancellationDateTime: Tag { Tag(rawValue: 0x00404052) }
    /// (0040,4070) Output Destination Sequence, SQ, VM 1
    public static var outputDestinationSequence: Tag { Tag(rawValue: 0x00404070) }
    /// (0040,4071) DICOM Storage Sequence, SQ, VM 1
    public static var dicomStorageSequence: Tag { Tag(rawValue: 0x00404071) }
    /// (0040,4072) STOW-RS Storage Sequence, SQ, VM 1
    public static var stowrsStorageSequence: Tag { Tag(rawValue: 0x00404072) }
    /// (0040,4073) Storage URL, UR, VM 1
    public static var storageURL: Tag { Tag(rawValue: 0x00404073) }
    /// (0040,4074) XDS Storage Sequence, SQ, VM 1
    public static var xdsStorageSequence: Tag { Tag(rawValue: 0x00404074) }
    /// (0040,8302) Entrance Dose in mGy, DS, VM 1
    public static var entranceDoseInmGy: Tag { Tag(rawValue: 0x00408302) }
    /// (0040,8303) Entrance Dose Derivation, CS, VM 1
    public static var entranceDoseDerivation: Tag { Tag(rawValue: 0x00408303) }
    /// (0040,9092) Parametric Map Frame Type Sequence, SQ, VM 1
    public static var parametricMapFrameTypeSequence: Tag { Tag(rawValue: 0x00409092) }
    /// (0040,9094) Referenced Image Real World Value Mapping Sequence, SQ, VM 1
    public static var referencedImageRealWorldValueMappingSequence: Tag { Tag(rawValue: 0x00409094) }
    /// (0040,9096) Real World Value Mapping Sequence, SQ, VM 1
    public static var realWorldValueMappingSequence: Tag { Tag(rawValue: 0x00409096) }
    /// (0040,9098) Pixel Value Mapping Code Sequence, SQ, VM 1
    public static var pixelValueMappingCodeSequence: Tag { Tag(rawValue: 0x00409098) }
    /// (0040,9210) LUT Label, SH, VM 1
    public static var lutLabel: Tag { Tag(rawValue: 0x00409210) }
    /// (0040,9211) Real World Value Last Value Mapped, US or SS, VM 1
    public static var realWorldValueLastValueMapped: Tag { Tag(rawValue: 0x00409211) }
    /// (0040,9212) Real World Value LUT Data, FD, VM 1-n
    public static var realWorldValueLUTData: Tag { Tag(rawValue: 0x00409212) }
    /// (0040,9213) Double Float Real World Value Last Value Mapped, FD, VM 1
    public static var doubleFloatRealWorldValueLastValueMapped: Tag { Tag(rawValue: 0x00409213) }
    /// (0040,9214) Double Float Real World Value First Value Mapped, FD, VM 1
    public static var doubleFloatRealWorldValueFirstValueMapped: Tag { Tag(rawValue: 0x00409214) }
    /// (0040,9216) Real World Value First Value Mapped, US or SS, VM 1
    public static var realWorldValueFirstValueMapped: Tag { Tag(rawValue: 0x00409216) }
    /// (0040,9220) Quantity Definition Sequence, SQ, VM 1
    public static var quantityDefinitionSequence: Tag { Tag(rawValue: 0x00409220) }
    /// (0040,9224) Real World Value Intercept, FD, VM 1
    public static var realWorldValueIntercept: Tag { Tag(rawValue: 0x00409224) }
    /// (0040,9225) Real World Value Slope, FD, VM 1
    public static var realWorldValueSlope: Tag { Tag(rawValue: 0x00409225) }
    /// (0040,A007) Findings Flag (Trial), CS, VM 1 (retired)
    public static var findingsFlagTrial: Tag { Tag(rawValue: 0x0040A007) }
    /// (0040,A010) Relationship Type, CS, VM 1
    public static var relationshipType: Tag { Tag(rawValue: 0x0040A010) }
    /// (0040,A020) Findings Sequence (Trial), SQ, VM 1 (retired)
    public static var findingsSequenceTrial: Tag { Tag(rawValue: 0x0040A020) }
    /// (0040,A021) Findings Group UID (Trial), UI, VM 1 (retired)
    public static var findingsGroupUIDTrial: Tag { Tag(rawValue: 0x0040A021) }
    /// (0040,A022) Referenced Findings Group UID (Trial), UI, VM 1 (retired)
    public static var referencedFindingsGroupUIDTrial: Tag { Tag(rawValue: 0x0040A022) }
    /// (0040,A023) Findings Group Recording Date (Trial), DA, VM 1 (retired)
    public static var findingsGroupRecordingDateTrial: Tag { Tag(rawValue: 0x0040A023) }
    /// (0040,A024) Findings Group Recording Time (Trial), TM, VM 1 (retired)
    public static var findingsGroupRecordingTimeTrial: Tag { Tag(rawValue: 0x0040A024) }
    /// (0040,A026) Findings Source Category Code Sequence (Trial), SQ, VM 1 (retired)
    public static var findingsSourceCategoryCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A026) }
    /// (0040,A027) Verifying Organization, LO, VM 1
    public static var verifyingOrganization: Tag { Tag(rawValue: 0x0040A027) }
    /// (0040,A028) Documenting Organization Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var documentingOrganizationIdentifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A028) }
    /// (0040,A030) Verification DateTime, DT, VM 1
    public static var verificationDateTime: Tag { Tag(rawValue: 0x0040A030) }
    /// (0040,A032) Observation DateTime, DT, VM 1
    public static var observationDateTime: Tag { Tag(rawValue: 0x0040A032) }
    /// (0040,A033) Observation Start DateTime, DT, VM 1
    public static var observationStartDateTime: Tag { Tag(rawValue: 0x0040A033) }
    /// (0040,A040) Value Type, CS, VM 1
    public static var valueType: Tag { Tag(rawValue: 0x0040A040) }
    /// (0040,A043) Concept Name Code Sequence, SQ, VM 1
    public static var conceptNameCodeSequence: Tag { Tag(rawValue: 0x0040A043) }
    /// (0040,A047) Measurement Precision Description (Trial), LO, VM 1 (retired)
    public static var measurementPrecisionDescriptionTrial: Tag { Tag(rawValue: 0x0040A047) }
    /// (0040,A050) Continuity Of Content, CS, VM 1
    public static var continuityOfContent: Tag { Tag(rawValue: 0x0040A050) }
    /// (0040,A057) Urgency or Priority Alerts (Trial), CS, VM 1-n (retired)
    public static var urgencyOrPriorityAlertsTrial: Tag { Tag(rawValue: 0x0040A057) }
    /// (0040,A060) Sequencing Indicator (Trial), LO, VM 1 (retired)
    public static var sequencingIndicatorTrial: Tag { Tag(rawValue: 0x0040A060) }
    /// (0040,A066) Document Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var documentIdentifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A066) }
    /// (0040,A067) Document Author (Trial), PN, VM 1 (retired)
    public static var documentAuthorTrial: Tag { Tag(rawValue: 0x0040A067) }
    /// (0040,A068) Document Author Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var documentAuthorIdentifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A068) }
    /// (0040,A070) Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var identifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A070) }
    /// (0040,A073) Verifying Observer Sequence, SQ, VM 1
    public static var verifyingObserverSequence: Tag { Tag(rawValue: 0x0040A073) }
    /// (0040,A074) Object Binary Identifier (Trial), OB, VM 1 (retired)
    public static var objectBinaryIdentifierTrial: Tag { Tag(rawValue: 0x0040A074) }
    /// (0040,A075) Verifying Observer Name, PN, VM 1
    public static var verifyingObserverName: Tag { Tag(rawValue: 0x0040A075) }
    /// (0040,A076) Documenting Observer Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var documentingObserverIdentifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A076) }
    /// (0040,A078) Author Observer Sequence, SQ, VM 1
    public static var authorObserverSequence: Tag { Tag(rawValue: 0x0040A078) }
    /// (0040,A07A) Participant Sequence, SQ, VM 1
    public static var participantSequence: Tag { Tag(rawValue: 0x0040A07A) }
    /// (0040,A07C) Custodial Organization Sequence, SQ, VM 1
    public static var custodialOrganizationSequence: Tag { Tag(rawValue: 0x0040A07C) }
    /// (0040,A080) Participation Type, CS, VM 1
    public static var participationType: Tag { Tag(rawValue: 0x0040A080) }
    /// (0040,A082) Participation DateTime, DT, VM 1
    public static var participationDateTime: Tag { Tag(rawValue: 0x0040A082) }
    /// (0040,A084) Observer Type, CS, VM 1
    public static var observerType: Tag { Tag(rawValue: 0x0040A084) }
    /// (0040,A085) Procedure Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var procedureIdentifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A085) }
    /// (0040,A088) Verifying Observer Identification Code Sequence, SQ, VM 1
    public static var verifyingObserverIdentificationCodeSequence: Tag { Tag(rawValue: 0x0040A088) }
    /// (0040,A089) Object Directory Binary Identifier (Trial), OB, VM 1 (retired)
    public static var objectDirectoryBinaryIdentifierTrial: Tag { Tag(rawValue: 0x0040A089) }
    /// (0040,A090) Equivalent CDA Document Sequence, SQ, VM 1 (retired)
    public static var equivalentCDADocumentSequence: Tag { Tag(rawValue: 0x0040A090) }
    /// (0040,A0B0) Referenced Waveform Channels, US, VM 2-2n
    public static var referencedWaveformChannels: Tag { Tag(rawValue: 0x0040A0B0) }
    /// (0040,A110) Date of Document or Verbal Transaction (Trial), DA, VM 1 (retired)
    public static var dateOfDocumentOrVerbalTransactionTrial: Tag { Tag(rawValue: 0x0040A110) }
    /// (0040,A112) Time of Document Creation or Verbal Transaction (Trial), TM, VM 1 (retired)
    public static var timeOfDocumentCreationOrVerbalTransactionTrial: Tag { Tag(rawValue: 0x0040A112) }
    /// (0040,A120) DateTime, DT, VM 1
    public static var dateTime: Tag { Tag(rawValue: 0x0040A120) }
    /// (0040,A121) Date, DA, VM 1
    public static var date: Tag { Tag(rawValue: 0x0040A121) }
    /// (0040,A122) Time, TM, VM 1
    public static var time: Tag { Tag(rawValue: 0x0040A122) }
    /// (0040,A123) Person Name, PN, VM 1
    public static var personName: Tag { Tag(rawValue: 0x0040A123) }
    /// (0040,A124) UID, UI, VM 1
    public static var uid: Tag { Tag(rawValue: 0x0040A124) }
    /// (0040,A125) Report Status ID (Trial), CS, VM 2 (retired)
    public static var reportStatusIDTrial: Tag { Tag(rawValue: 0x0040A125) }
    /// (0040,A130) Temporal Range Type, CS, VM 1
    public static var temporalRangeType: Tag { Tag(rawValue: 0x0040A130) }
    /// (0040,A132) Referenced Sample Positions, UL, VM 1-n
    public static var referencedSamplePositions: Tag { Tag(rawValue: 0x0040A132) }
    /// (0040,A136) Referenced Frame Numbers, US, VM 1-n (retired)
    public static var referencedFrameNumbers: Tag { Tag(rawValue: 0x0040A136) }
    /// (0040,A138) Referenced Time Offsets, DS, VM 1-n
    public static var referencedTimeOffsets: Tag { Tag(rawValue: 0x0040A138) }
    /// (0040,A13A) Referenced DateTime, DT, VM 1-n
    public static var referencedDateTime: Tag { Tag(rawValue: 0x0040A13A) }
    /// (0040,A160) Text Value, UT, VM 1
    public static var textValue: Tag { Tag(rawValue: 0x0040A160) }
    /// (0040,A161) Floating Point Value, FD, VM 1-n
    public static var floatingPointValue: Tag { Tag(rawValue: 0x0040A161) }
    /// (0040,A162) Rational Numerator Value, SL, VM 1-n
    public static var rationalNumeratorValue: Tag { Tag(rawValue: 0x0040A162) }
    /// (0040,A163) Rational Denominator Value, UL, VM 1-n
    public static var rationalDenominatorValue: Tag { Tag(rawValue: 0x0040A163) }
    /// (0040,A167) Observation Category Code Sequence (Trial), SQ, VM 1 (retired)
    public static var observationCategoryCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A167) }
    /// (0040,A168) Concept Code Sequence, SQ, VM 1
    public static var conceptCodeSequence: Tag { Tag(rawValue: 0x0040A168) }
    /// (0040,A16A) Bibliographic Citation (Trial), ST, VM 1 (retired)
    public static var bibliographicCitationTrial: Tag { Tag(rawValue: 0x0040A16A) }
    /// (0040,A170) Purpose of Reference Code Sequence, SQ, VM 1
    public static var purposeOfReferenceCodeSequence: Tag { Tag(rawValue: 0x0040A170) }
    /// (0040,A171) Observation UID, UI, VM 1
    public static var observationUID: Tag { Tag(rawValue: 0x0040A171) }
    /// (0040,A172) Referenced Observation UID (Trial), UI, VM 1 (retired)
    public static var referencedObservationUIDTrial: Tag { Tag(rawValue: 0x0040A172) }
    /// (0040,A173) Referenced Observation Class (Trial), CS, VM 1 (retired)
    public static var referencedObservationClassTrial: Tag { Tag(rawValue: 0x0040A173) }
    /// (0040,A174) Referenced Object Observation Class (Trial), CS, VM 1 (retired)
    public static var referencedObjectObservationClassTrial: Tag { Tag(rawValue: 0x0040A174) }
    /// (0040,A180) Annotation Group Number, US, VM 1
    public static var annotationGroupNumber: Tag { Tag(rawValue: 0x0040A180) }
    /// (0040,A192) Observation Date (Trial), DA, VM 1 (retired)
    public static var observationDateTrial: Tag { Tag(rawValue: 0x0040A192) }
    /// (0040,A193) Observation Time (Trial), TM, VM 1 (retired)
    public static var observationTimeTrial: Tag { Tag(rawValue: 0x0040A193) }
    /// (0040,A194) Measurement Automation (Trial), CS, VM 1 (retired)
    public static var measurementAutomationTrial: Tag { Tag(rawValue: 0x0040A194) }
    /// (0040,A195) Modifier Code Sequence, SQ, VM 1
    public static var modifierCodeSequence: Tag { Tag(rawValue: 0x0040A195) }
    /// (0040,A224) Identification Description (Trial), ST, VM 1 (retired)
    public static var identificationDescriptionTrial: Tag { Tag(rawValue: 0x0040A224) }
    /// (0040,A290) Coordinates Set Geometric Type (Trial), CS, VM 1 (retired)
    public static var coordinatesSetGeometricTypeTrial: Tag { Tag(rawValue: 0x0040A290) }
    /// (0040,A296) Algorithm Code Sequence (Trial), SQ, VM 1 (retired)
    public static var algorithmCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A296) }
    /// (0040,A297) Algorithm Description (Trial), ST, VM 1 (retired)
    public static var algorithmDescriptionTrial: Tag { Tag(rawValue: 0x0040A297) }
    /// (0040,A29A) Pixel Coordinates Set (Trial), SL, VM 2-2n (retired)
    public static var pixelCoordinatesSetTrial: Tag { Tag(rawValue: 0x0040A29A) }
    /// (0040,A300) Measured Value Sequence, SQ, VM 1
    public static var measuredValueSequence: Tag { Tag(rawValue: 0x0040A300) }
    /// (0040,A301) Numeric Value Qualifier Code Sequence, SQ, VM 1
    public static var numericValueQualifierCodeSequence: Tag { Tag(rawValue: 0x0040A301) }
    /// (0040,A307) Current Observer (Trial), PN, VM 1 (retired)
    public static var currentObserverTrial: Tag { Tag(rawValue: 0x0040A307) }
    /// (0040,A30A) Numeric Value, DS, VM 1-n
    public static var numericValue: Tag { Tag(rawValue: 0x0040A30A) }
    /// (0040,A313) Referenced Accession Sequence (Trial), SQ, VM 1 (retired)
    public static var referencedAccessionSequenceTrial: Tag { Tag(rawValue: 0x0040A313) }
    /// (0040,A33A) Report Status Comment (Trial), ST, VM 1 (retired)
    public static var reportStatusCommentTrial: Tag { Tag(rawValue: 0x0040A33A) }
    /// (0040,A340) Procedure Context Sequence (Trial), SQ, VM 1 (retired)
    public static var procedureContextSequenceTrial: Tag { Tag(rawValue: 0x0040A340) }
    /// (0040,A352) Verbal Source (Trial), PN, VM 1 (retired)
    public static var verbalSourceTrial: Tag { Tag(rawValue: 0x0040A352) }
    /// (0040,A353) Address (Trial), ST, VM 1 (retired)
    public static var addressTrial: Tag { Tag(rawValue: 0x0040A353) }
    /// (0040,A354) Telephone Number (Trial), LO, VM 1 (retired)
    public static var telephoneNumberTrial: Tag { Tag(rawValue: 0x0040A354) }
    /// (0040,A358) Verbal Source Identifier Code Sequence (Trial), SQ, VM 1 (retired)
    public static var verbalSourceIdentifierCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A358) }
    /// (0040,A360) Predecessor Documents Sequence, SQ, VM 1
    public static var predecessorDocumentsSequence: Tag { Tag(rawValue: 0x0040A360) }
    /// (0040,A370) Referenced Request Sequence, SQ, VM 1
    public static var referencedRequestSequence: Tag { Tag(rawValue: 0x0040A370) }
    /// (0040,A372) Performed Procedure Code Sequence, SQ, VM 1
    public static var performedProcedureCodeSequence: Tag { Tag(rawValue: 0x0040A372) }
    /// (0040,A375) Current Requested Procedure Evidence Sequence, SQ, VM 1
    public static var currentRequestedProcedureEvidenceSequence: Tag { Tag(rawValue: 0x0040A375) }
    /// (0040,A380) Report Detail Sequence (Trial), SQ, VM 1 (retired)
    public static var reportDetailSequenceTrial: Tag { Tag(rawValue: 0x0040A380) }
    /// (0040,A385) Pertinent Other Evidence Sequence, SQ, VM 1
    public static var pertinentOtherEvidenceSequence: Tag { Tag(rawValue: 0x0040A385) }
    /// (0040,A390) HL7 Structured Document Reference Sequence, SQ, VM 1
    public static var hl7StructuredDocumentReferenceSequence: Tag { Tag(rawValue: 0x0040A390) }
    /// (0040,A402) Observation Subject UID (Trial), UI, VM 1 (retired)
    public static var observationSubjectUIDTrial: Tag { Tag(rawValue: 0x0040A402) }
    /// (0040,A403) Observation Subject Class (Trial), CS, VM 1 (retired)
    public static var observationSubjectClassTrial: Tag { Tag(rawValue: 0x0040A403) }
    /// (0040,A404) Observation Subject Type Code Sequence (Trial), SQ, VM 1 (retired)
    public static var observationSubjectTypeCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A404) }
    /// (0040,A491) Completion Flag, CS, VM 1
    public static var completionFlag: Tag { Tag(rawValue: 0x0040A491) }
    /// (0040,A492) Completion Flag Description, LO, VM 1
    public static var completionFlagDescription: Tag { Tag(rawValue: 0x0040A492) }
    /// (0040,A493) Verification Flag, CS, VM 1
    public static var verificationFlag: Tag { Tag(rawValue: 0x0040A493) }
    /// (0040,A494) Archive Requested, CS, VM 1
    public static var archiveRequested: Tag { Tag(rawValue: 0x0040A494) }
    /// (0040,A496) Preliminary Flag, CS, VM 1
    public static var preliminaryFlag: Tag { Tag(rawValue: 0x0040A496) }
    /// (0040,A504) Content Template Sequence, SQ, VM 1
    public static var contentTemplateSequence: Tag { Tag(rawValue: 0x0040A504) }
    /// (0040,A525) Identical Documents Sequence, SQ, VM 1
    public static var identicalDocumentsSequence: Tag { Tag(rawValue: 0x0040A525) }
    /// (0040,A600) Observation Subject Context Flag (Trial), CS, VM 1 (retired)
    public static var observationSubjectContextFlagTrial: Tag { Tag(rawValue: 0x0040A600) }
    /// (0040,A601) Observer Context Flag (Trial), CS, VM 1 (retired)
    public static var observerContextFlagTrial: Tag { Tag(rawValue: 0x0040A601) }
    /// (0040,A603) Procedure Context Flag (Trial), CS, VM 1 (retired)
    public static var procedureContextFlagTrial: Tag { Tag(rawValue: 0x0040A603) }
    /// (0040,A730) Content Sequence, SQ, VM 1
    public static var contentSequence: Tag { Tag(rawValue: 0x0040A730) }
    /// (0040,A731) Relationship Sequence (Trial), SQ, VM 1 (retired)
    public static var relationshipSequenceTrial: Tag { Tag(rawValue: 0x0040A731) }
    /// (0040,A732) Relationship Type Code Sequence (Trial), SQ, VM 1 (retired)
    public static var relationshipTypeCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A732) }
    /// (0040,A744) Language Code Sequence (Trial), SQ, VM 1 (retired)
    public static var languageCodeSequenceTrial: Tag { Tag(rawValue: 0x0040A744) }
    /// (0040,A801) Tabulated Values Sequence, SQ, VM 1
    public static var tabulatedValuesSequence: Tag { Tag(rawValue: 0x0040A801) }
    /// (0040,A802) Number of Table Rows, UL, VM 1
    public static var numberOfTableRows: Tag { Tag(rawValue: 0x0040A802) }
    /// (0040,A803) Number of Table Columns, UL, VM 1
    public static var numberOfTableColumns: Tag { Tag(rawValue: 0x0040A803) }
    /// (0040,A804) Table Row Number, UL, VM 1
    public static var tableRowNumber: Tag { Tag(rawValue: 0x0040A804) }
    /// (0040,A805) Table Column Number, UL, VM 1
    public static var tableColumnNumber: Tag { Tag(rawValue: 0x0040A805) }
    /// (0040,A806) Table Row Definition Sequence, SQ, VM 1
    public static var tableRowDefinitionSequence: Tag { Tag(rawValue: 0x0040A806) }
    /// (0040,A807) Table Column Definition Sequence, SQ, VM 1
    public static var tableColumnDefinitionSequence: Tag { Tag(rawValue: 0x0040A807) }
    /// (0040,A808) Cell Values Sequence, SQ, VM 1
    public static var cellValuesSequence: Tag { Tag(rawValue: 0x0040A808) }
    /// (0040,A992) Uniform Resource Locator (Trial), ST, VM 1 (retired)
    public static var uniformResourceLocatorTrial: Tag { Tag(rawValue: 0x0040A992) }
    /// (0040,B020) Waveform Annotation Sequence, SQ, VM 1
    public static var waveformAnnotationSequence: Tag { Tag(rawValue: 0x0040B020) }
    /// (0040,DB00) Template Identifier, CS, VM 1
    public static var templateIdentifier: Tag { Tag(rawValue: 0x0040DB00) }
    /// (0040,DB06) Template Version, DT, VM 1 (retired)
    public static var templateVersion: Tag { Tag(rawValue: 0x0040DB06) }
    /// (0040,DB07) Template Local Version, DT, VM 1 (retired)
    public static var templateLocalVersion: Tag { Tag(rawValue: 0x0040DB07) }
    /// (0040,DB0B) Template Extension Flag, CS, VM 1 (retired)
    public static var templateExtensionFlag: Tag { Tag(rawValue: 0x0040DB0B) }
    /// (0040,DB0C) Template Extension Organization UID, UI, VM 1 (retired)
    public static var templateExtensionOrganizationUID: Tag { Tag(rawValue: 0x0040DB0C) }
    /// (0040,DB0D) Template Extension Creator UID, UI, VM 1 (retired)
    public static var templateExtensionCreatorUID: Tag { Tag(rawValue: 0x0040DB0D) }
    /// (0040,DB73) Referenced Content Item Identifier, UL, VM 1-n
    public static var referencedContentItemIdentifier: Tag { Tag(rawValue: 0x0040DB73) }
    /// (0040,E001) HL7 Instance Identifier, ST, VM 1
    public static var hl7InstanceIdentifier: Tag { Tag(rawValue: 0x0040E001) }
    /// (0040,E004) HL7 Document Effective Time, DT, VM 1
    public static var hl7DocumentEffectiveTime: Tag { Tag(rawValue: 0x0040E004) }
    /// (0040,E006) HL7 Document Type Code Sequence, SQ, VM 1
    public static var hl7DocumentTypeCodeSequence: Tag { Tag(rawValue: 0x0040E006) }
    /// (0040,E008) Document Class Code Sequence, SQ, VM 1
    public static var documentClassCodeSequence: Tag { Tag(rawValue: 0x0040E008) }
    /// (0040,E010) Retrieve URI, UR, VM 1
    public static var retrieveURI: Tag { Tag(rawValue: 0x0040E010) }
    /// (0040,E011) Retrieve Location UID, UI, VM 1
    public static var retrieveLocationUID: Tag { Tag(rawValue: 0x0040E011) }
    /// (0040,E020) Type of Instances, CS, VM 1
    public static var typeOfInstances: Tag { Tag(rawValue: 0x0040E020) }
    /// (0040,E021) DICOM Retrieval Sequence, SQ, VM 1
    public static var dicomRetrievalSequence: Tag { Tag(rawValue: 0x0040E021) }
    /// (0040,E022) DICOM Media Retrieval Sequence, SQ, VM 1
    public static var dicomMediaRetrievalSequence: Tag { Tag(rawValue: 0x0040E022) }
    /// (0040,E023) WADO Retrieval Sequence, SQ, VM 1
    public static var wadoRetrievalSequence: Tag { Tag(rawValue: 0x0040E023) }
    /// (0040,E024) XDS Retrieval Sequence, SQ, VM 1
    public static var xdsRetrievalSequence: Tag { Tag(rawValue: 0x0040E024) }
    /// (0040,E025) WADO-RS Retrieval Sequence, SQ, VM 1
    public static var wadorsRetrievalSequence: Tag { Tag(rawValue: 0x0040E025) }
    /// (0040,E030) Repository Unique ID, UI, VM 1
    public static var repositoryUniqueID: Tag { Tag(rawValue: 0x0040E030) }
    /// (0040,E031) Home Community ID, UI, VM 1
    public static var homeCommunityID: Tag { Tag(rawValue: 0x0040E031) }
    /// (0042,0010) Document Title, ST, VM 1
    public static var documentTitle: Tag { Tag(rawValue: 0x00420010) }
    /// (0042,0011) Encapsulated Document, OB, VM 1
    public static var encapsulatedDocument: Tag { Tag(rawValue: 0x00420011) }
    /// (0042,0012) MIME Type of Encapsulated Document, LO, VM 1
    public static var mimeTypeOfEncapsulatedDocument: Tag { Tag(rawValue: 0x00420012) }
    /// (0042,0013) Source Instance Sequence, SQ, VM 1
    public static var sourceInstanceSequence: Tag { Tag(rawValue: 0x00420013) }
    /// (0042,0014) List of MIME Types, LO, VM 1-n
    public static var listOfMIMETypes: Tag { Tag(rawValue: 0x00420014) }
    /// (0042,0015) Encapsulated Document Length, UL, VM 1
    public static var encapsulatedDocumentLength: Tag { Tag(rawValue: 0x00420015) }
    /// (0044,0001) Product Package Identifier, ST, VM 1
    public static var productPackageIdentifier: Tag { Tag(rawValue: 0x00440001) }
    /// (0044,0002) Substance Administration Approval, CS, VM 1
    public static var substanceAdministrationApproval: Tag { Tag(rawValue: 0x00440002) }
    /// (0044,0003) Approval Status Further Description, LT, VM 1
    public static var approvalStatusFurtherDescription: Tag { Tag(rawValue: 0x00440003) }
    /// (0044,0004) Approval Status DateTime, DT, VM 1
    public static var approvalStatusDateTime: Tag { Tag(rawValue: 0x00440004) }
    /// (0044,0007) Product Type Code Sequence, SQ, VM 1
    public static var productTypeCodeSequence: Tag { Tag(rawValue: 0x00440007) }
    /// (0044,0008) Product Name, LO, VM 1-n
    public static var productName: Tag { Tag(rawValue: 0x00440008) }
    /// (0044,0009) Product Description, LT, VM 1
    public static var productDescription: Tag { Tag(rawValue: 0x00440009) }
    /// (0044,000A) Product Lot Identifier, LO, VM 1
    public static var productLotIdentifier: Tag { Tag(rawValue: 0x0044000A) }
    /// (0044,000B) Product Expiration DateTime, DT, VM 1
    public static var productExpirationDateTime: Tag { Tag(rawValue: 0x0044000B) }
    /// (0044,0010) Substance Administration DateTime, DT, VM 1
    public static var substanceAdministrationDateTime: Tag { Tag(rawValue: 0x00440010) }
    /// (0044,0011) Substance Administration Notes, LO, VM 1
    public static var substanceAdministrationNotes: Tag { Tag(rawValue: 0x00440011) }
    /// (0044,0012) Substance Administration Device ID, LO, VM 1
    public static var substanceAdministrationDeviceID: Tag { Tag(rawValue: 0x00440012) }
    /// (0044,0013) Product Parameter Sequence, SQ, VM 1
    public static var productParameterSequence: Tag { Tag(rawValue: 0x00440013) }
    /// (0044,0019) Substance Administration Parameter Sequence, SQ, VM 1
    public static var substanceAdministrationParameterSequence: Tag { Tag(rawValue: 0x00440019) }
    /// (0044,0100) Approval Sequence, SQ, VM 1
    public static var approvalSequence: Tag { Tag(rawValue: 0x00440100) }
    /// (0044,0101) Assertion Code Sequence, SQ, VM 1
    public static var assertionCodeSequence: Tag { Tag(rawValue: 0x00440101) }
    /// (0044,0102) Assertion UID, UI, VM 1
    public static var assertionUID: Tag { Tag(rawValue: 0x00440102) }
    /// (0044,0103) Asserter Identification Sequence, SQ, VM 1
    public static var asserterIdentificationSequence: Tag { Tag(rawValue: 0x00440103) }
    /// (0044,0104) Assertion DateTime, DT, VM 1
    public static var assertionDateTime: Tag { Tag(rawValue: 0x00440104) }
    /// (0044,0105) Assertion Expiration DateTime, DT, VM 1
    public static var assertionExpirationDateTime: Tag { Tag(rawValue: 0x00440105) }
    /// (0044,0106) Assertion Comments, UT, VM 1
    public static var assertionComments: Tag { Tag(rawValue: 0x00440106) }
    /// (0044,0107) Related Assertion Sequence, SQ, VM 1
    public static var relatedAssertionSequence: Tag { Tag(rawValue: 0x00440107) }
    /// (0044,0108) Referenced Assertion UID, UI, VM 1
    public static var referencedAssertionUID: Tag { Tag(rawValue: 0x00440108) }
    /// (0044,0109) Approval Subject Sequence, SQ, VM 1
    public static var approvalSubjectSequence: Tag { Tag(rawValue: 0x00440109) }
    /// (0044,010A) Organizational Role Code Sequence, SQ, VM 1
    public static var organizationalRoleCodeSequence: Tag { Tag(rawValue: 0x0044010A) }
    /// (0046,0012) Lens Description, LO, VM 1
    public static var lensDescription: Tag { Tag(rawValue: 0x00460012) }
    /// (0046,0014) Right Lens Sequence, SQ, VM 1
    public static var rightLensSequence: Tag { Tag(rawValue: 0x00460014) }
    /// (0046,0015) Left Lens Sequence, SQ, VM 1
    public static var leftLensSequence: Tag { Tag(rawValue: 0x00460015) }
    /// (0046,0016) Unspecified Laterality Lens Sequence, SQ, VM 1
    public static var unspecifiedLateralityLensSequence: Tag { Tag(rawValue: 0x00460016) }
    /// (0046,0018) Cylinder Sequence, SQ, VM 1
    public static var cylinderSequence: Tag { Tag(rawValue: 0x00460018) }
    /// (0046,0028) Prism Sequence, SQ, VM 1
    public static var prismSequence: Tag { Tag(rawValue: 0x00460028) }
    /// (0046,0030) Horizontal Prism Power, FD, VM 1
    public static var horizontalPrismPower: Tag { Tag(rawValue: 0x00460030) }
    /// (0046,0032) Horizontal Prism Base, CS, VM 1
    public static var horizontalPrismBase: Tag { Tag(rawValue: 0x00460032) }
    /// (0046,0034) Vertical Prism Power, FD, VM 1
    public static var verticalPrismPower: Tag { Tag(rawValue: 0x00460034) }
    /// (0046,0036) Vertical Prism Base, CS, VM 1
    public static var verticalPrismBase: Tag { Tag(rawValue: 0x00460036) }
    /// (0046,0038) Lens Segment Type, CS, VM 1
    public static var lensSegmentType: Tag { Tag(rawValue: 0x00460038) }
    /// (0046,0040) Optical Transmittance, FD, VM 1
    public static var opticalTransmittance: Tag { Tag(rawValue: 0x00460040) }
    /// (0046,0042) Channel Width, FD, VM 1
    public static var channelWidth: Tag { Tag(rawValue: 0x00460042) }
    /// (0046,0044) Pupil Size, FD, VM 1
    public static var pupilSize: Tag { Tag(rawValue: 0x00460044) }
    /// (0046,0046) Corneal Size, FD, VM 1
    public static var cornealSize: Tag { Tag(rawValue: 0x00460046) }
    /// (0046,0047) Corneal Size Sequence, SQ, VM 1
    public static var cornealSizeSequence: Tag { Tag(rawValue: 0x00460047) }
    /// (0046,0050) Autorefraction Right Eye Sequence, SQ, VM 1
    public static var autorefractionRightEyeSequence: Tag { Tag(rawValue: 0x00460050) }
    /// (0046,0052) Autorefraction Left Eye Sequence, SQ, VM 1
    public static var autorefractionLeftEyeSequence: Tag { Tag(rawValue: 0x00460052) }
    /// (0046,0060) Distance Pupillary Distance, FD, VM 1
    public static var distancePupillaryDistance: Tag { Tag(rawValue: 0x00460060) }
    /// (0046,0062) Near Pupillary Distance, FD, VM 1
    public static var nearPupillaryDistance: Tag { Tag(rawValue: 0x00460062) }
    /// (0046,0063) Intermediate Pupillary Distance, FD, VM 1
    public static var intermediatePupillaryDistance: Tag { Tag(rawValue: 0x00460063) }
    /// (0046,0064) Other Pupillary Distance, FD, VM 1
    public static var otherPupillaryDistance: Tag { Tag(rawValue: 0x00460064) }
    /// (0046,0070) Keratometry Right Eye Sequence, SQ, VM 1
    public static var keratometryRightEyeSequence: Tag { Tag(rawValue: 0x00460070) }
    /// (0046,0071) Keratometry Left Eye Sequence, SQ, VM 1
    public static var keratometryLeftEyeSequence: Tag { Tag(rawValue: 0x00460071) }
    /// (0046,0074) Steep Keratometric Axis Sequence, SQ, VM 1
    public static var steepKeratometricAxisSequence: Tag { Tag(rawValue: 0x00460074) }
    /// (0046,0075) Radius of Curvature, FD, VM 1
    public static var radiusOfCurvature: Tag { Tag(rawValue: 0x00460075) }
    /// (0046,0076) Keratometric Power, FD, VM 1
    public static var keratometricPower: Tag { Tag(rawValue: 0x00460076) }
    /// (0046,0077) Keratometric Axis, FD, VM 1
    public static var keratometricAxis: Tag { Tag(rawValue: 0x00460077) }
    /// (0046,0080) Flat Keratometric Axis Sequence, SQ, VM 1
    public static var flatKeratometricAxisSequence: Tag { Tag(rawValue: 0x00460080) }
    /// (0046,0092) Background Color, CS, VM 1
    public static var backgroundColor: Tag { Tag(rawValue: 0x00460092) }
    /// (0046,0094) Optotype, CS, VM 1
    public static var optotype: Tag { Tag(rawValue: 0x00460094) }
    /// (0046,0095) Optotype Presentation, CS, VM 1
    public static var optotypePresentation: Tag { Tag(rawValue: 0x00460095) }
    /// (0046,0097) Subjective Refraction Right Eye Sequence, SQ, VM 1
    public static var subjectiveRefractionRightEyeSequence: Tag { Tag(rawValue: 0x00460097) }
    /// (0046,0098) Subjective Refraction Left Eye Sequence, SQ, VM 1
    public static var subjectiveRefractionLeftEyeSequence: Tag { Tag(rawValue: 0x00460098) }
    /// (0046,0100) Add Near Sequence, SQ, VM 1
    public static var addNearSequence: Tag { Tag(rawValue: 0x00460100) }
    /// (0046,0101) Add Intermediate Sequence, SQ, VM 1
    public static var addIntermediateSequence: Tag { Tag(rawValue: 0x00460101) }
    /// (0046,0102) Add Other Sequence, SQ, VM 1
    public static var addOtherSequence: Tag { Tag(rawValue: 0x00460102) }
    /// (0046,0104) Add Power, FD, VM 1
    public static var addPower: Tag { Tag(rawValue: 0x00460104) }
    /// (0046,0106) Viewing Distance, FD, VM 1
    public static var viewingDistance: Tag { Tag(rawValue: 0x00460106) }
    /// (0046,0110) Cornea Measurements Sequence, SQ, VM 1
    public static var corneaMeasurementsSequence: Tag { Tag(rawValue: 0x00460110) }
    /// (0046,0111) Source of Cornea Measurement Data Code Sequence, SQ, VM 1
    public static var sourceOfCorneaMeasurementDataCodeSequence: Tag { Tag(rawValue: 0x00460111) }
    /// (0046,0112) Steep Corneal Axis Sequence, SQ, VM 1
    public static var steepCornealAxisSequence: Tag { Tag(rawValue: 0x00460112) }
    /// (0046,0113) Flat Corneal Axis Sequence, SQ, VM 1
    public static var flatCornealAxisSequence: Tag { Tag(rawValue: 0x00460113) }
    /// (0046,0114) Corneal Power, FD, VM 1
    public static var cornealPower: Tag { Tag(rawValue: 0x00460114) }
    /// (0046,0115) Corneal Axis, FD, VM 1
    public static var cornealAxis: Tag { Tag(rawValue: 0x00460115) }
    /// (0046,0116) Cornea Measurement Method Code Sequence, SQ, VM 1
    public static var corneaMeasurementMethodCodeSequence: Tag { Tag(rawValue: 0x00460116) }
    /// (0046,0117) Refractive Index of Cornea, FL, VM 1
    public static var refractiveIndexOfCornea: Tag { Tag(rawValue: 0x00460117) }
    /// (0046,0118) Refractive Index of Aqueous Humor, FL, VM 1
    public static var refractiveIndexOfAqueousHumor: Tag { Tag(rawValue: 0x00460118) }
    /// (0046,0121) Visual Acuity Type Code Sequence, SQ, VM 1
    public static var visualAcuityTypeCodeSequence: Tag { Tag(rawValue: 0x00460121) }
    /// (0046,0122) Visual Acuity Right Eye Sequence, SQ, VM 1
    public static var visualAcuityRightEyeSequence: Tag { Tag(rawValue: 0x00460122) }
    /// (0046,0123) Visual Acuity Left Eye Sequence, SQ, VM 1
    public static var visualAcuityLeftEyeSequence: Tag { Tag(rawValue: 0x00460123) }
    /// (0046,0124) Visual Acuity Both Eyes Open Sequence, SQ, VM 1
    public static var visualAcuityBothEyesOpenSequence: Tag { Tag(rawValue: 0x00460124) }
    /// (0046,0125) Viewing Distance Type, CS, VM 1
    public static var viewingDistanceType: Tag { Tag(rawValue: 0x00460125) }
    /// (0046,0135) Visual Acuity Modifiers, SS, VM 2
    public static var visualAcuityModifiers: Tag { Tag(rawValue: 0x00460135) }
    /// (0046,0137) Decimal Visual Acuity, FD, VM 1
    public static var decimalVisualAcuity: Tag { Tag(rawValue: 0x00460137) }
    /// (0046,0139) Optotype Detailed Definition, LO, VM 1
    public static var optotypeDetailedDefinition: Tag { Tag(rawValue: 0x00460139) }
    /// (0046,0145) Referenced Refractive Measurements Sequence, SQ, VM 1
    public static var referencedRefractiveMeasurementsSequence: Tag { Tag(rawValue: 0x00460145) }
    /// (0046,0146) Sphere Power, FD, VM 1
    public static var spherePower: Tag { Tag(rawValue: 0x00460146) }
    /// (0046,0147) Cylinder Power, FD, VM 1
    public static var cylinderPower: Tag { Tag(rawValue: 0x00460147) }
    /// (0046,0201) Corneal Topography Surface, CS, VM 1
    public static var cornealTopographySurface: Tag { Tag(rawValue: 0x00460201) }
    /// (0046,0202) Corneal Vertex Location, FL, VM 2
    public static var cornealVertexLocation: Tag { Tag(rawValue: 0x00460202) }
    /// (0046,0203) Pupil Centroid X-Coordinate, FL, VM 1
    public static var pupilCentroidXCoordinate: Tag { Tag(rawValue: 0x00460203) }
    /// (0046,0204) Pupil Centroid Y-Coordinate, FL, VM 1
    public static var pupilCentroidYCoordinate: Tag { Tag(rawValue: 0x00460204) }
    /// (0046,0205) Equivalent Pupil Radius, FL, VM 1
    public static var equivalentPupilRadius: Tag { Tag(rawValue: 0x00460205) }
    /// (0046,0207) Corneal Topography Map Type Code Sequence, SQ, VM 1
    public static var cornealTopographyMapTypeCodeSequence: Tag { Tag(rawValue: 0x00460207) }
    /// (0046,0208) Vertices of the Outline of Pupil, IS, VM 2-2n
    public static var verticesOfTheOutlineOfPupil: Tag { Tag(rawValue: 0x00460208) }
    /// (0046,0210) Corneal Topography Mapping Normals Sequence, SQ, VM 1
    public static var cornealTopographyMappingNormalsSequence: Tag { Tag(rawValue: 0x00460210) }
    /// (0046,0211) Maximum Corneal Curvature Sequence, SQ, VM 1
    public static var maximumCornealCurvatureSequence: Tag { Tag(rawValue: 0x00460211) }
    /// (0046,0212) Maximum Corneal Curvature, FL, VM 1
    public static var maximumCornealCurvature: Tag { Tag(rawValue: 0x00460212) }
    /// (0046,0213) Maximum Corneal Curvature Location, FL, VM 2
    public static var maximumCornealCurvatureLocation: Tag { Tag(rawValue: 0x00460213) }
    /// (0046,0215) Minimum Keratometric Sequence, SQ, VM 1
    public static var minimumKeratometricSequence: Tag { Tag(rawValue: 0x00460215) }
    /// (0046,0218) Simulated Keratometric Cylinder Sequence, SQ, VM 1
    public static var simulatedKeratometricCylinderSequence: Tag { Tag(rawValue: 0x00460218) }
    /// (0046,0220) Average Corneal Power, FL, VM 1
    public static var averageCornealPower: Tag { Tag(rawValue: 0x00460220) }
    /// (0046,0224) Corneal I-S Value, FL, VM 1
    public static var cornealISValue: Tag { Tag(rawValue: 0x00460224) }
    /// (0046,0227) Analyzed Area, FL, VM 1
    public static var analyzedArea: Tag { Tag(rawValue: 0x00460227) }
    /// (0046,0230) Surface Regularity Index, FL, VM 1
    public static var surfaceRegularityIndex: Tag { Tag(rawValue: 0x00460230) }
    /// (0046,0232) Surface Asymmetry Index, FL, VM 1
    public static var surfaceAsymmetryIndex: Tag { Tag(rawValue: 0x00460232) }
    /// (0046,0234) Corneal Eccentricity Index, FL, VM 1
    public static var cornealEccentricityIndex: Tag { Tag(rawValue: 0x00460234) }
    /// (0046,0236) Keratoconus Prediction Index, FL, VM 1
    public static var keratoconusPredictionIndex: Tag { Tag(rawValue: 0x00460236) }
    /// (0046,0238) Decimal Potential Visual Acuity, FL, VM 1
    public static var decimalPotentialVisualAcuity: Tag { Tag(rawValue: 0x00460238) }
    /// (0046,0242) Corneal Topography Map Quality Evaluation, CS, VM 1
    public static var cornealTopographyMapQualityEvaluation: Tag { Tag(rawValue: 0x00460242) }
    /// (0046,0244) Source Image Corneal Processed Data Sequence, SQ, VM 1
    public static var sourceImageCornealProcessedDataSequence: Tag { Tag(rawValue: 0x00460244) }
    /// (0046,0247) Corneal Point Location, FL, VM 3
    public static var cornealPointLocation: Tag { Tag(rawValue: 0x00460247) }
    /// (0046,0248) Corneal Point Estimated, CS, VM 1
    public static var cornealPointEstimated: Tag { Tag(rawValue: 0x00460248) }
    /// (0046,0249) Axial Power, FL, VM 1
    public static var axialPower: Tag { Tag(rawValue: 0x00460249) }
    /// (0046,0250) Tangential Power, FL, VM 1
    public static var tangentialPower: Tag { Tag(rawValue: 0x00460250) }
    /// (0046,0251) Refractive Power, FL, VM 1
    public static var refractivePower: Tag { Tag(rawValue: 0x00460251) }
    /// (0046,0252) Relative Elevation, FL, VM 1
    public static var relativeElevation: Tag { Tag(rawValue: 0x00460252) }
    /// (0046,0253) Corneal Wavefront, FL, VM 1
    public static var cornealWavefront: Tag { Tag(rawValue: 0x00460253) }
    /// (0048,0001) Imaged Volume Width, FL, VM 1
    public static var imagedVolumeWidth: Tag { Tag(rawValue: 0x00480001) }
    /// (0048,0002) Imaged Volume Height, FL, VM 1
    public static var imagedVolumeHeight: Tag { Tag(rawValue: 0x00480002) }
    /// (0048,0003) Imaged Volume Depth, FL, VM 1
    public static var imagedVolumeDepth: Tag { Tag(rawValue: 0x00480003) }
    /// (0048,0006) Total Pixel Matrix Columns, UL, VM 1
    public static var totalPixelMatrixColumns: Tag { Tag(rawValue: 0x00480006) }
    /// (0048,0007) Total Pixel Matrix Rows, UL, VM 1
    public static var totalPixelMatrixRows: Tag { Tag(rawValue: 0x00480007) }
    /// (0048,0008) Total Pixel Matrix Origin Sequence, SQ, VM 1
    public static var totalPixelMatrixOriginSequence: Tag { Tag(rawValue: 0x00480008) }
    /// (0048,0010) Specimen Label in Image, CS, VM 1
    public static var specimenLabelInImage: Tag { Tag(rawValue: 0x00480010) }
    /// (0048,0011) Focus Method, CS, VM 1
    public static var focusMethod: Tag { Tag(rawValue: 0x00480011) }
    /// (0048,0012) Extended Depth of Field, CS, VM 1
    public static var extendedDepthOfField: Tag { Tag(rawValue: 0x00480012) }
    /// (0048,0013) Number of Focal Planes, US, VM 1
    public static var numberOfFocalPlanes: Tag { Tag(rawValue: 0x00480013) }
    /// (0048,0014) Distance Between Focal Planes, FL, VM 1
    public static var distanceBetweenFocalPlanes: Tag { Tag(rawValue: 0x00480014) }
    /// (0048,0015) Recommended Absent Pixel CIELab Value, US, VM 3
    public static var recommendedAbsentPixelCIELabValue: Tag { Tag(rawValue: 0x00480015) }
    /// (0048,0100) Illuminator Type Code Sequence, SQ, VM 1
    public static var illuminatorTypeCodeSequence: Tag { Tag(rawValue: 0x00480100) }
    /// (0048,0102) Image Orientation (Slide), DS, VM 6
    public static var imageOrientationSlide: Tag { Tag(rawValue: 0x00480102) }
    /// (0048,0105) Optical Path Sequence, SQ, VM 1
    public static var opticalPathSequence: Tag { Tag(rawValue: 0x00480105) }
    /// (0048,0106) Optical Path Identifier, SH, VM 1
    public static var opticalPathIdentifier: Tag { Tag(rawValue: 0x00480106) }
    /// (0048,0107) Optical Path Description, ST, VM 1
    public static var opticalPathDescription: Tag { Tag(rawValue: 0x00480107) }
    /// (0048,0108) Illumination Color Code Sequence, SQ, VM 1
    public static var illuminationColorCodeSequence: Tag { Tag(rawValue: 0x00480108) }
    /// (0048,0110) Specimen Reference Sequence, SQ, VM 1
    public static var specimenReferenceSequence: Tag { Tag(rawValue: 0x00480110) }
    /// (0048,0111) Condenser Lens Power, DS, VM 1
    public static var condenserLensPower: Tag { Tag(rawValue: 0x00480111) }
    /// (0048,0112) Objective Lens Power, DS, VM 1
    public static var objectiveLensPower: Tag { Tag(rawValue: 0x00480112) }
    /// (0048,0113) Objective Lens Numerical Aperture, DS, VM 1
    public static var objectiveLensNumericalAperture: Tag { Tag(rawValue: 0x00480113) }
    /// (0048,0114) Confocal Mode, CS, VM 1
    public static var confocalMode: Tag { Tag(rawValue: 0x00480114) }
    /// (0048,0115) Tissue Location, CS, VM 1
    public static var tissueLocation: Tag { Tag(rawValue: 0x00480115) }
    /// (0048,0116) Confocal Microscopy Image Frame Type Sequence, SQ, VM 1
    public static var confocalMicroscopyImageFrameTypeSequence: Tag { Tag(rawValue: 0x00480116) }
    /// (0048,0117) Image Acquisition Depth, FD, VM 1
    public static var imageAcquisitionDepth: Tag { Tag(rawValue: 0x00480117) }
    /// (0048,0120) Palette Color Lookup Table Sequence, SQ, VM 1
    public static var paletteColorLookupTableSequence: Tag { Tag(rawValue: 0x00480120) }
    /// (0048,0200) Referenced Image Navigation Sequence, SQ, VM 1 (retired)
    public static var referencedImageNavigationSequence: Tag { Tag(rawValue: 0x00480200) }
    /// (0048,0201) Top Left Hand Corner of Localizer Area, US, VM 2 (retired)
    public static var topLeftHandCornerOfLocalizerArea: Tag { Tag(rawValue: 0x00480201) }
    /// (0048,0202) Bottom Right Hand Corner of Localizer Area, US, VM 2 (retired)
    public static var bottomRightHandCornerOfLocalizerArea: Tag { Tag(rawValue: 0x00480202) }
    /// (0048,0207) Optical Path Identification Sequence, SQ, VM 1
    public static var opticalPathIdentificationSequence: Tag { Tag(rawValue: 0x00480207) }
    /// (0048,021A) Plane Position (Slide) Sequence, SQ, VM 1
    public static var planePositionSlideSequence: Tag { Tag(rawValue: 0x0048021A) }
    /// (0048,021E) Column Position In Total Image Pixel Matrix, SL, VM 1
    public static var columnPositionInTotalImagePixelMatrix: Tag { Tag(rawValue: 0x0048021E) }
    /// (0048,021F) Row Position In Total Image Pixel Matrix, SL, VM 1
    public static var rowPositionInTotalImagePixelMatrix: Tag { Tag(rawValue: 0x0048021F) }
    /// (0048,0301) Pixel Origin Interpretation, CS, VM 1
    public static var pixelOriginInterpretation: Tag { Tag(rawValue: 0x00480301) }
    /// (0048,0302) Number of Optical Paths, UL, VM 1
    public static var numberOfOpticalPaths: Tag { Tag(rawValue: 0x00480302) }
    /// (0048,0303) Total Pixel Matrix Focal Planes, UL, VM 1
    public static var totalPixelMatrixFocalPlanes: Tag { Tag(rawValue: 0x00480303) }
    /// (0050,0004) Calibration Image, CS, VM 1
    public static var calibrationImage: Tag { Tag(rawValue: 0x00500004) }
    /// (0050,0010) Device Sequence, SQ, VM 1
    public static var deviceSequence: Tag { Tag(rawValue: 0x00500010) }
    /// (0050,0012) Container Component Type Code Sequence, SQ, VM 1
    public static var containerComponentTypeCodeSequence: Tag { Tag(rawValue: 0x00500012) }
    /// (0050,0013) Container Component Thickness, FD, VM 1
    public static var containerComponentThickness: Tag { Tag(rawValue: 0x00500013) }
    /// (0050,0014) Device Length, DS, VM 1
    public static var deviceLength: Tag { Tag(rawValue: 0x00500014) }
    /// (0050,0015) Container Component Width, FD, VM 1
    public static var containerComponentWidth: Tag { Tag(rawValue: 0x00500015) }
    /// (0050,0016) Device Diameter, DS, VM 1
    public static var deviceDiameter: Tag { Tag(rawValue: 0x00500016) }
    /// (0050,0017) Device Diameter Units, CS, VM 1
    public static var deviceDiameterUnits: Tag { Tag(rawValue: 0x00500017) }
    /// (0050,0018) Device Volume, DS, VM 1
    public static var deviceVolume: Tag { Tag(rawValue: 0x00500018) }
    /// (0050,0019) Inter-Marker Distance, DS, VM 1
    public static var interMarkerDistance: Tag { Tag(rawValue: 0x00500019) }
    /// (0050,001A) Container Component Material, CS, VM 1
    public static var containerComponentMaterial: Tag { Tag(rawValue: 0x0050001A) }
    /// (0050,001B) Container Component ID, LO, VM 1
    public static var containerComponentID: Tag { Tag(rawValue: 0x0050001B) }
    /// (0050,001C) Container Component Length, FD, VM 1
    public static var containerComponentLength: Tag { Tag(rawValue: 0x0050001C) }
    /// (0050,001D) Container Component Diameter, FD, VM 1
    public static var containerComponentDiameter: Tag { Tag(rawValue: 0x0050001D) }
    /// (0050,001E) Container Component Description, LO, VM 1
    public static var containerComponentDescription: Tag { Tag(rawValue: 0x0050001E) }
    /// (0050,0020) Device Description, LO, VM 1
    public static var deviceDescription: Tag { Tag(rawValue: 0x00500020) }
    /// (0050,0021) Long Device Description, ST, VM 1
    public static var longDeviceDescription: Tag { Tag(rawValue: 0x00500021) }
    /// (0052,0001) Contrast/Bolus Ingredient Percent by Volume, FL, VM 1
    public static var contrastBolusIngredientPercentByVolume: Tag { Tag(rawValue: 0x00520001) }
    /// (0052,0002) OCT Focal Distance, FD, VM 1
    public static var octFocalDistance: Tag { Tag(rawValue: 0x00520002) }
    /// (0052,0003) Beam Spot Size, FD, VM 1
    public static var beamSpotSize: Tag { Tag(rawValue: 0x00520003) }
    /// (0052,0004) Effective Refractive Index, FD, VM 1
    public static var effectiveRefractiveIndex: Tag { Tag(rawValue: 0x00520004) }
    /// (0052,0006) OCT Acquisition Domain, CS, VM 1
    public static var octAcquisitionDomain: Tag { Tag(rawValue: 0x00520006) }
    /// (0052,0007) OCT Optical Center Wavelength, FD, VM 1
    public static var octOpticalCenterWavelength: Tag { Tag(rawValue: 0x00520007) }
    /// (0052,0008) Axial Resolution, FD, VM 1
    public static var axialResolution: Tag { Tag(rawValue: 0x00520008) }
    /// (0052,0009) Ranging Depth, FD, VM 1
    public static var rangingDepth: Tag { Tag(rawValue: 0x00520009) }
    /// (0052,0011) A-line Rate, FD, VM 1
    public static var aLineRate: Tag { Tag(rawValue: 0x00520011) }
    /// (0052,0012) A-lines Per Frame, US, VM 1
    public static var aLinesPerFrame: Tag { Tag(rawValue: 0x00520012) }
    /// (0052,0013) Catheter Rotational Rate, FD, VM 1
    public static var catheterRotationalRate: Tag { Tag(rawValue: 0x00520013) }
    /// (0052,0014) A-line Pixel Spacing, FD, VM 1
    public static var aLinePixelSpacing: Tag { Tag(rawValue: 0x00520014) }
    /// (0052,0016) Mode of Percutaneous Access Sequence, SQ, VM 1
    public static var modeOfPercutaneousAccessSequence: Tag { Tag(rawValue: 0x00520016) }
    /// (0052,0025) Intravascular OCT Frame Type Sequence, SQ, VM 1
    public static var intravascularOCTFrameTypeSequence: Tag { Tag(rawValue: 0x00520025) }
    /// (0052,0026) OCT Z Offset Applied, CS, VM 1
    public static var octzOffsetApplied: Tag { Tag(rawValue: 0x00520026) }
    /// (0052,0027) Intravascular Frame Content Sequence, SQ, VM 1
    public static var intravascularFrameContentSequence: Tag { Tag(rawValue: 0x00520027) }
    /// (0052,0028) Intravascular Longitudinal Distance, FD, VM 1
    public static var intravascularLongitudinalDistance: Tag { Tag(rawValue: 0x00520028) }
    /// (0052,0029) Intravascular OCT Frame Content Sequence, SQ, VM 1
    public static var intravascularOCTFrameContentSequence: Tag { Tag(rawValue: 0x00520029) }
    /// (0052,0030) OCT Z Offset Correction, SS, VM 1
    public static var octzOffsetCorrection: Tag { Tag(rawValue: 0x00520030) }
    /// (0052,0031) Catheter Direction of Rotation, CS, VM 1
    public static var catheterDirectionOfRotation: Tag { Tag(rawValue: 0x00520031) }
    /// (0052,0033) Seam Line Location, FD, VM 1
    public static var seamLineLocation: Tag { Tag(rawValue: 0x00520033) }
    /// (0052,0034) First A-line Location, FD, VM 1
    public static var firstALineLocation: Tag { Tag(rawValue: 0x00520034) }
    /// (0052,0036) Seam Line Index, US, VM 1
    public static var seamLineIndex: Tag { Tag(rawValue: 0x00520036) }
    /// (0052,0038) Number of Padded A-lines, US, VM 1
    public static var numberOfPaddedALines: Tag { Tag(rawValue: 0x00520038) }
    /// (0052,0039) Interpolation Type, CS, VM 1
    public static var interpolationType: Tag { Tag(rawValue: 0x00520039) }
    /// (0052,003A) Refractive Index Applied, CS, VM 1
    public static var refractiveIndexApplied: Tag { Tag(rawValue: 0x0052003A) }
    /// (0054,0010) Energy Window Vector, US, VM 1-n
    public static var energyWindowVector: Tag { Tag(rawValue: 0x00540010) }
    /// (0054,0011) Number of Energy Windows, US, VM 1
    public static var numberOfEnergyWindows: Tag { Tag(rawValue: 0x00540011) }
    /// (0054,0012) Energy Window Information Sequence, SQ, VM 1
    public static var energyWindowInformationSequence: Tag { Tag(rawValue: 0x00540012) }
    /// (0054,0013) Energy Window Range Sequence, SQ, VM 1
    public static var energyWindowRangeSequence: Tag { Tag(rawValue: 0x00540013) }
    /// (0054,0014) Energy Window Lower Limit, DS, VM 1
    public static var energyWindowLowerLimit: Tag { Tag(rawValue: 0x00540014) }
    /// (0054,0015) Energy Window Upper Limit, DS, VM 1
    public static var energyWindowUpperLimit: Tag { Tag(rawValue: 0x00540015) }
    /// (0054,0016) Radiopharmaceutical Information Sequence, SQ, VM 1
    public static var radiopharmaceuticalInformationSequence: Tag { Tag(rawValue: 0x00540016) }
    /// (0054,0017) Residual Syringe Counts, IS, VM 1
    public static var residualSyringeCounts: Tag { Tag(rawValue: 0x00540017) }
    /// (0054,0018) Energy Window Name, SH, VM 1
    public static var energyWindowName: Tag { Tag(rawValue: 0x00540018) }
    /// (0054,0020) Detector Vector, US, VM 1-n
    public static var detectorVector: Tag { Tag(rawValue: 0x00540020) }
    /// (0054,0021) Number of Detectors, US, VM 1
    public static var numberOfDetectors: Tag { Tag(rawValue: 0x00540021) }
    /// (0054,0022) Detector Information Sequence, SQ, VM 1
    public static var detectorInformationSequence: Tag { Tag(rawValue: 0x00540022) }
    /// (0054,0030) Phase Vector, US, VM 1-n
    public static var phaseVector: Tag { Tag(rawValue: 0x00540030) }
    /// (0054,0031) Number of Phases, US, VM 1
    public static var numberOfPhases: Tag { Tag(rawValue: 0x00540031) }
    /// (0054,0032) Phase Information Sequence, SQ, VM 1
    public static var phaseInformationSequence: Tag { Tag(rawValue: 0x00540032) }
    /// (0054,0033) Number of Frames in Phase, US, VM 1
    public static var numberOfFramesInPhase: Tag { Tag(rawValue: 0x00540033) }
    /// (0054,0036) Phase Delay, IS, VM 1
    public static var phaseDelay: Tag { Tag(rawValue: 0x00540036) }
    /// (0054,0038) Pause Between Frames, IS, VM 1
    public static var pauseBetweenFrames: Tag { Tag(rawValue: 0x00540038) }
    /// (0054,0039) Phase Description, CS, VM 1
    public static var phaseDescription: Tag { Tag(rawValue: 0x00540039) }
    /// (0054,0050) Rotation Vector, US, VM 1-n
    public static var rotationVector: Tag { Tag(rawValue: 0x00540050) }
    /// (0054,0051) Number of Rotations, US, VM 1
    public static var numberOfRotations: Tag { Tag(rawValue: 0x00540051) }
    /// (0054,0052) Rotation Information Sequence, SQ, VM 1
    public static var rotationInformationSequence: Tag { Tag(rawValue: 0x00540052) }
    /// (0054,0053) Number of Frames in Rotation, US, VM 1
    public static var numberOfFramesInRotation: Tag { Tag(rawValue: 0x00540053) }
    /// (0054,0060) R-R Interval Vector, US, VM 1-n
    public static var rrIntervalVector: Tag { Tag(rawValue: 0x00540060) }
    /// (0054,0061) Number of R-R Intervals, US, VM 1
    public static var numberOfRRIntervals: Tag { Tag(rawValue: 0x00540061) }
    /// (0054,0062) Gated Information Sequence, SQ, VM 1
    public static var gatedInformationSequence: Tag { Tag(rawValue: 0x00540062) }
    /// (0054,0063) Data Information Sequence, SQ, VM 1
    public static var dataInformationSequence: Tag { Tag(rawValue: 0x00540063) }
    /// (0054,0070) Time Slot Vector, US, VM 1-n
    public static var timeSlotVector: Tag { Tag(rawValue: 0x00540070) }
    /// (0054,0071) Number of Time Slots, US, VM 1
    public static var numberOfTimeSlots: Tag { Tag(rawValue: 0x00540071) }
    /// (0054,0072) Time Slot Information Sequence, SQ, VM 1
    public static var timeSlotInformationSequence: Tag { Tag(rawValue: 0x00540072) }
    /// (0054,0073) Time Slot Time, DS, VM 1
    public static var timeSlotTime: Tag { Tag(rawValue: 0x00540073) }
    /// (0054,0080) Slice Vector, US, VM 1-n
    public static var sliceVector: Tag { Tag(rawValue: 0x00540080) }
    /// (0054,0081) Number of Slices, US, VM 1
    public static var numberOfSlices: Tag { Tag(rawValue: 0x00540081) }
    /// (0054,0090) Angular View Vector, US, VM 1-n
    public static var angularViewVector: Tag { Tag(rawValue: 0x00540090) }
    /// (0054,0100) Time Slice Vector, US, VM 1-n
    public static var timeSliceVector: Tag { Tag(rawValue: 0x00540100) }
    /// (0054,0101) Number of Time Slices, US, VM 1
    public static var numberOfTimeSlices: Tag { Tag(rawValue: 0x00540101) }
    /// (0054,0200) Start Angle, DS, VM 1
    public static var startAngle: Tag { Tag(rawValue: 0x00540200) }
    /// (0054,0202) Type of Detector Motion, CS, VM 1
    public static var typeOfDetectorMotion: Tag { Tag(rawValue: 0x00540202) }
    /// (0054,0210) Trigger Vector, IS, VM 1-n
    public static var triggerVector: Tag { Tag(rawValue: 0x00540210) }
    /// (0054,0211) Number of Triggers in Phase, US, VM 1
    public static var numberOfTriggersInPhase: Tag { Tag(rawValue: 0x00540211) }
    /// (0054,0220) View Code Sequence, SQ, VM 1
    public static var viewCodeSequence: Tag { Tag(rawValue: 0x00540220) }
    /// (0054,0222) View Modifier Code Sequence, SQ, VM 1
    public static var viewModifierCodeSequence: Tag { Tag(rawValue: 0x00540222) }
    /// (0054,0300) Radionuclide Code Sequence, SQ, VM 1
    public static var radionuclideCodeSequence: Tag { Tag(rawValue: 0x00540300) }
    /// (0054,0302) Administration Route Code Sequence, SQ, VM 1
    public static var administrationRouteCodeSequence: Tag { Tag(rawValue: 0x00540302) }
    /// (0054,0304) Radiopharmaceutical Code Sequence, SQ, VM 1
    public static var radiopharmaceuticalCodeSequence: Tag { Tag(rawValue: 0x00540304) }
    /// (0054,0306) Calibration Data Sequence, SQ, VM 1
    public static var calibrationDataSequence: Tag { Tag(rawValue: 0x00540306) }
    /// (0054,0308) Energy Window Number, US, VM 1
    public static var energyWindowNumber: Tag { Tag(rawValue: 0x00540308) }
    /// (0054,0400) Image ID, SH, VM 1
    public static var imageID: Tag { Tag(rawValue: 0x00540400) }
    /// (0054,0410) Patient Orientation Code Sequence, SQ, VM 1
    public static var patientOrientationCodeSequence: Tag { Tag(rawValue: 0x00540410) }
    /// (0054,0412) Patient Orientation Modifier Code Sequence, SQ, VM 1
    public static var patientOrientationModifierCodeSequence: Tag { Tag(rawValue: 0x00540412) }
    /// (0054,0414) Patient Gantry Relationship Code Sequence, SQ, VM 1
    public static var patientGantryRelationshipCodeSequence: Tag { Tag(rawValue: 0x00540414) }
    /// (0054,0500) Slice Progression Direction, CS, VM 1
    public static var sliceProgressionDirection: Tag { Tag(rawValue: 0x00540500) }
    /// (0054,0501) Scan Progression Direction, CS, VM 1
    public static var scanProgressionDirection: Tag { Tag(rawValue: 0x00540501) }
    /// (0054,1000) Series Type, CS, VM 2
    public static var seriesType: Tag { Tag(rawValue: 0x00541000) }
    /// (0054,1001) Units, CS, VM 1
    public static var units: Tag { Tag(rawValue: 0x00541001) }
    /// (0054,1002) Counts Source, CS, VM 1
    public static var countsSource: Tag { Tag(rawValue: 0x00541002) }
    /// (0054,1004) Reprojection Method, CS, VM 1
    public static var reprojectionMethod: Tag { Tag(rawValue: 0x00541004) }
    /// (0054,1006) SUV Type, CS, VM 1
    public static var suvType: Tag { Tag(rawValue: 0x00541006) }
    /// (0054,1100) Randoms Correction Method, CS, VM 1
    public static var randomsCorrectionMethod: Tag { Tag(rawValue: 0x00541100) }
    /// (0054,1101) Attenuation Correction Method, LO, VM 1
    public static var attenuationCorrectionMethod: Tag { Tag(rawValue: 0x00541101) }
    /// (0054,1102) Decay Correction, CS, VM 1
    public static var decayCorrection: Tag { Tag(rawValue: 0x00541102) }
    /// (0054,1103) Reconstruction Method, LO, VM 1
    public static var reconstructionMethod: Tag { Tag(rawValue: 0x00541103) }
    /// (0054,1104) Detector Lines of Response Used, LO, VM 1
    public static var detectorLinesOfResponseUsed: Tag { Tag(rawValue: 0x00541104) }
    /// (0054,1105) Scatter Correction Method, LO, VM 1
    public static var scatterCorrectionMethod: Tag { Tag(rawValue: 0x00541105) }
    /// (0054,1200) Axial Acceptance, DS, VM 1
    public static var axialAcceptance: Tag { Tag(rawValue: 0x00541200) }
    /// (0054,1201) Axial Mash, IS, VM 2
    public static var axialMash: Tag { Tag(rawValue: 0x00541201) }
    /// (0054,1202) Transverse Mash, IS, VM 1
    public static var transverseMash: Tag { Tag(rawValue: 0x00541202) }
    /// (0054,1203) Detector Element Size, DS, VM 2
    public static var detectorElementSize: Tag { Tag(rawValue: 0x00541203) }
    /// (0054,1210) Coincidence Window Width, DS, VM 1
    public static var coincidenceWindowWidth: Tag { Tag(rawValue: 0x00541210) }
    /// (0054,1220) Secondary Counts Type, CS, VM 1-n
    public static var secondaryCountsType: Tag { Tag(rawValue: 0x00541220) }
    /// (0054,1300) Frame Reference Time, DS, VM 1
    public static var frameReferenceTime: Tag { Tag(rawValue: 0x00541300) }
    /// (0054,1310) Primary (Prompts) Counts Accumulated, IS, VM 1
    public static var primaryPromptsCountsAccumulated: Tag { Tag(rawValue: 0x00541310) }
    /// (0054,1311) Secondary Counts Accumulated, IS, VM 1-n
    public static var secondaryCountsAccumulated: Tag { Tag(rawValue: 0x00541311) }
    /// (0054,1320) Slice Sensitivity Factor, DS, VM 1
    public static var sliceSensitivityFactor: Tag { Tag(rawValue: 0x00541320) }
    /// (0054,1321) Decay Factor, DS, VM 1
    public static var decayFactor: Tag { Tag(rawValue: 0x00541321) }
    /// (0054,1322) Dose Calibration Factor, DS, VM 1
    public static var doseCalibrationFactor: Tag { Tag(rawValue: 0x00541322) }
    /// (0054,1323) Scatter Fraction Factor, DS, VM 1
    public static var scatterFractionFactor: Tag { Tag(rawValue: 0x00541323) }
    /// (0054,1324) Dead Time Factor, DS, VM 1
    public static var deadTimeFactor: Tag { Tag(rawValue: 0x00541324) }
    /// (0054,1330) Image Index, US, VM 1
    public static var imageIndex: Tag { Tag(rawValue: 0x00541330) }
    /// (0054,1400) Counts Included, CS, VM 1-n (retired)
    public static var countsIncluded: Tag { Tag(rawValue: 0x00541400) }
    /// (0054,1401) Dead Time Correction Flag, CS, VM 1 (retired)
    public static var deadTimeCorrectionFlag: Tag { Tag(rawValue: 0x00541401) }
    /// (0060,3000) Histogram Sequence, SQ, VM 1
    public static var histogramSequence: Tag { Tag(rawValue: 0x00603000) }
    /// (0060,3002) Histogram Number of Bins, US, VM 1
    public static var histogramNumberOfBins: Tag { Tag(rawValue: 0x00603002) }
    /// (0060,3004) Histogram First Bin Value, US or SS, VM 1
    public static var histogramFirstBinValue: Tag { Tag(rawValue: 0x00603004) }
    /// (0060,3006) Histogram Last Bin Value, US or SS, VM 1
    public static var histogramLastBinValue: Tag { Tag(rawValue: 0x00603006) }
    /// (0060,3008) Histogram Bin Width, US, VM 1
    public static var histogramBinWidth: Tag { Tag(rawValue: 0x00603008) }
    /// (0060,3010) Histogram Explanation, LO, VM 1
    public static var histogramExplanation: Tag { Tag(rawValue: 0x00603010) }
    /// (0060,3020) Histogram Data, UL, VM 1-n
    public static var histogramData: Tag { Tag(rawValue: 0x00603020) }
    /// (0062,0001) Segmentation Type, CS, VM 1
    public static var segmentationType: Tag { Tag(rawValue: 0x00620001) }
    /// (0062,0002) Segment Sequence, SQ, VM 1
    public static var segmentSequence: Tag { Tag(rawValue: 0x00620002) }
    /// (0062,0003) Segmented Property Category Code Sequence, SQ, VM 1
    public static var segmentedPropertyCategoryCodeSequence: Tag { Tag(rawValue: 0x00620003) }
    /// (0062,0004) Segment Number, US, VM 1
    public static var segmentNumber: Tag { Tag(rawValue: 0x00620004) }
    /// (0062,0005) Segment Label, LO, VM 1
    public static var segmentLabel: Tag { Tag(rawValue: 0x00620005) }
    /// (0062,0006) Segment Description, ST, VM 1
    public static var segmentDescription: Tag { Tag(rawValue: 0x00620006) }
    /// (0062,0007) Segmentation Algorithm Identification Sequence, SQ, VM 1
    public static var segmentationAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x00620007) }
    /// (0062,0008) Segment Algorithm Type, CS, VM 1
    public static var segmentAlgorithmType: Tag { Tag(rawValue: 0x00620008) }
    /// (0062,0009) Segment Algorithm Name, LO, VM 1-n
    public static var segmentAlgorithmName: Tag { Tag(rawValue: 0x00620009) }
    /// (0062,000A) Segment Identification Sequence, SQ, VM 1
    public static var segmentIdentificationSequence: Tag { Tag(rawValue: 0x0062000A) }
    /// (0062,000B) Referenced Segment Number, US, VM 1-n
    public static var referencedSegmentNumber: Tag { Tag(rawValue: 0x0062000B) }
    /// (0062,000C) Recommended Display Grayscale Value, US, VM 1
    public static var recommendedDisplayGrayscaleValue: Tag { Tag(rawValue: 0x0062000C) }
    /// (0062,000D) Recommended Display CIELab Value, US, VM 3
    public static var recommendedDisplayCIELabValue: Tag { Tag(rawValue: 0x0062000D) }
    /// (0062,000E) Maximum Fractional Value, US, VM 1
    public static var maximumFractionalValue: Tag { Tag(rawValue: 0x0062000E) }
    /// (0062,000F) Segmented Property Type Code Sequence, SQ, VM 1
    public static var segmentedPropertyTypeCodeSequence: Tag { Tag(rawValue: 0x0062000F) }
    /// (0062,0010) Segmentation Fractional Type, CS, VM 1
    public static var segmentationFractionalType: Tag { Tag(rawValue: 0x00620010) }
    /// (0062,0011) Segmented Property Type Modifier Code Sequence, SQ, VM 1
    public static var segmentedPropertyTypeModifierCodeSequence: Tag { Tag(rawValue: 0x00620011) }
    /// (0062,0012) Used Segments Sequence, SQ, VM 1
    public static var usedSegmentsSequence: Tag { Tag(rawValue: 0x00620012) }
    /// (0062,0013) Segments Overlap, CS, VM 1
    public static var segmentsOverlap: Tag { Tag(rawValue: 0x00620013) }
    /// (0062,0020) Tracking ID, UT, VM 1
    public static var trackingID: Tag { Tag(rawValue: 0x00620020) }
    /// (0062,0021) Tracking UID, UI, VM 1
    public static var trackingUID: Tag { Tag(rawValue: 0x00620021) }
    /// (0064,0002) Deformable Registration Sequence, SQ, VM 1
    public static var deformableRegistrationSequence: Tag { Tag(rawValue: 0x00640002) }
    /// (0064,0003) Source Frame of Reference UID, UI, VM 1
    public static var sourceFrameOfReferenceUID: Tag { Tag(rawValue: 0x00640003) }
    /// (0064,0005) Deformable Registration Grid Sequence, SQ, VM 1
    public static var deformableRegistrationGridSequence: Tag { Tag(rawValue: 0x00640005) }
    /// (0064,0007) Grid Dimensions, UL, VM 3
    public static var gridDimensions: Tag { Tag(rawValue: 0x00640007) }
    /// (0064,0008) Grid Resolution, FD, VM 3
    public static var gridResolution: Tag { Tag(rawValue: 0x00640008) }
    /// (0064,0009) Vector Grid Data, OF, VM 1
    public static var vectorGridData: Tag { Tag(rawValue: 0x00640009) }
    /// (0064,000F) Pre Deformation Matrix Registration Sequence, SQ, VM 1
    public static var preDeformationMatrixRegistrationSequence: Tag { Tag(rawValue: 0x0064000F) }
    /// (0064,0010) Post Deformation Matrix Registration Sequence, SQ, VM 1
    public static var postDeformationMatrixRegistrationSequence: Tag { Tag(rawValue: 0x00640010) }
    /// (0066,0001) Number of Surfaces, UL, VM 1
    public static var numberOfSurfaces: Tag { Tag(rawValue: 0x00660001) }
    /// (0066,0002) Surface Sequence, SQ, VM 1
    public static var surfaceSequence: Tag { Tag(rawValue: 0x00660002) }
    /// (0066,0003) Surface Number, UL, VM 1
    public static var surfaceNumber: Tag { Tag(rawValue: 0x00660003) }
    /// (0066,0004) Surface Comments, LT, VM 1
    public static var surfaceComments: Tag { Tag(rawValue: 0x00660004) }
    /// (0066,0009) Surface Processing, CS, VM 1
    public static var surfaceProcessing: Tag { Tag(rawValue: 0x00660009) }
    /// (0066,000A) Surface Processing Ratio, FL, VM 1
    public static var surfaceProcessingRatio: Tag { Tag(rawValue: 0x0066000A) }
    /// (0066,000B) Surface Processing Description, LO, VM 1
    public static var surfaceProcessingDescription: Tag { Tag(rawValue: 0x0066000B) }
    /// (0066,000C) Recommended Presentation Opacity, FL, VM 1
    public static var recommendedPresentationOpacity: Tag { Tag(rawValue: 0x0066000C) }
    /// (0066,000D) Recommended Presentation Type, CS, VM 1
    public static var recommendedPresentationType: Tag { Tag(rawValue: 0x0066000D) }
    /// (0066,000E) Finite Volume, CS, VM 1
    public static var finiteVolume: Tag { Tag(rawValue: 0x0066000E) }
    /// (0066,0010) Manifold, CS, VM 1
    public static var manifold: Tag { Tag(rawValue: 0x00660010) }
    /// (0066,0011) Surface Points Sequence, SQ, VM 1
    public static var surfacePointsSequence: Tag { Tag(rawValue: 0x00660011) }
    /// (0066,0012) Surface Points Normals Sequence, SQ, VM 1
    public static var surfacePointsNormalsSequence: Tag { Tag(rawValue: 0x00660012) }
    /// (0066,0013) Surface Mesh Primitives Sequence, SQ, VM 1
    public static var surfaceMeshPrimitivesSequence: Tag { Tag(rawValue: 0x00660013) }
    /// (0066,0015) Number of Surface Points, UL, VM 1
    public static var numberOfSurfacePoints: Tag { Tag(rawValue: 0x00660015) }
    /// (0066,0016) Point Coordinates Data, OF, VM 1
    public static var pointCoordinatesData: Tag { Tag(rawValue: 0x00660016) }
    /// (0066,0017) Point Position Accuracy, FL, VM 3
    public static var pointPositionAccuracy: Tag { Tag(rawValue: 0x00660017) }
    /// (0066,0018) Mean Point Distance, FL, VM 1
    public static var meanPointDistance: Tag { Tag(rawValue: 0x00660018) }
    /// (0066,0019) Maximum Point Distance, FL, VM 1
    public static var maximumPointDistance: Tag { Tag(rawValue: 0x00660019) }
    /// (0066,001A) Points Bounding Box Coordinates, FL, VM 6
    public static var pointsBoundingBoxCoordinates: Tag { Tag(rawValue: 0x0066001A) }
    /// (0066,001B) Axis of Rotation, FL, VM 3
    public static var axisOfRotation: Tag { Tag(rawValue: 0x0066001B) }
    /// (0066,001C) Center of Rotation, FL, VM 3
    public static var centerOfRotation: Tag { Tag(rawValue: 0x0066001C) }
    /// (0066,001E) Number of Vectors, UL, VM 1
    public static var numberOfVectors: Tag { Tag(rawValue: 0x0066001E) }
    /// (0066,001F) Vector Dimensionality, US, VM 1
    public static var vectorDimensionality: Tag { Tag(rawValue: 0x0066001F) }
    /// (0066,0020) Vector Accuracy, FL, VM 1-n
    public static var vectorAccuracy: Tag { Tag(rawValue: 0x00660020) }
    /// (0066,0021) Vector Coordinate Data, OF, VM 1
    public static var vectorCoordinateData: Tag { Tag(rawValue: 0x00660021) }
    /// (0066,0022) Double Point Coordinates Data, OD, VM 1
    public static var doublePointCoordinatesData: Tag { Tag(rawValue: 0x00660022) }
    /// (0066,0023) Triangle Point Index List, OW, VM 1 (retired)
    public static var trianglePointIndexList: Tag { Tag(rawValue: 0x00660023) }
    /// (0066,0024) Edge Point Index List, OW, VM 1 (retired)
    public static var edgePointIndexList: Tag { Tag(rawValue: 0x00660024) }
    /// (0066,0025) Vertex Point Index List, OW, VM 1 (retired)
    public static var vertexPointIndexList: Tag { Tag(rawValue: 0x00660025) }
    /// (0066,0026) Triangle Strip Sequence, SQ, VM 1
    public static var triangleStripSequence: Tag { Tag(rawValue: 0x00660026) }
    /// (0066,0027) Triangle Fan Sequence, SQ, VM 1
    public static var triangleFanSequence: Tag { Tag(rawValue: 0x00660027) }
    /// (0066,0028) Line Sequence, SQ, VM 1
    public static var lineSequence: Tag { Tag(rawValue: 0x00660028) }
    /// (0066,0029) Primitive Point Index List, OW, VM 1 (retired)
    public static var primitivePointIndexList: Tag { Tag(rawValue: 0x00660029) }
    /// (0066,002A) Surface Count, UL, VM 1
    public static var surfaceCount: Tag { Tag(rawValue: 0x0066002A) }
    /// (0066,002B) Referenced Surface Sequence, SQ, VM 1
    public static var referencedSurfaceSequence: Tag { Tag(rawValue: 0x0066002B) }
    /// (0066,002C) Referenced Surface Number, UL, VM 1
    public static var referencedSurfaceNumber: Tag { Tag(rawValue: 0x0066002C) }
    /// (0066,002D) Segment Surface Generation Algorithm Identification Sequence, SQ, VM 1
    public static var segmentSurfaceGenerationAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x0066002D) }
    /// (0066,002E) Segment Surface Source Instance Sequence, SQ, VM 1
    public static var segmentSurfaceSourceInstanceSequence: Tag { Tag(rawValue: 0x0066002E) }
    /// (0066,002F) Algorithm Family Code Sequence, SQ, VM 1
    public static var algorithmFamilyCodeSequence: Tag { Tag(rawValue: 0x0066002F) }
    /// (0066,0030) Algorithm Name Code Sequence, SQ, VM 1
    public static var algorithmNameCodeSequence: Tag { Tag(rawValue: 0x00660030) }
    /// (0066,0031) Algorithm Version, LO, VM 1
    public static var algorithmVersion: Tag { Tag(rawValue: 0x00660031) }
    /// (0066,0032) Algorithm Parameters, LT, VM 1
    public static var algorithmParameters: Tag { Tag(rawValue: 0x00660032) }
    /// (0066,0034) Facet Sequence, SQ, VM 1
    public static var facetSequence: Tag { Tag(rawValue: 0x00660034) }
    /// (0066,0035) Surface Processing Algorithm Identification Sequence, SQ, VM 1
    public static var surfaceProcessingAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x00660035) }
    /// (0066,0036) Algorithm Name, LO, VM 1
    public static var algorithmName: Tag { Tag(rawValue: 0x00660036) }
    /// (0066,0037) Recommended Point Radius, FL, VM 1
    public static var recommendedPointRadius: Tag { Tag(rawValue: 0x00660037) }
    /// (0066,0038) Recommended Line Thickness, FL, VM 1
    public static var recommendedLineThickness: Tag { Tag(rawValue: 0x00660038) }
    /// (0066,0040) Long Primitive Point Index List, OL, VM 1
    public static var longPrimitivePointIndexList: Tag { Tag(rawValue: 0x00660040) }
    /// (0066,0041) Long Triangle Point Index List, OL, VM 1
    public static var longTrianglePointIndexList: Tag { Tag(rawValue: 0x00660041) }
    /// (0066,0042) Long Edge Point Index List, OL, VM 1
    public static var longEdgePointIndexList: Tag { Tag(rawValue: 0x00660042) }
    /// (0066,0043) Long Vertex Point Index List, OL, VM 1
    public static var longVertexPointIndexList: Tag { Tag(rawValue: 0x00660043) }
    /// (0066,0101) Track Set Sequence, SQ, VM 1
    public static var trackSetSequence: Tag { Tag(rawValue: 0x00660101) }
    /// (0066,0102) Track Sequence, SQ, VM 1
    public static var trackSequence: Tag { Tag(rawValue: 0x00660102) }
    /// (0066,0103) Recommended Display CIELab Value List, OW, VM 1
    public static var recommendedDisplayCIELabValueList: Tag { Tag(rawValue: 0x00660103) }
    /// (0066,0104) Tracking Algorithm Identification Sequence, SQ, VM 1
    public static var trackingAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x00660104) }
    /// (0066,0105) Track Set Number, UL, VM 1
    public static var trackSetNumber: Tag { Tag(rawValue: 0x00660105) }
    /// (0066,0106) Track Set Label, LO, VM 1
    public static var trackSetLabel: Tag { Tag(rawValue: 0x00660106) }
    /// (0066,0107) Track Set Description, UT, VM 1
    public static var trackSetDescription: Tag { Tag(rawValue: 0x00660107) }
    /// (0066,0108) Track Set Anatomical Type Code Sequence, SQ, VM 1
    public static var trackSetAnatomicalTypeCodeSequence: Tag { Tag(rawValue: 0x00660108) }
    /// (0066,0121) Measurements Sequence, SQ, VM 1
    public static var measurementsSequence: Tag { Tag(rawValue: 0x00660121) }
    /// (0066,0124) Track Set Statistics Sequence, SQ, VM 1
    public static var trackSetStatisticsSequence: Tag { Tag(rawValue: 0x00660124) }
    /// (0066,0125) Floating Point Values, OF, VM 1
    public static var floatingPointValues: Tag { Tag(rawValue: 0x00660125) }
    /// (0066,0129) Track Point Index List, OL, VM 1
    public static var trackPointIndexList: Tag { Tag(rawValue: 0x00660129) }
    /// (0066,0130) Track Statistics Sequence, SQ, VM 1
    public static var trackStatisticsSequence: Tag { Tag(rawValue: 0x00660130) }
    /// (0066,0132) Measurement Values Sequence, SQ, VM 1
    public static var measurementValuesSequence: Tag { Tag(rawValue: 0x00660132) }
    /// (0066,0133) Diffusion Acquisition Code Sequence, SQ, VM 1
    public static var diffusionAcquisitionCodeSequence: Tag { Tag(rawValue: 0x00660133) }
    /// (0066,0134) Diffusion Model Code Sequence, SQ, VM 1
    public static var diffusionModelCodeSequence: Tag { Tag(rawValue: 0x00660134) }
    /// (0068,6210) Implant Size, LO, VM 1
    public static var implantSize: Tag { Tag(rawValue: 0x00686210) }
    /// (0068,6221) Implant Template Version, LO, VM 1
    public static var implantTemplateVersion: Tag { Tag(rawValue: 0x00686221) }
    /// (0068,6222) Replaced Implant Template Sequence, SQ, VM 1
    public static var replacedImplantTemplateSequence: Tag { Tag(rawValue: 0x00686222) }
    /// (0068,6223) Implant Type, CS, VM 1
    public static var implantType: Tag { Tag(rawValue: 0x00686223) }
    /// (0068,6224) Derivation Implant Template Sequence, SQ, VM 1
    public static var derivationImplantTemplateSequence: Tag { Tag(rawValue: 0x00686224) }
    /// (0068,6225) Original Implant Template Sequence, SQ, VM 1
    public static var originalImplantTemplateSequence: Tag { Tag(rawValue: 0x00686225) }
    /// (0068,6226) Effective DateTime, DT, VM 1
    public static var effectiveDateTime: Tag { Tag(rawValue: 0x00686226) }
    /// (0068,6230) Implant Target Anatomy Sequence, SQ, VM 1
    public static var implantTargetAnatomySequence: Tag { Tag(rawValue: 0x00686230) }
    /// (0068,6260) Information From Manufacturer Sequence, SQ, VM 1
    public static var informationFromManufacturerSequence: Tag { Tag(rawValue: 0x00686260) }
    /// (0068,6265) Notification From Manufacturer Sequence, SQ, VM 1
    public static var notificationFromManufacturerSequence: Tag { Tag(rawValue: 0x00686265) }
    /// (0068,6270) Information Issue DateTime, DT, VM 1
    public static var informationIssueDateTime: Tag { Tag(rawValue: 0x00686270) }
    /// (0068,6280) Information Summary, ST, VM 1
    public static var informationSummary: Tag { Tag(rawValue: 0x00686280) }
    /// (0068,62A0) Implant Regulatory Disapproval Code Sequence, SQ, VM 1
    public static var implantRegulatoryDisapprovalCodeSequence: Tag { Tag(rawValue: 0x006862A0) }
    /// (0068,62A5) Overall Template Spatial Tolerance, FD, VM 1
    public static var overallTemplateSpatialTolerance: Tag { Tag(rawValue: 0x006862A5) }
    /// (0068,62C0) HPGL Document Sequence, SQ, VM 1
    public static var hpglDocumentSequence: Tag { Tag(rawValue: 0x006862C0) }
    /// (0068,62D0) HPGL Document ID, US, VM 1
    public static var hpglDocumentID: Tag { Tag(rawValue: 0x006862D0) }
    /// (0068,62D5) HPGL Document Label, LO, VM 1
    public static var hpglDocumentLabel: Tag { Tag(rawValue: 0x006862D5) }
    /// (0068,62E0) View Orientation Code Sequence, SQ, VM 1
    public static var viewOrientationCodeSequence: Tag { Tag(rawValue: 0x006862E0) }
    /// (0068,62F0) View Orientation Modifier Code Sequence, SQ, VM 1
    public static var viewOrientationModifierCodeSequence: Tag { Tag(rawValue: 0x006862F0) }
    /// (0068,62F2) HPGL Document Scaling, FD, VM 1
    public static var hpglDocumentScaling: Tag { Tag(rawValue: 0x006862F2) }
    /// (0068,6300) HPGL Document, OB, VM 1
    public static var hpglDocument: Tag { Tag(rawValue: 0x00686300) }
    /// (0068,6310) HPGL Contour Pen Number, US, VM 1
    public static var hpglContourPenNumber: Tag { Tag(rawValue: 0x00686310) }
    /// (0068,6320) HPGL Pen Sequence, SQ, VM 1
    public static var hpglPenSequence: Tag { Tag(rawValue: 0x00686320) }
    /// (0068,6330) HPGL Pen Number, US, VM 1
    public static var hpglPenNumber: Tag { Tag(rawValue: 0x00686330) }
    /// (0068,6340) HPGL Pen Label, LO, VM 1
    public static var hpglPenLabel: Tag { Tag(rawValue: 0x00686340) }
    /// (0068,6345) HPGL Pen Description, ST, VM 1
    public static var hpglPenDescription: Tag { Tag(rawValue: 0x00686345) }
    /// (0068,6346) Recommended Rotation Point, FD, VM 2
    public static var recommendedRotationPoint: Tag { Tag(rawValue: 0x00686346) }
    /// (0068,6347) Bounding Rectangle, FD, VM 4
    public static var boundingRectangle: Tag { Tag(rawValue: 0x00686347) }
    /// (0068,6350) Implant Template 3D Model Surface Number, US, VM 1-n
    public static var implantTemplate3DModelSurfaceNumber: Tag { Tag(rawValue: 0x00686350) }
    /// (0068,6360) Surface Model Description Sequence, SQ, VM 1
    public static var surfaceModelDescriptionSequence: Tag { Tag(rawValue: 0x00686360) }
    /// (0068,6380) Surface Model Label, LO, VM 1
    public static var surfaceModelLabel: Tag { Tag(rawValue: 0x00686380) }
    /// (0068,6390) Surface Model Scaling Factor, FD, VM 1
    public static var surfaceModelScalingFactor: Tag { Tag(rawValue: 0x00686390) }
    /// (0068,63A0) Materials Code Sequence, SQ, VM 1
    public static var materialsCodeSequence: Tag { Tag(rawValue: 0x006863A0) }
    /// (0068,63A4) Coating Materials Code Sequence, SQ, VM 1
    public static var coatingMaterialsCodeSequence: Tag { Tag(rawValue: 0x006863A4) }
    /// (0068,63A8) Implant Type Code Sequence, SQ, VM 1
    public static var implantTypeCodeSequence: Tag { Tag(rawValue: 0x006863A8) }
    /// (0068,63AC) Fixation Method Code Sequence, SQ, VM 1
    public static var fixationMethodCodeSequence: Tag { Tag(rawValue: 0x006863AC) }
    /// (0068,63B0) Mating Feature Sets Sequence, SQ, VM 1
    public static var matingFeatureSetsSequence: Tag { Tag(rawValue: 0x006863B0) }
    /// (0068,63C0) Mating Feature Set ID, US, VM 1
    public static var matingFeatureSetID: Tag { Tag(rawValue: 0x006863C0) }
    /// (0068,63D0) Mating Feature Set Label, LO, VM 1
    public static var matingFeatureSetLabel: Tag { Tag(rawValue: 0x006863D0) }
    /// (0068,63E0) Mating Feature Sequence, SQ, VM 1
    public static var matingFeatureSequence: Tag { Tag(rawValue: 0x006863E0) }
    /// (0068,63F0) Mating Feature ID, US, VM 1
    public static var matingFeatureID: Tag { Tag(rawValue: 0x006863F0) }
    /// (0068,6400) Mating Feature Degree of Freedom Sequence, SQ, VM 1
    public static var matingFeatureDegreeOfFreedomSequence: Tag { Tag(rawValue: 0x00686400) }
    /// (0068,6410) Degree of Freedom ID, US, VM 1
    public static var degreeOfFreedomID: Tag { Tag(rawValue: 0x00686410) }
    /// (0068,6420) Degree of Freedom Type, CS, VM 1
    public static var degreeOfFreedomType: Tag { Tag(rawValue: 0x00686420) }
    /// (0068,6430) 2D Mating Feature Coordinates Sequence, SQ, VM 1
    public static var twoDMatingFeatureCoordinatesSequence: Tag { Tag(rawValue: 0x00686430) }
    /// (0068,6440) Referenced HPGL Document ID, US, VM 1
    public static var referencedHPGLDocumentID: Tag { Tag(rawValue: 0x00686440) }
    /// (0068,6450) 2D Mating Point, FD, VM 2
    public static var twoDMatingPoint: Tag { Tag(rawValue: 0x00686450) }
    /// (0068,6460) 2D Mating Axes, FD, VM 4
    public static var twoDMatingAxes: Tag { Tag(rawValue: 0x00686460) }
    /// (0068,6470) 2D Degree of Freedom Sequence, SQ, VM 1
    public static var twoDDegreeOfFreedomSequence: Tag { Tag(rawValue: 0x00686470) }
    /// (0068,6490) 3D Degree of Freedom Axis, FD, VM 3
    public static var threeDDegreeOfFreedomAxis: Tag { Tag(rawValue: 0x00686490) }
    /// (0068,64A0) Range of Freedom, FD, VM 2
    public static var rangeOfFreedom: Tag { Tag(rawValue: 0x006864A0) }
    /// (0068,64C0) 3D Mating Point, FD, VM 3
    public static var threeDMatingPoint: Tag { Tag(rawValue: 0x006864C0) }
    /// (0068,64D0) 3D Mating Axes, FD, VM 9
    public static var threeDMatingAxes: Tag { Tag(rawValue: 0x006864D0) }
    /// (0068,64F0) 2D Degree of Freedom Axis, FD, VM 3
    public static var twoDDegreeOfFreedomAxis: Tag { Tag(rawValue: 0x006864F0) }
    /// (0068,6500) Planning Landmark Point Sequence, SQ, VM 1
    public static var planningLandmarkPointSequence: Tag { Tag(rawValue: 0x00686500) }
    /// (0068,6510) Planning Landmark Line Sequence, SQ, VM 1
    public static var planningLandmarkLineSequence: Tag { Tag(rawValue: 0x00686510) }
    /// (0068,6520) Planning Landmark Plane Sequence, SQ, VM 1
    public static var planningLandmarkPlaneSequence: Tag { Tag(rawValue: 0x00686520) }
    /// (0068,6530) Planning Landmark ID, US, VM 1
    public static var planningLandmarkID: Tag { Tag(rawValue: 0x00686530) }
    /// (0068,6540) Planning Landmark Description, LO, VM 1
    public static var planningLandmarkDescription: Tag { Tag(rawValue: 0x00686540) }
    /// (0068,6545) Planning Landmark Identification Code Sequence, SQ, VM 1
    public static var planningLandmarkIdentificationCodeSequence: Tag { Tag(rawValue: 0x00686545) }
    /// (0068,6550) 2D Point Coordinates Sequence, SQ, VM 1
    public static var twoDPointCoordinatesSequence: Tag { Tag(rawValue: 0x00686550) }
    /// (0068,6560) 2D Point Coordinates, FD, VM 2
    public static var twoDPointCoordinates: Tag { Tag(rawValue: 0x00686560) }
    /// (0068,6590) 3D Point Coordinates, FD, VM 3
    public static var threeDPointCoordinates: Tag { Tag(rawValue: 0x00686590) }
    /// (0068,65A0) 2D Line Coordinates Sequence, SQ, VM 1
    public static var twoDLineCoordinatesSequence: Tag { Tag(rawValue: 0x006865A0) }
    /// (0068,65B0) 2D Line Coordinates, FD, VM 4
    public static var twoDLineCoordinates: Tag { Tag(rawValue: 0x006865B0) }
    /// (0068,65D0) 3D Line Coordinates, FD, VM 6
    public static var threeDLineCoordinates: Tag { Tag(rawValue: 0x006865D0) }
    /// (0068,65E0) 2D Plane Coordinates Sequence, SQ, VM 1
    public static var twoDPlaneCoordinatesSequence: Tag { Tag(rawValue: 0x006865E0) }
    /// (0068,65F0) 2D Plane Intersection, FD, VM 4
    public static var twoDPlaneIntersection: Tag { Tag(rawValue: 0x006865F0) }
    /// (0068,6610) 3D Plane Origin, FD, VM 3
    public static var threeDPlaneOrigin: Tag { Tag(rawValue: 0x00686610) }
    /// (0068,6620) 3D Plane Normal, FD, VM 3
    public static var threeDPlaneNormal: Tag { Tag(rawValue: 0x00686620) }
    /// (0068,7001) Model Modification, CS, VM 1
    public static var modelModification: Tag { Tag(rawValue: 0x00687001) }
    /// (0068,7002) Model Mirroring, CS, VM 1
    public static var modelMirroring: Tag { Tag(rawValue: 0x00687002) }
    /// (0068,7003) Model Usage Code Sequence, SQ, VM 1
    public static var modelUsageCodeSequence: Tag { Tag(rawValue: 0x00687003) }
    /// (0068,7004) Model Group UID, UI, VM 1
    public static var modelGroupUID: Tag { Tag(rawValue: 0x00687004) }
    /// (0068,7005) Relative URI Reference Within Encapsulated Document, UR, VM 1
    public static var relativeURIReferenceWithinEncapsulatedDocument: Tag { Tag(rawValue: 0x00687005) }
    /// (006A,0001) Annotation Coordinate Type, CS, VM 1
    public static var annotationCoordinateType: Tag { Tag(rawValue: 0x006A0001) }
    /// (006A,0002) Annotation Group Sequence, SQ, VM 1
    public static var annotationGroupSequence: Tag { Tag(rawValue: 0x006A0002) }
    /// (006A,0003) Annotation Group UID, UI, VM 1
    public static var annotationGroupUID: Tag { Tag(rawValue: 0x006A0003) }
    /// (006A,0005) Annotation Group Label, LO, VM 1
    public static var annotationGroupLabel: Tag { Tag(rawValue: 0x006A0005) }
    /// (006A,0006) Annotation Group Description, UT, VM 1
    public static var annotationGroupDescription: Tag { Tag(rawValue: 0x006A0006) }
    /// (006A,0007) Annotation Group Generation Type, CS, VM 1
    public static var annotationGroupGenerationType: Tag { Tag(rawValue: 0x006A0007) }
    /// (006A,0008) Annotation Group Algorithm Identification Sequence, SQ, VM 1
    public static var annotationGroupAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x006A0008) }
    /// (006A,0009) Annotation Property Category Code Sequence, SQ, VM 1
    public static var annotationPropertyCategoryCodeSequence: Tag { Tag(rawValue: 0x006A0009) }
    /// (006A,000A) Annotation Property Type Code Sequence, SQ, VM 1
    public static var annotationPropertyTypeCodeSequence: Tag { Tag(rawValue: 0x006A000A) }
    /// (006A,000B) Annotation Property Type Modifier Code Sequence, SQ, VM 1
    public static var annotationPropertyTypeModifierCodeSequence: Tag { Tag(rawValue: 0x006A000B) }
    /// (006A,000C) Number of Annotations, UL, VM 1
    public static var numberOfAnnotations: Tag { Tag(rawValue: 0x006A000C) }
    /// (006A,000D) Annotation Applies to All Optical Paths, CS, VM 1
    public static var annotationAppliesToAllOpticalPaths: Tag { Tag(rawValue: 0x006A000D) }
    /// (006A,000E) Referenced Optical Path Identifier, SH, VM 1-n
    public static var referencedOpticalPathIdentifier: Tag { Tag(rawValue: 0x006A000E) }
    /// (006A,000F) Annotation Applies to All Z Planes, CS, VM 1
    public static var annotationAppliesToAllZPlanes: Tag { Tag(rawValue: 0x006A000F) }
    /// (006A,0010) Common Z Coordinate Value, FD, VM 1-n
    public static var commonZCoordinateValue: Tag { Tag(rawValue: 0x006A0010) }
    /// (006A,0011) Annotation Index List, OL, VM 1
    public static var annotationIndexList: Tag { Tag(rawValue: 0x006A0011) }
    /// (0070,0001) Graphic Annotation Sequence, SQ, VM 1
    public static var graphicAnnotationSequence: Tag { Tag(rawValue: 0x00700001) }
    /// (0070,0002) Graphic Layer, CS, VM 1
    public static var graphicLayer: Tag { Tag(rawValue: 0x00700002) }
    /// (0070,0003) Bounding Box Annotation Units, CS, VM 1
    public static var boundingBoxAnnotationUnits: Tag { Tag(rawValue: 0x00700003) }
    /// (0070,0004) Anchor Point Annotation Units, CS, VM 1
    public static var anchorPointAnnotationUnits: Tag { Tag(rawValue: 0x00700004) }
    /// (0070,0005) Graphic Annotation Units, CS, VM 1
    public static var graphicAnnotationUnits: Tag { Tag(rawValue: 0x00700005) }
    /// (0070,0006) Unformatted Text Value, ST, VM 1
    public static var unformattedTextValue: Tag { Tag(rawValue: 0x00700006) }
    /// (0070,0008) Text Object Sequence, SQ, VM 1
    public static var textObjectSequence: Tag { Tag(rawValue: 0x00700008) }
    /// (0070,0009) Graphic Object Sequence, SQ, VM 1
    public static var graphicObjectSequence: Tag { Tag(rawValue: 0x00700009) }
    /// (0070,0010) Bounding Box Top Left Hand Corner, FL, VM 2
    public static var boundingBoxTopLeftHandCorner: Tag { Tag(rawValue: 0x00700010) }
    /// (0070,0011) Bounding Box Bottom Right Hand Corner, FL, VM 2
    public static var boundingBoxBottomRightHandCorner: Tag { Tag(rawValue: 0x00700011) }
    /// (0070,0012) Bounding Box Text Horizontal Justification, CS, VM 1
    public static var boundingBoxTextHorizontalJustification: Tag { Tag(rawValue: 0x00700012) }
    /// (0070,0014) Anchor Point, FL, VM 2
    public static var anchorPoint: Tag { Tag(rawValue: 0x00700014) }
    /// (0070,0015) Anchor Point Visibility, CS, VM 1
    public static var anchorPointVisibility: Tag { Tag(rawValue: 0x00700015) }
    /// (0070,0020) Graphic Dimensions, US, VM 1
    public static var graphicDimensions: Tag { Tag(rawValue: 0x00700020) }
    /// (0070,0021) Number of Graphic Points, US, VM 1
    public static var numberOfGraphicPoints: Tag { Tag(rawValue: 0x00700021) }
    /// (0070,0022) Graphic Data, FL, VM 2-n
    public static var graphicData: Tag { Tag(rawValue: 0x00700022) }
    /// (0070,0023) Graphic Type, CS, VM 1
    public static var graphicType: Tag { Tag(rawValue: 0x00700023) }
    /// (0070,0024) Graphic Filled, CS, VM 1
    public static var graphicFilled: Tag { Tag(rawValue: 0x00700024) }
    /// (0070,0040) Image Rotation (Retired), IS, VM 1 (retired)
    public static var imageRotationRetired: Tag { Tag(rawValue: 0x00700040) }
    /// (0070,0041) Image Horizontal Flip, CS, VM 1
    public static var imageHorizontalFlip: Tag { Tag(rawValue: 0x00700041) }
    /// (0070,0042) Image Rotation, US, VM 1
    public static var imageRotation: Tag { Tag(rawValue: 0x00700042) }
    /// (0070,0050) Displayed Area Top Left Hand Corner (Trial), US, VM 2 (retired)
    public static var displayedAreaTopLeftHandCornerTrial: Tag { Tag(rawValue: 0x00700050) }
    /// (0070,0051) Displayed Area Bottom Right Hand Corner (Trial), US, VM 2 (retired)
    public static var displayedAreaBottomRightHandCornerTrial: Tag { Tag(rawValue: 0x00700051) }
    /// (0070,0052) Displayed Area Top Left Hand Corner, SL, VM 2
    public static var displayedAreaTopLeftHandCorner: Tag { Tag(rawValue: 0x00700052) }
    /// (0070,0053) Displayed Area Bottom Right Hand Corner, SL, VM 2
    public static var displayedAreaBottomRightHandCorner: Tag { Tag(rawValue: 0x00700053) }
    /// (0070,005A) Displayed Area Selection Sequence, SQ, VM 1
    public static var displayedAreaSelectionSequence: Tag { Tag(rawValue: 0x0070005A) }
    /// (0070,0060) Graphic Layer Sequence, SQ, VM 1
    public static var graphicLayerSequence: Tag { Tag(rawValue: 0x00700060) }
    /// (0070,0062) Graphic Layer Order, IS, VM 1
    public static var graphicLayerOrder: Tag { Tag(rawValue: 0x00700062) }
    /// (0070,0066) Graphic Layer Recommended Display Grayscale Value, US, VM 1
    public static var graphicLayerRecommendedDisplayGrayscaleValue: Tag { Tag(rawValue: 0x00700066) }
    /// (0070,0067) Graphic Layer Recommended Display RGB Value, US, VM 3 (retired)
    public static var graphicLayerRecommendedDisplayRGBValue: Tag { Tag(rawValue: 0x00700067) }
    /// (0070,0068) Graphic Layer Description, LO, VM 1
    public static var graphicLayerDescription: Tag { Tag(rawValue: 0x00700068) }
    /// (0070,0080) Content Label, CS, VM 1
    public static var contentLabel: Tag { Tag(rawValue: 0x00700080) }
    /// (0070,0081) Content Description, LO, VM 1
    public static var contentDescription: Tag { Tag(rawValue: 0x00700081) }
    /// (0070,0082) Presentation Creation Date, DA, VM 1
    public static var presentationCreationDate: Tag { Tag(rawValue: 0x00700082) }
    /// (0070,0083) Presentation Creation Time, TM, VM 1
    public static var presentationCreationTime: Tag { Tag(rawValue: 0x00700083) }
    /// (0070,0084) Content Creator's Name, PN, VM 1
    public static var contentCreatorName: Tag { Tag(rawValue: 0x00700084) }
    /// (0070,0086) Content Creator's Identification Code Sequence, SQ, VM 1
    public static var contentCreatorIdentificationCodeSequence: Tag { Tag(rawValue: 0x00700086) }
    /// (0070,0087) Alternate Content Description Sequence, SQ, VM 1
    public static var alternateContentDescriptionSequence: Tag { Tag(rawValue: 0x00700087) }
    /// (0070,0100) Presentation Size Mode, CS, VM 1
    public static var presentationSizeMode: Tag { Tag(rawValue: 0x00700100) }
    /// (0070,0101) Presentation Pixel Spacing, DS, VM 2
    public static var presentationPixelSpacing: Tag { Tag(rawValue: 0x00700101) }
    /// (0070,0102) Presentation Pixel Aspect Ratio, IS, VM 2
    public static var presentationPixelAspectRatio: Tag { Tag(rawValue: 0x00700102) }
    /// (0070,0103) Presentation Pixel Magnification Ratio, FL, VM 1
    public static var presentationPixelMagnificationRatio: Tag { Tag(rawValue: 0x00700103) }
    /// (0070,0207) Graphic Group Label, LO, VM 1
    public static var graphicGroupLabel: Tag { Tag(rawValue: 0x00700207) }
    /// (0070,0208) Graphic Group Description, ST, VM 1
    public static var graphicGroupDescription: Tag { Tag(rawValue: 0x00700208) }
    /// (0070,0209) Compound Graphic Sequence, SQ, VM 1
    public static var compoundGraphicSequence: Tag { Tag(rawValue: 0x00700209) }
    /// (0070,0226) Compound Graphic Instance ID, UL, VM 1
    public static var compoundGraphicInstanceID: Tag { Tag(rawValue: 0x00700226) }
    /// (0070,0227) Font Name, LO, VM 1
    public static var fontName: Tag { Tag(rawValue: 0x00700227) }
    /// (0070,0228) Font Name Type, CS, VM 1
    public static var fontNameType: Tag { Tag(rawValue: 0x00700228) }
    /// (0070,0229) CSS Font Name, LO, VM 1
    public static var cssFontName: Tag { Tag(rawValue: 0x00700229) }
    /// (0070,0230) Rotation Angle, FD, VM 1
    public static var rotationAngle: Tag { Tag(rawValue: 0x00700230) }
    /// (0070,0231) Text Style Sequence, SQ, VM 1
    public static var textStyleSequence: Tag { Tag(rawValue: 0x00700231) }
    /// (0070,0232) Line Style Sequence, SQ, VM 1
    public static var lineStyleSequence: Tag { Tag(rawValue: 0x00700232) }
    /// (0070,0233) Fill Style Sequence, SQ, VM 1
    public static var fillStyleSequence: Tag { Tag(rawValue: 0x00700233) }
    /// (0070,0234) Graphic Group Sequence, SQ, VM 1
    public static var graphicGroupSequence: Tag { Tag(rawValue: 0x00700234) }
    /// (0070,0241) Text Color CIELab Value, US, VM 3
    public static var textColorCIELabValue: Tag { Tag(rawValue: 0x00700241) }
    /// (0070,0242) Horizontal Alignment, CS, VM 1
    public static var horizontalAlignment: Tag { Tag(rawValue: 0x00700242) }
    /// (0070,0243) Vertical Alignment, CS, VM 1
    public static var verticalAlignment: Tag { Tag(rawValue: 0x00700243) }
    /// (0070,0244) Shadow Style, CS, VM 1
    public static var shadowStyle: Tag { Tag(rawValue: 0x00700244) }
    /// (0070,0245) Shadow Offset X, FL, VM 1
    public static var shadowOffsetX: Tag { Tag(rawValue: 0x00700245) }
    /// (0070,0246) Shadow Offset Y, FL, VM 1
    public static var shadowOffsetY: Tag { Tag(rawValue: 0x00700246) }
    /// (0070,0247) Shadow Color CIELab Value, US, VM 3
    public static var shadowColorCIELabValue: Tag { Tag(rawValue: 0x00700247) }
    /// (0070,0248) Underlined, CS, VM 1
    public static var underlined: Tag { Tag(rawValue: 0x00700248) }
    /// (0070,0249) Bold, CS, VM 1
    public static var bold: Tag { Tag(rawValue: 0x00700249) }
    /// (0070,0250) Italic, CS, VM 1
    public static var italic: Tag { Tag(rawValue: 0x00700250) }
    /// (0070,0251) Pattern On Color CIELab Value, US, VM 3
    public static var patternOnColorCIELabValue: Tag { Tag(rawValue: 0x00700251) }
    /// (0070,0252) Pattern Off Color CIELab Value, US, VM 3
    public static var patternOffColorCIELabValue: Tag { Tag(rawValue: 0x00700252) }
    /// (0070,0253) Line Thickness, FL, VM 1
    public static var lineThickness: Tag { Tag(rawValue: 0x00700253) }
    /// (0070,0254) Line Dashing Style, CS, VM 1
    public static var lineDashingStyle: Tag { Tag(rawValue: 0x00700254) }
    /// (0070,0255) Line Pattern, UL, VM 1
    public static var linePattern: Tag { Tag(rawValue: 0x00700255) }
    /// (0070,0256) Fill Pattern, OB, VM 1
    public static var fillPattern: Tag { Tag(rawValue: 0x00700256) }
    /// (0070,0257) Fill Mode, CS, VM 1
    public static var fillMode: Tag { Tag(rawValue: 0x00700257) }
    /// (0070,0258) Shadow Opacity, FL, VM 1
    public static var shadowOpacity: Tag { Tag(rawValue: 0x00700258) }
    /// (0070,0261) Gap Length, FL, VM 1
    public static var gapLength: Tag { Tag(rawValue: 0x00700261) }
    /// (0070,0262) Diameter of Visibility, FL, VM 1
    public static var diameterOfVisibility: Tag { Tag(rawValue: 0x00700262) }
    /// (0070,0273) Rotation Point, FL, VM 2
    public static var rotationPoint: Tag { Tag(rawValue: 0x00700273) }
    /// (0070,0274) Tick Alignment, CS, VM 1
    public static var tickAlignment: Tag { Tag(rawValue: 0x00700274) }
    /// (0070,0278) Show Tick Label, CS, VM 1
    public static var showTickLabel: Tag { Tag(rawValue: 0x00700278) }
    /// (0070,0279) Tick Label Alignment, CS, VM 1
    public static var tickLabelAlignment: Tag { Tag(rawValue: 0x00700279) }
    /// (0070,0282) Compound Graphic Units, CS, VM 1
    public static var compoundGraphicUnits: Tag { Tag(rawValue: 0x00700282) }
    /// (0070,0284) Pattern On Opacity, FL, VM 1
    public static var patternOnOpacity: Tag { Tag(rawValue: 0x00700284) }
    /// (0070,0285) Pattern Off Opacity, FL, VM 1
    public static var patternOffOpacity: Tag { Tag(rawValue: 0x00700285) }
    /// (0070,0287) Major Ticks Sequence, SQ, VM 1
    public static var majorTicksSequence: Tag { Tag(rawValue: 0x00700287) }
    /// (0070,0288) Tick Position, FL, VM 1
    public static var tickPosition: Tag { Tag(rawValue: 0x00700288) }
    /// (0070,0289) Tick Label, SH, VM 1
    public static var tickLabel: Tag { Tag(rawValue: 0x00700289) }
    /// (0070,0294) Compound Graphic Type, CS, VM 1
    public static var compoundGraphicType: Tag { Tag(rawValue: 0x00700294) }
    /// (0070,0295) Graphic Group ID, UL, VM 1
    public static var graphicGroupID: Tag { Tag(rawValue: 0x00700295) }
    /// (0070,0306) Shape Type, CS, VM 1
    public static var shapeType: Tag { Tag(rawValue: 0x00700306) }
    /// (0070,0308) Registration Sequence, SQ, VM 1
    public static var registrationSequence: Tag { Tag(rawValue: 0x00700308) }
    /// (0070,0309) Matrix Registration Sequence, SQ, VM 1
    public static var matrixRegistrationSequence: Tag { Tag(rawValue: 0x00700309) }
    /// (0070,030A) Matrix Sequence, SQ, VM 1
    public static var matrixSequence: Tag { Tag(rawValue: 0x0070030A) }
    /// (0070,030B) Frame of Reference to Displayed Coordinate System Transformation Matrix, FD, VM 16
    public static var frameOfReferenceToDisplayedCoordinateSystemTransformationMatrix: Tag { Tag(rawValue: 0x0070030B) }
    /// (0070,030C) Frame of Reference Transformation Matrix Type, CS, VM 1
    public static var frameOfReferenceTransformationMatrixType: Tag { Tag(rawValue: 0x0070030C) }
    /// (0070,030D) Registration Type Code Sequence, SQ, VM 1
    public static var registrationTypeCodeSequence: Tag { Tag(rawValue: 0x0070030D) }
    /// (0070,030F) Fiducial Description, ST, VM 1
    public static var fiducialDescription: Tag { Tag(rawValue: 0x0070030F) }
    /// (0070,0310) Fiducial Identifier, SH, VM 1
    public static var fiducialIdentifier: Tag { Tag(rawValue: 0x00700310) }
    /// (0070,0311) Fiducial Identifier Code Sequence, SQ, VM 1
    public static var fiducialIdentifierCodeSequence: Tag { Tag(rawValue: 0x00700311) }
    /// (0070,0312) Contour Uncertainty Radius, FD, VM 1
    public static var contourUncertaintyRadius: Tag { Tag(rawValue: 0x00700312) }
    /// (0070,0314) Used Fiducials Sequence, SQ, VM 1
    public static var usedFiducialsSequence: Tag { Tag(rawValue: 0x00700314) }
    /// (0070,0315) Used RT Structure Set ROI Sequence, SQ, VM 1
    public static var usedRTStructureSetROISequence: Tag { Tag(rawValue: 0x00700315) }
    /// (0070,0318) Graphic Coordinates Data Sequence, SQ, VM 1
    public static var graphicCoordinatesDataSequence: Tag { Tag(rawValue: 0x00700318) }
    /// (0070,031A) Fiducial UID, UI, VM 1
    public static var fiducialUID: Tag { Tag(rawValue: 0x0070031A) }
    /// (0070,031B) Referenced Fiducial UID, UI, VM 1
    public static var referencedFiducialUID: Tag { Tag(rawValue: 0x0070031B) }
    /// (0070,031C) Fiducial Set Sequence, SQ, VM 1
    public static var fiducialSetSequence: Tag { Tag(rawValue: 0x0070031C) }
    /// (0070,031E) Fiducial Sequence, SQ, VM 1
    public static var fiducialSequence: Tag { Tag(rawValue: 0x0070031E) }
    /// (0070,031F) Fiducials Property Category Code Sequence, SQ, VM 1
    public static var fiducialsPropertyCategoryCodeSequence: Tag { Tag(rawValue: 0x0070031F) }
    /// (0070,0401) Graphic Layer Recommended Display CIELab Value, US, VM 3
    public static var graphicLayerRecommendedDisplayCIELabValue: Tag { Tag(rawValue: 0x00700401) }
    /// (0070,0402) Blending Sequence, SQ, VM 1
    public static var blendingSequence: Tag { Tag(rawValue: 0x00700402) }
    /// (0070,0403) Relative Opacity, FL, VM 1
    public static var relativeOpacity: Tag { Tag(rawValue: 0x00700403) }
    /// (0070,0404) Referenced Spatial Registration Sequence, SQ, VM 1
    public static var referencedSpatialRegistrationSequence: Tag { Tag(rawValue: 0x00700404) }
    /// (0070,0405) Blending Position, CS, VM 1
    public static var blendingPosition: Tag { Tag(rawValue: 0x00700405) }
    /// (0070,1101) Presentation Display Collection UID, UI, VM 1
    public static var presentationDisplayCollectionUID: Tag { Tag(rawValue: 0x00701101) }
    /// (0070,1102) Presentation Sequence Collection UID, UI, VM 1
    public static var presentationSequenceCollectionUID: Tag { Tag(rawValue: 0x00701102) }
    /// (0070,1103) Presentation Sequence Position Index, US, VM 1
    public static var presentationSequencePositionIndex: Tag { Tag(rawValue: 0x00701103) }
    /// (0070,1104) Rendered Image Reference Sequence, SQ, VM 1
    public static var renderedImageReferenceSequence: Tag { Tag(rawValue: 0x00701104) }
    /// (0070,1201) Volumetric Presentation State Input Sequence, SQ, VM 1
    public static var volumetricPresentationStateInputSequence: Tag { Tag(rawValue: 0x00701201) }
    /// (0070,1202) Presentation Input Type, CS, VM 1
    public static var presentationInputType: Tag { Tag(rawValue: 0x00701202) }
    /// (0070,1203) Input Sequence Position Index, US, VM 1
    public static var inputSequencePositionIndex: Tag { Tag(rawValue: 0x00701203) }
    /// (0070,1204) Crop, CS, VM 1
    public static var crop: Tag { Tag(rawValue: 0x00701204) }
    /// (0070,1205) Cropping Specification Index, US, VM 1-n
    public static var croppingSpecificationIndex: Tag { Tag(rawValue: 0x00701205) }
    /// (0070,1206) Compositing Method, CS, VM 1 (retired)
    public static var compositingMethod: Tag { Tag(rawValue: 0x00701206) }
    /// (0070,1207) Volumetric Presentation Input Number, US, VM 1
    public static var volumetricPresentationInputNumber: Tag { Tag(rawValue: 0x00701207) }
    /// (0070,1208) Image Volume Geometry, CS, VM 1
    public static var imageVolumeGeometry: Tag { Tag(rawValue: 0x00701208) }
    /// (0070,1209) Volumetric Presentation Input Set UID, UI, VM 1
    public static var volumetricPresentationInputSetUID: Tag { Tag(rawValue: 0x00701209) }
    /// (0070,120A) Volumetric Presentation Input Set Sequence, SQ, VM 1
    public static var volumetricPresentationInputSetSequence: Tag { Tag(rawValue: 0x0070120A) }
    /// (0070,120B) Global Crop, CS, VM 1
    public static var globalCrop: Tag { Tag(rawValue: 0x0070120B) }
    /// (0070,120C) Global Cropping Specification Index, US, VM 1-n
    public static var globalCroppingSpecificationIndex: Tag { Tag(rawValue: 0x0070120C) }
    /// (0070,120D) Rendering Method, CS, VM 1
    public static var renderingMethod: Tag { Tag(rawValue: 0x0070120D) }
    /// (0070,1301) Volume Cropping Sequence, SQ, VM 1
    public static var volumeCroppingSequence: Tag { Tag(rawValue: 0x00701301) }
    /// (0070,1302) Volume Cropping Method, CS, VM 1
    public static var volumeCroppingMethod: Tag { Tag(rawValue: 0x00701302) }
    /// (0070,1303) Bounding Box Crop, FD, VM 6
    public static var boundingBoxCrop: Tag { Tag(rawValue: 0x00701303) }
    /// (0070,1304) Oblique Cropping Plane Sequence, SQ, VM 1
    public static var obliqueCroppingPlaneSequence: Tag { Tag(rawValue: 0x00701304) }
    /// (0070,1305) Plane, FD, VM 4
    public static var plane: Tag { Tag(rawValue: 0x00701305) }
    /// (0070,1306) Plane Normal, FD, VM 3
    public static var planeNormal: Tag { Tag(rawValue: 0x00701306) }
    /// (0070,1309) Cropping Specification Number, US, VM 1
    public static var croppingSpecificationNumber: Tag { Tag(rawValue: 0x00701309) }
    /// (0070,1501) Multi-Planar Reconstruction Style, CS, VM 1
    public static var multiPlanarReconstructionStyle: Tag { Tag(rawValue: 0x00701501) }
    /// (0070,1502) MPR Thickness Type, CS, VM 1
    public static var mprThicknessType: Tag { Tag(rawValue: 0x00701502) }
    /// (0070,1503) MPR Slab Thickness, FD, VM 1
    public static var mprSlabThickness: Tag { Tag(rawValue: 0x00701503) }
    /// (0070,1505) MPR Top Left Hand Corner, FD, VM 3
    public static var mprTopLeftHandCorner: Tag { Tag(rawValue: 0x00701505) }
    /// (0070,1507) MPR View Width Direction, FD, VM 3
    public static var mprViewWidthDirection: Tag { Tag(rawValue: 0x00701507) }
    /// (0070,1508) MPR View Width, FD, VM 1
    public static var mprViewWidth: Tag { Tag(rawValue: 0x00701508) }
    /// (0070,150C) Number of Volumetric Curve Points, UL, VM 1
    public static var numberOfVolumetricCurvePoints: Tag { Tag(rawValue: 0x0070150C) }
    /// (0070,150D) Volumetric Curve Points, OD, VM 1
    public static var volumetricCurvePoints: Tag { Tag(rawValue: 0x0070150D) }
    /// (0070,1511) MPR View Height Direction, FD, VM 3
    public static var mprViewHeightDirection: Tag { Tag(rawValue: 0x00701511) }
    /// (0070,1512) MPR View Height, FD, VM 1
    public static var mprViewHeight: Tag { Tag(rawValue: 0x00701512) }
    /// (0070,1602) Render Projection, CS, VM 1
    public static var renderProjection: Tag { Tag(rawValue: 0x00701602) }
    /// (0070,1603) Viewpoint Position, FD, VM 3
    public static var viewpointPosition: Tag { Tag(rawValue: 0x00701603) }
    /// (0070,1604) Viewpoint LookAt Point, FD, VM 3
    public static var viewpointLookAtPoint: Tag { Tag(rawValue: 0x00701604) }
    /// (0070,1605) Viewpoint Up Direction, FD, VM 3
    public static var viewpointUpDirection: Tag { Tag(rawValue: 0x00701605) }
    /// (0070,1606) Render Field of View, FD, VM 6
    public static var renderFieldOfView: Tag { Tag(rawValue: 0x00701606) }
    /// (0070,1607) Sampling Step Size, FD, VM 1
    public static var samplingStepSize: Tag { Tag(rawValue: 0x00701607) }
    /// (0070,1701) Shading Style, CS, VM 1
    public static var shadingStyle: Tag { Tag(rawValue: 0x00701701) }
    /// (0070,1702) Ambient Reflection Intensity, FD, VM 1
    public static var ambientReflectionIntensity: Tag { Tag(rawValue: 0x00701702) }
    /// (0070,1703) Light Direction, FD, VM 3
    public static var lightDirection: Tag { Tag(rawValue: 0x00701703) }
    /// (0070,1704) Diffuse Reflection Intensity, FD, VM 1
    public static var diffuseReflectionIntensity: Tag { Tag(rawValue: 0x00701704) }
    /// (0070,1705) Specular Reflection Intensity, FD, VM 1
    public static var specularReflectionIntensity: Tag { Tag(rawValue: 0x00701705) }
    /// (0070,1706) Shininess, FD, VM 1
    public static var shininess: Tag { Tag(rawValue: 0x00701706) }
    /// (0070,1801) Presentation State Classification Component Sequence, SQ, VM 1
    public static var presentationStateClassificationComponentSequence: Tag { Tag(rawValue: 0x00701801) }
    /// (0070,1802) Component Type, CS, VM 1
    public static var componentType: Tag { Tag(rawValue: 0x00701802) }
    /// (0070,1803) Component Input Sequence, SQ, VM 1
    public static var componentInputSequence: Tag { Tag(rawValue: 0x00701803) }
    /// (0070,1804) Volumetric Presentation Input Index, US, VM 1
    public static var volumetricPresentationInputIndex: Tag { Tag(rawValue: 0x00701804) }
    /// (0070,1805) Presentation State Compositor Component Sequence, SQ, VM 1
    public static var presentationStateCompositorComponentSequence: Tag { Tag(rawValue: 0x00701805) }
    /// (0070,1806) Weighting Transfer Function Sequence, SQ, VM 1
    public static var weightingTransferFunctionSequence: Tag { Tag(rawValue: 0x00701806) }
    /// (0070,1807) Weighting Lookup Table Descriptor, US, VM 3 (retired)
    public static var weightingLookupTableDescriptor: Tag { Tag(rawValue: 0x00701807) }
    /// (0070,1808) Weighting Lookup Table Data, OB, VM 1 (retired)
    public static var weightingLookupTableData: Tag { Tag(rawValue: 0x00701808) }
    /// (0070,1901) Volumetric Annotation Sequence, SQ, VM 1
    public static var volumetricAnnotationSequence: Tag { Tag(rawValue: 0x00701901) }
    /// (0070,1903) Referenced Structured Context Sequence, SQ, VM 1
    public static var referencedStructuredContextSequence: Tag { Tag(rawValue: 0x00701903) }
    /// (0070,1904) Referenced Content Item, UI, VM 1
    public static var referencedContentItem: Tag { Tag(rawValue: 0x00701904) }
    /// (0070,1905) Volumetric Presentation Input Annotation Sequence, SQ, VM 1
    public static var volumetricPresentationInputAnnotationSequence: Tag { Tag(rawValue: 0x00701905) }
    /// (0070,1907) Annotation Clipping, CS, VM 1
    public static var annotationClipping: Tag { Tag(rawValue: 0x00701907) }
    /// (0070,1A01) Presentation Animation Style, CS, VM 1
    public static var presentationAnimationStyle: Tag { Tag(rawValue: 0x00701A01) }
    /// (0070,1A03) Recommended Animation Rate, FD, VM 1
    public static var recommendedAnimationRate: Tag { Tag(rawValue: 0x00701A03) }
    /// (0070,1A04) Animation Curve Sequence, SQ, VM 1
    public static var animationCurveSequence: Tag { Tag(rawValue: 0x00701A04) }
    /// (0070,1A05) Animation Step Size, FD, VM 1
    public static var animationStepSize: Tag { Tag(rawValue: 0x00701A05) }
    /// (0070,1A06) Swivel Range, FD, VM 1
    public static var swivelRange: Tag { Tag(rawValue: 0x00701A06) }
    /// (0070,1A07) Volumetric Curve Up Directions, OD, VM 1
    public static var volumetricCurveUpDirections: Tag { Tag(rawValue: 0x00701A07) }
    /// (0070,1A08) Volume Stream Sequence, SQ, VM 1
    public static var volumeStreamSequence: Tag { Tag(rawValue: 0x00701A08) }
    /// (0070,1A09) RGBA Transfer Function Description, LO, VM 1
    public static var rgbaTransferFunctionDescription: Tag { Tag(rawValue: 0x00701A09) }
    /// (0070,1B01) Advanced Blending Sequence, SQ, VM 1
    public static var advancedBlendingSequence: Tag { Tag(rawValue: 0x00701B01) }
    /// (0070,1B02) Blending Input Number, US, VM 1
    public static var blendingInputNumber: Tag { Tag(rawValue: 0x00701B02) }
    /// (0070,1B03) Blending Display Input Sequence, SQ, VM 1
    public static var blendingDisplayInputSequence: Tag { Tag(rawValue: 0x00701B03) }
    /// (0070,1B04) Blending Display Sequence, SQ, VM 1
    public static var blendingDisplaySequence: Tag { Tag(rawValue: 0x00701B04) }
    /// (0070,1B06) Blending Mode, CS, VM 1
    public static var blendingMode: Tag { Tag(rawValue: 0x00701B06) }
    /// (0070,1B07) Time Series Blending, CS, VM 1
    public static var timeSeriesBlending: Tag { Tag(rawValue: 0x00701B07) }
    /// (0070,1B08) Geometry for Display, CS, VM 1
    public static var geometryForDisplay: Tag { Tag(rawValue: 0x00701B08) }
    /// (0070,1B11) Threshold Sequence, SQ, VM 1
    public static var thresholdSequence: Tag { Tag(rawValue: 0x00701B11) }
    /// (0070,1B12) Threshold Value Sequence, SQ, VM 1
    public static var thresholdValueSequence: Tag { Tag(rawValue: 0x00701B12) }
    /// (0070,1B13) Threshold Type, CS, VM 1
    public static var thresholdType: Tag { Tag(rawValue: 0x00701B13) }
    /// (0070,1B14) Threshold Value, FD, VM 1
    public static var thresholdValue: Tag { Tag(rawValue: 0x00701B14) }
    /// (0072,0002) Hanging Protocol Name, SH, VM 1
    public static var hangingProtocolName: Tag { Tag(rawValue: 0x00720002) }
    /// (0072,0004) Hanging Protocol Description, LO, VM 1
    public static var hangingProtocolDescription: Tag { Tag(rawValue: 0x00720004) }
    /// (0072,0006) Hanging Protocol Level, CS, VM 1
    public static var hangingProtocolLevel: Tag { Tag(rawValue: 0x00720006) }
    /// (0072,0008) Hanging Protocol Creator, LO, VM 1
    public static var hangingProtocolCreator: Tag { Tag(rawValue: 0x00720008) }
    /// (0072,000A) Hanging Protocol Creation DateTime, DT, VM 1
    public static var hangingProtocolCreationDateTime: Tag { Tag(rawValue: 0x0072000A) }
    /// (0072,000C) Hanging Protocol Definition Sequence, SQ, VM 1
    public static var hangingProtocolDefinitionSequence: Tag { Tag(rawValue: 0x0072000C) }
    /// (0072,000E) Hanging Protocol User Identification Code Sequence, SQ, VM 1
    public static var hangingProtocolUserIdentificationCodeSequence: Tag { Tag(rawValue: 0x0072000E) }
    /// (0072,0010) Hanging Protocol User Group Name, LO, VM 1
    public static var hangingProtocolUserGroupName: Tag { Tag(rawValue: 0x00720010) }
    /// (0072,0012) Source Hanging Protocol Sequence, SQ, VM 1
    public static var sourceHangingProtocolSequence: Tag { Tag(rawValue: 0x00720012) }
    /// (0072,0014) Number of Priors Referenced, US, VM 1
    public static var numberOfPriorsReferenced: Tag { Tag(rawValue: 0x00720014) }
    /// (0072,0020) Image Sets Sequence, SQ, VM 1
    public static var imageSetsSequence: Tag { Tag(rawValue: 0x00720020) }
    /// (0072,0022) Image Set Selector Sequence, SQ, VM 1
    public static var imageSetSelectorSequence: Tag { Tag(rawValue: 0x00720022) }
    /// (0072,0024) Image Set Selector Usage Flag, CS, VM 1
    public static var imageSetSelectorUsageFlag: Tag { Tag(rawValue: 0x00720024) }
    /// (0072,0026) Selector Attribute, AT, VM 1
    public static var selectorAttribute: Tag { Tag(rawValue: 0x00720026) }
    /// (0072,0028) Selector Value Number, US, VM 1
    public static var selectorValueNumber: Tag { Tag(rawValue: 0x00720028) }
    /// (0072,0030) Time Based Image Sets Sequence, SQ, VM 1
    public static var timeBasedImageSetsSequence: Tag { Tag(rawValue: 0x00720030) }
    /// (0072,0032) Image Set Number, US, VM 1
    public static var imageSetNumber: Tag { Tag(rawValue: 0x00720032) }
    /// (0072,0034) Image Set Selector Category, CS, VM 1
    public static var imageSetSelectorCategory: Tag { Tag(rawValue: 0x00720034) }
    /// (0072,0038) Relative Time, US, VM 2
    public static var relativeTime: Tag { Tag(rawValue: 0x00720038) }
    /// (0072,003A) Relative Time Units, CS, VM 1
    public static var relativeTimeUnits: Tag { Tag(rawValue: 0x0072003A) }
    /// (0072,003C) Abstract Prior Value, SS, VM 2
    public static var abstractPriorValue: Tag { Tag(rawValue: 0x0072003C) }
    /// (0072,003E) Abstract Prior Code Sequence, SQ, VM 1
    public static var abstractPriorCodeSequence: Tag { Tag(rawValue: 0x0072003E) }
    /// (0072,0040) Image Set Label, LO, VM 1
    public static var imageSetLabel: Tag { Tag(rawValue: 0x00720040) }
    /// (0072,0050) Selector Attribute VR, CS, VM 1
    public static var selectorAttributeVR: Tag { Tag(rawValue: 0x00720050) }
    /// (0072,0052) Selector Sequence Pointer, AT, VM 1-n
    public static var selectorSequencePointer: Tag { Tag(rawValue: 0x00720052) }
    /// (0072,0054) Selector Sequence Pointer Private Creator, LO, VM 1-n
    public static var selectorSequencePointerPrivateCreator: Tag { Tag(rawValue: 0x00720054) }
    /// (0072,0056) Selector Attribute Private Creator, LO, VM 1
    public static var selectorAttributePrivateCreator: Tag { Tag(rawValue: 0x00720056) }
    /// (0072,005E) Selector AE Value, AE, VM 1-n
    public static var selectorAEValue: Tag { Tag(rawValue: 0x0072005E) }
    /// (0072,005F) Selector AS Value, AS, VM 1-n
    public static var selectorASValue: Tag { Tag(rawValue: 0x0072005F) }
    /// (0072,0060) Selector AT Value, AT, VM 1-n
    public static var selectorATValue: Tag { Tag(rawValue: 0x00720060) }
    /// (0072,0061) Selector DA Value, DA, VM 1-n
    public static var selectorDAValue: Tag { Tag(rawValue: 0x00720061) }
    /// (0072,0062) Selector CS Value, CS, VM 1-n
    public static var selectorCSValue: Tag { Tag(rawValue: 0x00720062) }
    /// (0072,0063) Selector DT Value, DT, VM 1-n
    public static var selectorDTValue: Tag { Tag(rawValue: 0x00720063) }
    /// (0072,0064) Selector IS Value, IS, VM 1-n
    public static var selectorISValue: Tag { Tag(rawValue: 0x00720064) }
    /// (0072,0065) Selector OB Value, OB, VM 1
    public static var selectorOBValue: Tag { Tag(rawValue: 0x00720065) }
    /// (0072,0066) Selector LO Value, LO, VM 1-n
    public static var selectorLOValue: Tag { Tag(rawValue: 0x00720066) }
    /// (0072,0067) Selector OF Value, OF, VM 1
    public static var selectorOFValue: Tag { Tag(rawValue: 0x00720067) }
    /// (0072,0068) Selector LT Value, LT, VM 1
    public static var selectorLTValue: Tag { Tag(rawValue: 0x00720068) }
    /// (0072,0069) Selector OW Value, OW, VM 1
    public static var selectorOWValue: Tag { Tag(rawValue: 0x00720069) }
    /// (0072,006A) Selector PN Value, PN, VM 1-n
    public static var selectorPNValue: Tag { Tag(rawValue: 0x0072006A) }
    /// (0072,006B) Selector TM Value, TM, VM 1-n
    public static var selectorTMValue: Tag { Tag(rawValue: 0x0072006B) }
    /// (0072,006C) Selector SH Value, SH, VM 1-n
    public static var selectorSHValue: Tag { Tag(rawValue: 0x0072006C) }
    /// (0072,006D) Selector UN Value, UN, VM 1
    public static var selectorUNValue: Tag { Tag(rawValue: 0x0072006D) }
    /// (0072,006E) Selector ST Value, ST, VM 1
    public static var selectorSTValue: Tag { Tag(rawValue: 0x0072006E) }
    /// (0072,006F) Selector UC Value, UC, VM 1-n
    public static var selectorUCValue: Tag { Tag(rawValue: 0x0072006F) }
    /// (0072,0070) Selector UT Value, UT, VM 1
    public static var selectorUTValue: Tag { Tag(rawValue: 0x00720070) }
    /// (0072,0071) Selector UR Value, UR, VM 1
    public static var selectorURValue: Tag { Tag(rawValue: 0x00720071) }
    /// (0072,0072) Selector DS Value, DS, VM 1-n
    public static var selectorDSValue: Tag { Tag(rawValue: 0x00720072) }
    /// (0072,0073) Selector OD Value, OD, VM 1
    public static var selectorODValue: Tag { Tag(rawValue: 0x00720073) }
    /// (0072,0074) Selector FD Value, FD, VM 1-n
    public static var selectorFDValue: Tag { Tag(rawValue: 0x00720074) }
    /// (0072,0075) Selector OL Value, OL, VM 1
    public static var selectorOLValue: Tag { Tag(rawValue: 0x00720075) }
    /// (0072,0076) Selector FL Value, FL, VM 1-n
    public static var selectorFLValue: Tag { Tag(rawValue: 0x00720076) }
    /// (0072,0078) Selector UL Value, UL, VM 1-n
    public static var selectorULValue: Tag { Tag(rawValue: 0x00720078) }
    /// (0072,007A) Selector US Value, US, VM 1-n
    public static var selectorUSValue: Tag { Tag(rawValue: 0x0072007A) }
    /// (0072,007C) Selector SL Value, SL, VM 1-n
    public static var selectorSLValue: Tag { Tag(rawValue: 0x0072007C) }
    /// (0072,007E) Selector SS Value, SS, VM 1-n
    public static var selectorSSValue: Tag { Tag(rawValue: 0x0072007E) }
    /// (0072,007F) Selector UI Value, UI, VM 1-n
    public static var selectorUIValue: Tag { Tag(rawValue: 0x0072007F) }
    /// (0072,0080) Selector Code Sequence Value, SQ, VM 1
    public static var selectorCodeSequenceValue: Tag { Tag(rawValue: 0x00720080) }
    /// (0072,0081) Selector OV Value, OV, VM 1
    public static var selectorOVValue: Tag { Tag(rawValue: 0x00720081) }
    /// (0072,0082) Selector SV Value, SV, VM 1-n
    public static var selectorSVValue: Tag { Tag(rawValue: 0x00720082) }
    /// (0072,0083) Selector UV Value, UV, VM 1-n
    public static var selectorUVValue: Tag { Tag(rawValue: 0x00720083) }
    /// (0072,0100) Number of Screens, US, VM 1
    public static var numberOfScreens: Tag { Tag(rawValue: 0x00720100) }
    /// (0072,0102) Nominal Screen Definition Sequence, SQ, VM 1
    public static var nominalScreenDefinitionSequence: Tag { Tag(rawValue: 0x00720102) }
    /// (0072,0104) Number of Vertical Pixels, US, VM 1
    public static var numberOfVerticalPixels: Tag { Tag(rawValue: 0x00720104) }
    /// (0072,0106) Number of Horizontal Pixels, US, VM 1
    public static var numberOfHorizontalPixels: Tag { Tag(rawValue: 0x00720106) }
    /// (0072,0108) Display Environment Spatial Position, FD, VM 4
    public static var displayEnvironmentSpatialPosition: Tag { Tag(rawValue: 0x00720108) }
    /// (0072,010A) Screen Minimum Grayscale Bit Depth, US, VM 1
    public static var screenMinimumGrayscaleBitDepth: Tag { Tag(rawValue: 0x0072010A) }
    /// (0072,010C) Screen Minimum Color Bit Depth, US, VM 1
    public static var screenMinimumColorBitDepth: Tag { Tag(rawValue: 0x0072010C) }
    /// (0072,010E) Application Maximum Repaint Time, US, VM 1
    public static var applicationMaximumRepaintTime: Tag { Tag(rawValue: 0x0072010E) }
    /// (0072,0200) Display Sets Sequence, SQ, VM 1
    public static var displaySetsSequence: Tag { Tag(rawValue: 0x00720200) }
    /// (0072,0202) Display Set Number, US, VM 1
    public static var displaySetNumber: Tag { Tag(rawValue: 0x00720202) }
    /// (0072,0203) Display Set Label, LO, VM 1
    public static var displaySetLabel: Tag { Tag(rawValue: 0x00720203) }
    /// (0072,0204) Display Set Presentation Group, US, VM 1
    public static var displaySetPresentationGroup: Tag { Tag(rawValue: 0x00720204) }
    /// (0072,0206) Display Set Presentation Group Description, LO, VM 1
    public static var displaySetPresentationGroupDescription: Tag { Tag(rawValue: 0x00720206) }
    /// (0072,0208) Partial Data Display Handling, CS, VM 1
    public static var partialDataDisplayHandling: Tag { Tag(rawValue: 0x00720208) }
    /// (0072,0210) Synchronized Scrolling Sequence, SQ, VM 1
    public static var synchronizedScrollingSequence: Tag { Tag(rawValue: 0x00720210) }
    /// (0072,0212) Display Set Scrolling Group, US, VM 2-n
    public static var displaySetScrollingGroup: Tag { Tag(rawValue: 0x00720212) }
    /// (0072,0214) Navigation Indicator Sequence, SQ, VM 1
    public static var navigationIndicatorSequence: Tag { Tag(rawValue: 0x00720214) }
    /// (0072,0216) Navigation Display Set, US, VM 1
    public static var navigationDisplaySet: Tag { Tag(rawValue: 0x00720216) }
    /// (0072,0218) Reference Display Sets, US, VM 1-n
    public static var referenceDisplaySets: Tag { Tag(rawValue: 0x00720218) }
    /// (0072,0300) Image Boxes Sequence, SQ, VM 1
    public static var imageBoxesSequence: Tag { Tag(rawValue: 0x00720300) }
    /// (0072,0302) Image Box Number, US, VM 1
    public static var imageBoxNumber: Tag { Tag(rawValue: 0x00720302) }
    /// (0072,0304) Image Box Layout Type, CS, VM 1
    public static var imageBoxLayoutType: Tag { Tag(rawValue: 0x00720304) }
    /// (0072,0306) Image Box Tile Horizontal Dimension, US, VM 1
    public static var imageBoxTileHorizontalDimension: Tag { Tag(rawValue: 0x00720306) }
    /// (0072,0308) Image Box Tile Vertical Dimension, US, VM 1
    public static var imageBoxTileVerticalDimension: Tag { Tag(rawValue: 0x00720308) }
    /// (0072,0310) Image Box Scroll Direction, CS, VM 1
    public static var imageBoxScrollDirection: Tag { Tag(rawValue: 0x00720310) }
    /// (0072,0312) Image Box Small Scroll Type, CS, VM 1
    public static var imageBoxSmallScrollType: Tag { Tag(rawValue: 0x00720312) }
    /// (0072,0314) Image Box Small Scroll Amount, US, VM 1
    public static var imageBoxSmallScrollAmount: Tag { Tag(rawValue: 0x00720314) }
    /// (0072,0316) Image Box Large Scroll Type, CS, VM 1
    public static var imageBoxLargeScrollType: Tag { Tag(rawValue: 0x00720316) }
    /// (0072,0318) Image Box Large Scroll Amount, US, VM 1
    public static var imageBoxLargeScrollAmount: Tag { Tag(rawValue: 0x00720318) }
    /// (0072,0320) Image Box Overlap Priority, US, VM 1
    public static var imageBoxOverlapPriority: Tag { Tag(rawValue: 0x00720320) }
    /// (0072,0330) Cine Relative to Real-Time, FD, VM 1
    public static var cineRelativeToRealTime: Tag { Tag(rawValue: 0x00720330) }
    /// (0072,0400) Filter Operations Sequence, SQ, VM 1
    public static var filterOperationsSequence: Tag { Tag(rawValue: 0x00720400) }
    /// (0072,0402) Filter-by Category, CS, VM 1
    public static var filterByCategory: Tag { Tag(rawValue: 0x00720402) }
    /// (0072,0404) Filter-by Attribute Presence, CS, VM 1
    public static var filterByAttributePresence: Tag { Tag(rawValue: 0x00720404) }
    /// (0072,0406) Filter-by Operator, CS, VM 1
    public static var filterByOperator: Tag { Tag(rawValue: 0x00720406) }
    /// (0072,0420) Structured Display Background CIELab Value, US, VM 3
    public static var structuredDisplayBackgroundCIELabValue: Tag { Tag(rawValue: 0x00720420) }
    /// (0072,0421) Empty Image Box CIELab Value, US, VM 3
    public static var emptyImageBoxCIELabValue: Tag { Tag(rawValue: 0x00720421) }
    /// (0072,0422) Structured Display Image Box Sequence, SQ, VM 1
    public static var structuredDisplayImageBoxSequence: Tag { Tag(rawValue: 0x00720422) }
    /// (0072,0424) Structured Display Text Box Sequence, SQ, VM 1
    public static var structuredDisplayTextBoxSequence: Tag { Tag(rawValue: 0x00720424) }
    /// (0072,0427) Referenced First Frame Sequence, SQ, VM 1
    public static var referencedFirstFrameSequence: Tag { Tag(rawValue: 0x00720427) }
    /// (0072,0430) Image Box Synchronization Sequence, SQ, VM 1
    public static var imageBoxSynchronizationSequence: Tag { Tag(rawValue: 0x00720430) }
    /// (0072,0432) Synchronized Image Box List, US, VM 2-n
    public static var synchronizedImageBoxList: Tag { Tag(rawValue: 0x00720432) }
    /// (0072,0434) Type of Synchronization, CS, VM 1
    public static var typeOfSynchronization: Tag { Tag(rawValue: 0x00720434) }
    /// (0072,0500) Blending Operation Type, CS, VM 1
    public static var blendingOperationType: Tag { Tag(rawValue: 0x00720500) }
    /// (0072,0510) Reformatting Operation Type, CS, VM 1
    public static var reformattingOperationType: Tag { Tag(rawValue: 0x00720510) }
    /// (0072,0512) Reformatting Thickness, FD, VM 1
    public static var reformattingThickness: Tag { Tag(rawValue: 0x00720512) }
    /// (0072,0514) Reformatting Interval, FD, VM 1
    public static var reformattingInterval: Tag { Tag(rawValue: 0x00720514) }
    /// (0072,0516) Reformatting Operation Initial View Direction, CS, VM 1
    public static var reformattingOperationInitialViewDirection: Tag { Tag(rawValue: 0x00720516) }
    /// (0072,0520) 3D Rendering Type, CS, VM 1-n
    public static var threeDRenderingType: Tag { Tag(rawValue: 0x00720520) }
    /// (0072,0600) Sorting Operations Sequence, SQ, VM 1
    public static var sortingOperationsSequence: Tag { Tag(rawValue: 0x00720600) }
    /// (0072,0602) Sort-by Category, CS, VM 1
    public static var sortByCategory: Tag { Tag(rawValue: 0x00720602) }
    /// (0072,0604) Sorting Direction, CS, VM 1
    public static var sortingDirection: Tag { Tag(rawValue: 0x00720604) }
    /// (0072,0700) Display Set Patient Orientation, CS, VM 2
    public static var displaySetPatientOrientation: Tag { Tag(rawValue: 0x00720700) }
    /// (0072,0702) VOI Type, CS, VM 1
    public static var voiType: Tag { Tag(rawValue: 0x00720702) }
    /// (0072,0704) Pseudo-Color Type, CS, VM 1
    public static var pseudoColorType: Tag { Tag(rawValue: 0x00720704) }
    /// (0072,0705) Pseudo-Color Palette Instance Reference Sequence, SQ, VM 1
    public static var pseudoColorPaletteInstanceReferenceSequence: Tag { Tag(rawValue: 0x00720705) }
    /// (0072,0706) Show Grayscale Inverted, CS, VM 1
    public static var showGrayscaleInverted: Tag { Tag(rawValue: 0x00720706) }
    /// (0072,0710) Show Image True Size Flag, CS, VM 1
    public static var showImageTrueSizeFlag: Tag { Tag(rawValue: 0x00720710) }
    /// (0072,0712) Show Graphic Annotation Flag, CS, VM 1
    public static var showGraphicAnnotationFlag: Tag { Tag(rawValue: 0x00720712) }
    /// (0072,0714) Show Patient Demographics Flag, CS, VM 1
    public static var showPatientDemographicsFlag: Tag { Tag(rawValue: 0x00720714) }
    /// (0072,0716) Show Acquisition Techniques Flag, CS, VM 1
    public static var showAcquisitionTechniquesFlag: Tag { Tag(rawValue: 0x00720716) }
    /// (0072,0717) Display Set Horizontal Justification, CS, VM 1
    public static var displaySetHorizontalJustification: Tag { Tag(rawValue: 0x00720717) }
    /// (0072,0718) Display Set Vertical Justification, CS, VM 1
    public static var displaySetVerticalJustification: Tag { Tag(rawValue: 0x00720718) }
    /// (0074,0120) Continuation Start Meterset, FD, VM 1
    public static var continuationStartMeterset: Tag { Tag(rawValue: 0x00740120) }
    /// (0074,0121) Continuation End Meterset, FD, VM 1
    public static var continuationEndMeterset: Tag { Tag(rawValue: 0x00740121) }
    /// (0074,1000) Procedure Step State, CS, VM 1
    public static var procedureStepState: Tag { Tag(rawValue: 0x00741000) }
    /// (0074,1002) Procedure Step Progress Information Sequence, SQ, VM 1
    public static var procedureStepProgressInformationSequence: Tag { Tag(rawValue: 0x00741002) }
    /// (0074,1004) Procedure Step Progress, DS, VM 1
    public static var procedureStepProgress: Tag { Tag(rawValue: 0x00741004) }
    /// (0074,1006) Procedure Step Progress Description, ST, VM 1
    public static var procedureStepProgressDescription: Tag { Tag(rawValue: 0x00741006) }
    /// (0074,1007) Procedure Step Progress Parameters Sequence, SQ, VM 1
    public static var procedureStepProgressParametersSequence: Tag { Tag(rawValue: 0x00741007) }
    /// (0074,1008) Procedure Step Communications URI Sequence, SQ, VM 1
    public static var procedureStepCommunicationsURISequence: Tag { Tag(rawValue: 0x00741008) }
    /// (0074,100A) Contact URI, UR, VM 1
    public static var contactURI: Tag { Tag(rawValue: 0x0074100A) }
    /// (0074,100C) Contact Display Name, LO, VM 1
    public static var contactDisplayName: Tag { Tag(rawValue: 0x0074100C) }
    /// (0074,100E) Procedure Step Discontinuation Reason Code Sequence, SQ, VM 1
    public static var procedureStepDiscontinuationReasonCodeSequence: Tag { Tag(rawValue: 0x0074100E) }
    /// (0074,1020) Beam Task Sequence, SQ, VM 1
    public static var beamTaskSequence: Tag { Tag(rawValue: 0x00741020) }
    /// (0074,1022) Beam Task Type, CS, VM 1
    public static var beamTaskType: Tag { Tag(rawValue: 0x00741022) }
    /// (0074,1024) Beam Order Index (Trial), IS, VM 1 (retired)
    public static var beamOrderIndexTrial: Tag { Tag(rawValue: 0x00741024) }
    /// (0074,1025) Autosequence Flag, CS, VM 1
    public static var autosequenceFlag: Tag { Tag(rawValue: 0x00741025) }
    /// (0074,1026) Table Top Vertical Adjusted Position, FD, VM 1
    public static var tableTopVerticalAdjustedPosition: Tag { Tag(rawValue: 0x00741026) }
    /// (0074,1027) Table Top Longitudinal Adjusted Position, FD, VM 1
    public static var tableTopLongitudinalAdjustedPosition: Tag { Tag(rawValue: 0x00741027) }
    /// (0074,1028) Table Top Lateral Adjusted Position, FD, VM 1
    public static var tableTopLateralAdjustedPosition: Tag { Tag(rawValue: 0x00741028) }
    /// (0074,102A) Patient Support Adjusted Angle, FD, VM 1
    public static var patientSupportAdjustedAngle: Tag { Tag(rawValue: 0x0074102A) }
    /// (0074,102B) Table Top Eccentric Adjusted Angle, FD, VM 1
    public static var tableTopEccentricAdjustedAngle: Tag { Tag(rawValue: 0x0074102B) }
    /// (0074,102C) Table Top Pitch Adjusted Angle, FD, VM 1
    public static var tableTopPitchAdjustedAngle: Tag { Tag(rawValue: 0x0074102C) }
    /// (0074,102D) Table Top Roll Adjusted Angle, FD, VM 1
    public static var tableTopRollAdjustedAngle: Tag { Tag(rawValue: 0x0074102D) }
    /// (0074,1030) Delivery Verification Image Sequence, SQ, VM 1
    public static var deliveryVerificationImageSequence: Tag { Tag(rawValue: 0x00741030) }
    /// (0074,1032) Verification Image Timing, CS, VM 1
    public static var verificationImageTiming: Tag { Tag(rawValue: 0x00741032) }
    /// (0074,1034) Double Exposure Flag, CS, VM 1
    public static var doubleExposureFlag: Tag { Tag(rawValue: 0x00741034) }
    /// (0074,1036) Double Exposure Ordering, CS, VM 1
    public static var doubleExposureOrdering: Tag { Tag(rawValue: 0x00741036) }
    /// (0074,1038) Double Exposure Meterset (Trial), DS, VM 1 (retired)
    public static var doubleExposureMetersetTrial: Tag { Tag(rawValue: 0x00741038) }
    /// (0074,103A) Double Exposure Field Delta (Trial), DS, VM 4 (retired)
    public static var doubleExposureFieldDeltaTrial: Tag { Tag(rawValue: 0x0074103A) }
    /// (0074,1040) Related Reference RT Image Sequence, SQ, VM 1
    public static var relatedReferenceRTImageSequence: Tag { Tag(rawValue: 0x00741040) }
    /// (0074,1042) General Machine Verification Sequence, SQ, VM 1
    public static var generalMachineVerificationSequence: Tag { Tag(rawValue: 0x00741042) }
    /// (0074,1044) Conventional Machine Verification Sequence, SQ, VM 1
    public static var conventionalMachineVerificationSequence: Tag { Tag(rawValue: 0x00741044) }
    /// (0074,1046) Ion Machine Verification Sequence, SQ, VM 1
    public static var ionMachineVerificationSequence: Tag { Tag(rawValue: 0x00741046) }
    /// (0074,1048) Failed Attributes Sequence, SQ, VM 1
    public static var failedAttributesSequence: Tag { Tag(rawValue: 0x00741048) }
    /// (0074,104A) Overridden Attributes Sequence, SQ, VM 1
    public static var overriddenAttributesSequence: Tag { Tag(rawValue: 0x0074104A) }
    /// (0074,104C) Conventional Control Point Verification Sequence, SQ, VM 1
    public static var conventionalControlPointVerificationSequence: Tag { Tag(rawValue: 0x0074104C) }
    /// (0074,104E) Ion Control Point Verification Sequence, SQ, VM 1
    public static var ionControlPointVerificationSequence: Tag { Tag(rawValue: 0x0074104E) }
    /// (0074,1050) Attribute Occurrence Sequence, SQ, VM 1
    public static var attributeOccurrenceSequence: Tag { Tag(rawValue: 0x00741050) }
    /// (0074,1052) Attribute Occurrence Pointer, AT, VM 1
    public static var attributeOccurrencePointer: Tag { Tag(rawValue: 0x00741052) }
    /// (0074,1054) Attribute Item Selector, UL, VM 1
    public static var attributeItemSelector: Tag { Tag(rawValue: 0x00741054) }
    /// (0074,1056) Attribute Occurrence Private Creator, LO, VM 1
    public static var attributeOccurrencePrivateCreator: Tag { Tag(rawValue: 0x00741056) }
    /// (0074,1057) Selector Sequence Pointer Items, IS, VM 1-n
    public static var selectorSequencePointerItems: Tag { Tag(rawValue: 0x00741057) }
    /// (0074,1200) Scheduled Procedure Step Priority, CS, VM 1
    public static var scheduledProcedureStepPriority: Tag { Tag(rawValue: 0x00741200) }
    /// (0074,1202) Worklist Label, LO, VM 1
    public static var worklistLabel: Tag { Tag(rawValue: 0x00741202) }
    /// (0074,1204) Procedure Step Label, LO, VM 1
    public static var procedureStepLabel: Tag { Tag(rawValue: 0x00741204) }
    /// (0074,1210) Scheduled Processing Parameters Sequence, SQ, VM 1
    public static var scheduledProcessingParametersSequence: Tag { Tag(rawValue: 0x00741210) }
    /// (0074,1212) Performed Processing Parameters Sequence, SQ, VM 1
    public static var performedProcessingParametersSequence: Tag { Tag(rawValue: 0x00741212) }
    /// (0074,1216) Unified Procedure Step Performed Procedure Sequence, SQ, VM 1
    public static var unifiedProcedureStepPerformedProcedureSequence: Tag { Tag(rawValue: 0x00741216) }
    /// (0074,1220) Related Procedure Step Sequence, SQ, VM 1 (retired)
    public static var relatedProcedureStepSequence: Tag { Tag(rawValue: 0x00741220) }
    /// (0074,1222) Procedure Step Relationship Type, LO, VM 1 (retired)
    public static var procedureStepRelationshipType: Tag { Tag(rawValue: 0x00741222) }
    /// (0074,1224) Replaced Procedure Step Sequence, SQ, VM 1
    public static var replacedProcedureStepSequence: Tag { Tag(rawValue: 0x00741224) }
    /// (0074,1230) Deletion Lock, LO, VM 1
    public static var deletionLock: Tag { Tag(rawValue: 0x00741230) }
    /// (0074,1234) Receiving AE, AE, VM 1
    public static var receivingAE: Tag { Tag(rawValue: 0x00741234) }
    /// (0074,1236) Requesting AE, AE, VM 1
    public static var requestingAE: Tag { Tag(rawValue: 0x00741236) }
    /// (0074,1238) Reason for Cancellation, LT, VM 1
    public static var reasonForCancellation: Tag { Tag(rawValue: 0x00741238) }
    /// (0074,1242) SCP Status, CS, VM 1
    public static var scpStatus: Tag { Tag(rawValue: 0x00741242) }
    /// (0074,1244) Subscription List Status, CS, VM 1
    public static var subscriptionListStatus: Tag { Tag(rawValue: 0x00741244) }
    /// (0074,1246) Unified Procedure Step List Status, CS, VM 1
    public static var unifiedProcedureStepListStatus: Tag { Tag(rawValue: 0x00741246) }
    /// (0074,1324) Beam Order Index, UL, VM 1
    public static var beamOrderIndex: Tag { Tag(rawValue: 0x00741324) }
    /// (0074,1338) Double Exposure Meterset, FD, VM 1
    public static var doubleExposureMeterset: Tag { Tag(rawValue: 0x00741338) }
    /// (0074,133A) Double Exposure Field Delta, FD, VM 4
    public static var doubleExposureFieldDelta: Tag { Tag(rawValue: 0x0074133A) }
    /// (0074,1401) Brachy Task Sequence, SQ, VM 1
    public static var brachyTaskSequence: Tag { Tag(rawValue: 0x00741401) }
    /// (0074,1402) Continuation Start Total Reference Air Kerma, DS, VM 1
    public static var continuationStartTotalReferenceAirKerma: Tag { Tag(rawValue: 0x00741402) }
    /// (0074,1403) Continuation End Total Reference Air Kerma, DS, VM 1
    public static var continuationEndTotalReferenceAirKerma: Tag { Tag(rawValue: 0x00741403) }
    /// (0074,1404) Continuation Pulse Number, IS, VM 1
    public static var continuationPulseNumber: Tag { Tag(rawValue: 0x00741404) }
    /// (0074,1405) Channel Delivery Order Sequence, SQ, VM 1
    public static var channelDeliveryOrderSequence: Tag { Tag(rawValue: 0x00741405) }
    /// (0074,1406) Referenced Channel Number, IS, VM 1
    public static var referencedChannelNumber: Tag { Tag(rawValue: 0x00741406) }
    /// (0074,1407) Start Cumulative Time Weight, DS, VM 1
    public static var startCumulativeTimeWeight: Tag { Tag(rawValue: 0x00741407) }
    /// (0074,1408) End Cumulative Time Weight, DS, VM 1
    public static var endCumulativeTimeWeight: Tag { Tag(rawValue: 0x00741408) }
    /// (0074,1409) Omitted Channel Sequence, SQ, VM 1
    public static var omittedChannelSequence: Tag { Tag(rawValue: 0x00741409) }
    /// (0074,140A) Reason for Channel Omission, CS, VM 1
    public static var reasonForChannelOmission: Tag { Tag(rawValue: 0x0074140A) }
    /// (0074,140B) Reason for Channel Omission Description, LO, VM 1
    public static var reasonForChannelOmissionDescription: Tag { Tag(rawValue: 0x0074140B) }
    /// (0074,140C) Channel Delivery Order Index, IS, VM 1
    public static var channelDeliveryOrderIndex: Tag { Tag(rawValue: 0x0074140C) }
    /// (0074,140D) Channel Delivery Continuation Sequence, SQ, VM 1
    public static var channelDeliveryContinuationSequence: Tag { Tag(rawValue: 0x0074140D) }
    /// (0074,140E) Omitted Application Setup Sequence, SQ, VM 1
    public static var omittedApplicationSetupSequence: Tag { Tag(rawValue: 0x0074140E) }
    /// (0076,0001) Implant Assembly Template Name, LO, VM 1
    public static var implantAssemblyTemplateName: Tag { Tag(rawValue: 0x00760001) }
    /// (0076,0003) Implant Assembly Template Issuer, LO, VM 1
    public static var implantAssemblyTemplateIssuer: Tag { Tag(rawValue: 0x00760003) }
    /// (0076,0006) Implant Assembly Template Version, LO, VM 1
    public static var implantAssemblyTemplateVersion: Tag { Tag(rawValue: 0x00760006) }
    /// (0076,0008) Replaced Implant Assembly Template Sequence, SQ, VM 1
    public static var replacedImplantAssemblyTemplateSequence: Tag { Tag(rawValue: 0x00760008) }
    /// (0076,000A) Implant Assembly Template Type, CS, VM 1
    public static var implantAssemblyTemplateType: Tag { Tag(rawValue: 0x0076000A) }
    /// (0076,000C) Original Implant Assembly Template Sequence, SQ, VM 1
    public static var originalImplantAssemblyTemplateSequence: Tag { Tag(rawValue: 0x0076000C) }
    /// (0076,000E) Derivation Implant Assembly Template Sequence, SQ, VM 1
    public static var derivationImplantAssemblyTemplateSequence: Tag { Tag(rawValue: 0x0076000E) }
    /// (0076,0010) Implant Assembly Template Target Anatomy Sequence, SQ, VM 1
    public static var implantAssemblyTemplateTargetAnatomySequence: Tag { Tag(rawValue: 0x00760010) }
    /// (0076,0020) Procedure Type Code Sequence, SQ, VM 1
    public static var procedureTypeCodeSequence: Tag { Tag(rawValue: 0x00760020) }
    /// (0076,0030) Surgical Technique, LO, VM 1
    public static var surgicalTechnique: Tag { Tag(rawValue: 0x00760030) }
    /// (0076,0032) Component Types Sequence, SQ, VM 1
    public static var componentTypesSequence: Tag { Tag(rawValue: 0x00760032) }
    /// (0076,0034) Component Type Code Sequence, SQ, VM 1
    public static var componentTypeCodeSequence: Tag { Tag(rawValue: 0x00760034) }
    /// (0076,0036) Exclusive Component Type, CS, VM 1
    public static var exclusiveComponentType: Tag { Tag(rawValue: 0x00760036) }
    /// (0076,0038) Mandatory Component Type, CS, VM 1
    public static var mandatoryComponentType: Tag { Tag(rawValue: 0x00760038) }
    /// (0076,0040) Component Sequence, SQ, VM 1
    public static var componentSequence: Tag { Tag(rawValue: 0x00760040) }
    /// (0076,0055) Component ID, US, VM 1
    public static var componentID: Tag { Tag(rawValue: 0x00760055) }
    /// (0076,0060) Component Assembly Sequence, SQ, VM 1
    public static var componentAssemblySequence: Tag { Tag(rawValue: 0x00760060) }
    /// (0076,0070) Component 1 Referenced ID, US, VM 1
    public static var component1ReferencedID: Tag { Tag(rawValue: 0x00760070) }
    /// (0076,0080) Component 1 Referenced Mating Feature Set ID, US, VM 1
    public static var component1ReferencedMatingFeatureSetID: Tag { Tag(rawValue: 0x00760080) }
    /// (0076,0090) Component 1 Referenced Mating Feature ID, US, VM 1
    public static var component1ReferencedMatingFeatureID: Tag { Tag(rawValue: 0x00760090) }
    /// (0076,00A0) Component 2 Referenced ID, US, VM 1
    public static var component2ReferencedID: Tag { Tag(rawValue: 0x007600A0) }
    /// (0076,00B0) Component 2 Referenced Mating Feature Set ID, US, VM 1
    public static var component2ReferencedMatingFeatureSetID: Tag { Tag(rawValue: 0x007600B0) }
    /// (0076,00C0) Component 2 Referenced Mating Feature ID, US, VM 1
    public static var component2ReferencedMatingFeatureID: Tag { Tag(rawValue: 0x007600C0) }
    /// (0078,0001) Implant Template Group Name, LO, VM 1
    public static var implantTemplateGroupName: Tag { Tag(rawValue: 0x00780001) }
    /// (0078,0010) Implant Template Group Description, ST, VM 1
    public static var implantTemplateGroupDescription: Tag { Tag(rawValue: 0x00780010) }
    /// (0078,0020) Implant Template Group Issuer, LO, VM 1
    public static var implantTemplateGroupIssuer: Tag { Tag(rawValue: 0x00780020) }
    /// (0078,0024) Implant Template Group Version, LO, VM 1
    public static var implantTemplateGroupVersion: Tag { Tag(rawValue: 0x00780024) }
    /// (0078,0026) Replaced Implant Template Group Sequence, SQ, VM 1
    public static var replacedImplantTemplateGroupSequence: Tag { Tag(rawValue: 0x00780026) }
    /// (0078,0028) Implant Template Group Target Anatomy Sequence, SQ, VM 1
    public static var implantTemplateGroupTargetAnatomySequence: Tag { Tag(rawValue: 0x00780028) }
    /// (0078,002A) Implant Template Group Members Sequence, SQ, VM 1
    public static var implantTemplateGroupMembersSequence: Tag { Tag(rawValue: 0x0078002A) }
    /// (0078,002E) Implant Template Group Member ID, US, VM 1
    public static var implantTemplateGroupMemberID: Tag { Tag(rawValue: 0x0078002E) }
    /// (0078,0050) 3D Implant Template Group Member Matching Point, FD, VM 3
    public static var threeDImplantTemplateGroupMemberMatchingPoint: Tag { Tag(rawValue: 0x00780050) }
    /// (0078,0060) 3D Implant Template Group Member Matching Axes, FD, VM 9
    public static var threeDImplantTemplateGroupMemberMatchingAxes: Tag { Tag(rawValue: 0x00780060) }
    /// (0078,0070) Implant Template Group Member Matching 2D Coordinates Sequence, SQ, VM 1
    public static var implantTemplateGroupMemberMatching2DCoordinatesSequence: Tag { Tag(rawValue: 0x00780070) }
    /// (0078,0090) 2D Implant Template Group Member Matching Point, FD, VM 2
    public static var twoDImplantTemplateGroupMemberMatchingPoint: Tag { Tag(rawValue: 0x00780090) }
    /// (0078,00A0) 2D Implant Template Group Member Matching Axes, FD, VM 4
    public static var twoDImplantTemplateGroupMemberMatchingAxes: Tag { Tag(rawValue: 0x007800A0) }
    /// (0078,00B0) Implant Template Group Variation Dimension Sequence, SQ, VM 1
    public static var implantTemplateGroupVariationDimensionSequence: Tag { Tag(rawValue: 0x007800B0) }
    /// (0078,00B2) Implant Template Group Variation Dimension Name, LO, VM 1
    public static var implantTemplateGroupVariationDimensionName: Tag { Tag(rawValue: 0x007800B2) }
    /// (0078,00B4) Implant Template Group Variation Dimension Rank Sequence, SQ, VM 1
    public static var implantTemplateGroupVariationDimensionRankSequence: Tag { Tag(rawValue: 0x007800B4) }
    /// (0078,00B6) Referenced Implant Template Group Member ID, US, VM 1
    public static var referencedImplantTemplateGroupMemberID: Tag { Tag(rawValue: 0x007800B6) }
    /// (0078,00B8) Implant Template Group Variation Dimension Rank, US, VM 1
    public static var implantTemplateGroupVariationDimensionRank: Tag { Tag(rawValue: 0x007800B8) }
    /// (0080,0001) Surface Scan Acquisition Type Code Sequence, SQ, VM 1
    public static var surfaceScanAcquisitionTypeCodeSequence: Tag { Tag(rawValue: 0x00800001) }
    /// (0080,0002) Surface Scan Mode Code Sequence, SQ, VM 1
    public static var surfaceScanModeCodeSequence: Tag { Tag(rawValue: 0x00800002) }
    /// (0080,0003) Registration Method Code Sequence, SQ, VM 1
    public static var registrationMethodCodeSequence: Tag { Tag(rawValue: 0x00800003) }
    /// (0080,0004) Shot Duration Time, FD, VM 1
    public static var shotDurationTime: Tag { Tag(rawValue: 0x00800004) }
    /// (0080,0005) Shot Offset Time, FD, VM 1
    public static var shotOffsetTime: Tag { Tag(rawValue: 0x00800005) }
    /// (0080,0006) Surface Point Presentation Value Data, US, VM 1-n
    public static var surfacePointPresentationValueData: Tag { Tag(rawValue: 0x00800006) }
    /// (0080,0007) Surface Point Color CIELab Value Data, US, VM 3-3n
    public static var surfacePointColorCIELabValueData: Tag { Tag(rawValue: 0x00800007) }
    /// (0080,0008) UV Mapping Sequence, SQ, VM 1
    public static var uvMappingSequence: Tag { Tag(rawValue: 0x00800008) }
    /// (0080,0009) Texture Label, SH, VM 1
    public static var textureLabel: Tag { Tag(rawValue: 0x00800009) }
    /// (0080,0010) U Value Data, OF, VM 1
    public static var uValueData: Tag { Tag(rawValue: 0x00800010) }
    /// (0080,0011) V Value Data, OF, VM 1
    public static var vValueData: Tag { Tag(rawValue: 0x00800011) }
    /// (0080,0012) Referenced Texture Sequence, SQ, VM 1
    public static var referencedTextureSequence: Tag { Tag(rawValue: 0x00800012) }
    /// (0080,0013) Referenced Surface Data Sequence, SQ, VM 1
    public static var referencedSurfaceDataSequence: Tag { Tag(rawValue: 0x00800013) }
    /// (0082,0001) Assessment Summary, CS, VM 1
    public static var assessmentSummary: Tag { Tag(rawValue: 0x00820001) }
    /// (0082,0003) Assessment Summary Description, UT, VM 1
    public static var assessmentSummaryDescription: Tag { Tag(rawValue: 0x00820003) }
    /// (0082,0004) Assessed SOP Instance Sequence, SQ, VM 1
    public static var assessedSOPInstanceSequence: Tag { Tag(rawValue: 0x00820004) }
    /// (0082,0005) Referenced Comparison SOP Instance Sequence, SQ, VM 1
    public static var referencedComparisonSOPInstanceSequence: Tag { Tag(rawValue: 0x00820005) }
    /// (0082,0006) Number of Assessment Observations, UL, VM 1
    public static var numberOfAssessmentObservations: Tag { Tag(rawValue: 0x00820006) }
    /// (0082,0007) Assessment Observations Sequence, SQ, VM 1
    public static var assessmentObservationsSequence: Tag { Tag(rawValue: 0x00820007) }
    /// (0082,0008) Observation Significance, CS, VM 1
    public static var observationSignificance: Tag { Tag(rawValue: 0x00820008) }
    /// (0082,000A) Observation Description, UT, VM 1
    public static var observationDescription: Tag { Tag(rawValue: 0x0082000A) }
    /// (0082,000C) Structured Constraint Observation Sequence, SQ, VM 1
    public static var structuredConstraintObservationSequence: Tag { Tag(rawValue: 0x0082000C) }
    /// (0082,0010) Assessed Attribute Value Sequence, SQ, VM 1
    public static var assessedAttributeValueSequence: Tag { Tag(rawValue: 0x00820010) }
    /// (0082,0016) Assessment Set ID, LO, VM 1
    public static var assessmentSetID: Tag { Tag(rawValue: 0x00820016) }
    /// (0082,0017) Assessment Requester Sequence, SQ, VM 1
    public static var assessmentRequesterSequence: Tag { Tag(rawValue: 0x00820017) }
    /// (0082,0018) Selector Attribute Name, LO, VM 1
    public static var selectorAttributeName: Tag { Tag(rawValue: 0x00820018) }
    /// (0082,0019) Selector Attribute Keyword, LO, VM 1
    public static var selectorAttributeKeyword: Tag { Tag(rawValue: 0x00820019) }
    /// (0082,0021) Assessment Type Code Sequence, SQ, VM 1
    public static var assessmentTypeCodeSequence: Tag { Tag(rawValue: 0x00820021) }
    /// (0082,0022) Observation Basis Code Sequence, SQ, VM 1
    public static var observationBasisCodeSequence: Tag { Tag(rawValue: 0x00820022) }
    /// (0082,0023) Assessment Label, LO, VM 1
    public static var assessmentLabel: Tag { Tag(rawValue: 0x00820023) }
    /// (0082,0032) Constraint Type, CS, VM 1
    public static var constraintType: Tag { Tag(rawValue: 0x00820032) }
    /// (0082,0033) Specification Selection Guidance, UT, VM 1
    public static var specificationSelectionGuidance: Tag { Tag(rawValue: 0x00820033) }
    /// (0082,0034) Constraint Value Sequence, SQ, VM 1
    public static var constraintValueSequence: Tag { Tag(rawValue: 0x00820034) }
    /// (0082,0035) Recommended Default Value Sequence, SQ, VM 1
    public static var recommendedDefaultValueSequence: Tag { Tag(rawValue: 0x00820035) }
    /// (0082,0036) Constraint Violation Significance, CS, VM 1
    public static var constraintViolationSignificance: Tag { Tag(rawValue: 0x00820036) }
    /// (0082,0037) Constraint Violation Condition, UT, VM 1
    public static var constraintViolationCondition: Tag { Tag(rawValue: 0x00820037) }
    /// (0082,0038) Modifiable Constraint Flag, CS, VM 1
    public static var modifiableConstraintFlag: Tag { Tag(rawValue: 0x00820038) }
    /// (0088,0130) Storage Media File-set ID, SH, VM 1
    public static var storageMediaFileSetID: Tag { Tag(rawValue: 0x00880130) }
    /// (0088,0140) Storage Media File-set UID, UI, VM 1
    public static var storageMediaFileSetUID: Tag { Tag(rawValue: 0x00880140) }
    /// (0088,0200) Icon Image Sequence, SQ, VM 1
    public static var iconImageSequence: Tag { Tag(rawValue: 0x00880200) }
    /// (0088,0904) Topic Title, LO, VM 1 (retired)
    public static var topicTitle: Tag { Tag(rawValue: 0x00880904) }
    /// (0088,0906) Topic Subject, ST, VM 1 (retired)
    public static var topicSubject: Tag { Tag(rawValue: 0x00880906) }
    /// (0088,0910) Topic Author, LO, VM 1 (retired)
    public static var topicAuthor: Tag { Tag(rawValue: 0x00880910) }
    /// (0088,0912) Topic Keywords, LO, VM 1-32 (retired)
    public static var topicKeywords: Tag { Tag(rawValue: 0x00880912) }
    /// (0100,0410) SOP Instance Status, CS, VM 1
    public static var sopInstanceStatus: Tag { Tag(rawValue: 0x01000410) }
    /// (0100,0420) SOP Authorization DateTime, DT, VM 1
    public static var sopAuthorizationDateTime: Tag { Tag(rawValue: 0x01000420) }
    /// (0100,0424) SOP Authorization Comment, LT, VM 1
    public static var sopAuthorizationComment: Tag { Tag(rawValue: 0x01000424) }
    /// (0100,0426) Authorization Equipment Certification Number, LO, VM 1
    public static var authorizationEquipmentCertificationNumber: Tag { Tag(rawValue: 0x01000426) }
    /// (0400,0005) MAC ID Number, US, VM 1
    public static var macidNumber: Tag { Tag(rawValue: 0x04000005) }
    /// (0400,0010) MAC Calculation Transfer Syntax UID, UI, VM 1
    public static var macCalculationTransferSyntaxUID: Tag { Tag(rawValue: 0x04000010) }
    /// (0400,0015) MAC Algorithm, CS, VM 1
    public static var macAlgorithm: Tag { Tag(rawValue: 0x04000015) }
    /// (0400,0020) Data Elements Signed, AT, VM 1-n
    public static var dataElementsSigned: Tag { Tag(rawValue: 0x04000020) }
    /// (0400,0100) Digital Signature UID, UI, VM 1
    public static var digitalSignatureUID: Tag { Tag(rawValue: 0x04000100) }
    /// (0400,0105) Digital Signature DateTime, DT, VM 1
    public static var digitalSignatureDateTime: Tag { Tag(rawValue: 0x04000105) }
    /// (0400,0110) Certificate Type, CS, VM 1
    public static var certificateType: Tag { Tag(rawValue: 0x04000110) }
    /// (0400,0115) Certificate of Signer, OB, VM 1
    public static var certificateOfSigner: Tag { Tag(rawValue: 0x04000115) }
    /// (0400,0120) Signature, OB, VM 1
    public static var signature: Tag { Tag(rawValue: 0x04000120) }
    /// (0400,0305) Certified Timestamp Type, CS, VM 1
    public static var certifiedTimestampType: Tag { Tag(rawValue: 0x04000305) }
    /// (0400,0310) Certified Timestamp, OB, VM 1
    public static var certifiedTimestamp: Tag { Tag(rawValue: 0x04000310) }
    /// (0400,0401) Digital Signature Purpose Code Sequence, SQ, VM 1
    public static var digitalSignaturePurposeCodeSequence: Tag { Tag(rawValue: 0x04000401) }
    /// (0400,0402) Referenced Digital Signature Sequence, SQ, VM 1
    public static var referencedDigitalSignatureSequence: Tag { Tag(rawValue: 0x04000402) }
    /// (0400,0403) Referenced SOP Instance MAC Sequence, SQ, VM 1
    public static var referencedSOPInstanceMACSequence: Tag { Tag(rawValue: 0x04000403) }
    /// (0400,0404) MAC, OB, VM 1
    public static var mac: Tag { Tag(rawValue: 0x04000404) }
    /// (0400,0500) Encrypted Attributes Sequence, SQ, VM 1
    public static var encryptedAttributesSequence: Tag { Tag(rawValue: 0x04000500) }
    /// (0400,0510) Encrypted Content Transfer Syntax UID, UI, VM 1
    public static var encryptedContentTransferSyntaxUID: Tag { Tag(rawValue: 0x04000510) }
    /// (0400,0520) Encrypted Content, OB, VM 1
    public static var encryptedContent: Tag { Tag(rawValue: 0x04000520) }
    /// (0400,0550) Modified Attributes Sequence, SQ, VM 1
    public static var modifiedAttributesSequence: Tag { Tag(rawValue: 0x04000550) }
    /// (0400,0551) Nonconforming Modified Attributes Sequence, SQ, VM 1
    public static var nonconformingModifiedAttributesSequence: Tag { Tag(rawValue: 0x04000551) }
    /// (0400,0552) Nonconforming Data Element Value, OB, VM 1
    public static var nonconformingDataElementValue: Tag { Tag(rawValue: 0x04000552) }
    /// (0400,0561) Original Attributes Sequence, SQ, VM 1
    public static var originalAttributesSequence: Tag { Tag(rawValue: 0x04000561) }
    /// (0400,0562) Attribute Modification DateTime, DT, VM 1
    public static var attributeModificationDateTime: Tag { Tag(rawValue: 0x04000562) }
    /// (0400,0563) Modifying System, LO, VM 1
    public static var modifyingSystem: Tag { Tag(rawValue: 0x04000563) }
    /// (0400,0564) Source of Previous Values, LO, VM 1
    public static var sourceOfPreviousValues: Tag { Tag(rawValue: 0x04000564) }
    /// (0400,0565) Reason for the Attribute Modification, CS, VM 1
    public static var reasonForTheAttributeModification: Tag { Tag(rawValue: 0x04000565) }
    /// (0400,0600) Instance Origin Status, CS, VM 1
    public static var instanceOriginStatus: Tag { Tag(rawValue: 0x04000600) }
    /// (2000,0010) Number of Copies, IS, VM 1
    public static var numberOfCopies: Tag { Tag(rawValue: 0x20000010) }
    /// (2000,001E) Printer Configuration Sequence, SQ, VM 1
    public static var printerConfigurationSequence: Tag { Tag(rawValue: 0x2000001E) }
    /// (2000,0020) Print Priority, CS, VM 1
    public static var printPriority: Tag { Tag(rawValue: 0x20000020) }
    /// (2000,0030) Medium Type, CS, VM 1
    public static var mediumType: Tag { Tag(rawValue: 0x20000030) }
    /// (2000,0040) Film Destination, CS, VM 1
    public static var filmDestination: Tag { Tag(rawValue: 0x20000040) }
    /// (2000,0050) Film Session Label, LO, VM 1
    public static var filmSessionLabel: Tag { Tag(rawValue: 0x20000050) }
    /// (2000,0060) Memory Allocation, IS, VM 1
    public static var memoryAllocation: Tag { Tag(rawValue: 0x20000060) }
    /// (2000,0061) Maximum Memory Allocation, IS, VM 1
    public static var maximumMemoryAllocation: Tag { Tag(rawValue: 0x20000061) }
    /// (2000,0062) Color Image Printing Flag, CS, VM 1 (retired)
    public static var colorImagePrintingFlag: Tag { Tag(rawValue: 0x20000062) }
    /// (2000,0063) Collation Flag, CS, VM 1 (retired)
    public static var collationFlag: Tag { Tag(rawValue: 0x20000063) }
    /// (2000,0065) Annotation Flag, CS, VM 1 (retired)
    public static var annotationFlag: Tag { Tag(rawValue: 0x20000065) }
    /// (2000,0067) Image Overlay Flag, CS, VM 1 (retired)
    public static var imageOverlayFlag: Tag { Tag(rawValue: 0x20000067) }
    /// (2000,0069) Presentation LUT Flag, CS, VM 1 (retired)
    public static var presentationLUTFlag: Tag { Tag(rawValue: 0x20000069) }
    /// (2000,006A) Image Box Presentation LUT Flag, CS, VM 1 (retired)
    public static var imageBoxPresentationLUTFlag: Tag { Tag(rawValue: 0x2000006A) }
    /// (2000,00A0) Memory Bit Depth, US, VM 1
    public static var memoryBitDepth: Tag { Tag(rawValue: 0x200000A0) }
    /// (2000,00A1) Printing Bit Depth, US, VM 1
    public static var printingBitDepth: Tag { Tag(rawValue: 0x200000A1) }
    /// (2000,00A2) Media Installed Sequence, SQ, VM 1
    public static var mediaInstalledSequence: Tag { Tag(rawValue: 0x200000A2) }
    /// (2000,00A4) Other Media Available Sequence, SQ, VM 1
    public static var otherMediaAvailableSequence: Tag { Tag(rawValue: 0x200000A4) }
    /// (2000,00A8) Supported Image Display Formats Sequence, SQ, VM 1
    public static var supportedImageDisplayFormatsSequence: Tag { Tag(rawValue: 0x200000A8) }
    /// (2000,0500) Referenced Film Box Sequence, SQ, VM 1
    public static var referencedFilmBoxSequence: Tag { Tag(rawValue: 0x20000500) }
    /// (2000,0510) Referenced Stored Print Sequence, SQ, VM 1 (retired)
    public static var referencedStoredPrintSequence: Tag { Tag(rawValue: 0x20000510) }
    /// (2010,0010) Image Display Format, ST, VM 1
    public static var imageDisplayFormat: Tag { Tag(rawValue: 0x20100010) }
    /// (2010,0030) Annotation Display Format ID, CS, VM 1
    public static var annotationDisplayFormatID: Tag { Tag(rawValue: 0x20100030) }
    /// (2010,0040) Film Orientation, CS, VM 1
    public static var filmOrientation: Tag { Tag(rawValue: 0x20100040) }
    /// (2010,0050) Film Size ID, CS, VM 1
    public static var filmSizeID: Tag { Tag(rawValue: 0x20100050) }
    /// (2010,0052) Printer Resolution ID, CS, VM 1
    public static var printerResolutionID: Tag { Tag(rawValue: 0x20100052) }
    /// (2010,0054) Default Printer Resolution ID, CS, VM 1
    public static var defaultPrinterResolutionID: Tag { Tag(rawValue: 0x20100054) }
    /// (2010,0060) Magnification Type, CS, VM 1
    public static var magnificationType: Tag { Tag(rawValue: 0x20100060) }
    /// (2010,0080) Smoothing Type, CS, VM 1
    public static var smoothingType: Tag { Tag(rawValue: 0x20100080) }
    /// (2010,00A6) Default Magnification Type, CS, VM 1
    public static var defaultMagnificationType: Tag { Tag(rawValue: 0x201000A6) }
    /// (2010,00A7) Other Magnification Types Available, CS, VM 1-n
    public static var otherMagnificationTypesAvailable: Tag { Tag(rawValue: 0x201000A7) }
    /// (2010,00A8) Default Smoothing Type, CS, VM 1
    public static var defaultSmoothingType: Tag { Tag(rawValue: 0x201000A8) }
    /// (2010,00A9) Other Smoothing Types Available, CS, VM 1-n
    public static var otherSmoothingTypesAvailable: Tag { Tag(rawValue: 0x201000A9) }
    /// (2010,0100) Border Density, CS, VM 1
    public static var borderDensity: Tag { Tag(rawValue: 0x20100100) }
    /// (2010,0110) Empty Image Density, CS, VM 1
    public static var emptyImageDensity: Tag { Tag(rawValue: 0x20100110) }
    /// (2010,0120) Min Density, US, VM 1
    public static var minDensity: Tag { Tag(rawValue: 0x20100120) }
    /// (2010,0130) Max Density, US, VM 1
    public static var maxDensity: Tag { Tag(rawValue: 0x20100130) }
    /// (2010,0140) Trim, CS, VM 1
    public static var trim: Tag { Tag(rawValue: 0x20100140) }
    /// (2010,0150) Configuration Information, ST, VM 1
    public static var configurationInformation: Tag { Tag(rawValue: 0x20100150) }
    /// (2010,0152) Configuration Information Description, LT, VM 1
    public static var configurationInformationDescription: Tag { Tag(rawValue: 0x20100152) }
    /// (2010,0154) Maximum Collated Films, IS, VM 1
    public static var maximumCollatedFilms: Tag { Tag(rawValue: 0x20100154) }
    /// (2010,015E) Illumination, US, VM 1
    public static var illumination: Tag { Tag(rawValue: 0x2010015E) }
    /// (2010,0160) Reflected Ambient Light, US, VM 1
    public static var reflectedAmbientLight: Tag { Tag(rawValue: 0x20100160) }
    /// (2010,0376) Printer Pixel Spacing, DS, VM 2
    public static var printerPixelSpacing: Tag { Tag(rawValue: 0x20100376) }
    /// (2010,0500) Referenced Film Session Sequence, SQ, VM 1
    public static var referencedFilmSessionSequence: Tag { Tag(rawValue: 0x20100500) }
    /// (2010,0510) Referenced Image Box Sequence, SQ, VM 1
    public static var referencedImageBoxSequence: Tag { Tag(rawValue: 0x20100510) }
    /// (2010,0520) Referenced Basic Annotation Box Sequence, SQ, VM 1
    public static var referencedBasicAnnotationBoxSequence: Tag { Tag(rawValue: 0x20100520) }
    /// (2020,0010) Image Box Position, US, VM 1
    public static var imageBoxPosition: Tag { Tag(rawValue: 0x20200010) }
    /// (2020,0020) Polarity, CS, VM 1
    public static var polarity: Tag { Tag(rawValue: 0x20200020) }
    /// (2020,0030) Requested Image Size, DS, VM 1
    public static var requestedImageSize: Tag { Tag(rawValue: 0x20200030) }
    /// (2020,0040) Requested Decimate/Crop Behavior, CS, VM 1
    public static var requestedDecimateCropBehavior: Tag { Tag(rawValue: 0x20200040) }
    /// (2020,0050) Requested Resolution ID, CS, VM 1
    public static var requestedResolutionID: Tag { Tag(rawValue: 0x20200050) }
    /// (2020,00A0) Requested Image Size Flag, CS, VM 1
    public static var requestedImageSizeFlag: Tag { Tag(rawValue: 0x202000A0) }
    /// (2020,00A2) Decimate/Crop Result, CS, VM 1
    public static var decimateCropResult: Tag { Tag(rawValue: 0x202000A2) }
    /// (2020,0110) Basic Grayscale Image Sequence, SQ, VM 1
    public static var basicGrayscaleImageSequence: Tag { Tag(rawValue: 0x20200110) }
    /// (2020,0111) Basic Color Image Sequence, SQ, VM 1
    public static var basicColorImageSequence: Tag { Tag(rawValue: 0x20200111) }
    /// (2020,0130) Referenced Image Overlay Box Sequence, SQ, VM 1 (retired)
    public static var referencedImageOverlayBoxSequence: Tag { Tag(rawValue: 0x20200130) }
    /// (2020,0140) Referenced VOI LUT Box Sequence, SQ, VM 1 (retired)
    public static var referencedVOILUTBoxSequence: Tag { Tag(rawValue: 0x20200140) }
    /// (2030,0010) Annotation Position, US, VM 1
    public static var annotationPosition: Tag { Tag(rawValue: 0x20300010) }
    /// (2030,0020) Text String, LO, VM 1
    public static var textString: Tag { Tag(rawValue: 0x20300020) }
    /// (2040,0010) Referenced Overlay Plane Sequence, SQ, VM 1 (retired)
    public static var referencedOverlayPlaneSequence: Tag { Tag(rawValue: 0x20400010) }
    /// (2040,0011) Referenced Overlay Plane Groups, US, VM 1-99 (retired)
    public static var referencedOverlayPlaneGroups: Tag { Tag(rawValue: 0x20400011) }
    /// (2040,0020) Overlay Pixel Data Sequence, SQ, VM 1 (retired)
    public static var overlayPixelDataSequence: Tag { Tag(rawValue: 0x20400020) }
    /// (2040,0060) Overlay Magnification Type, CS, VM 1 (retired)
    public static var overlayMagnificationType: Tag { Tag(rawValue: 0x20400060) }
    /// (2040,0070) Overlay Smoothing Type, CS, VM 1 (retired)
    public static var overlaySmoothingType: Tag { Tag(rawValue: 0x20400070) }
    /// (2040,0072) Overlay or Image Magnification, CS, VM 1 (retired)
    public static var overlayOrImageMagnification: Tag { Tag(rawValue: 0x20400072) }
    /// (2040,0074) Magnify to Number of Columns, US, VM 1 (retired)
    public static var magnifyToNumberOfColumns: Tag { Tag(rawValue: 0x20400074) }
    /// (2040,0080) Overlay Foreground Density, CS, VM 1 (retired)
    public static var overlayForegroundDensity: Tag { Tag(rawValue: 0x20400080) }
    /// (2040,0082) Overlay Background Density, CS, VM 1 (retired)
    public static var overlayBackgroundDensity: Tag { Tag(rawValue: 0x20400082) }
    /// (2040,0090) Overlay Mode, CS, VM 1 (retired)
    public static var overlayMode: Tag { Tag(rawValue: 0x20400090) }
    /// (2040,0100) Threshold Density, CS, VM 1 (retired)
    public static var thresholdDensity: Tag { Tag(rawValue: 0x20400100) }
    /// (2040,0500) Referenced Image Box Sequence (Retired), SQ, VM 1 (retired)
    public static var referencedImageBoxSequenceRetired: Tag { Tag(rawValue: 0x20400500) }
    /// (2050,0010) Presentation LUT Sequence, SQ, VM 1
    public static var presentationLUTSequence: Tag { Tag(rawValue: 0x20500010) }
    /// (2050,0020) Presentation LUT Shape, CS, VM 1
    public static var presentationLUTShape: Tag { Tag(rawValue: 0x20500020) }
    /// (2050,0500) Referenced Presentation LUT Sequence, SQ, VM 1
    public static var referencedPresentationLUTSequence: Tag { Tag(rawValue: 0x20500500) }
    /// (2100,0010) Print Job ID, SH, VM 1 (retired)
    public static var printJobID: Tag { Tag(rawValue: 0x21000010) }
    /// (2100,0020) Execution Status, CS, VM 1
    public static var executionStatus: Tag { Tag(rawValue: 0x21000020) }
    /// (2100,0030) Execution Status Info, CS, VM 1
    public static var executionStatusInfo: Tag { Tag(rawValue: 0x21000030) }
    /// (2100,0040) Creation Date, DA, VM 1
    public static var creationDate: Tag { Tag(rawValue: 0x21000040) }
    /// (2100,0050) Creation Time, TM, VM 1
    public static var creationTime: Tag { Tag(rawValue: 0x21000050) }
    /// (2100,0070) Originator, AE, VM 1
    public static var originator: Tag { Tag(rawValue: 0x21000070) }
    /// (2100,0140) Destination AE, AE, VM 1
    public static var destinationAE: Tag { Tag(rawValue: 0x21000140) }
    /// (2100,0160) Owner ID, SH, VM 1
    public static var ownerID: Tag { Tag(rawValue: 0x21000160) }
    /// (2100,0170) Number of Films, IS, VM 1
    public static var numberOfFilms: Tag { Tag(rawValue: 0x21000170) }
    /// (2100,0500) Referenced Print Job Sequence (Pull Stored Print), SQ, VM 1 (retired)
    public static var referencedPrintJobSequencePullStoredPrint: Tag { Tag(rawValue: 0x21000500) }
    /// (2110,0010) Printer Status, CS, VM 1
    public static var printerStatus: Tag { Tag(rawValue: 0x21100010) }
    /// (2110,0020) Printer Status Info, CS, VM 1
    public static var printerStatusInfo: Tag { Tag(rawValue: 0x21100020) }
    /// (2110,0030) Printer Name, LO, VM 1
    public static var printerName: Tag { Tag(rawValue: 0x21100030) }
    /// (2110,0099) Print Queue ID, SH, VM 1 (retired)
    public static var printQueueID: Tag { Tag(rawValue: 0x21100099) }
    /// (2120,0010) Queue Status, CS, VM 1 (retired)
    public static var queueStatus: Tag { Tag(rawValue: 0x21200010) }
    /// (2120,0050) Print Job Description Sequence, SQ, VM 1 (retired)
    public static var printJobDescriptionSequence: Tag { Tag(rawValue: 0x21200050) }
    /// (2120,0070) Referenced Print Job Sequence, SQ, VM 1 (retired)
    public static var referencedPrintJobSequence: Tag { Tag(rawValue: 0x21200070) }
    /// (2130,0010) Print Management Capabilities Sequence, SQ, VM 1 (retired)
    public static var printManagementCapabilitiesSequence: Tag { Tag(rawValue: 0x21300010) }
    /// (2130,0015) Printer Characteristics Sequence, SQ, VM 1 (retired)
    public static var printerCharacteristicsSequence: Tag { Tag(rawValue: 0x21300015) }
    /// (2130,0030) Film Box Content Sequence, SQ, VM 1 (retired)
    public static var filmBoxContentSequence: Tag { Tag(rawValue: 0x21300030) }
    /// (2130,0040) Image Box Content Sequence, SQ, VM 1 (retired)
    public static var imageBoxContentSequence: Tag { Tag(rawValue: 0x21300040) }
    /// (2130,0050) Annotation Content Sequence, SQ, VM 1 (retired)
    public static var annotationContentSequence: Tag { Tag(rawValue: 0x21300050) }
    /// (2130,0060) Image Overlay Box Content Sequence, SQ, VM 1 (retired)
    public static var imageOverlayBoxContentSequence: Tag { Tag(rawValue: 0x21300060) }
    /// (2130,0080) Presentation LUT Content Sequence, SQ, VM 1 (retired)
    public static var presentationLUTContentSequence: Tag { Tag(rawValue: 0x21300080) }
    /// (2130,00A0) Proposed Study Sequence, SQ, VM 1
    public static var proposedStudySequence: Tag { Tag(rawValue: 0x213000A0) }
    /// (2130,00C0) Original Image Sequence, SQ, VM 1
    public static var originalImageSequence: Tag { Tag(rawValue: 0x213000C0) }
    /// (2200,0001) Label Using Information Extracted From Instances, CS, VM 1
    public static var labelUsingInformationExtractedFromInstances: Tag { Tag(rawValue: 0x22000001) }
    /// (2200,0002) Label Text, UT, VM 1
    public static var labelText: Tag { Tag(rawValue: 0x22000002) }
    /// (2200,0003) Label Style Selection, CS, VM 1
    public static var labelStyleSelection: Tag { Tag(rawValue: 0x22000003) }
    /// (2200,0004) Media Disposition, LT, VM 1
    public static var mediaDisposition: Tag { Tag(rawValue: 0x22000004) }
    /// (2200,0005) Barcode Value, LT, VM 1
    public static var barcodeValue: Tag { Tag(rawValue: 0x22000005) }
    /// (2200,0006) Barcode Symbology, CS, VM 1
    public static var barcodeSymbology: Tag { Tag(rawValue: 0x22000006) }
    /// (2200,0007) Allow Media Splitting, CS, VM 1
    public static var allowMediaSplitting: Tag { Tag(rawValue: 0x22000007) }
    /// (2200,0008) Include Non-DICOM Objects, CS, VM 1
    public static var includeNonDICOMObjects: Tag { Tag(rawValue: 0x22000008) }
    /// (2200,0009) Include Display Application, CS, VM 1
    public static var includeDisplayApplication: Tag { Tag(rawValue: 0x22000009) }
    /// (2200,000A) Preserve Composite Instances After Media Creation, CS, VM 1
    public static var preserveCompositeInstancesAfterMediaCreation: Tag { Tag(rawValue: 0x2200000A) }
    /// (2200,000B) Total Number of Pieces of Media Created, US, VM 1
    public static var totalNumberOfPiecesOfMediaCreated: Tag { Tag(rawValue: 0x2200000B) }
    /// (2200,000C) Requested Media Application Profile, LO, VM 1
    public static var requestedMediaApplicationProfile: Tag { Tag(rawValue: 0x2200000C) }
    /// (2200,000D) Referenced Storage Media Sequence, SQ, VM 1
    public static var referencedStorageMediaSequence: Tag { Tag(rawValue: 0x2200000D) }
    /// (2200,000E) Failure Attributes, AT, VM 1-n
    public static var failureAttributes: Tag { Tag(rawValue: 0x2200000E) }
    /// (2200,000F) Allow Lossy Compression, CS, VM 1
    public static var allowLossyCompression: Tag { Tag(rawValue: 0x2200000F) }
    /// (2200,0020) Request Priority, CS, VM 1
    public static var requestPriority: Tag { Tag(rawValue: 0x22000020) }
    /// (3002,0002) RT Image Label, SH, VM 1
    public static var rtImageLabel: Tag { Tag(rawValue: 0x30020002) }
    /// (3002,0003) RT Image Name, LO, VM 1
    public static var rtImageName: Tag { Tag(rawValue: 0x30020003) }
    /// (3002,0004) RT Image Description, ST, VM 1
    public static var rtImageDescription: Tag { Tag(rawValue: 0x30020004) }
    /// (3002,000A) Reported Values Origin, CS, VM 1
    public static var reportedValuesOrigin: Tag { Tag(rawValue: 0x3002000A) }
    /// (3002,000C) RT Image Plane, CS, VM 1
    public static var rtImagePlane: Tag { Tag(rawValue: 0x3002000C) }
    /// (3002,000D) X-Ray Image Receptor Translation, DS, VM 3
    public static var xRayImageReceptorTranslation: Tag { Tag(rawValue: 0x3002000D) }
    /// (3002,000E) X-Ray Image Receptor Angle, DS, VM 1
    public static var xRayImageReceptorAngle: Tag { Tag(rawValue: 0x3002000E) }
    /// (3002,0010) RT Image Orientation, DS, VM 6
    public static var rtImageOrientation: Tag { Tag(rawValue: 0x30020010) }
    /// (3002,0011) Image Plane Pixel Spacing, DS, VM 2
    public static var imagePlanePixelSpacing: Tag { Tag(rawValue: 0x30020011) }
    /// (3002,0012) RT Image Position, DS, VM 2
    public static var rtImagePosition: Tag { Tag(rawValue: 0x30020012) }
    /// (3002,0020) Radiation Machine Name, SH, VM 1
    public static var radiationMachineName: Tag { Tag(rawValue: 0x30020020) }
    /// (3002,0022) Radiation Machine SAD, DS, VM 1
    public static var radiationMachineSAD: Tag { Tag(rawValue: 0x30020022) }
    /// (3002,0024) Radiation Machine SSD, DS, VM 1
    public static var radiationMachineSSD: Tag { Tag(rawValue: 0x30020024) }
    /// (3002,0026) RT Image SID, DS, VM 1
    public static var rtImageSID: Tag { Tag(rawValue: 0x30020026) }
    /// (3002,0028) Source to Reference Object Distance, DS, VM 1
    public static var sourceToReferenceObjectDistance: Tag { Tag(rawValue: 0x30020028) }
    /// (3002,0029) Fraction Number, IS, VM 1
    public static var fractionNumber: Tag { Tag(rawValue: 0x30020029) }
    /// (3002,0030) Exposure Sequence, SQ, VM 1
    public static var exposureSequence: Tag { Tag(rawValue: 0x30020030) }
    /// (3002,0032) Meterset Exposure, DS, VM 1
    public static var metersetExposure: Tag { Tag(rawValue: 0x30020032) }
    /// (3002,0034) Diaphragm Position, DS, VM 4
    public static var diaphragmPosition: Tag { Tag(rawValue: 0x30020034) }
    /// (3002,0040) Fluence Map Sequence, SQ, VM 1
    public static var fluenceMapSequence: Tag { Tag(rawValue: 0x30020040) }
    /// (3002,0041) Fluence Data Source, CS, VM 1
    public static var fluenceDataSource: Tag { Tag(rawValue: 0x30020041) }
    /// (3002,0042) Fluence Data Scale, DS, VM 1
    public static var fluenceDataScale: Tag { Tag(rawValue: 0x30020042) }
    /// (3002,0050) Primary Fluence Mode Sequence, SQ, VM 1
    public static var primaryFluenceModeSequence: Tag { Tag(rawValue: 0x30020050) }
    /// (3002,0051) Fluence Mode, CS, VM 1
    public static var fluenceMode: Tag { Tag(rawValue: 0x30020051) }
    /// (3002,0052) Fluence Mode ID, SH, VM 1
    public static var fluenceModeID: Tag { Tag(rawValue: 0x30020052) }
    /// (3002,0100) Selected Frame Number, IS, VM 1
    public static var selectedFrameNumber: Tag { Tag(rawValue: 0x30020100) }
    /// (3002,0101) Selected Frame Functional Groups Sequence, SQ, VM 1
    public static var selectedFrameFunctionalGroupsSequence: Tag { Tag(rawValue: 0x30020101) }
    /// (3002,0102) RT Image Frame General Content Sequence, SQ, VM 1
    public static var rtImageFrameGeneralContentSequence: Tag { Tag(rawValue: 0x30020102) }
    /// (3002,0103) RT Image Frame Context Sequence, SQ, VM 1
    public static var rtImageFrameContextSequence: Tag { Tag(rawValue: 0x30020103) }
    /// (3002,0104) RT Image Scope Sequence, SQ, VM 1
    public static var rtImageScopeSequence: Tag { Tag(rawValue: 0x30020104) }
    /// (3002,0105) Beam Modifier Coordinates Presence Flag, CS, VM 1
    public static var beamModifierCoordinatesPresenceFlag: Tag { Tag(rawValue: 0x30020105) }
    /// (3002,0106) Start Cumulative Meterset, FD, VM 1
    public static var startCumulativeMeterset: Tag { Tag(rawValue: 0x30020106) }
    /// (3002,0107) Stop Cumulative Meterset, FD, VM 1
    public static var stopCumulativeMeterset: Tag { Tag(rawValue: 0x30020107) }
    /// (3002,0108) RT Acquisition Patient Position Sequence, SQ, VM 1
    public static var rtAcquisitionPatientPositionSequence: Tag { Tag(rawValue: 0x30020108) }
    /// (3002,0109) RT Image Frame Imaging Device Position Sequence, SQ, VM 1
    public static var rtImageFrameImagingDevicePositionSequence: Tag { Tag(rawValue: 0x30020109) }
    /// (3002,010A) RT Image Frame kV Radiation Acquisition Sequence, SQ, VM 1
    public static var rtImageFramekVRadiationAcquisitionSequence: Tag { Tag(rawValue: 0x3002010A) }
    /// (3002,010B) RT Image Frame MV Radiation Acquisition Sequence, SQ, VM 1
    public static var rtImageFrameMVRadiationAcquisitionSequence: Tag { Tag(rawValue: 0x3002010B) }
    /// (3002,010C) RT Image Frame Radiation Acquisition Sequence, SQ, VM 1
    public static var rtImageFrameRadiationAcquisitionSequence: Tag { Tag(rawValue: 0x3002010C) }
    /// (3002,010D) Imaging Source Position Sequence, SQ, VM 1
    public static var imagingSourcePositionSequence: Tag { Tag(rawValue: 0x3002010D) }
    /// (3002,010E) Image Receptor Position Sequence, SQ, VM 1
    public static var imageReceptorPositionSequence: Tag { Tag(rawValue: 0x3002010E) }
    /// (3002,010F) Device Position to Equipment Mapping Matrix, FD, VM 16
    public static var devicePositionToEquipmentMappingMatrix: Tag { Tag(rawValue: 0x3002010F) }
    /// (3002,0110) Device Position Parameter Sequence, SQ, VM 1
    public static var devicePositionParameterSequence: Tag { Tag(rawValue: 0x30020110) }
    /// (3002,0111) Imaging Source Location Specification Type, CS, VM 1
    public static var imagingSourceLocationSpecificationType: Tag { Tag(rawValue: 0x30020111) }
    /// (3002,0112) Imaging Device Location Matrix Sequence, SQ, VM 1
    public static var imagingDeviceLocationMatrixSequence: Tag { Tag(rawValue: 0x30020112) }
    /// (3002,0113) Imaging Device Location Parameter Sequence, SQ, VM 1
    public static var imagingDeviceLocationParameterSequence: Tag { Tag(rawValue: 0x30020113) }
    /// (3002,0114) Imaging Aperture Sequence, SQ, VM 1
    public static var imagingApertureSequence: Tag { Tag(rawValue: 0x30020114) }
    /// (3002,0115) Imaging Aperture Specification Type, CS, VM 1
    public static var imagingApertureSpecificationType: Tag { Tag(rawValue: 0x30020115) }
    /// (3002,0116) Number of Acquisition Devices, US, VM 1
    public static var numberOfAcquisitionDevices: Tag { Tag(rawValue: 0x30020116) }
    /// (3002,0117) Acquisition Device Sequence, SQ, VM 1
    public static var acquisitionDeviceSequence: Tag { Tag(rawValue: 0x30020117) }
    /// (3002,0118) Acquisition Task Sequence, SQ, VM 1
    public static var acquisitionTaskSequence: Tag { Tag(rawValue: 0x30020118) }
    /// (3002,0119) Acquisition Task Workitem Code Sequence, SQ, VM 1
    public static var acquisitionTaskWorkitemCodeSequence: Tag { Tag(rawValue: 0x30020119) }
    /// (3002,011A) Acquisition Subtask Sequence, SQ, VM 1
    public static var acquisitionSubtaskSequence: Tag { Tag(rawValue: 0x3002011A) }
    /// (3002,011B) Subtask Workitem Code Sequence, SQ, VM 1
    public static var subtaskWorkitemCodeSequence: Tag { Tag(rawValue: 0x3002011B) }
    /// (3002,011C) Acquisition Task Index, US, VM 1
    public static var acquisitionTaskIndex: Tag { Tag(rawValue: 0x3002011C) }
    /// (3002,011D) Acquisition Subtask Index, US, VM 1
    public static var acquisitionSubtaskIndex: Tag { Tag(rawValue: 0x3002011D) }
    /// (3002,011E) Referenced Baseline Parameters RT Radiation Instance Sequence, SQ, VM 1
    public static var referencedBaselineParametersRTRadiationInstanceSequence: Tag { Tag(rawValue: 0x3002011E) }
    /// (3002,011F) Position Acquisition Template Identification Sequence, SQ, VM 1
    public static var positionAcquisitionTemplateIdentificationSequence: Tag { Tag(rawValue: 0x3002011F) }
    /// (3002,0120) Position Acquisition Template ID, ST, VM 1
    public static var positionAcquisitionTemplateID: Tag { Tag(rawValue: 0x30020120) }
    /// (3002,0121) Position Acquisition Template Name, LO, VM 1
    public static var positionAcquisitionTemplateName: Tag { Tag(rawValue: 0x30020121) }
    /// (3002,0122) Position Acquisition Template Code Sequence, SQ, VM 1
    public static var positionAcquisitionTemplateCodeSequence: Tag { Tag(rawValue: 0x30020122) }
    /// (3002,0123) Position Acquisition Template Description, LT, VM 1
    public static var positionAcquisitionTemplateDescription: Tag { Tag(rawValue: 0x30020123) }
    /// (3002,0124) Acquisition Task Applicability Sequence, SQ, VM 1
    public static var acquisitionTaskApplicabilitySequence: Tag { Tag(rawValue: 0x30020124) }
    /// (3002,0125) Projection Imaging Acquisition Parameter Sequence, SQ, VM 1
    public static var projectionImagingAcquisitionParameterSequence: Tag { Tag(rawValue: 0x30020125) }
    /// (3002,0126) CT Imaging Acquisition Parameter Sequence, SQ, VM 1
    public static var ctImagingAcquisitionParameterSequence: Tag { Tag(rawValue: 0x30020126) }
    /// (3002,0127) KV Imaging Generation Parameters Sequence, SQ, VM 1
    public static var kvImagingGenerationParametersSequence: Tag { Tag(rawValue: 0x30020127) }
    /// (3002,0128) MV Imaging Generation Parameters Sequence, SQ, VM 1
    public static var mvImagingGenerationParametersSequence: Tag { Tag(rawValue: 0x30020128) }
    /// (3002,0129) Acquisition Signal Type, CS, VM 1
    public static var acquisitionSignalType: Tag { Tag(rawValue: 0x30020129) }
    /// (3002,012A) Acquisition Method, CS, VM 1
    public static var acquisitionMethod: Tag { Tag(rawValue: 0x3002012A) }
    /// (3002,012B) Scan Start Position Sequence, SQ, VM 1
    public static var scanStartPositionSequence: Tag { Tag(rawValue: 0x3002012B) }
    /// (3002,012C) Scan Stop Position Sequence, SQ, VM 1
    public static var scanStopPositionSequence: Tag { Tag(rawValue: 0x3002012C) }
    /// (3002,012D) Imaging Source to Beam Modifier Definition Plane Distance, FD, VM 1
    public static var imagingSourceToBeamModifierDefinitionPlaneDistance: Tag { Tag(rawValue: 0x3002012D) }
    /// (3002,012E) Scan Arc Type, CS, VM 1
    public static var scanArcType: Tag { Tag(rawValue: 0x3002012E) }
    /// (3002,012F) Detector Positioning Type, CS, VM 1
    public static var detectorPositioningType: Tag { Tag(rawValue: 0x3002012F) }
    /// (3002,0130) Additional RT Accessory Device Sequence, SQ, VM 1
    public static var additionalRTAccessoryDeviceSequence: Tag { Tag(rawValue: 0x30020130) }
    /// (3002,0131) Device-Specific Acquisition Parameter Sequence, SQ, VM 1
    public static var deviceSpecificAcquisitionParameterSequence: Tag { Tag(rawValue: 0x30020131) }
    /// (3002,0132) Referenced Position Reference Instance Sequence, SQ, VM 1
    public static var referencedPositionReferenceInstanceSequence: Tag { Tag(rawValue: 0x30020132) }
    /// (3002,0133) Energy Derivation Code Sequence, SQ, VM 1
    public static var energyDerivationCodeSequence: Tag { Tag(rawValue: 0x30020133) }
    /// (3002,0134) Maximum Cumulative Meterset Exposure, FD, VM 1
    public static var maximumCumulativeMetersetExposure: Tag { Tag(rawValue: 0x30020134) }
    /// (3002,0135) Acquisition Initiation Sequence, SQ, VM 1
    public static var acquisitionInitiationSequence: Tag { Tag(rawValue: 0x30020135) }
    /// (3004,0001) DVH Type, CS, VM 1
    public static var dvhType: Tag { Tag(rawValue: 0x30040001) }
    /// (3004,0002) Dose Units, CS, VM 1
    public static var doseUnits: Tag { Tag(rawValue: 0x30040002) }
    /// (3004,0004) Dose Type, CS, VM 1
    public static var doseType: Tag { Tag(rawValue: 0x30040004) }
    /// (3004,0005) Spatial Transform of Dose, CS, VM 1
    public static var spatialTransformOfDose: Tag { Tag(rawValue: 0x30040005) }
    /// (3004,0006) Dose Comment, LO, VM 1
    public static var doseComment: Tag { Tag(rawValue: 0x30040006) }
    /// (3004,0008) Normalization Point, DS, VM 3
    public static var normalizationPoint: Tag { Tag(rawValue: 0x30040008) }
    /// (3004,000A) Dose Summation Type, CS, VM 1
    public static var doseSummationType: Tag { Tag(rawValue: 0x3004000A) }
    /// (3004,000C) Grid Frame Offset Vector, DS, VM 2-n
    public static var gridFrameOffsetVector: Tag { Tag(rawValue: 0x3004000C) }
    /// (3004,000E) Dose Grid Scaling, DS, VM 1
    public static var doseGridScaling: Tag { Tag(rawValue: 0x3004000E) }
    /// (3004,0010) RT Dose ROI Sequence, SQ, VM 1 (retired)
    public static var rtDoseROISequence: Tag { Tag(rawValue: 0x30040010) }
    /// (3004,0012) Dose Value, DS, VM 1 (retired)
    public static var doseValue: Tag { Tag(rawValue: 0x30040012) }
    /// (3004,0014) Tissue Heterogeneity Correction, CS, VM 1-3
    public static var tissueHeterogeneityCorrection: Tag { Tag(rawValue: 0x30040014) }
    /// (3004,0040) DVH Normalization Point, DS, VM 3
    public static var dvhNormalizationPoint: Tag { Tag(rawValue: 0x30040040) }
    /// (3004,0042) DVH Normalization Dose Value, DS, VM 1
    public static var dvhNormalizationDoseValue: Tag { Tag(rawValue: 0x30040042) }
    /// (3004,0050) DVH Sequence, SQ, VM 1
    public static var dvhSequence: Tag { Tag(rawValue: 0x30040050) }
    /// (3004,0052) DVH Dose Scaling, DS, VM 1
    public static var dvhDoseScaling: Tag { Tag(rawValue: 0x30040052) }
    /// (3004,0054) DVH Volume Units, CS, VM 1
    public static var dvhVolumeUnits: Tag { Tag(rawValue: 0x30040054) }
    /// (3004,0056) DVH Number of Bins, IS, VM 1
    public static var dvhNumberOfBins: Tag { Tag(rawValue: 0x30040056) }
    /// (3004,0058) DVH Data, DS, VM 2-2n
    public static var dvhData: Tag { Tag(rawValue: 0x30040058) }
    /// (3004,0060) DVH Referenced ROI Sequence, SQ, VM 1
    public static var dvhReferencedROISequence: Tag { Tag(rawValue: 0x30040060) }
    /// (3004,0062) DVH ROI Contribution Type, CS, VM 1
    public static var dvhroiContributionType: Tag { Tag(rawValue: 0x30040062) }
    /// (3004,0070) DVH Minimum Dose, DS, VM 1
    public static var dvhMinimumDose: Tag { Tag(rawValue: 0x30040070) }
    /// (3004,0072) DVH Maximum Dose, DS, VM 1
    public static var dvhMaximumDose: Tag { Tag(rawValue: 0x30040072) }
    /// (3004,0074) DVH Mean Dose, DS, VM 1
    public static var dvhMeanDose: Tag { Tag(rawValue: 0x30040074) }
    /// (3006,0002) Structure Set Label, SH, VM 1
    public static var structureSetLabel: Tag { Tag(rawValue: 0x30060002) }
    /// (3006,0004) Structure Set Name, LO, VM 1
    public static var structureSetName: Tag { Tag(rawValue: 0x30060004) }
    /// (3006,0006) Structure Set Description, ST, VM 1
    public static var structureSetDescription: Tag { Tag(rawValue: 0x30060006) }
    /// (3006,0008) Structure Set Date, DA, VM 1
    public static var structureSetDate: Tag { Tag(rawValue: 0x30060008) }
    /// (3006,0009) Structure Set Time, TM, VM 1
    public static var structureSetTime: Tag { Tag(rawValue: 0x30060009) }
    /// (3006,0010) Referenced Frame of Reference Sequence, SQ, VM 1
    public static var referencedFrameOfReferenceSequence: Tag { Tag(rawValue: 0x30060010) }
    /// (3006,0012) RT Referenced Study Sequence, SQ, VM 1
    public static var rtReferencedStudySequence: Tag { Tag(rawValue: 0x30060012) }
    /// (3006,0014) RT Referenced Series Sequence, SQ, VM 1
    public static var rtReferencedSeriesSequence: Tag { Tag(rawValue: 0x30060014) }
    /// (3006,0016) Contour Image Sequence, SQ, VM 1
    public static var contourImageSequence: Tag { Tag(rawValue: 0x30060016) }
    /// (3006,0018) Predecessor Structure Set Sequence, SQ, VM 1
    public static var predecessorStructureSetSequence: Tag { Tag(rawValue: 0x30060018) }
    /// (3006,0020) Structure Set ROI Sequence, SQ, VM 1
    public static var structureSetROISequence: Tag { Tag(rawValue: 0x30060020) }
    /// (3006,0022) ROI Number, IS, VM 1
    public static var roiNumber: Tag { Tag(rawValue: 0x30060022) }
    /// (3006,0024) Referenced Frame of Reference UID, UI, VM 1
    public static var referencedFrameOfReferenceUID: Tag { Tag(rawValue: 0x30060024) }
    /// (3006,0026) ROI Name, LO, VM 1
    public static var roiName: Tag { Tag(rawValue: 0x30060026) }
    /// (3006,0028) ROI Description, ST, VM 1
    public static var roiDescription: Tag { Tag(rawValue: 0x30060028) }
    /// (3006,002A) ROI Display Color, IS, VM 3
    public static var roiDisplayColor: Tag { Tag(rawValue: 0x3006002A) }
    /// (3006,002C) ROI Volume, DS, VM 1
    public static var roiVolume: Tag { Tag(rawValue: 0x3006002C) }
    /// (3006,002D) ROI DateTime, DT, VM 1
    public static var roiDateTime: Tag { Tag(rawValue: 0x3006002D) }
    /// (3006,002E) ROI Observation DateTime, DT, VM 1
    public static var roiObservationDateTime: Tag { Tag(rawValue: 0x3006002E) }
    /// (3006,0030) RT Related ROI Sequence, SQ, VM 1
    public static var rtRelatedROISequence: Tag { Tag(rawValue: 0x30060030) }
    /// (3006,0033) RT ROI Relationship, CS, VM 1
    public static var rtroiRelationship: Tag { Tag(rawValue: 0x30060033) }
    /// (3006,0036) ROI Generation Algorithm, CS, VM 1
    public static var roiGenerationAlgorithm: Tag { Tag(rawValue: 0x30060036) }
    /// (3006,0037) ROI Derivation Algorithm Identification Sequence, SQ, VM 1
    public static var roiDerivationAlgorithmIdentificationSequence: Tag { Tag(rawValue: 0x30060037) }
    /// (3006,0038) ROI Generation Description, LO, VM 1
    public static var roiGenerationDescription: Tag { Tag(rawValue: 0x30060038) }
    /// (3006,0039) ROI Contour Sequence, SQ, VM 1
    public static var roiContourSequence: Tag { Tag(rawValue: 0x30060039) }
    /// (3006,0040) Contour Sequence, SQ, VM 1
    public static var contourSequence: Tag { Tag(rawValue: 0x30060040) }
    /// (3006,0042) Contour Geometric Type, CS, VM 1
    public static var contourGeometricType: Tag { Tag(rawValue: 0x30060042) }
    /// (3006,0044) Contour Slab Thickness, DS, VM 1 (retired)
    public static var contourSlabThickness: Tag { Tag(rawValue: 0x30060044) }
    /// (3006,0045) Contour Offset Vector, DS, VM 3 (retired)
    public static var contourOffsetVector: Tag { Tag(rawValue: 0x30060045) }
    /// (3006,0046) Number of Contour Points, IS, VM 1
    public static var numberOfContourPoints: Tag { Tag(rawValue: 0x30060046) }
    /// (3006,0048) Contour Number, IS, VM 1
    public static var contourNumber: Tag { Tag(rawValue: 0x30060048) }
    /// (3006,0049) Attached Contours, IS, VM 1-n (retired)
    public static var attachedContours: Tag { Tag(rawValue: 0x30060049) }
    /// (3006,004A) Source Pixel Planes Characteristics Sequence, SQ, VM 1
    public static var sourcePixelPlanesCharacteristicsSequence: Tag { Tag(rawValue: 0x3006004A) }
    /// (3006,004B) Source Series Sequence, SQ, VM 1
    public static var sourceSeriesSequence: Tag { Tag(rawValue: 0x3006004B) }
    /// (3006,004C) Source Series Information Sequence, SQ, VM 1
    public static var sourceSeriesInformationSequence: Tag { Tag(rawValue: 0x3006004C) }
    /// (3006,004D) ROI Creator Sequence, SQ, VM 1
    public static var roiCreatorSequence: Tag { Tag(rawValue: 0x3006004D) }
    /// (3006,004E) ROI Interpreter Sequence, SQ, VM 1
    public static var roiInterpreterSequence: Tag { Tag(rawValue: 0x3006004E) }
    /// (3006,004F) ROI Observation Context Code Sequence, SQ, VM 1
    public static var roiObservationContextCodeSequence: Tag { Tag(rawValue: 0x3006004F) }
    /// (3006,0050) Contour Data, DS, VM 3-3n
    public static var contourData: Tag { Tag(rawValue: 0x30060050) }
    /// (3006,0080) RT ROI Observations Sequence, SQ, VM 1
    public static var rtroiObservationsSequence: Tag { Tag(rawValue: 0x30060080) }
    /// (3006,0082) Observation Number, IS, VM 1
    public static var observationNumber: Tag { Tag(rawValue: 0x30060082) }
    /// (3006,0084) Referenced ROI Number, IS, VM 1
    public static var referencedROINumber: Tag { Tag(rawValue: 0x30060084) }
    /// (3006,0085) ROI Observation Label, SH, VM 1 (retired)
    public static var roiObservationLabel: Tag { Tag(rawValue: 0x30060085) }
    /// (3006,0086) RT ROI Identification Code Sequence, SQ, VM 1
    public static var rtroiIdentificationCodeSequence: Tag { Tag(rawValue: 0x30060086) }
    /// (3006,0088) ROI Observation Description, ST, VM 1 (retired)
    public static var roiObservationDescription: Tag { Tag(rawValue: 0x30060088) }
    /// (3006,00A0) Related RT ROI Observations Sequence, SQ, VM 1
    public static var relatedRTROIObservationsSequence: Tag { Tag(rawValue: 0x300600A0) }
    /// (3006,00A4) RT ROI Interpreted Type, CS, VM 1
    public static var rtroiInterpretedType: Tag { Tag(rawValue: 0x300600A4) }
    /// (3006,00A6) ROI Interpreter, PN, VM 1
    public static var roiInterpreter: Tag { Tag(rawValue: 0x300600A6) }
    /// (3006,00B0) ROI Physical Properties Sequence, SQ, VM 1
    public static var roiPhysicalPropertiesSequence: Tag { Tag(rawValue: 0x300600B0) }
    /// (3006,00B2) ROI Physical Property, CS, VM 1
    public static var roiPhysicalProperty: Tag { Tag(rawValue: 0x300600B2) }
    /// (3006,00B4) ROI Physical Property Value, DS, VM 1
    public static var roiPhysicalPropertyValue: Tag { Tag(rawValue: 0x300600B4) }
    /// (3006,00B6) ROI Elemental Composition Sequence, SQ, VM 1
    public static var roiElementalCompositionSequence: Tag { Tag(rawValue: 0x300600B6) }
    /// (3006,00B7) ROI Elemental Composition Atomic Number, US, VM 1
    public static var roiElementalCompositionAtomicNumber: Tag { Tag(rawValue: 0x300600B7) }
    /// (3006,00B8) ROI Elemental Composition Atomic Mass Fraction, FL, VM 1
    public static var roiElementalCompositionAtomicMassFraction: Tag { Tag(rawValue: 0x300600B8) }
    /// (3006,00B9) Additional RT ROI Identification Code Sequence, SQ, VM 1 (retired)
    public static var additionalRTROIIdentificationCodeSequence: Tag { Tag(rawValue: 0x300600B9) }
    /// (3006,00C0) Frame of Reference Relationship Sequence, SQ, VM 1 (retired)
    public static var frameOfReferenceRelationshipSequence: Tag { Tag(rawValue: 0x300600C0) }
    /// (3006,00C2) Related Frame of Reference UID, UI, VM 1 (retired)
    public static var relatedFrameOfReferenceUID: Tag { Tag(rawValue: 0x300600C2) }
    /// (3006,00C4) Frame of Reference Transformation Type, CS, VM 1 (retired)
    public static var frameOfReferenceTransformationType: Tag { Tag(rawValue: 0x300600C4) }
    /// (3006,00C6) Frame of Reference Transformation Matrix, DS, VM 16
    public static var frameOfReferenceTransformationMatrix: Tag { Tag(rawValue: 0x300600C6) }
    /// (3006,00C8) Frame of Reference Transformation Comment, LO, VM 1
    public static var frameOfReferenceTransformationComment: Tag { Tag(rawValue: 0x300600C8) }
    /// (3006,00C9) Patient Location Coordinates Sequence, SQ, VM 1
    public static var patientLocationCoordinatesSequence: Tag { Tag(rawValue: 0x300600C9) }
    /// (3006,00CA) Patient Location Coordinates Code Sequence, SQ, VM 1
    public static var patientLocationCoordinatesCodeSequence: Tag { Tag(rawValue: 0x300600CA) }
    /// (3006,00CB) Patient Support Position Sequence, SQ, VM 1
    public static var patientSupportPositionSequence: Tag { Tag(rawValue: 0x300600CB) }
    /// (3008,0010) Measured Dose Reference Sequence, SQ, VM 1
    public static var measuredDoseReferenceSequence: Tag { Tag(rawValue: 0x30080010) }
    /// (3008,0012) Measured Dose Description, ST, VM 1
    public static var measuredDoseDescription: Tag { Tag(rawValue: 0x30080012) }
    /// (3008,0014) Measured Dose Type, CS, VM 1
    public static var measuredDoseType: Tag { Tag(rawValue: 0x30080014) }
    /// (3008,0016) Measured Dose Value, DS, VM 1
    public static var measuredDoseValue: Tag { Tag(rawValue: 0x30080016) }
    /// (3008,0020) Treatment Session Beam Sequence, SQ, VM 1
    public static var treatmentSessionBeamSequence: Tag { Tag(rawValue: 0x30080020) }
    /// (3008,0021) Treatment Session Ion Beam Sequence, SQ, VM 1
    public static var treatmentSessionIonBeamSequence: Tag { Tag(rawValue: 0x30080021) }
    /// (3008,0022) Current Fraction Number, IS, VM 1
    public static var currentFractionNumber: Tag { Tag(rawValue: 0x30080022) }
    /// (3008,0024) Treatment Control Point Date, DA, VM 1
    public static var treatmentControlPointDate: Tag { Tag(rawValue: 0x30080024) }
    /// (3008,0025) Treatment Control Point Time, TM, VM 1
    public static var treatmentControlPointTime: Tag { Tag(rawValue: 0x30080025) }
    /// (3008,002A) Treatment Termination Status, CS, VM 1
    public static var treatmentTerminationStatus: Tag { Tag(rawValue: 0x3008002A) }
    /// (3008,002B) Treatment Termination Code, SH, VM 1 (retired)
    public static var treatmentTerminationCode: Tag { Tag(rawValue: 0x3008002B) }
    /// (3008,002C) Treatment Verification Status, CS, VM 1
    public static var treatmentVerificationStatus: Tag { Tag(rawValue: 0x3008002C) }
    /// (3008,0030) Referenced Treatment Record Sequence, SQ, VM 1
    public static var referencedTreatmentRecordSequence: Tag { Tag(rawValue: 0x30080030) }
    /// (3008,0032) Specified Primary Meterset, DS, VM 1
    public static var specifiedPrimaryMeterset: Tag { Tag(rawValue: 0x30080032) }
    /// (3008,0033) Specified Secondary Meterset, DS, VM 1
    public static var specifiedSecondaryMeterset: Tag { Tag(rawValue: 0x30080033) }
    /// (3008,0036) Delivered Primary Meterset, DS, VM 1
    public static var deliveredPrimaryMeterset: Tag { Tag(rawValue: 0x30080036) }
    /// (3008,0037) Delivered Secondary Meterset, DS, VM 1
    public static var deliveredSecondaryMeterset: Tag { Tag(rawValue: 0x30080037) }
    /// (3008,003A) Specified Treatment Time, DS, VM 1
    public static var specifiedTreatmentTime: Tag { Tag(rawValue: 0x3008003A) }
    /// (3008,003B) Delivered Treatment Time, DS, VM 1
    public static var deliveredTreatmentTime: Tag { Tag(rawValue: 0x3008003B) }
    /// (3008,0040) Control Point Delivery Sequence, SQ, VM 1
    public static var controlPointDeliverySequence: Tag { Tag(rawValue: 0x30080040) }
    /// (3008,0041) Ion Control Point Delivery Sequence, SQ, VM 1
    public static var ionControlPointDeliverySequence: Tag { Tag(rawValue: 0x30080041) }
    /// (3008,0042) Specified Meterset, DS, VM 1
    public static var specifiedMeterset: Tag { Tag(rawValue: 0x30080042) }
    /// (3008,0044) Delivered Meterset, DS, VM 1
    public static var deliveredMeterset: Tag { Tag(rawValue: 0x30080044) }
    /// (3008,0045) Meterset Rate Set, FL, VM 1
    public static var metersetRateSet: Tag { Tag(rawValue: 0x30080045) }
    /// (3008,0046) Meterset Rate Delivered, FL, VM 1
    public static var metersetRateDelivered: Tag { Tag(rawValue: 0x30080046) }
    /// (3008,0047) Scan Spot Metersets Delivered, FL, VM 1-n
    public static var scanSpotMetersetsDelivered: Tag { Tag(rawValue: 0x30080047) }
    /// (3008,0048) Dose Rate Delivered, DS, VM 1
    public static var doseRateDelivered: Tag { Tag(rawValue: 0x30080048) }
    /// (3008,0050) Treatment Summary Calculated Dose Reference Sequence, SQ, VM 1
    public static var treatmentSummaryCalculatedDoseReferenceSequence: Tag { Tag(rawValue: 0x30080050) }
    /// (3008,0052) Cumulative Dose to Dose Reference, DS, VM 1
    public static var cumulativeDoseToDoseReference: Tag { Tag(rawValue: 0x30080052) }
    /// (3008,0054) First Treatment Date, DA, VM 1
    public static var firstTreatmentDate: Tag { Tag(rawValue: 0x30080054) }
    /// (3008,0056) Most Recent Treatment Date, DA, VM 1
    public static var mostRecentTreatmentDate: Tag { Tag(rawValue: 0x30080056) }
    /// (3008,005A) Number of Fractions Delivered, IS, VM 1
    public static var numberOfFractionsDelivered: Tag { Tag(rawValue: 0x3008005A) }
    /// (3008,0060) Override Sequence, SQ, VM 1
    public static var overrideSequence: Tag { Tag(rawValue: 0x30080060) }
    /// (3008,0061) Parameter Sequence Pointer, AT, VM 1
    public static var parameterSequencePointer: Tag { Tag(rawValue: 0x30080061) }
    /// (3008,0062) Override Parameter Pointer, AT, VM 1
    public static var overrideParameterPointer: Tag { Tag(rawValue: 0x30080062) }
    /// (3008,0063) Parameter Item Index, IS, VM 1
    public static var parameterItemIndex: Tag { Tag(rawValue: 0x30080063) }
    /// (3008,0064) Measured Dose Reference Number, IS, VM 1
    public static var measuredDoseReferenceNumber: Tag { Tag(rawValue: 0x30080064) }
    /// (3008,0065) Parameter Pointer, AT, VM 1
    public static var parameterPointer: Tag { Tag(rawValue: 0x30080065) }
    /// (3008,0066) Override Reason, ST, VM 1
    public static var overrideReason: Tag { Tag(rawValue: 0x30080066) }
    /// (3008,0067) Parameter Value Number, US, VM 1
    public static var parameterValueNumber: Tag { Tag(rawValue: 0x30080067) }
    /// (3008,0068) Corrected Parameter Sequence, SQ, VM 1
    public static var correctedParameterSequence: Tag { Tag(rawValue: 0x30080068) }
    /// (3008,006A) Correction Value, FL, VM 1
    public static var correctionValue: Tag { Tag(rawValue: 0x3008006A) }
    /// (3008,0070) Calculated Dose Reference Sequence, SQ, VM 1
    public static var calculatedDoseReferenceSequence: Tag { Tag(rawValue: 0x30080070) }
    /// (3008,0072) Calculated Dose Reference Number, IS, VM 1
    public static var calculatedDoseReferenceNumber: Tag { Tag(rawValue: 0x30080072) }
    /// (3008,0074) Calculated Dose Reference Description, ST, VM 1
    public static var calculatedDoseReferenceDescription: Tag { Tag(rawValue: 0x30080074) }
    /// (3008,0076) Calculated Dose Reference Dose Value, DS, VM 1
    public static var calculatedDoseReferenceDoseValue: Tag { Tag(rawValue: 0x30080076) }
    /// (3008,0078) Start Meterset, DS, VM 1
    public static var startMeterset: Tag { Tag(rawValue: 0x30080078) }
    /// (3008,007A) End Meterset, DS, VM 1
    public static var endMeterset: Tag { Tag(rawValue: 0x3008007A) }
    /// (3008,0080) Referenced Measured Dose Reference Sequence, SQ, VM 1
    public static var referencedMeasuredDoseReferenceSequence: Tag { Tag(rawValue: 0x30080080) }
    /// (3008,0082) Referenced Measured Dose Reference Number, IS, VM 1
    public static var referencedMeasuredDoseReferenceNumber: Tag { Tag(rawValue: 0x30080082) }
    /// (3008,0090) Referenced Calculated Dose Reference Sequence, SQ, VM 1
    public static var referencedCalculatedDoseReferenceSequence: Tag { Tag(rawValue: 0x30080090) }
    /// (3008,0092) Referenced Calculated Dose Reference Number, IS, VM 1
    public static var referencedCalculatedDoseReferenceNumber: Tag { Tag(rawValue: 0x30080092) }
    /// (3008,00A0) Beam Limiting Device Leaf Pairs Sequence, SQ, VM 1
    public static var beamLimitingDeviceLeafPairsSequence: Tag { Tag(rawValue: 0x300800A0) }
    /// (3008,00A1) Enhanced RT Beam Limiting Device Sequence, SQ, VM 1
    public static var enhancedRTBeamLimitingDeviceSequence: Tag { Tag(rawValue: 0x300800A1) }
    /// (3008,00A2) Enhanced RT Beam Limiting Opening Sequence, SQ, VM 1
    public static var enhancedRTBeamLimitingOpeningSequence: Tag { Tag(rawValue: 0x300800A2) }
    /// (3008,00A3) Enhanced RT Beam Limiting Device Definition Flag, CS, VM 1
    public static var enhancedRTBeamLimitingDeviceDefinitionFlag: Tag { Tag(rawValue: 0x300800A3) }
    /// (3008,00A4) Parallel RT Beam Delimiter Opening Extents, FD, VM 2-2n
    public static var parallelRTBeamDelimiterOpeningExtents: Tag { Tag(rawValue: 0x300800A4) }
    /// (3008,00B0) Recorded Wedge Sequence, SQ, VM 1
    public static var recordedWedgeSequence: Tag { Tag(rawValue: 0x300800B0) }
    /// (3008,00C0) Recorded Compensator Sequence, SQ, VM 1
    public static var recordedCompensatorSequence: Tag { Tag(rawValue: 0x300800C0) }
    /// (3008,00D0) Recorded Block Sequence, SQ, VM 1
    public static var recordedBlockSequence: Tag { Tag(rawValue: 0x300800D0) }
    /// (3008,00D1) Recorded Block Slab Sequence, SQ, VM 1
    public static var recordedBlockSlabSequence: Tag { Tag(rawValue: 0x300800D1) }
    /// (3008,00E0) Treatment Summary Measured Dose Reference Sequence, SQ, VM 1
    public static var treatmentSummaryMeasuredDoseReferenceSequence: Tag { Tag(rawValue: 0x300800E0) }
    /// (3008,00F0) Recorded Snout Sequence, SQ, VM 1
    public static var recordedSnoutSequence: Tag { Tag(rawValue: 0x300800F0) }
    /// (3008,00F2) Recorded Range Shifter Sequence, SQ, VM 1
    public static var recordedRangeShifterSequence: Tag { Tag(rawValue: 0x300800F2) }
    /// (3008,00F4) Recorded Lateral Spreading Device Sequence, SQ, VM 1
    public static var recordedLateralSpreadingDeviceSequence: Tag { Tag(rawValue: 0x300800F4) }
    /// (3008,00F6) Recorded Range Modulator Sequence, SQ, VM 1
    public static var recordedRangeModulatorSequence: Tag { Tag(rawValue: 0x300800F6) }
    /// (3008,0100) Recorded Source Sequence, SQ, VM 1
    public static var recordedSourceSequence: Tag { Tag(rawValue: 0x30080100) }
    /// (3008,0105) Source Serial Number, LO, VM 1
    public static var sourceSerialNumber: Tag { Tag(rawValue: 0x30080105) }
    /// (3008,0110) Treatment Session Application Setup Sequence, SQ, VM 1
    public static var treatmentSessionApplicationSetupSequence: Tag { Tag(rawValue: 0x30080110) }
    /// (3008,0116) Application Setup Check, CS, VM 1
    public static var applicationSetupCheck: Tag { Tag(rawValue: 0x30080116) }
    /// (3008,0120) Recorded Brachy Accessory Device Sequence, SQ, VM 1
    public static var recordedBrachyAccessoryDeviceSequence: Tag { Tag(rawValue: 0x30080120) }
    /// (3008,0122) Referenced Brachy Accessory Device Number, IS, VM 1
    public static var referencedBrachyAccessoryDeviceNumber: Tag { Tag(rawValue: 0x30080122) }
    /// (3008,0130) Recorded Channel Sequence, SQ, VM 1
    public static var recordedChannelSequence: Tag { Tag(rawValue: 0x30080130) }
    /// (3008,0132) Specified Channel Total Time, DS, VM 1
    public static var specifiedChannelTotalTime: Tag { Tag(rawValue: 0x30080132) }
    /// (3008,0134) Delivered Channel Total Time, DS, VM 1
    public static var deliveredChannelTotalTime: Tag { Tag(rawValue: 0x30080134) }
    /// (3008,0136) Specified Number of Pulses, IS, VM 1
    public static var specifiedNumberOfPulses: Tag { Tag(rawValue: 0x30080136) }
    /// (3008,0138) Delivered Number of Pulses, IS, VM 1
    public static var deliveredNumberOfPulses: Tag { Tag(rawValue: 0x30080138) }
    /// (3008,013A) Specified Pulse Repetition Interval, DS, VM 1
    public static var specifiedPulseRepetitionInterval: Tag { Tag(rawValue: 0x3008013A) }
    /// (3008,013C) Delivered Pulse Repetition Interval, DS, VM 1
    public static var deliveredPulseRepetitionInterval: Tag { Tag(rawValue: 0x3008013C) }
    /// (3008,0140) Recorded Source Applicator Sequence, SQ, VM 1
    public static var recordedSourceApplicatorSequence: Tag { Tag(rawValue: 0x30080140) }
    /// (3008,0142) Referenced Source Applicator Number, IS, VM 1
    public static var referencedSourceApplicatorNumber: Tag { Tag(rawValue: 0x30080142) }
    /// (3008,0150) Recorded Channel Shield Sequence, SQ, VM 1
    public static var recordedChannelShieldSequence: Tag { Tag(rawValue: 0x30080150) }
    /// (3008,0152) Referenced Channel Shield Number, IS, VM 1
    public static var referencedChannelShieldNumber: Tag { Tag(rawValue: 0x30080152) }
    /// (3008,0160) Brachy Control Point Delivered Sequence, SQ, VM 1
    public static var brachyControlPointDeliveredSequence: Tag { Tag(rawValue: 0x30080160) }
    /// (3008,0162) Safe Position Exit Date, DA, VM 1
    public static var safePositionExitDate: Tag { Tag(rawValue: 0x30080162) }
    /// (3008,0164) Safe Position Exit Time, TM, VM 1
    public static var safePositionExitTime: Tag { Tag(rawValue: 0x30080164) }
    /// (3008,0166) Safe Position Return Date, DA, VM 1
    public static var safePositionReturnDate: Tag { Tag(rawValue: 0x30080166) }
    /// (3008,0168) Safe Position Return Time, TM, VM 1
    public static var safePositionReturnTime: Tag { Tag(rawValue: 0x30080168) }
    /// (3008,0171) Pulse Specific Brachy Control Point Delivered Sequence, SQ, VM 1
    public static var pulseSpecificBrachyControlPointDeliveredSequence: Tag { Tag(rawValue: 0x30080171) }
    /// (3008,0172) Pulse Number, US, VM 1
    public static var pulseNumber: Tag { Tag(rawValue: 0x30080172) }
    /// (3008,0173) Brachy Pulse Control Point Delivered Sequence, SQ, VM 1
    public static var brachyPulseControlPointDeliveredSequence: Tag { Tag(rawValue: 0x30080173) }
    /// (3008,0200) Current Treatment Status, CS, VM 1
    public static var currentTreatmentStatus: Tag { Tag(rawValue: 0x30080200) }
    /// (3008,0202) Treatment Status Comment, ST, VM 1
    public static var treatmentStatusComment: Tag { Tag(rawValue: 0x30080202) }
    /// (3008,0220) Fraction Group Summary Sequence, SQ, VM 1
    public static var fractionGroupSummarySequence: Tag { Tag(rawValue: 0x30080220) }
    /// (3008,0223) Referenced Fraction Number, IS, VM 1
    public static var referencedFractionNumber: Tag { Tag(rawValue: 0x30080223) }
    /// (3008,0224) Fraction Group Type, CS, VM 1
    public static var fractionGroupType: Tag { Tag(rawValue: 0x30080224) }
    /// (3008,0230) Beam Stopper Position, CS, VM 1
    public static var beamStopperPosition: Tag { Tag(rawValue: 0x30080230) }
    /// (3008,0240) Fraction Status Summary Sequence, SQ, VM 1
    public static var fractionStatusSummarySequence: Tag { Tag(rawValue: 0x30080240) }
    /// (3008,0250) Treatment Date, DA, VM 1
    public static var treatmentDate: Tag { Tag(rawValue: 0x30080250) }
    /// (3008,0251) Treatment Time, TM, VM 1
    public static var treatmentTime: Tag { Tag(rawValue: 0x30080251) }
    /// (300A,0002) RT Plan Label, SH, VM 1
    public static var rtPlanLabel: Tag { Tag(rawValue: 0x300A0002) }
    /// (300A,0003) RT Plan Name, LO, VM 1
    public static var rtPlanName: Tag { Tag(rawValue: 0x300A0003) }
    /// (300A,0004) RT Plan Description, ST, VM 1
    public static var rtPlanDescription: Tag { Tag(rawValue: 0x300A0004) }
    /// (300A,0006) RT Plan Date, DA, VM 1
    public static var rtPlanDate: Tag { Tag(rawValue: 0x300A0006) }
    /// (300A,0007) RT Plan Time, TM, VM 1
    public static var rtPlanTime: Tag { Tag(rawValue: 0x300A0007) }
    /// (300A,0009) Treatment Protocols, LO, VM 1-n
    public static var treatmentProtocols: Tag { Tag(rawValue: 0x300A0009) }
    /// (300A,000A) Plan Intent, CS, VM 1
    public static var planIntent: Tag { Tag(rawValue: 0x300A000A) }
    /// (300A,000B) Treatment Sites, LO, VM 1-n (retired)
    public static var treatmentSites: Tag { Tag(rawValue: 0x300A000B) }
    /// (300A,000C) RT Plan Geometry, CS, VM 1
    public static var rtPlanGeometry: Tag { Tag(rawValue: 0x300A000C) }
    /// (300A,000E) Prescription Description, ST, VM 1
    public static var prescriptionDescription: Tag { Tag(rawValue: 0x300A000E) }
    /// (300A,0010) Dose Reference Sequence, SQ, VM 1
    public static var doseReferenceSequence: Tag { Tag(rawValue: 0x300A0010) }
    /// (300A,0012) Dose Reference Number, IS, VM 1
    public static var doseReferenceNumber: Tag { Tag(rawValue: 0x300A0012) }
    /// (300A,0013) Dose Reference UID, UI, VM 1
    public static var doseReferenceUID: Tag { Tag(rawValue: 0x300A0013) }
    /// (300A,0014) Dose Reference Structure Type, CS, VM 1
    public static var doseReferenceStructureType: Tag { Tag(rawValue: 0x300A0014) }
    /// (300A,0015) Nominal Beam Energy Unit, CS, VM 1
    public static var nominalBeamEnergyUnit: Tag { Tag(rawValue: 0x300A0015) }
    /// (300A,0016) Dose Reference Description, LO, VM 1
    public static var doseReferenceDescription: Tag { Tag(rawValue: 0x300A0016) }
    /// (300A,0018) Dose Reference Point Coordinates, DS, VM 3
    public static var doseReferencePointCoordinates: Tag { Tag(rawValue: 0x300A0018) }
    /// (300A,001A) Nominal Prior Dose, DS, VM 1
    public static var nominalPriorDose: Tag { Tag(rawValue: 0x300A001A) }
    /// (300A,0020) Dose Reference Type, CS, VM 1
    public static var doseReferenceType: Tag { Tag(rawValue: 0x300A0020) }
    /// (300A,0021) Constraint Weight, DS, VM 1
    public static var constraintWeight: Tag { Tag(rawValue: 0x300A0021) }
    /// (300A,0022) Delivery Warning Dose, DS, VM 1
    public static var deliveryWarningDose: Tag { Tag(rawValue: 0x300A0022) }
    /// (300A,0023) Delivery Maximum Dose, DS, VM 1
    public static var deliveryMaximumDose: Tag { Tag(rawValue: 0x300A0023) }
    /// (300A,0025) Target Minimum Dose, DS, VM 1
    public static var targetMinimumDose: Tag { Tag(rawValue: 0x300A0025) }
    /// (300A,0026) Target Prescription Dose, DS, VM 1
    public static var targetPrescriptionDose: Tag { Tag(rawValue: 0x300A0026) }
    /// (300A,0027) Target Maximum Dose, DS, VM 1
    public static var targetMaximumDose: Tag { Tag(rawValue: 0x300A0027) }
    /// (300A,0028) Target Underdose Volume Fraction, DS, VM 1
    public static var targetUnderdoseVolumeFraction: Tag { Tag(rawValue: 0x300A0028) }
    /// (300A,002A) Organ at Risk Full-volume Dose, DS, VM 1
    public static var organAtRiskFullVolumeDose: Tag { Tag(rawValue: 0x300A002A) }
    /// (300A,002B) Organ at Risk Limit Dose, DS, VM 1
    public static var organAtRiskLimitDose: Tag { Tag(rawValue: 0x300A002B) }
    /// (300A,002C) Organ at Risk Maximum Dose, DS, VM 1
    public static var organAtRiskMaximumDose: Tag { Tag(rawValue: 0x300A002C) }
    /// (300A,002D) Organ at Risk Overdose Volume Fraction, DS, VM 1
    public static var organAtRiskOverdoseVolumeFraction: Tag { Tag(rawValue: 0x300A002D) }
    /// (300A,0040) Tolerance Table Sequence, SQ, VM 1
    public static var toleranceTableSequence: Tag { Tag(rawValue: 0x300A0040) }
    /// (300A,0042) Tolerance Table Number, IS, VM 1
    public static var toleranceTableNumber: Tag { Tag(rawValue: 0x300A0042) }
    /// (300A,0043) Tolerance Table Label, SH, VM 1
    public static var toleranceTableLabel: Tag { Tag(rawValue: 0x300A0043) }
    /// (300A,0044) Gantry Angle Tolerance, DS, VM 1
    public static var gantryAngleTolerance: Tag { Tag(rawValue: 0x300A0044) }
    /// (300A,0046) Beam Limiting Device Angle Tolerance, DS, VM 1
    public static var beamLimitingDeviceAngleTolerance: Tag { Tag(rawValue: 0x300A0046) }
    /// (300A,0048) Beam Limiting Device Tolerance Sequence, SQ, VM 1
    public static var beamLimitingDeviceToleranceSequence: Tag { Tag(rawValue: 0x300A0048) }
    /// (300A,004A) Beam Limiting Device Position Tolerance, DS, VM 1
    public static var beamLimitingDevicePositionTolerance: Tag { Tag(rawValue: 0x300A004A) }
    /// (300A,004B) Snout Position Tolerance, FL, VM 1
    public static var snoutPositionTolerance: Tag { Tag(rawValue: 0x300A004B) }
    /// (300A,004C) Patient Support Angle Tolerance, DS, VM 1
    public static var patientSupportAngleTolerance: Tag { Tag(rawValue: 0x300A004C) }
    /// (300A,004E) Table Top Eccentric Angle Tolerance, DS, VM 1
    public static var tableTopEccentricAngleTolerance: Tag { Tag(rawValue: 0x300A004E) }
    /// (300A,004F) Table Top Pitch Angle Tolerance, FL, VM 1
    public static var tableTopPitchAngleTolerance: Tag { Tag(rawValue: 0x300A004F) }
    /// (300A,0050) Table Top Roll Angle Tolerance, FL, VM 1
    public static var tableTopRollAngleTolerance: Tag { Tag(rawValue: 0x300A0050) }
    /// (300A,0051) Table Top Vertical Position Tolerance, DS, VM 1
    public static var tableTopVerticalPositionTolerance: Tag { Tag(rawValue: 0x300A0051) }
    /// (300A,0052) Table Top Longitudinal Position Tolerance, DS, VM 1
    public static var tableTopLongitudinalPositionTolerance: Tag { Tag(rawValue: 0x300A0052) }
    /// (300A,0053) Table Top Lateral Position Tolerance, DS, VM 1
    public static var tableTopLateralPositionTolerance: Tag { Tag(rawValue: 0x300A0053) }
    /// (300A,0054) Table Top Position Alignment UID, UI, VM 1
    public static var tableTopPositionAlignmentUID: Tag { Tag(rawValue: 0x300A0054) }
    /// (300A,0055) RT Plan Relationship, CS, VM 1
    public static var rtPlanRelationship: Tag { Tag(rawValue: 0x300A0055) }
    /// (300A,0070) Fraction Group Sequence, SQ, VM 1
    public static var fractionGroupSequence: Tag { Tag(rawValue: 0x300A0070) }
    /// (300A,0071) Fraction Group Number, IS, VM 1
    public static var fractionGroupNumber: Tag { Tag(rawValue: 0x300A0071) }
    /// (300A,0072) Fraction Group Description, LO, VM 1
    public static var fractionGroupDescription: Tag { Tag(rawValue: 0x300A0072) }
    /// (300A,0078) Number of Fractions Planned, IS, VM 1
    public static var numberOfFractionsPlanned: Tag { Tag(rawValue: 0x300A0078) }
    /// (300A,0079) Number of Fraction Pattern Digits Per Day, IS, VM 1
    public static var numberOfFractionPatternDigitsPerDay: Tag { Tag(rawValue: 0x300A0079) }
    /// (300A,007A) Repeat Fraction Cycle Length, IS, VM 1
    public static var repeatFractionCycleLength: Tag { Tag(rawValue: 0x300A007A) }
    /// (300A,007B) Fraction Pattern, LT, VM 1
    public static var fractionPattern: Tag { Tag(rawValue: 0x300A007B) }
    /// (300A,0080) Number of Beams, IS, VM 1
    public static var numberOfBeams: Tag { Tag(rawValue: 0x300A0080) }
    /// (300A,0082) Beam Dose Specification Point, DS, VM 3 (retired)
    public static var beamDoseSpecificationPoint: Tag { Tag(rawValue: 0x300A0082) }
    /// (300A,0083) Referenced Dose Reference UID, UI, VM 1
    public static var referencedDoseReferenceUID: Tag { Tag(rawValue: 0x300A0083) }
    /// (300A,0084) Beam Dose, DS, VM 1
    public static var beamDose: Tag { Tag(rawValue: 0x300A0084) }
    /// (300A,0086) Beam Meterset, DS, VM 1
    public static var beamMeterset: Tag { Tag(rawValue: 0x300A0086) }
    /// (300A,0088) Beam Dose Point Depth, FL, VM 1
    public static var beamDosePointDepth: Tag { Tag(rawValue: 0x300A0088) }
    /// (300A,0089) Beam Dose Point Equivalent Depth, FL, VM 1
    public static var beamDosePointEquivalentDepth: Tag { Tag(rawValue: 0x300A0089) }
    /// (300A,008A) Beam Dose Point SSD, FL, VM 1
    public static var beamDosePointSSD: Tag { Tag(rawValue: 0x300A008A) }
    /// (300A,008B) Beam Dose Meaning, CS, VM 1
    public static var beamDoseMeaning: Tag { Tag(rawValue: 0x300A008B) }
    /// (300A,008C) Beam Dose Verification Control Point Sequence, SQ, VM 1
    public static var beamDoseVerificationControlPointSequence: Tag { Tag(rawValue: 0x300A008C) }
    /// (300A,008D) Average Beam Dose Point Depth, FL, VM 1 (retired)
    public static var averageBeamDosePointDepth: Tag { Tag(rawValue: 0x300A008D) }
    /// (300A,008E) Average Beam Dose Point Equivalent Depth, FL, VM 1 (retired)
    public static var averageBeamDosePointEquivalentDepth: Tag { Tag(rawValue: 0x300A008E) }
    /// (300A,008F) Average Beam Dose Point SSD, FL, VM 1 (retired)
    public static var averageBeamDosePointSSD: Tag { Tag(rawValue: 0x300A008F) }
    /// (300A,0090) Beam Dose Type, CS, VM 1
    public static var beamDoseType: Tag { Tag(rawValue: 0x300A0090) }
    /// (300A,0091) Alternate Beam Dose, DS, VM 1
    public static var alternateBeamDose: Tag { Tag(rawValue: 0x300A0091) }
    /// (300A,0092) Alternate Beam Dose Type, CS, VM 1
    public static var alternateBeamDoseType: Tag { Tag(rawValue: 0x300A0092) }
    /// (300A,0093) Depth Value Averaging Flag, CS, VM 1
    public static var depthValueAveragingFlag: Tag { Tag(rawValue: 0x300A0093) }
    /// (300A,0094) Beam Dose Point Source to External Contour Distance, DS, VM 1
    public static var beamDosePointSourceToExternalContourDistance: Tag { Tag(rawValue: 0x300A0094) }
    /// (300A,00A0) Number of Brachy Application Setups, IS, VM 1
    public static var numberOfBrachyApplicationSetups: Tag { Tag(rawValue: 0x300A00A0) }
    /// (300A,00A2) Brachy Application Setup Dose Specification Point, DS, VM 3
    public static var brachyApplicationSetupDoseSpecificationPoint: Tag { Tag(rawValue: 0x300A00A2) }
    /// (300A,00A4) Brachy Application Setup Dose, DS, VM 1
    public static var brachyApplicationSetupDose: Tag { Tag(rawValue: 0x300A00A4) }
    /// (300A,00B0) Beam Sequence, SQ, VM 1
    public static var beamSequence: Tag { Tag(rawValue: 0x300A00B0) }
    /// (300A,00B2) Treatment Machine Name, SH, VM 1
    public static var treatmentMachineName: Tag { Tag(rawValue: 0x300A00B2) }
    /// (300A,00B3) Primary Dosimeter Unit, CS, VM 1
    public static var primaryDosimeterUnit: Tag { Tag(rawValue: 0x300A00B3) }
    /// (300A,00B4) Source-Axis Distance, DS, VM 1
    public static var sourceAxisDistance: Tag { Tag(rawValue: 0x300A00B4) }
    /// (300A,00B6) Beam Limiting Device Sequence, SQ, VM 1
    public static var beamLimitingDeviceSequence: Tag { Tag(rawValue: 0x300A00B6) }
    /// (300A,00B8) RT Beam Limiting Device Type, CS, VM 1
    public static var rtBeamLimitingDeviceType: Tag { Tag(rawValue: 0x300A00B8) }
    /// (300A,00BA) Source to Beam Limiting Device Distance, DS, VM 1
    public static var sourceToBeamLimitingDeviceDistance: Tag { Tag(rawValue: 0x300A00BA) }
    /// (300A,00BB) Isocenter to Beam Limiting Device Distance, FL, VM 1
    public static var isocenterToBeamLimitingDeviceDistance: Tag { Tag(rawValue: 0x300A00BB) }
    /// (300A,00BC) Number of Leaf/Jaw Pairs, IS, VM 1
    public static var numberOfLeafJawPairs: Tag { Tag(rawValue: 0x300A00BC) }
    /// (300A,00BE) Leaf Position Boundaries, DS, VM 3-n
    public static var leafPositionBoundaries: Tag { Tag(rawValue: 0x300A00BE) }
    /// (300A,00C0) Beam Number, IS, VM 1
    public static var beamNumber: Tag { Tag(rawValue: 0x300A00C0) }
    /// (300A,00C2) Beam Name, LO, VM 1
    public static var beamName: Tag { Tag(rawValue: 0x300A00C2) }
    /// (300A,00C3) Beam Description, ST, VM 1
    public static var beamDescription: Tag { Tag(rawValue: 0x300A00C3) }
    /// (300A,00C4) Beam Type, CS, VM 1
    public static var beamType: Tag { Tag(rawValue: 0x300A00C4) }
    /// (300A,00C5) Beam Delivery Duration Limit, FD, VM 1
    public static var beamDeliveryDurationLimit: Tag { Tag(rawValue: 0x300A00C5) }
    /// (300A,00C6) Radiation Type, CS, VM 1
    public static var radiationType: Tag { Tag(rawValue: 0x300A00C6) }
    /// (300A,00C7) High-Dose Technique Type, CS, VM 1
    public static var highDoseTechniqueType: Tag { Tag(rawValue: 0x300A00C7) }
    /// (300A,00C8) Reference Image Number, IS, VM 1
    public static var referenceImageNumber: Tag { Tag(rawValue: 0x300A00C8) }
    /// (300A,00CA) Planned Verification Image Sequence, SQ, VM 1
    public static var plannedVerificationImageSequence: Tag { Tag(rawValue: 0x300A00CA) }
    /// (300A,00CC) Imaging Device-Specific Acquisition Parameters, LO, VM 1-n
    public static var imagingDeviceSpecificAcquisitionParameters: Tag { Tag(rawValue: 0x300A00CC) }
    /// (300A,00CE) Treatment Delivery Type, CS, VM 1
    public static var treatmentDeliveryType: Tag { Tag(rawValue: 0x300A00CE) }
    /// (300A,00D0) Number of Wedges, IS, VM 1
    public static var numberOfWedges: Tag { Tag(rawValue: 0x300A00D0) }
    /// (300A,00D1) Wedge Sequence, SQ, VM 1
    public static var wedgeSequence: Tag { Tag(rawValue: 0x300A00D1) }
    /// (300A,00D2) Wedge Number, IS, VM 1
    public static var wedgeNumber: Tag { Tag(rawValue: 0x300A00D2) }
    /// (300A,00D3) Wedge Type, CS, VM 1
    public static var wedgeType: Tag { Tag(rawValue: 0x300A00D3) }
    /// (300A,00D4) Wedge ID, SH, VM 1
    public static var wedgeID: Tag { Tag(rawValue: 0x300A00D4) }
    /// (300A,00D5) Wedge Angle, IS, VM 1
    public static var wedgeAngle: Tag { Tag(rawValue: 0x300A00D5) }
    /// (300A,00D6) Wedge Factor, DS, VM 1
    public static var wedgeFactor: Tag { Tag(rawValue: 0x300A00D6) }
    /// (300A,00D7) Total Wedge Tray Water-Equivalent Thickness, FL, VM 1
    public static var totalWedgeTrayWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A00D7) }
    /// (300A,00D8) Wedge Orientation, DS, VM 1
    public static var wedgeOrientation: Tag { Tag(rawValue: 0x300A00D8) }
    /// (300A,00D9) Isocenter to Wedge Tray Distance, FL, VM 1
    public static var isocenterToWedgeTrayDistance: Tag { Tag(rawValue: 0x300A00D9) }
    /// (300A,00DA) Source to Wedge Tray Distance, DS, VM 1
    public static var sourceToWedgeTrayDistance: Tag { Tag(rawValue: 0x300A00DA) }
    /// (300A,00DB) Wedge Thin Edge Position, FL, VM 1
    public static var wedgeThinEdgePosition: Tag { Tag(rawValue: 0x300A00DB) }
    /// (300A,00DC) Bolus ID, SH, VM 1
    public static var bolusID: Tag { Tag(rawValue: 0x300A00DC) }
    /// (300A,00DD) Bolus Description, ST, VM 1
    public static var bolusDescription: Tag { Tag(rawValue: 0x300A00DD) }
    /// (300A,00DE) Effective Wedge Angle, DS, VM 1
    public static var effectiveWedgeAngle: Tag { Tag(rawValue: 0x300A00DE) }
    /// (300A,00E0) Number of Compensators, IS, VM 1
    public static var numberOfCompensators: Tag { Tag(rawValue: 0x300A00E0) }
    /// (300A,00E1) Material ID, SH, VM 1
    public static var materialID: Tag { Tag(rawValue: 0x300A00E1) }
    /// (300A,00E2) Total Compensator Tray Factor, DS, VM 1
    public static var totalCompensatorTrayFactor: Tag { Tag(rawValue: 0x300A00E2) }
    /// (300A,00E3) Compensator Sequence, SQ, VM 1
    public static var compensatorSequence: Tag { Tag(rawValue: 0x300A00E3) }
    /// (300A,00E4) Compensator Number, IS, VM 1
    public static var compensatorNumber: Tag { Tag(rawValue: 0x300A00E4) }
    /// (300A,00E5) Compensator ID, SH, VM 1
    public static var compensatorID: Tag { Tag(rawValue: 0x300A00E5) }
    /// (300A,00E6) Source to Compensator Tray Distance, DS, VM 1
    public static var sourceToCompensatorTrayDistance: Tag { Tag(rawValue: 0x300A00E6) }
    /// (300A,00E7) Compensator Rows, IS, VM 1
    public static var compensatorRows: Tag { Tag(rawValue: 0x300A00E7) }
    /// (300A,00E8) Compensator Columns, IS, VM 1
    public static var compensatorColumns: Tag { Tag(rawValue: 0x300A00E8) }
    /// (300A,00E9) Compensator Pixel Spacing, DS, VM 2
    public static var compensatorPixelSpacing: Tag { Tag(rawValue: 0x300A00E9) }
    /// (300A,00EA) Compensator Position, DS, VM 2
    public static var compensatorPosition: Tag { Tag(rawValue: 0x300A00EA) }
    /// (300A,00EB) Compensator Transmission Data, DS, VM 1-n
    public static var compensatorTransmissionData: Tag { Tag(rawValue: 0x300A00EB) }
    /// (300A,00EC) Compensator Thickness Data, DS, VM 1-n
    public static var compensatorThicknessData: Tag { Tag(rawValue: 0x300A00EC) }
    /// (300A,00ED) Number of Boli, IS, VM 1
    public static var numberOfBoli: Tag { Tag(rawValue: 0x300A00ED) }
    /// (300A,00EE) Compensator Type, CS, VM 1
    public static var compensatorType: Tag { Tag(rawValue: 0x300A00EE) }
    /// (300A,00EF) Compensator Tray ID, SH, VM 1
    public static var compensatorTrayID: Tag { Tag(rawValue: 0x300A00EF) }
    /// (300A,00F0) Number of Blocks, IS, VM 1
    public static var numberOfBlocks: Tag { Tag(rawValue: 0x300A00F0) }
    /// (300A,00F2) Total Block Tray Factor, DS, VM 1
    public static var totalBlockTrayFactor: Tag { Tag(rawValue: 0x300A00F2) }
    /// (300A,00F3) Total Block Tray Water-Equivalent Thickness, FL, VM 1
    public static var totalBlockTrayWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A00F3) }
    /// (300A,00F4) Block Sequence, SQ, VM 1
    public static var blockSequence: Tag { Tag(rawValue: 0x300A00F4) }
    /// (300A,00F5) Block Tray ID, SH, VM 1
    public static var blockTrayID: Tag { Tag(rawValue: 0x300A00F5) }
    /// (300A,00F6) Source to Block Tray Distance, DS, VM 1
    public static var sourceToBlockTrayDistance: Tag { Tag(rawValue: 0x300A00F6) }
    /// (300A,00F7) Isocenter to Block Tray Distance, FL, VM 1
    public static var isocenterToBlockTrayDistance: Tag { Tag(rawValue: 0x300A00F7) }
    /// (300A,00F8) Block Type, CS, VM 1
    public static var blockType: Tag { Tag(rawValue: 0x300A00F8) }
    /// (300A,00F9) Accessory Code, LO, VM 1
    public static var accessoryCode: Tag { Tag(rawValue: 0x300A00F9) }
    /// (300A,00FA) Block Divergence, CS, VM 1
    public static var blockDivergence: Tag { Tag(rawValue: 0x300A00FA) }
    /// (300A,00FB) Block Mounting Position, CS, VM 1
    public static var blockMountingPosition: Tag { Tag(rawValue: 0x300A00FB) }
    /// (300A,00FC) Block Number, IS, VM 1
    public static var blockNumber: Tag { Tag(rawValue: 0x300A00FC) }
    /// (300A,00FE) Block Name, LO, VM 1
    public static var blockName: Tag { Tag(rawValue: 0x300A00FE) }
    /// (300A,0100) Block Thickness, DS, VM 1
    public static var blockThickness: Tag { Tag(rawValue: 0x300A0100) }
    /// (300A,0102) Block Transmission, DS, VM 1
    public static var blockTransmission: Tag { Tag(rawValue: 0x300A0102) }
    /// (300A,0104) Block Number of Points, IS, VM 1
    public static var blockNumberOfPoints: Tag { Tag(rawValue: 0x300A0104) }
    /// (300A,0106) Block Data, DS, VM 2-2n
    public static var blockData: Tag { Tag(rawValue: 0x300A0106) }
    /// (300A,0107) Applicator Sequence, SQ, VM 1
    public static var applicatorSequence: Tag { Tag(rawValue: 0x300A0107) }
    /// (300A,0108) Applicator ID, SH, VM 1
    public static var applicatorID: Tag { Tag(rawValue: 0x300A0108) }
    /// (300A,0109) Applicator Type, CS, VM 1
    public static var applicatorType: Tag { Tag(rawValue: 0x300A0109) }
    /// (300A,010A) Applicator Description, LO, VM 1
    public static var applicatorDescription: Tag { Tag(rawValue: 0x300A010A) }
    /// (300A,010C) Cumulative Dose Reference Coefficient, DS, VM 1
    public static var cumulativeDoseReferenceCoefficient: Tag { Tag(rawValue: 0x300A010C) }
    /// (300A,010E) Final Cumulative Meterset Weight, DS, VM 1
    public static var finalCumulativeMetersetWeight: Tag { Tag(rawValue: 0x300A010E) }
    /// (300A,0110) Number of Control Points, IS, VM 1
    public static var numberOfControlPoints: Tag { Tag(rawValue: 0x300A0110) }
    /// (300A,0111) Control Point Sequence, SQ, VM 1
    public static var controlPointSequence: Tag { Tag(rawValue: 0x300A0111) }
    /// (300A,0112) Control Point Index, IS, VM 1
    public static var controlPointIndex: Tag { Tag(rawValue: 0x300A0112) }
    /// (300A,0114) Nominal Beam Energy, DS, VM 1
    public static var nominalBeamEnergy: Tag { Tag(rawValue: 0x300A0114) }
    /// (300A,0115) Dose Rate Set, DS, VM 1
    public static var doseRateSet: Tag { Tag(rawValue: 0x300A0115) }
    /// (300A,0116) Wedge Position Sequence, SQ, VM 1
    public static var wedgePositionSequence: Tag { Tag(rawValue: 0x300A0116) }
    /// (300A,0118) Wedge Position, CS, VM 1
    public static var wedgePosition: Tag { Tag(rawValue: 0x300A0118) }
    /// (300A,011A) Beam Limiting Device Position Sequence, SQ, VM 1
    public static var beamLimitingDevicePositionSequence: Tag { Tag(rawValue: 0x300A011A) }
    /// (300A,011C) Leaf/Jaw Positions, DS, VM 2-2n
    public static var leafJawPositions: Tag { Tag(rawValue: 0x300A011C) }
    /// (300A,011E) Gantry Angle, DS, VM 1
    public static var gantryAngle: Tag { Tag(rawValue: 0x300A011E) }
    /// (300A,011F) Gantry Rotation Direction, CS, VM 1
    public static var gantryRotationDirection: Tag { Tag(rawValue: 0x300A011F) }
    /// (300A,0120) Beam Limiting Device Angle, DS, VM 1
    public static var beamLimitingDeviceAngle: Tag { Tag(rawValue: 0x300A0120) }
    /// (300A,0121) Beam Limiting Device Rotation Direction, CS, VM 1
    public static var beamLimitingDeviceRotationDirection: Tag { Tag(rawValue: 0x300A0121) }
    /// (300A,0122) Patient Support Angle, DS, VM 1
    public static var patientSupportAngle: Tag { Tag(rawValue: 0x300A0122) }
    /// (300A,0123) Patient Support Rotation Direction, CS, VM 1
    public static var patientSupportRotationDirection: Tag { Tag(rawValue: 0x300A0123) }
    /// (300A,0124) Table Top Eccentric Axis Distance, DS, VM 1
    public static var tableTopEccentricAxisDistance: Tag { Tag(rawValue: 0x300A0124) }
    /// (300A,0125) Table Top Eccentric Angle, DS, VM 1
    public static var tableTopEccentricAngle: Tag { Tag(rawValue: 0x300A0125) }
    /// (300A,0126) Table Top Eccentric Rotation Direction, CS, VM 1
    public static var tableTopEccentricRotationDirection: Tag { Tag(rawValue: 0x300A0126) }
    /// (300A,0128) Table Top Vertical Position, DS, VM 1
    public static var tableTopVerticalPosition: Tag { Tag(rawValue: 0x300A0128) }
    /// (300A,0129) Table Top Longitudinal Position, DS, VM 1
    public static var tableTopLongitudinalPosition: Tag { Tag(rawValue: 0x300A0129) }
    /// (300A,012A) Table Top Lateral Position, DS, VM 1
    public static var tableTopLateralPosition: Tag { Tag(rawValue: 0x300A012A) }
    /// (300A,012C) Isocenter Position, DS, VM 3
    public static var isocenterPosition: Tag { Tag(rawValue: 0x300A012C) }
    /// (300A,012E) Surface Entry Point, DS, VM 3
    public static var surfaceEntryPoint: Tag { Tag(rawValue: 0x300A012E) }
    /// (300A,0130) Source to Surface Distance, DS, VM 1
    public static var sourceToSurfaceDistance: Tag { Tag(rawValue: 0x300A0130) }
    /// (300A,0131) Average Beam Dose Point Source to External Contour Distance, FL, VM 1
    public static var averageBeamDosePointSourceToExternalContourDistance: Tag { Tag(rawValue: 0x300A0131) }
    /// (300A,0132) Source to External Contour Distance, FL, VM 1
    public static var sourceToExternalContourDistance: Tag { Tag(rawValue: 0x300A0132) }
    /// (300A,0133) External Contour Entry Point, FL, VM 3
    public static var externalContourEntryPoint: Tag { Tag(rawValue: 0x300A0133) }
    /// (300A,0134) Cumulative Meterset Weight, DS, VM 1
    public static var cumulativeMetersetWeight: Tag { Tag(rawValue: 0x300A0134) }
    /// (300A,0140) Table Top Pitch Angle, FL, VM 1
    public static var tableTopPitchAngle: Tag { Tag(rawValue: 0x300A0140) }
    /// (300A,0142) Table Top Pitch Rotation Direction, CS, VM 1
    public static var tableTopPitchRotationDirection: Tag { Tag(rawValue: 0x300A0142) }
    /// (300A,0144) Table Top Roll Angle, FL, VM 1
    public static var tableTopRollAngle: Tag { Tag(rawValue: 0x300A0144) }
    /// (300A,0146) Table Top Roll Rotation Direction, CS, VM 1
    public static var tableTopRollRotationDirection: Tag { Tag(rawValue: 0x300A0146) }
    /// (300A,0148) Head Fixation Angle, FL, VM 1
    public static var headFixationAngle: Tag { Tag(rawValue: 0x300A0148) }
    /// (300A,014A) Gantry Pitch Angle, FL, VM 1
    public static var gantryPitchAngle: Tag { Tag(rawValue: 0x300A014A) }
    /// (300A,014C) Gantry Pitch Rotation Direction, CS, VM 1
    public static var gantryPitchRotationDirection: Tag { Tag(rawValue: 0x300A014C) }
    /// (300A,014E) Gantry Pitch Angle Tolerance, FL, VM 1
    public static var gantryPitchAngleTolerance: Tag { Tag(rawValue: 0x300A014E) }
    /// (300A,0150) Fixation Eye, CS, VM 1
    public static var fixationEye: Tag { Tag(rawValue: 0x300A0150) }
    /// (300A,0151) Chair Head Frame Position, DS, VM 1
    public static var chairHeadFramePosition: Tag { Tag(rawValue: 0x300A0151) }
    /// (300A,0152) Head Fixation Angle Tolerance, DS, VM 1
    public static var headFixationAngleTolerance: Tag { Tag(rawValue: 0x300A0152) }
    /// (300A,0153) Chair Head Frame Position Tolerance, DS, VM 1
    public static var chairHeadFramePositionTolerance: Tag { Tag(rawValue: 0x300A0153) }
    /// (300A,0154) Fixation Light Azimuthal Angle Tolerance, DS, VM 1
    public static var fixationLightAzimuthalAngleTolerance: Tag { Tag(rawValue: 0x300A0154) }
    /// (300A,0155) Fixation Light Polar Angle Tolerance, DS, VM 1
    public static var fixationLightPolarAngleTolerance: Tag { Tag(rawValue: 0x300A0155) }
    /// (300A,0180) Patient Setup Sequence, SQ, VM 1
    public static var patientSetupSequence: Tag { Tag(rawValue: 0x300A0180) }
    /// (300A,0182) Patient Setup Number, IS, VM 1
    public static var patientSetupNumber: Tag { Tag(rawValue: 0x300A0182) }
    /// (300A,0183) Patient Setup Label, LO, VM 1
    public static var patientSetupLabel: Tag { Tag(rawValue: 0x300A0183) }
    /// (300A,0184) Patient Additional Position, LO, VM 1
    public static var patientAdditionalPosition: Tag { Tag(rawValue: 0x300A0184) }
    /// (300A,0190) Fixation Device Sequence, SQ, VM 1
    public static var fixationDeviceSequence: Tag { Tag(rawValue: 0x300A0190) }
    /// (300A,0192) Fixation Device Type, CS, VM 1
    public static var fixationDeviceType: Tag { Tag(rawValue: 0x300A0192) }
    /// (300A,0194) Fixation Device Label, SH, VM 1
    public static var fixationDeviceLabel: Tag { Tag(rawValue: 0x300A0194) }
    /// (300A,0196) Fixation Device Description, ST, VM 1
    public static var fixationDeviceDescription: Tag { Tag(rawValue: 0x300A0196) }
    /// (300A,0198) Fixation Device Position, SH, VM 1
    public static var fixationDevicePosition: Tag { Tag(rawValue: 0x300A0198) }
    /// (300A,0199) Fixation Device Pitch Angle, FL, VM 1
    public static var fixationDevicePitchAngle: Tag { Tag(rawValue: 0x300A0199) }
    /// (300A,019A) Fixation Device Roll Angle, FL, VM 1
    public static var fixationDeviceRollAngle: Tag { Tag(rawValue: 0x300A019A) }
    /// (300A,01A0) Shielding Device Sequence, SQ, VM 1
    public static var shieldingDeviceSequence: Tag { Tag(rawValue: 0x300A01A0) }
    /// (300A,01A2) Shielding Device Type, CS, VM 1
    public static var shieldingDeviceType: Tag { Tag(rawValue: 0x300A01A2) }
    /// (300A,01A4) Shielding Device Label, SH, VM 1
    public static var shieldingDeviceLabel: Tag { Tag(rawValue: 0x300A01A4) }
    /// (300A,01A6) Shielding Device Description, ST, VM 1
    public static var shieldingDeviceDescription: Tag { Tag(rawValue: 0x300A01A6) }
    /// (300A,01A8) Shielding Device Position, SH, VM 1
    public static var shieldingDevicePosition: Tag { Tag(rawValue: 0x300A01A8) }
    /// (300A,01B0) Setup Technique, CS, VM 1
    public static var setupTechnique: Tag { Tag(rawValue: 0x300A01B0) }
    /// (300A,01B2) Setup Technique Description, ST, VM 1
    public static var setupTechniqueDescription: Tag { Tag(rawValue: 0x300A01B2) }
    /// (300A,01B4) Setup Device Sequence, SQ, VM 1
    public static var setupDeviceSequence: Tag { Tag(rawValue: 0x300A01B4) }
    /// (300A,01B6) Setup Device Type, CS, VM 1
    public static var setupDeviceType: Tag { Tag(rawValue: 0x300A01B6) }
    /// (300A,01B8) Setup Device Label, SH, VM 1
    public static var setupDeviceLabel: Tag { Tag(rawValue: 0x300A01B8) }
    /// (300A,01BA) Setup Device Description, ST, VM 1
    public static var setupDeviceDescription: Tag { Tag(rawValue: 0x300A01BA) }
    /// (300A,01BC) Setup Device Parameter, DS, VM 1
    public static var setupDeviceParameter: Tag { Tag(rawValue: 0x300A01BC) }
    /// (300A,01D0) Setup Reference Description, ST, VM 1
    public static var setupReferenceDescription: Tag { Tag(rawValue: 0x300A01D0) }
    /// (300A,01D2) Table Top Vertical Setup Displacement, DS, VM 1
    public static var tableTopVerticalSetupDisplacement: Tag { Tag(rawValue: 0x300A01D2) }
    /// (300A,01D4) Table Top Longitudinal Setup Displacement, DS, VM 1
    public static var tableTopLongitudinalSetupDisplacement: Tag { Tag(rawValue: 0x300A01D4) }
    /// (300A,01D6) Table Top Lateral Setup Displacement, DS, VM 1
    public static var tableTopLateralSetupDisplacement: Tag { Tag(rawValue: 0x300A01D6) }
    /// (300A,0200) Brachy Treatment Technique, CS, VM 1
    public static var brachyTreatmentTechnique: Tag { Tag(rawValue: 0x300A0200) }
    /// (300A,0202) Brachy Treatment Type, CS, VM 1
    public static var brachyTreatmentType: Tag { Tag(rawValue: 0x300A0202) }
    /// (300A,0206) Treatment Machine Sequence, SQ, VM 1
    public static var treatmentMachineSequence: Tag { Tag(rawValue: 0x300A0206) }
    /// (300A,0210) Source Sequence, SQ, VM 1
    public static var sourceSequence: Tag { Tag(rawValue: 0x300A0210) }
    /// (300A,0212) Source Number, IS, VM 1
    public static var sourceNumber: Tag { Tag(rawValue: 0x300A0212) }
    /// (300A,0214) Source Type, CS, VM 1
    public static var sourceType: Tag { Tag(rawValue: 0x300A0214) }
    /// (300A,0216) Source Manufacturer, LO, VM 1
    public static var sourceManufacturer: Tag { Tag(rawValue: 0x300A0216) }
    /// (300A,0218) Active Source Diameter, DS, VM 1
    public static var activeSourceDiameter: Tag { Tag(rawValue: 0x300A0218) }
    /// (300A,021A) Active Source Length, DS, VM 1
    public static var activeSourceLength: Tag { Tag(rawValue: 0x300A021A) }
    /// (300A,021B) Source Model ID, SH, VM 1
    public static var sourceModelID: Tag { Tag(rawValue: 0x300A021B) }
    /// (300A,021C) Source Description, LO, VM 1
    public static var sourceDescription: Tag { Tag(rawValue: 0x300A021C) }
    /// (300A,0222) Source Encapsulation Nominal Thickness, DS, VM 1
    public static var sourceEncapsulationNominalThickness: Tag { Tag(rawValue: 0x300A0222) }
    /// (300A,0224) Source Encapsulation Nominal Transmission, DS, VM 1
    public static var sourceEncapsulationNominalTransmission: Tag { Tag(rawValue: 0x300A0224) }
    /// (300A,0226) Source Isotope Name, LO, VM 1
    public static var sourceIsotopeName: Tag { Tag(rawValue: 0x300A0226) }
    /// (300A,0228) Source Isotope Half Life, DS, VM 1
    public static var sourceIsotopeHalfLife: Tag { Tag(rawValue: 0x300A0228) }
    /// (300A,0229) Source Strength Units, CS, VM 1
    public static var sourceStrengthUnits: Tag { Tag(rawValue: 0x300A0229) }
    /// (300A,022A) Reference Air Kerma Rate, DS, VM 1
    public static var referenceAirKermaRate: Tag { Tag(rawValue: 0x300A022A) }
    /// (300A,022B) Source Strength, DS, VM 1
    public static var sourceStrength: Tag { Tag(rawValue: 0x300A022B) }
    /// (300A,022C) Source Strength Reference Date, DA, VM 1
    public static var sourceStrengthReferenceDate: Tag { Tag(rawValue: 0x300A022C) }
    /// (300A,022E) Source Strength Reference Time, TM, VM 1
    public static var sourceStrengthReferenceTime: Tag { Tag(rawValue: 0x300A022E) }
    /// (300A,0230) Application Setup Sequence, SQ, VM 1
    public static var applicationSetupSequence: Tag { Tag(rawValue: 0x300A0230) }
    /// (300A,0232) Application Setup Type, CS, VM 1
    public static var applicationSetupType: Tag { Tag(rawValue: 0x300A0232) }
    /// (300A,0234) Application Setup Number, IS, VM 1
    public static var applicationSetupNumber: Tag { Tag(rawValue: 0x300A0234) }
    /// (300A,0236) Application Setup Name, LO, VM 1
    public static var applicationSetupName: Tag { Tag(rawValue: 0x300A0236) }
    /// (300A,0238) Application Setup Manufacturer, LO, VM 1
    public static var applicationSetupManufacturer: Tag { Tag(rawValue: 0x300A0238) }
    /// (300A,0240) Template Number, IS, VM 1
    public static var templateNumber: Tag { Tag(rawValue: 0x300A0240) }
    /// (300A,0242) Template Type, SH, VM 1
    public static var templateType: Tag { Tag(rawValue: 0x300A0242) }
    /// (300A,0244) Template Name, LO, VM 1
    public static var templateName: Tag { Tag(rawValue: 0x300A0244) }
    /// (300A,0250) Total Reference Air Kerma, DS, VM 1
    public static var totalReferenceAirKerma: Tag { Tag(rawValue: 0x300A0250) }
    /// (300A,0260) Brachy Accessory Device Sequence, SQ, VM 1
    public static var brachyAccessoryDeviceSequence: Tag { Tag(rawValue: 0x300A0260) }
    /// (300A,0262) Brachy Accessory Device Number, IS, VM 1
    public static var brachyAccessoryDeviceNumber: Tag { Tag(rawValue: 0x300A0262) }
    /// (300A,0263) Brachy Accessory Device ID, SH, VM 1
    public static var brachyAccessoryDeviceID: Tag { Tag(rawValue: 0x300A0263) }
    /// (300A,0264) Brachy Accessory Device Type, CS, VM 1
    public static var brachyAccessoryDeviceType: Tag { Tag(rawValue: 0x300A0264) }
    /// (300A,0266) Brachy Accessory Device Name, LO, VM 1
    public static var brachyAccessoryDeviceName: Tag { Tag(rawValue: 0x300A0266) }
    /// (300A,026A) Brachy Accessory Device Nominal Thickness, DS, VM 1
    public static var brachyAccessoryDeviceNominalThickness: Tag { Tag(rawValue: 0x300A026A) }
    /// (300A,026C) Brachy Accessory Device Nominal Transmission, DS, VM 1
    public static var brachyAccessoryDeviceNominalTransmission: Tag { Tag(rawValue: 0x300A026C) }
    /// (300A,0271) Channel Effective Length, DS, VM 1
    public static var channelEffectiveLength: Tag { Tag(rawValue: 0x300A0271) }
    /// (300A,0272) Channel Inner Length, DS, VM 1
    public static var channelInnerLength: Tag { Tag(rawValue: 0x300A0272) }
    /// (300A,0273) Afterloader Channel ID, SH, VM 1
    public static var afterloaderChannelID: Tag { Tag(rawValue: 0x300A0273) }
    /// (300A,0274) Source Applicator Tip Length, DS, VM 1
    public static var sourceApplicatorTipLength: Tag { Tag(rawValue: 0x300A0274) }
    /// (300A,0280) Channel Sequence, SQ, VM 1
    public static var channelSequence: Tag { Tag(rawValue: 0x300A0280) }
    /// (300A,0282) Channel Number, IS, VM 1
    public static var channelNumber: Tag { Tag(rawValue: 0x300A0282) }
    /// (300A,0284) Channel Length, DS, VM 1
    public static var channelLength: Tag { Tag(rawValue: 0x300A0284) }
    /// (300A,0286) Channel Total Time, DS, VM 1
    public static var channelTotalTime: Tag { Tag(rawValue: 0x300A0286) }
    /// (300A,0288) Source Movement Type, CS, VM 1
    public static var sourceMovementType: Tag { Tag(rawValue: 0x300A0288) }
    /// (300A,028A) Number of Pulses, IS, VM 1
    public static var numberOfPulses: Tag { Tag(rawValue: 0x300A028A) }
    /// (300A,028C) Pulse Repetition Interval, DS, VM 1
    public static var pulseRepetitionInterval: Tag { Tag(rawValue: 0x300A028C) }
    /// (300A,0290) Source Applicator Number, IS, VM 1
    public static var sourceApplicatorNumber: Tag { Tag(rawValue: 0x300A0290) }
    /// (300A,0291) Source Applicator ID, SH, VM 1
    public static var sourceApplicatorID: Tag { Tag(rawValue: 0x300A0291) }
    /// (300A,0292) Source Applicator Type, CS, VM 1
    public static var sourceApplicatorType: Tag { Tag(rawValue: 0x300A0292) }
    /// (300A,0294) Source Applicator Name, LO, VM 1
    public static var sourceApplicatorName: Tag { Tag(rawValue: 0x300A0294) }
    /// (300A,0296) Source Applicator Length, DS, VM 1
    public static var sourceApplicatorLength: Tag { Tag(rawValue: 0x300A0296) }
    /// (300A,0298) Source Applicator Manufacturer, LO, VM 1
    public static var sourceApplicatorManufacturer: Tag { Tag(rawValue: 0x300A0298) }
    /// (300A,029C) Source Applicator Wall Nominal Thickness, DS, VM 1
    public static var sourceApplicatorWallNominalThickness: Tag { Tag(rawValue: 0x300A029C) }
    /// (300A,029E) Source Applicator Wall Nominal Transmission, DS, VM 1
    public static var sourceApplicatorWallNominalTransmission: Tag { Tag(rawValue: 0x300A029E) }
    /// (300A,02A0) Source Applicator Step Size, DS, VM 1
    public static var sourceApplicatorStepSize: Tag { Tag(rawValue: 0x300A02A0) }
    /// (300A,02A1) Applicator Shape Referenced ROI Number, IS, VM 1
    public static var applicatorShapeReferencedROINumber: Tag { Tag(rawValue: 0x300A02A1) }
    /// (300A,02A2) Transfer Tube Number, IS, VM 1
    public static var transferTubeNumber: Tag { Tag(rawValue: 0x300A02A2) }
    /// (300A,02A4) Transfer Tube Length, DS, VM 1
    public static var transferTubeLength: Tag { Tag(rawValue: 0x300A02A4) }
    /// (300A,02B0) Channel Shield Sequence, SQ, VM 1
    public static var channelShieldSequence: Tag { Tag(rawValue: 0x300A02B0) }
    /// (300A,02B2) Channel Shield Number, IS, VM 1
    public static var channelShieldNumber: Tag { Tag(rawValue: 0x300A02B2) }
    /// (300A,02B3) Channel Shield ID, SH, VM 1
    public static var channelShieldID: Tag { Tag(rawValue: 0x300A02B3) }
    /// (300A,02B4) Channel Shield Name, LO, VM 1
    public static var channelShieldName: Tag { Tag(rawValue: 0x300A02B4) }
    /// (300A,02B8) Channel Shield Nominal Thickness, DS, VM 1
    public static var channelShieldNominalThickness: Tag { Tag(rawValue: 0x300A02B8) }
    /// (300A,02BA) Channel Shield Nominal Transmission, DS, VM 1
    public static var channelShieldNominalTransmission: Tag { Tag(rawValue: 0x300A02BA) }
    /// (300A,02C8) Final Cumulative Time Weight, DS, VM 1
    public static var finalCumulativeTimeWeight: Tag { Tag(rawValue: 0x300A02C8) }
    /// (300A,02D0) Brachy Control Point Sequence, SQ, VM 1
    public static var brachyControlPointSequence: Tag { Tag(rawValue: 0x300A02D0) }
    /// (300A,02D2) Control Point Relative Position, DS, VM 1
    public static var controlPointRelativePosition: Tag { Tag(rawValue: 0x300A02D2) }
    /// (300A,02D4) Control Point 3D Position, DS, VM 3
    public static var controlPoint3DPosition: Tag { Tag(rawValue: 0x300A02D4) }
    /// (300A,02D6) Cumulative Time Weight, DS, VM 1
    public static var cumulativeTimeWeight: Tag { Tag(rawValue: 0x300A02D6) }
    /// (300A,02E0) Compensator Divergence, CS, VM 1
    public static var compensatorDivergence: Tag { Tag(rawValue: 0x300A02E0) }
    /// (300A,02E1) Compensator Mounting Position, CS, VM 1
    public static var compensatorMountingPosition: Tag { Tag(rawValue: 0x300A02E1) }
    /// (300A,02E2) Source to Compensator Distance, DS, VM 1-n
    public static var sourceToCompensatorDistance: Tag { Tag(rawValue: 0x300A02E2) }
    /// (300A,02E3) Total Compensator Tray Water-Equivalent Thickness, FL, VM 1
    public static var totalCompensatorTrayWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A02E3) }
    /// (300A,02E4) Isocenter to Compensator Tray Distance, FL, VM 1
    public static var isocenterToCompensatorTrayDistance: Tag { Tag(rawValue: 0x300A02E4) }
    /// (300A,02E5) Compensator Column Offset, FL, VM 1
    public static var compensatorColumnOffset: Tag { Tag(rawValue: 0x300A02E5) }
    /// (300A,02E6) Isocenter to Compensator Distances, FL, VM 1-n
    public static var isocenterToCompensatorDistances: Tag { Tag(rawValue: 0x300A02E6) }
    /// (300A,02E7) Compensator Relative Stopping Power Ratio, FL, VM 1
    public static var compensatorRelativeStoppingPowerRatio: Tag { Tag(rawValue: 0x300A02E7) }
    /// (300A,02E8) Compensator Milling Tool Diameter, FL, VM 1
    public static var compensatorMillingToolDiameter: Tag { Tag(rawValue: 0x300A02E8) }
    /// (300A,02EA) Ion Range Compensator Sequence, SQ, VM 1
    public static var ionRangeCompensatorSequence: Tag { Tag(rawValue: 0x300A02EA) }
    /// (300A,02EB) Compensator Description, LT, VM 1
    public static var compensatorDescription: Tag { Tag(rawValue: 0x300A02EB) }
    /// (300A,0302) Radiation Mass Number, IS, VM 1
    public static var radiationMassNumber: Tag { Tag(rawValue: 0x300A0302) }
    /// (300A,0304) Radiation Atomic Number, IS, VM 1
    public static var radiationAtomicNumber: Tag { Tag(rawValue: 0x300A0304) }
    /// (300A,0306) Radiation Charge State, SS, VM 1
    public static var radiationChargeState: Tag { Tag(rawValue: 0x300A0306) }
    /// (300A,0308) Scan Mode, CS, VM 1
    public static var scanMode: Tag { Tag(rawValue: 0x300A0308) }
    /// (300A,0309) Modulated Scan Mode Type, CS, VM 1
    public static var modulatedScanModeType: Tag { Tag(rawValue: 0x300A0309) }
    /// (300A,030A) Virtual Source-Axis Distances, FL, VM 2
    public static var virtualSourceAxisDistances: Tag { Tag(rawValue: 0x300A030A) }
    /// (300A,030C) Snout Sequence, SQ, VM 1
    public static var snoutSequence: Tag { Tag(rawValue: 0x300A030C) }
    /// (300A,030D) Snout Position, FL, VM 1
    public static var snoutPosition: Tag { Tag(rawValue: 0x300A030D) }
    /// (300A,030F) Snout ID, SH, VM 1
    public static var snoutID: Tag { Tag(rawValue: 0x300A030F) }
    /// (300A,0312) Number of Range Shifters, IS, VM 1
    public static var numberOfRangeShifters: Tag { Tag(rawValue: 0x300A0312) }
    /// (300A,0314) Range Shifter Sequence, SQ, VM 1
    public static var rangeShifterSequence: Tag { Tag(rawValue: 0x300A0314) }
    /// (300A,0316) Range Shifter Number, IS, VM 1
    public static var rangeShifterNumber: Tag { Tag(rawValue: 0x300A0316) }
    /// (300A,0318) Range Shifter ID, SH, VM 1
    public static var rangeShifterID: Tag { Tag(rawValue: 0x300A0318) }
    /// (300A,0320) Range Shifter Type, CS, VM 1
    public static var rangeShifterType: Tag { Tag(rawValue: 0x300A0320) }
    /// (300A,0322) Range Shifter Description, LO, VM 1
    public static var rangeShifterDescription: Tag { Tag(rawValue: 0x300A0322) }
    /// (300A,0330) Number of Lateral Spreading Devices, IS, VM 1
    public static var numberOfLateralSpreadingDevices: Tag { Tag(rawValue: 0x300A0330) }
    /// (300A,0332) Lateral Spreading Device Sequence, SQ, VM 1
    public static var lateralSpreadingDeviceSequence: Tag { Tag(rawValue: 0x300A0332) }
    /// (300A,0334) Lateral Spreading Device Number, IS, VM 1
    public static var lateralSpreadingDeviceNumber: Tag { Tag(rawValue: 0x300A0334) }
    /// (300A,0336) Lateral Spreading Device ID, SH, VM 1
    public static var lateralSpreadingDeviceID: Tag { Tag(rawValue: 0x300A0336) }
    /// (300A,0338) Lateral Spreading Device Type, CS, VM 1
    public static var lateralSpreadingDeviceType: Tag { Tag(rawValue: 0x300A0338) }
    /// (300A,033A) Lateral Spreading Device Description, LO, VM 1
    public static var lateralSpreadingDeviceDescription: Tag { Tag(rawValue: 0x300A033A) }
    /// (300A,033C) Lateral Spreading Device Water Equivalent Thickness, FL, VM 1
    public static var lateralSpreadingDeviceWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A033C) }
    /// (300A,0340) Number of Range Modulators, IS, VM 1
    public static var numberOfRangeModulators: Tag { Tag(rawValue: 0x300A0340) }
    /// (300A,0342) Range Modulator Sequence, SQ, VM 1
    public static var rangeModulatorSequence: Tag { Tag(rawValue: 0x300A0342) }
    /// (300A,0344) Range Modulator Number, IS, VM 1
    public static var rangeModulatorNumber: Tag { Tag(rawValue: 0x300A0344) }
    /// (300A,0346) Range Modulator ID, SH, VM 1
    public static var rangeModulatorID: Tag { Tag(rawValue: 0x300A0346) }
    /// (300A,0348) Range Modulator Type, CS, VM 1
    public static var rangeModulatorType: Tag { Tag(rawValue: 0x300A0348) }
    /// (300A,034A) Range Modulator Description, LO, VM 1
    public static var rangeModulatorDescription: Tag { Tag(rawValue: 0x300A034A) }
    /// (300A,034C) Beam Current Modulation ID, SH, VM 1
    public static var beamCurrentModulationID: Tag { Tag(rawValue: 0x300A034C) }
    /// (300A,0350) Patient Support Type, CS, VM 1
    public static var patientSupportType: Tag { Tag(rawValue: 0x300A0350) }
    /// (300A,0352) Patient Support ID, SH, VM 1
    public static var patientSupportID: Tag { Tag(rawValue: 0x300A0352) }
    /// (300A,0354) Patient Support Accessory Code, LO, VM 1
    public static var patientSupportAccessoryCode: Tag { Tag(rawValue: 0x300A0354) }
    /// (300A,0355) Tray Accessory Code, LO, VM 1
    public static var trayAccessoryCode: Tag { Tag(rawValue: 0x300A0355) }
    /// (300A,0356) Fixation Light Azimuthal Angle, FL, VM 1
    public static var fixationLightAzimuthalAngle: Tag { Tag(rawValue: 0x300A0356) }
    /// (300A,0358) Fixation Light Polar Angle, FL, VM 1
    public static var fixationLightPolarAngle: Tag { Tag(rawValue: 0x300A0358) }
    /// (300A,035A) Meterset Rate, FL, VM 1
    public static var metersetRate: Tag { Tag(rawValue: 0x300A035A) }
    /// (300A,0360) Range Shifter Settings Sequence, SQ, VM 1
    public static var rangeShifterSettingsSequence: Tag { Tag(rawValue: 0x300A0360) }
    /// (300A,0362) Range Shifter Setting, LO, VM 1
    public static var rangeShifterSetting: Tag { Tag(rawValue: 0x300A0362) }
    /// (300A,0364) Isocenter to Range Shifter Distance, FL, VM 1
    public static var isocenterToRangeShifterDistance: Tag { Tag(rawValue: 0x300A0364) }
    /// (300A,0366) Range Shifter Water Equivalent Thickness, FL, VM 1
    public static var rangeShifterWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A0366) }
    /// (300A,0370) Lateral Spreading Device Settings Sequence, SQ, VM 1
    public static var lateralSpreadingDeviceSettingsSequence: Tag { Tag(rawValue: 0x300A0370) }
    /// (300A,0372) Lateral Spreading Device Setting, LO, VM 1
    public static var lateralSpreadingDeviceSetting: Tag { Tag(rawValue: 0x300A0372) }
    /// (300A,0374) Isocenter to Lateral Spreading Device Distance, FL, VM 1
    public static var isocenterToLateralSpreadingDeviceDistance: Tag { Tag(rawValue: 0x300A0374) }
    /// (300A,0380) Range Modulator Settings Sequence, SQ, VM 1
    public static var rangeModulatorSettingsSequence: Tag { Tag(rawValue: 0x300A0380) }
    /// (300A,0382) Range Modulator Gating Start Value, FL, VM 1
    public static var rangeModulatorGatingStartValue: Tag { Tag(rawValue: 0x300A0382) }
    /// (300A,0384) Range Modulator Gating Stop Value, FL, VM 1
    public static var rangeModulatorGatingStopValue: Tag { Tag(rawValue: 0x300A0384) }
    /// (300A,0386) Range Modulator Gating Start Water Equivalent Thickness, FL, VM 1
    public static var rangeModulatorGatingStartWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A0386) }
    /// (300A,0388) Range Modulator Gating Stop Water Equivalent Thickness, FL, VM 1
    public static var rangeModulatorGatingStopWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A0388) }
    /// (300A,038A) Isocenter to Range Modulator Distance, FL, VM 1
    public static var isocenterToRangeModulatorDistance: Tag { Tag(rawValue: 0x300A038A) }
    /// (300A,038F) Scan Spot Time Offset, FL, VM 1-n
    public static var scanSpotTimeOffset: Tag { Tag(rawValue: 0x300A038F) }
    /// (300A,0390) Scan Spot Tune ID, SH, VM 1
    public static var scanSpotTuneID: Tag { Tag(rawValue: 0x300A0390) }
    /// (300A,0391) Scan Spot Prescribed Indices, IS, VM 1-n
    public static var scanSpotPrescribedIndices: Tag { Tag(rawValue: 0x300A0391) }
    /// (300A,0392) Number of Scan Spot Positions, IS, VM 1
    public static var numberOfScanSpotPositions: Tag { Tag(rawValue: 0x300A0392) }
    /// (300A,0393) Scan Spot Reordered, CS, VM 1
    public static var scanSpotReordered: Tag { Tag(rawValue: 0x300A0393) }
    /// (300A,0394) Scan Spot Position Map, FL, VM 1-n
    public static var scanSpotPositionMap: Tag { Tag(rawValue: 0x300A0394) }
    /// (300A,0395) Scan Spot Reordering Allowed, CS, VM 1
    public static var scanSpotReorderingAllowed: Tag { Tag(rawValue: 0x300A0395) }
    /// (300A,0396) Scan Spot Meterset Weights, FL, VM 1-n
    public static var scanSpotMetersetWeights: Tag { Tag(rawValue: 0x300A0396) }
    /// (300A,0398) Scanning Spot Size, FL, VM 2
    public static var scanningSpotSize: Tag { Tag(rawValue: 0x300A0398) }
    /// (300A,0399) Scan Spot Sizes Delivered, FL, VM 2-2n
    public static var scanSpotSizesDelivered: Tag { Tag(rawValue: 0x300A0399) }
    /// (300A,039A) Number of Paintings, IS, VM 1
    public static var numberOfPaintings: Tag { Tag(rawValue: 0x300A039A) }
    /// (300A,03A0) Ion Tolerance Table Sequence, SQ, VM 1
    public static var ionToleranceTableSequence: Tag { Tag(rawValue: 0x300A03A0) }
    /// (300A,03A2) Ion Beam Sequence, SQ, VM 1
    public static var ionBeamSequence: Tag { Tag(rawValue: 0x300A03A2) }
    /// (300A,03A4) Ion Beam Limiting Device Sequence, SQ, VM 1
    public static var ionBeamLimitingDeviceSequence: Tag { Tag(rawValue: 0x300A03A4) }
    /// (300A,03A6) Ion Block Sequence, SQ, VM 1
    public static var ionBlockSequence: Tag { Tag(rawValue: 0x300A03A6) }
    /// (300A,03A8) Ion Control Point Sequence, SQ, VM 1
    public static var ionControlPointSequence: Tag { Tag(rawValue: 0x300A03A8) }
    /// (300A,03AA) Ion Wedge Sequence, SQ, VM 1
    public static var ionWedgeSequence: Tag { Tag(rawValue: 0x300A03AA) }
    /// (300A,03AC) Ion Wedge Position Sequence, SQ, VM 1
    public static var ionWedgePositionSequence: Tag { Tag(rawValue: 0x300A03AC) }
    /// (300A,0401) Referenced Setup Image Sequence, SQ, VM 1
    public static var referencedSetupImageSequence: Tag { Tag(rawValue: 0x300A0401) }
    /// (300A,0402) Setup Image Comment, ST, VM 1
    public static var setupImageComment: Tag { Tag(rawValue: 0x300A0402) }
    /// (300A,0410) Motion Synchronization Sequence, SQ, VM 1
    public static var motionSynchronizationSequence: Tag { Tag(rawValue: 0x300A0410) }
    /// (300A,0412) Control Point Orientation, FL, VM 3
    public static var controlPointOrientation: Tag { Tag(rawValue: 0x300A0412) }
    /// (300A,0420) General Accessory Sequence, SQ, VM 1
    public static var generalAccessorySequence: Tag { Tag(rawValue: 0x300A0420) }
    /// (300A,0421) General Accessory ID, SH, VM 1
    public static var generalAccessoryID: Tag { Tag(rawValue: 0x300A0421) }
    /// (300A,0422) General Accessory Description, ST, VM 1
    public static var generalAccessoryDescription: Tag { Tag(rawValue: 0x300A0422) }
    /// (300A,0423) General Accessory Type, CS, VM 1
    public static var generalAccessoryType: Tag { Tag(rawValue: 0x300A0423) }
    /// (300A,0424) General Accessory Number, IS, VM 1
    public static var generalAccessoryNumber: Tag { Tag(rawValue: 0x300A0424) }
    /// (300A,0425) Source to General Accessory Distance, FL, VM 1
    public static var sourceToGeneralAccessoryDistance: Tag { Tag(rawValue: 0x300A0425) }
    /// (300A,0426) Isocenter to General Accessory Distance, DS, VM 1
    public static var isocenterToGeneralAccessoryDistance: Tag { Tag(rawValue: 0x300A0426) }
    /// (300A,0431) Applicator Geometry Sequence, SQ, VM 1
    public static var applicatorGeometrySequence: Tag { Tag(rawValue: 0x300A0431) }
    /// (300A,0432) Applicator Aperture Shape, CS, VM 1
    public static var applicatorApertureShape: Tag { Tag(rawValue: 0x300A0432) }
    /// (300A,0433) Applicator Opening, FL, VM 1
    public static var applicatorOpening: Tag { Tag(rawValue: 0x300A0433) }
    /// (300A,0434) Applicator Opening X, FL, VM 1
    public static var applicatorOpeningX: Tag { Tag(rawValue: 0x300A0434) }
    /// (300A,0435) Applicator Opening Y, FL, VM 1
    public static var applicatorOpeningY: Tag { Tag(rawValue: 0x300A0435) }
    /// (300A,0436) Source to Applicator Mounting Position Distance, FL, VM 1
    public static var sourceToApplicatorMountingPositionDistance: Tag { Tag(rawValue: 0x300A0436) }
    /// (300A,0440) Number of Block Slab Items, IS, VM 1
    public static var numberOfBlockSlabItems: Tag { Tag(rawValue: 0x300A0440) }
    /// (300A,0441) Block Slab Sequence, SQ, VM 1
    public static var blockSlabSequence: Tag { Tag(rawValue: 0x300A0441) }
    /// (300A,0442) Block Slab Thickness, DS, VM 1
    public static var blockSlabThickness: Tag { Tag(rawValue: 0x300A0442) }
    /// (300A,0443) Block Slab Number, US, VM 1
    public static var blockSlabNumber: Tag { Tag(rawValue: 0x300A0443) }
    /// (300A,0450) Device Motion Control Sequence, SQ, VM 1
    public static var deviceMotionControlSequence: Tag { Tag(rawValue: 0x300A0450) }
    /// (300A,0451) Device Motion Execution Mode, CS, VM 1
    public static var deviceMotionExecutionMode: Tag { Tag(rawValue: 0x300A0451) }
    /// (300A,0452) Device Motion Observation Mode, CS, VM 1
    public static var deviceMotionObservationMode: Tag { Tag(rawValue: 0x300A0452) }
    /// (300A,0453) Device Motion Parameter Code Sequence, SQ, VM 1
    public static var deviceMotionParameterCodeSequence: Tag { Tag(rawValue: 0x300A0453) }
    /// (300A,0501) Distal Depth Fraction, FL, VM 1
    public static var distalDepthFraction: Tag { Tag(rawValue: 0x300A0501) }
    /// (300A,0502) Distal Depth, FL, VM 1
    public static var distalDepth: Tag { Tag(rawValue: 0x300A0502) }
    /// (300A,0503) Nominal Range Modulation Fractions, FL, VM 2
    public static var nominalRangeModulationFractions: Tag { Tag(rawValue: 0x300A0503) }
    /// (300A,0504) Nominal Range Modulated Region Depths, FL, VM 2
    public static var nominalRangeModulatedRegionDepths: Tag { Tag(rawValue: 0x300A0504) }
    /// (300A,0505) Depth Dose Parameters Sequence, SQ, VM 1
    public static var depthDoseParametersSequence: Tag { Tag(rawValue: 0x300A0505) }
    /// (300A,0506) Delivered Depth Dose Parameters Sequence, SQ, VM 1
    public static var deliveredDepthDoseParametersSequence: Tag { Tag(rawValue: 0x300A0506) }
    /// (300A,0507) Delivered Distal Depth Fraction, FL, VM 1
    public static var deliveredDistalDepthFraction: Tag { Tag(rawValue: 0x300A0507) }
    /// (300A,0508) Delivered Distal Depth, FL, VM 1
    public static var deliveredDistalDepth: Tag { Tag(rawValue: 0x300A0508) }
    /// (300A,0509) Delivered Nominal Range Modulation Fractions, FL, VM 2
    public static var deliveredNominalRangeModulationFractions: Tag { Tag(rawValue: 0x300A0509) }
    /// (300A,0510) Delivered Nominal Range Modulated Region Depths, FL, VM 2
    public static var deliveredNominalRangeModulatedRegionDepths: Tag { Tag(rawValue: 0x300A0510) }
    /// (300A,0511) Delivered Reference Dose Definition, CS, VM 1
    public static var deliveredReferenceDoseDefinition: Tag { Tag(rawValue: 0x300A0511) }
    /// (300A,0512) Reference Dose Definition, CS, VM 1
    public static var referenceDoseDefinition: Tag { Tag(rawValue: 0x300A0512) }
    /// (300A,0600) RT Control Point Index, US, VM 1
    public static var rtControlPointIndex: Tag { Tag(rawValue: 0x300A0600) }
    /// (300A,0601) Radiation Generation Mode Index, US, VM 1
    public static var radiationGenerationModeIndex: Tag { Tag(rawValue: 0x300A0601) }
    /// (300A,0602) Referenced Defined Device Index, US, VM 1
    public static var referencedDefinedDeviceIndex: Tag { Tag(rawValue: 0x300A0602) }
    /// (300A,0603) Radiation Dose Identification Index, US, VM 1
    public static var radiationDoseIdentificationIndex: Tag { Tag(rawValue: 0x300A0603) }
    /// (300A,0604) Number of RT Control Points, US, VM 1
    public static var numberOfRTControlPoints: Tag { Tag(rawValue: 0x300A0604) }
    /// (300A,0605) Referenced Radiation Generation Mode Index, US, VM 1
    public static var referencedRadiationGenerationModeIndex: Tag { Tag(rawValue: 0x300A0605) }
    /// (300A,0606) Treatment Position Index, US, VM 1
    public static var treatmentPositionIndex: Tag { Tag(rawValue: 0x300A0606) }
    /// (300A,0607) Referenced Device Index, US, VM 1
    public static var referencedDeviceIndex: Tag { Tag(rawValue: 0x300A0607) }
    /// (300A,0608) Treatment Position Group Label, LO, VM 1
    public static var treatmentPositionGroupLabel: Tag { Tag(rawValue: 0x300A0608) }
    /// (300A,0609) Treatment Position Group UID, UI, VM 1
    public static var treatmentPositionGroupUID: Tag { Tag(rawValue: 0x300A0609) }
    /// (300A,060A) Treatment Position Group Sequence, SQ, VM 1
    public static var treatmentPositionGroupSequence: Tag { Tag(rawValue: 0x300A060A) }
    /// (300A,060B) Referenced Treatment Position Index, US, VM 1
    public static var referencedTreatmentPositionIndex: Tag { Tag(rawValue: 0x300A060B) }
    /// (300A,060C) Referenced Radiation Dose Identification Index, US, VM 1
    public static var referencedRadiationDoseIdentificationIndex: Tag { Tag(rawValue: 0x300A060C) }
    /// (300A,060D) RT Accessory Holder Water-Equivalent Thickness, FD, VM 1
    public static var rtAccessoryHolderWaterEquivalentThickness: Tag { Tag(rawValue: 0x300A060D) }
    /// (300A,060E) Referenced RT Accessory Holder Device Index, US, VM 1
    public static var referencedRTAccessoryHolderDeviceIndex: Tag { Tag(rawValue: 0x300A060E) }
    /// (300A,060F) RT Accessory Holder Slot Existence Flag, CS, VM 1
    public static var rtAccessoryHolderSlotExistenceFlag: Tag { Tag(rawValue: 0x300A060F) }
    /// (300A,0610) RT Accessory Holder Slot Sequence, SQ, VM 1
    public static var rtAccessoryHolderSlotSequence: Tag { Tag(rawValue: 0x300A0610) }
    /// (300A,0611) RT Accessory Holder Slot ID, LO, VM 1
    public static var rtAccessoryHolderSlotID: Tag { Tag(rawValue: 0x300A0611) }
    /// (300A,0612) RT Accessory Holder Slot Distance, FD, VM 1
    public static var rtAccessoryHolderSlotDistance: Tag { Tag(rawValue: 0x300A0612) }
    /// (300A,0613) RT Accessory Slot Distance, FD, VM 1
    public static var rtAccessorySlotDistance: Tag { Tag(rawValue: 0x300A0613) }
    /// (300A,0614) RT Accessory Holder Definition Sequence, SQ, VM 1
    public static var rtAccessoryHolderDefinitionSequence: Tag { Tag(rawValue: 0x300A0614) }
    /// (300A,0615) RT Accessory Device Slot ID, LO, VM 1
    public static var rtAccessoryDeviceSlotID: Tag { Tag(rawValue: 0x300A0615) }
    /// (300A,0616) RT Radiation Sequence, SQ, VM 1
    public static var rtRadiationSequence: Tag { Tag(rawValue: 0x300A0616) }
    /// (300A,0617) Radiation Dose Sequence, SQ, VM 1
    public static var radiationDoseSequence: Tag { Tag(rawValue: 0x300A0617) }
    /// (300A,0618) Radiation Dose Identification Sequence, SQ, VM 1
    public static var radiationDoseIdentificationSequence: Tag { Tag(rawValue: 0x300A0618) }
    /// (300A,0619) Radiation Dose Identification Label, LO, VM 1
    public static var radiationDoseIdentificationLabel: Tag { Tag(rawValue: 0x300A0619) }
    /// (300A,061A) Reference Dose Type, CS, VM 1
    public static var referenceDoseType: Tag { Tag(rawValue: 0x300A061A) }
    /// (300A,061B) Primary Dose Value Indicator, CS, VM 1
    public static var primaryDoseValueIndicator: Tag { Tag(rawValue: 0x300A061B) }
    /// (300A,061C) Dose Values Sequence, SQ, VM 1
    public static var doseValuesSequence: Tag { Tag(rawValue: 0x300A061C) }
    /// (300A,061D) Dose Value Purpose, CS, VM 1-n
    public static var doseValuePurpose: Tag { Tag(rawValue: 0x300A061D) }
    /// (300A,061E) Reference Dose Point Coordinates, FD, VM 3
    public static var referenceDosePointCoordinates: Tag { Tag(rawValue: 0x300A061E) }
    /// (300A,061F) Radiation Dose Values Parameters Sequence, SQ, VM 1
    public static var radiationDoseValuesParametersSequence: Tag { Tag(rawValue: 0x300A061F) }
    /// (300A,0620) Meterset to Dose Mapping Sequence, SQ, VM 1
    public static var metersetToDoseMappingSequence: Tag { Tag(rawValue: 0x300A0620) }
    /// (300A,0621) Expected In-Vivo Measurement Values Sequence, SQ, VM 1
    public static var expectedInVivoMeasurementValuesSequence: Tag { Tag(rawValue: 0x300A0621) }
    /// (300A,0622) Expected In-Vivo Measurement Value Index, US, VM 1
    public static var expectedInVivoMeasurementValueIndex: Tag { Tag(rawValue: 0x300A0622) }
    /// (300A,0623) Radiation Dose In-Vivo Measurement Label, LO, VM 1
    public static var radiationDoseInVivoMeasurementLabel: Tag { Tag(rawValue: 0x300A0623) }
    /// (300A,0624) Radiation Dose Central Axis Displacement, FD, VM 2
    public static var radiationDoseCentralAxisDisplacement: Tag { Tag(rawValue: 0x300A0624) }
    /// (300A,0625) Radiation Dose Value, FD, VM 1
    public static var radiationDoseValue: Tag { Tag(rawValue: 0x300A0625) }
    /// (300A,0626) Radiation Dose Source to Skin Distance, FD, VM 1
    public static var radiationDoseSourceToSkinDistance: Tag { Tag(rawValue: 0x300A0626) }
    /// (300A,0627) Radiation Dose Measurement Point Coordinates, FD, VM 3
    public static var radiationDoseMeasurementPointCoordinates: Tag { Tag(rawValue: 0x300A0627) }
    /// (300A,0628) Radiation Dose Source to External Contour Distance, FD, VM 1
    public static var radiationDoseSourceToExternalContourDistance: Tag { Tag(rawValue: 0x300A0628) }
    /// (300A,0629) RT Tolerance Set Sequence, SQ, VM 1
    public static var rtToleranceSetSequence: Tag { Tag(rawValue: 0x300A0629) }
    /// (300A,062A) RT Tolerance Set Label, LO, VM 1
    public static var rtToleranceSetLabel: Tag { Tag(rawValue: 0x300A062A) }
    /// (300A,062B) Attribute Tolerance Values Sequence, SQ, VM 1
    public static var attributeToleranceValuesSequence: Tag { Tag(rawValue: 0x300A062B) }
    /// (300A,062C) Tolerance Value, FD, VM 1
    public static var toleranceValue: Tag { Tag(rawValue: 0x300A062C) }
    /// (300A,062D) Patient Support Position Tolerance Sequence, SQ, VM 1
    public static var patientSupportPositionToleranceSequence: Tag { Tag(rawValue: 0x300A062D) }
    /// (300A,062E) Treatment Time Limit, FD, VM 1
    public static var treatmentTimeLimit: Tag { Tag(rawValue: 0x300A062E) }
    /// (300A,062F) C-Arm Photon-Electron Control Point Sequence, SQ, VM 1
    public static var cArmPhotonElectronControlPointSequence: Tag { Tag(rawValue: 0x300A062F) }
    /// (300A,0630) Referenced RT Radiation Sequence, SQ, VM 1
    public static var referencedRTRadiationSequence: Tag { Tag(rawValue: 0x300A0630) }
    /// (300A,0631) Referenced RT Instance Sequence, SQ, VM 1
    public static var referencedRTInstanceSequence: Tag { Tag(rawValue: 0x300A0631) }
    /// (300A,0632) Referenced RT Patient Setup Sequence, SQ, VM 1 (retired)
    public static var referencedRTPatientSetupSequence: Tag { Tag(rawValue: 0x300A0632) }
    /// (300A,0634) Source to Patient Surface Distance, FD, VM 1
    public static var sourceToPatientSurfaceDistance: Tag { Tag(rawValue: 0x300A0634) }
    /// (300A,0635) Treatment Machine Special Mode Code Sequence, SQ, VM 1
    public static var treatmentMachineSpecialModeCodeSequence: Tag { Tag(rawValue: 0x300A0635) }
    /// (300A,0636) Intended Number of Fractions, US, VM 1
    public static var intendedNumberOfFractions: Tag { Tag(rawValue: 0x300A0636) }
    /// (300A,0637) RT Radiation Set Intent, CS, VM 1
    public static var rtRadiationSetIntent: Tag { Tag(rawValue: 0x300A0637) }
    /// (300A,0638) RT Radiation Physical and Geometric Content Detail Flag, CS, VM 1
    public static var rtRadiationPhysicalAndGeometricContentDetailFlag: Tag { Tag(rawValue: 0x300A0638) }
    /// (300A,0639) RT Record Flag, CS, VM 1
    public static var rtRecordFlag: Tag { Tag(rawValue: 0x300A0639) }
    /// (300A,063A) Treatment Device Identification Sequence, SQ, VM 1
    public static var treatmentDeviceIdentificationSequence: Tag { Tag(rawValue: 0x300A063A) }
    /// (300A,063B) Referenced RT Physician Intent Sequence, SQ, VM 1
    public static var referencedRTPhysicianIntentSequence: Tag { Tag(rawValue: 0x300A063B) }
    /// (300A,063C) Cumulative Meterset, FD, VM 1
    public static var cumulativeMeterset: Tag { Tag(rawValue: 0x300A063C) }
    /// (300A,063D) Delivery Rate, FD, VM 1
    public static var deliveryRate: Tag { Tag(rawValue: 0x300A063D) }
    /// (300A,063E) Delivery Rate Unit Sequence, SQ, VM 1
    public static var deliveryRateUnitSequence: Tag { Tag(rawValue: 0x300A063E) }
    /// (300A,063F) Treatment Position Sequence, SQ, VM 1
    public static var treatmentPositionSequence: Tag { Tag(rawValue: 0x300A063F) }
    /// (300A,0640) Radiation Source-Axis Distance, FD, VM 1
    public static var radiationSourceAxisDistance: Tag { Tag(rawValue: 0x300A0640) }
    /// (300A,0641) Number of RT Beam Limiting Devices, US, VM 1
    public static var numberOfRTBeamLimitingDevices: Tag { Tag(rawValue: 0x300A0641) }
    /// (300A,0642) RT Beam Limiting Device Proximal Distance, FD, VM 1
    public static var rtBeamLimitingDeviceProximalDistance: Tag { Tag(rawValue: 0x300A0642) }
    /// (300A,0643) RT Beam Limiting Device Distal Distance, FD, VM 1
    public static var rtBeamLimitingDeviceDistalDistance: Tag { Tag(rawValue: 0x300A0643) }
    /// (300A,0644) Parallel RT Beam Delimiter Device Orientation Label Code Sequence, SQ, VM 1
    public static var parallelRTBeamDelimiterDeviceOrientationLabelCodeSequence: Tag { Tag(rawValue: 0x300A0644) }
    /// (300A,0645) Beam Modifier Orientation Angle, FD, VM 1
    public static var beamModifierOrientationAngle: Tag { Tag(rawValue: 0x300A0645) }
    /// (300A,0646) Fixed RT Beam Delimiter Device Sequence, SQ, VM 1
    public static var fixedRTBeamDelimiterDeviceSequence: Tag { Tag(rawValue: 0x300A0646) }
    /// (300A,0647) Parallel RT Beam Delimiter Device Sequence, SQ, VM 1
    public static var parallelRTBeamDelimiterDeviceSequence: Tag { Tag(rawValue: 0x300A0647) }
    /// (300A,0648) Number of Parallel RT Beam Delimiters, US, VM 1
    public static var numberOfParallelRTBeamDelimiters: Tag { Tag(rawValue: 0x300A0648) }
    /// (300A,0649) Parallel RT Beam Delimiter Boundaries, FD, VM 2-n
    public static var parallelRTBeamDelimiterBoundaries: Tag { Tag(rawValue: 0x300A0649) }
    /// (300A,064A) Parallel RT Beam Delimiter Positions, FD, VM 2-n
    public static var parallelRTBeamDelimiterPositions: Tag { Tag(rawValue: 0x300A064A) }
    /// (300A,064B) RT Beam Limiting Device Offset, FD, VM 2
    public static var rtBeamLimitingDeviceOffset: Tag { Tag(rawValue: 0x300A064B) }
    /// (300A,064C) RT Beam Delimiter Geometry Sequence, SQ, VM 1
    public static var rtBeamDelimiterGeometrySequence: Tag { Tag(rawValue: 0x300A064C) }
    /// (300A,064D) RT Beam Limiting Device Definition Sequence, SQ, VM 1
    public static var rtBeamLimitingDeviceDefinitionSequence: Tag { Tag(rawValue: 0x300A064D) }
    /// (300A,064E) Parallel RT Beam Delimiter Opening Mode, CS, VM 1
    public static var parallelRTBeamDelimiterOpeningMode: Tag { Tag(rawValue: 0x300A064E) }
    /// (300A,064F) Parallel RT Beam Delimiter Leaf Mounting Side, CS, VM 1-n
    public static var parallelRTBeamDelimiterLeafMountingSide: Tag { Tag(rawValue: 0x300A064F) }
    /// (300A,0650) Patient Setup UID, UI, VM 1 (retired)
    public static var patientSetupUID: Tag { Tag(rawValue: 0x300A0650) }
    /// (300A,0651) Wedge Definition Sequence, SQ, VM 1
    public static var wedgeDefinitionSequence: Tag { Tag(rawValue: 0x300A0651) }
    /// (300A,0652) Radiation Beam Wedge Angle, FD, VM 1
    public static var radiationBeamWedgeAngle: Tag { Tag(rawValue: 0x300A0652) }
    /// (300A,0653) Radiation Beam Wedge Thin Edge Distance, FD, VM 1
    public static var radiationBeamWedgeThinEdgeDistance: Tag { Tag(rawValue: 0x300A0653) }
    /// (300A,0654) Radiation Beam Effective Wedge Angle, FD, VM 1
    public static var radiationBeamEffectiveWedgeAngle: Tag { Tag(rawValue: 0x300A0654) }
    /// (300A,0655) Number of Wedge Positions, US, VM 1
    public static var numberOfWedgePositions: Tag { Tag(rawValue: 0x300A0655) }
    /// (300A,0656) RT Beam Limiting Device Opening Sequence, SQ, VM 1
    public static var rtBeamLimitingDeviceOpeningSequence: Tag { Tag(rawValue: 0x300A0656) }
    /// (300A,0657) Number of RT Beam Limiting Device Openings, US, VM 1
    public static var numberOfRTBeamLimitingDeviceOpenings: Tag { Tag(rawValue: 0x300A0657) }
    /// (300A,0658) Radiation Dosimeter Unit Sequence, SQ, VM 1
    public static var radiationDosimeterUnitSequence: Tag { Tag(rawValue: 0x300A0658) }
    /// (300A,0659) RT Device Distance Reference Location Code Sequence, SQ, VM 1
    public static var rtDeviceDistanceReferenceLocationCodeSequence: Tag { Tag(rawValue: 0x300A0659) }
    /// (300A,065A) Radiation Device Configuration and Commissioning Key Sequence, SQ, VM 1
    public static var radiationDeviceConfigurationAndCommissioningKeySequence: Tag { Tag(rawValue: 0x300A065A) }
    /// (300A,065B) Patient Support Position Parameter Sequence, SQ, VM 1
    public static var patientSupportPositionParameterSequence: Tag { Tag(rawValue: 0x300A065B) }
    /// (300A,065C) Patient Support Position Specification Method, CS, VM 1
    public static var patientSupportPositionSpecificationMethod: Tag { Tag(rawValue: 0x300A065C) }
    /// (300A,065D) Patient Support Position Device Parameter Sequence, SQ, VM 1
    public static var patientSupportPositionDeviceParameterSequence: Tag { Tag(rawValue: 0x300A065D) }
    /// (300A,065E) Device Order Index, US, VM 1
    public static var deviceOrderIndex: Tag { Tag(rawValue: 0x300A065E) }
    /// (300A,065F) Patient Support Position Parameter Order Index, US, VM 1
    public static var patientSupportPositionParameterOrderIndex: Tag { Tag(rawValue: 0x300A065F) }
    /// (300A,0660) Patient Support Position Device Tolerance Sequence, SQ, VM 1
    public static var patientSupportPositionDeviceToleranceSequence: Tag { Tag(rawValue: 0x300A0660) }
    /// (300A,0661) Patient Support Position Tolerance Order Index, US, VM 1
    public static var patientSupportPositionToleranceOrderIndex: Tag { Tag(rawValue: 0x300A0661) }
    /// (300A,0662) Compensator Definition Sequence, SQ, VM 1
    public static var compensatorDefinitionSequence: Tag { Tag(rawValue: 0x300A0662) }
    /// (300A,0663) Compensator Map Orientation, CS, VM 1
    public static var compensatorMapOrientation: Tag { Tag(rawValue: 0x300A0663) }
    /// (300A,0664) Compensator Proximal Thickness Map, OF, VM 1
    public static var compensatorProximalThicknessMap: Tag { Tag(rawValue: 0x300A0664) }
    /// (300A,0665) Compensator Distal Thickness Map, OF, VM 1
    public static var compensatorDistalThicknessMap: Tag { Tag(rawValue: 0x300A0665) }
    /// (300A,0666) Compensator Base Plane Offset, FD, VM 1
    public static var compensatorBasePlaneOffset: Tag { Tag(rawValue: 0x300A0666) }
    /// (300A,0667) Compensator Shape Fabrication Code Sequence, SQ, VM 1
    public static var compensatorShapeFabricationCodeSequence: Tag { Tag(rawValue: 0x300A0667) }
    /// (300A,0668) Compensator Shape Sequence, SQ, VM 1
    public static var compensatorShapeSequence: Tag { Tag(rawValue: 0x300A0668) }
    /// (300A,0669) Radiation Beam Compensator Milling Tool Diameter, FD, VM 1
    public static var radiationBeamCompensatorMillingToolDiameter: Tag { Tag(rawValue: 0x300A0669) }
    /// (300A,066A) Block Definition Sequence, SQ, VM 1
    public static var blockDefinitionSequence: Tag { Tag(rawValue: 0x300A066A) }
    /// (300A,066B) Block Edge Data, OF, VM 1
    public static var blockEdgeData: Tag { Tag(rawValue: 0x300A066B) }
    /// (300A,066C) Block Orientation, CS, VM 1
    public static var blockOrientation: Tag { Tag(rawValue: 0x300A066C) }
    /// (300A,066D) Radiation Beam Block Thickness, FD, VM 1
    public static var radiationBeamBlockThickness: Tag { Tag(rawValue: 0x300A066D) }
    /// (300A,066E) Radiation Beam Block Slab Thickness, FD, VM 1
    public static var radiationBeamBlockSlabThickness: Tag { Tag(rawValue: 0x300A066E) }
    /// (300A,066F) Block Edge Data Sequence, SQ, VM 1
    public static var blockEdgeDataSequence: Tag { Tag(rawValue: 0x300A066F) }
    /// (300A,0670) Number of RT Accessory Holders, US, VM 1
    public static var numberOfRTAccessoryHolders: Tag { Tag(rawValue: 0x300A0670) }
    /// (300A,0671) General Accessory Definition Sequence, SQ, VM 1
    public static var generalAccessoryDefinitionSequence: Tag { Tag(rawValue: 0x300A0671) }
    /// (300A,0672) Number of General Accessories, US, VM 1
    public static var numberOfGeneralAccessories: Tag { Tag(rawValue: 0x300A0672) }
    /// (300A,0673) Bolus Definition Sequence, SQ, VM 1
    public static var bolusDefinitionSequence: Tag { Tag(rawValue: 0x300A0673) }
    /// (300A,0674) Number of Boluses, US, VM 1
    public static var numberOfBoluses: Tag { Tag(rawValue: 0x300A0674) }
    /// (300A,0675) Equipment Frame of Reference UID, UI, VM 1
    public static var equipmentFrameOfReferenceUID: Tag { Tag(rawValue: 0x300A0675) }
    /// (300A,0676) Equipment Frame of Reference Description, ST, VM 1
    public static var equipmentFrameOfReferenceDescription: Tag { Tag(rawValue: 0x300A0676) }
    /// (300A,0677) Equipment Reference Point Coordinates Sequence, SQ, VM 1
    public static var equipmentReferencePointCoordinatesSequence: Tag { Tag(rawValue: 0x300A0677) }
    /// (300A,0678) Equipment Reference Point Code Sequence, SQ, VM 1
    public static var equipmentReferencePointCodeSequence: Tag { Tag(rawValue: 0x300A0678) }
    /// (300A,0679) RT Beam Limiting Device Angle, FD, VM 1
    public static var rtBeamLimitingDeviceAngle: Tag { Tag(rawValue: 0x300A0679) }
    /// (300A,067A) Source Roll Angle, FD, VM 1
    public static var sourceRollAngle: Tag { Tag(rawValue: 0x300A067A) }
    /// (300A,067B) Radiation GenerationMode Sequence, SQ, VM 1
    public static var radiationGenerationModeSequence: Tag { Tag(rawValue: 0x300A067B) }
    /// (300A,067C) Radiation GenerationMode Label, SH, VM 1
    public static var radiationGenerationModeLabel: Tag { Tag(rawValue: 0x300A067C) }
    /// (300A,067D) Radiation GenerationMode Description, ST, VM 1
    public static var radiationGenerationModeDescription: Tag { Tag(rawValue: 0x300A067D) }
    /// (300A,067E) Radiation GenerationMode Machine Code Sequence, SQ, VM 1
    public static var radiationGenerationModeMachineCodeSequence: Tag { Tag(rawValue: 0x300A067E) }
    /// (300A,067F) Radiation Type Code Sequence, SQ, VM 1
    public static var radiationTypeCodeSequence: Tag { Tag(rawValue: 0x300A067F) }
    /// (300A,0680) Nominal Energy, DS, VM 1
    public static var nominalEnergy: Tag { Tag(rawValue: 0x300A0680) }
    /// (300A,0681) Minimum Nominal Energy, DS, VM 1
    public static var minimumNominalEnergy: Tag { Tag(rawValue: 0x300A0681) }
    /// (300A,0682) Maximum Nominal Energy, DS, VM 1
    public static var maximumNominalEnergy: Tag { Tag(rawValue: 0x300A0682) }
    /// (300A,0683) Radiation Fluence Modifier Code Sequence, SQ, VM 1
    public static var radiationFluenceModifierCodeSequence: Tag { Tag(rawValue: 0x300A0683) }
    /// (300A,0684) Energy Unit Code Sequence, SQ, VM 1
    public static var energyUnitCodeSequence: Tag { Tag(rawValue: 0x300A0684) }
    /// (300A,0685) Number of Radiation GenerationModes, US, VM 1
    public static var numberOfRadiationGenerationModes: Tag { Tag(rawValue: 0x300A0685) }
    /// (300A,0686) Patient Support Devices Sequence, SQ, VM 1
    public static var patientSupportDevicesSequence: Tag { Tag(rawValue: 0x300A0686) }
    /// (300A,0687) Number of Patient Support Devices, US, VM 1
    public static var numberOfPatientSupportDevices: Tag { Tag(rawValue: 0x300A0687) }
    /// (300A,0688) RT Beam Modifier Definition Distance, FD, VM 1
    public static var rtBeamModifierDefinitionDistance: Tag { Tag(rawValue: 0x300A0688) }
    /// (300A,0689) Beam Area Limit Sequence, SQ, VM 1
    public static var beamAreaLimitSequence: Tag { Tag(rawValue: 0x300A0689) }
    /// (300A,068A) Referenced RT Prescription Sequence, SQ, VM 1
    public static var referencedRTPrescriptionSequence: Tag { Tag(rawValue: 0x300A068A) }
    /// (300A,068B) Dose Value Interpretation, CS, VM 1
    public static var doseValueInterpretation: Tag { Tag(rawValue: 0x300A068B) }
    /// (300A,0700) Treatment Session UID, UI, VM 1
    public static var treatmentSessionUID: Tag { Tag(rawValue: 0x300A0700) }
    /// (300A,0701) RT Radiation Usage, CS, VM 1
    public static var rtRadiationUsage: Tag { Tag(rawValue: 0x300A0701) }
    /// (300A,0702) Referenced RT Radiation Set Sequence, SQ, VM 1
    public static var referencedRTRadiationSetSequence: Tag { Tag(rawValue: 0x300A0702) }
    /// (300A,0703) Referenced RT Radiation Record Sequence, SQ, VM 1
    public static var referencedRTRadiationRecordSequence: Tag { Tag(rawValue: 0x300A0703) }
    /// (300A,0704) RT Radiation Set Delivery Number, US, VM 1
    public static var rtRadiationSetDeliveryNumber: Tag { Tag(rawValue: 0x300A0704) }
    /// (300A,0705) Clinical Fraction Number, US, VM 1
    public static var clinicalFractionNumber: Tag { Tag(rawValue: 0x300A0705) }
    /// (300A,0706) RT Treatment Fraction Completion Status, CS, VM 1
    public static var rtTreatmentFractionCompletionStatus: Tag { Tag(rawValue: 0x300A0706) }
    /// (300A,0707) RT Radiation Set Usage, CS, VM 1
    public static var rtRadiationSetUsage: Tag { Tag(rawValue: 0x300A0707) }
    /// (300A,0708) Treatment Delivery Continuation Flag, CS, VM 1
    public static var treatmentDeliveryContinuationFlag: Tag { Tag(rawValue: 0x300A0708) }
    /// (300A,0709) Treatment Record Content Origin, CS, VM 1
    public static var treatmentRecordContentOrigin: Tag { Tag(rawValue: 0x300A0709) }
    /// (300A,0714) RT Treatment Termination Status, CS, VM 1
    public static var rtTreatmentTerminationStatus: Tag { Tag(rawValue: 0x300A0714) }
    /// (300A,0715) RT Treatment Termination Reason Code Sequence, SQ, VM 1
    public static var rtTreatmentTerminationReasonCodeSequence: Tag { Tag(rawValue: 0x300A0715) }
    /// (300A,0716) Machine-Specific Treatment Termination Code Sequence, SQ, VM 1
    public static var machineSpecificTreatmentTerminationCodeSequence: Tag { Tag(rawValue: 0x300A0716) }
    /// (300A,0722) RT Radiation Salvage Record Control Point Sequence, SQ, VM 1
    public static var rtRadiationSalvageRecordControlPointSequence: Tag { Tag(rawValue: 0x300A0722) }
    /// (300A,0723) Starting Meterset Value Known Flag, CS, VM 1
    public static var startingMetersetValueKnownFlag: Tag { Tag(rawValue: 0x300A0723) }
    /// (300A,0730) Treatment Termination Description, ST, VM 1
    public static var treatmentTerminationDescription: Tag { Tag(rawValue: 0x300A0730) }
    /// (300A,0731) Treatment Tolerance Violation Sequence, SQ, VM 1
    public static var treatmentToleranceViolationSequence: Tag { Tag(rawValue: 0x300A0731) }
    /// (300A,0732) Treatment Tolerance Violation Category, CS, VM 1
    public static var treatmentToleranceViolationCategory: Tag { Tag(rawValue: 0x300A0732) }
    /// (300A,0733) Treatment Tolerance Violation Attribute Sequence, SQ, VM 1
    public static var treatmentToleranceViolationAttributeSequence: Tag { Tag(rawValue: 0x300A0733) }
    /// (300A,0734) Treatment Tolerance Violation Description, ST, VM 1
    public static var treatmentToleranceViolationDescription: Tag { Tag(rawValue: 0x300A0734) }
    /// (300A,0735) Treatment Tolerance Violation Identification, ST, VM 1
    public static var treatmentToleranceViolationIdentification: Tag { Tag(rawValue: 0x300A0735) }
    /// (300A,0736) Treatment Tolerance Violation DateTime, DT, VM 1
    public static var treatmentToleranceViolationDateTime: Tag { Tag(rawValue: 0x300A0736) }
    /// (300A,073A) Recorded RT Control Point DateTime, DT, VM 1
    public static var recordedRTControlPointDateTime: Tag { Tag(rawValue: 0x300A073A) }
    /// (300A,073B) Referenced Radiation RT Control Point Index, US, VM 1
    public static var referencedRadiationRTControlPointIndex: Tag { Tag(rawValue: 0x300A073B) }
    /// (300A,073E) Alternate Value Sequence, SQ, VM 1
    public static var alternateValueSequence: Tag { Tag(rawValue: 0x300A073E) }
    /// (300A,073F) Confirmation Sequence, SQ, VM 1
    public static var confirmationSequence: Tag { Tag(rawValue: 0x300A073F) }
    /// (300A,0740) Interlock Sequence, SQ, VM 1
    public static var interlockSequence: Tag { Tag(rawValue: 0x300A0740) }
    /// (300A,0741) Interlock DateTime, DT, VM 1
    public static var interlockDateTime: Tag { Tag(rawValue: 0x300A0741) }
    /// (300A,0742) Interlock Description, ST, VM 1
    public static var interlockDescription: Tag { Tag(rawValue: 0x300A0742) }
    /// (300A,0743) Interlock Originating Device Sequence, SQ, VM 1
    public static var interlockOriginatingDeviceSequence: Tag { Tag(rawValue: 0x300A0743) }
    /// (300A,0744) Interlock Code Sequence, SQ, VM 1
    public static var interlockCodeSequence: Tag { Tag(rawValue: 0x300A0744) }
    /// (300A,0745) Interlock Resolution Code Sequence, SQ, VM 1
    public static var interlockResolutionCodeSequence: Tag { Tag(rawValue: 0x300A0745) }
    /// (300A,0746) Interlock Resolution User Sequence, SQ, VM 1
    public static var interlockResolutionUserSequence: Tag { Tag(rawValue: 0x300A0746) }
    /// (300A,0760) Override DateTime, DT, VM 1
    public static var overrideDateTime: Tag { Tag(rawValue: 0x300A0760) }
    /// (300A,0761) Treatment Tolerance Violation Type Code Sequence, SQ, VM 1
    public static var treatmentToleranceViolationTypeCodeSequence: Tag { Tag(rawValue: 0x300A0761) }
    /// (300A,0762) Treatment Tolerance Violation Cause Code Sequence, SQ, VM 1
    public static var treatmentToleranceViolationCauseCodeSequence: Tag { Tag(rawValue: 0x300A0762) }
    /// (300A,0772) Measured Meterset to Dose Mapping Sequence, SQ, VM 1
    public static var measuredMetersetToDoseMappingSequence: Tag { Tag(rawValue: 0x300A0772) }
    /// (300A,0773) Referenced Expected In-Vivo Measurement Value Index, US, VM 1
    public static var referencedExpectedInVivoMeasurementValueIndex: Tag { Tag(rawValue: 0x300A0773) }
    /// (300A,0774) Dose Measurement Device Code Sequence, SQ, VM 1
    public static var doseMeasurementDeviceCodeSequence: Tag { Tag(rawValue: 0x300A0774) }
    /// (300A,0780) Additional Parameter Recording Instance Sequence, SQ, VM 1
    public static var additionalParameterRecordingInstanceSequence: Tag { Tag(rawValue: 0x300A0780) }
    /// (300A,0783) Interlock Origin Description, ST, VM 1
    public static var interlockOriginDescription: Tag { Tag(rawValue: 0x300A0783) }
    /// (300A,0784) RT Patient Position Scope Sequence, SQ, VM 1
    public static var rtPatientPositionScopeSequence: Tag { Tag(rawValue: 0x300A0784) }
    /// (300A,0785) Referenced Treatment Position Group UID, UI, VM 1
    public static var referencedTreatmentPositionGroupUID: Tag { Tag(rawValue: 0x300A0785) }
    /// (300A,0786) Radiation Order Index, US, VM 1
    public static var radiationOrderIndex: Tag { Tag(rawValue: 0x300A0786) }
    /// (300A,0787) Omitted Radiation Sequence, SQ, VM 1
    public static var omittedRadiationSequence: Tag { Tag(rawValue: 0x300A0787) }
    /// (300A,0788) Reason for Omission Code Sequence, SQ, VM 1
    public static var reasonForOmissionCodeSequence: Tag { Tag(rawValue: 0x300A0788) }
    /// (300A,0789) RT Delivery Start Patient Position Sequence, SQ, VM 1
    public static var rtDeliveryStartPatientPositionSequence: Tag { Tag(rawValue: 0x300A0789) }
    /// (300A,078A) RT Treatment Preparation Patient Position Sequence, SQ, VM 1
    public static var rtTreatmentPreparationPatientPositionSequence: Tag { Tag(rawValue: 0x300A078A) }
    /// (300A,078B) Referenced RT Treatment Preparation Sequence, SQ, VM 1
    public static var referencedRTTreatmentPreparationSequence: Tag { Tag(rawValue: 0x300A078B) }
    /// (300A,078C) Referenced Patient Setup Photo Sequence, SQ, VM 1
    public static var referencedPatientSetupPhotoSequence: Tag { Tag(rawValue: 0x300A078C) }
    /// (300A,078D) Patient Treatment Preparation Method Code Sequence, SQ, VM 1
    public static var patientTreatmentPreparationMethodCodeSequence: Tag { Tag(rawValue: 0x300A078D) }
    /// (300A,078E) Patient Treatment Preparation Procedure Parameter Description, LT, VM 1
    public static var patientTreatmentPreparationProcedureParameterDescription: Tag { Tag(rawValue: 0x300A078E) }
    /// (300A,078F) Patient Treatment Preparation Device Sequence, SQ, VM 1
    public static var patientTreatmentPreparationDeviceSequence: Tag { Tag(rawValue: 0x300A078F) }
    /// (300A,0790) Patient Treatment Preparation Procedure Sequence, SQ, VM 1
    public static var patientTreatmentPreparationProcedureSequence: Tag { Tag(rawValue: 0x300A0790) }
    /// (300A,0791) Patient Treatment Preparation Procedure Code Sequence, SQ, VM 1
    public static var patientTreatmentPreparationProcedureCodeSequence: Tag { Tag(rawValue: 0x300A0791) }
    /// (300A,0792) Patient Treatment Preparation Method Description, LT, VM 1
    public static var patientTreatmentPreparationMethodDescription: Tag { Tag(rawValue: 0x300A0792) }
    /// (300A,0793) Patient Treatment Preparation Procedure Parameter Sequence, SQ, VM 1
    public static var patientTreatmentPreparationProcedureParameterSequence: Tag { Tag(rawValue: 0x300A0793) }
    /// (300A,0794) Patient Setup Photo Description, LT, VM 1
    public static var patientSetupPhotoDescription: Tag { Tag(rawValue: 0x300A0794) }
    /// (300A,0795) Patient Treatment Preparation Procedure Index, US, VM 1
    public static var patientTreatmentPreparationProcedureIndex: Tag { Tag(rawValue: 0x300A0795) }
    /// (300A,0796) Referenced Patient Setup Procedure Index, US, VM 1
    public static var referencedPatientSetupProcedureIndex: Tag { Tag(rawValue: 0x300A0796) }
    /// (300A,0797) RT Radiation Task Sequence, SQ, VM 1
    public static var rtRadiationTaskSequence: Tag { Tag(rawValue: 0x300A0797) }
    /// (300A,0798) RT Patient Position Displacement Sequence, SQ, VM 1
    public static var rtPatientPositionDisplacementSequence: Tag { Tag(rawValue: 0x300A0798) }
    /// (300A,0799) RT Patient Position Sequence, SQ, VM 1
    public static var rtPatientPositionSequence: Tag { Tag(rawValue: 0x300A0799) }
    /// (300A,079A) Displacement Reference Label, LO, VM 1
    public static var displacementReferenceLabel: Tag { Tag(rawValue: 0x300A079A) }
    /// (300A,079B) Displacement Matrix, FD, VM 16
    public static var displacementMatrix: Tag { Tag(rawValue: 0x300A079B) }
    /// (300A,079C) Patient Support Displacement Sequence, SQ, VM 1
    public static var patientSupportDisplacementSequence: Tag { Tag(rawValue: 0x300A079C) }
    /// (300A,079D) Displacement Reference Location Code Sequence, SQ, VM 1
    public static var displacementReferenceLocationCodeSequence: Tag { Tag(rawValue: 0x300A079D) }
    /// (300A,079E) RT Radiation Set Delivery Usage, CS, VM 1
    public static var rtRadiationSetDeliveryUsage: Tag { Tag(rawValue: 0x300A079E) }
    /// (300A,079F) Patient Treatment Preparation Sequence, SQ, VM 1
    public static var patientTreatmentPreparationSequence: Tag { Tag(rawValue: 0x300A079F) }
    /// (300A,07A0) Patient to Equipment Relationship Sequence, SQ, VM 1
    public static var patientToEquipmentRelationshipSequence: Tag { Tag(rawValue: 0x300A07A0) }
    /// (300A,07A1) Imaging Equipment to Treatment Delivery Device Relationship Sequence, SQ, VM 1
    public static var imagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence: Tag { Tag(rawValue: 0x300A07A1) }
    /// (300C,0002) Referenced RT Plan Sequence, SQ, VM 1
    public static var referencedRTPlanSequence: Tag { Tag(rawValue: 0x300C0002) }
    /// (300C,0004) Referenced Beam Sequence, SQ, VM 1
    public static var referencedBeamSequence: Tag { Tag(rawValue: 0x300C0004) }
    /// (300C,0006) Referenced Beam Number, IS, VM 1
    public static var referencedBeamNumber: Tag { Tag(rawValue: 0x300C0006) }
    /// (300C,0007) Referenced Reference Image Number, IS, VM 1
    public static var referencedReferenceImageNumber: Tag { Tag(rawValue: 0x300C0007) }
    /// (300C,0008) Start Cumulative Meterset Weight, DS, VM 1
    public static var startCumulativeMetersetWeight: Tag { Tag(rawValue: 0x300C0008) }
    /// (300C,0009) End Cumulative Meterset Weight, DS, VM 1
    public static var endCumulativeMetersetWeight: Tag { Tag(rawValue: 0x300C0009) }
    /// (300C,000A) Referenced Brachy Application Setup Sequence, SQ, VM 1
    public static var referencedBrachyApplicationSetupSequence: Tag { Tag(rawValue: 0x300C000A) }
    /// (300C,000C) Referenced Brachy Application Setup Number, IS, VM 1
    public static var referencedBrachyApplicationSetupNumber: Tag { Tag(rawValue: 0x300C000C) }
    /// (300C,000E) Referenced Source Number, IS, VM 1
    public static var referencedSourceNumber: Tag { Tag(rawValue: 0x300C000E) }
    /// (300C,0020) Referenced Fraction Group Sequence, SQ, VM 1
    public static var referencedFractionGroupSequence: Tag { Tag(rawValue: 0x300C0020) }
    /// (300C,0022) Referenced Fraction Group Number, IS, VM 1
    public static var referencedFractionGroupNumber: Tag { Tag(rawValue: 0x300C0022) }
    /// (300C,0040) Referenced Verification Image Sequence, SQ, VM 1
    public static var referencedVerificationImageSequence: Tag { Tag(rawValue: 0x300C0040) }
    /// (300C,0042) Referenced Reference Image Sequence, SQ, VM 1
    public static var referencedReferenceImageSequence: Tag { Tag(rawValue: 0x300C0042) }
    /// (300C,0050) Referenced Dose Reference Sequence, SQ, VM 1
    public static var referencedDoseReferenceSequence: Tag { Tag(rawValue: 0x300C0050) }
    /// (300C,0051) Referenced Dose Reference Number, IS, VM 1
    public static var referencedDoseReferenceNumber: Tag { Tag(rawValue: 0x300C0051) }
    /// (300C,0055) Brachy Referenced Dose Reference Sequence, SQ, VM 1
    public static var brachyReferencedDoseReferenceSequence: Tag { Tag(rawValue: 0x300C0055) }
    /// (300C,0060) Referenced Structure Set Sequence, SQ, VM 1
    public static var referencedStructureSetSequence: Tag { Tag(rawValue: 0x300C0060) }
    /// (300C,006A) Referenced Patient Setup Number, IS, VM 1
    public static var referencedPatientSetupNumber: Tag { Tag(rawValue: 0x300C006A) }
    /// (300C,0080) Referenced Dose Sequence, SQ, VM 1
    public static var referencedDoseSequence: Tag { Tag(rawValue: 0x300C0080) }
    /// (300C,00A0) Referenced Tolerance Table Number, IS, VM 1
    public static var referencedToleranceTableNumber: Tag { Tag(rawValue: 0x300C00A0) }
    /// (300C,00B0) Referenced Bolus Sequence, SQ, VM 1
    public static var referencedBolusSequence: Tag { Tag(rawValue: 0x300C00B0) }
    /// (300C,00C0) Referenced Wedge Number, IS, VM 1
    public static var referencedWedgeNumber: Tag { Tag(rawValue: 0x300C00C0) }
    /// (300C,00D0) Referenced Compensator Number, IS, VM 1
    public static var referencedCompensatorNumber: Tag { Tag(rawValue: 0x300C00D0) }
    /// (300C,00E0) Referenced Block Number, IS, VM 1
    public static var referencedBlockNumber: Tag { Tag(rawValue: 0x300C00E0) }
    /// (300C,00F0) Referenced Control Point Index, IS, VM 1
    public static var referencedControlPointIndex: Tag { Tag(rawValue: 0x300C00F0) }
    /// (300C,00F2) Referenced Control Point Sequence, SQ, VM 1
    public static var referencedControlPointSequence: Tag { Tag(rawValue: 0x300C00F2) }
    /// (300C,00F4) Referenced Start Control Point Index, IS, VM 1
    public static var referencedStartControlPointIndex: Tag { Tag(rawValue: 0x300C00F4) }
    /// (300C,00F6) Referenced Stop Control Point Index, IS, VM 1
    public static var referencedStopControlPointIndex: Tag { Tag(rawValue: 0x300C00F6) }
    /// (300C,0100) Referenced Range Shifter Number, IS, VM 1
    public static var referencedRangeShifterNumber: Tag { Tag(rawValue: 0x300C0100) }
    /// (300C,0102) Referenced Lateral Spreading Device Number, IS, VM 1
    public static var referencedLateralSpreadingDeviceNumber: Tag { Tag(rawValue: 0x300C0102) }
    /// (300C,0104) Referenced Range Modulator Number, IS, VM 1
    public static var referencedRangeModulatorNumber: Tag { Tag(rawValue: 0x300C0104) }
    /// (300C,0111) Omitted Beam Task Sequence, SQ, VM 1
    public static var omittedBeamTaskSequence: Tag { Tag(rawValue: 0x300C0111) }
    /// (300C,0112) Reason for Omission, CS, VM 1
    public static var reasonForOmission: Tag { Tag(rawValue: 0x300C0112) }
    /// (300C,0113) Reason for Omission Description, LO, VM 1
    public static var reasonForOmissionDescription: Tag { Tag(rawValue: 0x300C0113) }
    /// (300C,0114) Prescription Overview Sequence, SQ, VM 1
    public static var prescriptionOverviewSequence: Tag { Tag(rawValue: 0x300C0114) }
    /// (300C,0115) Total Prescription Dose, FL, VM 1
    public static var totalPrescriptionDose: Tag { Tag(rawValue: 0x300C0115) }
    /// (300C,0116) Plan Overview Sequence, SQ, VM 1
    public static var planOverviewSequence: Tag { Tag(rawValue: 0x300C0116) }
    /// (300C,0117) Plan Overview Index, US, VM 1
    public static var planOverviewIndex: Tag { Tag(rawValue: 0x300C0117) }
    /// (300C,0118) Referenced Plan Overview Index, US, VM 1
    public static var referencedPlanOverviewIndex: Tag { Tag(rawValue: 0x300C0118) }
    /// (300C,0119) Number of Fractions Included, US, VM 1
    public static var numberOfFractionsIncluded: Tag { Tag(rawValue: 0x300C0119) }
    /// (300C,0120) Dose Calibration Conditions Sequence, SQ, VM 1
    public static var doseCalibrationConditionsSequence: Tag { Tag(rawValue: 0x300C0120) }
    /// (300C,0121) Absorbed Dose to Meterset Ratio, FD, VM 1
    public static var absorbedDoseToMetersetRatio: Tag { Tag(rawValue: 0x300C0121) }
    /// (300C,0122) Delineated Radiation Field Size, FD, VM 2
    public static var delineatedRadiationFieldSize: Tag { Tag(rawValue: 0x300C0122) }
    /// (300C,0123) Dose Calibration Conditions Verified Flag, CS, VM 1
    public static var doseCalibrationConditionsVerifiedFlag: Tag { Tag(rawValue: 0x300C0123) }
    /// (300C,0124) Calibration Reference Point Depth, FD, VM 1
    public static var calibrationReferencePointDepth: Tag { Tag(rawValue: 0x300C0124) }
    /// (300C,0125) Gating Beam Hold Transition Sequence, SQ, VM 1
    public static var gatingBeamHoldTransitionSequence: Tag { Tag(rawValue: 0x300C0125) }
    /// (300C,0126) Beam Hold Transition, CS, VM 1
    public static var beamHoldTransition: Tag { Tag(rawValue: 0x300C0126) }
    /// (300C,0127) Beam Hold Transition DateTime, DT, VM 1
    public static var beamHoldTransitionDateTime: Tag { Tag(rawValue: 0x300C0127) }
    /// (300C,0128) Beam Hold Originating Device Sequence, SQ, VM 1
    public static var beamHoldOriginatingDeviceSequence: Tag { Tag(rawValue: 0x300C0128) }
    /// (300C,0129) Beam Hold Transition Trigger Source, CS, VM 1
    public static var beamHoldTransitionTriggerSource: Tag { Tag(rawValue: 0x300C0129) }
    /// (300E,0002) Approval Status, CS, VM 1
    public static var approvalStatus: Tag { Tag(rawValue: 0x300E0002) }
    /// (300E,0004) Review Date, DA, VM 1
    public static var reviewDate: Tag { Tag(rawValue: 0x300E0004) }
    /// (300E,0005) Review Time, TM, VM 1
    public static var reviewTime: Tag { Tag(rawValue: 0x300E0005) }
    /// (300E,0008) Reviewer Name, PN, VM 1
    public static var reviewerName: Tag { Tag(rawValue: 0x300E0008) }
    /// (3010,0001) Radiobiological Dose Effect Sequence, SQ, VM 1
    public static var radiobiologicalDoseEffectSequence: Tag { Tag(rawValue: 0x30100001) }
    /// (3010,0002) Radiobiological Dose Effect Flag, CS, VM 1
    public static var radiobiologicalDoseEffectFlag: Tag { Tag(rawValue: 0x30100002) }
    /// (3010,0003) Effective Dose Calculation Method Category Code Sequence, SQ, VM 1
    public static var effectiveDoseCalculationMethodCategoryCodeSequence: Tag { Tag(rawValue: 0x30100003) }
    /// (3010,0004) Effective Dose Calculation Method Code Sequence, SQ, VM 1
    public static var effectiveDoseCalculationMethodCodeSequence: Tag { Tag(rawValue: 0x30100004) }
    /// (3010,0005) Effective Dose Calculation Method Description, LO, VM 1
    public static var effectiveDoseCalculationMethodDescription: Tag { Tag(rawValue: 0x30100005) }
    /// (3010,0006) Conceptual Volume UID, UI, VM 1
    public static var conceptualVolumeUID: Tag { Tag(rawValue: 0x30100006) }
    /// (3010,0007) Originating SOP Instance Reference Sequence, SQ, VM 1
    public static var originatingSOPInstanceReferenceSequence: Tag { Tag(rawValue: 0x30100007) }
    /// (3010,0008) Conceptual Volume Constituent Sequence, SQ, VM 1
    public static var conceptualVolumeConstituentSequence: Tag { Tag(rawValue: 0x30100008) }
    /// (3010,0009) Equivalent Conceptual Volume Instance Reference Sequence, SQ, VM 1
    public static var equivalentConceptualVolumeInstanceReferenceSequence: Tag { Tag(rawValue: 0x30100009) }
    /// (3010,000A) Equivalent Conceptual Volumes Sequence, SQ, VM 1
    public static var equivalentConceptualVolumesSequence: Tag { Tag(rawValue: 0x3010000A) }
    /// (3010,000B) Referenced Conceptual Volume UID, UI, VM 1
    public static var referencedConceptualVolumeUID: Tag { Tag(rawValue: 0x3010000B) }
    /// (3010,000C) Conceptual Volume Combination Expression, UT, VM 1
    public static var conceptualVolumeCombinationExpression: Tag { Tag(rawValue: 0x3010000C) }
    /// (3010,000D) Conceptual Volume Constituent Index, US, VM 1
    public static var conceptualVolumeConstituentIndex: Tag { Tag(rawValue: 0x3010000D) }
    /// (3010,000E) Conceptual Volume Combination Flag, CS, VM 1
    public static var conceptualVolumeCombinationFlag: Tag { Tag(rawValue: 0x3010000E) }
    /// (3010,000F) Conceptual Volume Combination Description, ST, VM 1
    public static var conceptualVolumeCombinationDescription: Tag { Tag(rawValue: 0x3010000F) }
    /// (3010,0010) Conceptual Volume Segmentation Defined Flag, CS, VM 1
    public static var conceptualVolumeSegmentationDefinedFlag: Tag { Tag(rawValue: 0x30100010) }
    /// (3010,0011) Conceptual Volume Segmentation Reference Sequence, SQ, VM 1
    public static var conceptualVolumeSegmentationReferenceSequence: Tag { Tag(rawValue: 0x30100011) }
    /// (3010,0012) Conceptual Volume Constituent Segmentation Reference Sequence, SQ, VM 1
    public static var conceptualVolumeConstituentSegmentationReferenceSequence: Tag { Tag(rawValue: 0x30100012) }
    /// (3010,0013) Constituent Conceptual Volume UID, UI, VM 1
    public static var constituentConceptualVolumeUID: Tag { Tag(rawValue: 0x30100013) }
    /// (3010,0014) Derivation Conceptual Volume Sequence, SQ, VM 1
    public static var derivationConceptualVolumeSequence: Tag { Tag(rawValue: 0x30100014) }
    /// (3010,0015) Source Conceptual Volume UID, UI, VM 1
    public static var sourceConceptualVolumeUID: Tag { Tag(rawValue: 0x30100015) }
    /// (3010,0016) Conceptual Volume Derivation Algorithm Sequence, SQ, VM 1
    public static var conceptualVolumeDerivationAlgorithmSequence: Tag { Tag(rawValue: 0x30100016) }
    /// (3010,0017) Conceptual Volume Description, ST, VM 1
    public static var conceptualVolumeDescription: Tag { Tag(rawValue: 0x30100017) }
    /// (3010,0018) Source Conceptual Volume Sequence, SQ, VM 1
    public static var sourceConceptualVolumeSequence: Tag { Tag(rawValue: 0x30100018) }
    /// (3010,0019) Author Identification Sequence, SQ, VM 1
    public static var authorIdentificationSequence: Tag { Tag(rawValue: 0x30100019) }
    /// (3010,001A) Manufacturer's Model Version, LO, VM 1
    public static var manufacturerModelVersion: Tag { Tag(rawValue: 0x3010001A) }
    /// (3010,001B) Device Alternate Identifier, UC, VM 1
    public static var deviceAlternateIdentifier: Tag { Tag(rawValue: 0x3010001B) }
    /// (3010,001C) Device Alternate Identifier Type, CS, VM 1
    public static var deviceAlternateIdentifierType: Tag { Tag(rawValue: 0x3010001C) }
    /// (3010,001D) Device Alternate Identifier Format, LT, VM 1
    public static var deviceAlternateIdentifierFormat: Tag { Tag(rawValue: 0x3010001D) }
    /// (3010,001E) Segmentation Creation Template Label, LO, VM 1
    public static var segmentationCreationTemplateLabel: Tag { Tag(rawValue: 0x3010001E) }
    /// (3010,001F) Segmentation Template UID, UI, VM 1
    public static var segmentationTemplateUID: Tag { Tag(rawValue: 0x3010001F) }
    /// (3010,0020) Referenced Segment Reference Index, US, VM 1
    public static var referencedSegmentReferenceIndex: Tag { Tag(rawValue: 0x30100020) }
    /// (3010,0021) Segment Reference Sequence, SQ, VM 1
    public static var segmentReferenceSequence: Tag { Tag(rawValue: 0x30100021) }
    /// (3010,0022) Segment Reference Index, US, VM 1
    public static var segmentReferenceIndex: Tag { Tag(rawValue: 0x30100022) }
    /// (3010,0023) Direct Segment Reference Sequence, SQ, VM 1
    public static var directSegmentReferenceSequence: Tag { Tag(rawValue: 0x30100023) }
    /// (3010,0024) Combination Segment Reference Sequence, SQ, VM 1
    public static var combinationSegmentReferenceSequence: Tag { Tag(rawValue: 0x30100024) }
    /// (3010,0025) Conceptual Volume Sequence, SQ, VM 1
    public static var conceptualVolumeSequence: Tag { Tag(rawValue: 0x30100025) }
    /// (3010,0026) Segmented RT Accessory Device Sequence, SQ, VM 1
    public static var segmentedRTAccessoryDeviceSequence: Tag { Tag(rawValue: 0x30100026) }
    /// (3010,0027) Segment Characteristics Sequence, SQ, VM 1
    public static var segmentCharacteristicsSequence: Tag { Tag(rawValue: 0x30100027) }
    /// (3010,0028) Related Segment Characteristics Sequence, SQ, VM 1
    public static var relatedSegmentCharacteristicsSequence: Tag { Tag(rawValue: 0x30100028) }
    /// (3010,0029) Segment Characteristics Precedence, US, VM 1
    public static var segmentCharacteristicsPrecedence: Tag { Tag(rawValue: 0x30100029) }
    /// (3010,002A) RT Segment Annotation Sequence, SQ, VM 1
    public static var rtSegmentAnnotationSequence: Tag { Tag(rawValue: 0x3010002A) }
    /// (3010,002B) Segment Annotation Category Code Sequence, SQ, VM 1
    public static var segmentAnnotationCategoryCodeSequence: Tag { Tag(rawValue: 0x3010002B) }
    /// (3010,002C) Segment Annotation Type Code Sequence, SQ, VM 1
    public static var segmentAnnotationTypeCodeSequence: Tag { Tag(rawValue: 0x3010002C) }
    /// (3010,002D) Device Label, LO, VM 1
    public static var deviceLabel: Tag { Tag(rawValue: 0x3010002D) }
    /// (3010,002E) Device Type Code Sequence, SQ, VM 1
    public static var deviceTypeCodeSequence: Tag { Tag(rawValue: 0x3010002E) }
    /// (3010,002F) Segment Annotation Type Modifier Code Sequence, SQ, VM 1
    public static var segmentAnnotationTypeModifierCodeSequence: Tag { Tag(rawValue: 0x3010002F) }
    /// (3010,0030) Patient Equipment Relationship Code Sequence, SQ, VM 1
    public static var patientEquipmentRelationshipCodeSequence: Tag { Tag(rawValue: 0x30100030) }
    /// (3010,0031) Referenced Fiducials UID, UI, VM 1
    public static var referencedFiducialsUID: Tag { Tag(rawValue: 0x30100031) }
    /// (3010,0032) Patient Treatment Orientation Sequence, SQ, VM 1
    public static var patientTreatmentOrientationSequence: Tag { Tag(rawValue: 0x30100032) }
    /// (3010,0033) User Content Label, SH, VM 1
    public static var userContentLabel: Tag { Tag(rawValue: 0x30100033) }
    /// (3010,0034) User Content Long Label, LO, VM 1
    public static var userContentLongLabel: Tag { Tag(rawValue: 0x30100034) }
    /// (3010,0035) Entity Label, SH, VM 1
    public static var entityLabel: Tag { Tag(rawValue: 0x30100035) }
    /// (3010,0036) Entity Name, LO, VM 1
    public static var entityName: Tag { Tag(rawValue: 0x30100036) }
    /// (3010,0037) Entity Description, ST, VM 1
    public static var entityDescription: Tag { Tag(rawValue: 0x30100037) }
    /// (3010,0038) Entity Long Label, LO, VM 1
    public static var entityLongLabel: Tag { Tag(rawValue: 0x30100038) }
    /// (3010,0039) Device Index, US, VM 1
    public static var deviceIndex: Tag { Tag(rawValue: 0x30100039) }
    /// (3010,003A) RT Treatment Phase Index, US, VM 1
    public static var rtTreatmentPhaseIndex: Tag { Tag(rawValue: 0x3010003A) }
    /// (3010,003B) RT Treatment Phase UID, UI, VM 1
    public static var rtTreatmentPhaseUID: Tag { Tag(rawValue: 0x3010003B) }
    /// (3010,003C) RT Prescription Index, US, VM 1
    public static var rtPrescriptionIndex: Tag { Tag(rawValue: 0x3010003C) }
    /// (3010,003D) RT Segment Annotation Index, US, VM 1
    public static var rtSegmentAnnotationIndex: Tag { Tag(rawValue: 0x3010003D) }
    /// (3010,003E) Basis RT Treatment Phase Index, US, VM 1
    public static var basisRTTreatmentPhaseIndex: Tag { Tag(rawValue: 0x3010003E) }
    /// (3010,003F) Related RT Treatment Phase Index, US, VM 1
    public static var relatedRTTreatmentPhaseIndex: Tag { Tag(rawValue: 0x3010003F) }
    /// (3010,0040) Referenced RT Treatment Phase Index, US, VM 1
    public static var referencedRTTreatmentPhaseIndex: Tag { Tag(rawValue: 0x30100040) }
    /// (3010,0041) Referenced RT Prescription Index, US, VM 1
    public static var referencedRTPrescriptionIndex: Tag { Tag(rawValue: 0x30100041) }
    /// (3010,0042) Referenced Parent RT Prescription Index, US, VM 1
    public static var referencedParentRTPrescriptionIndex: Tag { Tag(rawValue: 0x30100042) }
    /// (3010,0043) Manufacturer's Device Identifier, ST, VM 1
    public static var manufacturerDeviceIdentifier: Tag { Tag(rawValue: 0x30100043) }
    /// (3010,0044) Instance-Level Referenced Performed Procedure Step Sequence, SQ, VM 1
    public static var instanceLevelReferencedPerformedProcedureStepSequence: Tag { Tag(rawValue: 0x30100044) }
    /// (3010,0045) RT Treatment Phase Intent Presence Flag, CS, VM 1
    public static var rtTreatmentPhaseIntentPresenceFlag: Tag { Tag(rawValue: 0x30100045) }
    /// (3010,0046) Radiotherapy Treatment Type, CS, VM 1
    public static var radiotherapyTreatmentType: Tag { Tag(rawValue: 0x30100046) }
    /// (3010,0047) Teletherapy Radiation Type, CS, VM 1-n
    public static var teletherapyRadiationType: Tag { Tag(rawValue: 0x30100047) }
    /// (3010,0048) Brachytherapy Source Type, CS, VM 1-n
    public static var brachytherapySourceType: Tag { Tag(rawValue: 0x30100048) }
    /// (3010,0049) Referenced RT Treatment Phase Sequence, SQ, VM 1
    public static var referencedRTTreatmentPhaseSequence: Tag { Tag(rawValue: 0x30100049) }
    /// (3010,004A) Referenced Direct Segment Instance Sequence, SQ, VM 1
    public static var referencedDirectSegmentInstanceSequence: Tag { Tag(rawValue: 0x3010004A) }
    /// (3010,004B) Intended RT Treatment Phase Sequence, SQ, VM 1
    public static var intendedRTTreatmentPhaseSequence: Tag { Tag(rawValue: 0x3010004B) }
    /// (3010,004C) Intended Phase Start Date, DA, VM 1
    public static var intendedPhaseStartDate: Tag { Tag(rawValue: 0x3010004C) }
    /// (3010,004D) Intended Phase End Date, DA, VM 1
    public static var intendedPhaseEndDate: Tag { Tag(rawValue: 0x3010004D) }
    /// (3010,004E) RT Treatment Phase Interval Sequence, SQ, VM 1
    public static var rtTreatmentPhaseIntervalSequence: Tag { Tag(rawValue: 0x3010004E) }
    /// (3010,004F) Temporal Relationship Interval Anchor, CS, VM 1
    public static var temporalRelationshipIntervalAnchor: Tag { Tag(rawValue: 0x3010004F) }
    /// (3010,0050) Minimum Number of Interval Days, FD, VM 1
    public static var minimumNumberOfIntervalDays: Tag { Tag(rawValue: 0x30100050) }
    /// (3010,0051) Maximum Number of Interval Days, FD, VM 1
    public static var maximumNumberOfIntervalDays: Tag { Tag(rawValue: 0x30100051) }
    /// (3010,0052) Pertinent SOP Classes in Study, UI, VM 1-n
    public static var pertinentSOPClassesInStudy: Tag { Tag(rawValue: 0x30100052) }
    /// (3010,0053) Pertinent SOP Classes in Series, UI, VM 1-n
    public static var pertinentSOPClassesInSeries: Tag { Tag(rawValue: 0x30100053) }
    /// (3010,0054) RT Prescription Label, LO, VM 1
    public static var rtPrescriptionLabel: Tag { Tag(rawValue: 0x30100054) }
    /// (3010,0055) RT Physician Intent Predecessor Sequence, SQ, VM 1
    public static var rtPhysicianIntentPredecessorSequence: Tag { Tag(rawValue: 0x30100055) }
    /// (3010,0056) RT Treatment Approach Label, LO, VM 1
    public static var rtTreatmentApproachLabel: Tag { Tag(rawValue: 0x30100056) }
    /// (3010,0057) RT Physician Intent Sequence, SQ, VM 1
    public static var rtPhysicianIntentSequence: Tag { Tag(rawValue: 0x30100057) }
    /// (3010,0058) RT Physician Intent Index, US, VM 1
    public static var rtPhysicianIntentIndex: Tag { Tag(rawValue: 0x30100058) }
    /// (3010,0059) RT Treatment Intent Type, CS, VM 1
    public static var rtTreatmentIntentType: Tag { Tag(rawValue: 0x30100059) }
    /// (3010,005A) RT Physician Intent Narrative, UT, VM 1
    public static var rtPhysicianIntentNarrative: Tag { Tag(rawValue: 0x3010005A) }
    /// (3010,005B) RT Protocol Code Sequence, SQ, VM 1
    public static var rtProtocolCodeSequence: Tag { Tag(rawValue: 0x3010005B) }
    /// (3010,005C) Reason for Superseding, ST, VM 1
    public static var reasonForSuperseding: Tag { Tag(rawValue: 0x3010005C) }
    /// (3010,005D) RT Diagnosis Code Sequence, SQ, VM 1
    public static var rtDiagnosisCodeSequence: Tag { Tag(rawValue: 0x3010005D) }
    /// (3010,005E) Referenced RT Physician Intent Index, US, VM 1
    public static var referencedRTPhysicianIntentIndex: Tag { Tag(rawValue: 0x3010005E) }
    /// (3010,005F) RT Physician Intent Input Instance Sequence, SQ, VM 1
    public static var rtPhysicianIntentInputInstanceSequence: Tag { Tag(rawValue: 0x3010005F) }
    /// (3010,0060) RT Anatomic Prescription Sequence, SQ, VM 1
    public static var rtAnatomicPrescriptionSequence: Tag { Tag(rawValue: 0x30100060) }
    /// (3010,0061) Prior Treatment Dose Description, UT, VM 1
    public static var priorTreatmentDoseDescription: Tag { Tag(rawValue: 0x30100061) }
    /// (3010,0062) Prior Treatment Reference Sequence, SQ, VM 1
    public static var priorTreatmentReferenceSequence: Tag { Tag(rawValue: 0x30100062) }
    /// (3010,0063) Dosimetric Objective Evaluation Scope, CS, VM 1
    public static var dosimetricObjectiveEvaluationScope: Tag { Tag(rawValue: 0x30100063) }
    /// (3010,0064) Therapeutic Role Category Code Sequence, SQ, VM 1
    public static var therapeuticRoleCategoryCodeSequence: Tag { Tag(rawValue: 0x30100064) }
    /// (3010,0065) Therapeutic Role Type Code Sequence, SQ, VM 1
    public static var therapeuticRoleTypeCodeSequence: Tag { Tag(rawValue: 0x30100065) }
    /// (3010,0066) Conceptual Volume Optimization Precedence, US, VM 1
    public static var conceptualVolumeOptimizationPrecedence: Tag { Tag(rawValue: 0x30100066) }
    /// (3010,0067) Conceptual Volume Category Code Sequence, SQ, VM 1
    public static var conceptualVolumeCategoryCodeSequence: Tag { Tag(rawValue: 0x30100067) }
    /// (3010,0068) Conceptual Volume Blocking Constraint, CS, VM 1
    public static var conceptualVolumeBlockingConstraint: Tag { Tag(rawValue: 0x30100068) }
    /// (3010,0069) Conceptual Volume Type Code Sequence, SQ, VM 1
    public static var conceptualVolumeTypeCodeSequence: Tag { Tag(rawValue: 0x30100069) }
    /// (3010,006A) Conceptual Volume Type Modifier Code Sequence, SQ, VM 1
    public static var conceptualVolumeTypeModifierCodeSequence: Tag { Tag(rawValue: 0x3010006A) }
    /// (3010,006B) RT Prescription Sequence, SQ, VM 1
    public static var rtPrescriptionSequence: Tag { Tag(rawValue: 0x3010006B) }
    /// (3010,006C) Dosimetric Objective Sequence, SQ, VM 1
    public static var dosimetricObjectiveSequence: Tag { Tag(rawValue: 0x3010006C) }
    /// (3010,006D) Dosimetric Objective Type Code Sequence, SQ, VM 1
    public static var dosimetricObjectiveTypeCodeSequence: Tag { Tag(rawValue: 0x3010006D) }
    /// (3010,006E) Dosimetric Objective UID, UI, VM 1
    public static var dosimetricObjectiveUID: Tag { Tag(rawValue: 0x3010006E) }
    /// (3010,006F) Referenced Dosimetric Objective UID, UI, VM 1
    public static var referencedDosimetricObjectiveUID: Tag { Tag(rawValue: 0x3010006F) }
    /// (3010,0070) Dosimetric Objective Parameter Sequence, SQ, VM 1
    public static var dosimetricObjectiveParameterSequence: Tag { Tag(rawValue: 0x30100070) }
    /// (3010,0071) Referenced Dosimetric Objectives Sequence, SQ, VM 1
    public static var referencedDosimetricObjectivesSequence: Tag { Tag(rawValue: 0x30100071) }
    /// (3010,0073) Absolute Dosimetric Objective Flag, CS, VM 1
    public static var absoluteDosimetricObjectiveFlag: Tag { Tag(rawValue: 0x30100073) }
    /// (3010,0074) Dosimetric Objective Weight, FD, VM 1
    public static var dosimetricObjectiveWeight: Tag { Tag(rawValue: 0x30100074) }
    /// (3010,0075) Dosimetric Objective Purpose, CS, VM 1
    public static var dosimetricObjectivePurpose: Tag { Tag(rawValue: 0x30100075) }
    /// (3010,0076) Planning Input Information Sequence, SQ, VM 1
    public static var planningInputInformationSequence: Tag { Tag(rawValue: 0x30100076) }
    /// (3010,0077) Treatment Site, LO, VM 1
    public static var treatmentSite: Tag { Tag(rawValue: 0x30100077) }
    /// (3010,0078) Treatment Site Code Sequence, SQ, VM 1
    public static var treatmentSiteCodeSequence: Tag { Tag(rawValue: 0x30100078) }
    /// (3010,0079) Fraction Pattern Sequence, SQ, VM 1
    public static var fractionPatternSequence: Tag { Tag(rawValue: 0x30100079) }
    /// (3010,007A) Treatment Technique Notes, UT, VM 1
    public static var treatmentTechniqueNotes: Tag { Tag(rawValue: 0x3010007A) }
    /// (3010,007B) Prescription Notes, UT, VM 1
    public static var prescriptionNotes: Tag { Tag(rawValue: 0x3010007B) }
    /// (3010,007C) Number of Interval Fractions, IS, VM 1
    public static var numberOfIntervalFractions: Tag { Tag(rawValue: 0x3010007C) }
    /// (3010,007D) Number of Fractions, US, VM 1
    public static var numberOfFractions: Tag { Tag(rawValue: 0x3010007D) }
    /// (3010,007E) Intended Delivery Duration, US, VM 1
    public static var intendedDeliveryDuration: Tag { Tag(rawValue: 0x3010007E) }
    /// (3010,007F) Fractionation Notes, UT, VM 1
    public static var fractionationNotes: Tag { Tag(rawValue: 0x3010007F) }
    /// (3010,0080) RT Treatment Technique Code Sequence, SQ, VM 1
    public static var rtTreatmentTechniqueCodeSequence: Tag { Tag(rawValue: 0x30100080) }
    /// (3010,0081) Prescription Notes Sequence, SQ, VM 1
    public static var prescriptionNotesSequence: Tag { Tag(rawValue: 0x30100081) }
    /// (3010,0082) Fraction-Based Relationship Sequence, SQ, VM 1
    public static var fractionBasedRelationshipSequence: Tag { Tag(rawValue: 0x30100082) }
    /// (3010,0083) Fraction-Based Relationship Interval Anchor, CS, VM 1
    public static var fractionBasedRelationshipIntervalAnchor: Tag { Tag(rawValue: 0x30100083) }
    /// (3010,0084) Minimum Hours between Fractions, FD, VM 1
    public static var minimumHoursBetweenFractions: Tag { Tag(rawValue: 0x30100084) }
    /// (3010,0085) Intended Fraction Start Time, TM, VM 1-n
    public static var intendedFractionStartTime: Tag { Tag(rawValue: 0x30100085) }
    /// (3010,0086) Intended Start Day of Week, LT, VM 1
    public static var intendedStartDayOfWeek: Tag { Tag(rawValue: 0x30100086) }
    /// (3010,0087) Weekday Fraction Pattern Sequence, SQ, VM 1
    public static var weekdayFractionPatternSequence: Tag { Tag(rawValue: 0x30100087) }
    /// (3010,0088) Delivery Time Structure Code Sequence, SQ, VM 1
    public static var deliveryTimeStructureCodeSequence: Tag { Tag(rawValue: 0x30100088) }
    /// (3010,0089) Treatment Site Modifier Code Sequence, SQ, VM 1
    public static var treatmentSiteModifierCodeSequence: Tag { Tag(rawValue: 0x30100089) }
    /// (3010,0090) Robotic Base Location Indicator, CS, VM 1 (retired)
    public static var roboticBaseLocationIndicator: Tag { Tag(rawValue: 0x30100090) }
    /// (3010,0091) Robotic Path Node Set Code Sequence, SQ, VM 1
    public static var roboticPathNodeSetCodeSequence: Tag { Tag(rawValue: 0x30100091) }
    /// (3010,0092) Robotic Node Identifier, UL, VM 1
    public static var roboticNodeIdentifier: Tag { Tag(rawValue: 0x30100092) }
    /// (3010,0093) RT Treatment Source Coordinates, FD, VM 3
    public static var rtTreatmentSourceCoordinates: Tag { Tag(rawValue: 0x30100093) }
    /// (3010,0094) Radiation Source Coordinate SystemYaw Angle, FD, VM 1
    public static var radiationSourceCoordinateSystemYawAngle: Tag { Tag(rawValue: 0x30100094) }
    /// (3010,0095) Radiation Source Coordinate SystemRoll Angle, FD, VM 1
    public static var radiationSourceCoordinateSystemRollAngle: Tag { Tag(rawValue: 0x30100095) }
    /// (3010,0096) Radiation Source Coordinate System Pitch Angle, FD, VM 1
    public static var radiationSourceCoordinateSystemPitchAngle: Tag { Tag(rawValue: 0x30100096) }
    /// (3010,0097) Robotic Path Control Point Sequence, SQ, VM 1
    public static var roboticPathControlPointSequence: Tag { Tag(rawValue: 0x30100097) }
    /// (3010,0098) Tomotherapeutic Control Point Sequence, SQ, VM 1
    public static var tomotherapeuticControlPointSequence: Tag { Tag(rawValue: 0x30100098) }
    /// (3010,0099) Tomotherapeutic Leaf Open Durations, FD, VM 1-n
    public static var tomotherapeuticLeafOpenDurations: Tag { Tag(rawValue: 0x30100099) }
    /// (3010,009A) Tomotherapeutic Leaf Initial Closed Durations, FD, VM 1-n
    public static var tomotherapeuticLeafInitialClosedDurations: Tag { Tag(rawValue: 0x3010009A) }
    /// (3010,00A0) Conceptual Volume Identification Sequence, SQ, VM 1
    public static var conceptualVolumeIdentificationSequence: Tag { Tag(rawValue: 0x301000A0) }
    /// (4000,0010) Arbitrary, LT, VM 1 (retired)
    public static var arbitrary: Tag { Tag(rawValue: 0x40000010) }
    /// (4000,4000) Text Comments, LT, VM 1 (retired)
    public static var textComments: Tag { Tag(rawValue: 0x40004000) }
    /// (4008,0040) Results ID, SH, VM 1 (retired)
    public static var resultsID: Tag { Tag(rawValue: 0x40080040) }
    /// (4008,0042) Results ID Issuer, LO, VM 1 (retired)
    public static var resultsIDIssuer: Tag { Tag(rawValue: 0x40080042) }
    /// (4008,0050) Referenced Interpretation Sequence, SQ, VM 1 (retired)
    public static var referencedInterpretationSequence: Tag { Tag(rawValue: 0x40080050) }
    /// (4008,00FF) Report Production Status (Trial), CS, VM 1 (retired)
    public static var reportProductionStatusTrial: Tag { Tag(rawValue: 0x400800FF) }
    /// (4008,0100) Interpretation Recorded Date, DA, VM 1 (retired)
    public static var interpretationRecordedDate: Tag { Tag(rawValue: 0x40080100) }
    /// (4008,0101) Interpretation Recorded Time, TM, VM 1 (retired)
    public static var interpretationRecordedTime: Tag { Tag(rawValue: 0x40080101) }
    /// (4008,0102) Interpretation Recorder, PN, VM 1 (retired)
    public static var interpretationRecorder: Tag { Tag(rawValue: 0x40080102) }
    /// (4008,0103) Reference to Recorded Sound, LO, VM 1 (retired)
    public static var referenceToRecordedSound: Tag { Tag(rawValue: 0x40080103) }
    /// (4008,0108) Interpretation Transcription Date, DA, VM 1 (retired)
    public static var interpretationTranscriptionDate: Tag { Tag(rawValue: 0x40080108) }
    /// (4008,0109) Interpretation Transcription Time, TM, VM 1 (retired)
    public static var interpretationTranscriptionTime: Tag { Tag(rawValue: 0x40080109) }
    /// (4008,010A) Interpretation Transcriber, PN, VM 1 (retired)
    public static var interpretationTranscriber: Tag { Tag(rawValue: 0x4008010A) }
    /// (4008,010B) Interpretation Text, ST, VM 1 (retired)
    public static var interpretationText: Tag { Tag(rawValue: 0x4008010B) }
    /// (4008,010C) Interpretation Author, PN, VM 1 (retired)
    public static var interpretationAuthor: Tag { Tag(rawValue: 0x4008010C) }
    /// (4008,0111) Interpretation Approver Sequence, SQ, VM 1 (retired)
    public static var interpretationApproverSequence: Tag { Tag(rawValue: 0x40080111) }
    /// (4008,0112) Interpretation Approval Date, DA, VM 1 (retired)
    public static var interpretationApprovalDate: Tag { Tag(rawValue: 0x40080112) }
    /// (4008,0113) Interpretation Approval Time, TM, VM 1 (retired)
    public static var interpretationApprovalTime: Tag { Tag(rawValue: 0x40080113) }
    /// (4008,0114) Physician Approving Interpretation, PN, VM 1 (retired)
    public static var physicianApprovingInterpretation: Tag { Tag(rawValue: 0x40080114) }
    /// (4008,0115) Interpretation Diagnosis Description, LT, VM 1 (retired)
    public static var interpretationDiagnosisDescription: Tag { Tag(rawValue: 0x40080115) }
    /// (4008,0117) Interpretation Diagnosis Code Sequence, SQ, VM 1 (retired)
    public static var interpretationDiagnosisCodeSequence: Tag { Tag(rawValue: 0x40080117) }
    /// (4008,0118) Results Distribution List Sequence, SQ, VM 1 (retired)
    public static var resultsDistributionListSequence: Tag { Tag(rawValue: 0x40080118) }
    /// (4008,0119) Distribution Name, PN, VM 1 (retired)
    public static var distributionName: Tag { Tag(rawValue: 0x40080119) }
    /// (4008,011A) Distribution Address, LO, VM 1 (retired)
    public static var distributionAddress: Tag { Tag(rawValue: 0x4008011A) }
    /// (4008,0200) Interpretation ID, SH, VM 1 (retired)
    public static var interpretationID: Tag { Tag(rawValue: 0x40080200) }
    /// (4008,0202) Interpretation ID Issuer, LO, VM 1 (retired)
    public static var interpretationIDIssuer: Tag { Tag(rawValue: 0x40080202) }
    /// (4008,0210) Interpretation Type ID, CS, VM 1 (retired)
    public static var interpretationTypeID: Tag { Tag(rawValue: 0x40080210) }
    /// (4008,0212) Interpretation Status ID, CS, VM 1 (retired)
    public static var interpretationStatusID: Tag { Tag(rawValue: 0x40080212) }
    /// (4008,0300) Impressions, ST, VM 1 (retired)
    public static var impressions: Tag { Tag(rawValue: 0x40080300) }
    /// (4008,4000) Results Comments, ST, VM 1 (retired)
    public static var resultsComments: Tag { Tag(rawValue: 0x40084000) }
    /// (4010,0001) Low Energy Detectors, CS, VM 1
    public static var lowEnergyDetectors: Tag { Tag(rawValue: 0x40100001) }
    /// (4010,0002) High Energy Detectors, CS, VM 1
    public static var highEnergyDetectors: Tag { Tag(rawValue: 0x40100002) }
    /// (4010,0004) Detector Geometry Sequence, SQ, VM 1
    public static var detectorGeometrySequence: Tag { Tag(rawValue: 0x40100004) }
    /// (4010,1001) Threat ROI Voxel Sequence, SQ, VM 1
    public static var threatROIVoxelSequence: Tag { Tag(rawValue: 0x40101001) }
    /// (4010,1004) Threat ROI Base, FL, VM 3
    public static var threatROIBase: Tag { Tag(rawValue: 0x40101004) }
    /// (4010,1005) Threat ROI Extents, FL, VM 3
    public static var threatROIExtents: Tag { Tag(rawValue: 0x40101005) }
    /// (4010,1006) Threat ROI Bitmap, OB, VM 1
    public static var threatROIBitmap: Tag { Tag(rawValue: 0x40101006) }
    /// (4010,1007) Route Segment ID, SH, VM 1
    public static var routeSegmentID: Tag { Tag(rawValue: 0x40101007) }
    /// (4010,1008) Gantry Type, CS, VM 1
    public static var gantryType: Tag { Tag(rawValue: 0x40101008) }
    /// (4010,1009) OOI Owner Type, CS, VM 1
    public static var ooiOwnerType: Tag { Tag(rawValue: 0x40101009) }
    /// (4010,100A) Route Segment Sequence, SQ, VM 1
    public static var routeSegmentSequence: Tag { Tag(rawValue: 0x4010100A) }
    /// (4010,1010) Potential Threat Object ID, US, VM 1
    public static var potentialThreatObjectID: Tag { Tag(rawValue: 0x40101010) }
    /// (4010,1011) Threat Sequence, SQ, VM 1
    public static var threatSequence: Tag { Tag(rawValue: 0x40101011) }
    /// (4010,1012) Threat Category, CS, VM 1
    public static var threatCategory: Tag { Tag(rawValue: 0x40101012) }
    /// (4010,1013) Threat Category Description, LT, VM 1
    public static var threatCategoryDescription: Tag { Tag(rawValue: 0x40101013) }
    /// (4010,1014) ATD Ability Assessment, CS, VM 1
    public static var atdAbilityAssessment: Tag { Tag(rawValue: 0x40101014) }
    /// (4010,1015) ATD Assessment Flag, CS, VM 1
    public static var atdAssessmentFlag: Tag { Tag(rawValue: 0x40101015) }
    /// (4010,1016) ATD Assessment Probability, FL, VM 1
    public static var atdAssessmentProbability: Tag { Tag(rawValue: 0x40101016) }
    /// (4010,1017) Mass, FL, VM 1
    public static var mass: Tag { Tag(rawValue: 0x40101017) }
    /// (4010,1018) Density, FL, VM 1
    public static var density: Tag { Tag(rawValue: 0x40101018) }
    /// (4010,1019) Z Effective, FL, VM 1
    public static var zEffective: Tag { Tag(rawValue: 0x40101019) }
    /// (4010,101A) Boarding Pass ID, SH, VM 1
    public static var boardingPassID: Tag { Tag(rawValue: 0x4010101A) }
    /// (4010,101B) Center of Mass, FL, VM 3
    public static var centerOfMass: Tag { Tag(rawValue: 0x4010101B) }
    /// (4010,101C) Center of PTO, FL, VM 3
    public static var centerOfPTO: Tag { Tag(rawValue: 0x4010101C) }
    /// (4010,101D) Bounding Polygon, FL, VM 6-n
    public static var boundingPolygon: Tag { Tag(rawValue: 0x4010101D) }
    /// (4010,101E) Route Segment Start Location ID, SH, VM 1
    public static var routeSegmentStartLocationID: Tag { Tag(rawValue: 0x4010101E) }
    /// (4010,101F) Route Segment End Location ID, SH, VM 1
    public static var routeSegmentEndLocationID: Tag { Tag(rawValue: 0x4010101F) }
    /// (4010,1020) Route Segment Location ID Type, CS, VM 1
    public static var routeSegmentLocationIDType: Tag { Tag(rawValue: 0x40101020) }
    /// (4010,1021) Abort Reason, CS, VM 1-n
    public static var abortReason: Tag { Tag(rawValue: 0x40101021) }
    /// (4010,1023) Volume of PTO, FL, VM 1
    public static var volumeOfPTO: Tag { Tag(rawValue: 0x40101023) }
    /// (4010,1024) Abort Flag, CS, VM 1
    public static var abortFlag: Tag { Tag(rawValue: 0x40101024) }
    /// (4010,1025) Route Segment Start Time, DT, VM 1
    public static var routeSegmentStartTime: Tag { Tag(rawValue: 0x40101025) }
    /// (4010,1026) Route Segment End Time, DT, VM 1
    public static var routeSegmentEndTime: Tag { Tag(rawValue: 0x40101026) }
    /// (4010,1027) TDR Type, CS, VM 1
    public static var tdrType: Tag { Tag(rawValue: 0x40101027) }
    /// (4010,1028) International Route Segment, CS, VM 1
    public static var internationalRouteSegment: Tag { Tag(rawValue: 0x40101028) }
    /// (4010,1029) Threat Detection Algorithm and Version, LO, VM 1-n
    public static var threatDetectionAlgorithmAndVersion: Tag { Tag(rawValue: 0x40101029) }
    /// (4010,102A) Assigned Location, SH, VM 1
    public static var assignedLocation: Tag { Tag(rawValue: 0x4010102A) }
    /// (4010,102B) Alarm Decision Time, DT, VM 1
    public static var alarmDecisionTime: Tag { Tag(rawValue: 0x4010102B) }
    /// (4010,1031) Alarm Decision, CS, VM 1
    public static var alarmDecision: Tag { Tag(rawValue: 0x40101031) }
    /// (4010,1033) Number of Total Objects, US, VM 1
    public static var numberOfTotalObjects: Tag { Tag(rawValue: 0x40101033) }
    /// (4010,1034) Number of Alarm Objects, US, VM 1
    public static var numberOfAlarmObjects: Tag { Tag(rawValue: 0x40101034) }
    /// (4010,1037) PTO Representation Sequence, SQ, VM 1
    public static var ptoRepresentationSequence: Tag { Tag(rawValue: 0x40101037) }
    /// (4010,1038) ATD Assessment Sequence, SQ, VM 1
    public static var atdAssessmentSequence: Tag { Tag(rawValue: 0x40101038) }
    /// (4010,1039) TIP Type, CS, VM 1
    public static var tipType: Tag { Tag(rawValue: 0x40101039) }
    /// (4010,103A) DICOS Version, CS, VM 1
    public static var dicosVersion: Tag { Tag(rawValue: 0x4010103A) }
    /// (4010,1041) OOI Owner Creation Time, DT, VM 1
    public static var ooiOwnerCreationTime: Tag { Tag(rawValue: 0x40101041) }
    /// (4010,1042) OOI Type, CS, VM 1
    public static var ooiType: Tag { Tag(rawValue: 0x40101042) }
    /// (4010,1043) OOI Size, FL, VM 3
    public static var ooiSize: Tag { Tag(rawValue: 0x40101043) }
    /// (4010,1044) Acquisition Status, CS, VM 1
    public static var acquisitionStatus: Tag { Tag(rawValue: 0x40101044) }
    /// (4010,1045) Basis Materials Code Sequence, SQ, VM 1
    public static var basisMaterialsCodeSequence: Tag { Tag(rawValue: 0x40101045) }
    /// (4010,1046) Phantom Type, CS, VM 1
    public static var phantomType: Tag { Tag(rawValue: 0x40101046) }
    /// (4010,1047) OOI Owner Sequence, SQ, VM 1
    public static var ooiOwnerSequence: Tag { Tag(rawValue: 0x40101047) }
    /// (4010,1048) Scan Type, CS, VM 1
    public static var scanType: Tag { Tag(rawValue: 0x40101048) }
    /// (4010,1051) Itinerary ID, LO, VM 1
    public static var itineraryID: Tag { Tag(rawValue: 0x40101051) }
    /// (4010,1052) Itinerary ID Type, SH, VM 1
    public static var itineraryIDType: Tag { Tag(rawValue: 0x40101052) }
    /// (4010,1053) Itinerary ID Assigning Authority, LO, VM 1
    public static var itineraryIDAssigningAuthority: Tag { Tag(rawValue: 0x40101053) }
    /// (4010,1054) Route ID, SH, VM 1
    public static var routeID: Tag { Tag(rawValue: 0x40101054) }
    /// (4010,1055) Route ID Assigning Authority, SH, VM 1
    public static var routeIDAssigningAuthority: Tag { Tag(rawValue: 0x40101055) }
    /// (4010,1056) Inbound Arrival Type, CS, VM 1
    public static var inboundArrivalType: Tag { Tag(rawValue: 0x40101056) }
    /// (4010,1058) Carrier ID, SH, VM 1
    public static var carrierID: Tag { Tag(rawValue: 0x40101058) }
    /// (4010,1059) Carrier ID Assigning Authority, CS, VM 1
    public static var carrierIDAssigningAuthority: Tag { Tag(rawValue: 0x40101059) }
    /// (4010,1060) Source Orientation, FL, VM 3
    public static var sourceOrientation: Tag { Tag(rawValue: 0x40101060) }
    /// (4010,1061) Source Position, FL, VM 3
    public static var sourcePosition: Tag { Tag(rawValue: 0x40101061) }
    /// (4010,1062) Belt Height, FL, VM 1
    public static var beltHeight: Tag { Tag(rawValue: 0x40101062) }
    /// (4010,1064) Algorithm Routing Code Sequence, SQ, VM 1
    public static var algorithmRoutingCodeSequence: Tag { Tag(rawValue: 0x40101064) }
    /// (4010,1067) Transport Classification, CS, VM 1
    public static var transportClassification: Tag { Tag(rawValue: 0x40101067) }
    /// (4010,1068) OOI Type Descriptor, LT, VM 1
    public static var ooiTypeDescriptor: Tag { Tag(rawValue: 0x40101068) }
    /// (4010,1069) Total Processing Time, FL, VM 1
    public static var totalProcessingTime: Tag { Tag(rawValue: 0x40101069) }
    /// (4010,106C) Detector Calibration Data, OB, VM 1
    public static var detectorCalibrationData: Tag { Tag(rawValue: 0x4010106C) }
    /// (4010,106D) Additional Screening Performed, CS, VM 1
    public static var additionalScreeningPerformed: Tag { Tag(rawValue: 0x4010106D) }
    /// (4010,106E) Additional Inspection Selection Criteria, CS, VM 1
    public static var additionalInspectionSelectionCriteria: Tag { Tag(rawValue: 0x4010106E) }
    /// (4010,106F) Additional Inspection Method Sequence, SQ, VM 1
    public static var additionalInspectionMethodSequence: Tag { Tag(rawValue: 0x4010106F) }
    /// (4010,1070) AIT Device Type, CS, VM 1
    public static var aitDeviceType: Tag { Tag(rawValue: 0x40101070) }
    /// (4010,1071) QR Measurements Sequence, SQ, VM 1
    public static var qrMeasurementsSequence: Tag { Tag(rawValue: 0x40101071) }
    /// (4010,1072) Target Material Sequence, SQ, VM 1
    public static var targetMaterialSequence: Tag { Tag(rawValue: 0x40101072) }
    /// (4010,1073) SNR Threshold, FD, VM 1
    public static var snrThreshold: Tag { Tag(rawValue: 0x40101073) }
    /// (4010,1075) Image Scale Representation, DS, VM 1
    public static var imageScaleRepresentation: Tag { Tag(rawValue: 0x40101075) }
    /// (4010,1076) Referenced PTO Sequence, SQ, VM 1
    public static var referencedPTOSequence: Tag { Tag(rawValue: 0x40101076) }
    /// (4010,1077) Referenced TDR Instance Sequence, SQ, VM 1
    public static var referencedTDRInstanceSequence: Tag { Tag(rawValue: 0x40101077) }
    /// (4010,1078) PTO Location Description, ST, VM 1
    public static var ptoLocationDescription: Tag { Tag(rawValue: 0x40101078) }
    /// (4010,1079) Anomaly Locator Indicator Sequence, SQ, VM 1
    public static var anomalyLocatorIndicatorSequence: Tag { Tag(rawValue: 0x40101079) }
    /// (4010,107A) Anomaly Locator Indicator, FL, VM 3
    public static var anomalyLocatorIndicator: Tag { Tag(rawValue: 0x4010107A) }
    /// (4010,107B) PTO Region Sequence, SQ, VM 1
    public static var ptoRegionSequence: Tag { Tag(rawValue: 0x4010107B) }
    /// (4010,107C) Inspection Selection Criteria, CS, VM 1
    public static var inspectionSelectionCriteria: Tag { Tag(rawValue: 0x4010107C) }
    /// (4010,107D) Secondary Inspection Method Sequence, SQ, VM 1
    public static var secondaryInspectionMethodSequence: Tag { Tag(rawValue: 0x4010107D) }
    /// (4010,107E) PRCS to RCS Orientation, DS, VM 6
    public static var prcsToRCSOrientation: Tag { Tag(rawValue: 0x4010107E) }
    /// (4FFE,0001) MAC Parameters Sequence, SQ, VM 1
    public static var macParametersSequence: Tag { Tag(rawValue: 0x4FFE0001) }
    /// (5200,9229) Shared Functional Groups Sequence, SQ, VM 1
    public static var sharedFunctionalGroupsSequence: Tag { Tag(rawValue: 0x52009229) }
    /// (5200,9230) Per-Frame Functional Groups Sequence, SQ, VM 1
    public static var perFrameFunctionalGroupsSequence: Tag { Tag(rawValue: 0x52009230) }
    /// (5400,0100) Waveform Sequence, SQ, VM 1
    public static var waveformSequence: Tag { Tag(rawValue: 0x54000100) }
    /// (5400,0110) Channel Minimum Value, OB or OW, VM 1
    public static var channelMinimumValue: Tag { Tag(rawValue: 0x54000110) }
    /// (5400,0112) Channel Maximum Value, OB or OW, VM 1
    public static var channelMaximumValue: Tag { Tag(rawValue: 0x54000112) }
    /// (5400,1004) Waveform Bits Allocated, US, VM 1
    public static var waveformBitsAllocated: Tag { Tag(rawValue: 0x54001004) }
    /// (5400,1006) Waveform Sample Interpretation, CS, VM 1
    public static var waveformSampleInterpretation: Tag { Tag(rawValue: 0x54001006) }
    /// (5400,100A) Waveform Padding Value, OB or OW, VM 1
    public static var waveformPaddingValue: Tag { Tag(rawValue: 0x5400100A) }
    /// (5400,1010) Waveform Data, OB or OW, VM 1
    public static var waveformData: Tag { Tag(rawValue: 0x54001010) }
    /// (5600,0010) First Order Phase Correction Angle, OF, VM 1
    public static var firstOrderPhaseCorrectionAngle: Tag { Tag(rawValue: 0x56000010) }
    /// (5600,0020) Spectroscopy Data, OF, VM 1
    public static var spectroscopyData: Tag { Tag(rawValue: 0x56000020) }
    /// (7FE0,0001) Extended Offset Table, OV, VM 1
    public static var extendedOffsetTable: Tag { Tag(rawValue: 0x7FE00001) }
    /// (7FE0,0002) Extended Offset Table Lengths, OV, VM 1
    public static var extendedOffsetTableLengths: Tag { Tag(rawValue: 0x7FE00002) }
    /// (7FE0,0003) Encapsulated Pixel Data Value Total Length, UV, VM 1
    public static var encapsulatedPixelDataValueTotalLength: Tag { Tag(rawValue: 0x7FE00003) }
    /// (7FE0,0008) Float Pixel Data, OF, VM 1
    public static var floatPixelData: Tag { Tag(rawValue: 0x7FE00008) }
    /// (7FE0,0009) Double Float Pixel Data, OD, VM 1
    public static var doubleFloatPixelData: Tag { Tag(rawValue: 0x7FE00009) }
    /// (7FE0,0010) Pixel Data, OB or OW, VM 1
    public static var pixelData: Tag { Tag(rawValue: 0x7FE00010) }
    /// (7FE0,0020) Coefficients SDVN, OW, VM 1 (retired)
    public static var coefficientsSDVN: Tag { Tag(rawValue: 0x7FE00020) }
    /// (7FE0,0030) Coefficients SDHN, OW, VM 1 (retired)
    public static var coefficientsSDHN: Tag { Tag(rawValue: 0x7FE00030) }
    /// (7FE0,0040) Coefficients SDDN, OW, VM 1 (retired)
    public static var coefficientsSDDN: Tag { Tag(rawValue: 0x7FE00040) }
    /// (FFFA,FFFA) Digital Signatures Sequence, SQ, VM 1
    public static var digitalSignaturesSequence: Tag { Tag(rawValue: 0xFFFAFFFA) }
    /// (FFFC,FFFC) Data Set Trailing Padding, OB, VM 1
    public static var dataSetTrailingPadding: Tag { Tag(rawValue: 0xFFFCFFFC) }
}
