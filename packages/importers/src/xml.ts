import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportProblem } from './types.ts';

export type XmlNode = Record<string, unknown>;

/** Validates first: the parser itself accepts some broken documents silently. */
export function parseXml(xml: string, arrayPaths: string[]): { root: XmlNode } | { problem: ImportProblem } {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { line, col, msg } = verdict.err;
    return { problem: { where: `xml line ${line}, column ${col}`, message: `unparsable XML: ${msg}` } };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (_name, path) => arrayPaths.includes(String(path)),
  });
  return { root: parser.parse(xml) as XmlNode };
}

export function child(node: unknown, name: string): unknown {
  return typeof node === 'object' && node !== null ? (node as XmlNode)[name] : undefined;
}

export function children(node: unknown, name: string): XmlNode[] {
  const value = child(node, name);
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  return typeof node === 'object' && node !== null ? text((node as XmlNode)['#text']) : '';
}

export function attr(node: unknown, name: string): string {
  return text(child(node, `@_${name}`));
}
