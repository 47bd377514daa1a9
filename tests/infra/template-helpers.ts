/** Small readers over a synthesized CloudFormation template, shared by the infra tests. */
import type { Template } from 'aws-cdk-lib/assertions';

export type Resource = { Type: string; Properties?: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

/** All resources of a type, with their logical ids. */
export function resourcesOf(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

/** The only resource of a type whose logical id starts with `idPrefix`. */
export function one(template: Template, type: string, idPrefix: string): [string, Resource] {
  const found = resourcesOf(template, type).filter(([id]) => id.startsWith(idPrefix));
  if (found.length !== 1) throw new Error(`expected one ${type} starting with ${idPrefix}, found ${found.map(([id]) => id).join(', ') || 'none'}`);
  return found[0]!;
}

/**
 * Flattens an `Fn::Join` with intrinsic parts into one string, writing each intrinsic as
 * `<Ref:X>` or `<X.Attr>`: enough to JSON.parse a state machine definition or search a dashboard body.
 */
export function flattenJoin(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map(flattenJoin).join(join[0]);
  const ref = (value as { Ref?: string }).Ref;
  if (ref) return `<Ref:${ref}>`;
  const att = (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  if (att) return `<${att[0]}.${att[1]}>`;
  return `<${JSON.stringify(value).replace(/"/g, "'")}>`;
}

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** Every statement of every inline IAM policy in the template, with the policy's logical id. */
export function policyStatements(template: Template): { policy: string; roles: unknown[]; statement: Statement }[] {
  return resourcesOf(template, 'AWS::IAM::Policy').flatMap(([policy, r]) =>
    (r.Properties!.PolicyDocument.Statement as Statement[]).map((statement) => ({ policy, roles: r.Properties!.Roles ?? [], statement })),
  );
}

export const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
