// Entry point of postino-chat.js, the lazily loaded half of the widget: registers the chat
// module where the launcher looks for it. Its stylesheet (postino-chat.css) comes along.
import './chat.css';
import { CHAT_GLOBAL, type ChatModule } from '../shared/chat-bridge';
import { mountChat } from './mount-chat';

const chatModule: ChatModule = { mount: mountChat };
(window as unknown as Record<string, ChatModule>)[CHAT_GLOBAL] = chatModule;
