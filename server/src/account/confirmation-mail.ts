const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long', timeStyle: 'short' });

/** The mail that confirms a new address, in Swedish (MailService adds the footer). */
export function confirmationMail(input: { username: string; displayName: string | null; link: string; expiresAt: Date }): {
  subject: string;
  text: string;
} {
  return {
    subject: 'Lägesbild: bekräfta din nya e-postadress',
    text:
      `Hej ${input.displayName ?? input.username}!\n\n` +
      `Någon som är inloggad som ${input.username} i Lägesbild har bett om att påminnelser och aviseringar ska skickas till den här adressen. ` +
      `Öppna länken medan du är inloggad som ${input.username} för att bekräfta:\n\n${input.link}\n\n` +
      `Länken gäller till ${stockholm.format(input.expiresAt)}. ` +
      'Bad du inte om det här kan du bortse från meddelandet: ingen adress ändras utan att länken öppnas.',
  };
}
