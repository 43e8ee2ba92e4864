"""Reading the open data files for the tests of two tiers (tests/unit/test_open_data_records.py,
tests/site/test_open_data_published.py): CSV rows and a schema's error messages."""
import csv
import io


def csv_rows(content):
    reader = csv.DictReader(io.StringIO(content, newline=""))
    return reader.fieldnames, list(reader)


def errors(schema_validator, instance):
    return [error.message for error in schema_validator.iter_errors(instance)]
