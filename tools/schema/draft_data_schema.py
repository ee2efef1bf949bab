#!/usr/bin/env python3
"""Drafts a command's data schema (JSON Schema 2020-12) from sample --json outputs of that command.

A draft, not the contract: the schema files in docs/schema/ are reviewed and edited by hand after drafting, and the
tests validate every command's output against them. Objects get additionalProperties: false (so an undeclared field
fails validation) unless their keys are data (names of policies, parameters, layers), which become a map.
Usage: draft_data_schema.py COMMAND SAMPLE.json [SAMPLE.json …] > docs/schema/data/COMMAND.schema.json
"""
import json, re, sys

IDENT = re.compile(r'^[a-z][a-z0-9_]*$')


def kind(v):
    if v is None: return 'null'
    if isinstance(v, bool): return 'boolean'
    if isinstance(v, int): return 'integer'
    if isinstance(v, float): return 'number'
    if isinstance(v, str): return 'string'
    if isinstance(v, list): return 'array'
    return 'object'


def infer(values, path):
    """One schema covering every value in `values` (all seen at `path`)."""
    kinds = {kind(v) for v in values}
    if 'integer' in kinds and 'number' in kinds: kinds.discard('integer')
    schema = {}
    present = [v for v in values if v is not None]
    if 'object' in kinds:
        objs = [v for v in present if isinstance(v, dict)]
        keys = [k for o in objs for k in o]
        if path.endswith('.spec') or path.endswith('.chart'):
            schema.update({'type': 'object', 'additionalProperties': True})
        elif keys and all(IDENT.match(k) for k in keys) and not is_map_path(path):
            props, order = {}, []
            for o in objs:
                for k in o:
                    if k not in order: order.append(k)
            for k in order:
                props[k] = infer([o[k] for o in objs if k in o], f'{path}.{k}')
            required = [k for k in order if all(k in o for o in objs)]
            schema.update({'type': 'object', 'properties': props, 'required': required, 'additionalProperties': False})
        else:
            schema.update({'type': 'object', 'additionalProperties': infer([o[k] for o in objs for k in o], f'{path}.*') if keys else {}})
    if 'array' in kinds:
        items = [x for v in present if isinstance(v, list) for x in v]
        arr = {'type': 'array', 'items': infer(items, f'{path}[]') if items else {}}
        if schema: return {'anyOf': [schema, arr]} if 'null' not in kinds else {'anyOf': [schema, arr, {'type': 'null'}]}
        schema = arr
    scalar = [k for k in ('string', 'number', 'integer', 'boolean') if k in kinds]
    if scalar:
        if schema: return {'anyOf': [schema, {'type': scalar if len(scalar) > 1 else scalar[0]}] + ([{'type': 'null'}] if 'null' in kinds else [])}
        schema = {'type': scalar if len(scalar) > 1 else scalar[0]}
    if 'null' in kinds:
        if not schema: return {'type': 'null'}
        t = schema.get('type')
        schema['type'] = (t if isinstance(t, list) else [t]) + ['null']
    return schema


# Objects whose keys are names from the data (fit parameters, bootstrap quantities), not fields.
MAP_SUFFIXES = ('data.law.parameters',)


def is_map_path(path):
    return path.endswith(MAP_SUFFIXES)


def main():
    command, files = sys.argv[1], sys.argv[2:]
    docs = [json.load(open(f)) for f in files]
    data = infer([d['data'] for d in docs], 'data')
    schema = {
        '$schema': 'https://json-schema.org/draft/2020-12/schema',
        '$id': f'https://moelab.invalid/schema/data/{command.replace(" ", "_")}.schema.json',
        'title': f'moelab {command} --json: data',
        'description': f'The data member of `moelab {command} --json` (envelope: ../report.schema.json; conventions: docs/json.md).',
    }
    schema.update(data)
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    print()


main()
