//! The order the Office schema (ECMA-376, wml.xsd) gives the children of WordprocessingML
//! elements, as a test oracle: the writer emits every element in this order by construction,
//! and this checks every part of every DOCX the tests make against it. Each sequence is one
//! string of qualified names in schema order.

use quick_xml::Reader;
use quick_xml::events::Event;

const P_PR: &str = "\
    w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr
    w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap
    w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd
    w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents w:suppressOverlap
    w:jc w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId
    w:cnfStyle w:rPr w:sectPr w:pPrChange";

/// CT_RPr and CT_ParaRPr: revision marks, EG_RPrBase, rPrChange.
const R_PR: &str = "\
    w:ins w:del w:moveFrom w:moveTo w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps
    w:smallCaps w:strike w:dstrike w:outline w:shadow w:emboss w:imprint w:noProof
    w:snapToGrid w:vanish w:webHidden w:color w:spacing w:w w:kern w:position w:sz w:szCs
    w:highlight w:u w:effect w:bdr w:shd w:fitText w:vertAlign w:rtl w:cs w:em w:lang
    w:eastAsianLayout w:specVanish w:oMath w:rPrChange";

const SECT_PR: &str = "\
    w:headerReference w:footerReference w:footnotePr w:endnotePr w:type w:pgSz w:pgMar
    w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt w:vAlign w:noEndnote
    w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid w:printerSettings
    w:sectPrChange";

const TBL_PR: &str = "\
    w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize
    w:tblStyleColBandSize w:tblW w:jc w:tblCellSpacing w:tblInd w:tblBorders w:shd
    w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription w:tblPrChange";

const TC_PR: &str = "\
    w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap w:tcMar
    w:textDirection w:tcFitText w:vAlign w:hideMark w:headers w:cellIns w:cellDel
    w:cellMerge w:tcPrChange";

const NUM_PR: &str = "\
    w:ilvl w:numId w:numberingChange w:ins";

const LVL: &str = "\
    w:start w:numFmt w:lvlRestart w:pStyle w:isLgl w:suff w:lvlText w:lvlPicBulletId
    w:legacy w:lvlJc w:pPr w:rPr";

const STYLE: &str = "\
    w:name w:aliases w:basedOn w:next w:link w:autoRedefine w:hidden w:uiPriority
    w:semiHidden w:unhideWhenUsed w:qFormat w:locked w:personal w:personalCompose
    w:personalReply w:rsid w:pPr w:rPr w:tblPr w:trPr w:tcPr w:tblStylePr";

/// CT_Settings, the part of it up to what docx-rs and this writer use.
const SETTINGS: &str = "\
    w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime
    w:doNotDisplayPageBoundaries w:displayBackgroundShape w:printPostScriptOverText
    w:printFractionalCharacterWidth w:printFormsData w:embedTrueTypeFonts
    w:embedSystemFonts w:saveSubsetFonts w:saveFormsData w:mirrorMargins
    w:alignBordersAndEdges w:bordersDoNotSurroundHeader w:bordersDoNotSurroundFooter
    w:gutterAtTop w:hideSpellingErrors w:hideGrammaticalErrors w:activeWritingStyle
    w:proofState w:formsDesign w:attachedTemplate w:linkStyles w:stylePaneFormatFilter
    w:stylePaneSortMethod w:documentType w:mailMerge w:revisionView w:trackRevisions
    w:doNotTrackMoves w:doNotTrackFormatting w:documentProtection w:autoFormatOverride
    w:styleLockTheme w:styleLockQFSet w:defaultTabStop w:autoHyphenation
    w:consecutiveHyphenLimit w:hyphenationZone w:doNotHyphenateCaps w:showEnvelope
    w:summaryLength w:clickAndTypeStyle w:defaultTableStyle w:evenAndOddHeaders
    w:bookFoldRevPrinting w:bookFoldPrinting w:bookFoldPrintingSheets
    w:drawingGridHorizontalSpacing w:drawingGridVerticalSpacing
    w:displayHorizontalDrawingGridEvery w:displayVerticalDrawingGridEvery
    w:doNotUseMarginsForDrawingGridOrigin w:drawingGridHorizontalOrigin
    w:drawingGridVerticalOrigin w:doNotShadeFormData w:noPunctuationKerning
    w:characterSpacingControl w:printTwoOnOne w:strictFirstAndLastChars
    w:noLineBreaksAfter w:noLineBreaksBefore w:savePreviewPicture
    w:doNotValidateAgainstSchema w:saveInvalidXml w:ignoreMixedContent
    w:alwaysShowPlaceholderText w:doNotDemarcateInvalidXml w:saveXmlDataOnly
    w:useXSLTWhenSaving w:saveThroughXslt w:showXMLTags w:alwaysMergeEmptyNamespace
    w:updateFields w:hdrShapeDefaults w:footnotePr w:endnotePr w:compat w:docVars w:rsids
    m:mathPr w:attachedSchema w:themeFontLang w:clrSchemeMapping
    w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures w:forceUpgrade w:captions
    w:readModeInkLockDown w:smartTagType sl:schemaLibrary w:shapeDefaults
    w:doNotEmbedSmartTags w:decimalSymbol w:listSeparator";

