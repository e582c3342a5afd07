import { isPlaceholder, type Operator, type PostalAddress } from '@/lib/content/operator';

/**
 * The notice Impressum and Datenschutzerklärung show while content/betreiber.yaml still holds
 * placeholders in square brackets: nobody should take them for the operator's real details.
 */
export function IncompleteDetailsNote({ operator }: { operator: Operator }) {
  if (operator.placeholders.length === 0) return null;
  return (
    <p className="placeholder-note" role="note">
      <strong>Angaben noch nicht vollständig:</strong> Die Angaben zum Betreiber werden vor dem Start eingetragen. Alle
      Felder in eckigen Klammern sind noch nicht ausgefüllt.
    </p>
  );
}

/** A postal address, one line each: street, postal code and city, country. */
export function PostalAddressLines({ address }: { address: PostalAddress }) {
  return (
    <>
      {address.street}
      <br />
      {address.postalCode} {address.city}
      <br />
      {address.country}
    </>
  );
}

/** An e-mail address as a mailto: link – as plain text while it is still a placeholder. */
export function EmailAddress({ email }: { email: string }) {
  return isPlaceholder(email) ? <>{email}</> : <a href={`mailto:${email}`}>{email}</a>;
}
