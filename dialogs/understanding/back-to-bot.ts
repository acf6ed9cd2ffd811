// Recognises the one request a customer can make while queued or talking to an agent: to go
// back to the bot. Kept narrow on purpose (an explicit request, not any mention of "bot"),
// because while an agent holds the conversation everything else is for the agent.
const BACK_TO_BOT =
  /^(?:(?:voglio |vorrei |posso )?(?:tornare|torna|torniamo|ritorna|ritornare) (?:a parlare )?(?:al|col|con il) (?:bot|chatbot|postino|assistente(?: automatico)?)|(?:i want to |i'd like to |can i |let me )?(?:go )?back to (?:the )?(?:bot|chatbot|postino|assistant)|(?:talk|speak) to (?:the )?(?:bot|postino) again)[\s.!]*$/i;

export function asksBackToBot(text: string): boolean {
  return text.length <= 80 && BACK_TO_BOT.test(text.trim().replace(/’/g, "'"));
}
