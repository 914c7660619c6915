use yorisoi_domain::typed_number::{decimal, whole_number, NumberError};

#[test]
fn whole_numbers_in_either_width() {
    assert_eq!(whole_number("120"), Ok(120));
    assert_eq!(whole_number("１２０"), Ok(120));
    assert_eq!(whole_number("　１２ "), Ok(12));
    assert_eq!(whole_number(""), Err(NumberError::Empty));
    assert_eq!(whole_number("　"), Err(NumberError::Empty));
    for bad in ["12.5", "-3", "+3", "1e3", "十二", "12人"] {
        assert_eq!(
            whole_number(bad),
            Err(NumberError::NotANumber { text: bad.into() }),
            "{bad}"
        );
    }
}

#[test]
fn decimals_in_either_width() {
    assert_eq!(decimal("81.5"), Ok(81.5));
    assert_eq!(decimal("８１．５"), Ok(81.5));
    assert_eq!(decimal("20"), Ok(20.0));
    assert_eq!(decimal(" "), Err(NumberError::Empty));
    for bad in ["1.2.3", "NaN", "inf", "-1", "８１％"] {
        assert_eq!(
            decimal(bad),
            Err(NumberError::NotANumber { text: bad.into() }),
            "{bad}"
        );
    }
}
