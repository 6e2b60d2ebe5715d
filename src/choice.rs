//! Named choices (backend, model, per-sample strategy, accountant, benchmark variant): one
//! definition serves the library's `FromStr` (records, configuration) and, with the `cli`
//! feature, clap's `ValueEnum`, which gives typed flags, the values in `--help`, "a similar value
//! exists" for a typo, and shell completions that know the values.

use crate::error::{Error, Result};

/// An enum of named values, implemented by [`value_enum!`] for the choice types, which derives
/// clap's `ValueEnum` and `FromStr` from it.
pub(crate) trait Named: Copy + 'static {
    /// The parameter's public name in errors (`backend`, `grad_sample`, ...).
    const PARAM: &'static str;
    /// Every value, in the order help texts show them.
    fn all() -> &'static [Self];
    /// The name used by flags and records.
    fn label(self) -> &'static str;
    /// Other spellings accepted for the same value (e.g. Opacus' and JAX's names).
    fn aliases(self) -> &'static [&'static str];
}

/// The value of `T` named `key` (its label or an alias, ASCII case-insensitive).
///
/// # Errors
/// [`Error::InvalidParameter`] naming `T::PARAM`, the rejected text and every valid label.
pub(crate) fn choose<T: Named>(key: &str) -> Result<T> {
    let key_lower = key.to_ascii_lowercase();
    let matches = |c: &T| c.label() == key_lower || c.aliases().contains(&key_lower.as_str());
    T::all().iter().copied().find(matches).ok_or_else(|| {
        let names: Vec<&str> = T::all().iter().map(|c| c.label()).collect();
        Error::invalid(T::PARAM, key, format!("one of {}", names.join(", ")))
    })
}

/// [`Named`] from a type's inherent `ALL` and `name` (and `aliases`, when given), then `FromStr`
/// through [`choose`] and, with the `cli` feature, clap's `ValueEnum` (with the inherent `help`).
/// `value_enum!(Type, "param")`, or `value_enum!(Type, "param", aliases)`.
macro_rules! value_enum {
    ($t:ty, $param:literal) => {
        $crate::choice::value_enum!(@impl $t, $param, |_| &[]);
    };
    ($t:ty, $param:literal, aliases) => {
        $crate::choice::value_enum!(@impl $t, $param, <$t>::aliases);
    };
    (@impl $t:ty, $param:literal, $aliases:expr) => {
        impl $crate::choice::Named for $t {
            const PARAM: &'static str = $param;
            fn all() -> &'static [Self] {
                &<$t>::ALL
            }
            fn label(self) -> &'static str {
                self.name()
            }
            fn aliases(self) -> &'static [&'static str] {
                ($aliases)(self)
            }
        }

        impl std::str::FromStr for $t {
            type Err = $crate::error::Error;

            /// # Errors
            /// [`Error::InvalidParameter`](crate::Error::InvalidParameter) naming the parameter
            /// and listing the valid names.
            fn from_str(s: &str) -> $crate::error::Result<Self> {
                $crate::choice::choose(s)
            }
        }

        #[cfg(feature = "cli")]
        impl clap::ValueEnum for $t {
            fn value_variants<'a>() -> &'a [Self] {
                &<$t>::ALL
            }

            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                use $crate::choice::Named;
                let value = clap::builder::PossibleValue::new(self.label()).help(<$t>::help(*self));
                Some(value.aliases(Named::aliases(*self).iter().copied()))
            }
        }
    };
}
pub(crate) use value_enum;

#[cfg(test)]
mod tests {
    use crate::device::BackendChoice;
    use crate::engine::Strategy;
    use crate::models::ModelKind;
    use crate::privacy::accountant::AccountantKind;

    #[test]
    fn labels_and_aliases_parse_and_unknown_names_list_the_choices() {
        assert_eq!("vectorized".parse::<Strategy>().unwrap(), Strategy::Vectorized);
        assert_eq!("vmap".parse::<Strategy>().unwrap(), Strategy::Vectorized);
        assert_eq!("Vulkan".parse::<BackendChoice>().unwrap(), BackendChoice::Vulkan);
        assert_eq!("cifar10".parse::<ModelKind>().unwrap(), ModelKind::Cifar10);
        assert_eq!("rdp".parse::<AccountantKind>().unwrap(), AccountantKind::Rdp);
        let err = "vmapp".parse::<Strategy>().unwrap_err().to_string();
        assert!(err.contains("grad_sample") && err.contains("vmapp") && err.contains("ghost"), "{err}");
    }

    #[cfg(feature = "cli")]
    #[test]
    fn clap_sees_every_label_with_help() {
        use clap::ValueEnum;
        for s in Strategy::value_variants() {
            let v = s.to_possible_value().unwrap();
            assert_eq!(v.get_name(), s.name());
            assert!(v.get_help().is_some_and(|h| !h.to_string().is_empty()));
        }
        assert_eq!(ModelKind::value_variants().len(), ModelKind::ALL.len());
    }
}
