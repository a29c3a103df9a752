//! The order the Office schema (ECMA-376, wml.xsd) wants children in, for the elements docx-rs
//! writes in another order: property lists are `xsd:sequence`s, and the Open XML SDK validator
//! rejects `w:rFonts` after `w:sz` or `w:rPr` before `w:jc`. Each sequence is written as one
//! string of qualified names, in schema order.

use quick_xml::events::BytesStart;
use quick_xml::events::attributes::Attribute;
use std::sync::OnceLock;

/// CT_PPr: EG_PPrBase, then rPr, sectPr, pPrChange.
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

/// The sequences, in the order [`order`] names them.
const SEQUENCES: [&str; 9] = [
    P_PR, R_PR, SECT_PR, TBL_PR, TC_PR, NUM_PR, LVL, STYLE, SETTINGS,
];

/// The sequence `parent`'s children follow, if it is one docx-rs gets wrong: its names, split
/// once per process.
pub fn order(parent: &[u8]) -> Option<&'static [&'static str]> {
    let at = match parent {
        b"w:pPr" => 0,
        b"w:rPr" => 1,
        b"w:sectPr" => 2,
        b"w:tblPr" => 3,
        b"w:tcPr" => 4,
        b"w:numPr" => 5,
        b"w:lvl" => 6,
        b"w:style" => 7,
        b"w:settings" => 8,
        _ => return None,
    };
    static SPLIT: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let split = SPLIT.get_or_init(|| {
        SEQUENCES
            .iter()
            .map(|s| s.split_whitespace().collect())
            .collect()
    });
    Some(&split[at])
}

/// The place of child `name` in `order`, if the sequence names it. A child it does not know
/// takes its predecessor's place, so it stays right after the known sibling it followed.
pub fn rank(order: &[&str], name: &[u8]) -> Option<usize> {
    order.iter().position(|s| s.as_bytes() == name)
}

/// Numbering levels, styles and the document defaults take CT_PPrGeneral, which has no run
/// properties; docx-rs writes an empty `<w:rPr />` there. Where an element stands:
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum General {
    /// Elsewhere.
    No,
    /// `w:lvl`, `w:style` or `w:pPrDefault`, before its `w:pPr`.
    Owner,
    /// Such an element after its (first) `w:pPr`.
    Done,
    /// That `w:pPr`: an empty `w:rPr` in it is dropped.
    Here,
}

impl General {
    pub fn of(name: &[u8]) -> General {
        match name {
            b"w:lvl" | b"w:style" | b"w:pPrDefault" => General::Owner,
            _ => General::No,
        }
    }
}

/// docx-rs writes `w:type` on `w:gridCol`, which CT_TblGridCol does not have: the start tag
/// `raw` of element `name` without it, if it has one. The other attributes keep their values
/// as written (escaped).
pub fn without_grid_column_type(name: &[u8], e: &BytesStart<'_>, raw: &[u8]) -> Option<Vec<u8>> {
    const TYPE: &[u8] = b"w:type";
    if name != b"w:gridCol"
        || !e
            .attributes()
            .filter_map(Result::ok)
            .any(|a| a.key.as_ref() == TYPE)
    {
        return None;
    }
    let mut tag = BytesStart::new(String::from_utf8_lossy(name));
    for a in e.attributes().filter_map(Result::ok) {
        if a.key.as_ref() != TYPE {
            tag.push_attribute(Attribute {
                key: a.key,
                value: a.value,
            });
        }
    }
    let mut out = Vec::with_capacity(raw.len());
    out.push(b'<');
    out.extend_from_slice(&tag);
    out.extend_from_slice(if raw.ends_with(b"/>") { b"/>" } else { b">" });
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::docx::xml;

    fn conformed(src: &str) -> String {
        String::from_utf8(xml::rewrite(src.as_bytes(), &mut xml::Nothing).unwrap()).unwrap()
    }

    #[test]
    fn properties_come_in_schema_order() {
        assert_eq!(
            conformed(
                r#"<w:p><w:pPr><w:rPr/><w:jc w:val="left"/><w:keepNext/></w:pPr><w:r><w:rPr><w:sz w:val="22"/><w:rFonts/><w:b/><w:lang/></w:rPr></w:r></w:p>"#
            ),
            r#"<w:p><w:pPr><w:keepNext/><w:jc w:val="left"/><w:rPr/></w:pPr><w:r><w:rPr><w:rFonts/><w:b/><w:sz w:val="22"/><w:lang/></w:rPr></w:r></w:p>"#
        );
    }

    #[test]
    fn an_unknown_child_stays_after_its_known_neighbour() {
        assert_eq!(
            conformed("<w:sectPr><w:cols/><w14:x/><w:pgSz/></w:sectPr>"),
            "<w:sectPr><w:pgSz/><w:cols/><w14:x/></w:sectPr>"
        );
    }

    #[test]
    fn grid_columns_lose_their_type_and_levels_their_empty_run_properties() {
        assert_eq!(
            conformed(r#"<w:tblGrid><w:gridCol w:w="743" w:type="dxa"/></w:tblGrid>"#),
            r#"<w:tblGrid><w:gridCol w:w="743"/></w:tblGrid>"#
        );
        assert_eq!(
            conformed(r#"<w:lvl><w:pPr><w:rPr/><w:ind w:left="284"/></w:pPr><w:start/></w:lvl>"#),
            r#"<w:lvl><w:start/><w:pPr><w:ind w:left="284"/></w:pPr></w:lvl>"#
        );
    }
}
