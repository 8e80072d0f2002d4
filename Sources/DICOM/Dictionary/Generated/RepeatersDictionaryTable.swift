// GENERATED FILE: do not edit. Regenerate it instead (see below).
// Repeating-group entries of the DICOM data dictionary, parsed by DataDictionary.swift.
// Source: pydicom 3.0.2, _dicom_dict.py (RepeatersDictionary) (DICOM edition 2024c).
// Regenerate with:
//     python3 Scripts/generate_dictionary.py [path/to/pydicom-3.0.2-py3-none-any.whl]
// (without a path it runs `pip download --no-deps pydicom==3.0.2`).

// One line per mask (x = any hex digit), in pydicom's order, tab-separated: mask,
// R if retired, VRs (slash-separated), keyword, name, VM.
// 88 entries.

extension DataDictionary {
    static var repeatersTableText: String {
#"""
002031xx	R	CS	SourceImageIDs	Source Image IDs	1-n
002804x0	R	US	RowsForNthOrderCoefficients	Rows For Nth Order Coefficients	1
002804x1	R	US	ColumnsForNthOrderCoefficients	Columns For Nth Order Coefficients	1
002804x2	R	LO	CoefficientCoding	Coefficient Coding	1-n
002804x3	R	AT	CoefficientCodingPointers	Coefficient Coding Pointers	1-n
002808x0	R	CS	CodeLabel	Code Label	1-n
002808x2	R	US	NumberOfTables	Number of Tables	1
002808x3	R	AT	CodeTableLocation	Code Table Location	1-n
002808x4	R	US	BitsForCodeWord	Bits For Code Word	1
002808x8	R	AT	ImageDataLocation	Image Data Location	1-n
1000xxx0	R	US	EscapeTriplet	Escape Triplet	3
1000xxx1	R	US	RunLengthTriplet	Run Length Triplet	3
1000xxx2	R	US	HuffmanTableSize	Huffman Table Size	1
1000xxx3	R	US	HuffmanTableTriplet	Huffman Table Triplet	3
1000xxx4	R	US	ShiftTableSize	Shift Table Size	1
1000xxx5	R	US	ShiftTableTriplet	Shift Table Triplet	3
1010xxxx	R	US	ZonalMap	Zonal Map	1-n
50xx0005	R	US	CurveDimensions	Curve Dimensions	1
50xx0010	R	US	NumberOfPoints	Number of Points	1
50xx0020	R	CS	TypeOfData	Type of Data	1
50xx0022	R	LO	CurveDescription	Curve Description	1
50xx0030	R	SH	AxisUnits	Axis Units	1-n
50xx0040	R	SH	AxisLabels	Axis Labels	1-n
50xx0103	R	US	DataValueRepresentation	Data Value Representation	1
50xx0104	R	US	MinimumCoordinateValue	Minimum Coordinate Value	1-n
50xx0105	R	US	MaximumCoordinateValue	Maximum Coordinate Value	1-n
50xx0106	R	SH	CurveRange	Curve Range	1-n
50xx0110	R	US	CurveDataDescriptor	Curve Data Descriptor	1-n
50xx0112	R	US	CoordinateStartValue	Coordinate Start Value	1-n
50xx0114	R	US	CoordinateStepValue	Coordinate Step Value	1-n
50xx1001	R	CS	CurveActivationLayer	Curve Activation Layer	1
50xx2000	R	US	AudioType	Audio Type	1
50xx2002	R	US	AudioSampleFormat	Audio Sample Format	1
50xx2004	R	US	NumberOfChannels	Number of Channels	1
50xx2006	R	UL	NumberOfSamples	Number of Samples	1
50xx2008	R	UL	SampleRate	Sample Rate	1
50xx200A	R	UL	TotalTime	Total Time	1
50xx200C	R	OB/OW	AudioSampleData	Audio Sample Data	1
50xx200E	R	LT	AudioComments	Audio Comments	1
50xx2500	R	LO	CurveLabel	Curve Label	1
50xx2600	R	SQ	CurveReferencedOverlaySequence	Curve Referenced Overlay Sequence	1
50xx2610	R	US	CurveReferencedOverlayGroup	Curve Referenced Overlay Group	1
50xx3000	R	OB/OW	CurveData	Curve Data	1
60xx0010		US	OverlayRows	Overlay Rows	1
60xx0011		US	OverlayColumns	Overlay Columns	1
60xx0012	R	US	OverlayPlanes	Overlay Planes	1
60xx0015		IS	NumberOfFramesInOverlay	Number of Frames in Overlay	1
60xx0022		LO	OverlayDescription	Overlay Description	1
60xx0040		CS	OverlayType	Overlay Type	1
60xx0045		LO	OverlaySubtype	Overlay Subtype	1
60xx0050		SS	OverlayOrigin	Overlay Origin	2
60xx0051		US	ImageFrameOrigin	Image Frame Origin	1
60xx0052	R	US	OverlayPlaneOrigin	Overlay Plane Origin	1
60xx0060	R	CS	OverlayCompressionCode	Overlay Compression Code	1
60xx0061	R	SH	OverlayCompressionOriginator	Overlay Compression Originator	1
60xx0062	R	SH	OverlayCompressionLabel	Overlay Compression Label	1
60xx0063	R	CS	OverlayCompressionDescription	Overlay Compression Description	1
60xx0066	R	AT	OverlayCompressionStepPointers	Overlay Compression Step Pointers	1-n
60xx0068	R	US	OverlayRepeatInterval	Overlay Repeat Interval	1
60xx0069	R	US	OverlayBitsGrouped	Overlay Bits Grouped	1
60xx0100		US	OverlayBitsAllocated	Overlay Bits Allocated	1
60xx0102		US	OverlayBitPosition	Overlay Bit Position	1
60xx0110	R	CS	OverlayFormat	Overlay Format	1
60xx0200	R	US	OverlayLocation	Overlay Location	1
60xx0800	R	CS	OverlayCodeLabel	Overlay Code Label	1-n
60xx0802	R	US	OverlayNumberOfTables	Overlay Number of Tables	1
60xx0803	R	AT	OverlayCodeTableLocation	Overlay Code Table Location	1-n
60xx0804	R	US	OverlayBitsForCodeWord	Overlay Bits For Code Word	1
60xx1001		CS	OverlayActivationLayer	Overlay Activation Layer	1
60xx1100	R	US	OverlayDescriptorGray	Overlay Descriptor - Gray	1
60xx1101	R	US	OverlayDescriptorRed	Overlay Descriptor - Red	1
60xx1102	R	US	OverlayDescriptorGreen	Overlay Descriptor - Green	1
60xx1103	R	US	OverlayDescriptorBlue	Overlay Descriptor - Blue	1
60xx1200	R	US	OverlaysGray	Overlays - Gray	1-n
60xx1201	R	US	OverlaysRed	Overlays - Red	1-n
60xx1202	R	US	OverlaysGreen	Overlays - Green	1-n
60xx1203	R	US	OverlaysBlue	Overlays - Blue	1-n
60xx1301		IS	ROIArea	ROI Area	1
60xx1302		DS	ROIMean	ROI Mean	1
60xx1303		DS	ROIStandardDeviation	ROI Standard Deviation	1
60xx1500		LO	OverlayLabel	Overlay Label	1
60xx3000		OB/OW	OverlayData	Overlay Data	1
60xx4000	R	LT	OverlayComments	Overlay Comments	1
7Fxx0010	R	OB/OW	VariablePixelData	Variable Pixel Data	1
7Fxx0011	R	US	VariableNextDataGroup	Variable Next Data Group	1
7Fxx0020	R	OW	VariableCoefficientsSDVN	Variable Coefficients SDVN	1
7Fxx0030	R	OW	VariableCoefficientsSDHN	Variable Coefficients SDHN	1
7Fxx0040	R	OW	VariableCoefficientsSDDN	Variable Coefficients SDDN	1
"""#
    }
}