const TBL: &str = "w:bookmarkStart w:tblPr w:tblGrid w:tr";

const TR: &str = "w:tblPrEx w:trPr w:tc";

const TC: &str = "w:tcPr w:p|w:tbl";

const TBL_BORDERS: &str = "w:top w:start w:left w:bottom w:end w:right w:insideH w:insideV";

const TBL_CELL_MAR: &str = "w:top w:start w:left w:bottom w:end w:right";

const STYLES: &str = "w:docDefaults w:latentStyles w:style";

const DOC_DEFAULTS: &str = "w:rPrDefault w:pPrDefault";

const NUMBERING: &str = "w:numPicBullet w:abstractNum w:num w:numIdMacAtCleanup";

const ABSTRACT_NUM: &str = "w:nsid w:multiLevelType w:tmpl w:name w:styleLink w:numStyleLink w:lvl";

/// `a|b`: a choice, either in any order at that place of the sequence.
const BODY: &str = "w:p|w:tbl w:sectPr";

const DOCUMENT: &str = "w:background w:body";

const R: &str = "w:rPr w:t|w:noBreakHyphen|w:softHyphen|w:fldChar|w:instrText|w:br";

const FONT: &str = "w:altName w:panose1 w:charset w:family w:notTrueType w:pitch w:sig";

/// The sequence `parent`'s children follow.
fn order(parent: &str) -> Option<&'static str> {
    Some(match parent {
        "w:pPr" => P_PR,
        "w:rPr" => R_PR,
        "w:sectPr" => SECT_PR,
        "w:tblPr" => TBL_PR,
        "w:tcPr" => TC_PR,
        "w:numPr" => NUM_PR,
        "w:lvl" => LVL,
        "w:style" => STYLE,
        "w:settings" => SETTINGS,
        "w:tbl" => TBL,
        "w:tr" => TR,
        "w:tc" => TC,
        "w:tblBorders" => TBL_BORDERS,
        "w:tblCellMar" => TBL_CELL_MAR,
        "w:styles" => STYLES,
        "w:docDefaults" => DOC_DEFAULTS,
        "w:numbering" => NUMBERING,
        "w:abstractNum" => ABSTRACT_NUM,
        "w:body" => BODY,
        "w:document" => DOCUMENT,
        "w:font" => FONT,
        "w:r" => R,
        _ => return None,
    })
}

/// Where `xml` puts a child before a sibling the schema wants before it, or a child the
/// sequence does not name (which the writer must not invent), one message each.
pub fn disorder(part: &str, xml: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut reader = Reader::from_str(xml);
    // Per open element: its name and the rank of its last child.
    let mut open: Vec<(String, usize)> = Vec::new();
    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                problems.push(format!("{part}: {e}"));
                break;
            }
        };
        let (name, empty) = match &event {
            Event::Start(e) => (
                String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                false,
            ),
            Event::Empty(e) => (
                String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                true,
            ),
            Event::End(_) => {
                open.pop();
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if let Some((parent, last)) = open.last_mut()
            && let Some(seq) = order(parent)
        {
            match seq
                .split_whitespace()
                .position(|s| s.split('|').any(|alt| alt == name))
            {
                Some(rank) if rank >= *last => *last = rank,
                Some(_) => problems.push(format!("{part}: <{name}> too late in <{parent}>")),
                None => problems.push(format!("{part}: <{name}> is not a child of <{parent}>")),
            }
        }
        if !empty {
            open.push((name, 0));
        }
    }
    problems
}

#[test]
fn the_oracle_finds_misplaced_children() {
    let ok = r#"<w:p><w:pPr><w:keepNext/><w:jc w:val="left"/></w:pPr></w:p>"#;
    assert!(disorder("x", ok).is_empty());
    let bad = r#"<w:p><w:pPr><w:jc w:val="left"/><w:keepNext/></w:pPr><w:r><w:rPr><w:sz/><w:b/></w:rPr></w:r></w:p>"#;
    assert_eq!(disorder("x", bad).len(), 2, "{:?}", disorder("x", bad));
    assert_eq!(disorder("x", "<w:tblPr><w:bogus/></w:tblPr>").len(), 1);
}
