//! serde-saphyr's deserialisation → the node tree, in one pass with no second copy.
//!
//! Each node is read as the library's `Spanned<Value>` is, through the newtype name its
//! deserializer answers with the node's places: a map of a marker, `value`, `referenced` (the
//! use site: an alias where a value is repeated) and `defined`. Reading that map here rather
//! than through `Spanned` skips what a node does not need: the `defined` place (a second
//! `Location` per node) and the marker key, which `Spanned` reads into a new `String` for
//! every node.

use super::{Node, Pos, Span, Value};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Location;
use std::borrow::Cow;
use std::fmt;

/// The name serde-saphyr's `Spanned` asks its deserializer for (the library's version is
/// pinned in Cargo.toml); the unit tests of positions and spans fail if it stops answering.
const SPANNED: &str = "__yaml_spanned";

/// The whole tree, as `serde_saphyr::from_str_with_options` returns it.
pub(super) struct Root<'de>(pub(super) Node<'de>);

impl<'de> serde::Deserialize<'de> for Root<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        NodeSeed(&mut Gathered::default()).deserialize(d).map(Root)
    }
}

/// The entries of the mappings and the items of the lists being read, on one stack for the
/// whole tree. A collection's children are pushed as they are read (its nested collections
/// push theirs above and take them off before it goes on), then moved into one allocation
/// of exactly their number: a vector per collection would grow by doubling, then shrink.
#[derive(Default)]
struct Gathered<'de> {
    entries: Vec<(Node<'de>, Node<'de>)>,
    items: Vec<Node<'de>>,
}

struct NodeSeed<'g, 'de>(&'g mut Gathered<'de>);

impl<'de> DeserializeSeed<'de> for NodeSeed<'_, 'de> {
    type Value = Node<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_newtype_struct(SPANNED, NodeVisitor(self.0))
    }
}

struct NodeVisitor<'g, 'de>(&'g mut Gathered<'de>);

impl<'de> Visitor<'de> for NodeVisitor<'_, 'de> {
    type Value = Node<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value with its place")
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(PlacedVisitor(self.0))
    }
}

/// The fields of the map that places a value; the others (the marker, `defined`) are skipped.
enum PlacedField {
    Value,
    Referenced,
    Other,
}

impl<'de> serde::Deserialize<'de> for PlacedField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_identifier(PlacedFieldVisitor)
    }
}

struct PlacedFieldVisitor;

impl Visitor<'_> for PlacedFieldVisitor {
    type Value = PlacedField;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field of a placed value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<PlacedField, E> {
        Ok(match v {
            "value" => PlacedField::Value,
            "referenced" => PlacedField::Referenced,
            _ => PlacedField::Other,
        })
    }
}

struct PlacedVisitor<'g, 'de>(&'g mut Gathered<'de>);

impl<'de> Visitor<'de> for PlacedVisitor<'_, 'de> {
    type Value = Node<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value with its place")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut value = None;
        let mut at = None;
        // The value comes before its place; once both are read, the rest is not needed.
        while value.is_none() || at.is_none() {
            match map.next_key::<PlacedField>()? {
                Some(PlacedField::Value) => {
                    value = Some(map.next_value_seed(ValueSeed(&mut *self.0))?);
                }
                Some(PlacedField::Referenced) => at = Some(map.next_value::<Location>()?),
                Some(PlacedField::Other) => {
                    map.next_value::<de::IgnoredAny>()?;
                }
                None => break,
            }
        }
        let (Some(value), Some(at)) = (value, at) else {
            return Err(de::Error::missing_field("value"));
        };
        Ok(Node {
            pos: Pos {
                line: at.line() as u32,
                column: at.column() as u32,
            },
            span: match (at.span().byte_offset(), at.span().byte_len()) {
                (Some(start), Some(len)) => Span::new(start as usize, (start + len) as usize),
                _ => Span::default(),
            },
            value,
        })
    }
}

struct ValueSeed<'g, 'de>(&'g mut Gathered<'de>);

impl<'de> DeserializeSeed<'de> for ValueSeed<'_, 'de> {
    type Value = Value<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value<'de>, D::Error> {
        d.deserialize_any(ValueVisitor(self.0))
    }
}

struct ValueVisitor<'g, 'de>(&'g mut Gathered<'de>);

impl<'de> Visitor<'de> for ValueVisitor<'_, 'de> {
    type Value = Value<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v.to_string())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value<'de>, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value<'de>, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value<'de>, E> {
        Ok(Value::Float(v))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let gathered = self.0;
        let start = gathered.items.len();
        while let Some(item) = seq.next_element_seed(NodeSeed(&mut *gathered))? {
            gathered.items.push(item);
        }
        Ok(Value::Seq(gathered.items.drain(start..).collect()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        let gathered = self.0;
        let start = gathered.entries.len();
        while let Some(key) = map.next_key_seed(NodeSeed(&mut *gathered))? {
            let value = map.next_value_seed(NodeSeed(&mut *gathered))?;
            gathered.entries.push((key, value));
        }
        Ok(Value::Map(gathered.entries.drain(start..).collect()))
    }
}
