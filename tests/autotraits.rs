//! The public types can cross threads and be stored: `Send + Sync + 'static`, errors `Clone`.

use drucksache::{Diagnostic, Drucksache, Error, Meta};

fn assert_send_sync<T: Send + Sync + 'static>() {}
fn assert_error<T: std::error::Error + Send + Sync + Clone + 'static>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Drucksache>();
    assert_send_sync::<Meta>();
    assert_send_sync::<Diagnostic>();
    assert_error::<Error>();
}
